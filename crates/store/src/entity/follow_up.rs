use lotsen_domain::ids::{CaseId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A planned follow-up: did the resident get the right support?
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow_ups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub assigned_to: UserId,
    pub due_on: Date,
    pub outcome: Option<String>,
    pub done_on: Option<Date>,
    pub created_at: i64,
    pub cancel_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
