//! Answering a survey: no sign-in, no cookie, no JavaScript needed. All questions on one page
//! (three questions fit a phone screen; one form is one submit, so nothing is half-sent).
//!
//! What is stored is the answer, the survey version, the unit, the venue when answered at a
//! kiosk, the language and the week: nothing about the person or their device.
//!
//! This module shows the pages; [`submit`] receives an answer.
use lotsen_domain::ids::UnitId;
use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::locale::Locale;
use lotsen_domain::survey::{Colour, Definition};
use lotsen_store::{SurveyRecord, VersionRecord};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::{LangLink, colour_label, language_links, public_chrome};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::links::encode_component;
use crate::pages::Chrome;
use crate::public_form;
use crate::state::AppState;

mod submit;

pub use submit::submit;

/// How long an invitation link stays usable.
pub const INVITATION_DAYS: i64 = 30;

#[derive(Debug, Default, Deserialize)]
pub struct Where {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    venue: Option<String>,
}

/// How the survey was reached; carried through the form and the thank-you page.
#[derive(Debug, Clone, Default)]
struct Way {
    venue: Option<i64>,
    kiosk: bool,
    invitation: String,
}

impl Way {
    /// The query that brings a person back to the same kind of page.
    fn query(&self, locale: Locale) -> String {
        let mut q = format!("?lang={}", locale.code());
        if let Some(v) = self.venue {
            q.push_str(&format!("&venue={v}"));
        }
        q
    }
}

pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

pub struct QuestionView {
    pub field: String,
    pub number: usize,
    pub text: String,
    pub choices: Vec<Choice>,
    pub error: Option<&'static str>,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/answer.html")]
pub struct AnswerPage {
    c: Chrome,
    unit_id: UnitId,
    unit_name: String,
    languages: Vec<LangLink>,
    title: String,
    action: String,
    token: String,
    version_id: i64,
    venue: String,
    kiosk: bool,
    invitation: String,
    questions: Vec<QuestionView>,
    /// The free-text prompt and what was typed, when the survey asks for it.
    free_text: Option<(String, String)>,
    errors: FieldErrors,
    /// A message about the whole form (expired, sent too fast).
    notice: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/thanks.html")]
pub struct ThanksPage {
    c: Chrome,
    unit_id: UnitId,
    unit_name: String,
    languages: Vec<LangLink>,
    kiosk: bool,
    again: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/gone.html")]
pub struct GonePage {
    c: Chrome,
    unit_id: UnitId,
    unit_name: String,
    languages: Vec<LangLink>,
    message: &'static str,
}

fn questions(
    c: &Chrome,
    def: &Definition,
    given: &BTreeMap<String, String>,
    errors: &FieldErrors,
) -> Vec<QuestionView> {
    def.questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let field = format!("q_{}", q.key);
            let chosen = given.get(&q.key).and_then(|v| Colour::parse(v));
            QuestionView {
                number: i + 1,
                text: def.text(&q.text, c.locale()).to_owned(),
                choices: Colour::ALL
                    .into_iter()
                    .map(|col| Choice {
                        value: col.code(),
                        label: colour_label(&c.t, col),
                        checked: chosen == Some(col),
                    })
                    .collect(),
                error: errors.get(&field),
                field,
            }
        })
        .collect()
}

async fn unit_name(state: &AppState, id: UnitId) -> AppResult<String> {
    Ok(state.store.unit(id).await?.name)
}

struct Form_ {
    given: BTreeMap<String, String>,
    free_text: String,
    errors: FieldErrors,
    notice: &'static str,
    token: Option<String>,
}

async fn page(
    state: &AppState,
    s: &SurveyRecord,
    v: &VersionRecord,
    locale: Locale,
    way: &Way,
    f: Form_,
) -> AppResult<AnswerPage> {
    let def = &v.definition;
    let path = if way.kiosk { format!("/s/{}/kiosk", s.code) } else { format!("/s/{}", s.code) };
    let here = format!("{path}{}", way.query(locale));
    let c = public_chrome(locale, here);
    let languages = language_links(def, locale, |l| {
        if way.invitation.is_empty() {
            format!("{path}{}", way.query(l))
        } else {
            format!("/s/i/{}?lang={}", encode_component(&way.invitation), l.code())
        }
    });
    let token = f
        .token
        .unwrap_or_else(|| public_form::issue(&state.keys.forms, &format!("survey:{}", s.id), state.clock.timestamp()));
    Ok(AnswerPage {
        unit_id: s.unit_id,
        unit_name: unit_name(state, s.unit_id).await?,
        languages,
        title: def.text(&def.title, locale).to_owned(),
        action: format!("/s/{}", s.code),
        token,
        version_id: v.id,
        venue: way.venue.map(|v| v.to_string()).unwrap_or_default(),
        kiosk: way.kiosk,
        invitation: way.invitation.clone(),
        questions: questions(&c, def, &f.given, &f.errors),
        free_text: def.free_text.as_ref().map(|p| (def.text(p, locale).to_owned(), f.free_text.clone())),
        errors: f.errors,
        notice: f.notice,
        c,
    })
}

fn blank() -> Form_ {
    Form_ { given: BTreeMap::new(), free_text: String::new(), errors: FieldErrors::default(), notice: "", token: None }
}

fn wanted(lang: Option<&str>) -> Option<Locale> {
    lang.and_then(Locale::parse)
}

/// A venue from the address must be one of the survey's unit; anything else is not found.
async fn venue_of(state: &AppState, s: &SurveyRecord, venue: Option<&str>) -> AppResult<Option<i64>> {
    match venue.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => {
            let id: i64 = v.parse().map_err(|_| AppError::NotFound)?;
            let venue = state.store.venue(id).await?;
            if venue.unit_id == s.unit_id { Ok(Some(id)) } else { Err(AppError::NotFound) }
        }
    }
}

