//! Correcting what was registered on a case. A retired list value it already has stays valid.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_store::UserRecord;
use serde_json::json;

use super::form::CaseForm;
use super::new::FormView;
use crate::audit_log::by;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "case/edit.html")]
pub struct EditCasePage {
    c: Chrome,
    id: i64,
    f: CaseForm,
    v: FormView,
    coordinators: Vec<Opt>,
    errors: FieldErrors,
}

fn coordinators(users: &[UserRecord], current: &str) -> Vec<Opt> {
    users
        .iter()
        .filter(|u| u.role.works_cases() && (!u.disabled || u.id.to_string() == current))
        .map(|u| Opt { value: u.id.to_string(), label: u.display_name.clone(), selected: u.id.to_string() == current })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id,
) -> AppResult<EditCasePage> {
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let f = CaseForm {
        channel: case.channel_id.to_string(),
        age_group: case.age_group_id.to_string(),
        category: case.main_category_id.to_string(),
        secondary: case.secondary.iter().map(i64::to_string).collect(),
        residency: case.residency.as_str().to_owned(),
        returning: case.returning.then(|| "1".to_owned()),
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
    Id(id): Id,
    Form(form): Form<CaseForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let coordinator = form.coordinator.trim().parse::<i64>().ok().filter(|cid| {
        users.iter().any(|u| u.id == *cid && u.role.works_cases() && (!u.disabled || *cid == case.coordinator_id))
    });
    let checked = form.check(
        &lists,
        state.clock.today(),
        actor.unit_id,
        coordinator.unwrap_or(case.coordinator_id),
        false,
        Some(&case),
    );
    let mut errors = match &checked {
        Ok(_) => FieldErrors::default(),
        Err(e) => e.clone(),
    };
    if coordinator.is_none() {
        errors.add("coordinator", "error-choose");
    }
    if let Ok(ch) = &checked
        && let Some(prev) = ch.case.previous_case_id
        && (prev == id || state.store.case(actor.unit_id, prev).await.is_err())
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
    let tx = state.store.begin().await?;
    tx.update_case(id, checked.case).await?;
    tx.audit(by(&actor, &ip, AuditAction::CaseUpdate, "case", id, json!({}))).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}?done=saved")).into_response())
}
