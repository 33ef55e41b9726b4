//! Failed sign-ins, counted per account and per address to slow down guessing.
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::entity::login_failure;
use crate::{Result, Store, now};

impl Store {
    pub async fn record_login_failure(&self, username: &str, ip: &str) -> Result<()> {
        let _g = self.write_guard().await;
        login_failure::ActiveModel {
            username: Set(username.trim().to_lowercase()),
            ip: Set(ip.to_owned()),
            at: Set(now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    /// Failures in the last `window_secs` for this account and from this address.
    pub async fn login_failures(&self, username: &str, ip: &str, window_secs: i64) -> Result<(u64, u64)> {
        let since = now() - window_secs;
        let by_user = login_failure::Entity::find()
            .filter(login_failure::Column::Username.eq(username.trim().to_lowercase()))
            .filter(login_failure::Column::At.gt(since))
            .count(self.conn())
            .await?;
        let by_ip = login_failure::Entity::find()
            .filter(login_failure::Column::Ip.eq(ip))
            .filter(login_failure::Column::At.gt(since))
            .count(self.conn())
            .await?;
        Ok((by_user, by_ip))
    }

    /// A successful sign-in clears the account's count.
    pub async fn clear_login_failures(&self, username: &str) -> Result<()> {
        let _g = self.write_guard().await;
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::Username.eq(username.trim().to_lowercase()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn purge_login_failures(&self, older_than_secs: i64) -> Result<u64> {
        let _g = self.write_guard().await;
        Ok(login_failure::Entity::delete_many()
            .filter(login_failure::Column::At.lte(now() - older_than_secs))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}
