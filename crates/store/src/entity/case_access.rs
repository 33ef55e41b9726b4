use lotsen_domain::ids::{CaseId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A code handed to a resident to follow their case; the PIN only as a keyed hash.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_access")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub code: String,
    pub pin_hash: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub failures: i32,
    pub locked_until: Option<i64>,
    pub last_used_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
