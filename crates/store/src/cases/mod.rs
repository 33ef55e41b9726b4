//! Cases and their contacts, referrals, follow-ups and sealed identified details.
use chrono::NaiveDate;
use lotsen_domain::case::{CaseStatus, FollowUpCancel, FollowUpOutcome, ReferralStatus, Residency, ReturningReason};
use lotsen_domain::ids::{CaseId, ListEntryId, PersonId, UnitId, UserId};

use crate::entity::{case, contact, follow_up, referral};
use crate::{Result, Scoped, StoreError};

mod detail;
mod list;
mod register;
mod summary;
mod work;

pub use list::{COUNT_CAP, CaseFilter, CaseListPage, CaseRow, CaseSort, ReportFilter};
pub(crate) use summary::summary_sql;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub id: CaseId,
    pub unit_id: UnitId,
    pub channel_id: ListEntryId,
    pub first_contact_on: NaiveDate,
    pub age_group_id: ListEntryId,
    pub main_category_id: ListEntryId,
    pub secondary: Vec<ListEntryId>,
    pub returning: bool,
    /// Why the resident came back, when they did and it was asked.
    pub returning_reason: Option<ReturningReason>,
    pub previous_case_id: Option<CaseId>,
    pub residency: Residency,
    pub referring_org: Option<String>,
    pub coordinator_id: UserId,
    pub status: CaseStatus,
    pub closed_on: Option<NaiveDate>,
    pub closing_outcome_id: Option<ListEntryId>,
    pub external_id: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The resident of a documented case.
    pub person_id: Option<PersonId>,
    pub documented: bool,
    /// Why the case is never culled, when a manager flagged it.
    pub keep_reason: Option<String>,
    /// The day retention culled the case's record.
    pub culled_on: Option<NaiveDate>,
}

fn bad(what: &str, id: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(format!("{what} {id} holds a value this version does not know"))
}

pub(crate) fn case_record(m: case::Model, secondary: Vec<ListEntryId>) -> Result<CaseRecord> {
    Ok(CaseRecord {
        id: m.id,
        unit_id: m.unit_id,
        channel_id: m.channel_id,
        first_contact_on: m.first_contact_on,
        age_group_id: m.age_group_id,
        main_category_id: m.main_category_id,
        secondary,
        returning: m.returning,
        returning_reason: match m.returning_reason.as_deref() {
            Some(r) => Some(ReturningReason::parse(r).map_err(|_| bad("case", m.id))?),
            None => None,
        },
        previous_case_id: m.previous_case_id,
        residency: Residency::parse(&m.residency).map_err(|_| bad("case", m.id))?,
        referring_org: m.referring_org,
        coordinator_id: m.coordinator_id,
        status: CaseStatus::parse(&m.status).map_err(|_| bad("case", m.id))?,
        closed_on: m.closed_on,
        closing_outcome_id: m.closing_outcome_id,
        external_id: m.external_id,
        created_at: m.created_at,
        updated_at: m.updated_at,
        person_id: m.person_id,
        documented: m.documented,
        keep_reason: m.keep_reason,
        culled_on: m.culled_on,
    })
}

/// A new case; the caller has checked every id against the unit's lists.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub unit_id: UnitId,
    pub channel_id: ListEntryId,
    pub first_contact_on: NaiveDate,
    pub age_group_id: ListEntryId,
    pub main_category_id: ListEntryId,
    pub secondary: Vec<ListEntryId>,
    pub returning: bool,
    pub returning_reason: Option<ReturningReason>,
    pub previous_case_id: Option<CaseId>,
    pub residency: Residency,
    pub referring_org: Option<String>,
    pub coordinator_id: UserId,
    pub external_id: Option<String>,
    /// Registered as part of the documented record (the unit documents, and the resident is not
    /// an anonymous walk-in who only gets advice).
    pub documented: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRecord {
    pub id: i64,
    pub case_id: CaseId,
    pub on: NaiveDate,
    pub mode_id: ListEntryId,
    pub minutes: i32,
    pub venue_id: Option<i64>,
    pub note: String,
    pub author_id: UserId,
}

