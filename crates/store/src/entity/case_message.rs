use lotsen_domain::ids::{CaseId, UnitId};
use sea_orm::entity::prelude::*;

/// A message a resident sent about their case; its text is one AEAD-sealed blob.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub kind: String,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
