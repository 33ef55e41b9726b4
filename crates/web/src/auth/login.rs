//! Signing in and out, with throttling per account and per address.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UnitId;
use lotsen_store::{NewAudit, Tx, UserRecord};
use serde::Deserialize;
use serde_json::json;

use super::session::{LIFETIME_SECS, clear_session_cookie, random_token, set_session_cookie, token_hash};
use super::{MaybeActor, verify_password};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::links::safe_next;
use crate::pages::Chrome;
use crate::state::AppState;
use lotsen_domain::signin::{WINDOW_SECS, wait_secs};

#[derive(Template, WebTemplate)]
#[template(path = "login.html")]
pub struct LoginPage {
    c: Chrome,
    username: String,
    next: String,
    /// The message, already in the person's language.
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

pub async fn show(c: Chrome, MaybeActor(actor): MaybeActor, Query(q): Query<LoginQuery>) -> Response {
    let next = safe_next(q.next.as_deref());
    if actor.is_some() {
        return Redirect::to(&next).into_response();
    }
    LoginPage { c, username: String::new(), next, error: None }.into_response()
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    Form(f): Form<LoginForm>,
) -> AppResult<Response> {
    let next = safe_next(f.next.as_deref());
    let username: String = f.username.trim().to_lowercase().chars().take(64).collect();
    let page = |c: Chrome, status: StatusCode, error: String| {
        (status, LoginPage { c, username: username.clone(), next: next.clone(), error: Some(error) }).into_response()
    };
    if username.is_empty() || f.password.is_empty() {
        let msg = c.t.get("login-error-missing");
        return Ok(page(c, StatusCode::UNPROCESSABLE_ENTITY, msg));
    }

    let attempt_id = match count_attempt(&state, &username, None, &ip).await? {
        Ok(id) => id,
        Err(wait) => {
            let msg = throttled(&c, wait);
            let mut res = page(c, StatusCode::TOO_MANY_REQUESTS, msg);
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, wait.into());
            return Ok(res);
        }
    };

    let found = state.store.user_for_login(&username).await?;
    let (user, hash) = found.map_or((None, None), |(u, h)| (Some(u), Some(h)));
    let password_ok = match verify_password(f.password, hash).await {
        Ok(ok) => ok,
        Err(e) if e.is::<crate::error::Busy>() => {
            // Too many sign-ins at this moment: not a failure of this person's.
            state.store.forget_login_attempt(attempt_id).await?;
            let msg = c.t.get("login-error-busy");
            let mut res = page(c, StatusCode::SERVICE_UNAVAILABLE, msg);
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, 5.into());
            return Ok(res);
        }
        Err(e) => return Err(e.into()),
    };
    let user = match user {
        Some(u) if password_ok && !u.disabled => u,
        other => {
            let reason = match &other {
                None => "unknown user",
                Some(u) if u.disabled => "account disabled",
                Some(_) => "wrong password",
            };
            let unit = other.as_ref().map(|u| u.unit_id);
            state
                .store
                .audit(attempt(&username, unit, AuditAction::LoginFailure, &ip, json!({ "reason": reason })))
                .await?;
            let msg = c.t.get("login-error-invalid");
            return Ok(page(c, StatusCode::UNAUTHORIZED, msg));
        }
    };

    super::two_factor::after_password(&state, &ip, user, &next).await
}

/// The sign-in is complete: a new session in `tx` (which may hold what else the last step did),
/// its audit row with `detail`, and the way on to `next`.
pub(super) async fn start_session(
    state: &AppState,
    tx: Tx,
    user: &UserRecord,
    ip: &ClientIp,
    next: &str,
    detail: serde_json::Value,
) -> AppResult<Response> {
    let token = random_token();
    tx.create_session(&token_hash(&token), user.id, LIFETIME_SECS).await?;
    tx.audit(NewAudit {
        actor_id: Some(user.id),
        ..attempt(&user.username, Some(user.unit_id), AuditAction::LoginSuccess, ip, detail)
    })
    .await?;
    tx.commit().await?;
    state.store.clear_login_failures(&user.username).await?;
    let mut res = Redirect::to(next).into_response();
    set_session_cookie(&mut res, &state.settings, token);
    Ok(res)
}

/// Counts an attempt at `username` from `ip` before it is checked; `Err` with the seconds to wait
/// when earlier failures say it must wait (the attempt is then forgotten, and audited).
pub(super) async fn count_attempt(
    state: &AppState,
    username: &str,
    unit: Option<UnitId>,
    ip: &ClientIp,
) -> AppResult<Result<i64, i64>> {
    // Recorded as failed before the check, so attempts sent at once each count the ones before
    // them; turned away without a check, it is forgotten again.
    let attempt_id = state.store.record_login_attempt(username, &ip.0).await?;
    let pressure = state.store.login_pressure(username, &ip.0, WINDOW_SECS, attempt_id).await?;
    let wait = wait_secs(&pressure, state.clock.timestamp());
    if wait == 0 {
        return Ok(Ok(attempt_id));
    }
    state.store.forget_login_attempt(attempt_id).await?;
    state.store.audit(attempt(username, unit, AuditAction::LoginThrottled, ip, json!({ "wait_secs": wait }))).await?;
    Ok(Err(wait))
}

/// A sign-in failure of `user` for the audit log.
pub(super) fn failure(user: &UserRecord, ip: &ClientIp, reason: &str) -> NewAudit {
    attempt(&user.username, Some(user.unit_id), AuditAction::LoginFailure, ip, json!({ "reason": reason }))
}

/// The sign-in page again, with a message (the half-done sign-in behind it ended).
pub(super) fn again(c: Chrome, status: StatusCode, message_id: &str) -> Response {
    let error = Some(c.t.get(message_id));
    (status, LoginPage { c, username: String::new(), next: "/".into(), error }).into_response()
}

/// "Wait 8 seconds" or "wait 15 minutes", in the person's language.
pub(super) fn throttled(c: &Chrome, wait: i64) -> String {
    let wait = if wait < 90 {
        c.t.count("login-wait-seconds", usize::try_from(wait).unwrap_or(0))
    } else {
        c.t.count("login-wait-minutes", usize::try_from((wait + 59) / 60).unwrap_or(0))
    };
    c.t.arg("login-error-throttled", "wait", wait)
}

fn attempt(
    username: &str,
    unit_id: Option<UnitId>,
    action: lotsen_domain::audit_action::AuditAction,
    ip: &ClientIp,
    detail: serde_json::Value,
) -> NewAudit {
    NewAudit {
        actor_id: None,
        actor_name: username.to_owned(),
        unit_id,
        action,
        record_type: "session",
        record_id: String::new(),
        detail,
        ip: ip.0.clone(),
    }
}

pub async fn logout(State(state): State<AppState>, MaybeActor(actor): MaybeActor, ip: ClientIp) -> AppResult<Response> {
    if let Some(a) = actor {
        let tx = state.store.begin().await?;
        tx.end_session(&a.session).await?;
        tx.audit(crate::audit_log::by(&a, &ip, AuditAction::Logout, "session", "", json!({}))).await?;
        tx.commit().await?;
    }
    let mut res = Redirect::to("/login").into_response();
    clear_session_cookie(&mut res, &state.settings);
    Ok(res)
}
