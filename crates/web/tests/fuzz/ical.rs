//! The iCalendar feed: random venues (through the venue form's checks, as they are stored),
//! series (through the series form), cancellations and moves, written by `feed::calendar` and
//! read back with the `icalendar` crate.
use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta};
use icalendar::{CalendarComponent, Component, EventLike};
use lotsen_domain::dropin::{MAX_MOVE_DAYS, Schedule as Rule, WEEKDAYS};
use lotsen_domain::ids::UnitId;
use lotsen_domain::locale::Locale;
use lotsen_domain::unit::UnitName;
use lotsen_store::{ExceptionRecord, SeriesRecord, VenueInput, VenueRecord};
use lotsen_web::dropin::manage::{SeriesForm, VenueForm};
use lotsen_web::dropin::{Schedule, description, feed, plan_of};
use lotsen_web::i18n::Tr;
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::noise;

const BASE: &str = "https://lotsen.example.se";

/// A schedule as the feed is given it; saved as JSON when a check fails.
#[derive(Debug, Serialize, Deserialize)]
pub struct Spec {
    unit: String,
    locale: usize,
    only: Option<i64>,
    venues: Vec<(i64, VenueSpec)>,
    series: Vec<SeriesSpec>,
    exceptions: Vec<(i64, NaiveDate, Option<Moved>)>,
}

/// Where a session was moved: start, end and venue.
type Moved = (NaiveDateTime, NaiveDateTime, i64);

