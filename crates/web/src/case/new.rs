//! Quick registration ("snabbregistrering"): one phone-sized form creates a case with its first
//! contact, and if given a referral and a follow-up, in one submit.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::case::Residency;
use lotsen_domain::inquiry::{Kind, Request, Status};
use lotsen_domain::lists::ListKind;
use lotsen_domain::privacy::Identity;
use lotsen_store::{InquiryRecord, Lists, NewContact, VenueRecord};
use serde::Deserialize;

use lotsen_app::case::register::{FromRequest, RegisterError, Registered, Registration, Via, register};

use crate::audit_log::caller;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::forms::case::CaseForm;
use crate::forms::{Opt, code_options, multi_options, options};
use crate::i18n::Tr;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::request::Details;
use lotsen_app::privacy::open_inquiry;
use lotsen_domain::dropin::parse_date;

/// The choices the case form offers, with the submitted values selected.
pub struct FormView {
    pub channels: Vec<Opt>,
    pub age_groups: Vec<Opt>,
    pub categories: Vec<Opt>,
    pub secondary: Vec<Opt>,
    pub modes: Vec<Opt>,
    pub residency: Vec<Opt>,
    pub destinations: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub kind_hints: Vec<(String, String)>,
    pub returning_reasons: Vec<Opt>,
}

pub const RESIDENCY: [&str; 3] = ["yes", "no", "not_applicable"];

/// The codes of `ReturningReason`, in their order.
fn returning_codes() -> Vec<&'static str> {
    lotsen_domain::case::ReturningReason::ALL.iter().map(|r| r.as_str()).collect()
}

impl FormView {
    pub fn new(lists: &Lists, t: &Tr, f: &CaseForm) -> Self {
        let l = t.locale;
        Self {
            channels: options(lists, ListKind::Channel, l, &f.channel),
            age_groups: options(lists, ListKind::AgeGroup, l, &f.age_group),
            categories: options(lists, ListKind::Category, l, &f.category),
            secondary: multi_options(lists, ListKind::Category, l, &f.secondary),
            modes: options(lists, ListKind::ContactMode, l, &f.mode),
            residency: code_options(t, "residency", &RESIDENCY, &f.residency),
            destinations: options(lists, ListKind::ReferralDestination, l, &f.ref_destination),
            kinds: options(lists, ListKind::ReferralKind, l, &f.ref_kind),
            kind_hints: crate::forms::hints(lists, ListKind::ReferralKind, l),
            returning_reasons: code_options(t, "returning-reason", &returning_codes(), &f.returning_reason),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "case/new.html")]
pub struct NewCasePage {
    c: Chrome,
    f: CaseForm,
    v: FormView,
    venues: Vec<Opt>,
    errors: FieldErrors,
    /// The contact-form request the case is made from, opened (and the view logged).
    from: Option<Details>,
    records: RecordsChoice,
}

/// How the unit keeps its record, as far as the form asks about it.
pub struct RecordsChoice {
    /// New cases are documented: the resident is recorded after registering.
    documents: bool,
    /// A walk-in who only gets advice may stay anonymous ("Endast råd, anonym").
    walk_ins: bool,
}

impl RecordsChoice {
    async fn of(state: &AppState, unit: lotsen_domain::ids::UnitId) -> AppResult<Self> {
        let d = state.store.unit(unit).await?.records;
        let documents = d.mode == lotsen_domain::records::Mode::Documented;
        Ok(Self { documents, walk_ins: documents && d.anonymous_walk_ins })
    }

