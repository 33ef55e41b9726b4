//! Family coordination ("samverkande koordinatorer"): families of guardians and children held by
//! a coordinator pair, the waiting list and each pair's caseload, the guardians' consents and the
//! contacts with actors, which are refused outside a consent in force. Who the family is may be
//! seen by the unit's managers and the pair that holds it; every opening is audited.
use std::collections::HashMap;

use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{ConsentId, FamilyId, PairId, PersonId, UnitId, UserId};
use lotsen_domain::locale::Locale;
use lotsen_domain::records::family::{
    Actor, Caseload, ConsentTerms, ContactKind, GuardianConsents, Outcome, Refusal, Role as MemberRole, Status,
    may_share,
};
use lotsen_domain::records::person::Person;
use lotsen_domain::records::person_number::PersonNumber;
use lotsen_domain::role::Role;
use lotsen_store::{
    ConsentRecord, FamilyRecord, MemberRecord, NewFamily, PairRecord, Scoped, Store, StoreError, UserRecord,
};
use serde_json::json;

use crate::Caller;
use crate::privacy::open_person;

#[derive(Debug, thiserror::Error)]
pub enum FamilyError {
    /// A family has at least one child.
    #[error("a family needs a child")]
    NoChild,
    /// A family has at least one guardian.
    #[error("a family needs a guardian")]
    NoGuardian,
    /// The same person twice in one family.
    #[error("the same person is named twice")]
    Twice,
    /// The pair holds as many families as it can.
    #[error("the pair is full")]
    PairFull,
    /// The pair is retired or not of the unit.
    #[error("the pair cannot take families")]
    BadPair,
    /// The two coordinators of a pair are the same person, or not active coordinators of the unit.
    #[error("a pair is two active coordinators of the unit")]
    BadCoordinators,
    /// The family is not waiting (to start) or is closed (to change).
    #[error("the family is not in a state for this")]
    WrongState,
    /// The person is not a guardian of the family.
    #[error("not a guardian of the family")]
    NotGuardian,
    /// No guardian's consent in force names the actor.
    #[error("no consent in force names the actor")]
    NoConsent(Refusal<PersonId>),
    #[error(transparent)]
    Store(StoreError),
    #[error(transparent)]
    Seal(#[from] anyhow::Error),
}

impl From<StoreError> for FamilyError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

/// Who may see who a family is: the unit's managers, the pair that holds it, and while it waits
/// the staff member who put it on the list.
pub fn may_open(role: Role, user: UserId, f: &FamilyRecord, pair: Option<&PairRecord>) -> bool {
    role.reviews_audit_log()
        || pair.is_some_and(|p| p.has(user))
        || (f.status == Status::Waiting && f.created_by == user)
}

/// Whether `user` may be one of a pair: an active coordinator or manager of the unit.
pub fn may_coordinate(user: &UserRecord, unit: UnitId) -> bool {
    user.unit_id == unit && !user.disabled && matches!(user.role, Role::Coordinator | Role::Manager)
}

/// A family member as submitted and checked.
#[derive(Debug, Clone)]
pub struct NewMember {
    pub person: Person,
    pub number: PersonNumber,
    pub role: MemberRole,
    pub custody: bool,
}

/// Adds a family with its members. A member whose number the unit's record already has is that
/// person (their recorded details stay); anyone else is added to the record. With a pair the
/// family starts at once, if the pair has room; otherwise it waits.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id))]
pub async fn create(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    language: Locale,
    start: Option<(PairId, NaiveDate)>,
    members: &[NewMember],
) -> Result<Scoped<FamilyRecord>, FamilyError> {
    if !members.iter().any(|m| m.role == MemberRole::Child) {
        return Err(FamilyError::NoChild);
    }
    if !members.iter().any(|m| m.role == MemberRole::Guardian) {
        return Err(FamilyError::NoGuardian);
    }
    let tx = store.begin().await?;
    if let Some((p, _)) = start {
        let pair = tx.pair(who.unit_id, p).await.map_err(|_| FamilyError::BadPair)?;
        if pair.retired {
            return Err(FamilyError::BadPair);
        }
        if tx.pair_active(&pair).await? >= pair.capacity {
            return Err(FamilyError::PairFull);
        }
    }
    let mut people: Vec<MemberRecord> = Vec::new();
    let mut added = 0;
    for m in members {
        let (person_id, new) =
            crate::person::find_or_add(&tx, who, key, &m.person, &m.number, json!({ "family": true })).await.map_err(
                |e| match e {
                    crate::person::PersonError::Store(e) => FamilyError::Store(e),
                    crate::person::PersonError::Seal(e) => FamilyError::Seal(e),
                    crate::person::PersonError::NumberTaken => FamilyError::Twice,
                },
            )?;
        added += usize::from(new);
        if people.iter().any(|p| p.person_id == person_id) {
            return Err(FamilyError::Twice);
        }
        people.push(MemberRecord { person_id, role: m.role, custody: m.role == MemberRole::Guardian && m.custody });
    }
    // A family started at once was listed on its start day at the latest.
    let today = store.clock().today();
    let listed_on = start.map_or(today, |(_, on)| on.min(today));
    let n = NewFamily { language, listed_on, start, created_by: who.user_id };
    let f = tx.create_family(who.unit_id, n, &people).await?;
    let count = |r: MemberRole| people.iter().filter(|p| p.role == r).count();
    let detail = json!({
        "guardians": count(MemberRole::Guardian),
        "children": count(MemberRole::Child),
        "persons_added": added,
        "pair": start.map(|s| s.0),
        "status": f.status.as_str(),
    });
    tx.audit(who.audit(AuditAction::FamilyCreate, "family", f.id, detail)).await?;
    tx.commit().await?;
    Ok(f)
}

/// A member as opened: the stored membership and who they are.
#[derive(Debug, Clone)]
pub struct OpenedMember {
    pub member: MemberRecord,
    pub person: Person,
}

/// The family's members, opened, after writing the view to the audit log.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn open(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    f: &Scoped<FamilyRecord>,
) -> Result<Vec<OpenedMember>, FamilyError> {
    let mut out = Vec::new();
    for m in store.family_members(f).await? {
        let r = store.person(f.unit_id(), m.person_id).await?;
        let person = open_person(key, f.unit_id(), &r.number_key, &r.sealed)?;
        out.push(OpenedMember { member: m, person });
    }
    let tx = store.begin().await?;
    tx.audit(who.audit(AuditAction::FamilyView, "family", f.id, json!({}))).await?;
    tx.commit().await?;
    Ok(out)
}

