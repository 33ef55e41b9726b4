//! The referral letter, for a receiver outside Lotsen (the region's psychiatry, an NGO, another
//! authority): who refers, to whom and why, and, as far as the resident's consent reaches, how to
//! reach them and the intake note they agreed to, so they do not tell their story again. The
//! consent (its day and reach) is recorded on the referral from the letter's page; a letter showing
//! contact details is a view of identified data and audited.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::CaseId;
use lotsen_domain::privacy::Identity;
use lotsen_domain::transfer::{Consent, Sharable};
use serde::Deserialize;
use serde_json::json;

use super::access::may_see_identity;
use super::correct::SubPath;
use super::transfer::{case_referral, may_read_note, sharable};
use crate::audit_log::by;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, label};
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ConsentForm {
    pub consent_on: String,
    pub share_contact: Option<String>,
    pub share_note: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/letter.html")]
pub struct LetterPage {
    c: Chrome,
    case_id: CaseId,
    referral_id: i64,
    unit: String,
    unit_phone: String,
    unit_email: String,
    coordinator: String,
    destination: String,
    kind: String,
    on: String,
    consent: Option<Consent>,
    /// The resident's contact details, when the consent covers them and the reader may see them.
    identity: Option<Identity>,
    note: Option<String>,
    has: Sharable,
    f: ConsentForm,
    errors: FieldErrors,
}

async fn letter(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    ip: &ClientIp,
    p: &SubPath,
    f: Option<ConsentForm>,
    errors: FieldErrors,
) -> AppResult<LetterPage> {
    let (id, rid) = p.ids()?;
    let (case, r) = case_referral(state, actor, id, rid).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let unit = state.store.unit(actor.unit_id).await?;
    let public = state.store.unit_public(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let scope = r.consent_scope;
    let identity = match state.store.identity(case.id).await? {
        Some(sealed) if scope.is_some_and(|s| s.contact) && may_see_identity(actor, case.coordinator_id) => {
            let i = lotsen_app::privacy::open(&state.keys.fields, case.id, &sealed)?;
            let detail = json!({ "referral": rid, "contact": true });
            state.store.audit(by(actor, ip, AuditAction::ReferralLetter, "case", id, detail)).await?;
            Some(i)
        }
        _ => None,
    };
    let note = match state.store.intake_note(&case).await? {
        Some(n) if scope.is_some_and(|s| s.note) && may_read_note(state, actor, &case).await? => {
            Some(lotsen_app::privacy::open_intake_note(&state.keys.fields, case.id, &n.sealed)?)
        }
        _ => None,
    };
    let has = sharable(state, actor, &case).await?;
    let f = f.unwrap_or_else(|| ConsentForm {
        consent_on: scope.map_or_else(|| state.clock.today().to_string(), |s| s.on.to_string()),
        share_contact: scope.filter(|s| s.contact).map(|_| "1".into()),
        share_note: scope.filter(|s| s.note).map(|_| "1".into()),
    });
    Ok(LetterPage {
        case_id: id,
        referral_id: rid,
        unit: unit.name,
        unit_phone: public.phone.unwrap_or_default(),
        unit_email: public.email.unwrap_or_default(),
        coordinator: user_name(&users, case.coordinator_id),
        destination: label(&lists, r.destination_id, c.locale()),
        kind: label(&lists, r.kind_id, c.locale()),
        on: r.on.to_string(),
        consent: scope,
        identity,
        note,
        has,
        f,
        errors,
        c,
    })
}

/// `GET /cases/{id}/referrals/{sub}/letter`: the letter to print or hand over.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
) -> AppResult<LetterPage> {
    letter(&state, c, &actor, &ip, &p, None, FieldErrors::default()).await
}

/// `POST /cases/{id}/referrals/{sub}/consent`: records the resident's consent to the referral and
/// what may go with it; refused per field, nothing saved, when the day is wrong or the case lacks
/// what is to be shared.
pub async fn record_consent(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(f): Form<ConsentForm>,
) -> AppResult<Response> {
    let (id, rid) = p.ids()?;
    let (case, _) = case_referral(&state, &actor, id, rid).await?;
    // The consent is recorded by someone who may see what it covers, on an open case.
    if !may_see_identity(&actor, case.coordinator_id) {
        return Err(AppError::Forbidden);
    }
    let has = sharable(&state, &actor, &case).await?;
    let checked =
        Consent::parse(&f.consent_on, f.share_contact.is_some(), f.share_note.is_some(), has, state.clock.today());
    let closed = case.status == lotsen_domain::case::CaseStatus::Closed;
    let consent = match checked {
        Ok(c) if !closed => c,
        checked => {
            let mut errors = FieldErrors::default();
            if closed {
                errors.add("consent_on", "error-case-closed");
            }
            for (field, e) in checked.err().unwrap_or_default() {
                errors.add(field, e.message_id);
            }
            let page = letter(&state, c, &actor, &ip, &p, Some(f), errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    tx.record_referral_consent(&case, rid, consent).await?;
    let detail = json!({ "referral": rid, "on": consent.on, "contact": consent.contact, "note": consent.note });
    tx.audit(by(&actor, &ip, AuditAction::ReferralConsent, "case", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}/referrals/{rid}/letter")).into_response())
}
