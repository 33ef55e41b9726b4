//! First start: the one-time link printed by `lotsen serve` opens this page, where the first admin
//! names the unit and creates their own account. The link works once, and only while no account exists.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::account::{DisplayName, NewPassword, Username};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewAudit, NewUser};
use serde::Deserialize;
use serde_json::json;

use crate::auth::hash_password;
use crate::auth::session::{random_token, token_hash};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

/// How long a printed setup link stays valid.
pub const LINK_LIFETIME_SECS: i64 = 24 * 3600;

#[derive(Debug, Default, Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    unit_name: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "setup.html")]
pub struct SetupPage {
    c: Chrome,
    form: SetupForm,
    errors: FieldErrors,
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

async fn link_valid(state: &AppState, token: &str) -> AppResult<bool> {
    Ok(!token.is_empty()
        && state.store.user_count().await? == 0
        && state.store.setup_token_valid(&token_hash(token)).await?)
}

pub async fn show(State(state): State<AppState>, c: Chrome, Query(q): Query<TokenQuery>) -> AppResult<SetupPage> {
    if !link_valid(&state, &q.token).await? {
        return Err(AppError::NotFound);
    }
    Ok(SetupPage { c, form: SetupForm { token: q.token, ..Default::default() }, errors: FieldErrors::default() })
}

pub async fn submit(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    Form(form): Form<SetupForm>,
) -> AppResult<Response> {
    if !link_valid(&state, &form.token).await? {
        return Err(AppError::NotFound);
    }
    let mut errors = FieldErrors::default();
    let unit_name = errors.check("unit_name", UnitName::parse(&form.unit_name));
    let display = errors.check("display_name", DisplayName::parse(&form.display_name));
    let username = errors.check("username", Username::parse(&form.username));
    let password = errors.check("password", NewPassword::parse(&form.password));
    if password.is_some() && form.password != form.confirm {
        errors.add("confirm", "error-password-mismatch");
    }
    let (Some(unit_name), Some(display), Some(username), Some(password)) = (unit_name, display, username, password)
    else {
        return Ok(again(c, form, errors));
    };
    if !errors.is_empty() {
        return Ok(again(c, form, errors));
    }
    let hash = hash_password(password.expose().to_owned()).await?;
    let tx = state.store.begin().await?;
    if !tx.consume_setup_token(&token_hash(&form.token)).await? {
        return Err(AppError::NotFound);
    }
    let unit = tx.create_unit(&unit_name).await?;
    let user = tx
        .create_user(NewUser {
            unit_id: unit.id,
            username: &username,
            display_name: &display,
            role: Role::Admin,
            password_hash: hash,
        })
        .await?;
    tx.audit(NewAudit {
        actor_id: Some(user.id),
        actor_name: user.username.clone(),
        unit_id: Some(unit.id),
        action: AuditAction::SetupComplete,
        record_type: "unit",
        record_id: unit.id.to_string(),
        detail: json!({ "unit": unit.name, "first_admin": user.username }),
        ip: ip.0.clone(),
    })
    .await?;
    tx.commit().await?;
    // Signed in as after a password: the first admin sets up two-step verification first.
    crate::auth::two_factor::after_password(&state, &ip, user, "/").await
}

fn again(c: Chrome, form: SetupForm, errors: FieldErrors) -> Response {
    let form = SetupForm { password: String::new(), confirm: String::new(), ..form };
    (StatusCode::UNPROCESSABLE_ENTITY, SetupPage { c, form, errors }).into_response()
}

/// Issues a fresh one-time setup link token when the installation has no account yet.
pub async fn issue_link_if_empty(store: &lotsen_store::Store) -> anyhow::Result<Option<String>> {
    if store.user_count().await? > 0 {
        return Ok(None);
    }
    let token = random_token();
    store.issue_setup_token(&token_hash(&token), LINK_LIFETIME_SECS).await?;
    Ok(Some(token))
}
