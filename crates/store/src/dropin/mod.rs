//! Drop-in times: venues, series, exceptions to single occurrences and the visit log.
//!
//! Every change to a series or one of its occurrences bumps the series' `sequence` and
//! `updated_at`, which the iCalendar feed publishes as `SEQUENCE` and `LAST-MODIFIED`.
use chrono::{NaiveDate, NaiveDateTime};
use lotsen_domain::ids::{UnitId, UserId};

use crate::entity::{dropin_exception, dropin_series, dropin_visit, venue};

mod read;
mod write;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueRecord {
    pub id: i64,
    pub unit_id: UnitId,
    pub name: String,
    pub address: String,
    pub room: String,
    pub coordinates: Option<String>,
    pub accessibility: String,
    pub partners: String,
    pub description_sv: String,
    pub description_en: String,
    pub description_ar: String,
    pub updated_at: i64,
}

impl From<venue::Model> for VenueRecord {
    fn from(m: venue::Model) -> Self {
        Self {
            id: m.id,
            unit_id: m.unit_id,
            name: m.name,
            address: m.address,
            room: m.room,
            coordinates: m.coordinates,
            accessibility: m.accessibility,
            partners: m.partners,
            description_sv: m.description_sv,
            description_en: m.description_en,
            description_ar: m.description_ar,
            updated_at: m.updated_at,
        }
    }
}

/// A venue's fields, checked by the caller.
#[derive(Debug, Clone, Default)]
pub struct VenueInput {
    pub name: String,
    pub address: String,
    pub room: String,
    pub coordinates: Option<String>,
    pub accessibility: String,
    pub partners: String,
    pub description_sv: String,
    pub description_en: String,
    pub description_ar: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesRecord {
    pub id: i64,
    pub unit_id: UnitId,
    pub venue_id: i64,
    /// The first occurrence, local time in Europe/Stockholm.
    pub dtstart: NaiveDateTime,
    pub minutes: i64,
    /// The RFC 5545 rule; `None` for a one-off session.
    pub rrule: Option<String>,
    /// The staff usually there.
    pub staff: Vec<UserId>,
    pub sequence: i32,
    pub created_at: i64,
    pub updated_at: i64,
}

impl From<dropin_series::Model> for SeriesRecord {
    fn from(m: dropin_series::Model) -> Self {
        Self {
            id: m.id,
            unit_id: m.unit_id,
            venue_id: m.venue_id,
            dtstart: m.dtstart,
            minutes: i64::from(m.minutes),
            rrule: m.rrule,
            staff: serde_json::from_str(&m.staff).unwrap_or_default(),
            sequence: m.sequence,
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SeriesInput {
    pub venue_id: i64,
    pub dtstart: NaiveDateTime,
    pub minutes: i64,
    pub rrule: Option<String>,
    pub staff: Vec<UserId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptionRecord {
    pub series_id: i64,
    pub occurs_on: NaiveDate,
    /// `cancelled` or `moved`.
    pub status: String,
    pub reason: String,
    pub new_start: Option<NaiveDateTime>,
    pub new_end: Option<NaiveDateTime>,
    pub new_venue_id: Option<i64>,
    pub updated_at: i64,
}

impl From<dropin_exception::Model> for ExceptionRecord {
    fn from(m: dropin_exception::Model) -> Self {
        Self {
            series_id: m.series_id,
            occurs_on: m.occurs_on,
            status: m.status,
            reason: m.reason,
            new_start: m.new_start,
            new_end: m.new_end,
            new_venue_id: m.new_venue_id,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitRecord {
    pub series_id: i64,
    pub occurs_on: NaiveDate,
    pub venue_id: i64,
    pub visitors: i32,
    pub staff: Vec<UserId>,
    pub recorded_by: UserId,
    pub updated_at: i64,
}

impl From<dropin_visit::Model> for VisitRecord {
    fn from(m: dropin_visit::Model) -> Self {
        Self {
            series_id: m.series_id,
            occurs_on: m.occurs_on,
            venue_id: m.venue_id,
            visitors: m.visitors,
            staff: serde_json::from_str(&m.staff).unwrap_or_default(),
            recorded_by: m.recorded_by,
            updated_at: m.updated_at,
        }
    }
}

pub(super) fn staff_json(ids: &[UserId]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}
