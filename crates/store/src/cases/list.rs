//! The case list: filters, counts and keyset pages, with each row's contact totals.
use chrono::NaiveDate;
use lotsen_domain::case::CaseStatus;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{CaseRecord, case_record};
use crate::entity::{case, case_category, contact, follow_up};
use crate::{Result, Store};

/// How the case list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseSort {
    /// Most recently registered first.
    #[default]
    Newest,
    Oldest,
}

/// The case list's filters; `unit_id` is the reader's scope and always applies.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub unit_id: i64,
    pub status: Option<CaseStatus>,
    pub coordinator_id: Option<i64>,
    pub channel_id: Option<i64>,
    pub category_id: Option<i64>,
    pub age_group_id: Option<i64>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only cases with a follow-up not done and due before this day.
    pub overdue_before: Option<NaiveDate>,
    pub sort: CaseSort,
    /// Keyset paging: the id after which the page continues.
    pub after_id: Option<i64>,
}

/// One row of the case list, with its totals.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub case: CaseRecord,
    pub contacts: i64,
    pub minutes: i64,
}

#[derive(Debug, Clone)]
pub struct CaseListPage {
    pub rows: Vec<CaseRow>,
    /// Matching cases, up to `COUNT_CAP + 1`; more than `COUNT_CAP` means "more than that".
    pub total: u64,
    /// Passed as `after_id` for the next page.
    pub next_after: Option<i64>,
}

/// How far the list counts before it says "more than".
pub const COUNT_CAP: u64 = 1_000;

impl Store {
    pub async fn cases(&self, f: &CaseFilter, limit: u64) -> Result<CaseListPage> {
        use case::Column as C;
        let mut q = case::Entity::find().filter(C::UnitId.eq(f.unit_id));
        if let Some(s) = f.status {
            q = q.filter(C::Status.eq(s.as_str()));
        }
        if let Some(c) = f.coordinator_id {
            q = q.filter(C::CoordinatorId.eq(c));
        }
        if let Some(c) = f.channel_id {
            q = q.filter(C::ChannelId.eq(c));
        }
        if let Some(c) = f.category_id {
            let secondary = Query::select()
                .column(case_category::Column::CaseId)
                .from(case_category::Entity)
                .and_where(Expr::col(case_category::Column::CategoryId).eq(c))
                .to_owned();
            q = q.filter(C::MainCategoryId.eq(c).or(C::Id.in_subquery(secondary)));
        }
        if let Some(a) = f.age_group_id {
            q = q.filter(C::AgeGroupId.eq(a));
        }
        if let Some(d) = f.from {
            q = q.filter(C::FirstContactOn.gte(d));
        }
        if let Some(d) = f.to {
            q = q.filter(C::FirstContactOn.lte(d));
        }
        if let Some(today) = f.overdue_before {
            let overdue = Query::select()
                .column(follow_up::Column::CaseId)
                .from(follow_up::Entity)
                .and_where(Expr::col(follow_up::Column::UnitId).eq(f.unit_id))
                .and_where(Expr::col(follow_up::Column::DoneOn).is_null())
                .and_where(Expr::col(follow_up::Column::DueOn).lt(today))
                .to_owned();
            q = q.filter(C::Id.in_subquery(overdue));
        }
        // Counting is bounded: past COUNT_CAP the list says "more than" instead of scanning every row.
        let total = q.clone().limit(COUNT_CAP + 1).count(self.conn()).await?;
        q = match (f.sort, f.after_id) {
            (CaseSort::Newest, Some(a)) => q.filter(C::Id.lt(a)).order_by_desc(C::Id),
            (CaseSort::Newest, None) => q.order_by_desc(C::Id),
            (CaseSort::Oldest, Some(a)) => q.filter(C::Id.gt(a)).order_by_asc(C::Id),
            (CaseSort::Oldest, None) => q.order_by_asc(C::Id),
        };
        let mut models = q.limit(limit + 1).all(self.conn()).await?;
        let next_after = if models.len() as u64 > limit {
            models.truncate(limit as usize);
            models.last().map(|m| m.id)
        } else {
            None
        };
        let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
        let totals: Vec<(i64, i64, Option<i64>)> = if ids.is_empty() {
            Vec::new()
        } else {
            contact::Entity::find()
                .select_only()
                .column(contact::Column::CaseId)
                .column_as(Expr::col(contact::Column::Id).count(), "n")
                .column_as(Expr::col(contact::Column::Minutes).sum().cast_as("BIGINT"), "m")
                .filter(contact::Column::CaseId.is_in(ids))
                .group_by(contact::Column::CaseId)
                .into_tuple()
                .all(self.conn())
                .await?
        };
        let rows = models
            .into_iter()
            .map(|m| {
                let (n, mins) = totals.iter().find(|t| t.0 == m.id).map_or((0, 0), |t| (t.1, t.2.unwrap_or(0)));
                Ok(CaseRow { case: case_record(m, Vec::new())?, contacts: n, minutes: mins })
            })
            .collect::<Result<_>>()?;
        Ok(CaseListPage { rows, total, next_after })
    }
}