#[derive(Debug, Clone)]
pub struct NewContact {
    pub on: NaiveDate,
    pub mode_id: ListEntryId,
    pub minutes: i32,
    pub venue_id: Option<i64>,
    pub note: String,
    pub author_id: UserId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralRecord {
    pub id: i64,
    pub case_id: CaseId,
    pub destination_id: ListEntryId,
    pub kind_id: ListEntryId,
    pub on: NaiveDate,
    pub consent: bool,
    pub info_shared: bool,
    pub status: ReferralStatus,
    pub established_on: Option<NaiveDate>,
    /// The directory's service for the destination.
    pub service_id: Option<String>,
    /// How far the resident's consent reaches, where it was recorded with its day.
    pub consent_scope: Option<lotsen_domain::transfer::Consent>,
}

#[derive(Debug, Clone)]
pub struct NewReferral {
    pub destination_id: ListEntryId,
    pub kind_id: ListEntryId,
    pub on: NaiveDate,
    pub consent: bool,
    pub info_shared: bool,
    pub status: ReferralStatus,
    pub established_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpRecord {
    pub id: i64,
    pub case_id: CaseId,
    pub assigned_to: UserId,
    pub due_on: NaiveDate,
    pub outcome: Option<FollowUpOutcome>,
    /// The day it was made, or cancelled.
    pub done_on: Option<NaiveDate>,
    /// Why it was cancelled, when it was.
    pub cancelled: Option<FollowUpCancel>,
}

/// Identified details as stored: sealed bytes only the web layer can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedIdentity {
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
}

/// Everything the case page shows.
#[derive(Debug, Clone)]
pub struct CaseDetail {
    pub case: Scoped<CaseRecord>,
    pub contacts: Vec<ContactRecord>,
    pub referrals: Vec<ReferralRecord>,
    pub follow_ups: Vec<FollowUpRecord>,
    pub has_identity: bool,
}

pub(crate) fn contact_record(m: contact::Model) -> ContactRecord {
    ContactRecord {
        id: m.id,
        case_id: m.case_id,
        on: m.on_date,
        mode_id: m.mode_id,
        minutes: m.minutes,
        venue_id: m.venue_id,
        note: m.note,
        author_id: m.author_id,
    }
}

pub(crate) fn referral_record(m: referral::Model) -> Result<ReferralRecord> {
    Ok(ReferralRecord {
        id: m.id,
        case_id: m.case_id,
        destination_id: m.destination_id,
        kind_id: m.kind_id,
        on: m.on_date,
        consent: m.consent,
        info_shared: m.info_shared,
        status: ReferralStatus::parse(&m.status).map_err(|_| bad("referral", m.id))?,
        established_on: m.established_on,
        service_id: m.service_id,
        consent_scope: m.consent_on.filter(|_| m.consent).map(|on| lotsen_domain::transfer::Consent {
            on,
            contact: m.consent_contact,
            note: m.consent_note,
        }),
    })
}

pub(crate) fn follow_up_record(m: follow_up::Model) -> Result<FollowUpRecord> {
    let outcome = match m.outcome.as_deref() {
        Some(o) => Some(FollowUpOutcome::parse(o).map_err(|_| bad("follow-up", m.id))?),
        None => None,
    };
    Ok(FollowUpRecord {
        id: m.id,
        case_id: m.case_id,
        assigned_to: m.assigned_to,
        due_on: m.due_on,
        outcome,
        done_on: m.done_on,
        cancelled: match m.cancel_reason.as_deref() {
            Some(r) => Some(FollowUpCancel::parse(r).map_err(|_| bad("follow-up", m.id))?),
            None => None,
        },
    })
}
