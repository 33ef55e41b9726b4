//! The case list: filters, counts and keyset pages, with each row's contact totals.
use chrono::NaiveDate;
use lotsen_domain::case::{CaseStatus, FollowUpOutcome, ReturningReason};
use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use lotsen_domain::report::figures::RefState;
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query, SimpleExpr};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select};

use super::{CaseRecord, case_record};
use crate::entity::{case, case_category, contact, follow_up, referral};
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
#[derive(Debug, Clone)]
pub struct CaseFilter {
    pub unit_id: UnitId,
    pub status: Option<CaseStatus>,
    pub coordinator_id: Option<UserId>,
    pub channel_id: Option<ListEntryId>,
    pub category_id: Option<ListEntryId>,
    pub age_group_id: Option<ListEntryId>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only cases with a follow-up not done and due before this day.
    pub overdue_before: Option<NaiveDate>,
    /// Words to find (see [`CaseFilter::text`]).
    pub text: Option<String>,
    /// Only cases with a contact at this drop-in venue.
    pub venue_id: Option<i64>,
    /// Only cases with a referral to this destination …
    pub referral_destination: Option<ListEntryId>,
    /// … or any destination, in this state ("waiting for psychiatry": the destination, pending).
    pub referral_state: Option<RefState>,
    /// The cases behind one figure of the effect report.
    pub report: Option<ReportFilter>,
    pub sort: CaseSort,
    /// Keyset paging: the id after which the page continues.
    pub after_id: Option<CaseId>,
}

impl CaseFilter {
    /// Every case of the unit, in the list's usual order.
    pub fn new(unit_id: UnitId) -> Self {
        Self {
            unit_id,
            status: None,
            coordinator_id: None,
            channel_id: None,
            category_id: None,
            age_group_id: None,
            from: None,
            to: None,
            overdue_before: None,
            text: None,
            venue_id: None,
            referral_destination: None,
            referral_state: None,
            report: None,
            sort: CaseSort::default(),
            after_id: None,
        }
    }
}

/// The cases behind a figure of the effect report, on the report's own definitions
/// (`lotsen_domain::report::figures`): handled in `from..=to`, narrowed by what the figure counts.
/// The list's count is exact under this filter, so it equals the figure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFilter {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Handled in the period (every case figure; follow-ups are counted whenever the case ran).
    pub handled: bool,
    /// Closed in the period (for closings, outcomes and effort).
    pub closed: bool,
    pub returning: bool,
    /// Returning for this reason (`Some(None)`: no reason recorded).
    pub returned_for: Option<Option<ReturningReason>>,
    pub outcome_id: Option<ListEntryId>,
    pub main_category_id: Option<ListEntryId>,
    pub secondary_category_id: Option<ListEntryId>,
    /// Contact bucket 0, 1, 2: at most 2, 3–5, 6 or more contacts.
    pub contacts: Option<u8>,
    /// Time bucket 0, 1, 2: under 60 minutes, 60–180, over 180.
    pub time: Option<u8>,
    /// A referral made in the period, to these destinations (empty: any), of this kind, in this state.
    pub referral: bool,
    pub destinations: Vec<ListEntryId>,
    pub kind_id: Option<ListEntryId>,
    pub state: Option<RefState>,
    /// A follow-up done in the period, with this outcome when one is given.
    pub follow_up: bool,
    pub follow_up_outcome: Option<FollowUpOutcome>,
    /// No case at all: the figure counts an entry the unit's lists do not hold.
    pub nothing: bool,
}

/// One row of the case list, with its totals.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub case: CaseRecord,
    pub contacts: i64,
    pub minutes: i64,
    /// The earliest follow-up not yet done or cancelled.
    pub next_follow_up: Option<NaiveDate>,
}

/// `LIKE` pattern finding `words` anywhere, its wildcards escaped, lower case.
fn contains(words: &str) -> LikeExpr {
    let mut p = String::from("%");
    for ch in words.to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    LikeExpr::new(p).escape('\\')
}

/// The search box: a case number (`123` or `#123`), an imported id (`2023-017`), words of the
/// referring organisation or of a contact's note. Sealed text (identified details, journal
/// notes of documented cases) is never searched.
fn text_condition(text: &str) -> SimpleExpr {
    use case::Column as C;
    let text = text.trim();
    let notes = Query::select()
        .column(contact::Column::CaseId)
        .from(contact::Entity)
        .and_where(Expr::expr(Func::lower(Expr::col(contact::Column::Note))).like(contains(text)))
        .to_owned();
    let mut any = Expr::col(C::ExternalId)
        .eq(text)
        .or(Expr::expr(Func::lower(Expr::col(C::ReferringOrg))).like(contains(text)))
        .or(Expr::col(C::Id).in_subquery(notes));
    if let Ok(id) = text.trim_start_matches('#').parse::<i64>() {
        any = any.or(Expr::col(C::Id).eq(id));
    }
    any
}

