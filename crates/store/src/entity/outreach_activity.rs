use lotsen_domain::ids::{ListEntryId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// One outreach or collaboration activity ("samverkan"). No names: the note is about what
/// happened, and the coordinators present are in `outreach_coordinators`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outreach_activities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    /// An `activity_type` list entry.
    pub type_id: ListEntryId,
    pub held_on: Date,
    pub partners: String,
    pub reached: i32,
    pub minutes: i32,
    pub note: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub updated_at: i64,
    pub planned: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
