//! The case list: filters, sorting, counts and keyset pagination that stays fast at a million cases.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{CaseId, ListEntryId};
use lotsen_domain::lists::ListKind;
use lotsen_domain::report::figures::RowKey;
use lotsen_domain::report::period::Period;
use lotsen_store::{CaseFilter, CaseSort, Lists};
use serde::Deserialize;

use crate::auth::{Actor, CaseWorker};
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::{Opt, label, options};
use crate::i18n::Tr;
use crate::links::encode_component;
use crate::pages::Chrome;
use crate::state::AppState;

pub const PAGE_SIZE: u64 = 50;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub status: String,
    pub mine: Option<String>,
    pub channel: String,
    pub category: String,
    pub age_group: String,
    pub from: String,
    pub to: String,
    pub overdue: Option<String>,
    pub sort: String,
    pub after: Option<CaseId>,
    /// The report figure whose cases are listed (see `report::case_link`), and its period.
    pub figure: String,
    pub report_from: String,
    pub report_to: String,
}

impl ListQuery {
    fn filtered(&self) -> bool {
        [&self.status, &self.channel, &self.category, &self.age_group, &self.from, &self.to, &self.figure]
            .iter()
            .any(|v| !v.is_empty())
            || self.mine.is_some()
            || self.overdue.is_some()
    }

    /// The same filters, for the next page.
    fn next(&self, after: CaseId) -> String {
        let mut q: Vec<String> = [
            ("status", self.status.as_str()),
            ("channel", self.channel.as_str()),
            ("category", self.category.as_str()),
            ("age_group", self.age_group.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
            ("sort", self.sort.as_str()),
            ("figure", self.figure.as_str()),
            ("report_from", self.report_from.as_str()),
            ("report_to", self.report_to.as_str()),
        ]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
        if self.mine.is_some() {
            q.push("mine=1".into());
        }
        if self.overdue.is_some() {
            q.push("overdue=1".into());
        }
        q.push(format!("after={after}"));
        q.join("&")
    }
}

pub struct RowView {
    pub id: CaseId,
    pub first_contact_on: String,
    pub channel: String,
    pub age_group: String,
    pub category: String,
    pub contacts: i64,
    pub minutes: i64,
    pub closed: bool,
    pub mine: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/list.html")]
pub struct ListPage {
    c: Chrome,
    q: ListQuery,
    rows: Vec<RowView>,
    total: u64,
    /// More cases match than the list counts (see `COUNT_CAP`).
    over_cap: bool,
    cap: u64,
    next: Option<String>,
    paged: bool,
    /// Whether any filter is set (the filter box then starts open).
    filtered: bool,
    errors: FieldErrors,
    channels: Vec<Opt>,
    categories: Vec<Opt>,
    age_groups: Vec<Opt>,
    /// "The cases behind …" when the list was opened from a report figure.
    figure: String,
}

fn id_filter(e: &mut FieldErrors, field: &'static str, raw: &str) -> Option<ListEntryId> {
    if raw.trim().is_empty() {
        return None;
    }
    e.check(field, raw.trim().parse::<ListEntryId>().map_err(|_| lotsen_domain::Invalid::new("error-choose")))
}

fn date_filter(e: &mut FieldErrors, field: &'static str, raw: &str) -> Option<NaiveDate> {
    if raw.trim().is_empty() {
        return None;
    }
    e.check(
        field,
        NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| lotsen_domain::Invalid::new("error-date")),
    )
}

/// The filter the query asks for, on the actor's unit.
fn filter_of(q: &ListQuery, actor: &Actor, today: NaiveDate, e: &mut FieldErrors) -> CaseFilter {
    let status = match q.status.as_str() {
        "" | "all" => None,
        s => e.check("status", CaseStatus::parse(s)),
    };
    CaseFilter {
        unit_id: actor.unit_id,
        status,
        coordinator_id: q.mine.is_some().then_some(actor.user_id),
        channel_id: id_filter(e, "channel", &q.channel),
        category_id: id_filter(e, "category", &q.category),
        age_group_id: id_filter(e, "age_group", &q.age_group),
        from: date_filter(e, "from", &q.from),
        to: date_filter(e, "to", &q.to),
        overdue_before: q.overdue.is_some().then_some(today),
        sort: if q.sort == "oldest" { CaseSort::Oldest } else { CaseSort::Newest },
        after_id: q.after,
        report: None,
    }
}

/// The list opened from a report figure: the figure's cases added to `filter`, and "the cases
/// behind …" to say so (empty when no figure was asked for).
fn behind_figure(
    q: &ListQuery,
    filter: &mut CaseFilter,
    lists: &Lists,
    t: &Tr,
    today: NaiveDate,
    e: &mut FieldErrors,
) -> String {
    if q.figure.is_empty() && q.report_from.is_empty() && q.report_to.is_empty() {
        return String::new();
    }
    let (Some(key), Ok(p)) = (RowKey::parse(&q.figure), Period::custom(&q.report_from, &q.report_to, today)) else {
        e.add("figure", "error-report-figure");
        return String::new();
    };
    let report = lotsen_app::report::case_filter(filter.unit_id, &key, &p, &lotsen_app::report::entries(lists));
    if report.channel_id.is_some() {
        filter.channel_id = report.channel_id;
    }
    if report.age_group_id.is_some() {
        filter.age_group_id = report.age_group_id;
    }
    filter.report = report.report;
    t.args(
        "report-cases-behind",
        &[
            ("figure", crate::views::labels::row_label(&key, lists, t)),
            ("from", p.from.to_string()),
            ("to", p.to.to_string()),
        ],
    )
}

pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let lists = state.store.lists(actor.unit_id).await?;
    let mut e = FieldErrors::default();
    let today = state.clock.today();
    let mut filter = filter_of(&q, &actor, today, &mut e);
    let figure = behind_figure(&q, &mut filter, &lists, &c.t, today, &mut e);
    if let (Some(f), Some(t)) = (filter.from, filter.to)
        && t < f
    {
        e.add("to", "error-date-order");
    }
    let l = c.locale();
    let channels = options(&lists, ListKind::Channel, l, &q.channel);
    let categories = options(&lists, ListKind::Category, l, &q.category);
    let age_groups = options(&lists, ListKind::AgeGroup, l, &q.age_group);
    if !e.is_empty() {
        let page = ListPage {
            c,
            q,
            rows: vec![],
            total: 0,
            over_cap: false,
            cap: lotsen_store::COUNT_CAP,
            next: None,
            paged: false,
            filtered: true,
            errors: e,
            channels,
            categories,
            age_groups,
            figure,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let page = state.store.cases(&filter, PAGE_SIZE).await?;
    let rows = page
        .rows
        .iter()
        .map(|r| RowView {
            id: r.case.id,
            first_contact_on: r.case.first_contact_on.to_string(),
            channel: label(&lists, r.case.channel_id, l),
            age_group: label(&lists, r.case.age_group_id, l),
            category: label(&lists, r.case.main_category_id, l),
            contacts: r.contacts,
            minutes: r.minutes,
            closed: r.case.status == CaseStatus::Closed,
            mine: r.case.coordinator_id == actor.user_id,
        })
        .collect();
    let next = page.next_after.map(|a| q.next(a));
    let paged = q.after.is_some();
    let filtered = q.filtered();
    let over_cap = page.total > lotsen_store::COUNT_CAP;
    Ok(ListPage {
        c,
        q,
        rows,
        total: page.total,
        over_cap,
        cap: lotsen_store::COUNT_CAP,
        next,
        paged,
        filtered,
        errors: e,
        channels,
        categories,
        age_groups,
        figure,
    }
    .into_response())
}
