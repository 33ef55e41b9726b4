use lotsen_domain::ids::{FamilyId, ListEntryId, UnitId};
use sea_orm::entity::prelude::*;

/// One area's current and desired state in a mapping.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_scores")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub mapping_id: i64,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub area_id: ListEntryId,
    pub current: i16,
    pub desired: i16,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