async fn gone(state: &AppState, s: &SurveyRecord, locale: Locale, message: &'static str) -> AppResult<Response> {
    let def = &s.current.definition;
    let locale = def.locale_for(Some(locale));
    let page = GonePage {
        c: public_chrome(locale, format!("/s/{}", s.code)),
        unit_id: s.unit_id,
        unit_name: unit_name(state, s.unit_id).await?,
        languages: language_links(def, locale, |l| format!("/s/{}?lang={}", s.code, l.code())),
        message,
    };
    Ok((StatusCode::GONE, page).into_response())
}

async fn show_with(state: &AppState, code: &str, q: &Where, kiosk: bool) -> AppResult<Response> {
    let s = state.store.survey_by_code(code).await?;
    let locale = s.current.definition.locale_for(wanted(q.lang.as_deref()));
    if !s.active {
        return gone(state, &s, locale, "survey-closed").await;
    }
    let way = Way { venue: venue_of(state, &s, q.venue.as_deref()).await?, kiosk, invitation: String::new() };
    Ok(page(state, &s, &s.current, locale, &way, blank()).await?.into_response())
}

/// `/s/{code}`: the short public link.
pub async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<Where>,
) -> AppResult<Response> {
    show_with(&state, &code, &q, false).await
}

/// `/s/{code}/kiosk`: a tablet at a venue; after each answer it starts again for the next person.
pub async fn kiosk(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<Where>,
) -> AppResult<Response> {
    show_with(&state, &code, &q, true).await
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.trim().as_bytes()))
}

/// `/s/i/{token}`: a one-time invitation a coordinator gave after closing a case.
pub async fn invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<Where>,
) -> AppResult<Response> {
    let inv = state.store.invitation(&token_hash(&token)).await?.ok_or(AppError::NotFound)?;
    let s = state.store.survey(inv.survey_id).await?;
    let locale = s.current.definition.locale_for(wanted(q.lang.as_deref()));
    if !inv.usable {
        return gone(&state, &s, locale, "survey-invitation-used").await;
    }
    if !s.active {
        return gone(&state, &s, locale, "survey-closed").await;
    }
    let way = Way { venue: None, kiosk: false, invitation: token };
    Ok(page(&state, &s, &s.current, locale, &way, blank()).await?.into_response())
}
#[derive(Debug, Default, Deserialize)]
pub struct ThanksQuery {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    venue: Option<String>,
    #[serde(default)]
    kiosk: Option<String>,
}

/// After an answer. In a kiosk, a button (and, with JavaScript, a timer) starts a fresh form.
pub async fn thanks(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<ThanksQuery>,
) -> AppResult<ThanksPage> {
    let s = state.store.survey_by_code(&code).await?;
    let def = &s.current.definition;
    let locale = def.locale_for(wanted(q.lang.as_deref()));
    let kiosk = q.kiosk.as_deref() == Some("1");
    let way = Way { venue: venue_of(&state, &s, q.venue.as_deref()).await?, kiosk, invitation: String::new() };
    let again = format!("/s/{}{}{}", s.code, if kiosk { "/kiosk" } else { "" }, way.query(locale));
    let k = if kiosk { "&kiosk=1" } else { "" };
    Ok(ThanksPage {
        c: public_chrome(locale, format!("/s/{}/thanks{}{k}", s.code, way.query(locale))),
        unit_id: s.unit_id,
        unit_name: unit_name(&state, s.unit_id).await?,
        languages: language_links(def, locale, |l| format!("/s/{}/thanks{}{k}", s.code, way.query(l))),
        kiosk,
        again,
    })
}

/// A QR code leading to the survey's short link.
pub async fn qr(State(state): State<AppState>, Path(code): Path<String>) -> AppResult<Response> {
    let s = state.store.survey_by_code(&code).await?;
    crate::qr::qr(&super::public_url(&state.settings.base_url, &s))
}
