//! The page with a survey's wording, goals and daily cap: a new survey, a change (a new version
//! once the survey has answers), and the error summary in words.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::locale::Locale;
use serde_json::json;

use super::form::EditForm;
use super::own_survey;
use crate::audit_log::by;
use crate::auth::PlansSurveys;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

pub struct SummaryItem {
    pub anchor: String,
    pub label: String,
    pub message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/edit.html")]
pub struct EditPage {
    c: Chrome,
    id: Option<i64>,
    f: EditForm,
    errors: FieldErrors,
    summary: Vec<SummaryItem>,
    answered: bool,
    locales: [Locale; 3],
}

/// Error summary lines in words: "Question 2, Arabic: This field is required".
fn summary_of(c: &Chrome, items: &[(String, String)]) -> Vec<SummaryItem> {
    items
        .iter()
        .map(|(field, msg)| {
            let lang = field.rsplit('_').next().and_then(Locale::parse).map(|l| l.endonym()).unwrap_or("");
            let label = if let Some(rest) = field.strip_prefix("q_") {
                let n: usize = rest.split('_').next().and_then(|n| n.parse().ok()).unwrap_or(0);
                let base = c.t.arg("survey-question-n", "n", n + 1);
                if field.ends_with("_goal") {
                    format!("{base}, {}", c.t.get("survey-goal-label"))
                } else {
                    format!("{base}, {lang}")
                }
            } else if field.starts_with("title_") {
                format!("{}, {lang}", c.t.get("survey-title-label"))
            } else if field.starts_with("free_text_") {
                format!("{}, {lang}", c.t.get("survey-free-text-prompt-label"))
            } else if field == "locales" {
                c.t.get("survey-locales-label")
            } else if field == "daily_cap" {
                c.t.get("survey-daily-cap-label")
            } else {
                c.t.get("survey-questions-label")
            };
            let anchor =
                if field == "questions" { "q_0_sv".to_owned() } else { field.replace("free_text_", "prompt_") };
            SummaryItem { anchor, label, message: c.t.get(msg.as_str()) }
        })
        .collect()
}

pub async fn new_form(c: Chrome, PlansSurveys(_): PlansSurveys) -> EditPage {
    EditPage {
        c,
        id: None,
        f: EditForm::blank(),
        errors: FieldErrors::default(),
        summary: vec![],
        answered: false,
        locales: Locale::ALL,
    }
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    PlansSurveys(actor): PlansSurveys,
    ip: ClientIp,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = EditForm::from_fields(&fields);
    let (def, goals, cap) = match f.check() {
        Ok(x) => x,
        Err((errors, items)) => {
            let summary = summary_of(&c, &items);
            let page = EditPage { c, id: None, f, errors, summary, answered: false, locales: Locale::ALL };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let created = tx.create_survey(actor.unit_id, &def, &goals).await?;
    tx.set_survey_settings(&created, &goals, f.active, cap).await?;
    let id = created.id;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::SurveyCreate,
        "survey",
        id,
        json!({ "questions": def.questions.len(), "daily_cap": cap }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/surveys?done=created").into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Chrome,
    PlansSurveys(actor): PlansSurveys,
    Id(id): Id,
) -> AppResult<EditPage> {
    let s = own_survey(&state, &actor, id).await?;
    let answered = state.store.survey_responses_total(id).await? > 0;
    Ok(EditPage {
        c,
        id: Some(id),
        f: EditForm::of(&s),
        errors: FieldErrors::default(),
        summary: vec![],
        answered,
        locales: Locale::ALL,
    })
}

/// Saves wording, goals and whether the survey is open. New wording after answers exist becomes a
/// new version; goals and opening alone never do.
pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    PlansSurveys(actor): PlansSurveys,
    Id(id): Id,
    ip: ClientIp,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let s = own_survey(&state, &actor, id).await?;
    let f = EditForm::from_fields(&fields);
    let (def, goals, cap) = match f.check() {
        Ok(x) => x,
        Err((errors, items)) => {
            let answered = state.store.survey_responses_total(id).await? > 0;
            let summary = summary_of(&c, &items);
            let page = EditPage { c, id: Some(id), f, errors, summary, answered, locales: Locale::ALL };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let reworded = def != s.current.definition;
    let version = if reworded { tx.save_survey_wording(&s, &def).await? } else { s.current.number };
    tx.set_survey_settings(&s, &goals, f.active, cap).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::SurveyUpdate,
        "survey",
        id,
        json!({ "version": version, "reworded": reworded, "active": f.active, "goals": goals, "daily_cap": cap }),
    ))
    .await?;
    tx.commit().await?;
    let done = if version != s.current.number { "version" } else { "saved" };
    Ok(Redirect::to(&format!("/surveys?done={done}")).into_response())
}
