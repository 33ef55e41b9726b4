//! The case list: filters, sorting, counts and keyset pagination that stays fast at a million cases.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{CaseId, ListEntryId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_domain::report::figures::{RefState, RowKey};
use lotsen_domain::report::period::Period;
use lotsen_store::{CaseFilter, CaseSort, Lists, UserRecord, VenueRecord};
use serde::Deserialize;

use crate::auth::{Actor, CaseWorker};
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::{Opt, label, options};
use crate::i18n::Tr;
use crate::links::encode_component;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name;

pub const PAGE_SIZE: u64 = 50;

/// The longest search the box takes, in characters.
const MAX_SEARCH: usize = 200;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    /// The search box: a case number, an imported id, the referring organisation, words of a note.
    #[serde(rename = "q")]
    pub text: String,
    pub status: String,
    pub mine: Option<String>,
    pub channel: String,
    pub category: String,
    pub age_group: String,
    pub from: String,
    pub to: String,
    pub overdue: Option<String>,
    /// The responsible coordinator (a user id of the unit).
    pub coordinator: String,
    /// A drop-in venue where the resident was met.
    pub venue: String,
    /// A referral to this destination and/or in this state (`pending`, `established`, `ended`).
    pub destination: String,
    pub ref_state: String,
    pub sort: String,
    pub after: Option<CaseId>,
    /// The report figure whose cases are listed (see `report::case_link`), and its period.
    pub figure: String,
    pub report_from: String,
    pub report_to: String,
}

impl ListQuery {
    fn filtered(&self) -> bool {
        [
            &self.text,
            &self.status,
            &self.channel,
            &self.category,
            &self.age_group,
            &self.from,
            &self.to,
            &self.figure,
            &self.coordinator,
            &self.venue,
            &self.destination,
            &self.ref_state,
        ]
        .iter()
        .any(|v| !v.trim().is_empty())
            || self.mine.is_some()
            || self.overdue.is_some()
    }

    /// The same filters, for the next page.
    fn next(&self, after: CaseId) -> String {
        let mut q = self.filters();
        q.push(format!("after={after}"));
        q.join("&")
    }

    /// The filters as a query string (no paging), for the export links.
    pub fn query_string(&self) -> String {
        self.filters().join("&")
    }

