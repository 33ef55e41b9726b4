//! The work on a case: contacts, referrals and follow-ups. Each change and its audit row commit
//! together; a refused form re-renders the case page with the input and a message per field.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::{
    CaseStatus, FollowUpOutcome, Minutes, Note, ReferralStatus, check_established, check_sharing, parse_due_date,
    parse_past_date,
};
use lotsen_domain::ids::CaseId;
use lotsen_domain::lists::ListKind;
use lotsen_store::{NewContact, NewReferral};
use serde::Deserialize;
use serde_json::json;

use super::page_forms::{ContactForm, FollowUpDoneForm, FollowUpForm, ReferralForm, ReferralUpdateForm};
use super::show::{Forms, render};
use crate::audit_log::by;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::forms::pick;
use crate::id::Key;
use crate::state::AppState;

/// Path of a record on a case: `/cases/{id}/…/{sub}`; anything but positive numbers is not found.
#[derive(Debug, Deserialize)]
pub struct SubPath {
    id: String,
    sub: String,
}

impl SubPath {
    fn ids(&self) -> Result<(CaseId, i64), AppError> {
        match (CaseId::parse_key(&self.id), i64::parse_key(&self.sub)) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(AppError::NotFound),
        }
    }
}

fn again(
    state: &AppState,
    c: crate::pages::Chrome,
    actor: &Actor,
    id: CaseId,
    f: Forms,
) -> impl Future<Output = AppResult<Response>> {
    render(state, c, actor, id, f, None, StatusCode::UNPROCESSABLE_ENTITY)
}

fn done(id: CaseId, what: &str, anchor: &str) -> Response {
    Redirect::to(&format!("/cases/{id}?done={what}#{anchor}")).into_response()
}

pub async fn add_contact(
    State(state): State<AppState>,
    c: crate::pages::Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    crate::id::Id(id): crate::id::Id<CaseId>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
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
    let mode = e.check("contact-mode", pick(&lists, ListKind::ContactMode, &form.mode));
    let minutes = e.check("contact-minutes", Minutes::parse(&form.minutes));
    let note = e.check("contact-note", Note::parse(&form.note));
    let (Some(on), Some(mode), Some(minutes), Some(note)) = (on, mode, minutes, note) else {
        return again(&state, c, &actor, id, Forms { contact: form, contact_errors: e, ..Default::default() }).await;
    };
    if !e.is_empty() {
        return again(&state, c, &actor, id, Forms { contact: form, contact_errors: e, ..Default::default() }).await;
    }
    let tx = state.store.begin().await?;
    let ct = tx
        .add_contact(
            &case,
            NewContact {
                on,
                mode_id: mode,
                minutes: i32::from(minutes.get()),
                venue_id: None,
                note: note.as_str().to_owned(),
                author_id: actor.user_id,
            },
        )
        .await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::ContactCreate,
        "case",
        id,
        json!({ "contact": ct.id, "minutes": ct.minutes }),
    ))
    .await?;
    tx.commit().await?;
    Ok(done(id, "contact", "contacts"))
}

pub async fn add_referral(
    State(state): State<AppState>,
    c: crate::pages::Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    crate::id::Id(id): crate::id::Id<CaseId>,
    Form(form): Form<ReferralForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        e.add("referral-destination", "error-case-closed");
    }
    // A suggested service, or a destination from the list; not both. A service becomes (or is
    // found as) a destination in the transaction below: `Some(None)` until then.
    let service = form.service.trim();
    let destination = if service.is_empty() {
        e.check("referral-destination", pick(&lists, ListKind::ReferralDestination, &form.destination)).map(Some)
    } else {
        let snap = state.snapshot().await?;
        let known = snap
            .all
            .get("service", service)
            .filter(|s| lotsen_app::directory::cache::is_open(s) && !snap.flags.retired.contains(s.id()))
            .filter(|s| snap.flags.seen_by(actor.unit_id, s.id()));
        if known.is_none() {
            e.add("referral-service", "error-choose");
        }
        if !form.destination.trim().is_empty() {
            e.add("referral-destination", "error-referral-both");
        }
        Some(None)
    };
    let kind = e.check("referral-kind", pick(&lists, ListKind::ReferralKind, &form.kind));
    let on = e.check("referral-on", parse_past_date(&form.on, today));
    let follow_up_on = if form.follow_up.is_some() {
        e.check("referral-follow-up-on", parse_due_date(&form.follow_up_on, today))
    } else {
        None
    };
    let (Some(destination), Some(kind), Some(on)) = (destination, kind, on) else {
        return again(&state, c, &actor, id, Forms { referral: form, referral_errors: e, ..Default::default() }).await;
    };
    if !e.is_empty() {
        return again(&state, c, &actor, id, Forms { referral: form, referral_errors: e, ..Default::default() }).await;
    }
    let tx = state.store.begin().await?;
    let destination = match destination {
        Some(d) => d,
        None => tx.destination_for_service(actor.unit_id, service).await?,
    };
    let r = tx
        .add_referral(
            &case,
            NewReferral {
                destination_id: destination,
                kind_id: kind,
                on,
                consent: form.consent.is_some(),
                info_shared: false,
                status: ReferralStatus::Suggested,
                established_on: None,
            },
        )
        .await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::ReferralCreate,
        "case",
        id,
        json!({ "referral": r.id, "consent": r.consent, "service": r.service_id, "suggested": !service.is_empty() }),
    ))
    .await?;
    if let Some(due) = follow_up_on {
        let fu = tx.add_follow_up(&case, case.coordinator_id, due).await?;
        tx.audit(by(&actor, &ip, AuditAction::FollowUpCreate, "case", id, json!({ "follow_up": fu.id, "due": due })))
            .await?;
    }
    tx.commit().await?;
    Ok(done(id, "referral", "referrals"))
}

