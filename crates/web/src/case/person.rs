//! The resident of a documented case: recorded once per unit and found again by identity number,
//! so a returning resident is known, not asked. As with call-back details, only the responsible
//! coordinator and the unit's managers see who it is, and only in answer to a POST whose view is
//! written to the audit log first.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_app::person::{Opened, PersonError, add, find_by_number, open, update};
use lotsen_domain::ids::CaseId;
use lotsen_domain::records::Mode;
use lotsen_domain::records::person::{Person, PersonInput};
use lotsen_store::{CaseRecord, Scoped};
use serde::Deserialize;

use super::access::{contact_case, identified_case as guard};
use crate::audit_log::caller;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    pub person_number: String,
    pub reserve: Option<String>,
    pub person_name: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub language: String,
    pub interpreter: Option<String>,
    pub support_name: String,
    pub support_relation: String,
    pub support_reach: String,
}

impl PersonForm {
    fn input(&self) -> PersonInput<'_> {
        PersonInput {
            name: &self.person_name,
            number: &self.person_number,
            reserve: self.reserve.is_some(),
            phone: &self.phone,
            email: &self.email,
            address: &self.address,
            language: &self.language,
            interpreter: self.interpreter.is_some(),
            support_name: &self.support_name,
            support_relation: &self.support_relation,
            support_reach: &self.support_reach,
        }
    }
}

