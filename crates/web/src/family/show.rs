//! One family: who they are (the opening audited), the guardians' consents with the actors each
//! names, the contacts with actors (refused outside a consent in force), and starting with a pair
//! or closing with an outcome.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_app::family::{self, FamilyError, OpenedMember, actors_in_force};
use lotsen_domain::case::parse_past_date;
use lotsen_domain::ids::{ConsentId, FamilyId, PairId, PersonId};
use lotsen_domain::records::family::{
    Actor, ActorKind, ConsentTerms, ContactKind, Outcome, Refusal, Role as MemberRole, Status, age_on,
};
use lotsen_domain::records::person_number::PersonNumber;
use lotsen_store::{FamilyRecord, PairRecord, Scoped};
use serde::Deserialize;

use super::{Done, actor_label, failed, family_for, organizations, pair_name, pair_options};
use crate::audit_log::caller;
use crate::auth::{Actor as Staff, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt, code_options};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ConsentForm {
    pub consent_guardian: String,
    pub consent_given_on: String,
    pub consent_expires_on: String,
    pub consent_actors: Vec<String>,
    pub consent_org: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub contact_actor: String,
    pub contact_held_on: String,
    pub contact_kind: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    pub start_pair: String,
    pub start_on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    pub family_close_on: String,
    pub family_close_outcome: String,
}

pub struct MemberView {
    pub name: String,
    pub guardian: bool,
    pub custody: bool,
    pub age: Option<u32>,
}

pub struct ConsentView {
    pub id: ConsentId,
    pub guardian: String,
    pub given_on: NaiveDate,
    pub expires_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
    pub actors: String,
    /// `in_force`, `expiring`, `expired`, `withdrawn`.
    pub state: &'static str,
}

pub struct ContactView {
    pub on: NaiveDate,
    pub actor: String,
    pub kind: String,
    pub by: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "family/show.html")]
pub struct FamilyPage {
    c: Chrome,
    id: FamilyId,
    status: &'static str,
    language: &'static str,
    listed_on: NaiveDate,
    started_on: Option<NaiveDate>,
    closed_on: Option<NaiveDate>,
    outcome: Option<&'static str>,
    pair: Option<String>,
    manager: bool,
    members: Vec<MemberView>,
    consents: Vec<ConsentView>,
    in_force: Vec<String>,
    contacts: Vec<ContactView>,
    guardians: Vec<Opt>,
    kinds: Vec<Opt>,
    orgs: Vec<Opt>,
    actors: Vec<Opt>,
    contact_kinds: Vec<Opt>,
    pairs: Vec<Opt>,
    outcomes: Vec<Opt>,
    consent: ConsentForm,
    consent_errors: FieldErrors,
    contact: ContactForm,
    contact_errors: FieldErrors,
    /// The guardians whose consent was missing for the refused contact.
    missing: Vec<String>,
    start: StartForm,
    start_errors: FieldErrors,
    close: CloseForm,
    close_errors: FieldErrors,
    notice: Option<&'static str>,
}

/// What was submitted, kept for the page that shows its errors.
#[derive(Default)]
struct Submitted {
    consent: Option<ConsentForm>,
    consent_errors: FieldErrors,
    contact: Option<ContactForm>,
    contact_errors: FieldErrors,
    missing: Vec<PersonId>,
    start: Option<StartForm>,
    start_errors: FieldErrors,
    close: Option<CloseForm>,
    close_errors: FieldErrors,
    notice: Option<&'static str>,
}

