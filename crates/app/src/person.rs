//! The residents of a documented record: adding one, opening one (every view in the audit log),
//! and finding one by identity number or name among the caller's own unit only.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::PersonId;
use lotsen_domain::records::person::Person;
use lotsen_domain::records::person_number::PersonNumber;
use lotsen_store::{NewPerson, PersonRecord, Scoped, Store, StoreError};
use serde_json::json;

use crate::Caller;
use crate::privacy::{number_key, open_person, seal_person};

#[derive(Debug, thiserror::Error)]
pub enum PersonError {
    /// The unit already has a person with this number.
    #[error("the unit already has a person with this number")]
    NumberTaken,
    #[error(transparent)]
    Store(StoreError),
    #[error(transparent)]
    Seal(#[from] anyhow::Error),
}

impl From<StoreError> for PersonError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => Self::NumberTaken,
            e => Self::Store(e),
        }
    }
}

/// A person as opened: the stored record and who they are.
#[derive(Debug, Clone)]
pub struct Opened {
    pub record: Scoped<PersonRecord>,
    pub person: Person,
}

/// Adds `person` (with their checked `number`) to the caller's unit, sealed, with its audit row.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id))]
pub async fn add(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    person: &Person,
    number: &PersonNumber,
) -> Result<Scoped<PersonRecord>, PersonError> {
    let nk = number_key(key, who.unit_id, number);
    let sealed = seal_person(key, who.unit_id, &nk, person)?;
    let tx = store.begin().await?;
    let p = tx
        .create_person(who.unit_id, NewPerson { number_key: nk, sealed, sample_day: number.born_on_sample_day() })
        .await?;
    tx.audit(who.audit(AuditAction::PersonCreate, "person", p.id, json!({ "number_kind": number.kind().as_str() })))
        .await?;
    tx.commit().await?;
    Ok(p)
}

/// The caller's unit's person with `number` within `tx`: the one the record has (their recorded
/// details stay), or `person` added to it with its audit row. Answers the id and whether it was
/// added.
pub(crate) async fn find_or_add(
    tx: &lotsen_store::Tx,
    who: &Caller,
    key: &[u8; 32],
    person: &Person,
    number: &PersonNumber,
    detail: serde_json::Value,
) -> Result<(PersonId, bool), PersonError> {
    let nk = number_key(key, who.unit_id, number);
    if let Some(p) = tx.person_by_number(who.unit_id, &nk).await? {
        return Ok((p.id, false));
    }
    let sealed = seal_person(key, who.unit_id, &nk, person)?;
    let p = tx
        .create_person(who.unit_id, NewPerson { number_key: nk, sealed, sample_day: number.born_on_sample_day() })
        .await?;
    let mut d = json!({ "number_kind": number.kind().as_str() });
    if let (Some(d), serde_json::Value::Object(extra)) = (d.as_object_mut(), detail) {
        d.extend(extra);
    }
    tx.audit(who.audit(AuditAction::PersonCreate, "person", p.id, d)).await?;
    Ok((p.id, true))
}

/// Opens person `id` of the caller's unit, after writing the view to the audit log.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, person = %id))]
pub async fn open(store: &Store, who: &Caller, key: &[u8; 32], id: PersonId) -> Result<Opened, PersonError> {
    let record = store.person(who.unit_id, id).await?;
    let person = open_person(key, who.unit_id, &record.number_key, &record.sealed)?;
    let tx = store.begin().await?;
    tx.audit(who.audit(AuditAction::PersonView, "person", id, json!({}))).await?;
    tx.commit().await?;
    Ok(Opened { record, person })
}

/// The caller's unit's person with this number, opened (and the view audited), if there is one.
pub async fn find_by_number(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    number: &PersonNumber,
) -> Result<Option<Opened>, PersonError> {
    let nk = number_key(key, who.unit_id, number);
    match store.person_by_number(who.unit_id, &nk).await? {
        Some(p) => open(store, who, key, p.id).await.map(Some),
        None => Ok(None),
    }
}

/// The caller's unit's person with this number among `only` when given, opened (and the view
/// audited); someone outside `only` is not opened and not found.
pub async fn find_number_among(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    number: &PersonNumber,
    only: Option<&std::collections::HashSet<PersonId>>,
) -> Result<Option<Opened>, PersonError> {
    let nk = number_key(key, who.unit_id, number);
    match store.person_by_number(who.unit_id, &nk).await? {
        Some(p) if only.is_none_or(|o| o.contains(&p.id)) => open(store, who, key, p.id).await.map(Some),
        _ => Ok(None),
    }
}

/// The most a search by name shows.
pub const SEARCH_MAX: usize = 20;

/// The caller's unit's persons whose name holds every word of `query` (case and accents as
/// written), newest first, at most [`SEARCH_MAX`]. The search and whom it showed are audited.
pub async fn search_by_name(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    query: &str,
) -> Result<Vec<(PersonId, Person)>, PersonError> {
    search_among(store, who, key, query, None).await
}

/// The same among `only` when given (the persons a coordinator keeps): no one else is opened.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id))]
pub async fn search_among(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    query: &str,
    only: Option<&std::collections::HashSet<PersonId>>,
) -> Result<Vec<(PersonId, Person)>, PersonError> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    for r in store.persons(who.unit_id).await? {
        if only.is_some_and(|o| !o.contains(&r.id)) {
            continue;
        }
        let person = open_person(key, who.unit_id, &r.number_key, &r.sealed)?;
        let name = person.name.to_lowercase();
        if words.iter().all(|w| name.contains(w.as_str())) {
            found.push((r.id, person));
            if found.len() == SEARCH_MAX {
                break;
            }
        }
    }
    let shown: Vec<PersonId> = found.iter().map(|(id, _)| *id).collect();
    let tx = store.begin().await?;
    tx.audit(who.audit(AuditAction::PersonView, "person", "search", json!({ "shown": shown }))).await?;
    tx.commit().await?;
    Ok(found)
}

/// Replaces the contact details of a person of the caller's unit (`record` as read for the unit);
/// the identity number stays. The audit row names the fields that changed, never their values.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, person = %record.id))]
pub async fn update(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    record: &Scoped<PersonRecord>,
    before: &Person,
    after: &Person,
) -> Result<(), PersonError> {
    let sealed = seal_person(key, record.unit_id(), &record.number_key, after)?;
    let mut changed = Vec::new();
    for (field, a, b) in [
        ("name", &before.name, &after.name),
        ("phone", &before.phone, &after.phone),
        ("email", &before.email, &after.email),
        ("address", &before.address, &after.address),
        ("language", &before.language, &after.language),
    ] {
        if a != b {
            changed.push(field);
        }
    }
    if before.interpreter != after.interpreter {
        changed.push("interpreter");
    }
    if before.support != after.support {
        changed.push("support");
    }
    let tx = store.begin().await?;
    let n = NewPerson { number_key: record.number_key.clone(), sealed, sample_day: record.sample_day };
    tx.update_person(record, n).await?;
    tx.audit(who.audit(AuditAction::PersonUpdate, "person", record.id, json!({ "changed": changed }))).await?;
    tx.commit().await?;
    Ok(())
}
