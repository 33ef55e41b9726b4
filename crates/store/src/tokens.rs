//! Personal API tokens.
use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{api_token, user};
use crate::users::{UserRecord, record};
use crate::{Result, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRecord {
    pub id: i64,
    pub user_id: UserId,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

fn token(m: api_token::Model) -> TokenRecord {
    TokenRecord {
        id: m.id,
        user_id: m.user_id,
        name: m.name,
        created_at: m.created_at,
        last_used_at: m.last_used_at,
        revoked_at: m.revoked_at,
    }
}

impl Store {
    pub async fn tokens(&self, user_id: UserId) -> Result<Vec<TokenRecord>> {
        Ok(api_token::Entity::find()
            .filter(api_token::Column::UserId.eq(user_id))
            .order_by_desc(api_token::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(token)
            .collect())
    }

    /// Every token of a unit's staff with its owner, newest first: what an admin reviews.
    pub async fn unit_tokens(&self, unit_id: UnitId) -> Result<Vec<(TokenRecord, UserRecord)>> {
        let staff: std::collections::HashMap<UserId, user::Model> = user::Entity::find()
            .filter(user::Column::UnitId.eq(unit_id))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        api_token::Entity::find()
            .filter(api_token::Column::UserId.is_in(staff.keys().copied()))
            .order_by_desc(api_token::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .filter_map(|t| staff.get(&t.user_id).map(|u| Ok((token(t), record(u.clone())?))))
            .collect()
    }

    /// The live token for a hash, with its user; `None` if unknown, revoked, or the user is disabled.
    pub async fn token_user(&self, token_hash: &str) -> Result<Option<(TokenRecord, UserRecord)>> {
        let Some(t) = api_token::Entity::find()
            .filter(api_token::Column::TokenHash.eq(token_hash))
            .filter(api_token::Column::RevokedAt.is_null())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let Some(u) = user::Entity::find_by_id(t.user_id).one(self.conn()).await? else { return Ok(None) };
        if u.disabled {
            return Ok(None);
        }
        let t = token(t);
        if t.last_used_at.is_none_or(|l| self.now() - l >= 60) {
            let _g = self.write_guard().await;
            api_token::ActiveModel { id: Set(t.id), last_used_at: Set(Some(self.now())), ..Default::default() }
                .update(self.conn())
                .await?;
        }
        Ok(Some((t, record(u)?)))
    }
}

impl Tx {
    pub async fn create_token(&self, user_id: UserId, token_hash: &str, name: &str) -> Result<TokenRecord> {
        let m = api_token::ActiveModel {
            user_id: Set(user_id),
            token_hash: Set(token_hash.to_owned()),
            name: Set(name.to_owned()),
            created_at: Set(self.now()),
            last_used_at: Set(None),
            revoked_at: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(token(m))
    }

    /// Revokes a token of any of a unit's staff (an admin's review); not found when the token's
    /// owner is of another unit. Gives the token as it was, for the audit log.
    pub async fn revoke_unit_token(&self, unit_id: UnitId, id: i64) -> Result<(TokenRecord, UserRecord)> {
        let t = api_token::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        let u = user::Entity::find_by_id(t.user_id)
            .filter(user::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        if t.revoked_at.is_none() {
            api_token::ActiveModel { id: Set(id), revoked_at: Set(Some(self.now())), ..Default::default() }
                .update(self.conn())
                .await?;
        }
        Ok((token(t), record(u)?))
    }

    /// Revokes every live token of a user; how many.
    pub async fn revoke_user_tokens(&self, user_id: UserId) -> Result<u64> {
        let r = api_token::Entity::update_many()
            .col_expr(api_token::Column::RevokedAt, sea_orm::sea_query::Expr::value(self.now()))
            .filter(api_token::Column::UserId.eq(user_id))
            .filter(api_token::Column::RevokedAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(r.rows_affected)
    }

    /// Revokes one of a user's tokens; not found when it is not theirs.
    pub async fn revoke_token(&self, user_id: UserId, id: i64) -> Result<()> {
        let t = api_token::Entity::find_by_id(id)
            .filter(api_token::Column::UserId.eq(user_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        if t.revoked_at.is_none() {
            api_token::ActiveModel { id: Set(id), revoked_at: Set(Some(self.now())), ..Default::default() }
                .update(self.conn())
                .await?;
        }
        Ok(())
    }
}
