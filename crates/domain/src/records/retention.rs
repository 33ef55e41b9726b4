//! Retention ("gallring", DOMAIN.md "Law and records"). A documented record is culled five years
//! after its last entry (SoL 12 kap. 2 §), and the culling is finished by the end of the calendar
//! year after the one it first may be done in. Records about people born on the 5th, 15th or 25th
//! are kept for research when the unit says so, and a case flagged "never cull" with a reason
//! (paternity, adoption, a child's placement) is kept with its record. Call-back details of an
//! anonymous case are erased some days after it closes. The periods are the unit's settings.
use chrono::{Datelike, Months, NaiveDate};

use crate::Invalid;

/// The legal minimum, in years after the last entry, before a documented record may be culled.
pub const MIN_YEARS: u32 = 5;
/// The longest a unit may keep a documented record by its own setting.
pub const MAX_YEARS: u32 = 50;
/// The longest call-back details of a closed anonymous case may be kept, in days.
pub const MAX_CALLBACK_DAYS: u32 = 3650;
/// The longest reason for keeping a case.
pub const KEEP_REASON_MAX: usize = 500;

/// A unit's retention settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Years after a documented record's last entry before it is culled (at least five).
    pub years: u32,
    /// Records about people born on the 5th, 15th or 25th are kept for research.
    pub keep_sample_days: bool,
    /// Days after an anonymous case closes before its call-back details are erased.
    pub callback_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Self { years: MIN_YEARS, keep_sample_days: true, callback_days: 90 }
    }
}

impl Retention {
    /// Checks what an admin submitted; a period under the legal minimum names its rule.
    pub fn parse(
        years: &str,
        keep_sample_days: bool,
        callback_days: &str,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let years = match years.trim().parse::<u32>() {
            Ok(y) if y < MIN_YEARS => {
                errors.push(("retention_years", Invalid::new("error-retention-minimum")));
                0
            }
            Ok(y) if y <= MAX_YEARS => y,
            _ => {
                errors.push(("retention_years", Invalid::new("error-retention-years")));
                0
            }
        };
        let callback_days = match callback_days.trim().parse::<u32>() {
            Ok(d) if (1..=MAX_CALLBACK_DAYS).contains(&d) => d,
            _ => {
                errors.push(("callback_days", Invalid::new("error-callback-days")));
                0
            }
        };
        if errors.is_empty() { Ok(Self { years, keep_sample_days, callback_days }) } else { Err(errors) }
    }

    /// The first day a record whose last entry was on `last_entry` may be culled: the same date
    /// `years` later (a 29 February counts to the 28th).
    pub fn cull_from(&self, last_entry: NaiveDate) -> NaiveDate {
        last_entry.checked_add_months(Months::new(self.years * 12)).unwrap_or(NaiveDate::MAX)
    }

    /// The day the culling must be done by: the end of the year after the one it first may be done in.
    pub fn cull_by(&self, last_entry: NaiveDate) -> NaiveDate {
        let from = self.cull_from(last_entry);
        NaiveDate::from_ymd_opt(from.year() + 1, 12, 31).unwrap_or(NaiveDate::MAX)
    }

    /// Whether a documented record is culled on `today`: its time is out, and neither the research
    /// sample nor a flag on one of its cases keeps it.
    pub fn culls(&self, record: &RecordAge, today: NaiveDate) -> bool {
        let kept = record.never_cull || (self.keep_sample_days && record.sample_day);
        !kept && today >= self.cull_from(record.last_entry)
    }

    /// The last closing day whose call-back details are erased on `today`.
    pub fn callback_cutoff(&self, today: NaiveDate) -> NaiveDate {
        today.checked_sub_days(chrono::Days::new(u64::from(self.callback_days))).unwrap_or(NaiveDate::MIN)
    }

    /// Whether call-back details of an anonymous case closed on `closed_on` are erased on `today`.
    pub fn erases_callback(&self, closed_on: NaiveDate, today: NaiveDate) -> bool {
        closed_on <= self.callback_cutoff(today)
    }
}

/// What retention needs to know of one documented record: a resident's cases in a unit, or a
/// documented case without a resident recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordAge {
    /// The latest day anything was entered: a contact, a journal note, the opening or the closing.
    pub last_entry: NaiveDate,
    /// The resident was born on the 5th, 15th or 25th.
    pub sample_day: bool,
    /// One of its cases is flagged "never cull".
    pub never_cull: bool,
}

/// Why a case is never culled, as a manager wrote it: one line, up to 500 characters.
pub fn keep_reason(raw: &str) -> Result<String, Invalid> {
    let r = raw.trim();
    if r.is_empty() {
        Err(Invalid::new("error-required"))
    } else if r.chars().count() > KEEP_REASON_MAX || r.chars().any(char::is_control) {
        Err(Invalid::new("error-text"))
    } else {
        Ok(r.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn age(last: &str) -> RecordAge {
        RecordAge { last_entry: d(last), sample_day: false, never_cull: false }
    }

    #[test]
    fn a_record_goes_five_years_after_its_last_entry_and_by_the_end_of_the_next_year() {
        let r = Retention::default();
        assert_eq!(r.cull_from(d("2020-03-10")), d("2025-03-10"));
        assert_eq!(r.cull_by(d("2020-03-10")), d("2026-12-31"));
        assert!(!r.culls(&age("2020-03-10"), d("2025-03-09")));
        assert!(r.culls(&age("2020-03-10"), d("2025-03-10")));
        // A leap day's anniversary in a common year is the 28th.
        assert_eq!(r.cull_from(d("2024-02-29")), d("2029-02-28"));
        let seven = Retention { years: 7, ..r };
        assert!(!seven.culls(&age("2020-03-10"), d("2026-12-31")));
    }

    #[test]
    fn the_research_sample_and_the_flag_keep_a_record() {
        let r = Retention::default();
        let sample = RecordAge { sample_day: true, ..age("2010-01-01") };
        assert!(!r.culls(&sample, d("2026-12-07")));
        assert!(Retention { keep_sample_days: false, ..r }.culls(&sample, d("2026-12-07")));
        let flagged = RecordAge { never_cull: true, ..age("2010-01-01") };
        assert!(!Retention { keep_sample_days: false, ..r }.culls(&flagged, d("2026-12-07")));
    }

    #[test]
    fn call_back_details_go_the_set_number_of_days_after_closing() {
        let r = Retention::default();
        assert!(!r.erases_callback(d("2026-09-08"), d("2026-12-06")));
        assert!(r.erases_callback(d("2026-09-08"), d("2026-12-07")));
    }

    #[test]
    fn settings_under_the_legal_minimum_are_refused_by_name() {
        assert_eq!(Retention::parse("5", true, "90"), Ok(Retention::default()));
        let errs = Retention::parse("4", false, "0").unwrap_err();
        let got: Vec<_> = errs.iter().map(|(f, e)| (*f, e.message_id)).collect();
        assert_eq!(got, [("retention_years", "error-retention-minimum"), ("callback_days", "error-callback-days")]);
        assert!(Retention::parse("x", false, "90").is_err());
        assert!(Retention::parse("51", false, "3651").unwrap_err().len() == 2);
    }

    #[test]
    fn a_reason_to_keep_is_one_line() {
        assert_eq!(keep_reason("  Faderskap  ").as_deref(), Ok("Faderskap"));
        assert!(keep_reason(" ").is_err());
        assert!(keep_reason("a\nb").is_err());
        assert!(keep_reason(&"x".repeat(501)).is_err());
    }
}
