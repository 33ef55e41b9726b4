//! Quick registration ("snabbregistrering"): a case with its first contact and, if given, a
//! referral and a follow-up, saved with their audit rows in one transaction. The page and the JSON
//! API both register through [`register`].
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::inquiry::Status;
use lotsen_domain::privacy::Identity;
use lotsen_store::{CaseRecord, InquiryRecord, NewCase, NewContact, NewReferral, Scoped, Store, StoreError};
use serde_json::json;

use crate::Caller;
use crate::privacy::{seal, seal_intake_note};
use lotsen_domain::transfer::TransferState;

/// A checked registration: every list value chosen from the caller's unit's lists.
#[derive(Debug, Clone)]
pub struct Registration {
    pub case: NewCase,
    pub contact: Option<NewContact>,
    pub referral: Option<NewReferral>,
    pub follow_up_on: Option<NaiveDate>,
}

/// Where a registration was made; the audit rows say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The quick registration page.
    Page,
    /// The JSON API.
    Api,
}

/// A registration made from a contact-form request: the resident's details move to the case,
/// sealed for it, and the request is handled in the same step.
pub struct FromRequest<'a> {
    pub request: &'a InquiryRecord,
    /// Kept for the case when it says how to reach the resident (a referral from another unit
    /// may come without).
    pub identity: Identity,
    /// The intake note a referral from another unit carried, and the day the resident agreed to
    /// it: the case starts with it, so the resident does not tell their story again.
    pub note: Option<(String, chrono::NaiveDate)>,
    /// The key identified details are sealed with.
    pub key: &'a [u8; 32],
}

#[derive(Debug)]
pub enum Registered {
    Created(Box<Scoped<CaseRecord>>),
    /// Someone else handled the request meanwhile: nothing was saved.
    RequestAlreadyHandled,
}

#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    /// The earlier case named is not one of the caller's unit.
    #[error("the previous case is not one of this unit's")]
    PreviousCaseNotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seal(#[from] anyhow::Error),
}

/// Registers a case in the caller's unit. Nothing is saved unless all of it is.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, via = ?via))]
pub async fn register(
    store: &Store,
    who: &Caller,
    mut r: Registration,
    via: Via,
    from: Option<FromRequest<'_>>,
) -> Result<Registered, RegisterError> {
    r.case.unit_id = who.unit_id;
    if let Some(prev) = r.case.previous_case_id
        && store.case(who.unit_id, prev).await.is_err()
    {
        return Err(RegisterError::PreviousCaseNotFound);
    }
    let api = via == Via::Api;
    let tx = store.begin().await?;
    let case = tx.create_case(r.case).await?;
    let detail = if api { json!({ "api": true }) } else { json!({ "quick": true, "returning": case.returning }) };
    tx.audit(who.audit(AuditAction::CaseCreate, "case", case.id, detail)).await?;
    if let Some(contact) = r.contact {
        let ct = tx.add_contact(&case, contact).await?;
        let detail = if api {
            json!({ "contact": ct.id, "minutes": ct.minutes, "api": true })
        } else {
            json!({ "contact": ct.id, "minutes": ct.minutes })
        };
        tx.audit(who.audit(AuditAction::ContactCreate, "case", case.id, detail)).await?;
    }
    if let Some(referral) = r.referral {
        let rf = tx.add_referral(&case, referral).await?;
        tx.audit(who.audit(AuditAction::ReferralCreate, "case", case.id, json!({ "referral": rf.id }))).await?;
    }
    if let Some(due) = r.follow_up_on {
        let fu = tx.add_follow_up(&case, who.user_id, due).await?;
        tx.audit(who.audit(AuditAction::FollowUpCreate, "case", case.id, json!({ "follow_up": fu.id, "due": due })))
            .await?;
    }
    if let Some(f) = from {
        let i = &f.identity;
        if !(i.name.is_empty() && i.phone.is_empty() && i.email.is_empty()) {
            tx.set_identity(&case, seal(f.key, case.id, &f.identity)?).await?;
        }
        if let Some((note, agreed_on)) = &f.note {
            tx.set_intake_note(&case, seal_intake_note(f.key, case.id, note)?, *agreed_on, who.user_id).await?;
        }
        if !tx.handle_inquiry(who.unit_id, f.request.id, Status::Case, Some(case.id), who.user_id).await? {
            // Dropped without commit: nothing of this case is kept.
            return Ok(Registered::RequestAlreadyHandled);
        }
        tx.audit(who.audit(AuditAction::InquiryCase, "inquiry", f.request.id, json!({ "case": case.id }))).await?;
        // A referral from another unit: accepted, on both sides of the log.
        if let Some(t) = tx.answer_transfer(who.unit_id, f.request.id, TransferState::Accepted, None).await? {
            let detail = json!({ "case": case.id, "from_unit": t.from_unit_id, "note": f.note.is_some() });
            tx.audit(who.audit(AuditAction::ReferralAccept, "inquiry", f.request.id, detail)).await?;
            tx.audit(crate::transfer::answered(who, &t)).await?;
        }
    }
    tx.commit().await?;
    tracing::info!(case = %case.id, "case registered");
    Ok(Registered::Created(Box::new(case)))
}
