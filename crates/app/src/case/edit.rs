//! Changing what was registered about a case, and who is responsible for it.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{CaseId, UnitId, UserId};
use lotsen_store::{CaseRecord, NewCase, Scoped, Store, StoreError, UserRecord};
use serde_json::json;

use super::register::Via;
use crate::Caller;

/// A checked edit of a case: every list value chosen from the caller's unit's lists.
#[derive(Debug, Clone)]
pub struct CaseEdit {
    pub case: NewCase,
}

/// Whether `u` may be made responsible for a case (or an activity): someone who works cases, and
/// not disabled unless they are already the one responsible (`current`).
pub fn may_be_responsible(u: &UserRecord, current: Option<UserId>) -> bool {
    u.role.works_cases() && (!u.disabled || current == Some(u.id))
}

/// Whether `previous` may be named as the earlier case of case `case_id` (`None` for a new case):
/// another case of the unit's.
pub async fn previous_case_ok(
    store: &Store,
    unit_id: UnitId,
    case_id: Option<CaseId>,
    previous: CaseId,
) -> Result<bool, StoreError> {
    if case_id == Some(previous) {
        return Ok(false);
    }
    match store.case(unit_id, previous).await {
        Ok(_) => Ok(true),
        Err(StoreError::NotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Saves the edit of `case` (read for the caller's unit) with its audit row.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id, via = ?via))]
pub async fn edit(
    store: &Store,
    who: &Caller,
    case: &Scoped<CaseRecord>,
    mut edit: CaseEdit,
    via: Via,
) -> Result<(), StoreError> {
    if case.unit_id() != who.unit_id {
        return Err(StoreError::NotFound);
    }
    let id = case.id;
    edit.case.unit_id = who.unit_id;
    let detail = if via == Via::Api { json!({ "api": true }) } else { json!({}) };
    let tx = store.begin().await?;
    tx.update_case(case, edit.case).await?;
    tx.audit(who.audit(AuditAction::CaseUpdate, "case", id, detail)).await?;
    tx.commit().await
}
