use lotsen_domain::ids::{CaseId, ListEntryId, UserId};
use sea_orm::entity::prelude::*;

/// One contact with the resident on a case.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contacts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: CaseId,
    pub on_date: Date,
    pub mode_id: ListEntryId,
    pub minutes: i32,
    pub venue_id: Option<i64>,
    pub note: String,
    pub author_id: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
