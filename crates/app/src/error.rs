//! What a use case can fail with, beside the store's own errors.
use lotsen_store::StoreError;

/// A use case's failure: the store's, or something it could not do (a sealed value that does not
/// open).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}
