use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A manager or analyst of another unit who may read this unit's effect report.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report_readers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub unit_id: UnitId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    pub granted_by: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
