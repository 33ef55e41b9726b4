use lotsen_domain::ids::{FamilyContactId, FamilyId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A contact of the coordinators with an actor about a family.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_contacts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: FamilyContactId,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub actor: String,
    pub held_on: Date,
    pub kind: String,
    pub created_by: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
