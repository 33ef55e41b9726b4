//! Correcting what was registered on a case: a contact edited or removed, a follow-up moved to
//! another day, handed to a colleague or cancelled with a reason. Each change commits with its
//! audit row, which keeps the record as it was; a refused form comes back with a message per field.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::{CaseStatus, FollowUpCancel, Minutes, Note, parse_due_date, parse_past_date};
use lotsen_domain::ids::{CaseId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_store::{CaseRecord, ContactRecord, FollowUpRecord, NewContact, Scoped, UserRecord};
use serde::Deserialize;
use serde_json::json;

use super::page_forms::ContactForm;
use crate::audit_log::by;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt, code_options, options, pick_keep};
use crate::id::Key;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name;

/// `/cases/{id}/contacts/{sub}` and `/cases/{id}/follow-ups/{sub}`: anything but positive numbers
/// is not found.
#[derive(Debug, Deserialize)]
pub struct SubPath {
    id: String,
    sub: String,
}

impl SubPath {
    pub(super) fn ids(&self) -> Result<(CaseId, i64), AppError> {
        match (CaseId::parse_key(&self.id), i64::parse_key(&self.sub)) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(AppError::NotFound),
        }
    }
}

/// The case, of the caller's unit; its record `sub` is looked up within it.
async fn case_of(state: &AppState, actor: &Actor, p: &SubPath) -> AppResult<(Scoped<CaseRecord>, i64)> {
    let (id, sub) = p.ids()?;
    Ok((state.store.case(actor.unit_id, id).await?, sub))
}

#[derive(Template, WebTemplate)]
#[template(path = "case/contact.html")]
pub struct ContactPage {
    c: Chrome,
    case_id: CaseId,
    contact_id: i64,
    author: String,
    f: ContactForm,
    modes: Vec<Opt>,
    errors: FieldErrors,
    remove_errors: FieldErrors,
    /// Corrections are refused on a closed case (it is reopened first).
    closed: bool,
}

fn contact_form(ct: &ContactRecord) -> ContactForm {
    ContactForm {
        on: ct.on.to_string(),
        mode: ct.mode_id.to_string(),
        minutes: ct.minutes.to_string(),
        note: ct.note.clone(),
    }
}

async fn contact_page(
    state: &AppState,
    c: Chrome,
    case: &CaseRecord,
    ct: &ContactRecord,
    f: ContactForm,
    errors: FieldErrors,
    remove_errors: FieldErrors,
) -> AppResult<ContactPage> {
    let lists = state.store.lists(case.unit_id).await?;
    let users = state.store.users(Some(case.unit_id)).await?;
    let modes = options(&lists, ListKind::ContactMode, c.locale(), &f.mode);
    Ok(ContactPage {
        c,
        case_id: case.id,
        contact_id: ct.id,
        author: user_name(&users, ct.author_id),
        f,
        modes,
        errors,
        remove_errors,
        closed: case.status == CaseStatus::Closed,
    })
}

async fn find_contact(state: &AppState, case: &Scoped<CaseRecord>, sub: i64) -> AppResult<ContactRecord> {
    let d = state.store.case_detail(case.unit_id(), case.id).await?;
    d.contacts.into_iter().find(|c| c.id == sub).ok_or(AppError::NotFound)
}

/// `GET /cases/{id}/contacts/{sub}`: the contact's correction form.
pub async fn contact(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Path(p): Path<SubPath>,
) -> AppResult<ContactPage> {
    let (case, sub) = case_of(&state, &actor, &p).await?;
    let ct = find_contact(&state, &case, sub).await?;
    contact_page(&state, c, &case, &ct, contact_form(&ct), FieldErrors::default(), FieldErrors::default()).await
}

fn audit_contact(ct: &ContactRecord) -> serde_json::Value {
    json!({ "contact": ct.id, "on": ct.on, "mode": ct.mode_id, "minutes": ct.minutes, "note": ct.note })
}

