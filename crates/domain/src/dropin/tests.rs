use chrono::{NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Europe::Stockholm;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dt(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn days(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn schedule(start: &str, from: &str, to: &str, repeat: &str, weekdays: &[&str]) -> Schedule {
    let w = days(weekdays);
    Schedule::parse(&ScheduleInput {
        start_date: start,
        start_time: from,
        end_time: to,
        repeat,
        weekdays: &w,
        ..Default::default()
    })
    .unwrap()
}

fn utc_offset_hours(local: NaiveDateTime) -> i32 {
    Stockholm.from_local_datetime(&local).unwrap().offset().fix().local_minus_utc() / 3600
}

#[test]
fn weekly_series_keeps_its_local_time_across_the_march_clock_change() {
    // 2026-03-29 is the last Sunday of March: CET (+1) becomes CEST (+2).
    let s = schedule("2026-03-16", "12:30", "14:30", "weekly", &["MO"]);
    let got = s.occurrence_starts(d("2026-03-16"), d("2026-04-06"));
    assert_eq!(
        got,
        vec![dt("2026-03-16 12:30"), dt("2026-03-23 12:30"), dt("2026-03-30 12:30"), dt("2026-04-06 12:30")]
    );
    assert_eq!(utc_offset_hours(got[1]), 1);
    assert_eq!(utc_offset_hours(got[2]), 2);
    assert_eq!(s.rrule().unwrap(), "FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO");
}

#[test]
fn every_other_week_keeps_its_local_time_across_the_october_clock_change() {
    // 2026-10-25 is the last Sunday of October: CEST (+2) becomes CET (+1).
    let s = schedule("2026-10-13", "10:00", "12:00", "biweekly", &["TU"]);
    let got = s.occurrence_starts(d("2026-10-01"), d("2026-11-30"));
    assert_eq!(
        got,
        vec![dt("2026-10-13 10:00"), dt("2026-10-27 10:00"), dt("2026-11-10 10:00"), dt("2026-11-24 10:00")]
    );
    assert_eq!(utc_offset_hours(got[0]), 2);
    assert_eq!(utc_offset_hours(got[1]), 1);
    assert_eq!(s.end_time(), chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap());
}

#[test]
fn the_first_session_is_the_first_matching_day_on_or_after_the_start_date() {
    // 2026-03-18 is a Wednesday; the series is on Mondays.
    let s = schedule("2026-03-18", "12:30", "14:30", "weekly", &["MO"]);
    assert_eq!(s.start, dt("2026-03-23 12:30"));
    let b = schedule("2026-03-18", "13:00", "15:00", "biweekly", &["TU"]);
    assert_eq!(b.start, dt("2026-03-24 13:00"));
    assert_eq!(
        b.occurrence_starts(d("2026-03-01"), d("2026-04-10")),
        vec![dt("2026-03-24 13:00"), dt("2026-04-07 13:00")]
    );
}

#[test]
fn a_cancelled_and_a_moved_session_across_the_clock_change() {
    let s = schedule("2026-03-16", "12:30", "14:30", "weekly", &["MO"]);
    let plan = Plan {
        series_id: 7,
        venue_id: 1,
        schedule: s,
        exceptions: vec![
            Exception { on: d("2026-03-23"), change: Change::Cancelled { reason: "Snö".into() } },
            Exception {
                on: d("2026-03-30"),
                change: Change::Moved {
                    start: dt("2026-03-31 13:00"),
                    end: dt("2026-03-31 15:00"),
                    venue_id: 2,
                    reason: String::new(),
                },
            },
        ],
        expanded: None,
    };
    let got = plan.occurrences(d("2026-03-16"), d("2026-04-06"));
    let summary: Vec<_> = got.iter().map(|o| (o.on, o.start, o.end, o.venue_id, o.status)).collect();
    assert_eq!(
        summary,
        vec![
            (d("2026-03-16"), dt("2026-03-16 12:30"), dt("2026-03-16 14:30"), 1, Status::Scheduled),
            (d("2026-03-23"), dt("2026-03-23 12:30"), dt("2026-03-23 14:30"), 1, Status::Cancelled),
            (d("2026-03-30"), dt("2026-03-31 13:00"), dt("2026-03-31 15:00"), 2, Status::Moved),
            (d("2026-04-06"), dt("2026-04-06 12:30"), dt("2026-04-06 14:30"), 1, Status::Scheduled),
        ]
    );
    assert_eq!(got[1].reason.as_deref(), Some("Snö"));
    assert_eq!(got[2].original_start, dt("2026-03-30 12:30"));
    // A session moved out of the window leaves it; one moved into it arrives.
    assert!(plan.occurrences(d("2026-03-30"), d("2026-03-30")).is_empty());
    assert_eq!(plan.occurrences(d("2026-03-31"), d("2026-03-31")).len(), 1);
    // The same from a kept expansion.
    let kept = Plan { expanded: Some(plan.schedule.expand(d("2027-12-31"))), ..plan.clone() };
    assert_eq!(kept.occurrences(d("2026-03-16"), d("2026-04-06")), got);
    assert_eq!(kept.occurrences(d("2026-03-31"), d("2026-03-31")).len(), 1);
}

#[test]
fn monthly_on_the_last_thursday() {
    let w = days(&["TH"]);
    let s = Schedule::parse(&ScheduleInput {
        start_date: "2026-01-01",
        start_time: "10:00",
        end_time: "12:00",
        repeat: "monthly",
        weekdays: &w,
        week_of_month: "-1",
        count: "3",
        ..Default::default()
    })
    .unwrap();
    assert_eq!(s.rrule().unwrap(), "FREQ=MONTHLY;INTERVAL=1;WKST=MO;BYDAY=-1TH;COUNT=3");
    assert_eq!(
        s.occurrence_starts(d("2026-01-01"), d("2026-12-31")),
        vec![dt("2026-01-29 10:00"), dt("2026-02-26 10:00"), dt("2026-03-26 10:00")]
    );
}

#[test]
fn until_is_the_end_of_the_last_day_in_utc_and_reads_back() {
    let w = days(&["TU", "TH"]);
    let s = Schedule::parse(&ScheduleInput {
        start_date: "2026-06-01",
        start_time: "10:00",
        end_time: "12:00",
        repeat: "biweekly",
        weekdays: &w,
        until: "2026-06-30",
        ..Default::default()
    })
    .unwrap();
    let rule = s.rrule().unwrap();
    assert_eq!(rule, "FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU,TH;UNTIL=20260630T215959Z");
    assert_eq!(
        s.occurrence_starts(d("2026-01-01"), d("2026-12-31")),
        vec![
            dt("2026-06-02 10:00"),
            dt("2026-06-04 10:00"),
            dt("2026-06-16 10:00"),
            dt("2026-06-18 10:00"),
            dt("2026-06-30 10:00")
        ]
    );
    let back = Schedule::from_stored(s.start, s.minutes, Some(&rule)).unwrap();
    assert_eq!(back, s);
}

#[test]
fn a_one_off_session_has_no_rule() {
    let s = schedule("2026-12-03", "17:00", "19:00", "once", &[]);
    assert_eq!(s.rrule(), None);
    assert_eq!(s.occurrence_starts(d("2026-12-01"), d("2026-12-31")), vec![dt("2026-12-03 17:00")]);
    assert_eq!(Schedule::from_stored(s.start, s.minutes, None).unwrap(), s);
}

#[test]
fn ending_a_series_sets_its_last_day() {
    let s = schedule("2026-03-16", "12:30", "14:30", "weekly", &["MO"]);
    let ended = s.ended_on(d("2026-03-31")).unwrap();
    assert_eq!(ended.occurrence_starts(d("2026-03-01"), d("2026-12-31")).len(), 3);
    assert_eq!(s.ended_on(d("2026-03-01")).unwrap_err().message_id, "error-dropin-until-before-start");
}

fn errors_of(input: ScheduleInput<'_>) -> Vec<(&'static str, &'static str)> {
    Schedule::parse(&input).unwrap_err().into_iter().map(|(f, e)| (f, e.message_id)).collect()
}

#[test]
fn bad_series_are_refused_field_by_field() {
    let mo = days(&["MO"]);
    let base = ScheduleInput {
        start_date: "2026-03-16",
        start_time: "12:30",
        end_time: "14:30",
        repeat: "weekly",
        weekdays: &mo,
        ..Default::default()
    };
    assert_eq!(
        errors_of(ScheduleInput { end_time: "11:00", ..base.clone() }),
        vec![("end_time", "error-dropin-end-before-start")]
    );
    assert_eq!(
        errors_of(ScheduleInput { end_time: "12:30", ..base.clone() }),
        vec![("end_time", "error-dropin-end-before-start")]
    );
    let bad = days(&["MO", "XX"]);
    assert_eq!(errors_of(ScheduleInput { weekdays: &bad, ..base.clone() }), vec![("weekdays", "error-dropin-weekday")]);
    assert_eq!(
        errors_of(ScheduleInput { weekdays: &[], ..base.clone() }),
        vec![("weekdays", "error-dropin-weekday-missing")]
    );
    assert_eq!(errors_of(ScheduleInput { repeat: "daily", ..base.clone() }), vec![("repeat", "error-dropin-repeat")]);
    assert_eq!(
        errors_of(ScheduleInput { until: "2026-03-01", ..base.clone() }),
        vec![("until", "error-dropin-until-before-start")]
    );
    assert_eq!(
        errors_of(ScheduleInput { until: "2026-06-01", count: "4", ..base.clone() }),
        vec![("count", "error-dropin-until-and-count")]
    );
    assert_eq!(errors_of(ScheduleInput { count: "0", ..base.clone() }), vec![("count", "error-dropin-count")]);
    assert_eq!(
        errors_of(ScheduleInput { repeat: "monthly", week_of_month: "5", ..base.clone() }),
        vec![("week_of_month", "error-dropin-week-of-month")]
    );
    assert_eq!(
        errors_of(ScheduleInput { start_date: "2026-02-30", start_time: "25:00", ..base.clone() }),
        vec![("start_date", "error-date"), ("start_time", "error-time")]
    );
}

#[test]
fn reasons_visitors_and_coordinates() {
    assert_eq!(parse_reason("  Inställt   på grund av snö ", true).unwrap(), "Inställt på grund av snö");
    assert_eq!(parse_reason(" ", true).unwrap_err().message_id, "error-dropin-reason");
    assert_eq!(parse_reason("Snö\u{0}", true).unwrap_err().message_id, "error-control-chars");
    assert_eq!(parse_text("Rad ett\r\nRad två", 100).unwrap(), "Rad ett\nRad två");
    assert_eq!(parse_text("a\rb", 100).unwrap_err().message_id, "error-control-chars");
    assert_eq!(parse_visitors("0"), Ok(0));
    assert!(parse_date("262143-12-31").is_err());
    assert!(parse_date("2026-03-16").is_ok());
    assert!(parse_visitors("-1").is_err());
    assert!(parse_visitors("två").is_err());
    assert_eq!(parse_coordinates("59.3326, 18.0649").unwrap(), Some((59.3326, 18.0649)));
    assert_eq!(parse_coordinates("").unwrap(), None);
    assert!(parse_coordinates("91, 18").is_err());
    assert!(parse_coordinates("Stockholm").is_err());
}
