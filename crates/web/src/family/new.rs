//! A new family: its guardians and children (each a person of the documented record, found by
//! their number when the record has them already), the family's language, and a pair to start
//! with at once, or the waiting list.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_app::family::{self, FamilyError, NewMember};
use lotsen_domain::ids::PairId;
use lotsen_domain::locale::Locale;
use lotsen_domain::records::family::Role as MemberRole;
use lotsen_domain::records::person::{Person, PersonInput};
use serde::Deserialize;

use super::{failed, pair_options, programme};
use crate::audit_log::caller;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::{FieldErrors, Opt};
use crate::pages::Chrome;
use crate::state::AppState;

/// One row of the form: a guardian or a child.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FamilyForm {
    pub language: String,
    pub g1_name: String,
    pub g1_number: String,
    pub g1_reserve: Option<String>,
    pub g1_custody: Option<String>,
    pub g2_name: String,
    pub g2_number: String,
    pub g2_reserve: Option<String>,
    pub g2_custody: Option<String>,
    pub c1_name: String,
    pub c1_number: String,
    pub c1_reserve: Option<String>,
    pub c2_name: String,
    pub c2_number: String,
    pub c2_reserve: Option<String>,
    pub c3_name: String,
    pub c3_number: String,
    pub c3_reserve: Option<String>,
    pub c4_name: String,
    pub c4_number: String,
    pub c4_reserve: Option<String>,
    pub start_pair: String,
    pub start_on: String,
}

/// A row as the template shows it, with its fields' names and labels.
pub struct Row<'a> {
    pub prefix: &'static str,
    pub guardian: bool,
    pub name: &'a str,
    pub number: &'a str,
    pub reserve: bool,
    pub custody: bool,
    pub legend: &'static str,
    pub f_name: &'static str,
    pub f_number: &'static str,
    pub f_reserve: &'static str,
    pub f_custody: &'static str,
    pub l_name: &'static str,
    pub l_number: &'static str,
}

macro_rules! row {
    ($self:ident, $p:literal, $guardian:expr, $name:ident, $number:ident, $reserve:ident, $custody:expr) => {
        Row {
            prefix: $p,
            guardian: $guardian,
            name: &$self.$name,
            number: &$self.$number,
            reserve: $self.$reserve.is_some(),
            custody: $custody,
            legend: concat!("family-row-", $p),
            f_name: concat!($p, "_name"),
            f_number: concat!($p, "_number"),
            f_reserve: concat!($p, "_reserve"),
            f_custody: concat!($p, "_custody"),
            l_name: concat!("field-", $p, "-name"),
            l_number: concat!("field-", $p, "-number"),
        }
    };
}

impl FamilyForm {
    fn fresh(today: chrono::NaiveDate) -> Self {
        Self {
            language: "sv".into(),
            g1_custody: Some("1".into()),
            g2_custody: Some("1".into()),
            start_on: today.to_string(),
            ..Default::default()
        }
    }

    pub fn rows(&self) -> Vec<Row<'_>> {
        vec![
            row!(self, "g1", true, g1_name, g1_number, g1_reserve, self.g1_custody.is_some()),
            row!(self, "g2", true, g2_name, g2_number, g2_reserve, self.g2_custody.is_some()),
            row!(self, "c1", false, c1_name, c1_number, c1_reserve, false),
            row!(self, "c2", false, c2_name, c2_number, c2_reserve, false),
            row!(self, "c3", false, c3_name, c3_number, c3_reserve, false),
            row!(self, "c4", false, c4_name, c4_number, c4_reserve, false),
        ]
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "family/new.html")]
pub struct NewPage {
    c: Chrome,
    f: FamilyForm,
    errors: FieldErrors,
    languages: Vec<Opt>,
    pairs: Vec<Opt>,
}

async fn page(state: &AppState, c: Chrome, actor: &Actor, f: FamilyForm, errors: FieldErrors) -> AppResult<NewPage> {
    programme(actor)?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let pairs = state.store.coordinator_pairs(actor.unit_id).await?;
    let families = state.store.families(actor.unit_id).await?;
    let pairs = pair_options(&pairs, &families, &users, &c.t, &f.start_pair);
    let languages = Locale::ALL
        .iter()
        .map(|l| Opt { value: l.code().into(), label: l.endonym().into(), selected: l.code() == f.language })
        .collect();
    Ok(NewPage { c, f, errors, languages, pairs })
}

/// `GET /families/new`
pub async fn show(State(state): State<AppState>, c: Chrome, CaseWorker(actor): CaseWorker) -> AppResult<NewPage> {
    let f = FamilyForm::fresh(state.clock.today());
    page(&state, c, &actor, f, FieldErrors::default()).await
}

/// `POST /families/new`
pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<FamilyForm>,
) -> AppResult<Response> {
    programme(&actor)?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let mut members = Vec::new();
    for r in f.rows() {
        if r.name.trim().is_empty() && r.number.trim().is_empty() {
            continue;
        }
        let input = PersonInput { name: r.name, number: r.number, reserve: r.reserve, ..Default::default() };
        let (f_name, f_number) = (r.f_name, r.f_number);
        match Person::parse(&input, today) {
            Ok((person, number)) => members.push(NewMember {
                person,
                number,
                role: if r.guardian { MemberRole::Guardian } else { MemberRole::Child },
                custody: r.custody,
            }),
            Err(list) => {
                for (field, err) in list {
                    e.add(if field == "person_number" { f_number } else { f_name }, err.message_id);
                }
            }
        }
    }
    if !members.iter().any(|m| m.role == MemberRole::Guardian)
        && e.get("g1_name").is_none()
        && e.get("g1_number").is_none()
    {
        e.add("g1_name", "error-family-no-guardian");
    }
    if !members.iter().any(|m| m.role == MemberRole::Child)
        && e.get("c1_name").is_none()
        && e.get("c1_number").is_none()
    {
        e.add("c1_name", "error-family-no-child");
    }
    let language = Locale::parse(&f.language).filter(|l| l.code() == f.language.trim());
    if language.is_none() {
        e.add("language", "error-choose");
    }
    let start = match f.start_pair.trim() {
        "" => None,
        p => {
            let pair = p.parse::<PairId>().ok();
            if pair.is_none() {
                e.add("start_pair", "error-choose");
            }
            let on = e.check("start_on", lotsen_domain::case::parse_past_date(&f.start_on, today));
            pair.zip(on)
        }
    };
    if e.is_empty()
        && let Some(language) = language
    {
        let key = &state.keys.fields;
        match family::create(&state.store, &caller(&actor, &ip), key, language, start, &members).await {
            Ok(fam) => return Ok(Redirect::to(&format!("/families/{}?done=created", fam.id)).into_response()),
            Err(FamilyError::PairFull) => e.add("start_pair", "error-family-pair-full"),
            Err(FamilyError::BadPair) => e.add("start_pair", "error-choose"),
            Err(FamilyError::Twice) => e.add("c1_number", "error-family-twice"),
            Err(FamilyError::NoChild) => e.add("c1_name", "error-family-no-child"),
            Err(FamilyError::NoGuardian) => e.add("g1_name", "error-family-no-guardian"),
            Err(err) => return Err(failed(err)),
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(&state, c, &actor, f, e).await?).into_response())
}