fn age(m: &OpenedMember, today: NaiveDate) -> Option<u32> {
    let n = PersonNumber::parse(&m.person.number, today).ok()?;
    age_on(n.birth_date()?, today)
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    ip: &ClientIp,
    f: &Scoped<FamilyRecord>,
    pair: Option<&Scoped<PairRecord>>,
    s: Submitted,
) -> AppResult<FamilyPage> {
    let today = state.clock.today();
    let who = caller(actor, ip);
    let opened = family::open(&state.store, &who, &state.keys.fields, f).await.map_err(failed)?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let consents = state.store.family_consents(f).await?;
    let contacts = state.store.family_contacts(f).await?;
    let orgs = organizations(state).await?;
    let t = &c.t;
    let name_of = |p: PersonId| {
        opened.iter().find(|m| m.member.person_id == p).map(|m| m.person.name.clone()).unwrap_or_default()
    };
    let members: Vec<_> = opened.iter().map(|m| m.member).collect();
    let in_force = actors_in_force(&members, &consents, today).iter().map(|a| actor_label(t, a, &orgs)).collect();
    let consent_views = consents
        .iter()
        .map(|r| {
            let c = &r.consent;
            let state = if c.withdrawn_on.is_some_and(|w| w <= today) {
                "withdrawn"
            } else if c.terms.expires_on < today {
                "expired"
            } else if c.expiring(today) {
                "expiring"
            } else {
                "in_force"
            };
            ConsentView {
                id: r.id,
                guardian: name_of(r.guardian_id),
                given_on: c.terms.given_on,
                expires_on: c.terms.expires_on,
                withdrawn_on: c.withdrawn_on,
                actors: c.terms.actors.iter().map(|a| actor_label(t, a, &orgs)).collect::<Vec<_>>().join(", "),
                state,
            }
        })
        .collect();
    let user_name = |id| users.iter().find(|u| u.id == id).map_or_else(String::new, |u| u.display_name.clone());
    let contact_views = contacts
        .iter()
        .map(|x| ContactView {
            on: x.held_on,
            actor: actor_label(t, &x.actor, &orgs),
            kind: t.of("family-contact", x.kind.as_str()),
            by: user_name(x.created_by),
        })
        .collect();
    let consent = s.consent.unwrap_or_else(|| ConsentForm {
        consent_given_on: today.to_string(),
        consent_expires_on: (today + chrono::Months::new(12)).to_string(),
        ..Default::default()
    });
    let contact = s.contact.unwrap_or_else(|| ContactForm {
        contact_held_on: today.to_string(),
        contact_kind: ContactKind::Meeting.as_str().into(),
        ..Default::default()
    });
    let start = s.start.unwrap_or_else(|| StartForm { start_on: today.to_string(), ..Default::default() });
    let close = s.close.unwrap_or_else(|| CloseForm { family_close_on: today.to_string(), ..Default::default() });
    let guardians = opened
        .iter()
        .filter(|m| m.member.role == MemberRole::Guardian)
        .map(|m| Opt {
            value: m.member.person_id.to_string(),
            label: m.person.name.clone(),
            selected: m.member.person_id.to_string() == consent.consent_guardian,
        })
        .collect();
    let kind_codes: Vec<&'static str> = ActorKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = ActorKind::ALL
        .iter()
        .map(|k| Opt {
            value: k.as_str().into(),
            label: t.of("family-actor", k.as_str()),
            selected: consent.consent_actors.iter().any(|a| a == k.as_str()),
        })
        .collect();
    let org_opts = orgs
        .iter()
        .map(|(id, name)| Opt { value: id.clone(), label: name.clone(), selected: *id == consent.consent_org })
        .collect();
    // Any actor may be chosen for a contact; the check against the consents is the system's.
    let mut actors = code_options(t, "family-actor", &kind_codes, &contact.contact_actor);
    let mut named: Vec<&Actor> =
        consents.iter().flat_map(|c| c.consent.terms.actors.iter()).filter(|a| a.as_kind().is_none()).collect();
    named.sort();
    named.dedup();
    actors.extend(named.into_iter().map(|a| Opt {
        value: a.as_str().into(),
        label: actor_label(t, a, &orgs),
        selected: a.as_str() == contact.contact_actor,
    }));
    let contact_codes: Vec<&'static str> = ContactKind::ALL.iter().map(|k| k.as_str()).collect();
    let outcome_codes: Vec<&'static str> = Outcome::ALL.iter().map(|k| k.as_str()).collect();
    let (pairs, families) =
        (state.store.coordinator_pairs(actor.unit_id).await?, state.store.families(actor.unit_id).await?);
    Ok(FamilyPage {
        id: f.id,
        status: f.status.as_str(),
        language: f.language.endonym(),
        listed_on: f.listed_on,
        started_on: f.started_on,
        closed_on: f.closed_on,
        outcome: f.outcome.map(Outcome::as_str),
        pair: pair.map(|p| pair_name(p, &users)),
        manager: actor.role.reviews_audit_log(),
        members: opened
            .iter()
            .map(|m| MemberView {
                name: m.person.name.clone(),
                guardian: m.member.role == MemberRole::Guardian,
                custody: m.member.custody,
                age: if m.member.role == MemberRole::Child { age(m, today) } else { None },
            })
            .collect(),
        consents: consent_views,
        in_force,
        contacts: contact_views,
        guardians,
        kinds,
        orgs: org_opts,
        actors,
        contact_kinds: code_options(t, "family-contact", &contact_codes, &contact.contact_kind),
        pairs: pair_options(&pairs, &families, &users, t, &start.start_pair),
        outcomes: code_options(t, "family-outcome", &outcome_codes, &close.family_close_outcome),
        missing: s.missing.into_iter().map(name_of).collect(),
        consent,
        consent_errors: s.consent_errors,
        contact,
        contact_errors: s.contact_errors,
        start,
        start_errors: s.start_errors,
        close,
        close_errors: s.close_errors,
        notice: s.notice,
        c,
    })
}

