use lotsen_domain::ids::UserId;
use sea_orm::entity::prelude::*;

/// A personal API token for integrations. Only the SHA-256 of the token is kept; it acts with its
/// user's role and unit, and ends when revoked or when the user is disabled.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: UserId,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