/// Makes a pair of two coordinators of the unit (`first` and `second` as read for it).
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id))]
pub async fn create_pair(
    store: &Store,
    who: &Caller,
    first: &UserRecord,
    second: &UserRecord,
    capacity: u32,
) -> Result<Scoped<PairRecord>, FamilyError> {
    if first.id == second.id || !may_coordinate(first, who.unit_id) || !may_coordinate(second, who.unit_id) {
        return Err(FamilyError::BadCoordinators);
    }
    let tx = store.begin().await?;
    let p = tx.create_pair(who.unit_id, first.id, second.id, capacity).await?;
    let detail = json!({ "pair": p.id, "first": first.id, "second": second.id, "capacity": capacity });
    tx.audit(who.audit(AuditAction::FamilyPair, "pair", p.id, detail)).await?;
    tx.commit().await?;
    Ok(p)
}

/// Changes a pair's capacity or retires it. A pair still holding families is not retired.
pub async fn set_pair(
    store: &Store,
    who: &Caller,
    p: &Scoped<PairRecord>,
    capacity: u32,
    retired: bool,
) -> Result<(), FamilyError> {
    let tx = store.begin().await?;
    if retired && tx.pair_active(p).await? > 0 {
        return Err(FamilyError::WrongState);
    }
    tx.set_pair(p, capacity, retired).await?;
    let detail = json!({ "pair": p.id, "capacity": capacity, "retired": retired });
    tx.audit(who.audit(AuditAction::FamilyPair, "pair", p.id, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// Starts a waiting family with a pair that has room.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn start(
    store: &Store,
    who: &Caller,
    f: &Scoped<FamilyRecord>,
    pair: PairId,
    on: NaiveDate,
) -> Result<(), FamilyError> {
    if f.status != Status::Waiting {
        return Err(FamilyError::WrongState);
    }
    let tx = store.begin().await?;
    let p = tx.pair(f.unit_id(), pair).await.map_err(|_| FamilyError::BadPair)?;
    if p.retired {
        return Err(FamilyError::BadPair);
    }
    if tx.pair_active(&p).await? >= p.capacity {
        return Err(FamilyError::PairFull);
    }
    tx.start_family(f, &p, on).await.map_err(|e| match e {
        StoreError::NotFound => FamilyError::WrongState,
        e => e.into(),
    })?;
    tx.audit(who.audit(AuditAction::FamilyStart, "family", f.id, json!({ "pair": p.id, "on": on }))).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes a waiting or active family with how it ended.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn close(
    store: &Store,
    who: &Caller,
    f: &Scoped<FamilyRecord>,
    on: NaiveDate,
    outcome: Outcome,
) -> Result<(), FamilyError> {
    let tx = store.begin().await?;
    tx.close_family(f, on, outcome).await.map_err(|e| match e {
        StoreError::NotFound => FamilyError::WrongState,
        e => e.into(),
    })?;
    let detail = json!({ "on": on, "outcome": outcome.as_str() });
    tx.audit(who.audit(AuditAction::FamilyClose, "family", f.id, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// Records a guardian's consent to contacts with the actors it names.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn add_consent(
    store: &Store,
    who: &Caller,
    f: &Scoped<FamilyRecord>,
    guardian: PersonId,
    terms: &ConsentTerms,
) -> Result<ConsentRecord, FamilyError> {
    if f.status == Status::Closed {
        return Err(FamilyError::WrongState);
    }
    let tx = store.begin().await?;
    let members = tx.family_members(f).await?;
    if !members.iter().any(|m| m.person_id == guardian && m.role == MemberRole::Guardian) {
        return Err(FamilyError::NotGuardian);
    }
    let c = tx.add_consent(f, guardian, terms, who.user_id).await?;
    let actors: Vec<&str> = terms.actors.iter().map(Actor::as_str).collect();
    let detail = json!({
        "consent": c.id,
        "guardian": guardian,
        "actors": actors,
        "given_on": terms.given_on,
        "expires_on": terms.expires_on,
    });
    tx.audit(who.audit(AuditAction::FamilyConsent, "family", f.id, detail)).await?;
    tx.commit().await?;
    Ok(c)
}

/// Withdraws a consent from today: from now on it covers nothing.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn withdraw(store: &Store, who: &Caller, f: &Scoped<FamilyRecord>, id: ConsentId) -> Result<(), FamilyError> {
    let today = store.clock().today();
    let tx = store.begin().await?;
    tx.withdraw_consent(f, id, today).await.map_err(|e| match e {
        StoreError::NotFound => FamilyError::WrongState,
        e => e.into(),
    })?;
    tx.audit(who.audit(AuditAction::FamilyWithdraw, "family", f.id, json!({ "consent": id, "on": today }))).await?;
    tx.commit().await?;
    Ok(())
}

/// Logs a contact with an actor about the family: refused unless every guardian with custody has a
/// consent naming the actor in force both on the day of the contact and today, when it is
/// recorded (a withdrawal or expiry counts at once).
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn contact(
    store: &Store,
    who: &Caller,
    f: &Scoped<FamilyRecord>,
    actor: &Actor,
    held_on: NaiveDate,
    kind: ContactKind,
) -> Result<(), FamilyError> {
    if f.status == Status::Closed {
        return Err(FamilyError::WrongState);
    }
    let today = store.clock().today();
    let tx = store.begin().await?;
    let members = tx.family_members(f).await?;
    let consents = tx.family_consents(f).await?;
    let guardians = guardians_with_consents(&members, &consents);
    for day in [held_on, today] {
        may_share(&guardians, actor, day).map_err(FamilyError::NoConsent)?;
    }
    let id = tx.add_family_contact(f, actor, held_on, kind, who.user_id).await?;
    let detail = json!({ "contact": id, "actor": actor.as_str(), "on": held_on, "kind": kind.as_str() });
    tx.audit(who.audit(AuditAction::FamilyContact, "family", f.id, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// Each guardian of the family with the consents they gave.
pub fn guardians_with_consents<'a>(
    members: &[MemberRecord],
    consents: &'a [ConsentRecord],
) -> Vec<GuardianConsents<'a, PersonId>> {
    members
        .iter()
        .filter(|m| m.role == MemberRole::Guardian)
        .map(|m| GuardianConsents {
            guardian: m.person_id,
            custody: m.custody,
            consents: consents.iter().filter(|c| c.guardian_id == m.person_id).map(|c| &c.consent).collect(),
        })
        .collect()
}

/// The actors the coordinators may contact today: those every guardian with custody consented to.
pub fn actors_in_force(members: &[MemberRecord], consents: &[ConsentRecord], today: NaiveDate) -> Vec<Actor> {
    let guardians = guardians_with_consents(members, consents);
    let mut named: Vec<Actor> = consents.iter().flat_map(|c| c.consent.terms.actors.iter().cloned()).collect();
    named.sort();
    named.dedup();
    named.into_iter().filter(|a| may_share(&guardians, a, today).is_ok()).collect()
}

/// Each pair's caseload: the families it holds now against its capacity.
pub fn caseloads(pairs: &[Scoped<PairRecord>], families: &[Scoped<FamilyRecord>]) -> HashMap<PairId, Caseload> {
    pairs
        .iter()
        .map(|p| {
            let active = families.iter().filter(|f| f.status == Status::Active && f.pair_id == Some(p.id)).count();
            (p.id, Caseload { active: u32::try_from(active).unwrap_or(u32::MAX), capacity: p.capacity })
        })
        .collect()
}

/// The consents of `families` about to expire on `today`, by the day they end.
pub async fn expiring(
    store: &Store,
    unit: UnitId,
    families: &[FamilyId],
    today: NaiveDate,
) -> Result<Vec<ConsentRecord>, StoreError> {
    Ok(store
        .consents_ending(unit, today)
        .await?
        .into_iter()
        .filter(|c| families.contains(&c.family_id) && c.consent.expiring(today))
        .collect())
}
