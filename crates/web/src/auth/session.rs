//! Session cookies. The cookie carries 256 random bits; the database keeps only their SHA-256, so
//! every node can check a session and a leaked database copy signs no one in.
use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::Actor;
use crate::error::AppError;
use crate::state::{AppState, WebSettings};

/// A session ends 12 hours after sign-in, or after 2 hours without activity.
pub const LIFETIME_SECS: i64 = 12 * 3600;
pub const IDLE_SECS: i64 = 2 * 3600;

pub fn cookie_name(settings: &WebSettings) -> &'static str {
    // `__Host-` pins the cookie to this exact origin over HTTPS (no Domain, Path=/, Secure).
    if settings.secure_cookies() { "__Host-lotsen_session" } else { "lotsen_session" }
}

pub fn random_token() -> String {
    let mut bytes = [0_u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A `Set-Cookie` header value with the attributes every Lotsen cookie shares.
pub fn cookie_header(settings: &WebSettings, name: &'static str, value: String, max_age: Option<i64>) -> HeaderValue {
    let mut c = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.secure_cookies());
    if let Some(secs) = max_age {
        c = c.max_age(time_secs(secs));
    }
    HeaderValue::from_str(&c.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn time_secs(secs: i64) -> cookie::time::Duration {
    cookie::time::Duration::seconds(secs)
}

/// Adds a new session cookie to a response.
pub fn set_session_cookie(res: &mut Response, settings: &WebSettings, token: String) {
    let v = cookie_header(settings, cookie_name(settings), token, Some(LIFETIME_SECS));
    res.headers_mut().append(SET_COOKIE, v);
}

pub fn clear_session_cookie(res: &mut Response, settings: &WebSettings) {
    let v = cookie_header(settings, cookie_name(settings), String::new(), Some(0));
    res.headers_mut().append(SET_COOKIE, v);
}

/// Loads the [`Actor`] for this request's session cookie, if the session is live.
pub async fn load_actor(State(state): State<AppState>, mut req: Request, next: Next) -> Result<Response, AppError> {
    if is_machine_path(req.uri().path()) {
        return Ok(next.run(req).await);
    }
    let jar = CookieJar::from_headers(req.headers());
    if let Some(token) = jar.get(cookie_name(&state.settings)).map(|c| c.value().to_owned()) {
        let hash = token_hash(&token);
        if let Some(s) = state.store.session(&hash, IDLE_SECS).await? {
            state.store.touch_session(&s).await?;
            let unit = state.store.unit(s.user.unit_id).await?;
            req.extensions_mut().insert(Actor {
                user_id: s.user.id,
                username: s.user.username,
                display_name: s.user.display_name,
                role: s.user.role,
                unit_id: unit.id,
                unit_name: unit.name,
                unit_version: unit.updated_at,
                unit_has_logo: unit.has_logo,
                programmes: unit.programmes,
                session: s.token_hash,
            });
        }
    }
    // Integrations authenticate with a personal API token instead of a cookie, on the JSON API
    // only: a token is not a session, so it opens no page (accounts, tokens, settings).
    if req.extensions().get::<Actor>().is_none()
        && opens_with_token(req.uri().path())
        && let Some(token) = bearer(req.headers())
        && let Some((t, user)) = state.store.token_user(&token_hash(token)).await?
    {
        let unit = state.store.unit(user.unit_id).await?;
        req.extensions_mut().insert(Actor {
            user_id: user.id,
            username: user.username,
            display_name: user.display_name,
            role: user.role,
            unit_id: unit.id,
            unit_name: unit.name,
            unit_version: unit.updated_at,
            unit_has_logo: unit.has_logo,
            programmes: unit.programmes,
            session: format!("token:{}", t.id),
        });
    }
    let actor = req.extensions().get::<Actor>().cloned();
    let mut res = next.run(req).await;
    // Error pages are rendered further out; they need to know who is signed in.
    if let Some(a) = actor {
        res.extensions_mut().insert(a);
    }
    Ok(res)
}

/// Whether a personal API token may stand in for a session on this path: the JSON API for
/// integrations (`/api/v1/…`), nothing else.
pub fn opens_with_token(path: &str) -> bool {
    path.starts_with("/api/v1/")
}

/// The token of an `Authorization: Bearer …` header.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// Endpoints for machines and assets, the public survey pages and the contact form: no session lookup, no CSRF
/// cookie (a survey sets no cookie at all; its forms carry their own signed token).
pub fn is_machine_path(path: &str) -> bool {
    ["/static/", "/units/", "/s/", "/contact/"].iter().any(|p| path.starts_with(p))
        || ["/healthz", "/readyz", "/metrics", "/api/v1/dropin/sessions", "/api/hsds"].contains(&path)
        || path.starts_with("/api/hsds/")
        || (path.starts_with("/dropin/") && (path.ends_with(".ics") || path.ends_with("/qr.svg")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(base_url: &str) -> WebSettings {
        WebSettings::new(base_url, vec![7; 32])
    }

    #[test]
    fn cookies_are_secure_and_host_bound_over_https() {
        let s = settings("https://lotsen.example.se");
        let v = cookie_header(&s, cookie_name(&s), "t".into(), Some(60));
        let v = v.to_str().unwrap();
        assert!(v.starts_with("__Host-lotsen_session=t"), "{v}");
        for attr in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/", "Max-Age=60"] {
            assert!(v.contains(attr), "{attr} missing in {v}");
        }
        assert!(!v.contains("Domain"), "a __Host- cookie has no Domain");
    }

    #[test]
    fn plain_http_cookies_are_not_marked_secure() {
        let s = settings("http://127.0.0.1:8080");
        let v = cookie_header(&s, cookie_name(&s), "t".into(), None);
        assert!(v.to_str().unwrap().starts_with("lotsen_session=t") && !v.to_str().unwrap().contains("Secure"));
    }

    #[test]
    fn a_token_opens_the_json_api_and_nothing_else() {
        for path in ["/api/v1/cases", "/api/v1/cases/3/close", "/api/v1/report", "/api/v1/lists"] {
            assert!(opens_with_token(path), "{path}");
        }
        for path in ["/admin/users", "/account/tokens", "/account/password", "/cases", "/api/openapi.json", "/api/v1"] {
            assert!(!opens_with_token(path), "{path}");
        }
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "256 bits in unpadded base64url");
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
