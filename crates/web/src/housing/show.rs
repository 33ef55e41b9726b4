//! One enrolment: who it is (the opening audited), the home (landlord, address, tenancy start and
//! status), and the logs of landlord contacts and practical support.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_app::housing::{self, HousingError};
use lotsen_domain::case::parse_past_date;
use lotsen_domain::lists::ListKind;
use lotsen_domain::records::housing::{
    Landlord, LandlordTopic, SupportKind, Tenancy, TenancyStatus, parse_address, parse_tenancy_start,
};
use lotsen_store::{EnrolmentRecord, HousingEvent, Scoped};
use serde::Deserialize;

use super::{enrolment_for, failed};
use crate::audit_log::caller;
use crate::auth::{Actor as Staff, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::family::organizations;
use crate::forms::{FieldErrors, Opt, code_options};
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct HomeForm {
    pub home_landlord: String,
    pub home_address: String,
    pub home_start: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub tenancy_status: String,
    pub tenancy_since: String,
}

/// A landlord contact or practical support as submitted.
#[derive(Debug, Clone, Default)]
pub struct LogForm {
    pub topic: String,
    pub on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LandlordForm {
    pub ll_topic: String,
    pub ll_on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SupportForm {
    pub sup_kind: String,
    pub sup_on: String,
}

pub struct EventView {
    pub on: NaiveDate,
    pub what: String,
    pub landlord: bool,
    pub by: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "housing/show.html")]
pub struct EnrolmentPage {
    c: Chrome,
    id: i64,
    name: String,
    responsible: String,
    enrolled_on: NaiveDate,
    landlord: Option<String>,
    address: Option<String>,
    status: Option<&'static str>,
    since: Option<NaiveDate>,
    tenancy_start: Option<NaiveDate>,
    /// Whole months the tenancy has run, while it is held.
    months: Option<u32>,
    events: Vec<EventView>,
    landlords: Vec<Opt>,
    statuses: Vec<Opt>,
    topics: Vec<Opt>,
    kinds: Vec<Opt>,
    home: HomeForm,
    home_errors: FieldErrors,
    status_form: StatusForm,
    status_errors: FieldErrors,
    landlord_log: LogForm,
    landlord_errors: FieldErrors,
    support_log: LogForm,
    support_errors: FieldErrors,
    notice: Option<&'static str>,
}

#[derive(Default)]
struct Submitted {
    home: Option<HomeForm>,
    home_errors: FieldErrors,
    status: Option<StatusForm>,
    status_errors: FieldErrors,
    landlord: Option<LogForm>,
    landlord_errors: FieldErrors,
    support: Option<LogForm>,
    support_errors: FieldErrors,
    notice: Option<&'static str>,
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    ip: &ClientIp,
    e: &Scoped<EnrolmentRecord>,
    s: Submitted,
) -> AppResult<EnrolmentPage> {
    let today = state.clock.today();
    let opened = housing::open(&state.store, &caller(actor, ip), &state.keys.fields, e).await.map_err(failed)?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let orgs = organizations(state).await?;
    let t = &c.t;
    let user_name = |id| users.iter().find(|u| u.id == id).map_or_else(String::new, |u| u.display_name.clone());
    let landlord_label = |l: &Landlord| match l {
        Landlord::Listed(id) => crate::forms::label(&lists, *id, c.locale()),
        Landlord::Organization(id) => orgs
            .iter()
            .find(|(o, _)| o == id)
            .map_or_else(|| t.arg("family-actor-org-gone", "id", id), |(_, n)| n.clone()),
    };
    let events = state
        .store
        .housing_events(e)
        .await?
        .into_iter()
        .map(|ev| EventView {
            on: ev.held_on,
            what: match ev.event {
                HousingEvent::Landlord(tp) => t.of("housing-topic", tp.as_str()),
                HousingEvent::Support(k) => t.of("housing-support", k.as_str()),
            },
            landlord: matches!(ev.event, HousingEvent::Landlord(_)),
            by: user_name(ev.created_by),
        })
        .collect();
    let home = s.home.unwrap_or_else(|| HomeForm {
        home_landlord: e.landlord.as_ref().map(Landlord::code).unwrap_or_default(),
        home_address: opened.address.clone().unwrap_or_default(),
        home_start: e.tenancy.map_or_else(|| today.to_string(), |t| t.starts_on.to_string()),
    });
    let mut landlords: Vec<Opt> = lists
        .active(ListKind::Landlord)
        .map(|l| Opt {
            value: format!("list:{}", l.id),
            label: l.label(c.locale()).to_owned(),
            selected: home.home_landlord == format!("list:{}", l.id),
        })
        .collect();
    landlords.extend(orgs.iter().map(|(id, n)| Opt {
        value: format!("org:{id}"),
        label: n.clone(),
        selected: home.home_landlord == format!("org:{id}"),
    }));
    let status_form = s.status.unwrap_or_else(|| StatusForm {
        tenancy_status: e.tenancy.map(|t| t.status.as_str().to_owned()).unwrap_or_default(),
        tenancy_since: today.to_string(),
    });
    let fresh = || LogForm { on: today.to_string(), ..Default::default() };
    let landlord_log = s.landlord.unwrap_or_else(fresh);
    let support_log = s.support.unwrap_or_else(fresh);
    let statuses = code_options(
        t,
        "housing-status",
        &TenancyStatus::ALL.iter().map(|x| x.as_str()).collect::<Vec<_>>(),
        &status_form.tenancy_status,
    );
    let topics = code_options(
        t,
        "housing-topic",
        &LandlordTopic::ALL.iter().map(|x| x.as_str()).collect::<Vec<_>>(),
        &landlord_log.topic,
    );
    let kinds = code_options(
        t,
        "housing-support",
        &SupportKind::ALL.iter().map(|x| x.as_str()).collect::<Vec<_>>(),
        &support_log.topic,
    );
    let months = e.tenancy.and_then(|tn| {
        let held = Tenancy { starts_on: tn.starts_on, status: tn.status, since: tn.since };
        (tn.status != TenancyStatus::Terminated)
            .then(|| (0..=600).take_while(|m| held.reached(*m, today)).last().unwrap_or(0))
    });
    Ok(EnrolmentPage {
        id: e.id,
        name: opened.person.name.clone(),
        responsible: user_name(e.coordinator_id),
        enrolled_on: e.enrolled_on,
        landlord: e.landlord.as_ref().map(landlord_label),
        address: opened.address,
        status: e.tenancy.map(|t| t.status.as_str()),
        since: e.tenancy.map(|t| t.since),
        tenancy_start: e.tenancy.map(|t| t.starts_on),
        months,
        events,
        landlords,
        statuses,
        topics,
        kinds,
        home,
        home_errors: s.home_errors,
        status_form,
        status_errors: s.status_errors,
        landlord_log,
        landlord_errors: s.landlord_errors,
        support_log,
        support_errors: s.support_errors,
        notice: s.notice,
        c,
    })
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn id_of(raw: &str) -> AppResult<i64> {
    raw.parse::<i64>().ok().filter(|n| *n > 0).ok_or(AppError::NotFound)
}

/// `GET /housing/{id}`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> AppResult<Response> {
    let e = enrolment_for(&state, &actor, id_of(&id)?).await?;
    let notice = match q.done.as_deref() {
        Some("created") => Some("housing-created"),
        Some("home") => Some("housing-home-saved"),
        Some("status") => Some("housing-status-saved"),
        Some("logged") => Some("housing-logged"),
        _ => None,
    };
    Ok(page(&state, c, &actor, &ip, &e, Submitted { notice, ..Default::default() }).await?.into_response())
}

async fn refused(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    ip: &ClientIp,
    e: &Scoped<EnrolmentRecord>,
    s: Submitted,
) -> AppResult<Response> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(state, c, actor, ip, e, s).await?).into_response())
}