/// `POST /cases/{id}/contacts/{sub}`: saves the correction.
pub async fn update_contact(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let (case, sub) = case_of(&state, &actor, &p).await?;
    let ct = find_contact(&state, &case, sub).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let mut e = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        e.add("contact-on", "error-case-closed");
    }
    let on = e.check("contact-on", parse_past_date(&form.on, state.clock.today()));
    if let Some(d) = on
        && d < case.first_contact_on
    {
        e.add("contact-on", "error-before-first-contact");
    }
    let mode = e.check("contact-mode", pick_keep(&lists, ListKind::ContactMode, &form.mode, Some(ct.mode_id)));
    let minutes = e.check("contact-minutes", Minutes::parse(&form.minutes));
    let note = e.check("contact-note", Note::parse(&form.note));
    let (Some(on), Some(mode), Some(minutes), Some(note), true) = (on, mode, minutes, note, e.is_empty()) else {
        let page = contact_page(&state, c, &case, &ct, form, e, FieldErrors::default()).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let tx = state.store.begin().await?;
    let new = NewContact {
        on,
        mode_id: mode,
        minutes: i32::from(minutes.get()),
        venue_id: ct.venue_id,
        note: note.as_str().to_owned(),
        author_id: ct.author_id,
    };
    let before = tx.update_contact(&case, sub, new.clone()).await?;
    let after = json!({ "on": new.on, "mode": new.mode_id, "minutes": new.minutes, "note": new.note });
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::ContactUpdate,
        "case",
        case.id,
        json!({ "before": audit_contact(&before), "after": after }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{}?done=contact-saved#contacts", case.id)).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RemoveForm {
    /// The box that says the contact was registered by mistake.
    pub confirm: Option<String>,
}

/// `POST /cases/{id}/contacts/{sub}/remove`: removes a contact registered by mistake. A case
/// keeps at least one contact.
pub async fn remove_contact(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(form): Form<RemoveForm>,
) -> AppResult<Response> {
    let (case, sub) = case_of(&state, &actor, &p).await?;
    let ct = find_contact(&state, &case, sub).await?;
    let tx = state.store.begin().await?;
    let mut e = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        e.add("confirm", "error-case-closed");
    } else if form.confirm.is_none() {
        e.add("confirm", "error-confirm-remove");
    } else if tx.contact_count(&case).await? <= 1 {
        e.add("confirm", "error-last-contact");
    }
    if !e.is_empty() {
        drop(tx);
        let page = contact_page(&state, c, &case, &ct, contact_form(&ct), FieldErrors::default(), e).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let before = tx.remove_contact(&case, sub).await?;
    tx.audit(by(&actor, &ip, AuditAction::ContactRemove, "case", case.id, json!({ "before": audit_contact(&before) })))
        .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{}?done=contact-removed#contacts", case.id)).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "case/follow_up.html")]
pub struct FollowUpPage {
    c: Chrome,
    case_id: CaseId,
    fu: FollowUpRecord,
    assignee: String,
    mv: MoveForm,
    move_errors: FieldErrors,
    staff: Vec<Opt>,
    reasons: Vec<Opt>,
    cancel_errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    pub due_on: String,
    pub assigned_to: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    pub reason: String,
}

/// Who a follow-up can be handed to: the unit's active staff who work cases.
fn may_follow_up(u: &UserRecord) -> bool {
    !u.disabled && u.role.works_cases()
}

struct FollowUpInput {
    mv: MoveForm,
    move_errors: FieldErrors,
    reason: String,
    cancel_errors: FieldErrors,
}

async fn follow_up_page(
    state: &AppState,
    c: Chrome,
    case: &Scoped<CaseRecord>,
    fu: FollowUpRecord,
    i: FollowUpInput,
) -> AppResult<FollowUpPage> {
    let users = state.store.users(Some(case.unit_id())).await?;
    let staff = users
        .iter()
        .filter(|u| may_follow_up(u) || u.id == fu.assigned_to)
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.display_name.clone(),
            selected: u.id.to_string() == i.mv.assigned_to,
        })
        .collect();
    let codes: Vec<&'static str> = FollowUpCancel::ALL.iter().map(|r| r.as_str()).collect();
    let reasons = code_options(&c.t, "follow-up-cancel", &codes, &i.reason);
    Ok(FollowUpPage {
        assignee: user_name(&users, fu.assigned_to),
        c,
        case_id: case.id,
        fu,
        mv: i.mv,
        move_errors: i.move_errors,
        staff,
        reasons,
        cancel_errors: i.cancel_errors,
    })
}

