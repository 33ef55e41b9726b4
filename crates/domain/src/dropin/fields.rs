//! The fields of a drop-in schedule as typed: how it repeats, weekdays, dates, clock times and a
//! session's start and end.
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::MAX_MINUTES;
use crate::Invalid;

/// How a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// One extra session, no repetition.
    Once,
    Weekly,
    /// Every other week, counted from the week of the first session.
    EveryOtherWeek,
    /// Monthly on the n:th (or last) given weekday.
    Monthly,
}

impl Repeat {
    pub const ALL: [Repeat; 4] = [Repeat::Weekly, Repeat::EveryOtherWeek, Repeat::Monthly, Repeat::Once];

    pub const fn as_str(self) -> &'static str {
        match self {
            Repeat::Once => "once",
            Repeat::Weekly => "weekly",
            Repeat::EveryOtherWeek => "biweekly",
            Repeat::Monthly => "monthly",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Repeat::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(Invalid::new("error-dropin-repeat"))
    }
}

/// The weekdays in RFC 5545's two-letter form, Monday first (the series' `WKST`).
pub const WEEKDAYS: [(&str, Weekday); 7] = [
    ("MO", Weekday::Mon),
    ("TU", Weekday::Tue),
    ("WE", Weekday::Wed),
    ("TH", Weekday::Thu),
    ("FR", Weekday::Fri),
    ("SA", Weekday::Sat),
    ("SU", Weekday::Sun),
];

pub fn weekday_code(d: Weekday) -> &'static str {
    WEEKDAYS.iter().find(|(_, w)| *w == d).map_or("MO", |(c, _)| c)
}

pub fn parse_weekday(s: &str) -> Result<Weekday, Invalid> {
    let s = s.trim().to_ascii_uppercase();
    WEEKDAYS.iter().find(|(c, _)| *c == s).map(|(_, w)| *w).ok_or(Invalid::new("error-dropin-weekday"))
}

/// Which week of the month a monthly series falls in: 1–4, or -1 for the last.
pub const WEEKS_OF_MONTH: [i16; 5] = [1, 2, 3, 4, -1];

/// A date as YYYY-MM-DD, in the years a schedule can sensibly use (so date arithmetic never
/// reaches the ends of the calendar).
pub fn parse_date(s: &str) -> Result<NaiveDate, Invalid> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&d.year()))
        .ok_or(Invalid::new("error-date"))
}

pub fn parse_time(s: &str) -> Result<NaiveTime, Invalid> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .or_else(|_| NaiveTime::parse_from_str(s, "%H.%M"))
        .map_err(|_| Invalid::new("error-time"))
}

/// A start and end on one day: the end must come after the start, within [`MAX_MINUTES`].
pub fn parse_span(start: &str, end: &str) -> Result<(NaiveTime, i64), Vec<(&'static str, Invalid)>> {
    let s = parse_time(start).map_err(|e| ("start_time", e));
    let e = parse_time(end).map_err(|e| ("end_time", e));
    match (s, e) {
        (Ok(s), Ok(e)) => {
            let minutes = (e - s).num_minutes();
            if minutes <= 0 {
                Err(vec![("end_time", Invalid::new("error-dropin-end-before-start"))])
            } else if minutes > MAX_MINUTES {
                Err(vec![("end_time", Invalid::new("error-dropin-too-long"))])
            } else {
                Ok((s, minutes))
            }
        }
        (s, e) => Err([s.err(), e.err()].into_iter().flatten().collect()),
    }
}
