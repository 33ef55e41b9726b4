use lotsen_domain::ids::UserId;
use sea_orm::entity::prelude::*;

/// A new authenticator app's secret, sealed, waiting for its first code; the account's confirmed
/// secret (if any) stays in use until then.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "totp_pending")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
