use lotsen_domain::ids::{FamilyId, PersonId, UnitId};
use sea_orm::entity::prelude::*;

/// A guardian or child of a family, a person of the documented record.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub person_id: PersonId,
    pub role: String,
    pub custody: bool,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