/// An earlier case of the same person, as the page lists it.
pub struct EarlierCase {
    pub id: CaseId,
    pub first_contact_on: String,
    pub closed: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/person.html")]
pub struct PersonPage {
    c: Chrome,
    case_id: CaseId,
    /// The unit documents, so a resident can be recorded for this case.
    documented: bool,
    closed: bool,
    /// The case has its resident recorded.
    linked: bool,
    /// The resident, once a view was chosen (and logged).
    shown: Option<Person>,
    earlier: Vec<EarlierCase>,
    f: PersonForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
    /// The change form holds refused input: it opens.
    editing: bool,
}

/// The change form, filled with the person's details as recorded.
fn form_of(p: &Person) -> PersonForm {
    let s = p.support.clone().unwrap_or_default();
    PersonForm {
        person_number: p.number.clone(),
        reserve: p.has_reserve_number().then(|| "1".into()),
        person_name: p.name.clone(),
        phone: p.phone.clone(),
        email: p.email.clone(),
        address: p.address.clone(),
        language: p.language.clone(),
        interpreter: p.interpreter.then(|| "1".into()),
        support_name: s.name,
        support_relation: s.relation,
        support_reach: s.reach,
    }
}

async fn page(state: &AppState, c: Chrome, actor: &Actor, case: &Scoped<CaseRecord>) -> AppResult<PersonPage> {
    let unit = state.store.unit(actor.unit_id).await?;
    Ok(PersonPage {
        c,
        case_id: case.id,
        documented: unit.records.mode == Mode::Documented,
        closed: case.closed_on.is_some(),
        linked: case.person_id.is_some(),
        shown: None,
        earlier: Vec::new(),
        f: PersonForm::default(),
        errors: FieldErrors::default(),
        notice: None,
        editing: false,
    })
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /cases/{id}/person`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id<CaseId>,
    Query(q): Query<Done>,
) -> AppResult<Response> {
    let case = contact_case(&state, &actor, id).await?;
    let notice = match q.done.as_deref() {
        Some("added") => Some("person-added"),
        Some("found") => Some("person-found"),
        Some("created") => Some("person-case-created"),
        Some("changed") => Some("person-changed"),
        _ => None,
    };
    Ok(PersonPage { notice, ..page(&state, c, &actor, &case).await? }.into_response())
}

/// `POST /cases/{id}/person/view`: who the resident is and their other cases, after the view is
/// written to the audit log.
pub async fn view(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    let case = contact_case(&state, &actor, id).await?;
    let mut p = page(&state, c, &actor, &case).await?;
    if let Some(person_id) = case.person_id {
        let opened = open(&state.store, &caller(&actor, &ip), &state.keys.fields, person_id).await.map_err(internal)?;
        p.earlier = earlier(&state, &opened, id).await?;
        p.f = form_of(&opened.person);
        p.shown = Some(opened.person);
    }
    Ok(p.into_response())
}

async fn earlier(state: &AppState, opened: &Opened, this: CaseId) -> AppResult<Vec<EarlierCase>> {
    Ok(state
        .store
        .person_cases(&opened.record)
        .await?
        .into_iter()
        .filter(|c| c.id != this)
        .map(|c| EarlierCase {
            id: c.id,
            first_contact_on: c.first_contact_on.to_string(),
            closed: c.closed_on.is_some(),
        })
        .collect())
}

fn internal(e: PersonError) -> AppError {
    match e {
        PersonError::Store(e) => e.into(),
        PersonError::Seal(e) => e.into(),
        PersonError::NumberTaken => AppError::Internal(anyhow::anyhow!("a person number was taken meanwhile")),
    }
}

/// `POST /cases/{id}/person`: records the case's resident. A number the unit already has links
/// the case to that person (their details stay as recorded); a new one adds the person.
pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<PersonForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let p = page(&state, c, &actor, &case).await?;
    let mut errors = FieldErrors::default();
    if !p.documented {
        errors.add("person_number", "error-unit-anonymous");
    } else if p.linked {
        errors.add("person_number", "error-person-linked");
    } else if p.closed {
        errors.add("person_number", "error-case-closed");
    }
    let who = caller(&actor, &ip);
    let key = &state.keys.fields;
    // A number the unit knows is enough: the rest of the form is for someone new.
    let known = match errors.is_empty().then(|| f.input()) {
        Some(i) => {
            let number = if i.reserve {
                lotsen_domain::records::person_number::PersonNumber::reserve(i.number)
            } else {
                lotsen_domain::records::person_number::PersonNumber::parse(i.number, state.clock.today())
            };
            match number {
                Ok(n) => find_by_number(&state.store, &who, key, &n).await.map_err(internal)?.map(|o| o.record),
                Err(_) => None,
            }
        }
        None => None,
    };
    let (person, done) = match known {
        Some(person) => (person, "found"),
        None if errors.is_empty() => match Person::parse(&f.input(), state.clock.today()) {
            Ok((person, number)) => match add(&state.store, &who, key, &person, &number).await {
                Ok(stored) => (stored, "added"),
                Err(PersonError::NumberTaken) => {
                    errors.add("person_number", "error-person-number-taken");
                    return Ok(refused(p, f, errors));
                }
                Err(e) => return Err(internal(e)),
            },
            Err(es) => {
                for (field, e) in es {
                    errors.add(field, e.message_id);
                }
                return Ok(refused(p, f, errors));
            }
        },
        None => return Ok(refused(p, f, errors)),
    };
    let tx = state.store.begin().await?;
    let case = tx.case(actor.unit_id, id).await?;
    let previous = tx.set_case_person(&case, &person).await?;
    tx.audit(who.audit(
        lotsen_domain::audit_action::AuditAction::CaseUpdate,
        "case",
        id,
        serde_json::json!({ "person": person.id, "documented": true, "previous_case": previous }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}/person?done={done}")).into_response())
}

fn refused(p: PersonPage, f: PersonForm, errors: FieldErrors) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, PersonPage { f, errors, ..p }).into_response()
}

/// `POST /cases/{id}/person/edit`: changes the resident's contact details, language, interpreter
/// and support person; the identity number stays. Reading them to change them is a view, logged.
pub async fn edit(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<PersonForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let Some(person_id) = case.person_id else { return Err(AppError::NotFound) };
    let who = caller(&actor, &ip);
    let key = &state.keys.fields;
    let opened = open(&state.store, &who, key, person_id).await.map_err(internal)?;
    let input = PersonInput { number: &opened.person.number, reserve: opened.person.has_reserve_number(), ..f.input() };
    match Person::parse(&input, state.clock.today()) {
        Ok((after, _)) => {
            update(&state.store, &who, key, &opened.record, &opened.person, &after).await.map_err(internal)?;
            Ok(Redirect::to(&format!("/cases/{id}/person?done=changed")).into_response())
        }
        Err(es) => {
            let mut errors = FieldErrors::default();
            for (field, e) in es {
                errors.add(field, e.message_id);
            }
            let mut p = page(&state, c, &actor, &case).await?;
            p.earlier = earlier(&state, &opened, id).await?;
            p.shown = Some(opened.person);
            p.editing = true;
            Ok(refused(p, f, errors))
        }
    }
}