pub async fn update_referral(
    State(state): State<AppState>,
    c: crate::pages::Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(form): Form<ReferralUpdateForm>,
) -> AppResult<Response> {
    let (id, rid) = p.ids()?;
    let detail = state.store.case_detail(actor.unit_id, id).await?;
    let r = detail.referrals.iter().find(|r| r.id == rid).ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::default();
    let status = e.check("status", ReferralStatus::parse(&form.status));
    let consent = form.consent.is_some();
    let info_shared = form.info_shared.is_some();
    e.check("info_shared", check_sharing(consent, info_shared));
    let established_on = match form.established_on.trim() {
        "" => None,
        s => e.check("established_on", parse_past_date(s, state.clock.today())),
    };
    let established = status.and_then(|s| e.check("established_on", check_established(s, r.on, established_on)));
    let (Some(status), Some(established)) = (status, established) else {
        let f = Forms { referral_update: Some((rid, form, e)), ..Default::default() };
        return again(&state, c, &actor, id, f).await;
    };
    if !e.is_empty() {
        let f = Forms { referral_update: Some((rid, form, e)), ..Default::default() };
        return again(&state, c, &actor, id, f).await;
    }
    let tx = state.store.begin().await?;
    tx.update_referral(
        &detail.case,
        rid,
        NewReferral {
            destination_id: r.destination_id,
            kind_id: r.kind_id,
            on: r.on,
            consent,
            info_shared,
            status,
            established_on: established,
        },
    )
    .await?;
    // Consent taken back: what still waits at another unit is withdrawn and erased there.
    if !consent {
        for w in tx.withdraw_transfers(&detail.case, rid).await? {
            let detail = json!({ "referral": rid, "to_unit": w.to_unit_id });
            tx.audit(by(&actor, &ip, AuditAction::ReferralWithdraw, "case", id, detail.clone())).await?;
            let theirs =
                by(&actor, &ip, AuditAction::ReferralWithdraw, "inquiry", w.inquiry_id.unwrap_or_default(), detail);
            tx.audit(lotsen_store::NewAudit { unit_id: Some(w.to_unit_id), ..theirs }).await?;
        }
    }
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::ReferralUpdate,
        "case",
        id,
        json!({ "referral": rid, "status": status.as_str(), "previous_status": r.status.as_str(), "consent": consent, "info_shared": info_shared }),
    ))
    .await?;
    tx.commit().await?;
    Ok(done(id, "referral-updated", &format!("referral-{rid}")))
}

pub async fn add_follow_up(
    State(state): State<AppState>,
    c: crate::pages::Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    crate::id::Id(id): crate::id::Id<CaseId>,
    Form(form): Form<FollowUpForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let mut e = FieldErrors::default();
    let Some(due) = e.check("follow-up-due-on", parse_due_date(&form.due_on, state.clock.today())) else {
        return again(&state, c, &actor, id, Forms { follow_up: form, follow_up_errors: e, ..Default::default() })
            .await;
    };
    let tx = state.store.begin().await?;
    let fu = tx.add_follow_up(&case, case.coordinator_id, due).await?;
    tx.audit(by(&actor, &ip, AuditAction::FollowUpCreate, "case", id, json!({ "follow_up": fu.id, "due": due })))
        .await?;
    tx.commit().await?;
    Ok(done(id, "follow-up", "follow-ups"))
}

pub async fn complete_follow_up(
    State(state): State<AppState>,
    c: crate::pages::Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(form): Form<FollowUpDoneForm>,
) -> AppResult<Response> {
    let (id, fid) = p.ids()?;
    let detail = state.store.case_detail(actor.unit_id, id).await?;
    let fu = detail.follow_ups.iter().find(|f| f.id == fid).ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::default();
    if fu.done_on.is_some() {
        e.add("outcome", "error-follow-up-done");
    }
    let outcome = e.check("outcome", FollowUpOutcome::parse(&form.outcome));
    let Some(outcome) = outcome.filter(|_| e.is_empty()) else {
        return again(&state, c, &actor, id, Forms { follow_up_done: Some((fid, e)), ..Default::default() }).await;
    };
    let tx = state.store.begin().await?;
    tx.complete_follow_up(&detail.case, fid, outcome, state.clock.today()).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::FollowUpComplete,
        "case",
        id,
        json!({ "follow_up": fid, "outcome": outcome.as_str() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(done(id, "follow-up-done", "follow-ups"))
}
