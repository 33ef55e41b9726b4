//! The second factor of local sign-ins: each account's sealed TOTP secret and last used step, its
//! recovery codes (keyed hashes only), and sign-ins waiting for a code.
use std::collections::HashSet;

use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};

use crate::entity::{recovery_code, signin_challenge, totp_pending, user, user_totp};
use crate::users::{UserRecord, record};
use crate::{Result, Scoped, SealedIdentity, Store, Tx};

/// An account's TOTP secret as stored.
#[derive(Debug, Clone)]
pub struct TotpRecord {
    pub sealed: SealedIdentity,
    /// The first code from the app came back: the second factor is on.
    pub confirmed: bool,
    /// The last step whose code was accepted (0 before the first).
    pub last_step: i64,
}

/// What a half-done sign-in waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengeKind {
    /// A code from the app, or a recovery code.
    Code,
    /// An admin without a second factor sets one up before signing in.
    Enrol,
}

impl ChallengeKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            ChallengeKind::Code => "code",
            ChallengeKind::Enrol => "enrol",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "code" => Some(ChallengeKind::Code),
            "enrol" => Some(ChallengeKind::Enrol),
            _ => None,
        }
    }
}

/// A live half-done sign-in.
#[derive(Debug, Clone)]
pub struct ChallengeRecord {
    pub token_hash: String,
    pub user: UserRecord,
    pub kind: ChallengeKind,
    /// Where the person was going (already checked to be a path on this server).
    pub next: String,
    pub failures: i32,
}

impl Store {
    /// The account's TOTP secret in use (confirmed).
    pub async fn totp(&self, user_id: UserId) -> Result<Option<TotpRecord>> {
        let found = user_totp::Entity::find_by_id(user_id)
            .filter(user_totp::Column::ConfirmedAt.is_not_null())
            .one(self.conn())
            .await?;
        Ok(found.map(|m| TotpRecord {
            sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
            confirmed: m.confirmed_at.is_some(),
            last_step: m.last_step,
        }))
    }

    /// A new app's secret waiting for its first code.
    pub async fn pending_totp(&self, user_id: UserId) -> Result<Option<SealedIdentity>> {
        Ok(totp_pending::Entity::find_by_id(user_id).one(self.conn()).await?.map(|m| SealedIdentity {
            key_version: m.key_version,
            nonce: m.nonce,
            sealed: m.sealed,
        }))
    }

    /// Recovery codes of the account not used yet.
    pub async fn recovery_codes_left(&self, user_id: UserId) -> Result<u64> {
        Ok(recovery_code::Entity::find()
            .filter(recovery_code::Column::UserId.eq(user_id))
            .filter(recovery_code::Column::UsedAt.is_null())
            .count(self.conn())
            .await?)
    }

    /// The unit's users whose second factor is on.
    pub async fn two_factor_users(&self, unit_id: UnitId) -> Result<HashSet<UserId>> {
        let ids: Vec<UserId> = user_totp::Entity::find()
            .select_only()
            .column(user_totp::Column::UserId)
            .filter(user_totp::Column::ConfirmedAt.is_not_null())
            .filter(
                user_totp::Column::UserId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(user::Column::Id)
                        .from(user::Entity)
                        .and_where(user::Column::UnitId.eq(unit_id))
                        .to_owned(),
                ),
            )
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(ids.into_iter().collect())
    }

    /// The half-done sign-in for a token hash, while it lasts and its user may sign in.
    pub async fn challenge(&self, token_hash: &str) -> Result<Option<ChallengeRecord>> {
        let Some(c) = signin_challenge::Entity::find_by_id(token_hash.to_owned()).one(self.conn()).await? else {
            return Ok(None);
        };
        let Some(kind) = ChallengeKind::parse(&c.kind) else { return Ok(None) };
        if c.expires_at <= self.now() {
            return Ok(None);
        }
        let Some(u) = user::Entity::find_by_id(c.user_id).one(self.conn()).await? else {
            return Ok(None);
        };
        if u.disabled {
            return Ok(None);
        }
        Ok(Some(ChallengeRecord {
            token_hash: c.token_hash,
            user: record(u)?,
            kind,
            next: c.next,
            failures: c.failures,
        }))
    }

    /// Counts a wrong code against a half-done sign-in; returns how many there have been.
    pub async fn challenge_failed(&self, token_hash: &str) -> Result<i32> {
        let _g = self.write_guard().await;
        signin_challenge::Entity::update_many()
            .col_expr(signin_challenge::Column::Failures, Expr::col(signin_challenge::Column::Failures).add(1))
            .filter(signin_challenge::Column::TokenHash.eq(token_hash))
            .exec(self.conn())
            .await?;
        Ok(signin_challenge::Entity::find_by_id(token_hash.to_owned())
            .one(self.conn())
            .await?
            .map_or(i32::MAX, |c| c.failures))
    }

    /// Forgets a half-done sign-in (too many wrong codes, or given up).
    pub async fn drop_challenge(&self, token_hash: &str) -> Result<()> {
        let _g = self.write_guard().await;
        signin_challenge::Entity::delete_by_id(token_hash.to_owned()).exec(self.conn()).await?;
        Ok(())
    }
}

