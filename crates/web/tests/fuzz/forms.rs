//! The forms: quick registration and the case edit (`CaseForm::check_registration`,
//! `check_edit`), drop-in venues and series. Inputs are the
//! forms' fields as JSON, as serde reads a posted form, with hostile text in every field.
use chrono::{Datelike, NaiveDate, TimeDelta, TimeZone};
use chrono_tz::Europe::Stockholm;
use lotsen_app::case::register::Registration;
use lotsen_domain::case::{CaseStatus, Residency};
use lotsen_domain::dropin::Schedule as Rule;
use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_domain::role::Role;
use lotsen_store::{CaseRecord, Lists, UserRecord, VenueRecord};
use lotsen_web::dropin::manage::{SeriesForm, VenueForm};
use lotsen_web::forms::case::CaseForm;
use rand::Rng;
use rand::rngs::StdRng;
use serde_json::{Map, Value, json};

use crate::noise;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default()
}

fn object(fields: &[(&str, Value)]) -> Vec<u8> {
    let m: Map<String, Value> = fields.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    serde_json::to_vec(&Value::Object(m)).unwrap_or_default()
}

fn ids(lists: &Lists, kind: ListKind) -> Vec<String> {
    lists.all(kind).iter().flat_map(|e| [e.id.to_string(), e.label_sv.clone()]).collect()
}

fn dates() -> Vec<String> {
    let t = today();
    [t, t - TimeDelta::days(1), t + TimeDelta::days(1), t + TimeDelta::days(730), t + TimeDelta::days(731)]
        .iter()
        .map(NaiveDate::to_string)
        .chain(["2000-01-01".into(), "1999-12-31".into()])
        .collect()
}

/// Quick registration: every field hostile or, at times, a value the lists know.
pub fn case_input(rng: &mut StdRng, lists: &Lists) -> Vec<u8> {
    let f = |rng: &mut StdRng, good: &[String]| json!(noise::field(rng, good));
    let opt = |rng: &mut StdRng| if rng.random_bool(0.5) { json!(noise::nasty(rng)) } else { Value::Null };
    let numbers: Vec<String> = ["0", "1", "15", "480", "481", "999", "-5"].map(String::from).to_vec();
    let secondary: Vec<Value> = (0..rng.random_range(0..4)).map(|_| f(rng, &ids(lists, ListKind::Category))).collect();
    object(&[
        ("channel", f(rng, &ids(lists, ListKind::Channel))),
        ("age_group", f(rng, &ids(lists, ListKind::AgeGroup))),
        ("category", f(rng, &ids(lists, ListKind::Category))),
        ("secondary", Value::Array(secondary)),
        ("minutes", f(rng, &numbers)),
        ("mode", f(rng, &ids(lists, ListKind::ContactMode))),
        ("residency", f(rng, &["yes", "no", "not_applicable"].map(String::from))),
        ("returning", opt(rng)),
        ("returning_reason", f(rng, &["not_satisfied", "something_else", "new_problem", ""].map(String::from))),
        ("previous_case", f(rng, &["#12", "12", "", "#-1"].map(String::from))),
        ("first_contact_on", f(rng, &dates())),
        ("referring_org", f(rng, &["Skolan".into()])),
        ("ref_destination", f(rng, &ids(lists, ListKind::ReferralDestination))),
        ("ref_kind", f(rng, &ids(lists, ListKind::ReferralKind))),
        ("ref_consent", opt(rng)),
        ("follow_up", opt(rng)),
        ("follow_up_on", f(rng, &dates())),
        ("coordinator", f(rng, &["1".into()])),
        ("venue", f(rng, &["7".into()])),
        ("inquiry", f(rng, &["3".into()])),
        ("first_contact", json!(rng.random_bool(0.7))),
    ])
}

/// A case as stored, for the edit form: the first entry of each list, first met a month ago.
fn kept_case(lists: &Lists, today: NaiveDate) -> CaseRecord {
    let first = |k: ListKind| lists.all(k).first().map(|e| e.id).expect("the seed lists are not empty");
    CaseRecord {
        id: CaseId::new(9),
        unit_id: UnitId::new(1),
        channel_id: first(ListKind::Channel),
        first_contact_on: today - TimeDelta::days(30),
        age_group_id: first(ListKind::AgeGroup),
        main_category_id: first(ListKind::Category),
        secondary: Vec::new(),
        returning: false,
        returning_reason: None,
        previous_case_id: None,
        residency: Residency::Yes,
        referring_org: None,
        coordinator_id: UserId::new(2),
        status: CaseStatus::Open,
        closed_on: None,
        closing_outcome_id: None,
        external_id: None,
        created_at: 0,
        updated_at: 0,
        person_id: None,
        documented: false,
        keep_reason: None,
        culled_on: None,
    }
}

