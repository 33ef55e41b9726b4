//! Drop-in statistics per venue and period: sessions held and cancelled, the visit log, and cases
//! first met at each venue. The statistics page and the effect report read the same [`figures`].
use chrono::{NaiveDate, TimeDelta};
use lotsen_domain::dropin::Status;
use lotsen_domain::ids::UnitId;
use lotsen_store::{Store, StoreError};

use super::Schedule;

/// One venue's figures for a period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VenueFigures {
    pub venue_id: i64,
    pub venue: String,
    /// Sessions that have taken place (begun, not cancelled).
    pub held: i64,
    pub cancelled: i64,
    /// Held sessions with a visit log.
    pub logged: i64,
    pub visitors: i64,
    /// Logged sessions where nobody came.
    pub empty: i64,
    pub cases_opened: i64,
}

impl VenueFigures {
    /// Visitors per logged session; `None` before any session was logged.
    pub fn per_session(&self) -> Option<f64> {
        (self.logged > 0).then(|| self.visitors as f64 / self.logged as f64)
    }
}

/// The figures of a unit's venues for sessions in `from..=to` (only those that have begun).
#[tracing::instrument(skip(store))]
pub async fn figures(
    store: &Store,
    unit_id: UnitId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<VenueFigures>, StoreError> {
    let s = Schedule::load_window(store, Some(unit_id), from, to).await?;
    let visits = store.visits(unit_id, from - TimeDelta::days(62), to + TimeDelta::days(62)).await?;
    let opened = store.cases_opened_at_venues(unit_id, from, to).await?;
    let now = store.clock().local_now();
    let mut out: Vec<VenueFigures> = s
        .venues
        .iter()
        .map(|v| VenueFigures {
            venue_id: v.id,
            venue: v.name.clone(),
            cases_opened: opened.get(&v.id).copied().unwrap_or(0),
            ..Default::default()
        })
        .collect();
    for o in s.sessions(from, to, None) {
        let Some(f) = out.iter_mut().find(|f| f.venue_id == o.venue_id) else { continue };
        // Only sessions whose time has come count, held or cancelled.
        if o.start > now {
            continue;
        }
        if o.status == Status::Cancelled {
            f.cancelled += 1;
            continue;
        }
        f.held += 1;
        if let Some(v) = visits.iter().find(|v| v.series_id == o.series_id && v.occurs_on == o.on) {
            f.logged += 1;
            f.visitors += i64::from(v.visitors);
            if v.visitors == 0 {
                f.empty += 1;
            }
        }
    }
    Ok(out)
}
