//! Drop-in statistics per venue and period: sessions held and cancelled, the visit log, and cases
//! first met at each venue. The effect report reads the same figures through [`figures`].
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::{NaiveDate, TimeDelta};
use lotsen_domain::dropin::Status;
use lotsen_domain::locale::Locale;
use lotsen_domain::privacy::suppress;
use lotsen_domain::report::period::{Period as ReportPeriod, Preset};
use serde::Deserialize;

use super::Schedule;
use crate::auth::Staff;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

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
    /// Visitors per logged session, one decimal, with the language's decimal sign.
    pub fn per_session(&self, locale: Locale) -> String {
        if self.logged == 0 {
            return "–".into();
        }
        crate::i18n::decimal(locale, self.visitors as f64 / self.logged as f64)
    }
}

/// The figures of a unit's venues for sessions in `from..=to` (only those that have begun).
pub async fn figures(state: &AppState, unit_id: i64, from: NaiveDate, to: NaiveDate) -> AppResult<Vec<VenueFigures>> {
    let s = Schedule::load_window(&state.store, Some(unit_id), from, to).await?;
    let visits = state.store.visits(unit_id, from - TimeDelta::days(62), to + TimeDelta::days(62)).await?;
    let opened = state.store.cases_opened_at_venues(unit_id, from, to).await?;
    let now = state.clock.local_now();
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

#[derive(Debug, Default, Deserialize)]
pub struct Period {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

pub struct Row {
    pub f: VenueFigures,
    /// Cases opened, or `None` when the count is small enough to point at someone.
    pub cases: Option<i64>,
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/stats.html")]
pub struct StatsPage {
    c: Chrome,
    from: String,
    to: String,
    rows: Vec<Row>,
    total: VenueFigures,
    total_cases: Option<i64>,
    threshold: i64,
    errors: FieldErrors,
    caption: String,
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Query(p): Query<Period>,
) -> AppResult<StatsPage> {
    let today = state.clock.today();
    // Whole months, as the effect report: this year's complete months unless others are asked for.
    let default = ReportPeriod::preset(Preset::ThisYear, today, None);
    let month = |typed: &str, or: NaiveDate| {
        if typed.trim().is_empty() { or.format("%Y-%m").to_string() } else { typed.to_owned() }
    };
    let mut errors = FieldErrors::default();
    let period = match ReportPeriod::custom(&month(&p.from, default.from), &month(&p.to, default.to), today) {
        Ok(period) if (period.to - period.from).num_days() > 3660 => {
            errors.add("to", "error-dropin-range-long");
            default
        }
        Ok(period) => period,
        Err(errs) => {
            for (field, invalid) in errs {
                errors.add(field, invalid.message_id);
            }
            default
        }
    };
    let (from, to) = (period.from, period.to);
    let figures = figures(&state, actor.unit_id, from, to).await?;
    // The unit's own threshold, as in the effect report.
    let threshold = state.store.unit(actor.unit_id).await?.suppression_threshold;
    let counts: Vec<i64> = figures.iter().map(|f| f.cases_opened).collect();
    let (shown, total_cases) = suppress(&counts, threshold);
    let mut total = VenueFigures::default();
    for f in &figures {
        total.held += f.held;
        total.cancelled += f.cancelled;
        total.logged += f.logged;
        total.visitors += f.visitors;
        total.empty += f.empty;
    }
    let rows = figures.into_iter().zip(shown).map(|(f, cases)| Row { f, cases }).collect();
    let caption = c.t.args("dropin-stats-caption", &[("from", from.to_string()), ("to", to.to_string())]);
    Ok(StatsPage {
        caption,
        from: if errors.is_empty() { from.format("%Y-%m").to_string() } else { p.from },
        to: if errors.is_empty() { to.format("%Y-%m").to_string() } else { p.to },
        rows,
        total,
        total_cases,
        threshold,
        errors,
        c,
    })
}
