//! The unit's retention ("gallring") settings, and what a run would take today: the dry run an
//! admin reads before changing a period. The run itself is `lotsen purge` and the nightly job.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::records::retention::Retention;
use lotsen_store::{RetentionPlan, UnitRecord};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::AdminOf;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

/// The most records the page lists; the count is always whole.
const LISTED: usize = 200;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RetentionForm {
    retention_years: String,
    keep_sample_days: Option<String>,
    callback_days: String,
}

impl RetentionForm {
    fn of(r: &Retention) -> Self {
        Self {
            retention_years: r.years.to_string(),
            keep_sample_days: r.keep_sample_days.then(|| "1".to_owned()),
            callback_days: r.callback_days.to_string(),
        }
    }
}

/// One record of the dry run as listed.
pub struct Due {
    cases: String,
    last_entry: String,
    cull_by: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/retention.html")]
pub struct RetentionPage {
    c: Chrome,
    form: RetentionForm,
    errors: FieldErrors,
    saved: bool,
    documented: bool,
    records: usize,
    cases: usize,
    callbacks: usize,
    kept: usize,
    due: Vec<Due>,
    /// More records are due than are listed.
    more: bool,
    today: String,
    last_run: Option<String>,
}

async fn page(
    state: &AppState,
    c: Chrome,
    unit: &UnitRecord,
    form: RetentionForm,
    errors: FieldErrors,
    saved: bool,
) -> AppResult<RetentionPage> {
    let today = state.clock.today();
    let plan: RetentionPlan = lotsen_app::retention::preview(&state.store, unit, today).await?;
    let last_run = state.store.job(lotsen_app::retention::JOB).await?.and_then(|j| j.last_run_at).map(|t| {
        chrono::DateTime::from_timestamp(t, 0)
            .unwrap_or_default()
            .with_timezone(&chrono_tz::Europe::Stockholm)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    });
    let due = plan
        .records
        .iter()
        .take(LISTED)
        .map(|r| Due {
            cases: r.cases.iter().map(|c| format!("#{c}")).collect::<Vec<_>>().join(", "),
            last_entry: r.last_entry.to_string(),
            cull_by: r.cull_by.to_string(),
        })
        .collect();
    Ok(RetentionPage {
        c,
        form,
        errors,
        saved,
        documented: unit.records.mode == lotsen_domain::records::Mode::Documented,
        records: plan.records.len(),
        cases: plan.case_ids().count(),
        callbacks: plan.callbacks.len(),
        kept: plan.kept,
        due,
        more: plan.records.len() > LISTED,
        today: today.to_string(),
        last_run,
    })
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Query(d): Query<Done>,
) -> AppResult<RetentionPage> {
    let unit = state.store.unit(admin.unit_id).await?;
    let form = RetentionForm::of(&unit.retention);
    page(&state, c, &unit, form, FieldErrors::default(), d.done.as_deref() == Some("saved")).await
}

/// Saves the unit's periods; a period under the legal minimum is refused and nothing is saved.
pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(f): Form<RetentionForm>,
) -> AppResult<Response> {
    let unit = state.store.unit(admin.unit_id).await?;
    let r = match Retention::parse(&f.retention_years, f.keep_sample_days.is_some(), &f.callback_days) {
        Ok(r) => r,
        Err(es) => {
            let mut errors = FieldErrors::default();
            for (field, e) in es {
                errors.add(field, e.message_id);
            }
            let p = page(&state, c, &unit, f, errors, false).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    let detail = json!({
        "from": { "retention_years": unit.retention.years, "keep_sample_days": unit.retention.keep_sample_days, "callback_days": unit.retention.callback_days },
        "to": { "retention_years": r.years, "keep_sample_days": r.keep_sample_days, "callback_days": r.callback_days },
    });
    let tx = state.store.begin().await?;
    tx.set_retention(admin.unit_id, &r).await?;
    tx.audit(by(&admin, &ip, AuditAction::UnitRetention, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit/retention?done=saved").into_response())
}
