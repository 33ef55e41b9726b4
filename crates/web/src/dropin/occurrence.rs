//! One session of a series: cancel it (with a reason shown publicly), move it, put it back, and
//! afterwards record who was there and how many residents came.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::dropin::{
    MAX_MOVE_DAYS, Occurrence, Schedule as Rule, Status, parse_date, parse_reason, parse_span, parse_visitors,
};
use lotsen_store::{ExceptionRecord, SeriesRecord, UserRecord, VisitRecord};
use serde::Deserialize;
use serde_json::json;

use super::{Schedule, SessionView, rule_of, session_view, venue_map};
use crate::audit_log::by;
use crate::auth::{Actor, RunsDropin, Staff};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult, ErrorKind};
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::pages::Chrome;
use crate::state::AppState;

/// The date in the path is not a session of the series: a page that says so.
fn no_such_session() -> Response {
    let kind = ErrorKind(StatusCode::NOT_FOUND, "error-dropin-no-such-session");
    let mut res = kind.0.into_response();
    res.extensions_mut().insert(kind);
    res
}

/// The series (of the actor's unit) and the occurrence originally on `on`, or why not.
struct Found {
    series: SeriesRecord,
    rule: Rule,
    occurrence: Occurrence,
    schedule: Schedule,
}

async fn find(state: &AppState, actor: &Actor, id: &str, on: &str) -> AppResult<Result<Found, Response>> {
    let id = match id.parse::<i64>() {
        Ok(i) if i > 0 => i,
        _ => return Err(AppError::NotFound),
    };
    let series = state.store.series(id).await?;
    actor.check_unit(series.unit_id)?;
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

/// Where and on which day a session of the actor's unit takes place, for registering a case met
/// there; `None` if there is no such session.
pub async fn venue_of(state: &AppState, actor: &Actor, id: &str, on: &str) -> AppResult<Option<(i64, NaiveDate)>> {
    match find(state, actor, id, on).await {
        Ok(Ok(f)) => Ok(Some((f.occurrence.venue_id, f.occurrence.start.date()))),
        Ok(Err(_)) | Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The occurrence originally on `on`, wherever it has been moved.
fn occurrence_of(p: &lotsen_domain::dropin::Plan, on: NaiveDate) -> Option<Occurrence> {
    p.original(on)?;
    let moved_to = p.exceptions.iter().find(|e| e.on == on).and_then(|e| match &e.change {
        lotsen_domain::dropin::Change::Moved { start, .. } => Some(start.date()),
        _ => None,
    });
    let day = moved_to.unwrap_or(on);
    p.occurrences(day, day).into_iter().find(|o| o.on == on)
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

pub async fn cancel(
    State(state): State<AppState>,
    c: Chrome,
    RunsDropin(actor): RunsDropin,
    Path((id, on)): Path<(String, String)>,
    ip: ClientIp,
    Form(f): Form<CancelForm>,
) -> AppResult<Response> {
    let found = match find(&state, &actor, &id, &on).await? {
        Ok(f) => f,
        Err(res) => return Ok(res),
    };
    let mut errors = FieldErrors::default();
    let Some(reason) = errors.check("cancel_reason", parse_reason(&f.reason, true)) else {
        let p = page(&state, c, &actor, &found, Forms { cancel: f, errors, ..fresh() }).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    };
    let on = found.occurrence.on;
    let tx = state.store.begin().await?;
    tx.put_exception(
        &ExceptionRecord {
            series_id: found.series.id,
            occurs_on: on,
            status: "cancelled".into(),
            reason: reason.clone(),
            new_start: None,
            new_end: None,
            new_venue_id: None,
            updated_at: 0,
        },
        actor.user_id,
    )
    .await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::DropinCancel,
        "dropin_series",
        found.series.id,
        json!({ "on": on, "reason": reason }),
    ))
    .await?;
    tx.commit().await?;
    Ok(back(&found, "cancelled"))
}

pub async fn move_to(
    State(state): State<AppState>,
    c: Chrome,
    RunsDropin(actor): RunsDropin,
    Path((id, on)): Path<(String, String)>,
    ip: ClientIp,
    Form(f): Form<MoveForm>,
) -> AppResult<Response> {
    let found = match find(&state, &actor, &id, &on).await? {
        Ok(f) => f,
        Err(res) => return Ok(res),
    };
    let mut errors = FieldErrors::default();
    let date = errors.check("date", parse_date(&f.date));
    let date = date.filter(|d| {
        let near = (*d - found.occurrence.on).num_days().abs() <= MAX_MOVE_DAYS;
        if !near {
            errors.add("date", "error-dropin-move-far");
        }
        near
    });
    let span = match parse_span(&f.start_time, &f.end_time) {
        Ok(s) => Some(s),
        Err(list) => {
            for (field, e) in list {
                errors.add(field, e.message_id);
            }
            None
        }
    };
    let venue = f.venue.trim().parse::<i64>().ok().filter(|v| found.schedule.venues.iter().any(|x| x.id == *v));
    if venue.is_none() {
        errors.add("venue", "error-dropin-venue");
    }
    let reason = errors.check("move_reason", parse_reason(&f.reason, false));
    let (Some(date), Some((start, minutes)), Some(venue_id), Some(reason), true) =
        (date, span, venue, reason, errors.is_empty())
    else {
        let p = page(&state, c, &actor, &found, Forms { mv: Some(f), errors, ..fresh() }).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    };
    let new_start = date.and_time(start);
    let new_end = new_start + chrono::TimeDelta::minutes(minutes);
    let on = found.occurrence.on;
    let tx = state.store.begin().await?;
    if new_start == found.occurrence.original_start
        && new_end == found.occurrence.original_start + chrono::TimeDelta::minutes(found.rule.minutes)
        && venue_id == found.series.venue_id
    {
        // Moved back to where it was planned: no exception is left.
        tx.remove_exception(found.series.id, on).await?;
    } else {
        tx.put_exception(
            &ExceptionRecord {
                series_id: found.series.id,
                occurs_on: on,
                status: "moved".into(),
                reason: reason.clone(),
                new_start: Some(new_start),
                new_end: Some(new_end),
                new_venue_id: Some(venue_id),
                updated_at: 0,
            },
            actor.user_id,
        )
        .await?;
    }
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::DropinMove,
        "dropin_series",
        found.series.id,
        json!({ "on": on, "start": new_start, "end": new_end, "venue": venue_id }),
    ))
    .await?;
    tx.commit().await?;
    Ok(back(&found, "moved"))
}

