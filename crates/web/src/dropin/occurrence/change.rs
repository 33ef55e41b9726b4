//! Changes to one session: cancelling it, moving it to another day, time or venue, and putting it
//! back as planned. Each is an exception to the series, saved with its audit row.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::dropin::{MAX_MOVE_DAYS, parse_date, parse_reason, parse_span};
use lotsen_store::ExceptionRecord;
use serde_json::json;

use super::{CancelForm, Forms, MoveForm, back, find, fresh, page};
use crate::audit_log::by;
use crate::auth::RunsDropin;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

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
        &found.series,
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
        tx.remove_exception(&found.series, on).await?;
    } else {
        tx.put_exception(
            &found.series,
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
    if tx.remove_exception(&found.series, on).await? {
        tx.audit(by(&actor, &ip, AuditAction::DropinRestore, "dropin_series", found.series.id, json!({ "on": on })))
            .await?;
    }
    tx.commit().await?;
    Ok(back(&found, "restored"))
}