    fn filters(&self) -> Vec<String> {
        let mut q: Vec<String> = [
            ("q", self.text.as_str()),
            ("coordinator", self.coordinator.as_str()),
            ("venue", self.venue.as_str()),
            ("destination", self.destination.as_str()),
            ("ref_state", self.ref_state.as_str()),
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
        q
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
    pub coordinator: String,
    pub next_follow_up: String,
    pub next_overdue: bool,
    pub external_id: String,
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
    o: FilterOptions,
    /// "The cases behind …" when the list was opened from a report figure.
    figure: String,
    /// The filters as a query string, for the export links.
    query: String,
}

/// The choices of the filter box.
pub struct FilterOptions {
    channels: Vec<Opt>,
    categories: Vec<Opt>,
    age_groups: Vec<Opt>,
    coordinators: Vec<Opt>,
    venues: Vec<Opt>,
    destinations: Vec<Opt>,
    ref_states: Vec<Opt>,
}

/// What the filters are checked against: the unit's lists, staff and venues.
pub struct Known {
    pub lists: Lists,
    pub users: Vec<UserRecord>,
    pub venues: Vec<VenueRecord>,
}

impl Known {
    pub async fn of(state: &AppState, unit_id: lotsen_domain::ids::UnitId) -> AppResult<Self> {
        Ok(Known {
            lists: state.store.lists(unit_id).await?,
            users: state.store.users(Some(unit_id)).await?,
            venues: state.store.venues(Some(unit_id)).await?,
        })
    }

    fn options(&self, q: &ListQuery, t: &Tr) -> FilterOptions {
        let l = t.locale;
        let pick = |value: String, label: String, current: &str| {
            let selected = value == current.trim();
            Opt { value, label, selected }
        };
        FilterOptions {
            channels: options(&self.lists, ListKind::Channel, l, &q.channel),
            categories: options(&self.lists, ListKind::Category, l, &q.category),
            age_groups: options(&self.lists, ListKind::AgeGroup, l, &q.age_group),
            coordinators: self
                .users
                .iter()
                .filter(|u| u.role.works_cases())
                .map(|u| pick(u.id.to_string(), u.display_name.clone(), &q.coordinator))
                .collect(),
            venues: self.venues.iter().map(|v| pick(v.id.to_string(), v.name.clone(), &q.venue)).collect(),
            destinations: options(&self.lists, ListKind::ReferralDestination, l, &q.destination),
            ref_states: RefState::ALL
                .iter()
                .map(|s| pick(s.code().to_owned(), t.get(format!("report-state-{}", s.code())), &q.ref_state))
                .collect(),
        }
    }
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
pub fn filter_of(q: &ListQuery, actor: &Actor, known: &Known, today: NaiveDate, e: &mut FieldErrors) -> CaseFilter {
    let status = match q.status.as_str() {
        "" | "all" => None,
        s => e.check("status", CaseStatus::parse(s)),
    };
    let choose = || lotsen_domain::Invalid::new("error-choose");
    let coordinator = match q.coordinator.trim() {
        "" => None,
        c => e.check(
            "coordinator",
            c.parse::<UserId>().ok().filter(|id| known.users.iter().any(|u| u.id == *id)).ok_or_else(choose),
        ),
    };
    let venue_id = match q.venue.trim() {
        "" => None,
        v => e.check(
            "venue",
            v.parse::<i64>().ok().filter(|id| known.venues.iter().any(|x| x.id == *id)).ok_or_else(choose),
        ),
    };
    let referral_state = match q.ref_state.trim() {
        "" => None,
        s => e.check("ref_state", RefState::parse(s).ok_or_else(choose)),
    };
    let text = q.text.trim();
    if text.chars().count() > MAX_SEARCH {
        e.add("q", "error-search-too-long");
    }
    CaseFilter {
        unit_id: actor.unit_id,
        status,
        coordinator_id: if q.mine.is_some() { Some(actor.user_id) } else { coordinator },
        text: (!text.is_empty()).then(|| text.to_owned()),
        venue_id,
        referral_destination: id_filter(e, "destination", &q.destination),
        referral_state,
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
pub fn behind_figure(
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
    let known = Known::of(&state, actor.unit_id).await?;
    let mut e = FieldErrors::default();
    let today = state.clock.today();
    let mut filter = filter_of(&q, &actor, &known, today, &mut e);
    let figure = behind_figure(&q, &mut filter, &known.lists, &c.t, today, &mut e);
    if let (Some(f), Some(t)) = (filter.from, filter.to)
        && t < f
    {
        e.add("to", "error-date-order");
    }
    let o = known.options(&q, &c.t);
    let query = q.query_string();
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
            o,
            figure,
            query,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let page = state.store.cases(&filter, PAGE_SIZE).await?;
    let l = c.locale();
    let rows = page
        .rows
        .iter()
        .map(|r| RowView {
            id: r.case.id,
            first_contact_on: r.case.first_contact_on.to_string(),
            channel: label(&known.lists, r.case.channel_id, l),
            age_group: label(&known.lists, r.case.age_group_id, l),
            category: label(&known.lists, r.case.main_category_id, l),
            contacts: r.contacts,
            minutes: r.minutes,
            closed: r.case.status == CaseStatus::Closed,
            mine: r.case.coordinator_id == actor.user_id,
            coordinator: user_name(&known.users, r.case.coordinator_id),
            next_follow_up: r.next_follow_up.map(|d| d.to_string()).unwrap_or_default(),
            next_overdue: r.next_follow_up.is_some_and(|d| d < today),
            external_id: r.case.external_id.clone().unwrap_or_default(),
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
        o,
        figure,
        query,
    }
    .into_response())
}
