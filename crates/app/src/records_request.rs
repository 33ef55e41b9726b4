//! A resident's records request ("begäran om att ta del av handlingar", GDPR art. 15): the whole
//! record of the person in the caller's unit, gathered from one of their cases. Opening the person
//! and reading each journal are audited as views; producing the document is audited by the caller
//! with what was masked.
use lotsen_store::{CaseDetail, CaseRecord, Scoped, Store, StoreError};

use crate::Caller;
use crate::journal::{JournalError, Note, read};
use crate::person::{Opened, PersonError, open};

#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    /// The case has no resident recorded, so there is no record to hand out.
    #[error("the case has no resident recorded")]
    NoPerson,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seal(#[from] anyhow::Error),
}

impl From<PersonError> for RecordsError {
    fn from(e: PersonError) -> Self {
        match e {
            PersonError::Store(e) => Self::Store(e),
            PersonError::Seal(e) => Self::Seal(e),
            PersonError::NumberTaken => Self::Seal(anyhow::anyhow!("a person number was taken meanwhile")),
        }
    }
}

impl From<JournalError> for RecordsError {
    fn from(e: JournalError) -> Self {
        match e {
            JournalError::Store(e) => Self::Store(e),
            JournalError::Seal(e) => Self::Seal(e),
            e => Self::Seal(anyhow::anyhow!("{e}")),
        }
    }
}

/// One case of the record with its journal.
#[derive(Debug, Clone)]
pub struct RecordCase {
    pub detail: CaseDetail,
    pub notes: Vec<Note>,
}

/// A person's record in the caller's unit: who they are and every case of theirs, oldest first.
#[derive(Debug, Clone)]
pub struct Record {
    pub person: Opened,
    pub cases: Vec<RecordCase>,
}

impl Record {
    /// The keys of the passages a manager may mask: every journal note (`note-{id}`) and every
    /// contact with a note (`contact-{id}`).
    pub fn passage_keys(&self) -> std::collections::BTreeSet<String> {
        let mut keys = std::collections::BTreeSet::new();
        for c in &self.cases {
            keys.extend(c.notes.iter().map(|n| format!("note-{}", n.id)));
            keys.extend(
                c.detail.contacts.iter().filter(|ct| !ct.note.trim().is_empty()).map(|ct| format!("contact-{}", ct.id)),
            );
        }
        keys
    }
}

/// The record of the resident of `case`: the person opened and each of their cases' journals
/// read, each view in the audit log.
pub async fn gather(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    case: &Scoped<CaseRecord>,
) -> Result<Record, RecordsError> {
    let person_id = case.person_id.ok_or(RecordsError::NoPerson)?;
    let person = open(store, who, key, person_id).await?;
    let mut list: Vec<CaseRecord> = store.person_cases(&person.record).await?;
    list.sort_by_key(|c| (c.first_contact_on, c.id));
    let mut cases = Vec::with_capacity(list.len());
    for c in list {
        let detail = store.case_detail(who.unit_id, c.id).await?;
        let notes = if detail.case.documented { read(store, who, key, &detail.case).await? } else { Vec::new() };
        cases.push(RecordCase { detail, notes });
    }
    Ok(Record { person, cases })
}
