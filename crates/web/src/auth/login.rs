//! Signing in and out, with throttling per account and per address.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_store::NewAudit;
use serde::Deserialize;
use serde_json::json;

use super::session::{LIFETIME_SECS, clear_session_cookie, random_token, set_session_cookie, token_hash};
use super::{MaybeActor, verify_password};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::pages::{Chrome, safe_next};
use crate::state::AppState;

/// After this many failures in the window an account is locked until the window passes.
pub const MAX_FAILURES_PER_ACCOUNT: u64 = 5;
/// An address may fail more often (a shared office network), but not without bound.
pub const MAX_FAILURES_PER_IP: u64 = 20;
pub const WINDOW_SECS: i64 = 15 * 60;

#[derive(Template, WebTemplate)]
#[template(path = "login.html")]
pub struct LoginPage {
    c: Chrome,
    username: String,
    next: String,
    error: Option<&'static str>,
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
    let page = |c: Chrome, status: StatusCode, error: &'static str| {
        (status, LoginPage { c, username: username.clone(), next: next.clone(), error: Some(error) }).into_response()
    };
    if username.is_empty() || f.password.is_empty() {
        return Ok(page(c, StatusCode::UNPROCESSABLE_ENTITY, "login-error-missing"));
    }

    let (by_user, by_ip) = state.store.login_failures(&username, &ip.0, WINDOW_SECS).await?;
    if by_user >= MAX_FAILURES_PER_ACCOUNT || by_ip >= MAX_FAILURES_PER_IP {
        state.store.audit(attempt(&username, None, "login.throttled", &ip, json!({}))).await?;
        let mut res = page(c, StatusCode::TOO_MANY_REQUESTS, "login-error-throttled");
        res.headers_mut().insert(axum::http::header::RETRY_AFTER, WINDOW_SECS.into());
        return Ok(res);
    }

    let found = state.store.user_for_login(&username).await?;
    let (user, hash) = found.map_or((None, None), |(u, h)| (Some(u), Some(h)));
    let password_ok = verify_password(f.password, hash).await?;
    let user = match user {
        Some(u) if password_ok && !u.disabled => u,
        other => {
            state.store.record_login_failure(&username, &ip.0).await?;
            let reason = match &other {
                None => "unknown user",
                Some(u) if u.disabled => "account disabled",
                Some(_) => "wrong password",
            };
            let unit = other.as_ref().map(|u| u.unit_id);
            state.store.audit(attempt(&username, unit, "login.failure", &ip, json!({ "reason": reason }))).await?;
            return Ok(page(c, StatusCode::UNAUTHORIZED, "login-error-invalid"));
        }
    };

    let token = random_token();
    let tx = state.store.begin().await?;
    tx.create_session(&token_hash(&token), user.id, LIFETIME_SECS).await?;
    tx.audit(NewAudit {
        actor_id: Some(user.id),
        ..attempt(&user.username, Some(user.unit_id), "login.success", &ip, json!({}))
    })
    .await?;
    tx.commit().await?;
    state.store.clear_login_failures(&username).await?;

    let mut res = Redirect::to(&next).into_response();
    set_session_cookie(&mut res, &state.settings, token);
    Ok(res)
}

fn attempt(
    username: &str,
    unit_id: Option<i64>,
    action: &'static str,
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
        tx.audit(crate::audit_log::by(&a, &ip, "logout", "session", "", json!({}))).await?;
        tx.commit().await?;
    }
    let mut res = Redirect::to("/login").into_response();
    clear_session_cookie(&mut res, &state.settings);
    Ok(res)
}
