//! Drop-in statistics per venue and period: sessions held and cancelled, the visit log, and cases
//! first met at each venue, as `lotsen_app::dropin::stats` counts them for the report too.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::NaiveDate;
use lotsen_domain::privacy::suppress;
use lotsen_domain::report::period::{Period as ReportPeriod, Preset};
use serde::Deserialize;

use crate::auth::Staff;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::per_session;
pub use lotsen_app::dropin::stats::{VenueFigures, figures};

#[derive(Debug, Default, Deserialize)]
pub struct Period {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

pub struct Row {
    pub f: VenueFigures,
    /// Visitors per logged session, as written.
    pub per_session: String,
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
    total_per_session: String,
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
    let figures = figures(&state.store, actor.unit_id, from, to).await?;
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
    let locale = c.locale();
    let rows = figures
        .into_iter()
        .zip(shown)
        .map(|(f, cases)| Row { per_session: per_session(locale, &f), f, cases })
        .collect();
    let total_per_session = per_session(locale, &total);
    let caption = c.t.args("dropin-stats-caption", &[("from", from.to_string()), ("to", to.to_string())]);
    Ok(StatsPage {
        caption,
        from: if errors.is_empty() { from.format("%Y-%m").to_string() } else { p.from },
        to: if errors.is_empty() { to.format("%Y-%m").to_string() } else { p.to },
        rows,
        total,
        total_per_session,
        total_cases,
        threshold,
        errors,
        c,
    })
}
