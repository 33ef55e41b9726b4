//! Sign-in attempts, counted per account and address to slow guessing (see
//! `lotsen_domain::signin`). An attempt is recorded before its password is checked, so attempts
//! sent at once each see the ones before them; a successful one clears its account's failures.
use lotsen_domain::signin::{Failures, Pressure};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Condition, Expr, ExprTrait},
};

use crate::entity::login_failure;
use crate::{Result, Store};

impl Store {
    /// Records an attempt as failed until it is known to succeed; its id, to weigh it by.
    pub async fn record_login_attempt(&self, username: &str, ip: &str) -> Result<i64> {
        let _g = self.write_guard().await;
        let m = login_failure::ActiveModel {
            username: Set(username.trim().to_lowercase()),
            ip: Set(ip.to_owned()),
            at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }

    /// The failures recorded before attempt `before_id` in the last `window_secs`.
    pub async fn login_pressure(&self, username: &str, ip: &str, window_secs: i64, before_id: i64) -> Result<Pressure> {
        let username = username.trim().to_lowercase();
        let since = self.now() - window_secs;
        let tally = |c: Condition| async move {
            let (count, last_at): (i64, Option<i64>) = login_failure::Entity::find()
                .select_only()
                .column_as(Expr::col(login_failure::Column::Id).count(), "count")
                .column_as(Expr::col(login_failure::Column::At).max(), "last_at")
                .filter(c)
                .filter(login_failure::Column::At.gt(since))
                .filter(login_failure::Column::Id.lt(before_id))
                .into_tuple()
                .one(self.conn())
                .await?
                .unwrap_or((0, None));
            Ok::<_, crate::StoreError>(Failures { count: u64::try_from(count).unwrap_or(0), last_at })
        };
        let user = login_failure::Column::Username.eq(username.clone());
        let address = login_failure::Column::Ip.eq(ip);
        Ok(Pressure {
            pair: tally(Condition::all().add(user.clone()).add(address.clone())).await?,
            account: tally(Condition::all().add(user)).await?,
            address: tally(Condition::all().add(address)).await?,
        })
    }

    /// An attempt that was turned away before its password was checked does not count.
    pub async fn forget_login_attempt(&self, id: i64) -> Result<()> {
        let _g = self.write_guard().await;
        login_failure::Entity::delete_by_id(id).exec(self.conn()).await?;
        Ok(())
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
            .filter(login_failure::Column::At.lte(self.now() - older_than_secs))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}
