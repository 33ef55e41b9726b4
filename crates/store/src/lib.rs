//! Lotsen's store: the one door to the database, the same code path for SQLite and PostgreSQL.
//!
//! Reads go through [`Store`]; every change goes through a [`Tx`], so a change and its audit row
//! commit together or not at all.
#![forbid(unsafe_code)]

mod audit;
mod cases;
mod concern;
mod directory;
mod directory_links;
mod dropin;
mod entity;
mod error;
mod extended;
mod family;
mod family_consent;
mod family_plan;
mod follow;
mod housing;
mod inquiries;
mod installation;
mod jobs;
mod journal;
mod lists;
mod log_reviews;
mod migration;
mod outbox;
mod outreach;
mod persons;
mod report;
mod report_inputs;
mod report_readers;
mod retention;
mod scoped;
mod sessions;
mod setup;
mod surveys;
mod throttle;
mod tokens;
mod transfers;
mod two_factor;
mod unit_public;
mod units;
mod users;

use std::sync::Arc;
use std::time::Duration;

use lotsen_domain::clock::Clock;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend};
use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
use sea_orm_migration::MigratorTrait;
use tokio::sync::{Mutex, OwnedMutexGuard};

pub use audit::{AuditFilter, AuditPage, AuditRow, NewAudit, VerifyReport, audit_time};
pub use cases::{
    COUNT_CAP, CaseDetail, CaseFilter, CaseListPage, CaseRecord, CaseRow, CaseSort, ContactRecord, FollowUpRecord,
    NewCase, NewContact, NewReferral, ReferralRecord, ReportFilter, SealedIdentity,
};
pub use directory::{Counts as DirectoryCounts, Owned, own_entry_ids};
pub use directory_links::{
    DirectoryFlags, TRANSLATED, Visibility, category_taxonomy_id, derived_id, translation_taxonomy_id,
    translation_term_id,
};
pub use dropin::{ExceptionRecord, SeriesInput, SeriesRecord, VenueInput, VenueRecord, VisitRecord};
pub use error::StoreError;
pub use extended::{AgreementRecord, CheckInRecord, NewAgreement, NewCheckIn};
pub use family::{FamilyRecord, MemberRecord, NewFamily, PairRecord};
pub use family_consent::{ConsentRecord, FamilyContactRecord};
pub use family_plan::{ActionRecord, GoalRecord, MappingRecord};
pub use follow::{AccessRecord, MessageRecord};
pub use housing::{EnrolmentRecord, HousingEvent, HousingEventRecord, TenancyRecord};
pub use inquiries::{InquiryRecord, NewInquiry, Received, Shown};
pub use jobs::JobRecord;
pub use journal::{NewNote, NoteRecord};
pub use lists::{EntryInput, ListEntry, Lists};
pub use log_reviews::{IDENTIFIED_VIEWS, ReviewItem, ReviewRecord};
pub use migration::DEFAULT_DAILY_CAP;
pub use outbox::{Claimed, NewMessage, OutboxCounts};
pub use outreach::{ActivityFilter, ActivityInput, ActivityRecord};
pub use persons::{NewPerson, PersonRecord};
pub use report::SurveyCounts;
pub use report_inputs::InputRecord;
pub use report_readers::ReaderRecord;
pub use retention::{CullRecord, Culled, RetentionPlan};
pub use scoped::Scoped;
pub use sessions::SessionRecord;
pub use surveys::{InvitationState, NewResponse, Recorded, SurveyRecord, VersionRecord};
pub use tokens::TokenRecord;
pub use transfers::{IntakeNoteRecord, NewTransfer, SendRefused, TransferRecord};
pub use two_factor::{ChallengeKind, ChallengeRecord, TotpRecord};
pub use units::UnitRecord;
pub use users::{Ended, NewUser, UserRecord};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which database engine a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub const fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Pool figures for the metrics endpoint.
#[derive(Debug, Clone, Copy)]
pub struct PoolStats {
    pub size: u32,
    pub idle: u32,
}

#[derive(Clone)]
pub struct Store {
    db: DatabaseConnection,
    backend: Backend,
    /// SQLite has one writer at a time; taking this lock before a write transaction keeps our own
    /// connections from tripping over each other (SQLITE_BUSY). PostgreSQL needs none.
    write_lock: Option<Arc<Mutex<()>>>,
    /// The key of the audit chain, derived from the secret by the caller and shared by every clone
    /// of this store; rows are keyed once it is set.
    audit_key: Arc<std::sync::OnceLock<[u8; 32]>>,
    /// Where every timestamp this store writes comes from.
    clock: Clock,
}

