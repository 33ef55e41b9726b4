//! The visit log of one session: who of the staff was there and how many residents came.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::dropin::{Status, parse_visitors};
use lotsen_domain::ids::UserId;
use lotsen_store::VisitRecord;
use serde_json::json;

use super::{Forms, VisitForm, back, find, fresh, page};
use crate::audit_log::by;
use crate::auth::RunsDropin;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

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
        match raw.trim().parse::<UserId>().ok().filter(|id| users.iter().any(|u| u.id == *id)) {
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
        &found.series,
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