/// `GET /families/{id}`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Query(q): Query<Done>,
) -> AppResult<Response> {
    let (f, pair) = family_for(&state, &actor, id).await?;
    let notice = match q.done.as_deref() {
        Some("created") => Some("family-created"),
        Some("consent") => Some("family-consent-saved"),
        Some("withdrawn") => Some("family-withdrawn-notice"),
        Some("contact") => Some("family-contact-saved"),
        Some("started") => Some("family-started"),
        Some("closed") => Some("family-closed"),
        _ => None,
    };
    Ok(page(&state, c, &actor, &ip, &f, pair.as_ref(), Submitted { notice, ..Default::default() })
        .await?
        .into_response())
}

async fn refused(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    ip: &ClientIp,
    f: &Scoped<FamilyRecord>,
    s: Submitted,
) -> AppResult<Response> {
    let pair = match f.pair_id {
        Some(p) => Some(state.store.pair(actor.unit_id, p).await?),
        None => None,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(state, c, actor, ip, f, pair.as_ref(), s).await?).into_response())
}

fn done(id: FamilyId, what: &str) -> Response {
    Redirect::to(&format!("/families/{id}?done={what}")).into_response()
}

/// `POST /families/{id}/consents`: a guardian's consent.
pub async fn add_consent(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(form): Form<ConsentForm>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let mut e = FieldErrors::default();
    let guardian = form.consent_guardian.trim().parse::<PersonId>().ok();
    if guardian.is_none() {
        e.add("consent_guardian", "error-choose");
    }
    let mut actors = form.consent_actors.clone();
    if !form.consent_org.trim().is_empty() {
        match Actor::organization(&form.consent_org) {
            Ok(a) if organizations(&state).await?.iter().any(|(id, _)| Some(id.as_str()) == a.organization_id()) => {
                actors.push(a.as_str().to_owned())
            }
            _ => e.add("consent_org", "error-choose"),
        }
    }
    let terms = ConsentTerms::parse(&form.consent_given_on, &form.consent_expires_on, &actors, state.clock.today())
        .map_err(|list| {
            for (field, err) in list {
                e.add(field, err.message_id);
            }
        })
        .ok();
    if let (Some(g), Some(terms)) = (guardian, terms)
        && e.is_empty()
    {
        match family::add_consent(&state.store, &caller(&actor, &ip), &f, g, &terms).await {
            Ok(_) => return Ok(done(id, "consent")),
            Err(FamilyError::NotGuardian) => e.add("consent_guardian", "error-choose"),
            Err(FamilyError::WrongState) => e.add("consent_guardian", "error-family-closed"),
            Err(err) => return Err(failed(err)),
        }
    }
    let s = Submitted { consent: Some(form), consent_errors: e, ..Default::default() };
    refused(&state, c, &actor, &ip, &f, s).await
}

