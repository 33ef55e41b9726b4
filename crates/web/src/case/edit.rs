//! Correcting what was registered on a case. A retired list value it already has stays valid.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::ids::{CaseId, ListEntryId, UserId};
use lotsen_store::UserRecord;

use super::new::FormView;
use crate::audit_log::caller;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::forms::case::CaseForm;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use lotsen_app::case::edit::{edit, may_be_responsible, previous_case_ok};
use lotsen_app::case::register::Via;

#[derive(Template, WebTemplate)]
#[template(path = "case/edit.html")]
pub struct EditCasePage {
    c: Chrome,
    id: CaseId,
    f: CaseForm,
    v: FormView,
    coordinators: Vec<Opt>,
    errors: FieldErrors,
}

fn coordinators(users: &[UserRecord], current: &str) -> Vec<Opt> {
    users
        .iter()
        .filter(|u| may_be_responsible(u, current.parse().ok()))
        .map(|u| Opt { value: u.id.to_string(), label: u.display_name.clone(), selected: u.id.to_string() == current })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id<CaseId>,
) -> AppResult<EditCasePage> {
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let f = CaseForm {
        channel: case.channel_id.to_string(),
        age_group: case.age_group_id.to_string(),
        category: case.main_category_id.to_string(),
        secondary: case.secondary.iter().map(ListEntryId::to_string).collect(),
        residency: case.residency.as_str().to_owned(),
        returning: case.returning.then(|| "1".to_owned()),
        returning_reason: case.returning_reason.map(|r| r.as_str().to_owned()).unwrap_or_default(),
        previous_case: case.previous_case_id.map(|p| p.to_string()).unwrap_or_default(),
        first_contact_on: case.first_contact_on.to_string(),
        referring_org: case.referring_org.clone().unwrap_or_default(),
        ..Default::default()
    };
    let v = FormView::new(&lists, &c.t, &f);
    let coordinators = coordinators(&users, &case.coordinator_id.to_string());
    Ok(EditCasePage {
        c,
        id,
        f: CaseForm { coordinator: case.coordinator_id.to_string(), ..f },
        v,
        coordinators,
        errors: FieldErrors::default(),
    })
}

pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(form): Form<CaseForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let coordinator = form
        .coordinator
        .trim()
        .parse::<UserId>()
        .ok()
        .filter(|cid| users.iter().any(|u| u.id == *cid && may_be_responsible(u, Some(case.coordinator_id))));
    let checked =
        form.check_edit(&lists, state.clock.today(), actor.unit_id, coordinator.unwrap_or(case.coordinator_id), &case);
    let mut errors = match &checked {
        Ok(_) => FieldErrors::default(),
        Err(e) => e.clone(),
    };
    if coordinator.is_none() {
        errors.add("coordinator", "error-choose");
    }
    if let Ok(ch) = &checked
        && let Some(prev) = ch.case.previous_case_id
        && !previous_case_ok(&state.store, actor.unit_id, Some(id), prev).await?
    {
        errors.add("previous_case", "error-case-number");
    }
    let checked = match checked {
        Ok(ch) if errors.is_empty() => ch,
        _ => {
            let v = FormView::new(&lists, &c.t, &form);
            let page =
                EditCasePage { c, id, v, coordinators: coordinators(&users, &form.coordinator), f: form, errors };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    edit(&state.store, &caller(&actor, &ip), &case, checked, Via::Page).await?;
    Ok(Redirect::to(&format!("/cases/{id}?done=saved")).into_response())
}
