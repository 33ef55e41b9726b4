use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// How many school concern reports of a unit ended in one outcome in one month.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concern_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub unit_id: UnitId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub year: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub month: i32,
    /// `no_investigation`, `investigation` or `ongoing`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub outcome: String,
    pub count: i32,
    pub updated_by: UserId,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
