//! Errors as people see them. A handler returns [`AppError`]; the response carries only a marker,
//! and [`crate::pages::error_pages`] renders a localised page for it with the request id. The
//! cause goes to that request's log line, never to the page.
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("the form's security token was missing or wrong")]
    Csrf,
    #[error("too many requests")]
    TooMany,
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(anyhow::Error),
}

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        if e.is::<Busy>() { AppError::TooMany } else { AppError::Internal(e) }
    }
}

/// Too many passwords are being checked at once; the caller is asked to try again shortly.
#[derive(Debug, thiserror::Error)]
#[error("too many passwords are being checked at once")]
pub struct Busy;

/// Marks an error response so the error-page layer renders it in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorKind(pub StatusCode, pub &'static str);

impl AppError {
    fn kind(&self) -> ErrorKind {
        match self {
            AppError::NotFound => ErrorKind(StatusCode::NOT_FOUND, "error-page-404"),
            AppError::Forbidden => ErrorKind(StatusCode::FORBIDDEN, "error-page-403"),
            AppError::Csrf => ErrorKind(StatusCode::FORBIDDEN, "error-page-csrf"),
            AppError::TooMany => ErrorKind(StatusCode::TOO_MANY_REQUESTS, "error-page-429"),
            AppError::Unavailable(_) => ErrorKind(StatusCode::SERVICE_UNAVAILABLE, "error-page-503"),
            AppError::Internal(_) => ErrorKind(StatusCode::INTERNAL_SERVER_ERROR, "error-page-500"),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::Internal(e) => tracing::error!(error = ?e, "internal error"),
            AppError::Unavailable(e) => tracing::warn!(error = %e, "database unavailable"),
            _ => {}
        }
        let kind = self.kind();
        let mut res = kind.0.into_response();
        res.extensions_mut().insert(kind);
        res
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::NotOwned { .. } => AppError::Forbidden,
            StoreError::Unavailable(m) => AppError::Unavailable(m),
            other => AppError::Internal(anyhow::Error::new(other)),
        }
    }
}

impl From<lotsen_app::Error> for AppError {
    fn from(e: lotsen_app::Error) -> Self {
        match e {
            lotsen_app::Error::Store(e) => e.into(),
            lotsen_app::Error::Other(e) => e.into(),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
