//! Housing First ("Bostad först"): a person of the documented record is enrolled with a staff
//! member responsible; their home (landlord, sealed address, tenancy start and status) and the logs
//! of landlord contacts and practical support follow, with no conditions and no end date. Who the
//! person is may be seen by the responsible staff member and the unit's managers; every opening and
//! every change is audited.
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::records::housing::{Landlord, TenancyStatus};
use lotsen_domain::records::person::Person;
use lotsen_domain::records::person_number::PersonNumber;
use lotsen_domain::role::Role;
use lotsen_store::{EnrolmentRecord, HousingEvent, Scoped, Store, StoreError, UserRecord};
use serde_json::json;

use crate::Caller;
use crate::person::PersonError;
use crate::privacy::{open_home, open_person, seal_home};

#[derive(Debug, thiserror::Error)]
pub enum HousingError {
    /// The person is enrolled already.
    #[error("the person is enrolled already")]
    Enrolled,
    /// The responsible staff member is not an active coordinator or manager of the unit.
    #[error("the staff member cannot be responsible")]
    BadCoordinator,
    /// The enrolment has no home recorded yet.
    #[error("no home recorded")]
    NoHome,
    /// A day before the tenancy's start.
    #[error("before the tenancy's start")]
    BeforeStart,
    #[error(transparent)]
    Store(StoreError),
    #[error(transparent)]
    Seal(#[from] anyhow::Error),
}

impl From<StoreError> for HousingError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => Self::Enrolled,
            e => Self::Store(e),
        }
    }
}

impl From<PersonError> for HousingError {
    fn from(e: PersonError) -> Self {
        match e {
            PersonError::Store(e) => e.into(),
            PersonError::Seal(e) => Self::Seal(e),
            PersonError::NumberTaken => Self::Enrolled,
        }
    }
}

/// Who may see who an enrolment is about: the staff member responsible and the unit's managers.
pub fn may_open(role: Role, user: lotsen_domain::ids::UserId, e: &EnrolmentRecord) -> bool {
    role.reviews_audit_log() || e.coordinator_id == user
}

/// Enrols `person` (found by `number` in the record, or added to it), with `coordinator` (as read
/// for the unit) responsible.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id))]
pub async fn enrol(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    person: &Person,
    number: &PersonNumber,
    coordinator: &UserRecord,
    enrolled_on: NaiveDate,
) -> Result<Scoped<EnrolmentRecord>, HousingError> {
    if !crate::family::may_coordinate(coordinator, who.unit_id) {
        return Err(HousingError::BadCoordinator);
    }
    let tx = store.begin().await?;
    let (person_id, _) =
        crate::person::find_or_add(&tx, who, key, person, number, json!({ "housing_first": true })).await?;
    let e = tx.create_enrolment(who.unit_id, person_id, coordinator.id, enrolled_on, who.user_id).await?;
    let detail = json!({ "person": person_id, "coordinator": coordinator.id, "on": enrolled_on });
    tx.audit(who.audit(AuditAction::HousingCreate, "housing", e.id, detail)).await?;
    tx.commit().await?;
    Ok(e)
}

/// The enrolment as opened: who and where.
#[derive(Debug, Clone)]
pub struct Opened {
    pub person: Person,
    pub address: Option<String>,
}

/// Opens who the enrolment is about and their address, after writing the view to the audit log.
pub async fn open(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    e: &Scoped<EnrolmentRecord>,
) -> Result<Opened, HousingError> {
    let r = store.person(e.unit_id(), e.person_id).await?;
    let person = open_person(key, e.unit_id(), &r.number_key, &r.sealed)?;
    let address = match &e.address {
        Some(s) => Some(open_home(key, e.id, s)?),
        None => None,
    };
    let tx = store.begin().await?;
    tx.audit(who.audit(AuditAction::HousingView, "housing", e.id, json!({}))).await?;
    tx.commit().await?;
    Ok(Opened { person, address })
}

/// Records the home: the landlord, the address (sealed) and the tenancy's start.
pub async fn set_home(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    e: &Scoped<EnrolmentRecord>,
    landlord: &Landlord,
    address: &str,
    starts_on: NaiveDate,
) -> Result<(), HousingError> {
    let sealed = seal_home(key, e.id, address)?;
    let tx = store.begin().await?;
    tx.set_home(e, landlord, sealed, starts_on).await?;
    let detail = json!({ "landlord": landlord.code(), "tenancy_start": starts_on, "address": "changed" });
    tx.audit(who.audit(AuditAction::HousingHome, "housing", e.id, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets the tenancy's status from `since` (not before the tenancy began).
pub async fn set_status(
    store: &Store,
    who: &Caller,
    e: &Scoped<EnrolmentRecord>,
    status: TenancyStatus,
    since: NaiveDate,
) -> Result<(), HousingError> {
    let Some(t) = e.tenancy else { return Err(HousingError::NoHome) };
    if since < t.starts_on {
        return Err(HousingError::BeforeStart);
    }
    let tx = store.begin().await?;
    tx.set_tenancy_status(e, status, since).await.map_err(|err| match err {
        StoreError::NotFound => HousingError::NoHome,
        err => err.into(),
    })?;
    let detail = json!({ "from": t.status.as_str(), "to": status.as_str(), "since": since });
    tx.audit(who.audit(AuditAction::HousingStatus, "housing", e.id, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// Logs a landlord contact or practical support on `on` (not before the enrolment).
pub async fn log(
    store: &Store,
    who: &Caller,
    e: &Scoped<EnrolmentRecord>,
    event: HousingEvent,
    on: NaiveDate,
) -> Result<(), HousingError> {
    if on < e.enrolled_on {
        return Err(HousingError::BeforeStart);
    }
    let tx = store.begin().await?;
    let id = tx.add_housing_event(e, event, on, who.user_id).await?;
    let (kind, topic) = match event {
        HousingEvent::Landlord(t) => ("landlord", t.as_str()),
        HousingEvent::Support(k) => ("support", k.as_str()),
    };
    tx.audit(who.audit(
        AuditAction::HousingLog,
        "housing",
        e.id,
        json!({ "event": id, "kind": kind, "topic": topic, "on": on }),
    ))
    .await?;
    tx.commit().await?;
    Ok(())
}
