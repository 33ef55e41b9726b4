//! Finding a resident of the unit's documented record ("Sök person"), by personal identity,
//! co-ordination or reserve number, or by name, among the caller's own unit only, with each
//! resident's cases. A manager finds any resident of the unit; a coordinator only those they keep
//! (the resident of a case they are responsible for, or of continued contact they hold), as
//! elsewhere only they see who a case is about. The search is a POST, so no name or number
//! reaches an address bar or a proxy's log, and whom it showed is written to the audit log.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use lotsen_app::person::{PersonError, find_number_among, search_among};
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::CaseId;
use lotsen_domain::records::Mode;
use lotsen_domain::records::person::Person;
use lotsen_domain::records::person_number::PersonNumber;
use serde::Deserialize;

use crate::audit_log::caller;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

/// The longest search text.
const QUERY_MAX: usize = 100;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SearchForm {
    pub q: String,
}

pub struct CaseLine {
    pub id: CaseId,
    pub first_contact_on: String,
    pub closed: bool,
}

pub struct Found {
    pub person: Person,
    pub cases: Vec<CaseLine>,
}

#[derive(Template, WebTemplate)]
#[template(path = "persons.html")]
pub struct PersonsPage {
    c: Chrome,
    documented: bool,
    f: SearchForm,
    errors: FieldErrors,
    /// The results, once a search was made.
    found: Option<Vec<Found>>,
}

async fn documented(state: &AppState, unit: lotsen_domain::ids::UnitId) -> AppResult<bool> {
    Ok(state.store.unit(unit).await?.records.mode == Mode::Documented)
}

/// `GET /persons`: the search form.
pub async fn show(State(state): State<AppState>, c: Chrome, CaseWorker(actor): CaseWorker) -> AppResult<PersonsPage> {
    let documented = documented(&state, actor.unit_id).await?;
    Ok(PersonsPage { c, documented, f: SearchForm::default(), errors: FieldErrors::default(), found: None })
}

fn failed(e: PersonError) -> AppError {
    match e {
        PersonError::Store(e) => e.into(),
        PersonError::Seal(e) => AppError::Internal(e),
        PersonError::NumberTaken => AppError::Internal(anyhow::anyhow!("{e}")),
    }
}

/// How a search text is read: a number when it holds a digit (a personal identity or
/// co-ordination number, else a reserve number), a name otherwise.
enum Query {
    Number(PersonNumber),
    Name(String),
}

fn read(q: &str, today: chrono::NaiveDate) -> Result<Query, &'static str> {
    let q = q.trim();
    if q.is_empty() {
        return Err("error-required");
    }
    if q.chars().count() > QUERY_MAX || q.chars().any(char::is_control) {
        return Err("error-text");
    }
    if !q.chars().any(|c| c.is_ascii_digit()) {
        if q.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return Err("error-persons-short");
        }
        return Ok(Query::Name(q.to_owned()));
    }
    match PersonNumber::parse(q, today) {
        Ok(n) => Ok(Query::Number(n)),
        // Letters beside the digits: the unit's own reserve number.
        Err(_) if q.chars().any(char::is_alphabetic) => {
            PersonNumber::reserve(q).map(Query::Number).map_err(|e| e.message_id)
        }
        Err(e) => Err(e.message_id),
    }
}

/// `POST /persons`: the search.
pub async fn search(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<SearchForm>,
) -> AppResult<Response> {
    let documented = documented(&state, actor.unit_id).await?;
    let mut errors = FieldErrors::default();
    let query = match read(&f.q, state.clock.today()) {
        Ok(q) => q,
        Err(msg) => {
            errors.add("q", msg);
            let page = PersonsPage { c, documented, f, errors, found: None };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let who = caller(&actor, &ip);
    let key = &state.keys.fields;
    let only = if actor.role.reviews_audit_log() {
        None
    } else {
        Some(state.store.persons_in_care_of(actor.unit_id, actor.user_id).await?)
    };
    let people: Vec<(lotsen_domain::ids::PersonId, Person)> = match query {
        Query::Number(n) => find_number_among(&state.store, &who, key, &n, only.as_ref())
            .await
            .map_err(failed)?
            .map(|o| (o.record.id, o.person))
            .into_iter()
            .collect(),
        Query::Name(name) => search_among(&state.store, &who, key, &name, only.as_ref()).await.map_err(failed)?,
    };
    let mut found = Vec::with_capacity(people.len());
    for (id, person) in people {
        let record = state.store.person(actor.unit_id, id).await?;
        let cases = state
            .store
            .person_cases(&record)
            .await?
            .into_iter()
            .map(|k| CaseLine {
                id: k.id,
                first_contact_on: k.first_contact_on.to_string(),
                closed: k.status == CaseStatus::Closed,
            })
            .collect();
        found.push(Found { person, cases });
    }
    Ok(PersonsPage { c, documented, f, errors, found: Some(found) }.into_response())
}
