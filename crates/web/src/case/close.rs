//! Closing a case, with its outcome, an offered follow-up and the question whether to erase the
//! identified details; and re-opening it, which is logged.
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::case::{CaseStatus, parse_due_date, parse_past_date};
use lotsen_domain::ids::CaseId;
use lotsen_domain::lists::ListKind;

use super::page_forms::CloseForm;
use super::show::{Forms, render};
use crate::audit_log::caller;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::pick;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use lotsen_app::case::close::Closing;
use lotsen_app::case::register::Via;

pub async fn close(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(form): Form<CloseForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        e.add("close-outcome", "error-case-already-closed");
    }
    let outcome = e.check("close-outcome", pick(&lists, ListKind::ClosingOutcome, &form.outcome));
    let on = e.check("close-on", parse_past_date(&form.closed_on, today));
    if let Some(d) = on
        && d < case.first_contact_on
    {
        e.add("close-on", "error-before-first-contact");
    }
    let follow_up_on = if form.follow_up.is_some() {
        e.check("close-follow-up-on", parse_due_date(&form.follow_up_on, today))
    } else {
        None
    };
    let (Some(outcome), Some(on)) = (outcome, on) else {
        let f = Forms { close: form, close_errors: e, ..Default::default() };
        return render(&state, c, &actor, id, f, None, axum::http::StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    if !e.is_empty() {
        let f = Forms { close: form, close_errors: e, ..Default::default() };
        return render(&state, c, &actor, id, f, None, axum::http::StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let closing = Closing { outcome_id: outcome, on, forget_identity: form.forget.is_some(), follow_up_on };
    lotsen_app::case::close::close(&state.store, &caller(&actor, &ip), &case, closing, Via::Page).await?;
    if form.extended.is_some() && case.person_id.is_some() {
        return Ok(Redirect::to(&format!("/cases/{id}/extended?done=closed")).into_response());
    }
    Ok(Redirect::to(&format!("/cases/{id}?done=closed")).into_response())
}

pub async fn reopen(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    lotsen_app::case::close::reopen(&state.store, &caller(&actor, &ip), &case).await?;
    Ok(Redirect::to(&format!("/cases/{id}?done=reopened")).into_response())
}
