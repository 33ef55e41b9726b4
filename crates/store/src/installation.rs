//! The installation's own facts: the fingerprint of the key its sealed data is sealed with, and an
//! online copy of an embedded database for `lotsen backup`.
use sea_orm::{ConnectionTrait, Statement, Value};

use crate::{Backend, Result, Store, StoreError};

impl Store {
    /// The fingerprint of the secret key recorded for this database, if one was.
    pub async fn key_fingerprint(&self) -> Result<Option<String>> {
        let stmt = Statement::from_string(
            self.conn().get_database_backend(),
            "SELECT key_fingerprint FROM installation WHERE id = 1".to_owned(),
        );
        match self.conn().query_one_raw(stmt).await? {
            Some(row) => Ok(row.try_get_by_index::<Option<String>>(0)?),
            None => Ok(None),
        }
    }

    /// Records `fingerprint` as the key's when none is recorded yet; returns the one recorded.
    pub async fn record_key_fingerprint(&self, fingerprint: &str) -> Result<String> {
        if let Some(known) = self.key_fingerprint().await? {
            return Ok(known);
        }
        let backend = self.conn().get_database_backend();
        let sql = match self.backend() {
            Backend::Sqlite => "INSERT OR IGNORE INTO installation (id, key_fingerprint, updated_at) VALUES (1, ?, ?)",
            Backend::Postgres => {
                "INSERT INTO installation (id, key_fingerprint, updated_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING"
            }
        };
        let values: [Value; 2] = [fingerprint.into(), self.now().into()];
        self.conn().execute_raw(Statement::from_sql_and_values(backend, sql, values)).await?;
        Ok(self.key_fingerprint().await?.unwrap_or_else(|| fingerprint.to_owned()))
    }

    /// Writes a consistent copy of an embedded database to `path` while it serves (`VACUUM INTO`).
    pub async fn copy_sqlite_to(&self, path: &str) -> Result<()> {
        if self.backend() != Backend::Sqlite {
            return Err(StoreError::BadUrl);
        }
        let quoted = path.replace('\'', "''");
        let stmt = Statement::from_string(self.conn().get_database_backend(), format!("VACUUM INTO '{quoted}'"));
        self.conn().execute_raw(stmt).await?;
        Ok(())
    }

    /// Whether the embedded database is whole (`PRAGMA integrity_check`).
    pub async fn sqlite_intact(&self) -> Result<bool> {
        let stmt = Statement::from_string(self.conn().get_database_backend(), "PRAGMA integrity_check".to_owned());
        let row = self.conn().query_one_raw(stmt).await?;
        Ok(row.and_then(|r| r.try_get_by_index::<String>(0).ok()).as_deref() == Some("ok"))
    }
}