fn done(id: i64, what: &str) -> Response {
    Redirect::to(&format!("/housing/{id}?done={what}")).into_response()
}

/// `POST /housing/{id}/home`: the landlord, the address and the tenancy's start.
pub async fn set_home(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    Form(f): Form<HomeForm>,
) -> AppResult<Response> {
    let e = enrolment_for(&state, &actor, id_of(&id)?).await?;
    let today = state.clock.today();
    let lists = state.store.lists(actor.unit_id).await?;
    let orgs = organizations(&state).await?;
    let mut errors = FieldErrors::default();
    let landlord = errors.check("home_landlord", Landlord::parse(&f.home_landlord)).filter(|l| {
        let known = match l {
            Landlord::Listed(id) => lists.all(ListKind::Landlord).iter().any(|x| x.id == *id),
            Landlord::Organization(id) => orgs.iter().any(|(o, _)| o == id),
        };
        if !known {
            errors.add("home_landlord", "error-choose");
        }
        known
    });
    let address = errors.check("home_address", parse_address(&f.home_address));
    let start = errors.check("home_start", parse_tenancy_start(&f.home_start, today));
    if let (Some(l), Some(a), Some(s)) = (landlord, address, start)
        && errors.is_empty()
    {
        housing::set_home(&state.store, &caller(&actor, &ip), &state.keys.fields, &e, &l, &a, s)
            .await
            .map_err(failed)?;
        return Ok(done(e.id, "home"));
    }
    refused(&state, c, &actor, &ip, &e, Submitted { home: Some(f), home_errors: errors, ..Default::default() }).await
}

