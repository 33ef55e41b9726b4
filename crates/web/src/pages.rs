//! What every page shares: the layout's data ([`Chrome`]), error pages, and response headers.
use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use lotsen_domain::locale::Locale;

use crate::auth::Actor;
use crate::auth::csrf::CsrfToken;
use crate::error::ErrorKind;
use crate::i18n::{LANG_COOKIE, Tr};
use crate::links::safe_next;
use crate::state::AppState;

/// The layout's data: language, the signed-in person, the CSRF token and where we are.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub t: Tr,
    pub csrf: String,
    /// Path and query of this page, to come back to after a language switch.
    pub here: String,
    pub actor: Option<Actor>,
    /// The request id, shown on error pages so support can find the log line.
    pub request_id: String,
}

impl Chrome {
    pub fn locale(&self) -> Locale {
        self.t.locale
    }

    /// The other languages, for the language switch.
    /// The language switch: (code, name, current, the name's language) for Swedish, Easy Swedish,
    /// English, Arabic.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool, &'static str)> {
        let mut out: Vec<_> = Locale::ALL
            .iter()
            .map(|l| (l.code(), l.endonym(), *l == self.t.locale && !self.t.easy, l.code()))
            .collect();
        out.insert(1, (crate::i18n::EASY_CODE, "Lättläst", self.t.easy, "sv"));
        out
    }

    pub fn here_encoded(&self) -> String {
        crate::links::encode_component(&self.here)
    }

    pub fn can_admin(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.administers())
    }

    pub fn works_cases(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.works_cases())
    }

    pub fn reads_report(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.reads_report())
    }

    pub fn can_keep_directory(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.keeps_directory())
    }

    /// A coordinator or manager of a unit that runs family coordination.
    pub fn coordinates_families(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.works_cases() && a.programmes.family_coordination)
    }

    /// A coordinator or manager of a unit that runs Housing First.
    pub fn houses_first(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.works_cases() && a.programmes.housing_first)
    }

    pub fn can_review_audit(&self) -> bool {
        self.actor.as_ref().is_some_and(|a| a.role.reviews_audit_log())
    }

    pub fn role_label(&self) -> String {
        self.actor.as_ref().map(|a| self.t.get(format!("role-{}", a.role.as_str()))).unwrap_or_default()
    }

    /// Whether the navigation link for `prefix` is the current page.
    /// The navigation's name of the area the page belongs to, for the compact menu's button.
    pub fn area(&self) -> Option<&'static str> {
        const AREAS: [(&str, &str); 20] = [
            ("/cases", "nav-cases"),
            ("/persons", "nav-cases"),
            ("/intake", "nav-intake"),
            ("/families", "nav-families"),
            ("/housing", "nav-housing"),
            ("/outreach", "nav-outreach"),
            ("/sessions", "nav-dropin"),
            ("/surveys", "nav-surveys"),
            ("/directory", "nav-directory"),
            ("/report-inputs", "nav-report-inputs"),
            ("/report", "nav-report"),
            ("/concern-reports", "nav-concern-reports"),
            ("/audit", "nav-audit"),
            ("/admin/users", "nav-users"),
            ("/admin/unit", "nav-unit"),
            ("/admin/lists", "nav-lists"),
            ("/admin/units", "nav-units"),
            ("/guide", "nav-guide"),
            ("/account", "nav-account"),
            ("/", "nav-home"),
        ];
        AREAS.iter().find(|(prefix, _)| self.current(prefix)).map(|(_, key)| *key)
    }

    pub fn current(&self, prefix: &str) -> bool {
        let path = self.here.split('?').next().unwrap_or("");
        if prefix == "/" { path == "/" } else { path == prefix || path.starts_with(&format!("{prefix}/")) }
    }
}

