//! The append-only, hash-chained audit log (DESIGN.md rule 3).
use lotsen_domain::audit::{AuditFields, BrokenLink, GENESIS, StoredLink, Walk, row_hash};
use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entity::audit_log;
use crate::{Result, Store, Tx};

/// An event to record: who did what to which record.
#[derive(Debug, Clone)]
pub struct NewAudit {
    pub actor_id: Option<UserId>,
    /// The actor's user name, or the name a failed sign-in tried.
    pub actor_name: String,
    pub unit_id: Option<UnitId>,
    /// A dotted verb such as `user.create` or `login.failure`.
    pub action: lotsen_domain::audit_action::AuditAction,
    pub record_type: &'static str,
    pub record_id: String,
    /// Extra facts as JSON; never identified details themselves.
    pub detail: serde_json::Value,
    pub ip: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub actor_id: Option<UserId>,
    pub actor_name: String,
    pub unit_id: Option<UnitId>,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub detail: String,
    pub ip: String,
}

/// What to search for. `unit_id` is the reader's scope and always applies.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub unit_id: Option<UnitId>,
    pub actor_name: Option<String>,
    pub action: Option<String>,
    pub record_type: Option<String>,
    pub record_id: Option<String>,
    /// Inclusive lower and exclusive upper bound, as stored (RFC 3339 UTC).
    pub from: Option<String>,
    pub until: Option<String>,
    /// Keyset paging: only rows older than this id.
    pub before_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    /// The id to pass as `before_id` for the next, older page.
    pub next_before: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Rows verified (up to the broken link, if any).
    pub rows: u64,
    /// Of them, written before the chain was keyed.
    pub unkeyed: u64,
    /// The last row's id and hash, when the whole chain holds.
    pub head: Option<(i64, String)>,
    pub broken: Option<BrokenLink>,
}

/// Timestamps in the log: fixed width, so text order is time order on every backend.
pub fn audit_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

impl Tx {
    /// Appends one row, chained to the last. Appends are serialised: on SQLite by the store's
    /// write lock (already held by this transaction), on PostgreSQL by a transaction-scoped
    /// advisory lock, so two nodes never chain to the same row.
    pub async fn audit(&self, e: NewAudit) -> Result<i64> {
        if self.db_backend() == DbBackend::Postgres {
            self.conn().execute_unprepared("SELECT pg_advisory_xact_lock(7468201)").await?;
        }
        let last = audit_log::Entity::find().order_by_desc(audit_log::Column::Id).one(self.conn()).await?;
        let (id, prev) = last.map_or((1, GENESIS.to_owned()), |l| (l.id + 1, l.hash));
        let at = audit_time(self.clock.now());
        let detail = e.detail.to_string();
        let hash = row_hash(
            self.audit_key.as_ref(),
            &prev,
            &AuditFields {
                id,
                at: &at,
                actor_id: e.actor_id,
                actor_name: &e.actor_name,
                unit_id: e.unit_id,
                action: e.action.as_str(),
                record_type: e.record_type,
                record_id: &e.record_id,
                detail: &detail,
                ip: &e.ip,
            },
        );
        audit_log::ActiveModel {
            id: Set(id),
            at: Set(at),
            actor_id: Set(e.actor_id),
            actor_name: Set(e.actor_name),
            unit_id: Set(e.unit_id),
            action: Set(e.action.as_str().to_owned()),
            record_type: Set(e.record_type.to_owned()),
            record_id: Set(e.record_id),
            detail: Set(detail),
            ip: Set(e.ip),
            prev_hash: Set(prev),
            hash: Set(hash),
        }
        .insert(self.conn())
        .await?;
        Ok(id)
    }
}

impl Store {
    /// Records one event in a transaction of its own (sign-ins, views, exports).
    pub async fn audit(&self, e: NewAudit) -> Result<i64> {
        let tx = self.begin().await?;
        let id = tx.audit(e).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn search_audit(&self, f: &AuditFilter, limit: u64) -> Result<AuditPage> {
        use audit_log::Column as C;
        let mut q = audit_log::Entity::find().order_by_desc(C::Id).limit(limit + 1);
        if let Some(u) = f.unit_id {
            q = q.filter(C::UnitId.eq(u));
        }
        if let Some(a) = &f.actor_name {
            q = q.filter(C::ActorName.eq(a.trim().to_lowercase()));
        }
        if let Some(a) = &f.action {
            q = q.filter(C::Action.starts_with(a.trim()));
        }
        if let Some(t) = &f.record_type {
            q = q.filter(C::RecordType.eq(t.trim()));
        }
        if let Some(r) = &f.record_id {
            q = q.filter(C::RecordId.eq(r.trim()));
        }
        if let Some(from) = &f.from {
            q = q.filter(C::At.gte(from.as_str()));
        }
        if let Some(until) = &f.until {
            q = q.filter(C::At.lt(until.as_str()));
        }
        if let Some(b) = f.before_id {
            q = q.filter(C::Id.lt(b));
        }
        let mut rows: Vec<AuditRow> = q.all(self.conn()).await?.into_iter().map(row).collect();
        let next_before = if rows.len() as u64 > limit {
            rows.truncate(limit as usize);
            rows.last().map(|r| r.id)
        } else {
            None
        };
        Ok(AuditPage { rows, next_before })
    }

    /// Walks the whole chain in id order and reports the first broken link, if any.
    pub async fn verify_audit(&self) -> Result<VerifyReport> {
        let mut walk = Walk::new(self.audit_key());
        let mut after = 0_i64;
        loop {
            let batch = audit_log::Entity::find()
                .filter(audit_log::Column::Id.gt(after))
                .order_by_asc(audit_log::Column::Id)
                .limit(2000)
                .all(self.conn())
                .await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            for m in &batch {
                let link = StoredLink {
                    fields: AuditFields {
                        id: m.id,
                        at: &m.at,
                        actor_id: m.actor_id,
                        actor_name: &m.actor_name,
                        unit_id: m.unit_id,
                        action: &m.action,
                        record_type: &m.record_type,
                        record_id: &m.record_id,
                        detail: &m.detail,
                        ip: &m.ip,
                    },
                    prev_hash: &m.prev_hash,
                    hash: &m.hash,
                };
                if let Err(broken) = walk.step(&link) {
                    return Ok(VerifyReport {
                        rows: walk.rows,
                        unkeyed: walk.unkeyed,
                        head: None,
                        broken: Some(broken),
                    });
                }
            }
        }
        let head = (walk.rows > 0).then(|| (after, walk.prev.clone()));
        Ok(VerifyReport { rows: walk.rows, unkeyed: walk.unkeyed, head, broken: None })
    }

    /// The stored hash of row `id`, if there is one.
    pub async fn audit_hash(&self, id: i64) -> Result<Option<String>> {
        Ok(audit_log::Entity::find_by_id(id).one(self.conn()).await?.map(|m| m.hash))
    }
}

pub(crate) fn row(m: audit_log::Model) -> AuditRow {
    AuditRow {
        id: m.id,
        at: m.at,
        actor_id: m.actor_id,
        actor_name: m.actor_name,
        unit_id: m.unit_id,
        action: m.action,
        record_type: m.record_type,
        record_id: m.record_id,
        detail: m.detail,
        ip: m.ip,
    }
}
