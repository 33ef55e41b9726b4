use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

/// A message out. Who it goes to and what it says are one AEAD-sealed blob, bound to the random
/// reference, and erased once it is sent or given up; what stays is its channel, purpose and
/// times.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: Option<UnitId>,
    pub channel: String,
    pub purpose: String,
    pub reference: String,
    pub key_version: Option<i32>,
    pub nonce: Option<Vec<u8>>,
    pub sealed: Option<Vec<u8>>,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub claimed_by: Option<String>,
    pub claimed_until: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
