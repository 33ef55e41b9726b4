//! One session of a series: cancel it (with a reason shown publicly), move it, put it back, and
//! afterwards record who was there and how many residents came.
//!
//! This module finds the session and shows its page; [`change`] cancels, moves and restores it,
//! [`visit`] logs how it went.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::dropin::{MAX_MOVE_DAYS, Occurrence, Schedule as Rule, Status, parse_date};
use lotsen_store::{Scoped, SeriesRecord, UserRecord};
use serde::Deserialize;

use lotsen_app::dropin::occurrence_of;

use super::{Schedule, SessionView, rule_of, session_view, venue_map};
use crate::auth::{Actor, Staff};
use crate::error::{AppError, AppResult, ErrorKind};
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::pages::Chrome;
use crate::state::AppState;

mod change;
mod visit;

pub use change::{cancel, move_to, restore};
pub use visit::record_visit;

/// The date in the path is not a session of the series: a page that says so.
fn no_such_session() -> Response {
    let kind = ErrorKind(StatusCode::NOT_FOUND, "error-dropin-no-such-session");
    let mut res = kind.0.into_response();
    res.extensions_mut().insert(kind);
    res
}

/// The series (of the actor's unit) and the occurrence originally on `on`, or why not.
struct Found {
    series: Scoped<SeriesRecord>,
    rule: Rule,
    occurrence: Occurrence,
    schedule: Schedule,
}

async fn find(state: &AppState, actor: &Actor, id: &str, on: &str) -> AppResult<Result<Found, Response>> {
    let id = match id.parse::<i64>() {
        Ok(i) if i > 0 => i,
        _ => return Err(AppError::NotFound),
    };
    let series = state.store.unit_series(actor.unit_id, id).await?;
    let Some(rule) = rule_of(&series) else { return Ok(Err(no_such_session())) };
    let Ok(on) = parse_date(on) else { return Ok(Err(no_such_session())) };
    let margin = chrono::TimeDelta::days(MAX_MOVE_DAYS);
    let schedule = Schedule::load_window(&state.store, Some(actor.unit_id), on - margin, on + margin).await?;
    let occurrence = schedule.plan(id).and_then(|p| occurrence_of(p, on));
    match occurrence {
        Some(occurrence) => Ok(Ok(Found { series, rule, occurrence, schedule })),
        None => Ok(Err(no_such_session())),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    #[serde(rename = "cancel_reason")]
    reason: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    date: String,
    start_time: String,
    end_time: String,
    venue: String,
    #[serde(rename = "move_reason")]
    reason: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VisitForm {
    visitors: String,
    staff: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/occurrence.html")]
pub struct OccurrencePage {
    c: Chrome,
    series_id: i64,
    s: SessionView,
    runs: bool,
    /// The session has begun, so it can be logged.
    begun: bool,
    changed: bool,
    cancel: CancelForm,
    mv: MoveForm,
    visit: VisitForm,
    logged: Option<i32>,
    errors: FieldErrors,
    venues: Vec<Opt>,
    staff: Vec<Opt>,
    done: String,
    register_url: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

struct Forms {
    cancel: CancelForm,
    /// The move form as submitted; `None` shows the session's own day, time and venue.
    mv: Option<MoveForm>,
    visit: Option<VisitForm>,
    errors: FieldErrors,
}

async fn page(state: &AppState, c: Chrome, actor: &Actor, found: &Found, forms: Forms) -> AppResult<OccurrencePage> {
    let o = &found.occurrence;
    let map = venue_map(&found.schedule.venues);
    let now = state.clock.local_now();
    let users: Vec<UserRecord> = state.store.users(Some(actor.unit_id)).await?;
    let logged = state.store.visit(found.series.id, o.on).await?;
    let visit = forms.visit.unwrap_or_else(|| VisitForm {
        visitors: logged.as_ref().map(|v| v.visitors.to_string()).unwrap_or_default(),
        staff: logged.as_ref().map_or(&found.series.staff, |v| &v.staff).iter().map(|i| i.to_string()).collect(),
    });
    let mv = forms.mv.unwrap_or_else(|| MoveForm {
        date: o.start.date().to_string(),
        start_time: o.start.format("%H:%M").to_string(),
        end_time: o.end.format("%H:%M").to_string(),
        venue: o.venue_id.to_string(),
        reason: if o.status == Status::Moved { o.reason.clone().unwrap_or_default() } else { String::new() },
    });
    let venues = found
        .schedule
        .venues
        .iter()
        .map(|v| Opt { value: v.id.to_string(), label: v.name.clone(), selected: mv.venue == v.id.to_string() })
        .collect();
    let staff = users
        .iter()
        .filter(|u| (!u.disabled && u.role.runs_dropin()) || visit.staff.contains(&u.id.to_string()))
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.display_name.clone(),
            selected: visit.staff.contains(&u.id.to_string()),
        })
        .collect();
    Ok(OccurrencePage {
        series_id: found.series.id,
        s: session_view(&c.t, o, &map),
        runs: actor.role.runs_dropin(),
        begun: o.start <= now,
        changed: o.status != Status::Scheduled,
        cancel: forms.cancel,
        mv,
        visit,
        logged: logged.map(|v| v.visitors),
        errors: forms.errors,
        venues,
        staff,
        done: String::new(),
        register_url: format!("/cases/new?dropin={}&on={}", found.series.id, o.on),
        c,
    })
}

fn fresh() -> Forms {
    Forms { cancel: CancelForm::default(), mv: None, visit: None, errors: FieldErrors::default() }
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Path((id, on)): Path<(String, String)>,
    Query(d): Query<Done>,
) -> AppResult<Response> {
    let found = match find(&state, &actor, &id, &on).await? {
        Ok(f) => f,
        Err(res) => return Ok(res),
    };
    let mut p = page(&state, c, &actor, &found, fresh()).await?;
    p.done = super::done_notice(d.done);
    Ok(p.into_response())
}

fn back(found: &Found, done: &str) -> Response {
    Redirect::to(&format!("/sessions/series/{}/on/{}?done={done}", found.series.id, found.occurrence.on))
        .into_response()
}
