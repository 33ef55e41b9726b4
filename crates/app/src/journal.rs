//! The journal of a documented case: writing, changing and signing notes, correcting a signed one,
//! and reading the journal (every reading in the audit log). Note texts are sealed, bound to their
//! case.
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{NoteId, UserId};
use lotsen_domain::records::journal::{NoteText, is_signed};
use lotsen_store::{CaseRecord, NewNote, NoteRecord, Scoped, Store, StoreError};
use serde_json::json;

use crate::Caller;
use crate::privacy::{open_note, seal_note};

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The case is not documented: it keeps no journal.
    #[error("the case is not documented")]
    NotDocumented,
    /// Only a note's author changes or signs it.
    #[error("only the author changes or signs a note")]
    NotAuthor,
    /// A signed note is corrected by a new note, not changed.
    #[error("the note is signed")]
    Signed,
    /// A note not yet signed is changed, not corrected.
    #[error("the note is not signed yet")]
    NotSigned,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seal(#[from] anyhow::Error),
}

/// A note as the journal shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: NoteId,
    pub author_id: UserId,
    pub written_on: NaiveDate,
    pub text: String,
    /// Written at, seconds since the epoch.
    pub created_at: i64,
    pub signed: bool,
    /// The note this one corrects.
    pub corrects: Option<NoteId>,
    /// The notes that correct this one.
    pub corrected_by: Vec<NoteId>,
}

fn documented(case: &Scoped<CaseRecord>) -> Result<(), JournalError> {
    if case.documented { Ok(()) } else { Err(JournalError::NotDocumented) }
}

/// Writes a note in `case`; `corrects` names a signed note of the same case it corrects.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn write(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    case: &Scoped<CaseRecord>,
    on: NaiveDate,
    text: &NoteText,
    corrects: Option<NoteId>,
) -> Result<NoteRecord, JournalError> {
    documented(case)?;
    let sealed = seal_note(key, case.id, text.as_str())?;
    let tx = store.begin().await?;
    if let Some(c) = corrects {
        let original = tx.case_note(case, c).await?;
        if !is_signed(original.created_at, original.signed_at, store.clock().timestamp()) {
            return Err(JournalError::NotSigned);
        }
    }
    let note = tx.add_note(case, NewNote { author_id: who.user_id, written_on: on, sealed, corrects }).await?;
    tx.audit(who.audit(AuditAction::JournalCreate, "case", case.id, json!({ "note": note.id, "corrects": corrects })))
        .await?;
    tx.commit().await?;
    Ok(note)
}

/// Changes a note not yet signed; only its author may.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id, note = %id))]
pub async fn edit(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    case: &Scoped<CaseRecord>,
    id: NoteId,
    on: NaiveDate,
    text: &NoteText,
) -> Result<(), JournalError> {
    documented(case)?;
    let tx = store.begin().await?;
    let note = tx.case_note(case, id).await?;
    if note.author_id != who.user_id {
        return Err(JournalError::NotAuthor);
    }
    if is_signed(note.created_at, note.signed_at, store.clock().timestamp()) {
        return Err(JournalError::Signed);
    }
    tx.update_note(&note, on, seal_note(key, case.id, text.as_str())?).await?;
    tx.audit(who.audit(AuditAction::JournalUpdate, "case", case.id, json!({ "note": id }))).await?;
    tx.commit().await?;
    Ok(())
}

/// Signs a note; only its author may. A note already signed stays as it was.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id, note = %id))]
pub async fn sign(store: &Store, who: &Caller, case: &Scoped<CaseRecord>, id: NoteId) -> Result<(), JournalError> {
    documented(case)?;
    let tx = store.begin().await?;
    let note = tx.case_note(case, id).await?;
    if note.author_id != who.user_id {
        return Err(JournalError::NotAuthor);
    }
    if is_signed(note.created_at, note.signed_at, store.clock().timestamp()) {
        return Ok(());
    }
    tx.sign_note(&note).await?;
    tx.audit(who.audit(AuditAction::JournalSign, "case", case.id, json!({ "note": id }))).await?;
    tx.commit().await?;
    Ok(())
}

/// The case's journal in time order, opened, after writing the reading to the audit log.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, case = %case.id))]
pub async fn read(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    case: &Scoped<CaseRecord>,
) -> Result<Vec<Note>, JournalError> {
    documented(case)?;
    let records = store.journal(case).await?;
    let now = store.clock().timestamp();
    let mut notes = Vec::with_capacity(records.len());
    for r in &records {
        notes.push(Note {
            id: r.id,
            author_id: r.author_id,
            written_on: r.written_on,
            text: open_note(key, case.id, &r.sealed)?,
            created_at: r.created_at,
            signed: is_signed(r.created_at, r.signed_at, now),
            corrects: r.corrects,
            corrected_by: records.iter().filter(|c| c.corrects == Some(r.id)).map(|c| c.id).collect(),
        });
    }
    let tx = store.begin().await?;
    tx.audit(who.audit(AuditAction::JournalView, "case", case.id, json!({ "notes": notes.len() }))).await?;
    tx.commit().await?;
    Ok(notes)
}
