//! The HSDS API's query parameters, each checked so a bad one is named (400 with a message), and
//! the specification's `Page` envelope around a list.
use axum::Json;
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use lotsen_hsds::flat::is_uuid;
use serde::Deserialize;
use serde_json::{Value, json};

/// An answer other than 200: a status and a sentence.
#[derive(Debug)]
pub struct HsdsError(pub StatusCode, pub String);

impl HsdsError {
    pub fn bad(message: impl Into<String>) -> Self {
        HsdsError(StatusCode::BAD_REQUEST, message.into())
    }

    pub fn not_found(what: &str, id: &str) -> Self {
        HsdsError(StatusCode::NOT_FOUND, format!("no {what} with id {id}"))
    }
}

impl IntoResponse for HsdsError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "message": self.1 }))).into_response()
    }
}

/// Query parameters that cannot be read (a name given twice) answer 400 with the reason, in JSON.
pub struct HsdsQuery<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> axum::extract::FromRequestParts<S> for HsdsQuery<T> {
    type Rejection = HsdsError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, HsdsError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(HsdsQuery(v)),
            Err(e) => Err(HsdsError::bad(e.body_text())),
        }
    }
}

impl From<lotsen_store::StoreError> for HsdsError {
    fn from(e: lotsen_store::StoreError) -> Self {
        tracing::error!(error = %e, "directory read failed");
        HsdsError(StatusCode::SERVICE_UNAVAILABLE, "the directory cannot be read just now".into())
    }
}

pub type HsdsResult<T> = Result<T, HsdsError>;

/// The query parameters of every list path, as text: each is checked here so a bad one is named.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Params {
    pub search: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
    pub format: Option<String>,
    pub taxonomy_term_id: Option<String>,
    pub taxonomy_id: Option<String>,
    pub organization_id: Option<String>,
    pub modified_after: Option<String>,
    pub minimal: Option<String>,
    pub full: Option<String>,
    pub full_service: Option<String>,
    pub top_only: Option<String>,
    pub parent_id: Option<String>,
    pub postcode: Option<String>,
    pub proximity: Option<String>,
}

pub fn boolean(name: &str, v: &Option<String>) -> HsdsResult<bool> {
    match v.as_deref().map(str::trim) {
        None | Some("") | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(other) => Err(HsdsError::bad(format!("{name} must be true or false, not \"{other}\""))),
    }
}

pub fn positive(name: &str, v: &Option<String>, default: usize, max: usize) -> HsdsResult<usize> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if n >= 1 && n <= max => Ok(n),
            _ => Err(HsdsError::bad(format!("{name} must be a whole number from 1 to {max}, not \"{s}\""))),
        },
    }
}

/// A UUID-valued filter: absent, or a UUID (anything else matches nothing, so it is refused).
pub fn uuid_param(name: &str, v: &Option<String>) -> HsdsResult<Option<String>> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) if is_uuid(s) => Ok(Some(s.to_lowercase())),
        Some(s) => Err(HsdsError::bad(format!("{name} must be a UUID, not \"{s}\""))),
    }
}

/// `modified_after`: RFC 3339, or a date or a time without offset read in Europe/Stockholm.
pub fn instant(v: &Option<String>) -> HsdsResult<Option<DateTime<Utc>>> {
    let Some(s) = v.as_deref().map(str::trim).filter(|s| !s.is_empty()) else { return Ok(None) };
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(Some(t.with_timezone(&Utc)));
    }
    let local = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M"))
        .ok()
        .or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)));
    match local.and_then(|l| chrono_tz::Europe::Stockholm.from_local_datetime(&l).earliest()) {
        Some(t) => Ok(Some(t.with_timezone(&Utc))),
        None => Err(HsdsError::bad(format!("modified_after must be a date-time (RFC 3339), not \"{s}\""))),
    }
}

/// Page number and size, and the format; `minimal` lists default to every item on one page.
pub struct Paging {
    pub page: usize,
    pub per_page: usize,
    pub ndjson: bool,
}

impl Params {
    pub fn paging(&self, minimal: bool) -> HsdsResult<Paging> {
        let ndjson = match self.format.as_deref().map(str::trim) {
            None | Some("") | Some("json") => false,
            Some("ndjson") => true,
            Some(other) => return Err(HsdsError::bad(format!("format must be json or ndjson, not \"{other}\""))),
        };
        let (default, max) = if minimal { (10_000, 10_000) } else { (50, 1_000) };
        Ok(Paging {
            page: positive("page", &self.page, 1, usize::MAX)?,
            per_page: positive("per_page", &self.per_page, default, max)?,
            ndjson,
        })
    }
}

/// The `Page` envelope around this page of `items`, each made into JSON by `render` (only the page's
/// are), or every item, one per line, for ndjson.
pub fn page<T>(items: Vec<T>, p: &Paging, render: impl Fn(T) -> Value) -> Response {
    if p.ndjson {
        let mut body = String::new();
        for i in items {
            body.push_str(&render(i).to_string());
            body.push('\n');
        }
        return ([(CONTENT_TYPE, "application/x-ndjson")], body).into_response();
    }
    let total = items.len();
    let total_pages = total.div_ceil(p.per_page).max(1);
    let contents: Vec<Value> =
        items.into_iter().skip((p.page - 1).saturating_mul(p.per_page)).take(p.per_page).map(render).collect();
    Json(json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": p.page,
        "size": contents.len(),
        "first_page": p.page == 1,
        "last_page": p.page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    }))
    .into_response()
}

/// An id from the path: not a UUID is not found, before any query.
pub fn checked_id<'a>(what: &str, id: &'a str) -> HsdsResult<&'a str> {
    if is_uuid(id) { Ok(id) } else { Err(HsdsError::not_found(what, id)) }
}