async fn find_follow_up(state: &AppState, case: &Scoped<CaseRecord>, sub: i64) -> AppResult<FollowUpRecord> {
    let d = state.store.case_detail(case.unit_id(), case.id).await?;
    d.follow_ups.into_iter().find(|f| f.id == sub).ok_or(AppError::NotFound)
}

/// `GET /cases/{id}/follow-ups/{sub}`: move, hand over or cancel a follow-up still to be made.
pub async fn follow_up(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Path(p): Path<SubPath>,
) -> AppResult<FollowUpPage> {
    let (case, sub) = case_of(&state, &actor, &p).await?;
    let fu = find_follow_up(&state, &case, sub).await?;
    let m = MoveForm { due_on: fu.due_on.to_string(), assigned_to: fu.assigned_to.to_string() };
    let i = FollowUpInput {
        mv: m,
        move_errors: FieldErrors::default(),
        reason: String::new(),
        cancel_errors: FieldErrors::default(),
    };
    follow_up_page(&state, c, &case, fu, i).await
}

/// `POST /cases/{id}/follow-ups/{sub}/move`: another day, another colleague, or both.
pub async fn move_follow_up(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let (case, sub) = case_of(&state, &actor, &p).await?;
    let fu = find_follow_up(&state, &case, sub).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let mut e = FieldErrors::default();
    if fu.done_on.is_some() {
        e.add("due_on", "error-follow-up-done");
    }
    let due = e.check("due_on", parse_due_date(&form.due_on, state.clock.today()));
    let to = e.check(
        "assigned_to",
        form.assigned_to
            .trim()
            .parse::<UserId>()
            .ok()
            .filter(|id| users.iter().any(|u| u.id == *id && (may_follow_up(u) || u.id == fu.assigned_to)))
            .ok_or(lotsen_domain::Invalid::new("error-choose")),
    );
    let (Some(due), Some(to), true) = (due, to, e.is_empty()) else {
        let i =
            FollowUpInput { mv: form, move_errors: e, reason: String::new(), cancel_errors: FieldErrors::default() };
        let page = follow_up_page(&state, c, &case, fu, i).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let tx = state.store.begin().await?;
    let before = tx.move_follow_up(&case, sub, to, due).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::FollowUpMove,
        "case",
        case.id,
        json!({
            "follow_up": sub,
            "before": { "due_on": before.due_on, "assigned_to": before.assigned_to },
            "after": { "due_on": due, "assigned_to": to },
        }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{}?done=follow-up-moved#follow-up-{sub}", case.id)).into_response())
}

/// `POST /cases/{id}/follow-ups/{sub}/cancel`: it will not be made, for a reason.
pub async fn cancel_follow_up(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(form): Form<CancelForm>,
) -> AppResult<Response> {
    let (case, sub) = case_of(&state, &actor, &p).await?;
    let fu = find_follow_up(&state, &case, sub).await?;
    let mut e = FieldErrors::default();
    if fu.done_on.is_some() {
        e.add("reason", "error-follow-up-done");
    }
    let reason = e.check("reason", FollowUpCancel::parse(&form.reason));
    let (Some(reason), true) = (reason, e.is_empty()) else {
        let m = MoveForm { due_on: fu.due_on.to_string(), assigned_to: fu.assigned_to.to_string() };
        let i = FollowUpInput { mv: m, move_errors: FieldErrors::default(), reason: form.reason, cancel_errors: e };
        let page = follow_up_page(&state, c, &case, fu, i).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let tx = state.store.begin().await?;
    let before = tx.cancel_follow_up(&case, sub, reason, state.clock.today()).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::FollowUpCancel,
        "case",
        case.id,
        json!({ "follow_up": sub, "reason": reason.as_str(), "due_on": before.due_on, "assigned_to": before.assigned_to }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{}?done=follow-up-cancelled#follow-up-{sub}", case.id)).into_response())
}
