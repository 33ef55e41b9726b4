//! When a service is open, from its HSDS schedules, in Swedish local time: "open now" and "opens
//! within a week" for the referral suggestions. HSDS schedules are RRULE-like: weekly on some
//! days (every `interval` weeks from `dtstart`), monthly on the nth weekday ("2TU", "-1FR"), or a
//! single day (no `freq`, `valid_from` = `valid_to`), between `opens_at` and `closes_at`, within
//! `valid_from`…`valid_to` and `dtstart`…`until`. A schedule that makes no such rule is skipped.
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use lotsen_hsds::Row;
use serde_json::Value;

const DAYS: [(&str, Weekday); 7] = [
    ("MO", Weekday::Mon),
    ("TU", Weekday::Tue),
    ("WE", Weekday::Wed),
    ("TH", Weekday::Thu),
    ("FR", Weekday::Fri),
    ("SA", Weekday::Sat),
    ("SU", Weekday::Sun),
];

fn date(r: &Row, k: &str) -> Option<NaiveDate> {
    r.text(k).and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
}

fn time(r: &Row, k: &str) -> Option<NaiveTime> {
    let s = r.text(k)?;
    NaiveTime::parse_from_str(s.get(..5)?, "%H:%M").ok()
}

/// A `byday` item: the weekday and, for monthly rules, which one of the month (2 = second, -1 = last).
fn by_day(item: &str) -> Option<(Option<i32>, Weekday)> {
    let item = item.trim();
    let split = item.len().checked_sub(2)?;
    let (n, code) = item.split_at(split);
    let day = DAYS.iter().find(|(c, _)| *c == code)?.1;
    let n = if n.is_empty() { None } else { Some(n.trim_start_matches('+').parse::<i32>().ok()?) };
    Some((n, day))
}

/// Which of its weekday in the month a date is, from the start (1…5) and from the end (-1…-5).
fn nth(d: NaiveDate) -> (i32, i32) {
    let from_start = (d.day0() / 7 + 1) as i32;
    let days_in_month = {
        let first_next = if d.month() == 12 {
            NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
        };
        first_next.and_then(|f| f.pred_opt()).map_or(31, |l| l.day())
    };
    (from_start, -(((days_in_month - d.day()) / 7) as i32 + 1))
}

/// Whether the schedule's rule falls on a date (times aside).
fn on(s: &Row, d: NaiveDate) -> bool {
    let (from, to) = (date(s, "valid_from"), date(s, "valid_to"));
    if from.is_some_and(|f| d < f) || to.is_some_and(|t| d > t) {
        return false;
    }
    let start = date(s, "dtstart");
    if start.is_some_and(|x| d < x) || date(s, "until").is_some_and(|u| d > u) {
        return false;
    }
    let days: Vec<(Option<i32>, Weekday)> =
        s.text("byday").unwrap_or_default().split(',').filter(|x| !x.trim().is_empty()).filter_map(by_day).collect();
    let interval = s.fields.get("interval").and_then(Value::as_f64).map_or(1, |i| i.max(1.0) as i64);
    match s.text("freq") {
        Some("WEEKLY") => {
            if !days.iter().any(|(_, w)| *w == d.weekday()) {
                return false;
            }
            match start {
                Some(st) if interval > 1 => {
                    let weeks = (d.week(Weekday::Mon).first_day() - st.week(Weekday::Mon).first_day()).num_days() / 7;
                    weeks % interval == 0
                }
                _ => true,
            }
        }
        Some("MONTHLY") => {
            let (a, b) = nth(d);
            days.iter().any(|(n, w)| *w == d.weekday() && n.is_none_or(|n| n == a || n == b))
        }
        // A single day.
        None => from.is_some() && from == to,
        Some(_) => false,
    }
}

/// The next time the schedule is open, from `now` and within `days` days: (opens, closes). Open now
/// gives the current opening.
pub fn next_open(s: &Row, now: NaiveDateTime, days: u64) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let (opens, closes) = (time(s, "opens_at")?, time(s, "closes_at")?);
    if closes <= opens {
        return None;
    }
    (0..=days).filter_map(|i| now.date().checked_add_days(Days::new(i))).find_map(|d| {
        let (o, c) = (d.and_time(opens), d.and_time(closes));
        (c > now && on(s, d)).then_some((o, c))
    })
}