    /// Whether a case registered with `advice_only` ticked is documented.
    fn documented(&self, advice_only: bool) -> bool {
        self.documents && !(self.walk_ins && advice_only)
    }
}

fn venue_options(venues: &[VenueRecord], current: &str) -> Vec<Opt> {
    venues
        .iter()
        .map(|v| Opt { value: v.id.to_string(), label: v.name.clone(), selected: v.id.to_string() == current })
        .collect()
}

/// `?dropin={series}&on={date}`: registering someone met at that drop-in session.
#[derive(Debug, Default, Deserialize)]
pub struct Prefill {
    #[serde(default)]
    dropin: Option<String>,
    #[serde(default)]
    on: Option<String>,
    #[serde(default)]
    inquiry: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Query(p): Query<Prefill>,
) -> AppResult<Response> {
    // A request's details open on a POST only (`from_request`), so a link cannot make anyone
    // open them; an old link leads to the request's page.
    if let Some(raw) = p.inquiry.as_deref().filter(|r| !r.trim().is_empty()) {
        let id = raw.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
        let r = state.store.inquiry(actor.unit_id, id).await?;
        if r.kind != Kind::Request {
            return Err(AppError::NotFound);
        }
        return Ok(Redirect::to(&format!("/intake/{id}")).into_response());
    }
    new_case_page(&state, c, &actor, &ip, p, None).await
}

/// `POST /intake/{id}/case`: quick registration filled in from a contact-form request, whose
/// details are opened (and the view logged) by this choice.
pub async fn from_request(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    crate::id::Id(id): crate::id::Id,
) -> AppResult<Response> {
    new_case_page(&state, c, &actor, &ip, Prefill::default(), Some(id)).await
}

async fn new_case_page(
    state: &AppState,
    c: Chrome,
    actor: &crate::auth::Actor,
    ip: &ClientIp,
    p: Prefill,
    inquiry: Option<i64>,
) -> AppResult<Response> {
    let lists = state.store.lists(actor.unit_id).await?;
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    let today = state.clock.today();
    let mut f = CaseForm {
        residency: Residency::Yes.as_str().to_owned(),
        first_contact_on: today.to_string(),
        follow_up: Some("1".into()),
        follow_up_on: (today + chrono::Days::new(14)).to_string(),
        ..Default::default()
    };
    let met_at = match (p.dropin.and_then(|s| s.parse::<i64>().ok()), p.on.and_then(|on| parse_date(&on).ok())) {
        (Some(series), Some(on)) if series > 0 => {
            lotsen_app::dropin::venue_of(&state.store, actor.unit_id, series, on).await?
        }
        _ => None,
    };
    if let Some((venue, day)) = met_at {
        f.venue = venue.to_string();
        if day <= today {
            f.first_contact_on = day.to_string();
        }
        if let Some(ch) = lists.by_code(ListKind::Channel, "drop_in").filter(|e| !e.retired) {
            f.channel = ch.id.to_string();
        }
    }
    let mut from = None;
    if let Some(id) = inquiry {
        let Some(d) = Details::open(state, &caller(actor, ip), c.locale(), id).await? else {
            return Ok(Redirect::to("/intake?done=already").into_response());
        };
        prefill_from(&mut f, &lists, &d, today);
        from = Some(d);
    }
    let v = FormView::new(&lists, &c.t, &f);
    let venues = venue_options(&venues, &f.venue);
    let records = RecordsChoice::of(state, actor.unit_id).await?;
    Ok(NewCasePage { c, f, v, venues, errors: FieldErrors::default(), from, records }.into_response())
}

/// A case made from a contact-form request: its channel, date and what the form said about it;
/// a call-back planned for the next day.
fn prefill_from(f: &mut CaseForm, lists: &Lists, d: &Details, today: chrono::NaiveDate) {
    f.inquiry = d.record.id.to_string();
    // Referred by another unit of the installation: a city official brought them.
    let channel = if d.request.referred.is_some() { "city_official" } else { "contact_form" };
    if let Some(ch) = lists.by_code(ListKind::Channel, channel).filter(|e| !e.retired) {
        f.channel = ch.id.to_string();
    }
    f.first_contact_on = d.received_on.min(today).to_string();
    if let Some(c) = d.record.category_id {
        f.category = c.to_string();
    }
    if let Some(a) = d.record.age_group_id {
        f.age_group = a.to_string();
    }
    if let Some(p) = &d.request.partner {
        f.referring_org.clone_from(&p.org);
    }
    f.minutes = "5".into();
    f.follow_up = Some("1".into());
    f.follow_up_on = (today + chrono::Days::new(1)).to_string();
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<CaseForm>,
) -> AppResult<Response> {
    // A case made from a contact-form request: the request must still be open.
    let inquiry = match f.inquiry.trim() {
        "" => None,
        raw => {
            let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
            let r = state.store.inquiry(actor.unit_id, id).await?;
            if r.kind != Kind::Request {
                return Err(AppError::NotFound);
            }
            if r.status != Status::Open {
                return Ok(Redirect::to("/intake?done=already").into_response());
            }
            Some(r)
        }
    };
    let lists = state.store.lists(actor.unit_id).await?;
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    let venue = match f.venue.trim() {
        "" => Ok(None),
        raw => raw.parse::<i64>().ok().filter(|id| venues.iter().any(|v| v.id == *id)).map(Some).ok_or(()),
    };
    let checked = f.check_registration(&lists, state.clock.today(), actor.unit_id, actor.user_id);
    let records = RecordsChoice::of(&state, actor.unit_id).await?;
    let checked = match (checked, venue) {
        (Ok(mut ch), Ok(venue)) => {
            ch.case.documented = records.documented(f.advice_only.is_some());
            Registration { contact: ch.contact.map(|ct| NewContact { venue_id: venue, ..ct }), ..ch }
        }
        (checked, venue) => {
            let mut errors = checked.err().unwrap_or_default();
            if venue.is_err() {
                errors.add("venue", "error-dropin-venue");
            }
            let v = FormView::new(&lists, &c.t, &f);
            let venues = venue_options(&venues, &f.venue);
            let from = reopen(&state, &actor, &ip, &c, inquiry.as_ref()).await?;
            let records = RecordsChoice::of(&state, actor.unit_id).await?;
            let page = NewCasePage { c, f, v, venues, errors, from, records };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    // A case made from a contact-form request takes the resident's details with it.
    let from = match &inquiry {
        Some(r) => {
            let sealed = r.sealed.as_ref().ok_or(AppError::NotFound)?;
            let request: Request = open_inquiry(&state.keys.fields, &r.reference, sealed)?;
            // Who sent it for the resident, if someone did, goes with the details.
            let reason = match &request.partner {
                Some(p) if !p.name.is_empty() => format!("{} ({}, {})", c.t.get("inquiry-case-reason"), p.name, p.org),
                Some(p) => format!("{} ({})", c.t.get("inquiry-case-reason"), p.org),
                None => c.t.get("inquiry-case-reason"),
            };
            let identity = Identity { reason, ..request.identity };
            // A referral from another unit brings the intake note the resident agreed to share.
            let note = request.referred.filter(|x| !x.note.is_empty()).map(|x| (x.note, x.consent_on));
            Some(FromRequest { request: r, identity, note, key: &state.keys.fields })
        }
        None => None,
    };
    match register(&state.store, &caller(&actor, &ip), checked, Via::Page, from).await {
        // A documented case goes on to its resident; an anonymous one to its page.
        Ok(Registered::Created(case)) if case.documented => {
            Ok(Redirect::to(&format!("/cases/{}/person?done=created", case.id)).into_response())
        }
        Ok(Registered::Created(case)) => Ok(Redirect::to(&format!("/cases/{}?done=created", case.id)).into_response()),
        Ok(Registered::RequestAlreadyHandled) => Ok(Redirect::to("/intake?done=already").into_response()),
        Err(RegisterError::PreviousCaseNotFound) => {
            let mut errors = FieldErrors::default();
            errors.add("previous_case", "error-case-number");
            let v = FormView::new(&lists, &c.t, &f);
            let venues = venue_options(&venues, &f.venue);
            let from = reopen(&state, &actor, &ip, &c, inquiry.as_ref()).await?;
            let records = RecordsChoice::of(&state, actor.unit_id).await?;
            let page = NewCasePage { c, f, v, venues, errors, from, records };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(RegisterError::Store(e)) => Err(e.into()),
        Err(RegisterError::Seal(e)) => Err(e.into()),
    }
}

/// The request again when the form comes back with errors (the view is logged again).
async fn reopen(
    state: &AppState,
    actor: &crate::auth::Actor,
    ip: &ClientIp,
    c: &Chrome,
    r: Option<&InquiryRecord>,
) -> AppResult<Option<Details>> {
    match r {
        Some(r) => Details::open(state, &caller(actor, ip), c.locale(), r.id).await,
        None => Ok(None),
    }
}
