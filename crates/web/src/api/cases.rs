//! Cases over JSON: list, read, create (with its first contact), update and close.
use axum::Json;
use axum::extract::{Path, State};
use chrono::NaiveDate;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_store::{CaseFilter, CaseSort, Lists};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiCaseWorker, ApiError, ApiQuery, ApiResult, EntryRef, entry};
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::id::Key;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseSummary {
    #[schema(value_type = i64)]
    pub id: CaseId,
    /// `open` or `closed`.
    pub status: String,
    #[schema(value_type = String, format = Date)]
    pub first_contact_on: NaiveDate,
    pub channel: EntryRef,
    pub age_group: EntryRef,
    pub category: EntryRef,
    #[schema(value_type = i64)]
    pub coordinator_id: UserId,
    pub contacts: i64,
    pub minutes: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    /// How many cases match the filters, counted up to 1,001: 1,001 reads as "more than 1,000".
    pub total: u64,
    /// Pass as `after` for the next page; absent on the last page.
    #[schema(value_type = Option<i64>)]
    pub next_after: Option<CaseId>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `open` or `closed`.
    pub status: Option<String>,
    /// Only the caller's own cases.
    pub mine: Option<bool>,
    /// List entry id or code.
    pub channel: Option<String>,
    pub category: Option<String>,
    pub age_group: Option<String>,
    /// First contact on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// First contact on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// Only cases with a follow-up past due.
    pub overdue: Option<bool>,
    /// Search: a case number, an imported id, words of the referring organisation or of a
    /// contact's note (at most 200 characters).
    pub q: Option<String>,
    /// `newest` (default) or `oldest`.
    pub sort: Option<String>,
    /// Keyset paging: the `next_after` of the previous page.
    #[param(value_type = Option<i64>)]
    pub after: Option<CaseId>,
    /// Page size, 1–200 (default 50).
    pub limit: Option<u64>,
}

fn list_filter(
    e: &mut FieldErrors,
    lists: &Lists,
    kind: ListKind,
    field: &'static str,
    v: &Option<String>,
) -> Option<ListEntryId> {
    let v = v.as_deref()?.trim();
    let id = v.parse::<ListEntryId>().ok().or_else(|| lists.by_code(kind, v).map(|e| e.id));
    if id.is_none() {
        e.add(field, "error-choose");
    }
    id
}

fn day(e: &mut FieldErrors, field: &'static str, v: &Option<String>) -> Option<NaiveDate> {
    let v = v.as_deref()?;
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").map_err(|_| e.add(field, "error-date")).ok()
}

