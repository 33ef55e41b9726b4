//! Drop-in times ("drop-in-tider"): a series is an RFC 5545 recurrence rule in Europe/Stockholm
//! local time, expanded by the `rrule` crate (no date arithmetic of our own), so a session at 12:30
//! stays at 12:30 across the spring and autumn clock changes. Exceptions cancel or move single
//! occurrences, each named by the local date it originally falls on.
use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Weekday};
use chrono_tz::Europe::Stockholm;
use rrule::{Frequency, NWeekday, RRule, RRuleSet, Tz, Unvalidated};

use crate::Invalid;

/// The time zone every drop-in time is planned in.
pub const TZID: &str = "Europe/Stockholm";

/// The longest a single session may last; longer is almost certainly a typing mistake.
pub const MAX_MINUTES: i64 = 12 * 60;

/// The most occurrences a series may be limited to by count.
pub const MAX_COUNT: u32 = 520;

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

/// A series as typed into the form, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct ScheduleInput<'a> {
    pub start_date: &'a str,
    pub start_time: &'a str,
    pub end_time: &'a str,
    pub repeat: &'a str,
    pub weekdays: &'a [String],
    pub week_of_month: &'a str,
    pub until: &'a str,
    pub count: &'a str,
}

/// A checked schedule. `start` is the first occurrence itself (the rule's `DTSTART`), so every
/// reader of the rule, ours or a calendar app's, counts the same occurrences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub start: NaiveDateTime,
    pub minutes: i64,
    pub repeat: Repeat,
    pub weekdays: Vec<Weekday>,
    pub week_of_month: Option<i16>,
    pub until: Option<NaiveDate>,
    pub count: Option<u32>,
}

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

/// A local time in Stockholm as an instant. A time skipped by the spring clock change is taken
/// an hour later, as a wall clock shows it; one that happens twice takes the first.
pub fn to_instant(local: NaiveDateTime) -> chrono::DateTime<chrono_tz::Tz> {
    match Stockholm.from_local_datetime(&local).earliest() {
        Some(t) => t,
        None => Stockholm.from_utc_datetime(&(local - TimeDelta::hours(1))),
    }
}

