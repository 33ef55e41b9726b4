//! Residents following their own case: codes handed out for a case (one in force at a time), the
//! wrong-PIN count and lock, and the messages residents send (sealed by the web layer).
use lotsen_domain::ids::{CaseId, UnitId, UserId};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{case_access, case_message};
use crate::{CaseRecord, Result, Scoped, SealedIdentity, Store, StoreError, Tx};

/// A code as stored, without its PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRecord {
    pub id: i64,
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub code: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub failures: u32,
    pub locked_until: Option<i64>,
    pub last_used_at: Option<i64>,
}

impl AccessRecord {
    /// Not revoked and not expired at `now`.
    pub fn in_force(&self, now: i64) -> bool {
        self.revoked_at.is_none() && now < self.expires_at
    }
}

fn record(m: case_access::Model) -> AccessRecord {
    AccessRecord {
        id: m.id,
        case_id: m.case_id,
        unit_id: m.unit_id,
        code: m.code,
        created_by: m.created_by,
        created_at: m.created_at,
        expires_at: m.expires_at,
        revoked_at: m.revoked_at,
        failures: u32::try_from(m.failures).unwrap_or(0),
        locked_until: m.locked_until,
        last_used_at: m.last_used_at,
    }
}

/// A resident's message as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRecord {
    pub id: i64,
    pub case_id: CaseId,
    /// `message`, or `close` when the resident asks to close the case.
    pub kind: String,
    pub sealed: SealedIdentity,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

impl Store {
    /// The code `code` with its PIN hash, whoever's it is: the resident's sign-in looks it up.
    pub async fn access_by_code(&self, code: &str) -> Result<Option<(AccessRecord, String)>> {
        let m = case_access::Entity::find().filter(case_access::Column::Code.eq(code)).one(self.conn()).await?;
        Ok(m.map(|m| {
            let hash = m.pin_hash.clone();
            (record(m), hash)
        }))
    }

    /// Code `id`, when it is still in force at `now`.
    pub async fn access_in_force(&self, id: i64, now: i64) -> Result<Option<AccessRecord>> {
        let m = case_access::Entity::find_by_id(id).one(self.conn()).await?;
        Ok(m.map(record).filter(|a| a.in_force(now)))
    }

    /// The codes handed out for `case`, newest first.
    pub async fn case_accesses(&self, case: &Scoped<CaseRecord>) -> Result<Vec<AccessRecord>> {
        Ok(case_access::Entity::find()
            .filter(case_access::Column::CaseId.eq(case.id))
            .order_by_desc(case_access::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(record)
            .collect())
    }

    /// The messages residents sent about `case`, oldest first.
    pub async fn case_messages(&self, case: &Scoped<CaseRecord>) -> Result<Vec<MessageRecord>> {
        Ok(case_message::Entity::find()
            .filter(case_message::Column::CaseId.eq(case.id))
            .order_by_asc(case_message::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| MessageRecord {
                id: m.id,
                case_id: m.case_id,
                kind: m.kind,
                sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
                created_at: m.created_at,
                read_at: m.read_at,
            })
            .collect())
    }
}

impl Tx {
    /// A new code for `case`; the codes handed out before stop working.
    pub async fn create_access(
        &self,
        case: &Scoped<CaseRecord>,
        code: &str,
        pin_hash: &str,
        created_by: UserId,
        expires_at: i64,
    ) -> Result<AccessRecord> {
        let now = self.now();
        case_access::Entity::update_many()
            .col_expr(case_access::Column::RevokedAt, sea_orm::sea_query::Expr::value(now))
            .filter(case_access::Column::CaseId.eq(case.id))
            .filter(case_access::Column::RevokedAt.is_null())
            .exec(self.conn())
            .await?;
        let m = case_access::ActiveModel {
            case_id: Set(case.id),
            unit_id: Set(case.unit_id()),
            code: Set(code.to_owned()),
            pin_hash: Set(pin_hash.to_owned()),
            created_by: Set(created_by),
            created_at: Set(now),
            expires_at: Set(expires_at),
            revoked_at: Set(None),
            failures: Set(0),
            locked_until: Set(None),
            last_used_at: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(record(m))
    }

    /// Revokes code `id` of `case`; not found when it is another case's.
    pub async fn revoke_access(&self, case: &Scoped<CaseRecord>, id: i64) -> Result<AccessRecord> {
        let m = case_access::Entity::find_by_id(id)
            .filter(case_access::Column::CaseId.eq(case.id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        let now = self.now();
        let m = case_access::ActiveModel {
            id: Set(m.id),
            revoked_at: Set(Some(m.revoked_at.unwrap_or(now))),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(record(m))
    }

    /// Records a wrong PIN for code `id`: the count, and the lock it earns.
    pub async fn access_failed(&self, id: i64, failures: u32, locked_until: Option<i64>) -> Result<()> {
        case_access::ActiveModel {
            id: Set(id),
            failures: Set(i32::try_from(failures).unwrap_or(i32::MAX)),
            locked_until: Set(locked_until),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    /// A right PIN for code `id`: the count starts over.
    pub async fn access_used(&self, id: i64) -> Result<()> {
        case_access::ActiveModel {
            id: Set(id),
            failures: Set(0),
            locked_until: Set(None),
            last_used_at: Set(Some(self.now())),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    /// A resident's message about case `case_id` of `unit_id`, sealed by the caller.
    pub async fn add_case_message(
        &self,
        case_id: CaseId,
        unit_id: UnitId,
        kind: &str,
        s: SealedIdentity,
    ) -> Result<i64> {
        let m = case_message::ActiveModel {
            case_id: Set(case_id),
            unit_id: Set(unit_id),
            kind: Set(kind.to_owned()),
            key_version: Set(s.key_version),
            nonce: Set(s.nonce),
            sealed: Set(s.sealed),
            created_at: Set(self.now()),
            read_at: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }

    /// Marks the messages of `case` read.
    pub async fn mark_messages_read(&self, case: &Scoped<CaseRecord>) -> Result<()> {
        case_message::Entity::update_many()
            .col_expr(case_message::Column::ReadAt, sea_orm::sea_query::Expr::value(self.now()))
            .filter(case_message::Column::CaseId.eq(case.id))
            .filter(case_message::Column::ReadAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
