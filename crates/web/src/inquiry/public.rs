//! The public contact form ("Kontakta oss") and anonymous feedback: no sign-in, no cookie, no
//! JavaScript needed. What a person writes is sealed before it is stored; the client address only
//! meets the in-memory rate limit.
//!
//! Spam is kept out without outside services: a field people never see (a robot fills it in and
//! is thanked without anything being stored), a minimum time between opening and sending, a
//! signed form that can be sent once, and a rate limit per client address.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::ids::{ListEntryId, UnitId};
use lotsen_domain::inquiry::{Kind, Request, RequestDraft};
use lotsen_domain::lists::ListKind;
use lotsen_domain::locale::Locale;
use lotsen_store::{Lists, NewInquiry, UnitRecord};
use serde::Deserialize;

use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::{Opt, options};
use crate::id::Id;
use crate::pages::Chrome;
use crate::pages::{LangLink, links, public_chrome};
use crate::public_form::{self, Refused};
use crate::state::AppState;
use lotsen_app::privacy::seal_inquiry;

/// A person needs a few seconds to fill in even the shortest request; a robot does not wait.
pub const MIN_SECS: i64 = 3;

#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    pub(super) lang: Option<String>,
    #[serde(default)]
    kind: Option<String>,
}

pub(super) fn locale_of(lang: Option<&str>) -> Locale {
    lang.and_then(Locale::parse).unwrap_or_default()
}

/// The same page in every language Lotsen speaks.
pub(super) fn languages(current: Locale, path: &str) -> Vec<LangLink> {
    links(Locale::ALL, current, |l| format!("{path}?lang={}", l.code()))
}

pub(super) async fn unit(state: &AppState, id: UnitId) -> AppResult<UnitRecord> {
    Ok(state.store.unit(id).await?)
}

/// A random reference for a new inquiry; its seal is bound to it.
pub(super) fn new_reference() -> String {
    use rand::RngCore;
    let mut bytes = [0_u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub(super) fn purpose(kind: Kind, unit: UnitId) -> String {
    format!("inquiry:{}:{unit}", kind.as_str())
}

pub(super) fn token(state: &AppState, kind: Kind, unit: UnitId) -> String {
    public_form::issue(&state.keys.forms, &purpose(kind, unit), state.clock.timestamp())
}

/// The form as typed; every field is kept when it comes back with errors.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub person_name: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub contact_time: String,
    pub category: String,
    pub age_group: String,
    pub message: String,
    pub on_behalf: Option<String>,
    pub partner_name: String,
    pub partner_org: String,
    pub consent: Option<String>,
    /// Never shown to people: anything here was typed by a robot.
    pub website: String,
    pub token: String,
    pub lang: String,
}

/// One line of the error summary: the field, its label and what is wrong.
pub struct Problem {
    pub field: &'static str,
    pub label: &'static str,
    pub message: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "inquiry/request.html")]
pub struct RequestPage {
    c: Chrome,
    unit_id: UnitId,
    unit_name: String,
    languages: Vec<LangLink>,
    f: RequestForm,
    categories: Vec<Opt>,
    age_groups: Vec<Opt>,
    errors: FieldErrors,
    problems: Vec<Problem>,
    notice: &'static str,
    days: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "inquiry/thanks.html")]
pub struct ThanksPage {
    c: Chrome,
    unit_id: UnitId,
    unit_name: String,
    languages: Vec<LangLink>,
    feedback: bool,
}

/// The request form's fields in page order, with the label each has on the page.
const LABELS: [(&str, &str); 11] = [
    ("phone", "inquiry-phone"),
    ("email", "inquiry-email"),
    ("person_name", "inquiry-name"),
    ("language", "inquiry-language"),
    ("contact_time", "inquiry-time"),
    ("category", "inquiry-category"),
    ("age_group", "inquiry-age-group"),
    ("message", "inquiry-message"),
    ("partner_name", "inquiry-partner-name"),
    ("partner_org", "inquiry-partner-org"),
    ("consent", "inquiry-consent"),
];

fn problems(errors: &FieldErrors) -> Vec<Problem> {
    LABELS
        .iter()
        .filter_map(|(field, label)| errors.get(field).map(|message| Problem { field, label, message }))
        .collect()
}

fn request_page(
    u: &UnitRecord,
    lists: &Lists,
    locale: Locale,
    f: RequestForm,
    errors: FieldErrors,
    notice: &'static str,
) -> RequestPage {
    let path = format!("/contact/{}", u.id);
    let c = public_chrome(locale, format!("{path}?lang={}", locale.code()));
    RequestPage {
        unit_id: u.id,
        unit_name: u.name.clone(),
        languages: languages(locale, &path),
        categories: options(lists, ListKind::Category, locale, &f.category),
        age_groups: options(lists, ListKind::AgeGroup, locale, &f.age_group),
        problems: problems(&errors),
        f,
        errors,
        notice,
        days: u.inquiry_days,
        c,
    }
}

/// `/contact/{unit}`: ask to be contacted.
pub async fn show(
    State(state): State<AppState>,
    Id(unit_id): Id<UnitId>,
    Query(q): Query<LangQuery>,
) -> AppResult<RequestPage> {
    let u = unit(&state, unit_id).await?;
    let lists = state.store.lists(u.id).await?;
    let locale = locale_of(q.lang.as_deref());
    let f = RequestForm {
        language: locale.endonym().to_owned(),
        token: token(&state, Kind::Request, u.id),
        ..Default::default()
    };
    Ok(request_page(&u, &lists, locale, f, FieldErrors::default(), ""))
}

