//! Changing cases over JSON: create (with the first contact), update and close. The same checks
//! as the pages, through the same form type.
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::case::{CaseStatus, parse_past_date};
use lotsen_domain::ids::{CaseId, ListEntryId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_store::Lists;
use serde::Deserialize;
use utoipa::ToSchema;

use lotsen_app::case::close::{Closing as CaseClosing, close as close_case};
use lotsen_app::case::edit::{edit, may_be_responsible, previous_case_ok};
use lotsen_app::case::register::{RegisterError, Registered, Via, register};

use super::cases::{Case, case_id, load};
use super::{ApiCaseWorker, ApiError, ApiJson, ApiResult, ListRef};
use crate::audit_log::caller;
use crate::client::ClientIp;
use crate::forms::FieldErrors;
use crate::forms::case::CaseForm;
use crate::forms::pick;
use crate::state::AppState;

/// A new case and its first contact. List values by id or code.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct NewCase {
    pub channel: Option<ListRef>,
    pub age_group: Option<ListRef>,
    pub category: Option<ListRef>,
    #[serde(default)]
    pub secondary_categories: Vec<ListRef>,
    /// Minutes of the first contact, 1–960.
    pub minutes: Option<u32>,
    /// Contact mode of the first contact; left out, it follows the channel.
    pub mode: Option<ListRef>,
    /// `yes`, `no` or `not_applicable`.
    pub residency: Option<String>,
    #[serde(default)]
    pub returning: bool,
    /// Why the resident came back: `not_satisfied`, `something_else` or `new_problem`; given, it
    /// marks the case returning.
    pub returning_reason: Option<String>,
    #[schema(value_type = Option<i64>)]
    pub previous_case_id: Option<CaseId>,
    /// YYYY-MM-DD; today when left out.
    pub first_contact_on: Option<String>,
    pub referring_org: Option<String>,
}

impl NewCase {
    fn form(&self, lists: &Lists) -> CaseForm {
        let r = |v: &Option<ListRef>, k| v.as_ref().map(|v| v.resolve(lists, k)).unwrap_or_default();
        CaseForm {
            channel: r(&self.channel, ListKind::Channel),
            age_group: r(&self.age_group, ListKind::AgeGroup),
            category: r(&self.category, ListKind::Category),
            secondary: self.secondary_categories.iter().map(|s| s.resolve(lists, ListKind::Category)).collect(),
            minutes: self.minutes.map(|m| m.to_string()).unwrap_or_default(),
            mode: r(&self.mode, ListKind::ContactMode),
            residency: self.residency.clone().unwrap_or_default(),
            returning: self.returning.then(|| "1".into()),
            returning_reason: self.returning_reason.clone().unwrap_or_default(),
            previous_case: self.previous_case_id.map(|p| p.to_string()).unwrap_or_default(),
            first_contact_on: self.first_contact_on.clone().unwrap_or_default(),
            referring_org: self.referring_org.clone().unwrap_or_default(),
            ..Default::default()
        }
    }
}

#[utoipa::path(post, path = "/api/v1/cases", request_body = NewCase, security(("token" = [])),
    responses((status = 201, body = Case), (status = 400, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaseWorker(actor, t): ApiCaseWorker,
    ip: ClientIp,
    ApiJson(body): ApiJson<NewCase>,
) -> ApiResult<Response> {
    let lists = state.store.lists(actor.unit_id).await?;
    let mut checked = body
        .form(&lists)
        .check_registration(&lists, state.clock.today(), actor.unit_id, actor.user_id)
        .map_err(|e| ApiError::Invalid(e, t))?;
    // In a documenting unit a case registered through the API is documented; its resident is
    // recorded on the case's page.
    checked.case.documented =
        state.store.unit(actor.unit_id).await?.records.mode == lotsen_domain::records::Mode::Documented;
    // The API registers the case and its first contact; referrals and follow-ups have their own calls.
    checked.referral = None;
    checked.follow_up_on = None;
    let case = match register(&state.store, &caller(&actor, &ip), checked, Via::Api, None).await {
        Ok(Registered::Created(case)) => case,
        Ok(Registered::RequestAlreadyHandled) => return Err(ApiError::NotFound),
        Err(RegisterError::PreviousCaseNotFound) => {
            let mut e = FieldErrors::default();
            e.add("previous_case_id", "error-case-number");
            return Err(ApiError::Invalid(e, t));
        }
        Err(RegisterError::Store(e)) => return Err(e.into()),
        Err(RegisterError::Seal(e)) => return Err(e.into()),
    };
    let body = load(&state, actor.unit_id, case.id, &t).await?;
    Ok((StatusCode::CREATED, [(axum::http::header::LOCATION, format!("/api/v1/cases/{}", case.id))], Json(body))
        .into_response())
}

/// Changes to what was registered; fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct CaseChanges {
    pub channel: Option<ListRef>,
    pub age_group: Option<ListRef>,
    pub category: Option<ListRef>,
    pub secondary_categories: Option<Vec<ListRef>>,
    pub residency: Option<String>,
    pub returning: Option<bool>,
    /// `not_satisfied`, `something_else` or `new_problem`; an empty string removes it.
    pub returning_reason: Option<String>,
    #[schema(value_type = Option<i64>)]
    pub previous_case_id: Option<CaseId>,
    pub first_contact_on: Option<String>,
    pub referring_org: Option<String>,
    /// The responsible coordinator's user id.
    #[schema(value_type = Option<i64>)]
    pub coordinator_id: Option<UserId>,
}