/// `POST /families/{id}/consents/{consent}/withdraw`: the guardian withdraws it, from today.
pub async fn withdraw(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path((id, consent)): Path<(String, String)>,
) -> AppResult<Response> {
    let id: FamilyId = id.parse().map_err(|_| AppError::NotFound)?;
    let consent: ConsentId = consent.parse().map_err(|_| AppError::NotFound)?;
    let (f, _) = family_for(&state, &actor, id).await?;
    match family::withdraw(&state.store, &caller(&actor, &ip), &f, consent).await {
        Ok(()) => Ok(done(id, "withdrawn")),
        Err(FamilyError::WrongState) => {
            let mut e = FieldErrors::default();
            e.add("consent_guardian", "error-family-consent-not-in-force");
            refused(&state, c, &actor, &ip, &f, Submitted { consent_errors: e, ..Default::default() }).await
        }
        Err(err) => Err(failed(err)),
    }
}

/// `POST /families/{id}/contacts`: a contact with an actor, refused outside a consent in force.
pub async fn add_contact(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let who = e.check("contact_actor", Actor::parse(&form.contact_actor));
    let on = e.check("contact_held_on", parse_past_date(&form.contact_held_on, today));
    if let Some(on) = on
        && on < f.listed_on
    {
        e.add("contact_held_on", "error-family-before-listed");
    }
    let kind = e.check("contact_kind", ContactKind::parse(&form.contact_kind));
    let mut missing = Vec::new();
    if let (Some(a), Some(on), Some(kind)) = (who, on, kind)
        && e.is_empty()
    {
        match family::contact(&state.store, &caller(&actor, &ip), &f, &a, on, kind).await {
            Ok(()) => return Ok(done(id, "contact")),
            Err(FamilyError::NoConsent(Refusal::Missing(list))) => {
                e.add("contact_actor", "error-family-no-consent");
                missing = list;
            }
            Err(FamilyError::NoConsent(Refusal::NoCustody)) => e.add("contact_actor", "error-family-no-custody"),
            Err(FamilyError::WrongState) => e.add("contact_actor", "error-family-closed"),
            Err(err) => return Err(failed(err)),
        }
    }
    let s = Submitted { contact: Some(form), contact_errors: e, missing, ..Default::default() };
    refused(&state, c, &actor, &ip, &f, s).await
}

/// `POST /families/{id}/start`: a manager starts a waiting family with a pair that has room.
pub async fn start(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(form): Form<StartForm>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    if !actor.role.reviews_audit_log() {
        return Err(AppError::Forbidden);
    }
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let pair = form.start_pair.trim().parse::<PairId>().ok();
    if pair.is_none() {
        e.add("start_pair", "error-choose");
    }
    let on = e.check("start_on", parse_past_date(&form.start_on, today));
    if let Some(on) = on
        && on < f.listed_on
    {
        e.add("start_on", "error-family-before-listed");
    }
    if let (Some(p), Some(on)) = (pair, on)
        && e.is_empty()
    {
        match family::start(&state.store, &caller(&actor, &ip), &f, p, on).await {
            Ok(()) => return Ok(done(id, "started")),
            Err(FamilyError::PairFull) => e.add("start_pair", "error-family-pair-full"),
            Err(FamilyError::BadPair) => e.add("start_pair", "error-choose"),
            Err(FamilyError::WrongState) => e.add("start_pair", "error-family-not-waiting"),
            Err(err) => return Err(failed(err)),
        }
    }
    refused(&state, c, &actor, &ip, &f, Submitted { start: Some(form), start_errors: e, ..Default::default() }).await
}

/// `POST /families/{id}/close`: the coordination ends, with how.
pub async fn close(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(form): Form<CloseForm>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let on = e.check("family_close_on", parse_past_date(&form.family_close_on, today));
    if let Some(on) = on
        && on < f.started_on.unwrap_or(f.listed_on)
    {
        e.add("family_close_on", "error-family-before-listed");
    }
    let outcome = e.check("family_close_outcome", Outcome::parse(&form.family_close_outcome));
    if f.status == Status::Closed {
        e.add("family_close_on", "error-family-closed");
    }
    if let (Some(on), Some(outcome)) = (on, outcome)
        && e.is_empty()
    {
        match family::close(&state.store, &caller(&actor, &ip), &f, on, outcome).await {
            Ok(()) => return Ok(done(id, "closed")),
            Err(FamilyError::WrongState) => e.add("family_close_on", "error-family-closed"),
            Err(err) => return Err(failed(err)),
        }
    }
    refused(&state, c, &actor, &ip, &f, Submitted { close: Some(form), close_errors: e, ..Default::default() }).await
}
