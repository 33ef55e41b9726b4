//! Referrals between the units of one installation. The sending unit records the resident's
//! consent and sends the referral on; what it carries (the contact details and the intake note,
//! as far as the consent reaches) is sealed into a request in the receiving unit's intake list.
//! The receiver accepts it by making a case of it (see `case::register`) or returns it with a
//! reason; a heads-up without consent carries nothing and is only read. Both sides are audited:
//! the receiver's answer is also written to the sender's unit's log, against the sender's case.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::inquiry::{Kind, Partner, Referred, Request, Status};
use lotsen_domain::locale::Locale;
use lotsen_domain::privacy::Identity;
use lotsen_domain::transfer::{ReturnReason, Send, TransferKind, TransferState};
use lotsen_store::{CaseRecord, NewAudit, NewTransfer, Scoped, SendRefused, Store, StoreError, TransferRecord};
use rand::RngCore;
use serde_json::json;

use crate::privacy::{open, open_intake_note, seal_inquiry};
use crate::{Caller, Error};

/// The row the sending unit's log gets when the receiving unit answers: who answered (the
/// receiver's user, named as in their unit's log) and how, against the sender's case.
pub fn answered(who: &Caller, t: &TransferRecord) -> NewAudit {
    let detail = json!({
        "referral": t.referral_id,
        "state": t.state.as_str(),
        "reason": t.return_reason.map(ReturnReason::as_str),
        "by_unit": who.unit_id,
    });
    NewAudit { unit_id: Some(t.from_unit_id), ..who.audit(AuditAction::ReferralAnswer, "case", t.case_id, detail) }
}

/// Who sends, as the receiver reads it.
pub struct Sender<'a> {
    pub unit_name: &'a str,
    pub user_name: &'a str,
}

/// Sends referral `referral_id` of `case` on as `s` says. The contact details are opened from the
/// case only when the consent covers them, the intake note likewise; the caller checked that they
/// may open the contact details. Nothing is saved when the store refuses.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn send(
    store: &Store,
    key: &[u8; 32],
    who: &Caller,
    case: &Scoped<CaseRecord>,
    referral_id: i64,
    s: Send,
    from: Sender<'_>,
) -> Result<Result<TransferRecord, SendRefused>, Error> {
    let mut reference = [0_u8; 16];
    rand::rng().fill_bytes(&mut reference);
    let reference: String = reference.iter().map(|b| format!("{b:02x}")).collect();
    let sealed = match s.consent {
        Some(consent) if s.kind == TransferKind::Referral => {
            let identity = match store.identity(case.id).await? {
                Some(sealed) if consent.contact => {
                    let i = open(key, case.id, &sealed)?;
                    // How to reach them, not why this unit kept it or what they wrote to it.
                    Identity { reason: String::new(), message: String::new(), ..i }
                }
                _ => Identity::default(),
            };
            let note = match store.intake_note(case).await? {
                Some(n) if consent.note => open_intake_note(key, case.id, &n.sealed)?,
                _ => String::new(),
            };
            let request = Request {
                identity,
                partner: Some(Partner { name: from.user_name.to_owned(), org: from.unit_name.to_owned() }),
                referred: Some(Referred {
                    from_unit: from.unit_name.to_owned(),
                    consent_on: consent.on,
                    contact: consent.contact,
                    note,
                }),
            };
            Some(seal_inquiry(key, &reference, &request)?)
        }
        _ => None,
    };
    let tx = store.begin().await?;
    let n = NewTransfer {
        referral_id,
        to_unit_id: s.to_unit,
        kind: s.kind,
        consent: s.consent,
        sent_by: who.user_id,
        reference,
        // The resident's language is not known here; the row shows the default.
        locale: Locale::default(),
        sealed,
    };
    let t = match tx.send_transfer(case, n).await? {
        Ok(t) => t,
        Err(refused) => return Ok(Err(refused)),
    };
    let (action, detail) = match t.consent {
        Some(c) => (
            AuditAction::ReferralSend,
            json!({ "referral": referral_id, "to_unit": t.to_unit_id, "consent_on": c.on, "contact": c.contact, "note": c.note }),
        ),
        None => (AuditAction::ReferralHeadsUp, json!({ "referral": referral_id, "to_unit": t.to_unit_id })),
    };
    tx.audit(who.audit(action, "case", case.id, detail)).await?;
    tx.commit().await?;
    Ok(Ok(t))
}

/// How the receiving unit answers without making a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// A referral sent back, its details erased.
    Return(ReturnReason),
    /// A heads-up read.
    Noted,
}

/// The receiving unit answers its request `inquiry_id` from another unit. `false` when it was
/// answered meanwhile; not found when it is no such request of the caller's unit.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, inquiry = %inquiry_id))]
pub async fn answer(store: &Store, who: &Caller, inquiry_id: i64, a: Answer) -> Result<bool, Error> {
    let r = store.inquiry(who.unit_id, inquiry_id).await?;
    let (kind, state, reason, action) = match a {
        Answer::Return(reason) => (Kind::Request, TransferState::Returned, Some(reason), AuditAction::ReferralReturn),
        Answer::Noted => (Kind::Notice, TransferState::Noted, None, AuditAction::InquiryClose),
    };
    if r.kind != kind {
        return Err(StoreError::NotFound.into());
    }
    let tx = store.begin().await?;
    if !tx.handle_inquiry(who.unit_id, inquiry_id, Status::Closed, None, who.user_id).await? {
        return Ok(false);
    }
    let Some(t) = tx.answer_transfer(who.unit_id, inquiry_id, state, reason).await? else {
        // Only requests another unit sent can be returned or noted.
        return Err(StoreError::NotFound.into());
    };
    let detail = json!({ "from_unit": t.from_unit_id, "reason": reason.map(ReturnReason::as_str) });
    tx.audit(who.audit(action, "inquiry", inquiry_id, detail)).await?;
    tx.audit(answered(who, &t)).await?;
    tx.commit().await?;
    Ok(true)
}