/// Checks the form; what it accepts must name entries of the right lists and sensible dates.
pub fn case_check(input: &[u8], lists: &Lists) -> Result<(), String> {
    let Ok(v) = serde_json::from_slice::<Value>(input) else { return Ok(()) };
    let first_contact = v.get("first_contact").and_then(Value::as_bool).unwrap_or(true);
    let Ok(form) = serde_json::from_value::<CaseForm>(v) else { return Ok(()) };
    let today = today();
    let checked = if first_contact {
        form.check_registration(lists, today, UnitId::new(1), UserId::new(2))
    } else {
        let kept = kept_case(lists, today);
        form.check_edit(lists, today, UnitId::new(1), UserId::new(2), &kept).map(|e| Registration {
            case: e.case,
            contact: None,
            referral: None,
            follow_up_on: None,
        })
    };
    let Ok(c) = checked else { return Ok(()) };
    let kind_of = |id: ListEntryId| lists.get(id).map(|e| e.kind);
    let case = &c.case;
    for (id, kind) in [
        (case.channel_id, ListKind::Channel),
        (case.age_group_id, ListKind::AgeGroup),
        (case.main_category_id, ListKind::Category),
    ]
    .into_iter()
    .chain(case.secondary.iter().map(|s| (*s, ListKind::Category)))
    {
        if kind_of(id) != Some(kind) {
            return Err(format!("accepted id {id} as a {kind:?}"));
        }
    }
    if case.secondary.contains(&case.main_category_id) {
        return Err("the main category is also a secondary one".into());
    }
    if case.first_contact_on > today || case.first_contact_on.year() < 2000 {
        return Err(format!("accepted first contact on {}", case.first_contact_on));
    }
    if let Some(d) = c.follow_up_on
        && (d < today || d > today + TimeDelta::days(730))
    {
        return Err(format!("accepted a follow-up on {d}"));
    }
    if let Some(contact) = &c.contact
        && (kind_of(contact.mode_id) != Some(ListKind::ContactMode) || contact.minutes < 0)
    {
        return Err(format!("accepted contact {contact:?}"));
    }
    if let Some(r) = &c.referral
        && (kind_of(r.destination_id) != Some(ListKind::ReferralDestination)
            || kind_of(r.kind_id) != Some(ListKind::ReferralKind))
    {
        return Err(format!("accepted referral {r:?}"));
    }
    Ok(())
}

pub fn venues() -> Vec<VenueRecord> {
    (1..=3)
        .map(|id| VenueRecord {
            id,
            unit_id: UnitId::new(1),
            name: format!("Plats {id}"),
            address: String::new(),
            room: String::new(),
            coordinates: None,
            accessibility: String::new(),
            partners: String::new(),
            description_sv: String::new(),
            description_en: String::new(),
            description_ar: String::new(),
            updated_at: 0,
        })
        .collect()
}

pub fn users() -> Vec<UserRecord> {
    (1..=3)
        .map(|id| UserRecord {
            id: UserId::new(id),
            unit_id: UnitId::new(1),
            username: format!("u{id}"),
            display_name: format!("U {id}"),
            role: Role::Coordinator,
            disabled: id == 3,
            created_at: 0,
            password_changed_at: 0,
        })
        .collect()
}

