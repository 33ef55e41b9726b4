//! Identified details for a call-back: only the responsible coordinator and the unit's managers
//! see them, every view is written to the audit log, and "forget" erases them. The details are
//! shown only in answer to a POST (the "Visa uppgifterna" button, with its CSRF token), so a link
//! from elsewhere cannot make someone open them and be logged as having looked.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::CaseId;
use lotsen_domain::privacy::Identity;
use serde::Deserialize;
use serde_json::json;

use super::access::identified_case as guard;
use crate::audit_log::by;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use lotsen_app::privacy::{open, seal};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct IdentityForm {
    #[serde(rename = "person_name")]
    pub name: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub contact_time: String,
    pub reason: String,
    /// Shown, never submitted: what the resident wrote on the contact form.
    #[serde(skip)]
    pub message: String,
}

impl From<Identity> for IdentityForm {
    fn from(i: Identity) -> Self {
        Self {
            name: i.name,
            phone: i.phone,
            email: i.email,
            language: i.language,
            contact_time: i.contact_time,
            reason: i.reason,
            message: i.message,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "case/identity.html")]
pub struct IdentityPage {
    c: Chrome,
    case_id: CaseId,
    exists: bool,
    /// The details are on the page (a view was chosen and logged, or a form is being corrected).
    shown: bool,
    f: IdentityForm,
    errors: FieldErrors,
    saved: bool,
}

#[derive(Debug, Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id<CaseId>,
    axum::extract::Query(q): axum::extract::Query<Saved>,
) -> AppResult<Response> {
    guard(&state, &actor, id).await?;
    // Only whether there are details; opening them is a choice of its own (`view`).
    let exists = state.store.identity(id).await?.is_some();
    let page = IdentityPage {
        c,
        case_id: id,
        exists,
        shown: !exists,
        f: IdentityForm::default(),
        errors: FieldErrors::default(),
        saved: q.saved.is_some(),
    };
    Ok(page.into_response())
}

/// `POST /cases/{id}/identity/view`: opens the details, after writing the view to the audit log.
pub async fn view(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    guard(&state, &actor, id).await?;
    let sealed = state.store.identity(id).await?;
    let f = match &sealed {
        Some(s) => {
            let identity = open(&state.keys.fields, id, s)?;
            // The view is recorded before the details leave the server.
            state.store.audit(by(&actor, &ip, AuditAction::IdentityView, "case", id, json!({}))).await?;
            IdentityForm::from(identity)
        }
        None => IdentityForm::default(),
    };
    let page = IdentityPage {
        c,
        case_id: id,
        exists: sealed.is_some(),
        shown: true,
        f,
        errors: FieldErrors::default(),
        saved: false,
    };
    Ok(page.into_response())
}

pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<IdentityForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let stored = state.store.identity(id).await?;
    let exists = stored.is_some();
    // The contact form's message is not on this form; it stays as the resident wrote it.
    let message = match &stored {
        Some(s) => open(&state.keys.fields, id, s)?.message,
        None => String::new(),
    };
    let identity = match Identity::parse(&f.name, &f.phone, &f.email, &f.language, &f.contact_time, &f.reason) {
        Ok(i) => Identity { message, ..i },
        Err(errs) => {
            let mut errors = FieldErrors::default();
            for (field, e) in errs {
                errors.add(field, e.message_id);
            }
            // The stored message is not shown again here: only a logged view shows it.
            let page = IdentityPage { c, case_id: id, exists, shown: true, f, errors, saved: false };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let sealed = seal(&state.keys.fields, id, &identity)?;
    let tx = state.store.begin().await?;
    tx.set_identity(&case, sealed).await?;
    // Which fields are kept, never their values.
    let kept: Vec<&str> = [
        ("name", &identity.name),
        ("phone", &identity.phone),
        ("email", &identity.email),
        ("language", &identity.language),
        ("contact_time", &identity.contact_time),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, _)| *k)
    .collect();
    let action = if exists { AuditAction::IdentityUpdate } else { AuditAction::IdentityCreate };
    tx.audit(by(&actor, &ip, action, "case", id, json!({ "fields": kept }))).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}/identity?saved=1")).into_response())
}

pub async fn forget(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let tx = state.store.begin().await?;
    if tx.forget_identity(&case).await? {
        tx.audit(by(&actor, &ip, AuditAction::IdentityForget, "case", id, json!({}))).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}?done=forgotten")).into_response())
}
