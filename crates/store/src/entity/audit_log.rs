use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// One append-only audit row, chained to the one before it by `prev_hash`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub at: String,
    pub actor_id: Option<UserId>,
    pub actor_name: String,
    pub unit_id: Option<UnitId>,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub detail: String,
    pub ip: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
