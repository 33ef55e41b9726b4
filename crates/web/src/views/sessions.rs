//! A drop-in session as a page shows it: its day in words, its time, where it is and whether it was
//! cancelled or moved. The drop-in pages and the start page list sessions through [`session_view`].
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use lotsen_domain::dropin::{Occurrence, Status};
use lotsen_domain::locale::Locale;
use lotsen_store::VenueRecord;

use crate::i18n::Tr;

static DAY_LABELS: LazyLock<Mutex<HashMap<(Locale, NaiveDate), String>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// "måndag 16 mars" / "Monday 16 March" / "الاثنين 16 مارس"; kept once made, as a page lists
/// many sessions on few days.
pub fn day_label(t: &Tr, d: NaiveDate) -> String {
    if let Ok(m) = DAY_LABELS.lock()
        && let Some(l) = m.get(&(t.locale, d))
    {
        return l.clone();
    }
    let label = make_day_label(t, d);
    if let Ok(mut m) = DAY_LABELS.lock() {
        if m.len() > 20_000 {
            m.clear();
        }
        m.insert((t.locale, d), label.clone());
    }
    label
}

fn make_day_label(t: &Tr, d: NaiveDate) -> String {
    t.args(
        "date-long",
        &[
            ("weekday", t.get(format!("weekday-{}", d.weekday().number_from_monday()))),
            ("day", d.day().to_string()),
            ("month", t.get(format!("month-{}", d.month()))),
            ("year", d.year().to_string()),
        ],
    )
}

pub fn time_span(start: NaiveDateTime, end: NaiveDateTime) -> String {
    format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"))
}

/// A venue's public description in the reader's language, falling back to Swedish.
pub fn description(v: &VenueRecord, locale: Locale) -> &str {
    let d = match locale {
        Locale::Sv => &v.description_sv,
        Locale::En => &v.description_en,
        Locale::Ar => &v.description_ar,
    };
    if d.trim().is_empty() { &v.description_sv } else { d }
}

/// One session as a page shows it.
#[derive(Debug, Clone)]
pub struct SessionView {
    pub series_id: i64,
    /// The original date, the occurrence's key in URLs.
    pub on: String,
    pub date: String,
    pub day: String,
    pub time: String,
    pub status: &'static str,
    pub cancelled: bool,
    pub moved: bool,
    pub reason: String,
    pub venue_id: i64,
    pub venue_name: String,
    pub room: String,
    /// For a moved session: where and when it was first planned.
    pub moved_from: String,
    /// For a session moved to another venue: where and when it is now, for the planned venue's list.
    pub moved_to: String,
}

pub fn session_view(t: &Tr, o: &Occurrence, venues: &HashMap<i64, &VenueRecord>) -> SessionView {
    let v = venues.get(&o.venue_id);
    SessionView {
        series_id: o.series_id,
        on: o.on.to_string(),
        date: o.start.date().to_string(),
        day: day_label(t, o.start.date()),
        time: time_span(o.start, o.end),
        status: o.status.as_str(),
        cancelled: o.status == Status::Cancelled,
        moved: o.status == Status::Moved,
        reason: o.reason.clone().unwrap_or_default(),
        venue_id: o.venue_id,
        venue_name: v.map(|v| v.name.clone()).unwrap_or_default(),
        room: v.map(|v| v.room.clone()).unwrap_or_default(),
        moved_to: if o.status == Status::Moved && o.venue_id != o.original_venue_id {
            t.args(
                "dropin-moved-to",
                &[
                    ("venue", v.map(|v| v.name.clone()).unwrap_or_default()),
                    ("when", format!("{} {}", day_label(t, o.start.date()), time_span(o.start, o.end))),
                ],
            )
        } else {
            String::new()
        },
        moved_from: if o.status == Status::Moved {
            format!("{} {}", day_label(t, o.original_start.date()), o.original_start.format("%H:%M"))
        } else {
            String::new()
        },
    }
}

pub fn venue_map(venues: &[VenueRecord]) -> HashMap<i64, &VenueRecord> {
    venues.iter().map(|v| (v.id, v)).collect()
}
