//! A series' schedule: checked from the form or read back from its stored RFC 5545 rule, and
//! expanded into the local start of each occurrence.
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Weekday};
use chrono_tz::Europe::Stockholm;
use rrule::{Frequency, NWeekday, RRule, RRuleSet, Tz, Unvalidated};

use super::MAX_COUNT;
use super::fields::{Repeat, WEEKS_OF_MONTH, parse_date, parse_span, parse_weekday, weekday_code};
use crate::Invalid;

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