/// An optional choice from the unit's list: empty is fine, anything else must be one of its entries.
fn optional_pick(lists: &Lists, kind: ListKind, raw: &str) -> Result<Option<ListEntryId>, ()> {
    match raw.trim() {
        "" => Ok(None),
        v => v
            .parse::<ListEntryId>()
            .ok()
            .filter(|id| lists.all(kind).iter().any(|e| e.id == *id && !e.retired))
            .map(Some)
            .ok_or(()),
    }
}

pub(super) fn notice_for(why: Refused) -> &'static str {
    match why {
        Refused::Expired => "inquiry-error-expired",
        Refused::TooQuick | Refused::Invalid => "inquiry-error-resend",
    }
}

pub(super) fn thanks_url(unit: UnitId, locale: Locale, kind: Kind) -> String {
    format!("/contact/{unit}/thanks?lang={}&kind={}", locale.code(), kind.as_str())
}

/// Receives a request. Bad input comes back with everything kept and a message per field;
/// the same form sent twice is stored once.
pub async fn submit(
    State(state): State<AppState>,
    Id(unit_id): Id<UnitId>,
    ip: ClientIp,
    Form(mut f): Form<RequestForm>,
) -> AppResult<Response> {
    let now = state.clock.timestamp();
    let u = unit(&state, unit_id).await?;
    let locale = locale_of(Some(&f.lang));
    let lists = state.store.lists(u.id).await?;
    if !state.limit.allow("contact", &ip.0, now) {
        // Everything typed comes back; the same form can be sent in a minute.
        let page = request_page(&u, &lists, locale, f, FieldErrors::default(), "inquiry-error-busy");
        return Ok((StatusCode::TOO_MANY_REQUESTS, page).into_response());
    }
    if !f.website.trim().is_empty() {
        // A robot: thanked like a person, so it learns nothing, and nothing is stored.
        return Ok(Redirect::to(&thanks_url(u.id, locale, Kind::Request)).into_response());
    }
    let spent = match public_form::check(&state.keys.forms, &purpose(Kind::Request, u.id), &f.token, now, MIN_SECS) {
        Ok(spent) => spent,
        Err(why) => {
            f.token = token(&state, Kind::Request, u.id);
            let page = request_page(&u, &lists, locale, f, FieldErrors::default(), notice_for(why));
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let draft = RequestDraft {
        name: &f.person_name,
        phone: &f.phone,
        email: &f.email,
        language: &f.language,
        contact_time: &f.contact_time,
        message: &f.message,
        on_behalf: f.on_behalf.is_some(),
        partner_name: &f.partner_name,
        partner_org: &f.partner_org,
        consent: f.consent.is_some(),
    };
    let checked = Request::parse(&draft);
    let category = optional_pick(&lists, ListKind::Category, &f.category);
    let age_group = optional_pick(&lists, ListKind::AgeGroup, &f.age_group);
    let (request, category, age_group) = match (checked, category, age_group) {
        (Ok(r), Ok(c), Ok(a)) => (r, c, a),
        (checked, category, age_group) => {
            let mut errors = FieldErrors::default();
            for (field, e) in checked.err().unwrap_or_default() {
                // Said to the resident, not about them.
                let message = if e.message_id == "error-reach" { "error-inquiry-reach" } else { e.message_id };
                errors.add(field, message);
            }
            if category.is_err() {
                errors.add("category", "error-choose");
            }
            if age_group.is_err() {
                errors.add("age_group", "error-choose");
            }
            // The same token: the form was not stored, so it may be sent again.
            let page = request_page(&u, &lists, locale, f, errors, "");
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let reference = new_reference();
    let sealed = seal_inquiry(&state.keys.fields, &reference, &request)?;
    state
        .store
        .receive_inquiry(NewInquiry {
            reference,
            unit_id: u.id,
            kind: Kind::Request,
            locale,
            on_behalf: request.partner.is_some(),
            category_id: category,
            age_group_id: age_group,
            sealed,
            nonce: spent.nonce_hash,
            nonce_expires_at: spent.issued_at + public_form::MAX_AGE_SECS,
        })
        .await?;
    Ok(Redirect::to(&thanks_url(u.id, locale, Kind::Request)).into_response())
}

/// `/contact/{unit}/thanks`: after a request or feedback.
pub async fn thanks(
    State(state): State<AppState>,
    Id(unit_id): Id<UnitId>,
    Query(q): Query<LangQuery>,
) -> AppResult<ThanksPage> {
    let u = unit(&state, unit_id).await?;
    let locale = locale_of(q.lang.as_deref());
    let feedback = q.kind.as_deref() == Some(Kind::Feedback.as_str());
    let kind = if feedback { Kind::Feedback } else { Kind::Request };
    let path = format!("/contact/{}/thanks", u.id);
    Ok(ThanksPage {
        c: public_chrome(locale, thanks_url(u.id, locale, kind)),
        unit_id: u.id,
        unit_name: u.name.clone(),
        languages: links(Locale::ALL, locale, |l| format!("{path}?lang={}&kind={}", l.code(), kind.as_str())),
        feedback,
    })
}
