use sea_orm::{DbErr, SqlErr};

/// What can go wrong in the store, in terms a handler can map to a response.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique value is already taken; the field names which.
    #[error("{0} is already taken")]
    Conflict(&'static str),
    /// A directory entry is maintained by another unit: its staff may read and refer to it, not
    /// change it.
    #[error("{object} {id} is maintained by another unit")]
    NotOwned { object: &'static str, id: String },
    #[error("the database URL must start with sqlite: or postgres://")]
    BadUrl,
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Db(DbErr),
}

impl StoreError {
    pub(crate) fn from_connect(e: DbErr) -> Self {
        StoreError::Unavailable(e.to_string())
    }
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        if let Some(SqlErr::UniqueConstraintViolation(_)) = e.sql_err() {
            return StoreError::Conflict("value");
        }
        match e {
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => StoreError::Unavailable(e.to_string()),
            DbErr::RecordNotFound(_) => StoreError::NotFound,
            e => StoreError::Db(e),
        }
    }
}