fn chrome_of(parts: &Parts) -> Chrome {
    Chrome {
        t: crate::i18n::tr_of(parts),
        csrf: parts.extensions.get::<CsrfToken>().map(|c| c.0.clone()).unwrap_or_default(),
        here: parts.uri.path_and_query().map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned()),
        actor: parts.extensions.get::<Actor>().cloned(),
        request_id: parts.headers.get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned(),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Chrome {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(chrome_of(parts))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    status: u16,
    title_id: &'static str,
}

/// Renders a friendly page, in the person's language, for every error response that is not
/// already a page of its own: handler errors, unknown routes, refused bodies, bad parameters.
pub async fn error_pages(req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let mut c = chrome_of(&parts);
    let is_api = parts.uri.path().starts_with("/api/");
    let res = next.run(Request::from_parts(parts, body)).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) || is_api {
        return res;
    }
    let marked = res.extensions().get::<ErrorKind>().copied();
    let is_html =
        res.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if is_html && marked.is_none() {
        return res;
    }
    c.actor = res.extensions().get::<Actor>().cloned();
    if let Some(token) = res.extensions().get::<CsrfToken>() {
        c.csrf = token.0.clone();
    }
    let title_id = marked.map_or_else(|| default_message(status), |k| k.1);
    let page = ErrorPage { c, status: status.as_u16(), title_id };
    let mut out = match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => status.into_response(),
    };
    if let Some(allow) = res.headers().get(axum::http::header::ALLOW) {
        out.headers_mut().insert(axum::http::header::ALLOW, allow.clone());
    }
    if let Some(retry) = res.headers().get(axum::http::header::RETRY_AFTER) {
        out.headers_mut().insert(axum::http::header::RETRY_AFTER, retry.clone());
    }
    out
}

fn default_message(status: StatusCode) -> &'static str {
    match status.as_u16() {
        404 => "error-page-404",
        403 => "error-page-403",
        405 => "error-page-405",
        413 => "error-page-413",
        429 => "error-page-429",
        400 | 415 | 422 => "error-page-400",
        503 => "error-page-503",
        s if s >= 500 => "error-page-500",
        _ => "error-page-400",
    }
}

/// Security headers on every response, and no caching of pages that may hold personal data.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let is_static = req.uri().path().starts_with("/static/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &'static str| {
        h.entry(k).or_insert(HeaderValue::from_static(v));
    };
    set(
        h,
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "same-origin");
    set(h, "permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    set(h, "cross-origin-opener-policy", "same-origin");
    if !is_static {
        set(h, CACHE_CONTROL.as_str(), "no-store");
    }
    res
}

/// Language switch: remembers the choice for a year and goes back to the page.
pub async fn switch_language(
    State(state): State<AppState>,
    axum::extract::Path(code): axum::extract::Path<String>,
    axum::extract::Query(q): axum::extract::Query<NextQuery>,
) -> Response {
    let code = match Locale::parse(&code) {
        Some(locale) => locale.code(),
        None if code == crate::i18n::EASY_CODE => crate::i18n::EASY_CODE,
        None => return crate::error::AppError::NotFound.into_response(),
    };
    let mut res = axum::response::Redirect::to(&without_lang(&safe_next(q.next.as_deref()))).into_response();
    let mut c = crate::auth::session::cookie_header(&state.settings, LANG_COOKIE, code.to_owned(), Some(365 * 86400));
    // The language is not a secret; scripts may read it.
    if let Ok(s) = c.to_str() {
        c = HeaderValue::from_str(&s.replace("; HttpOnly", "")).unwrap_or(c);
    }
    res.headers_mut().append(axum::http::header::SET_COOKIE, c);
    res
}

/// `next` without a `lang=` of its own, which would outweigh the language just chosen.
fn without_lang(next: &str) -> String {
    let Some((path, query)) = next.split_once('?') else { return next.to_owned() };
    let kept: Vec<&str> = query.split('&').filter(|kv| !kv.starts_with("lang=")).collect();
    if kept.is_empty() { path.to_owned() } else { format!("{path}?{}", kept.join("&")) }
}

#[derive(Debug, serde::Deserialize)]
pub struct NextQuery {
    pub next: Option<String>,
}

/// Layout data for a public page (a survey, the contact form): no session, no cookie, the page's own languages.
pub fn public_chrome(locale: Locale, here: String) -> Chrome {
    Chrome { t: Tr::new(locale), csrf: String::new(), here, actor: None, request_id: String::new() }
}

/// A language link on a public page: code, own name, whether current, address.
pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub current: bool,
    pub href: String,
}

/// Links to the same page in each of `locales`.
pub fn links(
    locales: impl IntoIterator<Item = Locale>,
    current: Locale,
    href: impl Fn(Locale) -> String,
) -> Vec<LangLink> {
    locales
        .into_iter()
        .map(|l| LangLink { code: l.code(), name: l.endonym(), current: l == current, href: href(l) })
        .collect()
}
