//! Drop-in times: venues and session series for staff, the public schedule, the iCalendar feed,
//! the JSON API, the visit log and its statistics.
//!
//! One function, [`Schedule::load`], turns the stored series and exceptions into sessions; the
//! public page, the JSON API and the feed all list what it gives, so they cannot disagree.
pub mod feed;
pub mod json;
pub mod manage;
pub mod occurrence;
pub mod public;
pub mod stats;

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use lotsen_domain::dropin::{Change, Exception, Expansion, MAX_MOVE_DAYS, Occurrence, Plan, Schedule as Rule, Status};
use lotsen_domain::locale::Locale;
use lotsen_store::{ExceptionRecord, SeriesRecord, Store, VenueRecord};

use crate::error::AppResult;
use crate::i18n::Tr;

/// How far ahead the public page looks by default, and at most.
pub const DEFAULT_WEEKS: i64 = 6;
pub const MAX_WEEKS: i64 = 26;

/// Everything needed to list the sessions of a unit (or of all units).
pub struct Schedule {
    pub venues: Vec<VenueRecord>,
    pub series: Vec<SeriesRecord>,
    pub exceptions: Vec<ExceptionRecord>,
    pub plans: Vec<Plan>,
}

impl Schedule {
    /// Everything, for the calendar feed (every cancellation is an EXDATE there).
    pub async fn load(store: &Store, unit_id: Option<i64>) -> AppResult<Self> {
        Self::load_inner(store, unit_id, None).await
    }

    /// Enough to list the sessions dated `from..=to`: exceptions of sessions planned in that range
    /// or close enough to be moved into it.
    pub async fn load_window(store: &Store, unit_id: Option<i64>, from: NaiveDate, to: NaiveDate) -> AppResult<Self> {
        Self::load_inner(store, unit_id, Some((from, to))).await
    }

    async fn load_inner(
        store: &Store,
        unit_id: Option<i64>,
        window: Option<(NaiveDate, NaiveDate)>,
    ) -> AppResult<Self> {
        let venues = store.venues(unit_id).await?;
        let series = store.series_list(unit_id).await?;
        let ids: Vec<i64> = series.iter().map(|s| s.id).collect();
        let exceptions = match window {
            None => store.exceptions(&ids).await?,
            Some((from, to)) => {
                let margin = chrono::TimeDelta::days(MAX_MOVE_DAYS);
                store.exceptions_between(&ids, from - margin, to + margin).await?
            }
        };
        let today = store.clock().today();
        let plans = series.iter().filter_map(|s| plan_of(s, &exceptions, today)).collect();
        Ok(Self { venues, series, exceptions, plans })
    }

    /// Sessions whose date lies in `from..=to`, at `venue` if given (where they now are), in
    /// time order; cancelled ones included and marked.
    pub fn sessions(&self, from: NaiveDate, to: NaiveDate, venue: Option<i64>) -> Vec<Occurrence> {
        let mut out: Vec<Occurrence> = self
            .plans
            .iter()
            .flat_map(|p| p.occurrences(from, to))
            .filter(|o| venue.is_none_or(|v| o.venue_id == v))
            .collect();
        out.sort_by_key(|o| (o.start, o.venue_id, o.series_id));
        out
    }

    pub fn venue(&self, id: i64) -> Option<&VenueRecord> {
        self.venues.iter().find(|v| v.id == id)
    }

    pub fn series_of(&self, id: i64) -> Option<&SeriesRecord> {
        self.series.iter().find(|s| s.id == id)
    }

    pub fn plan(&self, series_id: i64) -> Option<&Plan> {
        self.plans.iter().find(|p| p.series_id == series_id)
    }
}

/// A stored series as a plan; a rule that no longer reads is skipped, not fatal.
pub fn plan_of(s: &SeriesRecord, exceptions: &[ExceptionRecord], today: NaiveDate) -> Option<Plan> {
    let schedule = rule_of(s)?;
    let exceptions = exceptions.iter().filter(|e| e.series_id == s.id).filter_map(exception_of).collect();
    let expanded = Some(expansion(s, &schedule, today));
    Some(Plan { series_id: s.id, venue_id: s.venue_id, schedule, exceptions, expanded })
}

/// Expansions kept between requests. A rule's occurrences depend only on its first session and
/// its RRULE, so those are the key: nothing here can go stale, and every node computes the same.
static EXPANSIONS: LazyLock<Mutex<HashMap<RuleKey, Expansion>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// A series' first session, length and RRULE.
type RuleKey = (NaiveDateTime, i64, Option<String>);

/// The series expanded to three years and two months ahead: past every date a page, the feed or
/// the JSON API (at most three years ahead, moves at most 60 days) asks about.
fn expansion(s: &SeriesRecord, rule: &Rule, today: NaiveDate) -> Expansion {
    let horizon = today + chrono::TimeDelta::days(3 * 366 + 62);
    let key = (s.dtstart, s.minutes, s.rrule.clone());
    if let Ok(map) = EXPANSIONS.lock()
        && let Some(x) = map.get(&key)
        && x.horizon >= horizon
    {
        return x.clone();
    }
    let x = rule.expand(horizon);
    if let Ok(mut map) = EXPANSIONS.lock() {
        if map.len() > 10_000 {
            map.clear();
        }
        map.insert(key, x.clone());
    }
    x
}

pub fn rule_of(s: &SeriesRecord) -> Option<Rule> {
    match Rule::from_stored(s.dtstart, s.minutes, s.rrule.as_deref()) {
        Ok(r) => Some(r),
        Err(_) => {
            tracing::warn!(series = s.id, "drop-in series with an unreadable rule is skipped");
            None
        }
    }
}

fn exception_of(e: &ExceptionRecord) -> Option<Exception> {
    let change = match e.status.as_str() {
        "cancelled" => Change::Cancelled { reason: e.reason.clone() },
        "moved" => {
            Change::Moved { start: e.new_start?, end: e.new_end?, venue_id: e.new_venue_id?, reason: e.reason.clone() }
        }
        _ => return None,
    };
    Some(Exception { on: e.occurs_on, change })
}

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

/// The notices a drop-in page may show after a change; anything else in `?done=` is ignored.
pub fn done_notice(done: Option<String>) -> String {
    const KNOWN: [&str; 9] =
        ["venue", "created", "saved", "ended", "split", "cancelled", "moved", "restored", "logged"];
    done.filter(|d| KNOWN.contains(&d.as_str())).unwrap_or_default()
}
