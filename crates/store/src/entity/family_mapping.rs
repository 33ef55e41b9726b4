use lotsen_domain::ids::{FamilyId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A mapping of a family's situation on one day.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_mappings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub made_on: Date,
    pub created_by: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