impl Schedule {
    /// Checks a form. Errors name their field, in the form's order.
    pub fn parse(input: &ScheduleInput<'_>) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors: Vec<(&'static str, Invalid)> = Vec::new();
        let date = parse_date(input.start_date).map_err(|e| errors.push(("start_date", e))).ok();
        let span = parse_span(input.start_time, input.end_time).map_err(|e| errors.extend(e)).ok();
        let repeat = Repeat::parse(input.repeat).map_err(|e| errors.push(("repeat", e))).ok();
        let mut weekdays = Vec::new();
        for w in input.weekdays {
            match parse_weekday(w) {
                Ok(d) if !weekdays.contains(&d) => weekdays.push(d),
                Ok(_) => {}
                Err(e) => {
                    errors.push(("weekdays", e));
                    break;
                }
            }
        }
        weekdays.sort_by_key(|d| d.num_days_from_monday());
        let repeats = repeat.is_some_and(|r| r != Repeat::Once);
        if repeats && weekdays.is_empty() && !errors.iter().any(|(f, _)| *f == "weekdays") {
            errors.push(("weekdays", Invalid::new("error-dropin-weekday-missing")));
        }
        let week_of_month = if repeat == Some(Repeat::Monthly) {
            match input.week_of_month.trim().parse::<i16>() {
                Ok(n) if WEEKS_OF_MONTH.contains(&n) => Some(n),
                _ => {
                    errors.push(("week_of_month", Invalid::new("error-dropin-week-of-month")));
                    None
                }
            }
        } else {
            None
        };
        let until = match input.until.trim() {
            "" => None,
            s if repeats => match parse_date(s) {
                Ok(u) if date.is_some_and(|d| u < d) => {
                    errors.push(("until", Invalid::new("error-dropin-until-before-start")));
                    None
                }
                Ok(u) => Some(u),
                Err(e) => {
                    errors.push(("until", e));
                    None
                }
            },
            _ => None,
        };
        let count = match input.count.trim() {
            "" => None,
            s if repeats => match s.parse::<u32>() {
                Ok(n) if (1..=MAX_COUNT).contains(&n) => Some(n),
                _ => {
                    errors.push(("count", Invalid::new("error-dropin-count")));
                    None
                }
            },
            _ => None,
        };
        if until.is_some() && count.is_some() {
            errors.push(("count", Invalid::new("error-dropin-until-and-count")));
        }
        let (Some(date), Some((time, minutes)), Some(repeat), true) = (date, span, repeat, errors.is_empty()) else {
            return Err(errors);
        };
        let mut s = Schedule { start: date.and_time(time), minutes, repeat, weekdays, week_of_month, until, count };
        if repeat == Repeat::Once {
            s.weekdays = vec![date.weekday()];
            return Ok(s);
        }
        // DTSTART becomes the first matching day on or after the chosen date, so "every other
        // Tuesday from Wednesday the 18th" starts on Tuesday the 24th, and every reader of the rule,
        // ours or a calendar app's, counts from that same first session.
        let probe = Schedule {
            repeat: if repeat == Repeat::EveryOtherWeek { Repeat::Weekly } else { repeat },
            until: None,
            count: None,
            ..s.clone()
        };
        let first = probe.occurrence_starts(date, date + TimeDelta::days(400)).first().copied();
        match first {
            Some(first) if s.until.is_none_or(|u| first.date() <= u) => {
                s.start = first;
                Ok(s)
            }
            _ => Err(vec![("start_date", Invalid::new("error-dropin-no-occurrence"))]),
        }
    }

    /// A stored series: its first occurrence, length and rule (`None` for a one-off session).
    pub fn from_stored(start: NaiveDateTime, minutes: i64, rule: Option<&str>) -> Result<Self, Invalid> {
        let bad = Invalid::new("error-dropin-rule");
        let Some(rule) = rule else {
            return Ok(Schedule {
                start,
                minutes,
                repeat: Repeat::Once,
                weekdays: vec![start.weekday()],
                week_of_month: None,
                until: None,
                count: None,
            });
        };
        let r: RRule<Unvalidated> = rule.parse().map_err(|_| bad)?;
        let repeat = match (r.get_freq(), r.get_interval()) {
            (Frequency::Weekly, 1) => Repeat::Weekly,
            (Frequency::Weekly, 2) => Repeat::EveryOtherWeek,
            (Frequency::Monthly, 1) => Repeat::Monthly,
            _ => return Err(bad),
        };
        let mut weekdays = Vec::new();
        let mut week_of_month = None;
        for d in r.get_by_weekday() {
            match *d {
                NWeekday::Every(w) => weekdays.push(w),
                NWeekday::Nth(n, w) => {
                    week_of_month = Some(n);
                    weekdays.push(w);
                }
            }
        }
        let until = r.get_until().map(|u| u.with_timezone(&Stockholm).date_naive());
        Ok(Schedule { start, minutes, repeat, weekdays, week_of_month, until, count: r.get_count() })
    }

    pub fn end_time(&self) -> NaiveTime {
        (self.start + TimeDelta::minutes(self.minutes)).time()
    }

    /// The RFC 5545 rule, with an explicit `WKST`; `UNTIL` is the end of the last day in UTC, as
    /// the RFC asks when `DTSTART` has a time zone. `None` for a one-off session.
    pub fn rrule(&self) -> Option<String> {
        let (freq, interval) = match self.repeat {
            Repeat::Once => return None,
            Repeat::Weekly => ("WEEKLY", 1),
            Repeat::EveryOtherWeek => ("WEEKLY", 2),
            Repeat::Monthly => ("MONTHLY", 1),
        };
        let nth = self.week_of_month.map(|n| n.to_string()).unwrap_or_default();
        let days: Vec<String> = self.weekdays.iter().map(|d| format!("{nth}{}", weekday_code(*d))).collect();
        let mut rule = format!("FREQ={freq};INTERVAL={interval};WKST=MO;BYDAY={}", days.join(","));
        if let Some(u) = self.until {
            let last = u.and_hms_opt(23, 59, 59).map(to_instant).map(|t| t.with_timezone(&chrono::Utc));
            if let Some(last) = last {
                rule.push_str(&format!(";UNTIL={}", last.format("%Y%m%dT%H%M%SZ")));
            }
        }
        if let Some(n) = self.count {
            rule.push_str(&format!(";COUNT={n}"));
        }
        Some(rule)
    }

    fn rule_set(&self) -> Option<RRuleSet> {
        let tz = Tz::Tz(Stockholm);
        // A first session in the hour the spring clock change skips starts an hour later.
        let start =
            tz.from_local_datetime(&self.start).earliest().unwrap_or_else(|| to_instant(self.start).with_timezone(&tz));
        let rule: RRule<Unvalidated> = self.rrule()?.parse().ok()?;
        rule.build(start).ok()
    }

    /// The local start of every occurrence whose date lies in `from..=to`.
    pub fn occurrence_starts(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDateTime> {
        if self.repeat == Repeat::Once {
            let d = self.start.date();
            return if from <= d && d <= to { vec![self.start] } else { Vec::new() };
        }
        let Some(set) = self.rule_set() else { return Vec::new() };
        let mut out = Vec::new();
        for t in &set {
            let local = t.with_timezone(&Stockholm).naive_local();
            if local.date() > to {
                break;
            }
            if local.date() >= from {
                out.push(local);
            }
        }
        out
    }

    /// Whether the series has an occurrence on `on`, and its local start.
    pub fn occurrence_on(&self, on: NaiveDate) -> Option<NaiveDateTime> {
        self.occurrence_starts(on, on).into_iter().next()
    }

    /// The series ended after `last`: it keeps a count that already ends earlier.
    pub fn ended_on(&self, last: NaiveDate) -> Result<Self, Invalid> {
        if last < self.start.date() {
            return Err(Invalid::new("error-dropin-until-before-start"));
        }
        let mut s = self.clone();
        let after = last.succ_opt().unwrap_or(last);
        if self.count.is_some() && self.occurrence_starts(after, NaiveDate::MAX).is_empty() {
            return Ok(s);
        }
        s.until = Some(self.until.map_or(last, |u| u.min(last)));
        s.count = None;
        Ok(s)
    }
}

