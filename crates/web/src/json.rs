//! The JSON API's error shape and extractors, shared by every area's JSON endpoints: errors
//! answer in one body (`{"error": …, "fields": …}`), and a malformed body or query is a 400 with
//! the reason, never a 500.
use std::collections::BTreeMap;

use axum::Json;
use axum::extract::FromRequestParts;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::Tr;

/// A field's problem: a stable code and a sentence in the caller's language.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    pub code: String,
    pub message: String,
}

/// Every error the API returns.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// `unauthorized`, `forbidden`, `not_found`, `invalid`, `bad_request` or `unavailable`.
    pub error: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, FieldProblem>,
}

#[derive(Debug)]
pub enum ApiError {
    Unauthorized,
    Forbidden,
    NotFound,
    BadRequest(String),
    Invalid(FieldErrors, Tr),
    Unavailable,
    Internal(anyhow::Error),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, fields) = match self {
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized".to_owned(), BTreeMap::new()),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden".to_owned(), BTreeMap::new()),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found".to_owned(), BTreeMap::new()),
            ApiError::BadRequest(why) => (StatusCode::BAD_REQUEST, format!("bad_request: {why}"), BTreeMap::new()),
            ApiError::Invalid(errors, t) => {
                let fields = errors
                    .iter()
                    .map(|(f, m)| (f.to_owned(), FieldProblem { code: m.to_owned(), message: t.get(m) }))
                    .collect();
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid".to_owned(), fields)
            }
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable".to_owned(), BTreeMap::new()),
            ApiError::Internal(e) => {
                tracing::error!(error = ?e, "internal error in the API");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal".to_owned(), BTreeMap::new())
            }
        };
        let mut res = (status, Json(ErrorBody { error, fields })).into_response();
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut()
                .insert(axum::http::header::WWW_AUTHENTICATE, axum::http::HeaderValue::from_static("Bearer"));
        }
        res
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound => ApiError::NotFound,
            AppError::Forbidden | AppError::Csrf => ApiError::Forbidden,
            AppError::TooMany => ApiError::BadRequest("too many requests".into()),
            AppError::Unavailable(_) => ApiError::Unavailable,
            AppError::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<lotsen_store::StoreError> for ApiError {
    fn from(e: lotsen_store::StoreError) -> Self {
        AppError::from(e).into()
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        ApiError::Internal(e)
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// A JSON body whose syntax errors come back as a 400 with the reason, in the API's error shape.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError::BadRequest(e.body_text())),
            Err(JsonRejection::JsonSyntaxError(e)) => Err(ApiError::BadRequest(e.body_text())),
            Err(JsonRejection::MissingJsonContentType(_)) => {
                Err(ApiError::BadRequest("expected application/json".into()))
            }
            Err(e) => Err(ApiError::BadRequest(e.body_text())),
        }
    }
}

/// Query parameters whose errors (a word where a number or `true`/`false` belongs) come back as a
/// 400 with the reason, in the API's error shape.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(e) => Err(ApiError::BadRequest(e.body_text())),
        }
    }
}
