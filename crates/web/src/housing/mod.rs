//! Housing First ("Bostad först"), in a unit that runs it: the enrolled persons a staff member is
//! responsible for (a manager sees all), each by number on the list, with their tenancy's status;
//! and enrolling a person of the documented record.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_app::family::may_coordinate;
use lotsen_app::housing::{self, HousingError, may_open};
use lotsen_domain::ids::UserId;
use lotsen_domain::records::person::{Person, PersonInput};
use lotsen_store::{EnrolmentRecord, Scoped};
use serde::Deserialize;

use crate::audit_log::caller;
use crate::auth::{Actor as Staff, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt};
use crate::pages::Chrome;
use crate::state::AppState;

pub mod show;

/// Housing First pages exist only in a unit that runs it.
pub(crate) fn programme(actor: &Staff) -> AppResult<()> {
    if actor.programmes.housing_first { Ok(()) } else { Err(AppError::NotFound) }
}

/// Enrolment `id` of the actor's unit for someone who may see who it is about; forbidden to other
/// staff of the unit, not found in another unit.
pub(crate) async fn enrolment_for(state: &AppState, actor: &Staff, id: i64) -> AppResult<Scoped<EnrolmentRecord>> {
    programme(actor)?;
    let e = state.store.enrolment(actor.unit_id, id).await?;
    if may_open(actor.role, actor.user_id, &e) { Ok(e) } else { Err(AppError::Forbidden) }
}

pub(crate) fn failed(e: HousingError) -> AppError {
    match e {
        HousingError::Store(e) => e.into(),
        HousingError::Seal(e) => AppError::Internal(e),
        e => AppError::Internal(anyhow::anyhow!("{e}")),
    }
}

pub struct Row {
    pub id: i64,
    pub responsible: String,
    pub enrolled_on: NaiveDate,
    pub status: Option<&'static str>,
    pub tenancy_start: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EnrolForm {
    pub hf_name: String,
    pub hf_number: String,
    pub hf_reserve: Option<String>,
    pub hf_coordinator: String,
    pub hf_enrolled_on: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "housing/list.html")]
pub struct ListPage {
    c: Chrome,
    rows: Vec<Row>,
    others: usize,
    coordinators: Vec<Opt>,
    f: EnrolForm,
    errors: FieldErrors,
}

async fn page(state: &AppState, c: Chrome, actor: &Staff, f: EnrolForm, errors: FieldErrors) -> AppResult<ListPage> {
    programme(actor)?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let all = state.store.enrolments(actor.unit_id).await?;
    let name = |id: UserId| users.iter().find(|u| u.id == id).map_or_else(String::new, |u| u.display_name.clone());
    let (mine, others): (Vec<_>, Vec<_>) = all.iter().partition(|e| may_open(actor.role, actor.user_id, e));
    let rows = mine
        .iter()
        .map(|e| Row {
            id: e.id,
            responsible: name(e.coordinator_id),
            enrolled_on: e.enrolled_on,
            status: e.tenancy.map(|t| t.status.as_str()),
            tenancy_start: e.tenancy.map(|t| t.starts_on),
        })
        .collect();
    let coordinators = users
        .iter()
        .filter(|u| may_coordinate(u, actor.unit_id))
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.display_name.clone(),
            selected: u.id.to_string() == f.hf_coordinator,
        })
        .collect();
    Ok(ListPage { c, rows, others: others.len(), coordinators, f, errors })
}

/// `GET /housing`
pub async fn list(State(state): State<AppState>, c: Chrome, CaseWorker(actor): CaseWorker) -> AppResult<ListPage> {
    let f = EnrolForm {
        hf_coordinator: actor.user_id.to_string(),
        hf_enrolled_on: state.clock.today().to_string(),
        ..Default::default()
    };
    page(&state, c, &actor, f, FieldErrors::default()).await
}

/// `POST /housing`: a person enrolled.
pub async fn enrol(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<EnrolForm>,
) -> AppResult<Response> {
    programme(&actor)?;
    let today = state.clock.today();
    let users = state.store.users(Some(actor.unit_id)).await?;
    let mut e = FieldErrors::default();
    let input =
        PersonInput { name: &f.hf_name, number: &f.hf_number, reserve: f.hf_reserve.is_some(), ..Default::default() };
    let person = Person::parse(&input, today)
        .map_err(|list| {
            for (field, err) in list {
                e.add(if field == "person_number" { "hf_number" } else { "hf_name" }, err.message_id);
            }
        })
        .ok();
    let coordinator = f
        .hf_coordinator
        .trim()
        .parse::<UserId>()
        .ok()
        .and_then(|id| users.iter().find(|u| u.id == id && may_coordinate(u, actor.unit_id)));
    if coordinator.is_none() {
        e.add("hf_coordinator", "error-choose");
    }
    let on = e.check("hf_enrolled_on", lotsen_domain::case::parse_past_date(&f.hf_enrolled_on, today));
    if let (Some((p, number)), Some(coordinator), Some(on)) = (person, coordinator, on)
        && e.is_empty()
    {
        let key = &state.keys.fields;
        match housing::enrol(&state.store, &caller(&actor, &ip), key, &p, &number, coordinator, on).await {
            Ok(en) => return Ok(Redirect::to(&format!("/housing/{}?done=created", en.id)).into_response()),
            Err(HousingError::Enrolled) => e.add("hf_number", "error-housing-enrolled"),
            Err(HousingError::BadCoordinator) => e.add("hf_coordinator", "error-choose"),
            Err(err) => return Err(failed(err)),
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(&state, c, &actor, f, e).await?).into_response())
}
