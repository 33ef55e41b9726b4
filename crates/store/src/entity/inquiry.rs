use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A request to be contacted or anonymous feedback from the public contact form. What the person
/// wrote is one AEAD-sealed blob, removed when the request is handled or its time runs out; the
/// row stays for the counts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "inquiries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// A random reference bound into the seal, so a blob moved to another row does not open.
    pub r#ref: String,
    pub unit_id: UnitId,
    /// "request" or "feedback".
    pub kind: String,
    /// When it arrived; feedback only to the day.
    pub received_at: i64,
    pub locale: String,
    pub on_behalf: bool,
    pub category_id: Option<ListEntryId>,
    pub age_group_id: Option<ListEntryId>,
    pub key_version: Option<i32>,
    pub nonce: Option<Vec<u8>>,
    pub sealed: Option<Vec<u8>>,
    /// "open", "case" (became a case), "closed" or "expired" (removed by the retention job).
    pub status: String,
    pub case_id: Option<CaseId>,
    pub handled_by: Option<UserId>,
    pub handled_at: Option<i64>,
    pub claimed_by: Option<UserId>,
    pub claimed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
