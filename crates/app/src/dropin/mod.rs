//! A unit's drop-in schedule: the stored series and their exceptions as sessions. The public page,
//! the JSON API, the calendar feed and the statistics all list what [`Schedule`] gives, so they
//! cannot disagree.
use lotsen_domain::ids::UnitId;
pub mod stats;

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use chrono::{NaiveDate, NaiveDateTime};
use lotsen_domain::dropin::{Change, Exception, Expansion, MAX_MOVE_DAYS, Occurrence, Plan, Schedule as Rule};
use lotsen_store::{ExceptionRecord, SeriesRecord, Store, StoreError, VenueRecord};

/// Everything needed to list the sessions of a unit (or of all units).
pub struct Schedule {
    pub venues: Vec<VenueRecord>,
    pub series: Vec<SeriesRecord>,
    pub exceptions: Vec<ExceptionRecord>,
    pub plans: Vec<Plan>,
}

impl Schedule {
    /// Everything, for the calendar feed (every cancellation is an EXDATE there).
    pub async fn load(store: &Store, unit_id: Option<UnitId>) -> Result<Self, StoreError> {
        Self::load_inner(store, unit_id, None).await
    }

    /// Enough to list the sessions dated `from..=to`: exceptions of sessions planned in that range
    /// or close enough to be moved into it.
    pub async fn load_window(
        store: &Store,
        unit_id: Option<UnitId>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Self, StoreError> {
        Self::load_inner(store, unit_id, Some((from, to))).await
    }

    async fn load_inner(
        store: &Store,
        unit_id: Option<UnitId>,
        window: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<Self, StoreError> {
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

/// The occurrence of `p` originally on `on`, wherever it has been moved.
pub fn occurrence_of(p: &Plan, on: NaiveDate) -> Option<Occurrence> {
    p.original(on)?;
    let moved_to = p.exceptions.iter().find(|e| e.on == on).and_then(|e| match &e.change {
        Change::Moved { start, .. } => Some(start.date()),
        _ => None,
    });
    let day = moved_to.unwrap_or(on);
    p.occurrences(day, day).into_iter().find(|o| o.on == on)
}

/// Where and on which day the session of series `series_id` originally on `on` takes place, when
/// the series is `unit_id`'s: for registering a case met there. `None` if there is no such session.
#[tracing::instrument(skip(store))]
pub async fn venue_of(
    store: &Store,
    unit_id: UnitId,
    series_id: i64,
    on: NaiveDate,
) -> Result<Option<(i64, NaiveDate)>, StoreError> {
    let series = match store.unit_series(unit_id, series_id).await {
        Ok(s) => s,
        Err(StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    if rule_of(&series).is_none() {
        return Ok(None);
    }
    let margin = chrono::TimeDelta::days(MAX_MOVE_DAYS);
    let schedule = Schedule::load_window(store, Some(unit_id), on - margin, on + margin).await?;
    Ok(schedule.plan(series_id).and_then(|p| occurrence_of(p, on)).map(|o| (o.venue_id, o.start.date())))
}