/// What happened to one occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Cancelled, with a reason shown publicly.
    Cancelled { reason: String },
    /// Moved to another time and possibly another venue.
    Moved { start: NaiveDateTime, end: NaiveDateTime, venue_id: i64, reason: String },
}

/// An exception to a series, named by the date the occurrence originally falls on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub on: NaiveDate,
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Scheduled,
    Cancelled,
    Moved,
}

impl Status {
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Scheduled => "scheduled",
            Status::Cancelled => "cancelled",
            Status::Moved => "moved",
        }
    }
}

/// One session as residents see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub series_id: i64,
    /// The date the occurrence originally falls on: its key (`RECURRENCE-ID`).
    pub on: NaiveDate,
    pub original_start: NaiveDateTime,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    /// Where it takes place now.
    pub venue_id: i64,
    /// Where the series is: differs from `venue_id` when the session was moved to another venue.
    pub original_venue_id: i64,
    pub status: Status,
    pub reason: Option<String>,
}

/// How far a single session may be moved from the day it was planned on.
pub const MAX_MOVE_DAYS: i64 = 60;

/// Every planned start of a series up to a horizon, computed once and shared (see `Plan::expanded`).
#[derive(Debug, Clone)]
pub struct Expansion {
    /// The last day covered.
    pub horizon: NaiveDate,
    pub starts: std::sync::Arc<Vec<NaiveDateTime>>,
}

impl Schedule {
    /// All planned starts from the first session up to `horizon`.
    pub fn expand(&self, horizon: NaiveDate) -> Expansion {
        Expansion { horizon, starts: std::sync::Arc::new(self.occurrence_starts(self.start.date(), horizon)) }
    }
}

/// A series with what it needs to list its sessions.
#[derive(Debug, Clone)]
pub struct Plan {
    pub series_id: i64,
    pub venue_id: i64,
    pub schedule: Schedule,
    pub exceptions: Vec<Exception>,
    /// The rule already expanded, when the caller keeps expansions; `None` expands on demand.
    pub expanded: Option<Expansion>,
}

impl Plan {
    /// The planned starts whose date lies in `lo..=hi`.
    fn starts_between(&self, lo: NaiveDate, hi: NaiveDate) -> Vec<NaiveDateTime> {
        match &self.expanded {
            Some(x) if hi <= x.horizon => {
                let a = x.starts.partition_point(|s| s.date() < lo);
                let b = x.starts.partition_point(|s| s.date() <= hi);
                x.starts[a..b.max(a)].to_vec()
            }
            _ => self.schedule.occurrence_starts(lo, hi),
        }
    }

    /// The planned start of the occurrence on `on`, if the rule has one that day.
    pub fn original(&self, on: NaiveDate) -> Option<NaiveDateTime> {
        self.starts_between(on, on).into_iter().next()
    }

