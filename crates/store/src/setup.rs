//! The one-time link that lets the first admin create their account on a fresh installation.
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::entity::setup_token;
use crate::{Result, Store, Tx};

impl Store {
    /// Replaces any earlier setup link with a new one (hash of the token) valid for `lifetime_secs`.
    pub async fn issue_setup_token(&self, token_hash: &str, lifetime_secs: i64) -> Result<()> {
        let tx = self.begin().await?;
        setup_token::Entity::delete_many().exec(tx.conn()).await?;
        setup_token::ActiveModel {
            token_hash: Set(token_hash.to_owned()),
            expires_at: Set(self.now() + lifetime_secs),
        }
        .insert(tx.conn())
        .await?;
        tx.commit().await
    }

    pub async fn setup_token_valid(&self, token_hash: &str) -> Result<bool> {
        Ok(setup_token::Entity::find_by_id(token_hash.to_owned())
            .filter(setup_token::Column::ExpiresAt.gt(self.now()))
            .one(self.conn())
            .await?
            .is_some())
    }
}

impl Tx {
    /// Uses up the link; `false` when it was unknown, expired or already used.
    pub async fn consume_setup_token(&self, token_hash: &str) -> Result<bool> {
        let n = setup_token::Entity::delete_many()
            .filter(setup_token::Column::TokenHash.eq(token_hash))
            .filter(setup_token::Column::ExpiresAt.gt(self.now()))
            .exec(self.conn())
            .await?
            .rows_affected;
        Ok(n == 1)
    }
}
