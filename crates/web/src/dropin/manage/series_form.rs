//! The series form as typed: filled from a stored series, and checked against the unit's venues
//! and staff into what the store saves.
use lotsen_domain::dropin::{Schedule as Rule, ScheduleInput, weekday_code};
use lotsen_domain::ids::UserId;
use lotsen_store::{SeriesInput, SeriesRecord, UserRecord, VenueRecord};
use serde::Deserialize;

use crate::forms::FieldErrors;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SeriesForm {
    pub(super) venue: String,
    pub(super) repeat: String,
    pub(super) weekdays: Vec<String>,
    pub(super) week_of_month: String,
    pub(super) start_date: String,
    pub(super) start_time: String,
    pub(super) end_time: String,
    pub(super) until: String,
    pub(super) count: String,
    pub(super) staff: Vec<String>,
}

impl SeriesForm {
    pub(super) fn of(s: &SeriesRecord, r: &Rule) -> Self {
        Self {
            venue: s.venue_id.to_string(),
            repeat: r.repeat.as_str().to_owned(),
            weekdays: r.weekdays.iter().map(|d| weekday_code(*d).to_owned()).collect(),
            week_of_month: r.week_of_month.map(|n| n.to_string()).unwrap_or_default(),
            start_date: r.start.date().to_string(),
            start_time: r.start.format("%H:%M").to_string(),
            end_time: r.end_time().format("%H:%M").to_string(),
            until: r.until.map(|u| u.to_string()).unwrap_or_default(),
            count: r.count.map(|n| n.to_string()).unwrap_or_default(),
            staff: s.staff.iter().map(|i| i.to_string()).collect(),
        }
    }

    /// Checks the form against the unit's venues and staff. Nothing is saved on any error.
    pub fn check(&self, venues: &[VenueRecord], users: &[UserRecord]) -> Result<SeriesInput, FieldErrors> {
        let mut errors = FieldErrors::default();
        let venue = self.venue.trim().parse::<i64>().ok().filter(|v| venues.iter().any(|x| x.id == *v));
        if venue.is_none() {
            errors.add("venue", "error-dropin-venue");
        }
        let rule = Rule::parse(&ScheduleInput {
            start_date: &self.start_date,
            start_time: &self.start_time,
            end_time: &self.end_time,
            repeat: &self.repeat,
            weekdays: &self.weekdays,
            week_of_month: &self.week_of_month,
            until: &self.until,
            count: &self.count,
        });
        let rule = match rule {
            Ok(r) => Some(r),
            Err(list) => {
                for (field, e) in list {
                    errors.add(field, e.message_id);
                }
                None
            }
        };
        let mut staff = Vec::new();
        for raw in &self.staff {
            match raw.trim().parse::<UserId>().ok().filter(|id| users.iter().any(|u| u.id == *id && !u.disabled)) {
                Some(id) if !staff.contains(&id) => staff.push(id),
                Some(_) => {}
                None => errors.add("staff", "error-choose"),
            }
        }
        match (venue, rule, errors.is_empty()) {
            (Some(venue_id), Some(r), true) => {
                Ok(SeriesInput { venue_id, dtstart: r.start, minutes: r.minutes, rrule: r.rrule(), staff })
            }
            _ => Err(errors),
        }
    }
}
