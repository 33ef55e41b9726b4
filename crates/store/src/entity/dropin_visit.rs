use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// How one session went: who was there and how many residents came.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dropin_visits")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    pub series_id: i64,
    pub occurs_on: Date,
    pub venue_id: i64,
    pub visitors: i32,
    pub staff: String,
    pub recorded_by: UserId,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