#[derive(Debug, Clone)]
pub struct CaseListPage {
    pub rows: Vec<CaseRow>,
    /// Matching cases, up to `COUNT_CAP + 1`; more than `COUNT_CAP` means "more than that".
    pub total: u64,
    /// Passed as `after_id` for the next page.
    pub next_after: Option<CaseId>,
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
        if let Some(text) = f.text.as_deref().filter(|t| !t.trim().is_empty()) {
            q = q.filter(text_condition(text));
        }
        if let Some(v) = f.venue_id {
            let at = Query::select()
                .column(contact::Column::CaseId)
                .from(contact::Entity)
                .and_where(Expr::col(contact::Column::VenueId).eq(v))
                .to_owned();
            q = q.filter(C::Id.in_subquery(at));
        }
        if f.referral_destination.is_some() || f.referral_state.is_some() {
            let mut sub = Query::select().column(referral::Column::CaseId).from(referral::Entity).to_owned();
            if let Some(d) = f.referral_destination {
                sub.and_where(Expr::col(referral::Column::DestinationId).eq(d));
            }
            if let Some(s) = f.referral_state {
                sub.and_where(Expr::col(referral::Column::Status).is_in(s.statuses().iter().copied()));
            }
            q = q.filter(C::Id.in_subquery(sub));
        }
        if let Some(r) = &f.report {
            q = behind_figure(q, f.unit_id, r);
        }
        // Counting is bounded: past COUNT_CAP the list says "more than" instead of scanning every
        // row; behind a report figure it is exact, so it can be checked against the figure.
        let total = if f.report.is_some() {
            q.clone().count(self.conn()).await?
        } else {
            q.clone().limit(COUNT_CAP + 1).count(self.conn()).await?
        };
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
        let ids: Vec<CaseId> = models.iter().map(|m| m.id).collect();
        let next: Vec<(CaseId, Option<NaiveDate>)> = if ids.is_empty() {
            Vec::new()
        } else {
            follow_up::Entity::find()
                .select_only()
                .column(follow_up::Column::CaseId)
                .column_as(Expr::col(follow_up::Column::DueOn).min(), "due")
                .filter(follow_up::Column::CaseId.is_in(ids.clone()))
                .filter(follow_up::Column::DoneOn.is_null())
                .group_by(follow_up::Column::CaseId)
                .into_tuple()
                .all(self.conn())
                .await?
        };
        let totals: Vec<(CaseId, i64, Option<i64>)> = if ids.is_empty() {
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
                let next_follow_up = next.iter().find(|t| t.0 == m.id).and_then(|t| t.1);
                Ok(CaseRow { case: case_record(m, Vec::new())?, contacts: n, minutes: mins, next_follow_up })
            })
            .collect::<Result<_>>()?;
        Ok(CaseListPage { rows, total, next_after })
    }
}

/// The cases behind one report figure (see `ReportFilter`), among those `q` finds.
fn behind_figure(mut q: Select<case::Entity>, unit_id: UnitId, r: &ReportFilter) -> Select<case::Entity> {
    if r.nothing {
        return q.filter(Expr::cust("1 = 0"));
    }
    use case::Column as C;
    if r.handled {
        q = q.filter(crate::report::handled_condition(unit_id, r.from, r.to));
    }
    if r.closed {
        q = q.filter(C::ClosedOn.gte(r.from)).filter(C::ClosedOn.lte(r.to));
    }
    if r.returning {
        q = q.filter(C::Returning.eq(true));
    }
    match r.returned_for {
        Some(Some(reason)) => q = q.filter(C::ReturningReason.eq(reason.as_str())),
        Some(None) => q = q.filter(C::ReturningReason.is_null()),
        None => {}
    }
    if let Some(o) = r.outcome_id {
        q = q.filter(C::ClosingOutcomeId.eq(o));
    }
    if let Some(c) = r.main_category_id {
        q = q.filter(C::MainCategoryId.eq(c));
    }
    if let Some(c) = r.secondary_category_id {
        let secondary = Query::select()
            .column(case_category::Column::CaseId)
            .from(case_category::Entity)
            .and_where(Expr::col(case_category::Column::CategoryId).eq(c))
            .to_owned();
        q = q.filter(C::Id.in_subquery(secondary));
    }
    q = match r.contacts {
        Some(0) => q.filter(C::ContactCount.lte(2)),
        Some(1) => q.filter(C::ContactCount.between(3, 5)),
        Some(_) => q.filter(C::ContactCount.gte(6)),
        None => q,
    };
    q = match r.time {
        Some(0) => q.filter(C::ContactMinutes.lt(60)),
        Some(1) => q.filter(C::ContactMinutes.between(60, 180)),
        Some(_) => q.filter(C::ContactMinutes.gt(180)),
        None => q,
    };
    if r.referral {
        let mut sub = Query::select()
            .column(referral::Column::CaseId)
            .from(referral::Entity)
            .and_where(Expr::col(referral::Column::OnDate).gte(r.from))
            .and_where(Expr::col(referral::Column::OnDate).lte(r.to))
            .to_owned();
        if !r.destinations.is_empty() {
            sub.and_where(Expr::col(referral::Column::DestinationId).is_in(r.destinations.clone()));
        }
        if let Some(k) = r.kind_id {
            sub.and_where(Expr::col(referral::Column::KindId).eq(k));
        }
        if let Some(s) = r.state {
            sub.and_where(Expr::col(referral::Column::Status).is_in(s.statuses().iter().copied()));
        }
        q = q.filter(C::Id.in_subquery(sub));
    }
    if r.follow_up {
        let mut sub = Query::select()
            .column(follow_up::Column::CaseId)
            .from(follow_up::Entity)
            .and_where(Expr::col(follow_up::Column::UnitId).eq(unit_id))
            .and_where(Expr::col(follow_up::Column::Outcome).is_not_null())
            .and_where(Expr::col(follow_up::Column::DoneOn).gte(r.from))
            .and_where(Expr::col(follow_up::Column::DoneOn).lte(r.to))
            .to_owned();
        if let Some(o) = r.follow_up_outcome {
            sub.and_where(Expr::col(follow_up::Column::Outcome).eq(o.as_str()));
        }
        q = q.filter(C::Id.in_subquery(sub));
    }
    q
}