/// The unit's cases, newest first, with filters and keyset pages.
#[utoipa::path(get, path = "/api/v1/cases", params(ListParams), security(("token" = [])),
    responses((status = 200, body = CaseList), (status = 401, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaseWorker(actor, t): ApiCaseWorker,
    ApiQuery(p): ApiQuery<ListParams>,
) -> ApiResult<Json<CaseList>> {
    let lists = state.store.lists(actor.unit_id).await?;
    let mut e = FieldErrors::default();
    let status = match p.status.as_deref() {
        None | Some("") | Some("all") => None,
        Some(s) => e.check("status", CaseStatus::parse(s)),
    };
    let filter = CaseFilter {
        report: None,
        unit_id: actor.unit_id,
        status,
        coordinator_id: p.mine.unwrap_or(false).then_some(actor.user_id),
        channel_id: list_filter(&mut e, &lists, ListKind::Channel, "channel", &p.channel),
        category_id: list_filter(&mut e, &lists, ListKind::Category, "category", &p.category),
        age_group_id: list_filter(&mut e, &lists, ListKind::AgeGroup, "age_group", &p.age_group),
        from: day(&mut e, "from", &p.from),
        to: day(&mut e, "to", &p.to),
        overdue_before: p.overdue.unwrap_or(false).then(|| state.clock.today()),
        sort: match p.sort.as_deref() {
            Some("oldest") => CaseSort::Oldest,
            None | Some("newest") | Some("") => CaseSort::Newest,
            Some(_) => {
                e.add("sort", "error-choose");
                CaseSort::Newest
            }
        },
        after_id: p.after,
        text: p.q.as_deref().map(str::trim).filter(|q| !q.is_empty()).map(str::to_owned),
        venue_id: None,
        referral_destination: None,
        referral_state: None,
    };
    if p.q.as_deref().is_some_and(|q| q.trim().chars().count() > 200) {
        e.add("q", "error-search-too-long");
    }
    let limit = p.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        e.add("limit", "error-limit");
    }
    if !e.is_empty() {
        return Err(ApiError::Invalid(e, t));
    }
    let page = state.store.cases(&filter, limit).await?;
    let cases = page
        .rows
        .into_iter()
        .map(|r| CaseSummary {
            id: r.case.id,
            status: r.case.status.as_str().to_owned(),
            first_contact_on: r.case.first_contact_on,
            channel: entry(&lists, r.case.channel_id, &t),
            age_group: entry(&lists, r.case.age_group_id, &t),
            category: entry(&lists, r.case.main_category_id, &t),
            coordinator_id: r.case.coordinator_id,
            contacts: r.contacts,
            minutes: r.minutes,
        })
        .collect();
    Ok(Json(CaseList { cases, total: page.total, next_after: page.next_after }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Figures {
    pub contacts: u32,
    pub minutes: u32,
    pub days_to_first_meeting: Option<i64>,
    pub days_to_support: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Contact {
    pub id: i64,
    #[schema(value_type = String, format = Date)]
    pub on: NaiveDate,
    pub mode: EntryRef,
    pub minutes: i32,
    pub note: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Referral {
    pub id: i64,
    pub destination: EntryRef,
    pub kind: EntryRef,
    #[schema(value_type = String, format = Date)]
    pub on: NaiveDate,
    pub consent: bool,
    pub info_shared: bool,
    pub status: String,
    #[schema(value_type = Option<String>, format = Date)]
    pub established_on: Option<NaiveDate>,
    /// The support directory's service (`/api/hsds/services/{id}` when public).
    pub service_id: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUp {
    pub id: i64,
    #[schema(value_type = String, format = Date)]
    pub due_on: NaiveDate,
    #[schema(value_type = i64)]
    pub assigned_to: UserId,
    pub outcome: Option<String>,
    /// The day it was made, or cancelled.
    #[schema(value_type = Option<String>, format = Date)]
    pub done_on: Option<NaiveDate>,
    /// Why it was cancelled, when it was: `not_needed`, `resident_declined`, `done_otherwise`,
    /// `case_moved`.
    pub cancelled: Option<String>,
}

/// A case with its work. Identified details are never part of it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Case {
    #[schema(value_type = i64)]
    pub id: CaseId,
    pub status: String,
    #[schema(value_type = String, format = Date)]
    pub first_contact_on: NaiveDate,
    pub channel: EntryRef,
    pub age_group: EntryRef,
    pub category: EntryRef,
    pub secondary_categories: Vec<EntryRef>,
    pub returning: bool,
    /// Why the resident came back: `not_satisfied`, `something_else` or `new_problem`.
    pub returning_reason: Option<String>,
    #[schema(value_type = Option<i64>)]
    pub previous_case_id: Option<CaseId>,
    /// `yes`, `no` or `not_applicable`.
    pub residency: String,
    pub referring_org: Option<String>,
    #[schema(value_type = i64)]
    pub coordinator_id: UserId,
    #[schema(value_type = Option<String>, format = Date)]
    pub closed_on: Option<NaiveDate>,
    pub closing_outcome: Option<EntryRef>,
    pub figures: Figures,
    pub contacts: Vec<Contact>,
    pub referrals: Vec<Referral>,
    pub follow_ups: Vec<FollowUp>,
    /// Whether identified details are kept (they are read only through the pages, audited).
    pub has_identity: bool,
}

pub(crate) async fn load(state: &AppState, unit_id: UnitId, id: CaseId, t: &Tr) -> ApiResult<Case> {
    let d = state.store.case_detail(unit_id, id).await?;
    let lists = state.store.lists(unit_id).await?;
    let c = &d.case;
    let f = lotsen_app::case::figures_of(&d, &lists);
    Ok(Case {
        id: c.id,
        status: c.status.as_str().to_owned(),
        first_contact_on: c.first_contact_on,
        channel: entry(&lists, c.channel_id, t),
        age_group: entry(&lists, c.age_group_id, t),
        category: entry(&lists, c.main_category_id, t),
        secondary_categories: c.secondary.iter().map(|s| entry(&lists, *s, t)).collect(),
        returning: c.returning,
        returning_reason: c.returning_reason.map(|r| r.as_str().to_owned()),
        previous_case_id: c.previous_case_id,
        residency: c.residency.as_str().to_owned(),
        referring_org: c.referring_org.clone(),
        coordinator_id: c.coordinator_id,
        closed_on: c.closed_on,
        closing_outcome: c.closing_outcome_id.map(|o| entry(&lists, o, t)),
        figures: Figures {
            contacts: f.contacts,
            minutes: f.minutes,
            days_to_first_meeting: f.days_to_first_meeting,
            days_to_support: f.days_to_support,
        },
        contacts: d
            .contacts
            .iter()
            .map(|ct| Contact {
                id: ct.id,
                on: ct.on,
                mode: entry(&lists, ct.mode_id, t),
                minutes: ct.minutes,
                note: ct.note.clone(),
            })
            .collect(),
        referrals: d
            .referrals
            .iter()
            .map(|r| Referral {
                id: r.id,
                destination: entry(&lists, r.destination_id, t),
                kind: entry(&lists, r.kind_id, t),
                on: r.on,
                consent: r.consent,
                info_shared: r.info_shared,
                status: r.status.as_str().to_owned(),
                established_on: r.established_on,
                service_id: r.service_id.clone(),
            })
            .collect(),
        follow_ups: d
            .follow_ups
            .iter()
            .map(|fu| FollowUp {
                id: fu.id,
                due_on: fu.due_on,
                assigned_to: fu.assigned_to,
                outcome: fu.outcome.map(|o| o.as_str().to_owned()),
                done_on: fu.done_on,
                cancelled: fu.cancelled.map(|r| r.as_str().to_owned()),
            })
            .collect(),
        has_identity: d.has_identity,
    })
}

pub(crate) fn case_id(raw: &str) -> ApiResult<CaseId> {
    CaseId::parse_key(raw).ok_or(ApiError::NotFound)
}

/// One case with its contacts, referrals and follow-ups.
#[utoipa::path(get, path = "/api/v1/cases/{id}", params(("id" = i64, Path)), security(("token" = [])),
    responses((status = 200, body = Case), (status = 404, body = super::ErrorBody)))]
pub async fn read(
    State(state): State<AppState>,
    ApiCaseWorker(actor, t): ApiCaseWorker,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    Ok(Json(load(&state, actor.unit_id, case_id(&id)?, &t).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ListEntryOut {
    #[schema(value_type = i64)]
    pub id: ListEntryId,
    pub code: String,
    pub label_sv: String,
    pub label_en: Option<String>,
    pub label_ar: Option<String>,
    pub retired: bool,
}

/// The unit's lists, so an integration can map its own values to ids or codes.
#[utoipa::path(get, path = "/api/v1/lists", security(("token" = [])),
    responses((status = 200, body = std::collections::BTreeMap<String, Vec<ListEntryOut>>)))]
pub async fn lists(
    State(state): State<AppState>,
    ApiCaseWorker(actor, _): ApiCaseWorker,
) -> ApiResult<Json<std::collections::BTreeMap<String, Vec<ListEntryOut>>>> {
    let lists = state.store.lists(actor.unit_id).await?;
    Ok(Json(
        ListKind::ALL
            .iter()
            .map(|k| {
                let entries = lists
                    .all(*k)
                    .iter()
                    .map(|e| ListEntryOut {
                        id: e.id,
                        code: e.code.clone(),
                        label_sv: e.label_sv.clone(),
                        label_en: e.label_en.clone(),
                        label_ar: e.label_ar.clone(),
                        retired: e.retired,
                    })
                    .collect();
                (k.as_str().to_owned(), entries)
            })
            .collect(),
    ))
}
