//! Signed-in sessions, kept in the database so any node can serve any request.
use lotsen_domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::entity::{session, signin_challenge, user};
use crate::users::{UserRecord, record};
use crate::{Result, Store, Tx};

#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub token_hash: String,
    pub user: UserRecord,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

impl Store {
    /// The live session for a token hash with its user, or `None` when it is unknown, expired,
    /// idle too long, or its user is disabled.
    pub async fn session(&self, token_hash: &str, idle_secs: i64) -> Result<Option<SessionRecord>> {
        let Some(s) = session::Entity::find_by_id(token_hash.to_owned()).one(self.conn()).await? else {
            return Ok(None);
        };
        let t = self.now();
        if s.expires_at <= t || s.last_seen_at + idle_secs <= t {
            let _g = self.write_guard().await;
            session::Entity::delete_by_id(s.token_hash).exec(self.conn()).await?;
            return Ok(None);
        }
        let Some(u) = user::Entity::find_by_id(s.user_id).one(self.conn()).await? else {
            return Ok(None);
        };
        if u.disabled {
            return Ok(None);
        }
        Ok(Some(SessionRecord {
            token_hash: s.token_hash,
            user: record(u)?,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            expires_at: s.expires_at,
        }))
    }

    /// Notes activity, at most once a minute per session to keep reads cheap.
    pub async fn touch_session(&self, s: &SessionRecord) -> Result<()> {
        let t = self.now();
        if t - s.last_seen_at >= 60 {
            let _g = self.write_guard().await;
            session::Entity::update_many()
                .col_expr(session::Column::LastSeenAt, t.into())
                .filter(session::Column::TokenHash.eq(&s.token_hash))
                .exec(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Removes sessions and half-done sign-ins past their end; run from time to time.
    pub async fn purge_sessions(&self) -> Result<u64> {
        let _g = self.write_guard().await;
        signin_challenge::Entity::delete_many()
            .filter(signin_challenge::Column::ExpiresAt.lte(self.now()))
            .exec(self.conn())
            .await?;
        Ok(session::Entity::delete_many()
            .filter(session::Column::ExpiresAt.lte(self.now()))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}

impl Tx {
    pub async fn create_session(&self, token_hash: &str, user_id: UserId, lifetime_secs: i64) -> Result<()> {
        let t = self.now();
        session::ActiveModel {
            token_hash: Set(token_hash.to_owned()),
            user_id: Set(user_id),
            created_at: Set(t),
            last_seen_at: Set(t),
            expires_at: Set(t + lifetime_secs),
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<()> {
        session::Entity::delete_by_id(token_hash.to_owned()).exec(self.conn()).await?;
        Ok(())
    }

    /// Ends every session of a user, except `keep` (the one changing their own password).
    pub async fn end_user_sessions(&self, user_id: UserId, keep: Option<&str>) -> Result<u64> {
        let mut q = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
        if let Some(k) = keep {
            q = q.filter(session::Column::TokenHash.ne(k));
        }
        Ok(q.exec(self.conn()).await?.rows_affected)
    }
}