impl Store {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`). SQLite is opened in WAL mode
    /// with foreign keys on, `synchronous=NORMAL` (survives a process crash; see DESIGN.md) and a
    /// memory-mapped read path.
    pub async fn connect(url: &str) -> Result<Self> {
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::BadUrl);
        };
        let mut opts = ConnectOptions::new(url.to_owned());
        opts.sqlx_logging(false).connect_timeout(Duration::from_secs(5)).acquire_timeout(Duration::from_secs(5));
        match backend {
            Backend::Sqlite => {
                opts.max_connections(8).min_connections(1);
                opts.map_sqlx_sqlite_opts(|o| {
                    o.journal_mode(SqliteJournalMode::Wal)
                        .synchronous(SqliteSynchronous::Normal)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(10))
                        .pragma("mmap_size", "268435456")
                        .create_if_missing(true)
                });
            }
            Backend::Postgres => {
                opts.max_connections(16).min_connections(1);
            }
        }
        let db = Database::connect(opts).await.map_err(StoreError::from_connect)?;
        let write_lock = (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(())));
        Ok(Self { db, backend, write_lock, audit_key: Arc::default(), clock: Clock::system() })
    }

    /// Keys the audit chain from now on (every clone of this store). The first key set stays.
    pub fn set_audit_key(&self, key: [u8; 32]) {
        let _ = self.audit_key.set(key);
    }

    /// This store with its time read from `clock` (tests fix it; the service reads the system's).
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Seconds since the Unix epoch by this store's clock, the form every timestamp but the audit
    /// log's takes here.
    pub(crate) fn now(&self) -> i64 {
        self.clock.timestamp()
    }

    pub(crate) fn audit_key(&self) -> Option<&[u8; 32]> {
        self.audit_key.get()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies every pending migration; returns the names of those applied now.
    pub async fn migrate(&self) -> Result<Vec<String>> {
        let before: Vec<String> =
            migration::Migrator::get_pending_migrations(&self.db).await?.iter().map(|m| m.name().to_owned()).collect();
        migration::Migrator::up(&self.db, None).await?;
        self.seed_missing_lists().await?;
        self.sync_directory_lists().await?;
        Ok(before)
    }

    pub async fn pending_migrations(&self) -> Result<Vec<String>> {
        Ok(migration::Migrator::get_pending_migrations(&self.db).await?.iter().map(|m| m.name().to_owned()).collect())
    }

    /// Readiness: the database answers a trivial query.
    pub async fn ping(&self) -> Result<()> {
        self.db.ping().await?;
        Ok(())
    }

    pub fn pool_stats(&self) -> PoolStats {
        match self.backend {
            Backend::Sqlite => {
                let p = self.db.get_sqlite_connection_pool();
                PoolStats { size: p.size(), idle: p.num_idle() as u32 }
            }
            Backend::Postgres => {
                let p = self.db.get_postgres_connection_pool();
                PoolStats { size: p.size(), idle: p.num_idle() as u32 }
            }
        }
    }

    /// Begins a write transaction. Changes and their audit rows go through it.
    pub async fn begin(&self) -> Result<Tx> {
        let guard = self.write_guard().await;
        let tx = match self.backend {
            // IMMEDIATE takes the write lock up front, so a transaction that reads before it writes
            // (the audit chain does) waits its turn instead of failing with SQLITE_BUSY.
            Backend::Sqlite => {
                let options = TransactionOptions {
                    sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                    ..Default::default()
                };
                self.db.begin_with_options(options).await?
            }
            Backend::Postgres => self.db.begin().await?,
        };
        Ok(Tx { tx, _guard: guard, audit_key: self.audit_key.get().copied(), clock: self.clock.clone() })
    }

    /// Held around every write outside a [`Tx`], for the same reason.
    pub(crate) async fn write_guard(&self) -> Option<OwnedMutexGuard<()>> {
        match &self.write_lock {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        }
    }

    /// Runs raw SQL as the database owner. For operators' tools and tests only.
    pub async fn unsafe_execute(&self, sql: &str) -> Result<u64> {
        let _g = self.write_guard().await;
        Ok(self.db.execute_unprepared(sql).await?.rows_affected())
    }

    /// Runs a raw query whose columns are all text (cast them) and returns each row as
    /// (column, value) pairs. For operators' tools and tests that inspect what is stored.
    pub async fn unsafe_query_text(&self, sql: &str) -> Result<Vec<Vec<(String, Option<String>)>>> {
        let stmt = sea_orm::Statement::from_string(self.db.get_database_backend(), sql.to_owned());
        let rows = self.db.query_all_raw(stmt).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let names = r.column_names();
            let mut row = Vec::with_capacity(names.len());
            for (i, n) in names.into_iter().enumerate() {
                row.push((n, r.try_get_by_index::<Option<String>>(i)?));
            }
            out.push(row);
        }
        Ok(out)
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &DatabaseConnection {
        &self.db
    }
}

/// A write transaction. Dropping it without [`Tx::commit`] rolls everything back.
pub struct Tx {
    tx: DatabaseTransaction,
    _guard: Option<OwnedMutexGuard<()>>,
    audit_key: Option<[u8; 32]>,
    clock: Clock,
}

impl Tx {
    /// Seconds since the Unix epoch by the store's clock.
    pub(crate) fn now(&self) -> i64 {
        self.clock.timestamp()
    }

    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &DatabaseTransaction {
        &self.tx
    }

    pub(crate) fn db_backend(&self) -> DbBackend {
        self.tx.get_database_backend()
    }
}
