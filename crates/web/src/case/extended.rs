//! Extended voluntary contact ("trygghetsbistånd") of a documented case: the agreement the
//! resident chose when the case closed (contact person, form, frequency, start), the check-ins
//! logged against it with how each period went, and its end when the resident wishes. Who may see
//! the resident may open it, and so may the contact person.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_app::extended::{ExtendedError, may_keep_contact};
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{CaseId, UserId};
use lotsen_domain::records::extended::{
    EndReason, Form as ContactForm, Frequency, Outcome, Per, parse_day_within, parse_start,
};
use lotsen_store::{CaseRecord, NewAgreement, NewCheckIn, Scoped};
use serde::Deserialize;

use super::access::contact_case as guard;
use super::extended_view::{AgreementView, view};
use crate::audit_log::caller;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt, code_options};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AgreementForm {
    pub ext_contact: String,
    pub ext_form: String,
    pub ext_every: String,
    pub ext_per: String,
    pub ext_starts_on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CheckInForm {
    pub ext_held_on: String,
    pub ext_outcome: String,
    pub ext_check_form: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EndForm {
    pub ext_ended_on: String,
    pub ext_end_reason: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/extended.html")]
pub struct ExtendedPage {
    c: Chrome,
    case_id: CaseId,
    /// Documented with its resident recorded: an agreement can be made.
    has_resident: bool,
    closed: bool,
    running: Option<AgreementView>,
    past: Vec<AgreementView>,
    contacts: Vec<Opt>,
    forms: Vec<Opt>,
    pers: Vec<Opt>,
    outcomes: Vec<Opt>,
    check_forms: Vec<Opt>,
    reasons: Vec<Opt>,
    f: AgreementForm,
    errors: FieldErrors,
    ci: CheckInForm,
    ci_errors: FieldErrors,
    end: EndForm,
    end_errors: FieldErrors,
    notice: Option<&'static str>,
}

/// What was submitted, kept for the page that shows its errors.
#[derive(Default)]
struct Submitted {
    f: Option<AgreementForm>,
    errors: FieldErrors,
    ci: Option<CheckInForm>,
    ci_errors: FieldErrors,
    end: Option<EndForm>,
    end_errors: FieldErrors,
    notice: Option<&'static str>,
}

fn codes<const N: usize, T: Copy>(all: [T; N], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.into_iter().map(code).collect()
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    case: &Scoped<CaseRecord>,
    s: Submitted,
) -> AppResult<ExtendedPage> {
    let today = state.clock.today();
    let users = state.store.users(Some(actor.unit_id)).await?;
    let agreements = state.store.case_agreements(case).await?;
    let ids: Vec<_> = agreements.iter().map(|a| a.id).collect();
    let check_ins = state.store.check_ins(actor.unit_id, &ids).await?;
    let running_record = agreements.iter().find(|a| a.running());
    let running = running_record.map(|a| view(&c.t, a, &check_ins, &users, today));
    let past = agreements.iter().filter(|a| !a.running()).map(|a| view(&c.t, a, &check_ins, &users, today)).collect();
    let f = s.f.unwrap_or_else(|| AgreementForm {
        ext_contact: actor.user_id.to_string(),
        ext_form: ContactForm::Call.as_str().into(),
        ext_every: "1".into(),
        ext_per: Per::Week.as_str().into(),
        ext_starts_on: case.closed_on.map_or(today, |d| d.max(today)).to_string(),
    });
    let ci = s.ci.unwrap_or_else(|| CheckInForm {
        ext_held_on: today.to_string(),
        ext_outcome: Outcome::Held.as_str().into(),
        ext_check_form: running_record.map_or("call", |a| a.form.as_str()).into(),
    });
    let end = s.end.unwrap_or_else(|| EndForm { ext_ended_on: today.to_string(), ext_end_reason: String::new() });
    let t = &c.t;
    let contacts = users
        .iter()
        .filter(|u| may_keep_contact(u, actor.unit_id))
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.display_name.clone(),
            selected: u.id.to_string() == f.ext_contact,
        })
        .collect();
    let forms = code_options(t, "extended-form", &codes(ContactForm::ALL, ContactForm::as_str), &f.ext_form);
    let pers = code_options(t, "extended-per", &codes(Per::ALL, Per::as_str), &f.ext_per);
    let outcomes = code_options(t, "extended-outcome", &codes(Outcome::ALL, Outcome::as_str), &ci.ext_outcome);
    let check_forms =
        code_options(t, "extended-form", &codes(ContactForm::ALL, ContactForm::as_str), &ci.ext_check_form);
    let reasons = code_options(t, "extended-end", &codes(EndReason::ALL, EndReason::as_str), &end.ext_end_reason);
    Ok(ExtendedPage {
        c,
        case_id: case.id,
        has_resident: case.documented && case.person_id.is_some(),
        closed: case.status == CaseStatus::Closed,
        running,
        past,
        contacts,
        forms,
        pers,
        outcomes,
        check_forms,
        reasons,
        f,
        errors: s.errors,
        ci,
        ci_errors: s.ci_errors,
        end,
        end_errors: s.end_errors,
        notice: s.notice,
    })
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /cases/{id}/extended`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id<CaseId>,
    Query(q): Query<Done>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let notice = match q.done.as_deref() {
        Some("closed") => Some("extended-offer"),
        Some("created") => Some("extended-created"),
        Some("checked") => Some("extended-checked"),
        Some("ended") => Some("extended-ended"),
        _ => None,
    };
    Ok(page(&state, c, &actor, &case, Submitted { notice, ..Default::default() }).await?.into_response())
}

async fn refused(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    case: &Scoped<CaseRecord>,
    s: Submitted,
) -> AppResult<Response> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(state, c, actor, case, s).await?).into_response())
}

impl Submitted {
    fn agreement(f: AgreementForm, errors: FieldErrors) -> Self {
        Self { f: Some(f), errors, ..Default::default() }
    }

    fn check_in(ci: CheckInForm, ci_errors: FieldErrors) -> Self {
        Self { ci: Some(ci), ci_errors, ..Default::default() }
    }

    fn end(end: EndForm, end_errors: FieldErrors) -> Self {
        Self { end: Some(end), end_errors, ..Default::default() }
    }
}

/// The message for a refusal the form can show; anything else is the server's failure.
fn refusal(e: ExtendedError) -> Result<&'static str, AppError> {
    match e {
        ExtendedError::Running => Ok("error-extended-running"),
        ExtendedError::Ended => Ok("error-extended-not-running"),
        ExtendedError::BeforeStart => Ok("error-extended-before-start"),
        ExtendedError::BeforeCheckIn => Ok("error-extended-before-check-in"),
        ExtendedError::Store(e) => Err(e.into()),
        e => Err(AppError::Internal(anyhow::anyhow!("{e}"))),
    }
}

/// `POST /cases/{id}/extended`: the agreement the resident chose.
pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<AgreementForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let today = state.clock.today();
    let users = state.store.users(Some(actor.unit_id)).await?;
    let mut e = FieldErrors::default();
    if !(case.documented && case.person_id.is_some()) {
        e.add("ext_contact", "error-extended-no-resident");
    }
    let contact = f
        .ext_contact
        .trim()
        .parse::<UserId>()
        .ok()
        .and_then(|id| users.iter().find(|u| u.id == id && may_keep_contact(u, actor.unit_id)));
    if contact.is_none() {
        e.add("ext_contact", "error-choose");
    }
    let form = e.check("ext_form", ContactForm::parse(&f.ext_form));
    let frequency = Frequency::parse(&f.ext_every, &f.ext_per).map_err(|list| e.add_prefixed("ext_", list)).ok();
    let earliest = case.closed_on.unwrap_or(case.first_contact_on);
    let starts_on = e.check("ext_starts_on", parse_start(&f.ext_starts_on, earliest, today));
    let (Some(contact), Some(form), Some(frequency), Some(starts_on), true) =
        (contact, form, frequency, starts_on, e.is_empty())
    else {
        return refused(&state, c, &actor, &case, Submitted::agreement(f, e)).await;
    };
    let n = NewAgreement { contact_id: contact.id, form, frequency, starts_on, created_by: actor.user_id };
    match lotsen_app::extended::create(&state.store, &caller(&actor, &ip), &case, contact, n).await {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}/extended?done=created")).into_response()),
        Err(err) => {
            e.add("ext_contact", refusal(err)?);
            refused(&state, c, &actor, &case, Submitted::agreement(f, e)).await
        }
    }
}

/// `POST /cases/{id}/extended/check-ins`: a check-in against the running agreement.
pub async fn check_in(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<CheckInForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let running = state.store.case_agreements(&case).await?.into_iter().find(|a| a.running());
    let Some(a) = running else {
        e.add("ext_held_on", "error-extended-not-running");
        return refused(&state, c, &actor, &case, Submitted::check_in(f, e)).await;
    };
    let on = e.check("ext_held_on", parse_day_within(&f.ext_held_on, a.starts_on, today));
    let outcome = e.check("ext_outcome", Outcome::parse(&f.ext_outcome));
    let form = e.check("ext_check_form", ContactForm::parse(&f.ext_check_form));
    let (Some(held_on), Some(outcome), Some(form)) = (on, outcome, form) else {
        return refused(&state, c, &actor, &case, Submitted::check_in(f, e)).await;
    };
    let n = NewCheckIn { held_on, outcome, form, created_by: actor.user_id };
    match lotsen_app::extended::check_in(&state.store, &caller(&actor, &ip), &case, n).await {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}/extended?done=checked#check-ins")).into_response()),
        Err(err) => {
            e.add("ext_held_on", refusal(err)?);
            refused(&state, c, &actor, &case, Submitted::check_in(f, e)).await
        }
    }
}

/// `POST /cases/{id}/extended/end`: the resident ends the agreement.
pub async fn end(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<EndForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let running = state.store.case_agreements(&case).await?.into_iter().find(|a| a.running());
    let Some(a) = running else {
        e.add("ext_ended_on", "error-extended-not-running");
        return refused(&state, c, &actor, &case, Submitted::end(f, e)).await;
    };
    // An agreement that has not begun yet may be called off today.
    let on = e.check("ext_ended_on", parse_day_within(&f.ext_ended_on, a.starts_on.min(today), today));
    let reason = e.check("ext_end_reason", EndReason::parse(&f.ext_end_reason));
    let (Some(on), Some(reason)) = (on, reason) else {
        return refused(&state, c, &actor, &case, Submitted::end(f, e)).await;
    };
    match lotsen_app::extended::end(&state.store, &caller(&actor, &ip), &case, on, reason).await {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{id}/extended?done=ended")).into_response()),
        Err(err) => {
            e.add("ext_ended_on", refusal(err)?);
            refused(&state, c, &actor, &case, Submitted::end(f, e)).await
        }
    }
}
