use lotsen_domain::ids::UserId;
use sea_orm::entity::prelude::*;

/// A cancelled or moved occurrence of a series.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dropin_exceptions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub series_id: i64,
    pub occurs_on: Date,
    pub status: String,
    pub reason: String,
    pub new_start: Option<DateTime>,
    pub new_end: Option<DateTime>,
    pub new_venue_id: Option<i64>,
    pub created_by: UserId,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
