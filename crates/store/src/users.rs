//! Staff accounts.
use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::ids::{UnitId, UserId};
use lotsen_domain::role::Role;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::entity::user;
use crate::{Result, Scoped, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    pub id: UserId,
    pub unit_id: UnitId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: i64,
    pub password_changed_at: i64,
}

/// A user with the hash to check a password against; never leaves the sign-in path.
pub(crate) fn record(m: user::Model) -> Result<UserRecord> {
    let role =
        Role::parse(&m.role).map_err(|_| StoreError::Unavailable(format!("user {} has an unknown role", m.id)))?;
    Ok(UserRecord {
        id: m.id,
        unit_id: m.unit_id,
        username: m.username,
        display_name: m.display_name,
        role,
        disabled: m.disabled,
        created_at: m.created_at,
        password_changed_at: m.password_changed_at,
    })
}

pub struct NewUser<'a> {
    pub unit_id: UnitId,
    pub username: &'a Username,
    pub display_name: &'a DisplayName,
    pub role: Role,
    /// An argon2id PHC string; the store never sees a password.
    pub password_hash: String,
}

impl Store {
    /// User `id` of unit `unit_id`, for changing their account; not found when they are another
    /// unit's.
    pub async fn unit_user(&self, unit_id: UnitId, id: UserId) -> Result<Scoped<UserRecord>> {
        let m = user::Entity::find_by_id(id)
            .filter(user::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Scoped::new(unit_id, record(m)?))
    }

    pub async fn user(&self, id: UserId) -> Result<UserRecord> {
        record(user::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?)
    }

    /// The user and their password hash, for signing in.
    pub async fn user_for_login(&self, username: &str) -> Result<Option<(UserRecord, String)>> {
        let Some(m) = user::Entity::find()
            .filter(user::Column::Username.eq(username.trim().to_lowercase()))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let hash = m.password_hash.clone();
        Ok(Some((record(m)?, hash)))
    }

    pub async fn password_hash(&self, user_id: UserId) -> Result<String> {
        Ok(user::Entity::find_by_id(user_id).one(self.conn()).await?.ok_or(StoreError::NotFound)?.password_hash)
    }

    /// Every user of a unit, or of all units when `unit_id` is `None` (the command line).
    pub async fn users(&self, unit_id: Option<UnitId>) -> Result<Vec<UserRecord>> {
        let mut q = user::Entity::find().order_by_asc(user::Column::Username);
        if let Some(u) = unit_id {
            q = q.filter(user::Column::UnitId.eq(u));
        }
        q.all(self.conn()).await?.into_iter().map(record).collect()
    }

    pub async fn user_count(&self) -> Result<u64> {
        Ok(user::Entity::find().count(self.conn()).await?)
    }
}

impl Tx {
    pub async fn create_user(&self, new: NewUser<'_>) -> Result<UserRecord> {
        let t = self.now();
        let res = user::ActiveModel {
            unit_id: Set(new.unit_id),
            username: Set(new.username.as_str().to_owned()),
            display_name: Set(new.display_name.as_str().to_owned()),
            role: Set(new.role.as_str().to_owned()),
            password_hash: Set(new.password_hash),
            disabled: Set(false),
            created_at: Set(t),
            password_changed_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await;
        match res {
            Ok(m) => record(m),
            Err(e) => Err(match StoreError::from(e) {
                StoreError::Conflict(_) => StoreError::Conflict("username"),
                other => other,
            }),
        }
    }

    /// Sets a new password and ends what the old one opened: every session but `keep` (the one
    /// changing its own password) and every personal API token, since a token may have been made
    /// by whoever knew the old password.
    pub async fn change_password(&self, user: &Scoped<UserRecord>, hash: String, keep: Option<&str>) -> Result<Ended> {
        let user_id = user.id;
        user::ActiveModel {
            id: Set(user_id),
            password_hash: Set(hash),
            password_changed_at: Set(self.now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        self.end_user_challenges(user_id).await?;
        Ok(Ended {
            sessions: self.end_user_sessions(user_id, keep).await?,
            tokens: self.revoke_user_tokens(user_id).await?,
        })
    }

    pub async fn update_user(
        &self,
        user: &Scoped<UserRecord>,
        display_name: &DisplayName,
        role: Role,
    ) -> Result<UserRecord> {
        let m = user::ActiveModel {
            id: Set(user.id),
            display_name: Set(display_name.as_str().to_owned()),
            role: Set(role.as_str().to_owned()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        record(m)
    }

    /// Disabling also ends every session the user has, at once (their tokens stop working while
    /// they are disabled, see `token_user`).
    pub async fn set_user_disabled(&self, user: &Scoped<UserRecord>, disabled: bool) -> Result<()> {
        let user_id = user.id;
        user::ActiveModel { id: Set(user_id), disabled: Set(disabled), ..Default::default() }
            .update(self.conn())
            .await?;
        if disabled {
            self.end_user_sessions(user_id, None).await?;
            self.end_user_challenges(user_id).await?;
        }
        Ok(())
    }
}

/// What a password change ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ended {
    pub sessions: u64,
    pub tokens: u64,
}
