//! The JSON API for integrations, behind the same authorisation as the pages: a personal API token
//! (`Authorization: Bearer …`) or a signed-in session with an `X-CSRF-Token` header for changes.
//! Described by the OpenAPI document at `/api/openapi.json`.
use lotsen_domain::ids::ListEntryId;
pub mod case_write;
pub mod cases;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::Actor;
use crate::i18n::Tr;
pub use crate::json::{ApiError, ApiJson, ApiQuery, ApiResult, ErrorBody, FieldProblem};

/// A coordinator or manager calling the API.
pub struct ApiCaseWorker(pub Actor, pub Tr);

impl<S: Send + Sync> FromRequestParts<S> for ApiCaseWorker {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let t = Tr::new(crate::i18n::locale_of(parts));
        let actor = parts.extensions.get::<Actor>().cloned().ok_or(ApiError::Unauthorized)?;
        if actor.role.works_cases() { Ok(ApiCaseWorker(actor, t)) } else { Err(ApiError::Forbidden) }
    }
}

/// A list value given by its numeric id or its stable code (e.g. `"phone"`).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum ListRef {
    Id(i64),
    Code(String),
}

impl ListRef {
    /// The id as the web forms take it, so the API and the pages share one set of checks.
    pub fn resolve(&self, lists: &lotsen_store::Lists, kind: lotsen_domain::lists::ListKind) -> String {
        match self {
            ListRef::Id(id) => id.to_string(),
            ListRef::Code(code) => {
                lists.by_code(kind, code).map(|e| e.id.to_string()).unwrap_or_else(|| "unknown".into())
            }
        }
    }
}

/// A list entry as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntryRef {
    #[schema(value_type = i64)]
    pub id: ListEntryId,
    pub code: String,
    pub label: String,
}

pub fn entry(lists: &lotsen_store::Lists, id: ListEntryId, t: &Tr) -> EntryRef {
    match lists.get(id) {
        Some(e) => EntryRef { id, code: e.code.clone(), label: e.label(t.locale).to_owned() },
        None => EntryRef { id, code: String::new(), label: String::new() },
    }
}

/// Unknown API paths answer in JSON too.
pub async fn not_found() -> ApiError {
    ApiError::NotFound
}