/// A drop-in series form and a venue form, in one input.
pub fn dropin_input(rng: &mut StdRng) -> Vec<u8> {
    let f = |rng: &mut StdRng, good: &[&str]| {
        json!(noise::field(rng, &good.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()))
    };
    let list =
        |rng: &mut StdRng, good: &[&str]| Value::Array((0..rng.random_range(0..5)).map(|_| f(rng, good)).collect());
    let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "mo", " su "];
    let dates = ["2026-03-29", "2026-10-25", "2026-02-28", "2024-02-29", "2000-01-01", "2100-12-31", "2026-01-31"];
    let times = ["02:30", "02:00", "03:00", "00:00", "23:59", "10.30", "10:00:59", "12:00", "24:00"];
    let series = object(&[
        ("venue", f(rng, &["1", "2", "3", "4"])),
        ("repeat", f(rng, &["once", "weekly", "biweekly", "monthly"])),
        ("weekdays", list(rng, &days)),
        ("week_of_month", f(rng, &["1", "2", "3", "4", "-1", "5", "0"])),
        ("start_date", f(rng, &dates)),
        ("start_time", f(rng, &times)),
        ("end_time", f(rng, &times)),
        ("until", f(rng, &dates)),
        ("count", f(rng, &["1", "2", "52", "520", "521", "0"])),
        ("staff", list(rng, &["1", "2", "3", "4"])),
    ]);
    let venue = object(&[
        ("venue_name", f(rng, &["Träffpunkt Öst", "Biblioteket"])),
        ("address", f(rng, &["Storgatan 1\n123 45 Ort"])),
        ("room", f(rng, &["Rum 2"])),
        ("coordinates", f(rng, &["59.3293, 18.0686", "-90, 180", "90.0001, 0", "NaN, 1", "inf, 0"])),
        ("accessibility", f(rng, &["Hiss"])),
        ("partners", f(rng, &["Röda korset"])),
        ("description_sv", f(rng, &["Välkommen"])),
        ("description_en", f(rng, &["Welcome"])),
        ("description_ar", f(rng, &["أهلا"])),
    ]);
    serde_json::to_vec(&json!([Value::Null, series, venue]))
        .map(|mut v| {
            // Stored as an array so a saved input is one JSON document.
            v.truncate(noise::MAX_LEN);
            v
        })
        .unwrap_or_default()
}

pub fn dropin_check(input: &[u8]) -> Result<(), String> {
    let Ok(Value::Array(parts)) = serde_json::from_slice::<Value>(input) else { return Ok(()) };
    if let Some(v) = parts.get(1)
        && let Ok(form) = serde_json::from_value::<SeriesForm>(v.clone())
        && let Ok(s) = form.check(&venues(), &users())
    {
        if !(1..=3).contains(&s.venue_id) || s.staff.iter().any(|u| !(1..=2).contains(&u.get())) {
            return Err(format!("accepted venue {} or staff {:?}", s.venue_id, s.staff));
        }
        // What is saved reads back, and its sessions are at the time it was given.
        let rule = Rule::from_stored(s.dtstart, s.minutes, s.rrule.as_deref()).map_err(|e| {
            format!("the saved rule {:?} from {} does not read back: {}", s.rrule, s.dtstart, e.message_id)
        })?;
        let from = s.dtstart.date();
        let starts = rule.occurrence_starts(from, from + TimeDelta::days(3 * 366));
        // A time the spring clock change skips is taken an hour later, as a wall clock shows it.
        let at = |d: NaiveDate| {
            let local = d.and_time(s.dtstart.time());
            if Stockholm.from_local_datetime(&local).earliest().is_none() { local + TimeDelta::hours(1) } else { local }
        };
        if starts.first() != Some(&at(s.dtstart.date())) {
            return Err(format!("the first session of {:?} is {:?}, not {}", s.rrule, starts.first(), s.dtstart));
        }
        if let Some(bad) = starts.iter().find(|t| **t != at(t.date())) {
            return Err(format!("a session of {:?} at {bad}, not at {}", s.rrule, s.dtstart.time()));
        }
        if rule.count.is_some_and(|n| starts.len() > n as usize) {
            return Err(format!("{} sessions of a rule counted to {:?}", starts.len(), rule.count));
        }
        if !(1..=lotsen_domain::dropin::MAX_MINUTES).contains(&s.minutes) {
            return Err(format!("accepted {} minutes", s.minutes));
        }
    }
    if let Some(v) = parts.get(2)
        && let Ok(form) = serde_json::from_value::<VenueForm>(v.clone())
        && let Ok(venue) = form.check()
    {
        let lines = [&venue.name, &venue.room];
        let texts = [&venue.address, &venue.accessibility, &venue.partners, &venue.description_sv];
        if lines.iter().any(|s| s.chars().any(char::is_control))
            || texts.iter().any(|s| s.chars().any(|c| c.is_control() && c != '\n'))
            || venue.name.is_empty()
        {
            return Err(format!("accepted venue text with control characters: {venue:?}"));
        }
        if let Some(c) = &venue.coordinates
            && lotsen_domain::dropin::parse_coordinates(c).ok().flatten().is_none()
        {
            return Err(format!("stored coordinates {c:?} do not read back"));
        }
    }
    Ok(())
}
