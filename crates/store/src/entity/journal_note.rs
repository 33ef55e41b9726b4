use lotsen_domain::ids::{CaseId, NoteId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A journal note of a documented case; its text is one AEAD-sealed blob.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "journal_notes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: NoteId,
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub author_id: UserId,
    pub written_on: Date,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub corrects_id: Option<NoteId>,
    pub signed_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
