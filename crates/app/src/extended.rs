//! Extended voluntary contact ("trygghetsbistånd"): the resident of a documented case chooses a
//! contact person and how to keep in touch when the case closes; check-ins are logged against the
//! agreement until the resident ends it. Each step is audited.
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UserId;
use lotsen_domain::records::extended::{EndReason, Standing, standing};
use lotsen_domain::role::Role;
use lotsen_store::{
    AgreementRecord, CaseRecord, CheckInRecord, NewAgreement, NewCheckIn, Scoped, Store, StoreError, UserRecord,
};
use serde_json::json;

use crate::Caller;

#[derive(Debug, thiserror::Error)]
pub enum ExtendedError {
    /// Only a documented case with its resident recorded can have an agreement.
    #[error("the case has no recorded resident")]
    NoResident,
    /// The contact person is not an active coordinator or manager of the unit.
    #[error("the contact person cannot keep the contact")]
    BadContact,
    /// The case already has a running agreement.
    #[error("the case has a running agreement")]
    Running,
    /// The agreement has ended: nothing more is logged against it.
    #[error("the agreement has ended")]
    Ended,
    /// A check-in or end before the agreement's start.
    #[error("the day is before the agreement's start")]
    BeforeStart,
    /// An end before a check-in already logged.
    #[error("the end is before a logged check-in")]
    BeforeCheckIn,
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for ExtendedError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => Self::Running,
            e => Self::Store(e),
        }
    }
}

/// Whether `user` may be chosen as contact person: an active coordinator or manager of the unit.
pub fn may_keep_contact(user: &UserRecord, unit: lotsen_domain::ids::UnitId) -> bool {
    user.unit_id == unit && !user.disabled && matches!(user.role, Role::Coordinator | Role::Manager)
}

/// Makes the agreement the resident chose. `contact` is the chosen staff member as read for the
/// unit.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn create(
    store: &Store,
    who: &Caller,
    case: &Scoped<CaseRecord>,
    contact: &UserRecord,
    n: NewAgreement,
) -> Result<Scoped<AgreementRecord>, ExtendedError> {
    if !case.documented || case.person_id.is_none() {
        return Err(ExtendedError::NoResident);
    }
    if !may_keep_contact(contact, case.unit_id()) || contact.id != n.contact_id {
        return Err(ExtendedError::BadContact);
    }
    let tx = store.begin().await?;
    let a = tx.create_agreement(case, n).await?;
    let detail = json!({
        "agreement": a.id,
        "contact": a.contact_id,
        "form": a.form.as_str(),
        "every": a.frequency.every,
        "per": a.frequency.per.as_str(),
        "starts_on": a.starts_on,
    });
    tx.audit(who.audit(AuditAction::ExtendedCreate, "case", case.id, detail)).await?;
    tx.commit().await?;
    Ok(a)
}

/// Logs a check-in against the case's running agreement.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn check_in(
    store: &Store,
    who: &Caller,
    case: &Scoped<CaseRecord>,
    n: NewCheckIn,
) -> Result<CheckInRecord, ExtendedError> {
    let tx = store.begin().await?;
    let Some(a) = tx.running_agreement(case).await? else {
        return Err(ExtendedError::Ended);
    };
    if n.held_on < a.starts_on {
        return Err(ExtendedError::BeforeStart);
    }
    let c = tx.add_check_in(&a, n).await.map_err(|e| match e {
        StoreError::NotFound => ExtendedError::Ended,
        e => e.into(),
    })?;
    let detail = json!({ "agreement": a.id, "check_in": c.id, "on": c.held_on, "outcome": c.outcome.as_str(), "form": c.form.as_str() });
    tx.audit(who.audit(AuditAction::ExtendedCheckIn, "case", case.id, detail)).await?;
    tx.commit().await?;
    Ok(c)
}

/// Ends the case's running agreement, as the resident wished.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn end(
    store: &Store,
    who: &Caller,
    case: &Scoped<CaseRecord>,
    on: NaiveDate,
    reason: EndReason,
) -> Result<(), ExtendedError> {
    let tx = store.begin().await?;
    let Some(a) = tx.running_agreement(case).await? else {
        return Err(ExtendedError::Ended);
    };
    // An agreement that has not begun yet may be called off today.
    if on < a.starts_on.min(store.clock().today()) {
        return Err(ExtendedError::BeforeStart);
    }
    if tx.latest_check_in(&a).await?.is_some_and(|last| last > on) {
        return Err(ExtendedError::BeforeCheckIn);
    }
    tx.end_agreement(&a, on, reason).await.map_err(|e| match e {
        StoreError::NotFound => ExtendedError::Ended,
        e => e.into(),
    })?;
    tx.audit(who.audit(
        AuditAction::ExtendedEnd,
        "case",
        case.id,
        json!({ "agreement": a.id, "on": on, "reason": reason.as_str() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Where an agreement stands on `today`, from its check-ins.
pub fn standing_of(a: &AgreementRecord, check_ins: &[CheckInRecord], today: NaiveDate) -> Standing {
    let held: Vec<NaiveDate> = check_ins
        .iter()
        .filter(|c| c.agreement_id == a.id && c.outcome == lotsen_domain::records::extended::Outcome::Held)
        .map(|c| c.held_on)
        .collect();
    standing(a.starts_on, a.frequency, a.ended_on, &held, today)
}

/// One running agreement on a contact person's start page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub agreement: AgreementRecord,
    pub standing: Standing,
    /// The latest check-in that reached the resident.
    pub last_held: Option<NaiveDate>,
}

/// The running agreements `contact` keeps in the unit, those with a check-in due first (by the
/// day it is due), then those kept for now (by the day the next period begins).
pub async fn due_for(
    store: &Store,
    unit: lotsen_domain::ids::UnitId,
    contact: UserId,
    today: NaiveDate,
) -> Result<Vec<Due>, StoreError> {
    let agreements = store.running_agreements(unit, Some(contact)).await?;
    let ids: Vec<_> = agreements.iter().map(|a| a.id).collect();
    let check_ins = store.check_ins(unit, &ids).await?;
    let mut out: Vec<Due> = agreements
        .into_iter()
        .map(|a| {
            let standing = standing_of(&a, &check_ins, today);
            let last_held = check_ins
                .iter()
                .filter(|c| c.agreement_id == a.id && c.outcome == lotsen_domain::records::extended::Outcome::Held)
                .map(|c| c.held_on)
                .max();
            Due { agreement: a.into_inner(), standing, last_held }
        })
        .collect();
    out.sort_by_key(|d| match d.standing.open() {
        Some(p) => (0, p.due_by()),
        None => (1, d.standing.next_from.unwrap_or(NaiveDate::MAX)),
    });
    Ok(out)
}
