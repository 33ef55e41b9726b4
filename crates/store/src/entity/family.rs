use lotsen_domain::ids::{FamilyId, PairId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A family of the unit's family coordination.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "families")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: FamilyId,
    pub unit_id: UnitId,
    pub pair_id: Option<PairId>,
    pub status: String,
    pub language: String,
    pub listed_on: Date,
    pub started_on: Option<Date>,
    pub closed_on: Option<Date>,
    pub outcome: Option<String>,
    pub created_by: UserId,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
