//! The journal of a documented case: notes read and changed only through their case, which is
//! read for its unit.
use chrono::NaiveDate;
use lotsen_domain::ids::{CaseId, NoteId, UnitId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::journal_note as jn;
use crate::{CaseRecord, Result, Scoped, SealedIdentity, Store, StoreError, Tx};

/// A journal note as stored, its text still sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRecord {
    pub id: NoteId,
    pub case_id: CaseId,
    pub unit_id: UnitId,
    pub author_id: UserId,
    pub written_on: NaiveDate,
    pub sealed: SealedIdentity,
    /// The note this one corrects.
    pub corrects: Option<NoteId>,
    pub signed_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A new note of a case, its text sealed by the caller.
#[derive(Debug, Clone)]
pub struct NewNote {
    pub author_id: UserId,
    pub written_on: NaiveDate,
    pub sealed: SealedIdentity,
    pub corrects: Option<NoteId>,
}

fn record(m: jn::Model) -> NoteRecord {
    NoteRecord {
        id: m.id,
        case_id: m.case_id,
        unit_id: m.unit_id,
        author_id: m.author_id,
        written_on: m.written_on,
        sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
        corrects: m.corrects_id,
        signed_at: m.signed_at,
        created_at: m.created_at,
        updated_at: m.updated_at,
    }
}

async fn notes<C: ConnectionTrait>(conn: &C, case: &Scoped<CaseRecord>) -> Result<Vec<NoteRecord>> {
    Ok(jn::Entity::find()
        .filter(jn::Column::CaseId.eq(case.id))
        .filter(jn::Column::UnitId.eq(case.unit_id()))
        .order_by_asc(jn::Column::WrittenOn)
        .order_by_asc(jn::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(record)
        .collect())
}

impl Store {
    /// The case's notes in time order: by the day written about, then as written.
    pub async fn journal(&self, case: &Scoped<CaseRecord>) -> Result<Vec<NoteRecord>> {
        notes(self.conn(), case).await
    }
}

impl Tx {
    /// Note `id` of `case`; not found when it belongs to another case.
    pub async fn case_note(&self, case: &Scoped<CaseRecord>, id: NoteId) -> Result<Scoped<NoteRecord>> {
        let m = jn::Entity::find_by_id(id)
            .filter(jn::Column::CaseId.eq(case.id))
            .filter(jn::Column::UnitId.eq(case.unit_id()))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Scoped::new(case.unit_id(), record(m)))
    }

    /// Adds a note to `case`. A correction must point to a note of the same case.
    pub async fn add_note(&self, case: &Scoped<CaseRecord>, n: NewNote) -> Result<NoteRecord> {
        if let Some(c) = n.corrects {
            self.case_note(case, c).await?;
        }
        let t = self.now();
        let m = jn::ActiveModel {
            case_id: Set(case.id),
            unit_id: Set(case.unit_id()),
            author_id: Set(n.author_id),
            written_on: Set(n.written_on),
            key_version: Set(n.sealed.key_version),
            nonce: Set(n.sealed.nonce),
            sealed: Set(n.sealed.sealed),
            corrects_id: Set(n.corrects),
            signed_at: Set(None),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(record(m))
    }

    /// Replaces an unsigned note's day and text; the caller checks it may.
    pub async fn update_note(
        &self,
        note: &Scoped<NoteRecord>,
        written_on: NaiveDate,
        sealed: SealedIdentity,
    ) -> Result<()> {
        jn::Entity::update_many()
            .col_expr(jn::Column::WrittenOn, Expr::value(written_on))
            .col_expr(jn::Column::KeyVersion, Expr::value(sealed.key_version))
            .col_expr(jn::Column::Nonce, Expr::value(sealed.nonce))
            .col_expr(jn::Column::Sealed, Expr::value(sealed.sealed))
            .col_expr(jn::Column::UpdatedAt, Expr::value(self.now()))
            .filter(jn::Column::Id.eq(note.id))
            .filter(jn::Column::UnitId.eq(note.unit_id()))
            .filter(jn::Column::SignedAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Signs the note now, if it is not signed yet.
    pub async fn sign_note(&self, note: &Scoped<NoteRecord>) -> Result<()> {
        jn::Entity::update_many()
            .col_expr(jn::Column::SignedAt, Expr::value(self.now()))
            .filter(jn::Column::Id.eq(note.id))
            .filter(jn::Column::UnitId.eq(note.unit_id()))
            .filter(jn::Column::SignedAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
