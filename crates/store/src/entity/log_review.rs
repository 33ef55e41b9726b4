use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A unit's review of one month's access log.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "log_reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    /// `YYYY-MM`.
    pub month: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub signed_by: Option<UserId>,
    pub signed_at: Option<i64>,
    pub summary: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
