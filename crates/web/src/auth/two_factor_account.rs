//! A staff member's own second factor: set it up, get new recovery codes, move it to a new phone
//! or turn it off. Every change but the first setup asks for a current code, so a session left
//! open on a shared computer cannot take the second factor away.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_app::privacy::seal_totp;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::role::Role;
use lotsen_domain::two_factor as tf;
use lotsen_store::Tx;
use serde::Deserialize;
use serde_json::json;

use super::login::count_attempt;
use super::two_factor::{
    CodesPage, SetupPage, code_shape, new_secret, pending_setup, recovery_codes, setup_step, take_code,
};
use super::{Actor, Staff};
use crate::audit_log::by;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "two_factor/account.html")]
pub struct AccountPage {
    c: Chrome,
    on: bool,
    codes_left: u64,
    /// An admin under the rule that admins have a second factor: it can be moved, not turned off.
    required: bool,
    errors: FieldErrors,
    /// Which form the errors belong to.
    form: &'static str,
    notice: Option<&'static str>,
}

impl AccountPage {
    /// The code field's message, on the form that was sent.
    fn error_for(&self, form: &str) -> Option<&'static str> {
        if self.form == form { self.errors.get("code") } else { None }
    }
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn required(state: &AppState, actor: &Actor) -> bool {
    actor.role == Role::Admin && state.settings.admin_two_factor
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    form: &'static str,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<AccountPage> {
    let on = state.store.totp(actor.user_id).await?.is_some_and(|t| t.confirmed);
    let codes_left = if on { state.store.recovery_codes_left(actor.user_id).await? } else { 0 };
    Ok(AccountPage { c, on, codes_left, required: required(state, actor), errors, form, notice })
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Query(d): Query<Done>,
) -> AppResult<AccountPage> {
    let notice = match d.done.as_deref() {
        Some("off") => Some("two-factor-done-off"),
        Some("recovery") => Some("two-factor-done-recovery"),
        _ => None,
    };
    page(&state, c, &actor, "", FieldErrors::default(), notice).await
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// The account page again with `message` on the code field of `form`.
async fn refused(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    form: &'static str,
    status: StatusCode,
    message: &'static str,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    errors.add("code", message);
    Ok((status, page(state, c, actor, form, errors, None).await?).into_response())
}

/// A current code (the app's, or a recovery code) taken in a new transaction, counted like a
/// sign-in attempt so codes cannot be guessed from an open session: the transaction and the
/// attempt to forget once it has committed, or the status and message to refuse with.
async fn current_code(
    state: &AppState,
    actor: &Actor,
    ip: &ClientIp,
    typed: &str,
) -> AppResult<Result<(Tx, i64), (StatusCode, &'static str)>> {
    if let Some(msg) = code_shape(typed) {
        return Ok(Err((StatusCode::UNPROCESSABLE_ENTITY, msg)));
    }
    let Ok(attempt) = count_attempt(state, &actor.username, Some(actor.unit_id), ip).await? else {
        return Ok(Err((StatusCode::TOO_MANY_REQUESTS, "error-two-factor-wait")));
    };
    let tx = state.store.begin().await?;
    if take_code(state, &tx, actor.user_id, typed).await?.is_none() {
        // Rolled back; the attempt stays counted as a failure.
        return Ok(Err((StatusCode::UNPROCESSABLE_ENTITY, "error-two-factor-code-wrong")));
    }
    Ok(Ok((tx, attempt)))
}

/// Starts setting up (again): with the second factor on, only with a current code, and the old
/// app stops working once the new one is confirmed.
pub async fn setup(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    ip: ClientIp,
    Form(f): Form<CodeForm>,
) -> AppResult<Response> {
    let me = state.store.unit_user(actor.unit_id, actor.user_id).await?;
    let on = state.store.totp(actor.user_id).await?.is_some_and(|t| t.confirmed);
    let (tx, attempt) = if on {
        match current_code(&state, &actor, &ip, &f.code).await? {
            Ok((tx, attempt)) => (tx, Some(attempt)),
            Err((status, msg)) => return refused(&state, c, &actor, "move", status, msg).await,
        }
    } else {
        (state.store.begin().await?, None)
    };
    tx.begin_totp(&me, seal_totp(&state.keys.fields, actor.user_id, &new_secret())?).await?;
    tx.commit().await?;
    if let Some(id) = attempt {
        state.store.forget_login_attempt(id).await?;
    }
    let user = me.into_inner();
    let Some(setup) = pending_setup(&state, &c, &user).await? else {
        return Ok(Redirect::to("/account/two-factor").into_response());
    };
    Ok(SetupPage { c, errors: FieldErrors::default(), setup, action: "/account/two-factor/confirm", required: false }
        .into_response())
}

/// The first code from the newly set-up app: the second factor is on, with recovery codes.
pub async fn confirm(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    ip: ClientIp,
    Form(f): Form<CodeForm>,
) -> AppResult<Response> {
    let me = state.store.unit_user(actor.unit_id, actor.user_id).await?;
    let shape = if f.code.trim().is_empty() {
        Some("error-required")
    } else if tf::parse_code(&f.code).is_none() {
        Some("error-two-factor-app-code-shape")
    } else {
        None
    };
    let step = match shape {
        Some(_) => None,
        None => setup_step(&state, actor.user_id, &f.code).await?,
    };
    let Some(step) = step else {
        let Some(setup) = pending_setup(&state, &c, &me).await? else {
            // Nothing waits to be confirmed (done in another tab, or never started).
            return Ok(Redirect::to("/account/two-factor").into_response());
        };
        let mut errors = FieldErrors::default();
        errors.add("code", shape.unwrap_or("error-two-factor-code-wrong"));
        let status = if shape.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::UNAUTHORIZED };
        let p = SetupPage { c, errors, setup, action: "/account/two-factor/confirm", required: false };
        return Ok((status, p).into_response());
    };
    let (codes, hashes) = recovery_codes(&state, actor.user_id);
    let tx = state.store.begin().await?;
    let (confirmed, replaced) = tx.confirm_totp(&me, step, &hashes).await?;
    if !confirmed {
        return Ok(Redirect::to("/account/two-factor").into_response());
    }
    let detail = json!({ "replaced_an_app": replaced });
    tx.audit(by(&actor, &ip, AuditAction::UserTwoFactorOn, "user", actor.user_id, detail)).await?;
    tx.commit().await?;
    Ok(CodesPage { c, codes, next: "/account/two-factor".into() }.into_response())
}