#[derive(Debug, Serialize, Deserialize)]
struct VenueSpec {
    name: String,
    address: String,
    room: String,
    coordinates: Option<String>,
    accessibility: String,
    partners: String,
    sv: String,
    en: String,
    ar: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct SeriesSpec {
    id: i64,
    venue: i64,
    dtstart: NaiveDateTime,
    minutes: i64,
    rrule: Option<String>,
}

/// Keeps what a form would accept of `s`: no control characters (line breaks where allowed),
/// at most `max` characters.
fn tame(s: &str, max: usize, lines: bool) -> String {
    s.chars().filter(|c| !c.is_control() || (lines && *c == '\n')).take(max).collect()
}

fn venue(rng: &mut StdRng, i: i64) -> VenueSpec {
    let mut raw: Vec<String> = (0..9).map(|_| noise::nasty(rng)).collect();
    if rng.random_bool(0.3) {
        raw[0] = ["Nan", "2026", "1e3", "inf", "007", "Träffpunkt Öst"][rng.random_range(0..6)].into();
    }
    raw[3] = ["", "59.3293, 18.0686", "-90, 180", "1e3, 5", "59,3"][rng.random_range(0..5)].into();
    let fields = ["venue_name", "address", "room", "coordinates", "accessibility", "partners"];
    let descriptions = ["description_sv", "description_en", "description_ar"];
    let form = |raw: &[String]| -> Option<VenueInput> {
        let mut m = serde_json::Map::new();
        for (k, v) in fields.iter().chain(descriptions.iter()).zip(raw) {
            m.insert((*k).into(), json!(v));
        }
        serde_json::from_value::<VenueForm>(serde_json::Value::Object(m)).ok()?.check().ok()
    };
    let input = form(&raw).or_else(|| {
        let limits = [120, 300, 120, 60, 1000, 1000, 2000, 2000, 2000];
        let tamed: Vec<String> =
            raw.iter().zip(limits).enumerate().map(|(k, (s, max))| tame(s, max, k != 0 && k != 2)).collect();
        form(&tamed)
    });
    let input = input.unwrap_or_else(|| VenueInput {
        name: format!("Plats {i}"),
        address: String::new(),
        room: String::new(),
        coordinates: None,
        accessibility: String::new(),
        partners: String::new(),
        description_sv: String::new(),
        description_en: String::new(),
        description_ar: String::new(),
    });
    VenueSpec {
        name: input.name,
        address: input.address,
        room: input.room,
        coordinates: input.coordinates,
        accessibility: input.accessibility,
        partners: input.partners,
        sv: input.description_sv,
        en: input.description_en,
        ar: input.description_ar,
    }
}

fn record(id: i64, v: &VenueSpec) -> VenueRecord {
    VenueRecord {
        id,
        unit_id: UnitId::new(1),
        name: v.name.clone(),
        address: v.address.clone(),
        room: v.room.clone(),
        coordinates: v.coordinates.clone(),
        accessibility: v.accessibility.clone(),
        partners: v.partners.clone(),
        description_sv: v.sv.clone(),
        description_en: v.en.clone(),
        description_ar: v.ar.clone(),
        updated_at: 1_780_000_000,
    }
}

/// A day near a clock change in Stockholm, or any day of a few years.
fn start_date(rng: &mut StdRng) -> NaiveDate {
    let year = rng.random_range(2024..=2031);
    let base = match rng.random_range(0..3) {
        0 => last_sunday(year, 3),
        1 => last_sunday(year, 10),
        _ => NaiveDate::from_ymd_opt(year, rng.random_range(1..=12), rng.random_range(1..=28)),
    };
    base.unwrap_or_default() + TimeDelta::days(rng.random_range(-15..=15))
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let last = NaiveDate::from_ymd_opt(year, month + 1, 1)? - TimeDelta::days(1);
    Some(last - TimeDelta::days(i64::from(last.weekday().num_days_from_sunday())))
}

fn time(rng: &mut StdRng) -> String {
    let h = *[0, 1, 2, 3, 9, 12, 17, 22, 23].choose(rng).unwrap_or(&9);
    format!("{h:02}:{:02}", [0, 15, 30, 45, 59][rng.random_range(0..5)])
}

fn series(rng: &mut StdRng, id: i64, venues: &[VenueRecord]) -> Option<SeriesSpec> {
    for _ in 0..8 {
        let days: Vec<&str> = WEEKDAYS.iter().filter(|_| rng.random_bool(0.3)).map(|(c, _)| *c).collect();
        let start = start_date(rng);
        let repeat = ["once", "weekly", "biweekly", "monthly"][rng.random_range(0..4)];
        let week_of_month = ["1", "2", "3", "4", "-1", ""][rng.random_range(0..6)];
        let form = json!({
            "venue": venues.choose(rng).map(|v| v.id.to_string()).unwrap_or_default(),
            "repeat": repeat,
            "weekdays": days,
            "week_of_month": week_of_month,
            "start_date": start.to_string(),
            "start_time": time(rng),
            "end_time": time(rng),
            "until": if rng.random_bool(0.4) { (start + TimeDelta::days(rng.random_range(0..800))).to_string() } else { String::new() },
            "count": if rng.random_bool(0.3) { rng.random_range(1..=520).to_string() } else { String::new() },
        });
        let Ok(form) = serde_json::from_value::<SeriesForm>(form) else { continue };
        if let Ok(input) = form.check(venues, &[]) {
            return Some(SeriesSpec {
                id,
                venue: input.venue_id,
                dtstart: input.dtstart,
                minutes: input.minutes,
                rrule: input.rrule,
            });
        }
    }
    None
}

pub fn input(rng: &mut StdRng) -> Vec<u8> {
    let venues: Vec<(i64, VenueSpec)> = (1..=rng.random_range(1..=4)).map(|i| (i * 7, venue(rng, i * 7))).collect();
    let records: Vec<VenueRecord> = venues.iter().map(|(id, v)| record(*id, v)).collect();
    let series: Vec<SeriesSpec> =
        (1..=rng.random_range(1..=4)).filter_map(|i| series(rng, 100 + i, &records)).collect();
    let mut exceptions = Vec::new();
    for s in &series {
        let Ok(rule) = Rule::from_stored(s.dtstart, s.minutes, s.rrule.as_deref()) else { continue };
        let starts = rule.occurrence_starts(s.dtstart.date(), s.dtstart.date() + TimeDelta::days(800));
        for _ in 0..rng.random_range(0..4) {
            let Some(original) = starts.choose(rng) else { break };
            let moved = rng.random_bool(0.5).then(|| {
                let start = original.date().and_time(Default::default())
                    + TimeDelta::days(rng.random_range(-MAX_MOVE_DAYS..=MAX_MOVE_DAYS))
                    + TimeDelta::minutes(rng.random_range(0..24 * 60));
                let venue = records.choose(rng).map_or(0, |v| v.id);
                (start, start + TimeDelta::minutes(s.minutes), venue)
            });
            exceptions.push((s.id, original.date(), moved));
        }
        // One exception a day: the last given wins, as the store keeps one row a day.
        exceptions.reverse();
        let mut seen = std::collections::HashSet::new();
        exceptions.retain(|(id, on, _)| seen.insert((*id, *on)));
    }
    let unit = noise::nasty(rng);
    let unit = match UnitName::parse(&unit) {
        Ok(n) => n.as_str().to_owned(),
        Err(_) => {
            let t = tame(&unit, 120, false);
            UnitName::parse(&t).map_or_else(|_| "Lotsen".to_owned(), |n| n.as_str().to_owned())
        }
    };
    let only = rng.random_bool(0.4).then(|| records.choose(rng).map_or(1, |v| v.id));
    let spec = Spec { unit, locale: rng.random_range(0..3), only, venues, series, exceptions };
    serde_json::to_vec(&spec).unwrap_or_default()
}

/// Reverses RFC 5545 TEXT escaping.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(x) => out.push(x),
                None => out.push('\\'),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// Writes the feed of `input` (a [`Spec`] as JSON) and checks what a calendar app reads of it.
pub fn check(input: &[u8]) -> Result<(), String> {
    let Ok(spec) = serde_json::from_slice::<Spec>(input) else { return Ok(()) };
    let locale = Locale::ALL[spec.locale % 3];
    let t = Tr::new(locale);
    let venues: Vec<VenueRecord> = spec.venues.iter().map(|(id, v)| record(*id, v)).collect();
    let series: Vec<SeriesRecord> = spec
        .series
        .iter()
        .map(|s| SeriesRecord {
            id: s.id,
            unit_id: UnitId::new(1),
            venue_id: s.venue,
            dtstart: s.dtstart,
            minutes: s.minutes,
            rrule: s.rrule.clone(),
            staff: Vec::new(),
            sequence: 2,
            created_at: 1_780_000_000,
            updated_at: 1_780_000_000,
        })
        .collect();
    let exceptions: Vec<ExceptionRecord> = spec
        .exceptions
        .iter()
        .map(|(series_id, on, moved)| ExceptionRecord {
            series_id: *series_id,
            occurs_on: *on,
            status: if moved.is_some() { "moved" } else { "cancelled" }.into(),
            reason: String::new(),
            new_start: moved.map(|m| m.0),
            new_end: moved.map(|m| m.1),
            new_venue_id: moved.map(|m| m.2),
            updated_at: 1_780_000_000,
        })
        .collect();
    let today = lotsen_domain::clock::Clock::system().today();
    let plans = series.iter().filter_map(|s| plan_of(s, &exceptions, today)).collect();
    let schedule = Schedule { venues, series, exceptions, plans };
    let name = plain(&t.arg_text("dropin-feed-name", "name", &spec.unit));
    let text = feed::calendar(BASE, &t, &name, &schedule, spec.only);

    // Lines: CRLF, none longer than 75 octets.
    let Some(body) = text.strip_suffix("\r\n") else { return Err("the feed does not end with CRLF".into()) };
    for (n, line) in body.split("\r\n").enumerate() {
        if line.contains(['\r', '\n']) {
            return Err(format!("line {} has a bare CR or LF: {line:?}", n + 1));
        }
        if line.len() > 75 {
            return Err(format!("line {} is {} octets: {line:?}", n + 1, line.len()));
        }
    }
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");

    // The calendar's name, an X- property of type TEXT.
    let calname = unfolded.lines().find_map(|l| l.strip_prefix("X-WR-CALNAME:")).unwrap_or_default();
    if unescape(calname.trim_end_matches('\r')) != name {
        return Err(format!("X-WR-CALNAME reads {:?}, not {name:?}", unescape(calname)));
    }

    let cal: icalendar::Calendar = text.parse().map_err(|e| format!("the feed does not parse: {e}"))?;
    let events: Vec<&icalendar::Event> = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let expected = expected_events(&schedule, spec.only);
    if events.len() != expected {
        return Err(format!("{} VEVENTs, {expected} meant", events.len()));
    }
    for e in events {
        let url = e.get_url().unwrap_or_default();
        let id: i64 = url.rsplit('/').next().and_then(|i| i.parse().ok()).unwrap_or(-1);
        let Some(v) = schedule.venue(id) else { return Err(format!("an event's URL {url:?} names no venue")) };
        let summary = e.get_summary().unwrap_or_default();
        if !summary.ends_with(&plain(&v.name)) || summary.len() > plain(&v.name).len() + 80 {
            return Err(format!("SUMMARY {summary:?} does not give the venue's name {:?}", v.name));
        }
        let location: Vec<&str> = [v.name.as_str(), v.room.as_str(), v.address.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if e.get_location() != Some(location.join(", ").as_str()) {
            return Err(format!("LOCATION {:?}, not {:?}", e.get_location(), location.join(", ")));
        }
        let d = description(v, locale).trim();
        if !d.is_empty() && !e.get_description().unwrap_or_default().starts_with(d) {
            return Err(format!("DESCRIPTION {:?} does not start with {d:?}", e.get_description()));
        }
        for key in ["DTSTART", "DTEND", "UID", "DTSTAMP"] {
            if e.property_value(key).is_none() {
                return Err(format!("an event has no {key}"));
            }
        }
    }
    Ok(())
}

/// How many VEVENTs the feed is meant to have (see the module comment of `feed`).
fn expected_events(s: &Schedule, only: Option<i64>) -> usize {
    let here = |venue: i64| only.is_none_or(|o| o == venue);
    let mut n = 0;
    for series in &s.series {
        let Some(plan) = s.plan(series.id) else { continue };
        if plan.schedule.rrule().is_none() {
            let change = plan.exceptions.iter().find(|x| x.on == plan.schedule.start.date()).map(|x| &x.change);
            n += usize::from(match change {
                Some(lotsen_domain::dropin::Change::Cancelled { .. }) => false,
                Some(lotsen_domain::dropin::Change::Moved { venue_id, .. }) => here(*venue_id),
                None => here(series.venue_id),
            });
            continue;
        }
        let master_here = here(series.venue_id);
        n += usize::from(master_here);
        for x in &plan.exceptions {
            if plan.original(x.on).is_none() {
                continue;
            }
            if let lotsen_domain::dropin::Change::Moved { venue_id, .. } = &x.change
                && here(*venue_id)
            {
                n += 1;
            }
        }
    }
    n
}
