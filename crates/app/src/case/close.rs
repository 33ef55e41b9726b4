//! Closing a case with its outcome, and opening it again.
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::ListEntryId;
use lotsen_store::{CaseRecord, Scoped, Store, StoreError};
use serde_json::json;

use super::register::Via;
use crate::Caller;

/// A checked closing: the outcome from the unit's list, a day not before the first contact.
#[derive(Debug, Clone)]
pub struct Closing {
    pub outcome_id: ListEntryId,
    pub on: NaiveDate,
    /// Erase the identified details now.
    pub forget_identity: bool,
    /// A follow-up for the responsible coordinator after closing.
    pub follow_up_on: Option<NaiveDate>,
}

/// Closes `case` (read for the caller's unit) with its audit rows, all or nothing.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id, via = ?via))]
pub async fn close(
    store: &Store,
    who: &Caller,
    case: &Scoped<CaseRecord>,
    c: Closing,
    via: Via,
) -> Result<(), StoreError> {
    if case.unit_id() != who.unit_id {
        return Err(StoreError::NotFound);
    }
    let id = case.id;
    let tx = store.begin().await?;
    tx.close_case(case, c.on, c.outcome_id).await?;
    let forgot = c.forget_identity && tx.forget_identity(case).await?;
    let detail = if via == Via::Api {
        json!({ "outcome": c.outcome_id, "identity_erased": forgot, "api": true })
    } else {
        json!({ "outcome": c.outcome_id, "identity_erased": forgot })
    };
    tx.audit(who.audit(AuditAction::CaseClose, "case", id, detail)).await?;
    if let Some(due) = c.follow_up_on {
        let fu = tx.add_follow_up(case, case.coordinator_id, due).await?;
        tx.audit(who.audit(AuditAction::FollowUpCreate, "case", id, json!({ "follow_up": fu.id, "due": due }))).await?;
    }
    tx.commit().await
}

/// Opens a closed `case` (read for the caller's unit) again; an open one is left as it is.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn reopen(store: &Store, who: &Caller, case: &Scoped<CaseRecord>) -> Result<(), StoreError> {
    if case.unit_id() != who.unit_id {
        return Err(StoreError::NotFound);
    }
    if case.status != CaseStatus::Closed {
        return Ok(());
    }
    let tx = store.begin().await?;
    tx.reopen_case(case).await?;
    let detail = json!({ "closed_on": case.closed_on, "outcome": case.closing_outcome_id });
    tx.audit(who.audit(AuditAction::CaseReopen, "case", case.id, detail)).await?;
    tx.commit().await
}
