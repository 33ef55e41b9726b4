//! A staff member changes their own password. Their other sessions end.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::account::NewPassword;
use lotsen_domain::audit_action::AuditAction;
use serde::Deserialize;
use serde_json::json;

use super::{Staff, hash_password, verify_password};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "password.html")]
pub struct PasswordPage {
    c: Chrome,
    errors: FieldErrors,
    saved: bool,
}

pub async fn show(c: Chrome, Staff(_): Staff) -> PasswordPage {
    PasswordPage { c, errors: FieldErrors::default(), saved: false }
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

pub async fn submit(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    ip: ClientIp,
    Form(f): Form<PasswordForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let hash = state.store.password_hash(actor.user_id).await?;
    if f.current.is_empty() {
        errors.add("current", "error-required");
    } else if !verify_password(f.current, Some(hash)).await? {
        errors.add("current", "error-current-password");
    }
    let new = errors.check("new", NewPassword::parse(&f.new));
    if new.is_some() && f.new != f.confirm {
        errors.add("confirm", "error-password-mismatch");
    }
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, PasswordPage { c, errors, saved: false }).into_response());
    };
    let hash = hash_password(new.expose().to_owned()).await?;
    let me = state.store.unit_user(actor.unit_id, actor.user_id).await?;
    let tx = state.store.begin().await?;
    let ended = tx.change_password(&me, hash, Some(&actor.session)).await?;
    tx.audit(crate::audit_log::by(
        &actor,
        &ip,
        AuditAction::UserPassword,
        "user",
        actor.user_id,
        json!({ "other_sessions_ended": ended.sessions, "tokens_revoked": ended.tokens }),
    ))
    .await?;
    tx.commit().await?;
    Ok(PasswordPage { c, errors: FieldErrors::default(), saved: true }.into_response())
}
