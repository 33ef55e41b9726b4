use lotsen_domain::ids::UserId;
use sea_orm::entity::prelude::*;

/// A sign-in half done: the password was right and a code is still to come (or, for an admin
/// without one, the second factor still to be set up). Like a session, only the SHA-256 of the
/// cookie's random token is kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signin_challenges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub user_id: UserId,
    pub kind: String,
    pub next: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub failures: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
