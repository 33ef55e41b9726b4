//! The sessions of a series as residents see them: the planned occurrences with their exceptions
//! (cancelled or moved) applied.
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

use super::schedule::Schedule;

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
