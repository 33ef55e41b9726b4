use lotsen_domain::ids::{CaseId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A case's intake note: the summary the resident agreed to, one AEAD-sealed blob bound to the case.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "intake_notes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub agreed_on: Date,
    pub written_by: UserId,
    pub written_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