#[utoipa::path(patch, path = "/api/v1/cases/{id}", params(("id" = i64, Path)), request_body = CaseChanges, security(("token" = [])),
    responses((status = 200, body = Case), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ApiCaseWorker(actor, t): ApiCaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CaseChanges>,
) -> ApiResult<Json<Case>> {
    let id = case_id(&id)?;
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let r = |v: &Option<ListRef>, k, current: ListEntryId| {
        v.as_ref().map(|v| v.resolve(&lists, k)).unwrap_or_else(|| current.to_string())
    };
    let form = CaseForm {
        channel: r(&body.channel, ListKind::Channel, case.channel_id),
        age_group: r(&body.age_group, ListKind::AgeGroup, case.age_group_id),
        category: r(&body.category, ListKind::Category, case.main_category_id),
        secondary: match &body.secondary_categories {
            Some(list) => list.iter().map(|s| s.resolve(&lists, ListKind::Category)).collect(),
            None => case.secondary.iter().map(ListEntryId::to_string).collect(),
        },
        residency: body.residency.clone().unwrap_or_else(|| case.residency.as_str().to_owned()),
        returning: body.returning.unwrap_or(case.returning).then(|| "1".into()),
        returning_reason: body
            .returning_reason
            .clone()
            .unwrap_or_else(|| case.returning_reason.map(|r| r.as_str().to_owned()).unwrap_or_default()),
        previous_case: body.previous_case_id.or(case.previous_case_id).map(|p| p.to_string()).unwrap_or_default(),
        first_contact_on: body.first_contact_on.clone().unwrap_or_else(|| case.first_contact_on.to_string()),
        referring_org: body.referring_org.clone().or_else(|| case.referring_org.clone()).unwrap_or_default(),
        ..Default::default()
    };
    let users = state.store.users(Some(actor.unit_id)).await?;
    let coordinator = body.coordinator_id.unwrap_or(case.coordinator_id);
    let mut errors = FieldErrors::default();
    if !users.iter().any(|u| u.id == coordinator && may_be_responsible(u, Some(case.coordinator_id))) {
        errors.add("coordinator_id", "error-choose");
    }
    let checked = match form.check_edit(&lists, state.clock.today(), actor.unit_id, coordinator, &case) {
        Ok(c) if errors.is_empty() => c,
        Ok(_) => return Err(ApiError::Invalid(errors, t)),
        Err(mut e) => {
            for (f, m) in errors.iter() {
                e.add_owned(f.to_owned(), m);
            }
            return Err(ApiError::Invalid(e, t));
        }
    };
    if let Some(prev) = checked.case.previous_case_id
        && !previous_case_ok(&state.store, actor.unit_id, Some(id), prev).await?
    {
        let mut e = FieldErrors::default();
        e.add("previous_case_id", "error-case-number");
        return Err(ApiError::Invalid(e, t));
    }
    edit(&state.store, &caller(&actor, &ip), &case, checked, Via::Api).await?;
    Ok(Json(load(&state, actor.unit_id, id, &t).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct Closing {
    /// A closing outcome by id or code, e.g. `advice_only`.
    pub outcome: Option<ListRef>,
    /// YYYY-MM-DD; today when left out.
    pub closed_on: Option<String>,
    /// Erase the identified details now.
    #[serde(default)]
    pub forget_identity: bool,
}

#[utoipa::path(post, path = "/api/v1/cases/{id}/close", params(("id" = i64, Path)), request_body = Closing, security(("token" = [])),
    responses((status = 200, body = Case), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    ApiCaseWorker(actor, t): ApiCaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Closing>,
) -> ApiResult<Json<Case>> {
    let id = case_id(&id)?;
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let mut e = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        e.add("outcome", "error-case-already-closed");
    }
    let raw = body.outcome.as_ref().map(|o| o.resolve(&lists, ListKind::ClosingOutcome)).unwrap_or_default();
    let outcome = e.check("outcome", pick(&lists, ListKind::ClosingOutcome, &raw));
    let on = match body.closed_on.as_deref() {
        None => Some(state.clock.today()),
        Some(d) => e.check("closed_on", parse_past_date(d, state.clock.today())),
    };
    if let Some(d) = on
        && d < case.first_contact_on
    {
        e.add("closed_on", "error-before-first-contact");
    }
    let (Some(outcome), Some(on)) = (outcome, on) else { return Err(ApiError::Invalid(e, t)) };
    if !e.is_empty() {
        return Err(ApiError::Invalid(e, t));
    }
    let closing = CaseClosing { outcome_id: outcome, on, forget_identity: body.forget_identity, follow_up_on: None };
    close_case(&state.store, &caller(&actor, &ip), &case, closing, Via::Api).await?;
    Ok(Json(load(&state, actor.unit_id, id, &t).await?))
}
