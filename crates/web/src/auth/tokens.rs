//! Personal API tokens: a staff member creates one for an integration, sees it once, and can
//! revoke it. A token acts with its owner's role and unit.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use serde::Deserialize;
use serde_json::json;

use super::Staff;
use super::session::{random_token, token_hash};
use crate::audit_log::by;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::tokens::{TokenView, view};

#[derive(Template, WebTemplate)]
#[template(path = "tokens.html")]
pub struct TokensPage {
    c: Chrome,
    tokens: Vec<TokenView>,
    token_name: String,
    errors: FieldErrors,
    /// A token just created, shown this once.
    new_token: Option<String>,
}

pub async fn list(State(state): State<AppState>, c: Chrome, Staff(actor): Staff) -> AppResult<TokensPage> {
    let tokens = state.store.tokens(actor.user_id).await?.into_iter().map(view).collect();
    Ok(TokensPage { c, tokens, token_name: String::new(), errors: FieldErrors::default(), new_token: None })
}

#[derive(Debug, Deserialize)]
pub struct NewToken {
    #[serde(default, rename = "token_name")]
    name: String,
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    ip: ClientIp,
    Form(f): Form<NewToken>,
) -> AppResult<Response> {
    let name = f.name.trim();
    let mut errors = FieldErrors::default();
    if name.is_empty() {
        errors.add("token_name", "error-required");
    } else if name.chars().count() > 80 || name.chars().any(char::is_control) {
        errors.add("token_name", "error-text");
    }
    if !errors.is_empty() {
        let tokens = state.store.tokens(actor.user_id).await?.into_iter().map(view).collect();
        let page = TokensPage { c, tokens, token_name: f.name, errors, new_token: None };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let token = format!("lotsen_{}", random_token());
    let tx = state.store.begin().await?;
    let t = tx.create_token(actor.user_id, &token_hash(&token), name).await?;
    tx.audit(by(&actor, &ip, AuditAction::TokenCreate, "user", actor.user_id, json!({ "token": t.id, "name": name })))
        .await?;
    tx.commit().await?;
    let tokens = state.store.tokens(actor.user_id).await?.into_iter().map(view).collect();
    Ok(TokensPage { c, tokens, token_name: String::new(), errors: FieldErrors::default(), new_token: Some(token) }
        .into_response())
}

pub async fn revoke(
    State(state): State<AppState>,
    Staff(actor): Staff,
    ip: ClientIp,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let tx = state.store.begin().await?;
    tx.revoke_token(actor.user_id, id).await?;
    tx.audit(by(&actor, &ip, AuditAction::TokenRevoke, "user", actor.user_id, json!({ "token": id }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account/tokens").into_response())
}
