//! The time, read in one place. Everything that needs "now" or "today" asks a [`Clock`], which
//! reads the system's clock in service and a fixed instant in tests, so a test can stand at
//! 00:30 in Stockholm or on the last day of a month.
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use chrono_tz::Europe::Stockholm;

/// A source of the current time. Cloning shares it: a fixed clock moved by [`Clock::set`] moves
/// for every clone.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// Microseconds since the epoch when fixed; `None` reads the system clock.
    fixed: Option<Arc<AtomicI64>>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock that stands still at `at` until [`Clock::set`] or [`Clock::advance`] moves it.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self { fixed: Some(Arc::new(AtomicI64::new(at.timestamp_micros()))) }
    }

    /// A fixed clock at `local`, read as a wall-clock time in Stockholm (the earlier instant when
    /// the clocks are turned back; an hour later when that time does not exist).
    pub fn at_stockholm(local: NaiveDateTime) -> Self {
        use chrono::TimeZone;
        let at = Stockholm
            .from_local_datetime(&local)
            .earliest()
            .or_else(|| Stockholm.from_local_datetime(&(local + TimeDelta::hours(1))).earliest())
            .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc));
        Self::fixed(at)
    }

    /// Moves a fixed clock to `at`; a system clock cannot be moved and stays as it is.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(f) = &self.fixed {
            f.store(at.timestamp_micros(), Ordering::Relaxed);
        }
    }

    /// Moves a fixed clock forward (or back, with a negative span).
    pub fn advance(&self, by: TimeDelta) {
        self.set(self.now() + by);
    }

    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        match &self.fixed {
            None => Utc::now(),
            Some(f) => DateTime::from_timestamp_micros(f.load(Ordering::Relaxed)).unwrap_or_default(),
        }
    }

    /// Seconds since the Unix epoch, the form most stored timestamps take.
    pub fn timestamp(&self) -> i64 {
        self.now().timestamp()
    }

    /// The wall-clock time where the units work.
    pub fn local_now(&self) -> NaiveDateTime {
        self.now().with_timezone(&Stockholm).naive_local()
    }

    /// Today's date where the units work.
    pub fn today(&self) -> NaiveDate {
        self.local_now().date()
    }

    /// Stockholm's offset from UTC now, in whole hours (1 in winter, 2 in summer).
    pub fn stockholm_offset_hours(&self) -> i32 {
        use chrono::{Offset, TimeZone};
        Stockholm.offset_from_utc_datetime(&self.now().naive_utc()).fix().local_minus_utc() / 3600
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn just_after_midnight_in_stockholm_is_already_the_next_day() {
        // 00:30 in Stockholm is still the day before in UTC.
        let c = Clock::at_stockholm(local("2026-03-01 00:30"));
        assert_eq!(c.now().date_naive().to_string(), "2026-02-28");
        assert_eq!(c.today().to_string(), "2026-03-01");
        assert_eq!(c.stockholm_offset_hours(), 1);
    }

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_for_every_clone() {
        let c = Clock::at_stockholm(local("2026-07-15 12:00"));
        let other = c.clone();
        assert_eq!(c.now(), other.now());
        c.advance(TimeDelta::days(1));
        assert_eq!(other.today().to_string(), "2026-07-16");
        assert_eq!(other.stockholm_offset_hours(), 2);
    }

    #[test]
    fn a_time_that_does_not_exist_moves_an_hour_on() {
        // The clocks go forward at 02:00 on the last Sunday of March.
        let c = Clock::at_stockholm(local("2026-03-29 02:30"));
        assert_eq!(c.local_now(), local("2026-03-29 03:30"));
    }

    #[test]
    fn the_system_clock_is_not_fixed_and_cannot_be_moved() {
        let c = Clock::system();
        let before = c.now();
        c.set(DateTime::from_timestamp(0, 0).unwrap());
        assert!(!c.is_fixed());
        assert!(c.now() >= before);
    }
}