    /// The planned start of every occurrence from `from` to `to`, and of those a move may bring
    /// into that range, by date.
    pub fn originals(&self, from: NaiveDate, to: NaiveDate) -> BTreeMap<NaiveDate, NaiveDateTime> {
        let moved = |f: fn(NaiveDate, NaiveDate) -> NaiveDate, edge: NaiveDate| {
            self.exceptions
                .iter()
                .filter_map(|e| match &e.change {
                    Change::Moved { start, .. } if start.date() >= from && start.date() <= to => Some(e.on),
                    _ => None,
                })
                .fold(edge, f)
        };
        let lo = moved(NaiveDate::min, from);
        let hi = moved(NaiveDate::max, to);
        self.starts_between(lo, hi).into_iter().map(|s| (s.date(), s)).collect()
    }

    /// The sessions whose (possibly moved) date lies in `from..=to`, cancelled ones included and
    /// marked, in time order.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence> {
        let length = TimeDelta::minutes(self.schedule.minutes);
        let originals = self.originals(from, to);
        let mut out = Vec::new();
        for (on, start) in originals.range(from..=to) {
            let (on, start) = (*on, *start);
            let base = Occurrence {
                series_id: self.series_id,
                on,
                original_start: start,
                start,
                end: start + length,
                venue_id: self.venue_id,
                original_venue_id: self.venue_id,
                status: Status::Scheduled,
                reason: None,
            };
            match self.exceptions.iter().find(|e| e.on == on).map(|e| &e.change) {
                None => out.push(base),
                Some(Change::Cancelled { reason }) => {
                    out.push(Occurrence { status: Status::Cancelled, reason: Some(reason.clone()), ..base })
                }
                // A moved session is listed where it now is (below).
                Some(Change::Moved { .. }) => {}
            }
        }
        for e in &self.exceptions {
            if let Change::Moved { start, end, venue_id, reason } = &e.change {
                let Some(original) = originals.get(&e.on) else { continue };
                if from <= start.date() && start.date() <= to {
                    out.push(Occurrence {
                        series_id: self.series_id,
                        on: e.on,
                        original_start: *original,
                        start: *start,
                        end: *end,
                        venue_id: *venue_id,
                        original_venue_id: self.venue_id,
                        status: Status::Moved,
                        reason: (!reason.is_empty()).then(|| reason.clone()),
                    });
                }
            }
        }
        out.sort_by_key(|o| (o.start, o.series_id));
        out
    }
}

/// One line of public text: whitespace runs become one space; control characters are refused
/// (they would break the calendar feed's lines, and PostgreSQL refuses NUL).
pub fn parse_line(s: &str, max: usize) -> Result<String, Invalid> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().any(char::is_control) {
        return Err(Invalid::new("error-control-chars"));
    }
    if s.chars().count() > max {
        return Err(Invalid::new("error-too-long"));
    }
    Ok(s)
}

/// Public text of several lines: line breaks kept (as `\n`), other control characters refused.
pub fn parse_text(s: &str, max: usize) -> Result<String, Invalid> {
    let s = s.trim().replace("\r\n", "\n").replace('\t', " ");
    if s.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Invalid::new("error-control-chars"));
    }
    if s.chars().count() > max {
        return Err(Invalid::new("error-too-long"));
    }
    Ok(s)
}

/// A short reason shown publicly: one line, at most 200 characters.
pub fn parse_reason(s: &str, required: bool) -> Result<String, Invalid> {
    let s = parse_line(s, 200)?;
    if required && s.is_empty() {
        return Err(Invalid::new("error-dropin-reason"));
    }
    Ok(s)
}

/// The number of residents who came: 0 is a valid answer.
pub fn parse_visitors(s: &str) -> Result<i32, Invalid> {
    match s.trim().parse::<i32>() {
        Ok(n) if (0..=1000).contains(&n) => Ok(n),
        _ => Err(Invalid::new("error-dropin-visitors")),
    }
}

/// Map coordinates as "latitude, longitude" in decimal degrees.
pub fn parse_coordinates(s: &str) -> Result<Option<(f64, f64)>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let bad = Invalid::new("error-dropin-coordinates");
    let (a, b) = s.split_once(',').ok_or(bad)?;
    let lat: f64 = a.trim().parse().map_err(|_| bad)?;
    let lon: f64 = b.trim().parse().map_err(|_| bad)?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(bad);
    }
    Ok(Some((lat, lon)))
}

#[cfg(test)]
mod tests;