/// The soonest opening of any of the schedules.
pub fn soonest<'a>(
    schedules: impl IntoIterator<Item = &'a Row>,
    now: NaiveDateTime,
    days: u64,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    schedules.into_iter().filter_map(|s| next_open(s, now, days)).min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lotsen_hsds::spec::object;

    fn schedule(fields: &[(&str, Value)]) -> Row {
        let mut r = Row::new(object("schedule").unwrap());
        r.fields.insert("id".into(), Value::from("00000000-0000-4000-8000-000000000001"));
        for (k, v) in fields {
            r.fields.insert((*k).into(), v.clone());
        }
        r
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn weekly_days_open_now_later_today_and_next_week() {
        // Tuesdays and Thursdays 09:00–12:00. 2026-11-24 is a Tuesday.
        let s = schedule(&[
            ("freq", "WEEKLY".into()),
            ("byday", "TU,TH".into()),
            ("opens_at", "09:00".into()),
            ("closes_at", "12:00:00".into()),
        ]);
        assert_eq!(next_open(&s, at("2026-11-24 10:30"), 7), Some((at("2026-11-24 09:00"), at("2026-11-24 12:00"))));
        assert_eq!(next_open(&s, at("2026-11-24 08:00"), 7).unwrap().0, at("2026-11-24 09:00"));
        assert_eq!(next_open(&s, at("2026-11-24 12:00"), 7).unwrap().0, at("2026-11-26 09:00"));
        assert_eq!(next_open(&s, at("2026-11-27 13:00"), 7).unwrap().0, at("2026-12-01 09:00"));
        assert_eq!(next_open(&s, at("2026-11-27 13:00"), 2), None);
    }

    #[test]
    fn every_other_week_monthly_single_days_and_validity() {
        let fortnightly = schedule(&[
            ("freq", "WEEKLY".into()),
            ("interval", 2.into()),
            ("dtstart", "2026-11-02".into()),
            ("byday", "MO".into()),
            ("opens_at", "13:00".into()),
            ("closes_at", "15:00".into()),
        ]);
        // 2026-11-16 is two weeks on (open), 2026-11-23 three (closed), 2026-11-30 four.
        assert_eq!(next_open(&fortnightly, at("2026-11-16 13:30"), 0).unwrap().0, at("2026-11-16 13:00"));
        assert_eq!(next_open(&fortnightly, at("2026-11-23 13:30"), 0), None);
        assert_eq!(next_open(&fortnightly, at("2026-11-23 13:30"), 7).unwrap().0, at("2026-11-30 13:00"));
        // The last Friday of the month: 2026-11-27.
        let last_friday = schedule(&[
            ("freq", "MONTHLY".into()),
            ("byday", "-1FR".into()),
            ("opens_at", "10:00".into()),
            ("closes_at", "11:00".into()),
        ]);
        assert_eq!(next_open(&last_friday, at("2026-11-20 09:00"), 7).unwrap().0, at("2026-11-27 10:00"));
        assert_eq!(next_open(&last_friday, at("2026-11-13 09:00"), 6), None);
        let second_tuesday = schedule(&[
            ("freq", "MONTHLY".into()),
            ("byday", "2TU".into()),
            ("opens_at", "10:00".into()),
            ("closes_at", "11:00".into()),
        ]);
        assert_eq!(next_open(&second_tuesday, at("2026-12-01 12:00"), 14).unwrap().0, at("2026-12-08 10:00"));
        let one_day = schedule(&[
            ("valid_from", "2026-12-03".into()),
            ("valid_to", "2026-12-03".into()),
            ("opens_at", "17:00".into()),
            ("closes_at", "19:00".into()),
        ]);
        assert_eq!(next_open(&one_day, at("2026-12-01 12:00"), 7).unwrap().0, at("2026-12-03 17:00"));
        let ended = schedule(&[
            ("freq", "WEEKLY".into()),
            ("byday", "MO,TU,WE,TH,FR".into()),
            ("valid_to", "2026-11-20".into()),
            ("opens_at", "09:00".into()),
            ("closes_at", "16:00".into()),
        ]);
        assert_eq!(next_open(&ended, at("2026-11-24 10:00"), 7), None);
    }

    #[test]
    fn rules_that_cannot_be_read_are_skipped() {
        for fields in [
            vec![("freq", Value::from("WEEKLY")), ("byday", "XX".into()), ("opens_at", "09:00".into())],
            vec![("freq", "DAILY".into()), ("opens_at", "09:00".into()), ("closes_at", "10:00".into())],
            vec![
                ("freq", "WEEKLY".into()),
                ("byday", "MO".into()),
                ("opens_at", "12:00".into()),
                ("closes_at", "09:00".into()),
            ],
        ] {
            assert_eq!(next_open(&schedule(&fields), at("2026-11-23 08:00"), 7), None, "{fields:?}");
        }
    }
}