/// A new set of recovery codes in place of the old, with a current code.
pub async fn new_codes(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    ip: ClientIp,
    Form(f): Form<CodeForm>,
) -> AppResult<Response> {
    let me = state.store.unit_user(actor.unit_id, actor.user_id).await?;
    let (codes, hashes) = recovery_codes(&state, actor.user_id);
    let (tx, attempt) = match current_code(&state, &actor, &ip, &f.code).await? {
        Ok(taken) => taken,
        Err((status, msg)) => return refused(&state, c, &actor, "codes", status, msg).await,
    };
    tx.replace_recovery_codes(&me, &hashes).await?;
    tx.audit(by(&actor, &ip, AuditAction::UserTwoFactorRecoveryCodes, "user", actor.user_id, json!({}))).await?;
    tx.commit().await?;
    state.store.forget_login_attempt(attempt).await?;
    Ok(CodesPage { c, codes, next: "/account/two-factor".into() }.into_response())
}

/// Turns the second factor off, with a current code; not for admins who must have one.
pub async fn off(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    ip: ClientIp,
    Form(f): Form<CodeForm>,
) -> AppResult<Response> {
    if required(&state, &actor) {
        return refused(&state, c, &actor, "off", StatusCode::FORBIDDEN, "error-two-factor-required").await;
    }
    let me = state.store.unit_user(actor.unit_id, actor.user_id).await?;
    let (tx, attempt) = match current_code(&state, &actor, &ip, &f.code).await? {
        Ok(taken) => taken,
        Err((status, msg)) => return refused(&state, c, &actor, "off", status, msg).await,
    };
    tx.remove_two_factor(&me).await?;
    tx.audit(by(&actor, &ip, AuditAction::UserTwoFactorOff, "user", actor.user_id, json!({}))).await?;
    tx.commit().await?;
    state.store.forget_login_attempt(attempt).await?;
    Ok(Redirect::to("/account/two-factor?done=off").into_response())
}