/// Undoes a cancellation or a move.
pub async fn restore(
    State(state): State<AppState>,
    RunsDropin(actor): RunsDropin,
    Path((id, on)): Path<(String, String)>,
    ip: ClientIp,
) -> AppResult<Response> {
    let found = match find(&state, &actor, &id, &on).await? {
        Ok(f) => f,
        Err(res) => return Ok(res),
    };
    let on = found.occurrence.on;
    let tx = state.store.begin().await?;
    if tx.remove_exception(found.series.id, on).await? {
        tx.audit(by(&actor, &ip, AuditAction::DropinRestore, "dropin_series", found.series.id, json!({ "on": on })))
            .await?;
    }
    tx.commit().await?;
    Ok(back(&found, "restored"))
}

/// Records how a session went: who was there and how many residents came (0 is an answer).
pub async fn record_visit(
    State(state): State<AppState>,
    c: Chrome,
    RunsDropin(actor): RunsDropin,
    Path((id, on)): Path<(String, String)>,
    ip: ClientIp,
    Form(f): Form<VisitForm>,
) -> AppResult<Response> {
    let found = match find(&state, &actor, &id, &on).await? {
        Ok(f) => f,
        Err(res) => return Ok(res),
    };
    let users = state.store.users(Some(actor.unit_id)).await?;
    let mut errors = FieldErrors::default();
    let o = &found.occurrence;
    if o.status == Status::Cancelled {
        errors.add("visitors", "error-dropin-log-cancelled");
    } else if o.start > state.clock.local_now() {
        errors.add("visitors", "error-dropin-log-future");
    }
    let visitors = errors.check("visitors", parse_visitors(&f.visitors));
    let mut staff = Vec::new();
    for raw in &f.staff {
        match raw.trim().parse::<i64>().ok().filter(|id| users.iter().any(|u| u.id == *id)) {
            Some(id) if !staff.contains(&id) => staff.push(id),
            Some(_) => {}
            None => errors.add("staff", "error-choose"),
        }
    }
    let (Some(visitors), true) = (visitors, errors.is_empty()) else {
        let p = page(&state, c, &actor, &found, Forms { visit: Some(f), errors, ..fresh() }).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    };
    let tx = state.store.begin().await?;
    tx.put_visit(
        actor.unit_id,
        &VisitRecord {
            series_id: found.series.id,
            occurs_on: o.on,
            venue_id: o.venue_id,
            visitors,
            staff: staff.clone(),
            recorded_by: actor.user_id,
            updated_at: 0,
        },
    )
    .await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::DropinVisit,
        "dropin_series",
        found.series.id,
        json!({ "on": o.on, "visitors": visitors, "staff": staff }),
    ))
    .await?;
    tx.commit().await?;
    Ok(back(&found, "logged"))
}