impl Tx {
    /// Starts setting up an app: a new secret waits, in place of any that waited before; the
    /// app in use (if any) keeps working until the new one is confirmed.
    pub async fn begin_totp(&self, user: &Scoped<UserRecord>, sealed: SealedIdentity) -> Result<()> {
        totp_pending::Entity::delete_by_id(user.id).exec(self.conn()).await?;
        totp_pending::ActiveModel {
            user_id: Set(user.id),
            key_version: Set(sealed.key_version),
            nonce: Set(sealed.nonce),
            sealed: Set(sealed.sealed),
            created_at: Set(self.now()),
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    /// The waiting app's first code came back at `step`: it becomes the one in use (replacing
    /// any before it) with a new set of recovery codes. False when nothing waited (confirmed in
    /// another tab, say). Returns whether an app was replaced as the second value.
    pub async fn confirm_totp(
        &self,
        user: &Scoped<UserRecord>,
        step: i64,
        recovery_hashes: &[String],
    ) -> Result<(bool, bool)> {
        let Some(p) = totp_pending::Entity::find_by_id(user.id).one(self.conn()).await? else {
            return Ok((false, false));
        };
        let replaced = user_totp::Entity::delete_by_id(user.id).exec(self.conn()).await?.rows_affected == 1;
        totp_pending::Entity::delete_by_id(user.id).exec(self.conn()).await?;
        let t = self.now();
        user_totp::ActiveModel {
            user_id: Set(user.id),
            key_version: Set(p.key_version),
            nonce: Set(p.nonce),
            sealed: Set(p.sealed),
            created_at: Set(p.created_at),
            confirmed_at: Set(Some(t)),
            last_step: Set(step),
        }
        .insert(self.conn())
        .await?;
        self.replace_recovery_codes(user, recovery_hashes).await?;
        Ok((true, replaced))
    }

    /// Takes a code's step as used; false when it, or a later one, was used already (by a
    /// sign-in on another node at the same moment, say).
    pub async fn use_totp_step(&self, user_id: UserId, step: i64) -> Result<bool> {
        Ok(user_totp::Entity::update_many()
            .col_expr(user_totp::Column::LastStep, Expr::value(step))
            .filter(user_totp::Column::UserId.eq(user_id))
            .filter(user_totp::Column::ConfirmedAt.is_not_null())
            .filter(user_totp::Column::LastStep.lt(step))
            .exec(self.conn())
            .await?
            .rows_affected
            == 1)
    }

    /// Takes a recovery code as used; false when the account has no such unused code.
    pub async fn use_recovery_code(&self, user_id: UserId, code_hash: &str) -> Result<bool> {
        Ok(recovery_code::Entity::update_many()
            .col_expr(recovery_code::Column::UsedAt, Expr::value(self.now()))
            .filter(recovery_code::Column::UserId.eq(user_id))
            .filter(recovery_code::Column::CodeHash.eq(code_hash))
            .filter(recovery_code::Column::UsedAt.is_null())
            .exec(self.conn())
            .await?
            .rows_affected
            == 1)
    }

    /// A new set of recovery codes in place of the old, used or not.
    pub async fn replace_recovery_codes(&self, user: &Scoped<UserRecord>, hashes: &[String]) -> Result<()> {
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(user.id))
            .exec(self.conn())
            .await?;
        let t = self.now();
        for h in hashes {
            recovery_code::ActiveModel {
                user_id: Set(user.id),
                code_hash: Set(h.clone()),
                created_at: Set(t),
                used_at: Set(None),
                ..Default::default()
            }
            .insert(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Turns the second factor off: the secret, the recovery codes and any sign-in waiting for a
    /// code go. Returns whether it was on.
    pub async fn remove_two_factor(&self, user: &Scoped<UserRecord>) -> Result<bool> {
        let was_on =
            user_totp::Entity::find_by_id(user.id).one(self.conn()).await?.is_some_and(|m| m.confirmed_at.is_some());
        user_totp::Entity::delete_by_id(user.id).exec(self.conn()).await?;
        totp_pending::Entity::delete_by_id(user.id).exec(self.conn()).await?;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(user.id))
            .exec(self.conn())
            .await?;
        signin_challenge::Entity::delete_many()
            .filter(signin_challenge::Column::UserId.eq(user.id))
            .exec(self.conn())
            .await?;
        Ok(was_on)
    }

    /// Starts a half-done sign-in for `user_id`, ending in `lifetime_secs`.
    pub async fn create_challenge(
        &self,
        token_hash: &str,
        user_id: UserId,
        kind: ChallengeKind,
        next: &str,
        lifetime_secs: i64,
    ) -> Result<()> {
        let t = self.now();
        signin_challenge::ActiveModel {
            token_hash: Set(token_hash.to_owned()),
            user_id: Set(user_id),
            kind: Set(kind.as_str().to_owned()),
            next: Set(next.to_owned()),
            created_at: Set(t),
            expires_at: Set(t + lifetime_secs),
            failures: Set(0),
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    /// Ends every half-done sign-in of a user: what the old password opened ends with it, and a
    /// disabled account's waits for no code.
    pub async fn end_user_challenges(&self, user_id: UserId) -> Result<u64> {
        Ok(signin_challenge::Entity::delete_many()
            .filter(signin_challenge::Column::UserId.eq(user_id))
            .exec(self.conn())
            .await?
            .rows_affected)
    }

    /// Ends a half-done sign-in: it became a session, or was abandoned. False when it was gone
    /// already (finished in another tab at the same moment).
    pub async fn end_challenge(&self, token_hash: &str) -> Result<bool> {
        Ok(signin_challenge::Entity::delete_by_id(token_hash.to_owned()).exec(self.conn()).await?.rows_affected == 1)
    }
}
