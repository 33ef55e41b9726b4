//! Scheduled jobs that exactly one node runs: each job has a lease row, and a node runs the job
//! only after an update that sets itself as holder has changed that row. Two nodes asking at the
//! same moment both send the update; the database lets one of them change the row.
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::entity::job;
use crate::{Result, Store};

/// A job's schedule as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRecord {
    pub name: String,
    pub holder: Option<String>,
    pub lease_until: i64,
    pub next_run_at: i64,
    pub last_run_at: Option<i64>,
}

impl Store {
    /// Takes job `name` for `holder` for `lease_secs` seconds: when it is due (or `now` is asked
    /// for) and no other node holds an unexpired lease. False when it is not due or held.
    pub async fn take_job(&self, name: &str, holder: &str, now: bool, lease_secs: i64) -> Result<bool> {
        let _g = self.write_guard().await;
        let t = self.now();
        let mut q = job::Entity::update_many()
            .col_expr(job::Column::Holder, Expr::value(holder))
            .col_expr(job::Column::LeaseUntil, Expr::value(t + lease_secs))
            .filter(job::Column::Name.eq(name))
            .filter(job::Column::LeaseUntil.lte(t));
        if !now {
            q = q.filter(job::Column::NextRunAt.lte(t));
        }
        Ok(q.exec(self.conn()).await?.rows_affected == 1)
    }

    /// Ends `holder`'s run of job `name`: the lease is released and the next run is due at
    /// `next_run_at` (seconds since the epoch).
    pub async fn finish_job(&self, name: &str, holder: &str, next_run_at: i64) -> Result<()> {
        let _g = self.write_guard().await;
        job::Entity::update_many()
            .col_expr(job::Column::LeaseUntil, Expr::value(0i64))
            .col_expr(job::Column::NextRunAt, Expr::value(next_run_at))
            .col_expr(job::Column::LastRunAt, Expr::value(self.now()))
            .filter(job::Column::Name.eq(name))
            .filter(job::Column::Holder.eq(holder))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Releases `holder`'s lease of job `name` after a failed run, leaving its schedule as it was.
    pub async fn release_job(&self, name: &str, holder: &str) -> Result<()> {
        let _g = self.write_guard().await;
        job::Entity::update_many()
            .col_expr(job::Column::LeaseUntil, Expr::value(0i64))
            .filter(job::Column::Name.eq(name))
            .filter(job::Column::Holder.eq(holder))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn job(&self, name: &str) -> Result<Option<JobRecord>> {
        Ok(job::Entity::find_by_id(name.to_owned()).one(self.conn()).await?.map(|m| JobRecord {
            name: m.name,
            holder: m.holder,
            lease_until: m.lease_until,
            next_run_at: m.next_run_at,
            last_run_at: m.last_run_at,
        }))
    }
}
