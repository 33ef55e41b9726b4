use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// One dated input to the effect report. `value` is whole kronor or tenths of a percent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report_inputs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    pub kind: String,
    pub value: i64,
    pub valid_from: Date,
    pub valid_to: Option<Date>,
    pub note: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub removed_by: Option<UserId>,
    pub removed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