/// `POST /housing/{id}/status`: the tenancy's status from a day.
pub async fn set_status(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    Form(f): Form<StatusForm>,
) -> AppResult<Response> {
    let e = enrolment_for(&state, &actor, id_of(&id)?).await?;
    let mut errors = FieldErrors::default();
    let status = errors.check("tenancy_status", TenancyStatus::parse(&f.tenancy_status));
    let since = errors.check("tenancy_since", parse_past_date(&f.tenancy_since, state.clock.today()));
    if let (Some(st), Some(since)) = (status, since)
        && errors.is_empty()
    {
        match housing::set_status(&state.store, &caller(&actor, &ip), &e, st, since).await {
            Ok(()) => return Ok(done(e.id, "status")),
            Err(HousingError::NoHome) => errors.add("tenancy_status", "error-housing-no-home"),
            Err(HousingError::BeforeStart) => errors.add("tenancy_since", "error-housing-before-start"),
            Err(err) => return Err(failed(err)),
        }
    }
    refused(&state, c, &actor, &ip, &e, Submitted { status: Some(f), status_errors: errors, ..Default::default() })
        .await
}

async fn log(
    state: AppState,
    c: Chrome,
    actor: Staff,
    ip: ClientIp,
    id: String,
    f: LogForm,
    landlord: bool,
) -> AppResult<Response> {
    let e = enrolment_for(&state, &actor, id_of(&id)?).await?;
    let mut errors = FieldErrors::default();
    let (topic_field, on_field) = if landlord { ("ll_topic", "ll_on") } else { ("sup_kind", "sup_on") };
    let event = if landlord {
        errors.check(topic_field, LandlordTopic::parse(&f.topic)).map(HousingEvent::Landlord)
    } else {
        errors.check(topic_field, SupportKind::parse(&f.topic)).map(HousingEvent::Support)
    };
    let on = errors.check(on_field, parse_past_date(&f.on, state.clock.today()));
    if let (Some(ev), Some(on)) = (event, on)
        && errors.is_empty()
    {
        match housing::log(&state.store, &caller(&actor, &ip), &e, ev, on).await {
            Ok(()) => return Ok(done(e.id, "logged")),
            Err(HousingError::BeforeStart) => errors.add(on_field, "error-housing-before-enrolment"),
            Err(err) => return Err(failed(err)),
        }
    }
    let s = if landlord {
        Submitted { landlord: Some(f), landlord_errors: errors, ..Default::default() }
    } else {
        Submitted { support: Some(f), support_errors: errors, ..Default::default() }
    };
    refused(&state, c, &actor, &ip, &e, s).await
}

/// `POST /housing/{id}/landlord`: a contact with the landlord.
pub async fn landlord(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    Form(f): Form<LandlordForm>,
) -> AppResult<Response> {
    log(state, c, actor, ip, id, LogForm { topic: f.ll_topic, on: f.ll_on }, true).await
}

/// `POST /housing/{id}/support`: practical support given.
pub async fn support(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
    Form(f): Form<SupportForm>,
) -> AppResult<Response> {
    log(state, c, actor, ip, id, LogForm { topic: f.sup_kind, on: f.sup_on }, false).await
}
