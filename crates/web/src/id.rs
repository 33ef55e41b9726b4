//! Record ids from the path. Anything that is not a positive number is simply not found.
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use lotsen_domain::ids::{CaseId, FamilyId, ListEntryId, NoteId, PairId, PersonId, UnitId, UserId};

use crate::error::AppError;

/// A record's id as a URL or a query names it: a positive integer.
pub trait Key: Sized {
    fn from_key(key: i64) -> Self;

    /// The id `raw` names, if it is a positive integer.
    fn parse_key(raw: &str) -> Option<Self> {
        raw.trim().parse::<i64>().ok().filter(|n| *n > 0).map(Self::from_key)
    }
}

impl Key for i64 {
    fn from_key(key: i64) -> Self {
        key
    }
}

macro_rules! key {
    ($($t:ty),*) => {$(
        impl Key for $t {
            fn from_key(key: i64) -> Self {
                <$t>::new(key)
            }
        }
    )*};
}
key!(UnitId, UserId, CaseId, ListEntryId, PersonId, NoteId, FamilyId, PairId);

/// The one id in the path, of a unit (`Id<UnitId>`), a case, … or a record without a type of its
/// own yet (`Id`).
#[derive(Debug, Clone, Copy)]
pub struct Id<T = i64>(pub T);

impl<S: Send + Sync, T: Key> FromRequestParts<S> for Id<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        T::parse_key(&raw).map(Id).ok_or(AppError::NotFound)
    }
}
