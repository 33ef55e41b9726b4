//! CSRF protection for every state-changing request, as a signed double-submit token: a random
//! per-browser seed in an `HttpOnly` cookie, and in each form an HMAC of that seed under a key only
//! the server holds. A cross-site form can neither read the cookie nor compute the token.
//! Browsers' `Sec-Fetch-Site: cross-site` is refused outright as a second line.
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use subtle::ConstantTimeEq;

use super::session::{cookie_header, random_token};
use crate::error::AppError;
use crate::keys::hmac;
use crate::state::{AppState, WebSettings};

/// The token to put in this request's forms (`<input type=hidden name=csrf>`).
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Form bodies are read whole to find the token; the body-limit layer has already capped them.
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

fn seed_cookie(settings: &WebSettings) -> &'static str {
    if settings.secure_cookies() { "__Host-lotsen_csrf" } else { "lotsen_csrf" }
}

fn token_for(state: &AppState, seed: &str) -> String {
    URL_SAFE_NO_PAD.encode(hmac(&state.keys.csrf, seed.as_bytes()))
}

pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if super::session::is_machine_path(req.uri().path()) {
        return next.run(req).await;
    }
    let jar = CookieJar::from_headers(req.headers());
    let existing = jar.get(seed_cookie(&state.settings)).map(|c| c.value().to_owned()).filter(|s| s.len() >= 32);
    let (seed, fresh) = match existing {
        Some(s) => (s, false),
        None => (random_token(), true),
    };
    let expected = token_for(&state, &seed);

    // A bearer token is not sent by a browser on its own, so API calls that carry one need no CSRF token.
    let token_call =
        super::session::opens_with_token(req.uri().path()) && super::session::bearer(req.headers()).is_some();
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) && !token_call;
    // The JSON API answers in its own shape: without a token or a page of ours loaded there is
    // no one to act as (401); a session without its CSRF header is refused (403).
    let api = super::session::opens_with_token(req.uri().path());
    let refused = |res: Response| {
        if !api {
            res
        } else if fresh {
            crate::json::ApiError::Unauthorized.into_response()
        } else {
            crate::json::ApiError::Forbidden.into_response()
        }
    };
    let req = if unsafe_method {
        if cross_site(req.headers()) {
            return with_token(refused(AppError::Csrf.into_response()), &expected);
        }
        match check(req, &expected, fresh).await {
            Ok(req) => req,
            Err(res) => return with_token(refused(res), &expected),
        }
    } else {
        req
    };

    let mut req = req;
    req.extensions_mut().insert(CsrfToken(expected.clone()));
    let mut res = with_token(next.run(req).await, &expected);
    if fresh {
        let v = cookie_header(&state.settings, seed_cookie(&state.settings), seed, None);
        res.headers_mut().append(SET_COOKIE, v);
    }
    res
}

/// Error pages are rendered further out; they need the token for the sign-out form.
fn with_token(mut res: Response, token: &str) -> Response {
    res.extensions_mut().insert(CsrfToken(token.to_owned()));
    res
}

fn cross_site(h: &HeaderMap) -> bool {
    h.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"cross-site")
}

/// Finds the submitted token (header, query or form field) and compares it in constant time.
async fn check(req: Request, expected: &str, fresh: bool) -> Result<Request, Response> {
    let denied = || AppError::Csrf.into_response();
    if fresh {
        // No seed cookie means no page of ours was loaded in this browser: nothing can match.
        return Err(denied());
    }
    let matches = |given: &str| bool::from(given.as_bytes().ct_eq(expected.as_bytes()));
    if let Some(h) = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        return if matches(h) { Ok(req) } else { Err(denied()) };
    }
    if let Some(q) = req.uri().query()
        && let Some(t) = form_field(q.as_bytes(), "csrf")
    {
        return if matches(&t) { Ok(req) } else { Err(denied()) };
    }
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(denied());
    }
    let (parts, body) = req.into_parts();
    let bytes = match to_bytes(body, MAX_FORM_BYTES).await {
        Ok(b) => b,
        Err(_) => return Err(axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response()),
    };
    match form_field(&bytes, "csrf") {
        Some(t) if matches(&t) => Ok(Request::from_parts(parts, Body::from(bytes))),
        _ => Err(denied()),
    }
}

fn form_field(bytes: &[u8], name: &str) -> Option<String> {
    url_pairs(bytes).find(|(k, _)| k == name).map(|(_, v)| v)
}

fn url_pairs(bytes: &[u8]) -> impl Iterator<Item = (String, String)> + '_ {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes).unwrap_or_default().into_iter()
}
