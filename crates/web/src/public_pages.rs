//! The installation's public pages for residents: the start page (`/` without sign-in), a page per
//! unit saying in plain words what the service is and how to reach it, and the privacy notice and
//! accessibility statement each unit's settings generate. No cookie, no script, in Swedish, Easy
//! Swedish, English and Arabic (`?lang=` on any of them).
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use lotsen_domain::ids::UnitId;
use lotsen_domain::locale::Locale;
use lotsen_domain::public_page::{PublicInfo, Run, paragraphs};
use lotsen_domain::records::Mode;
use lotsen_store::UnitRecord;

use crate::auth::{MaybeActor, Staff};
use crate::error::AppResult;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

/// A unit as the start page lists it.
pub struct UnitLink {
    pub id: UnitId,
    pub name: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/start.html")]
pub struct StartPage {
    c: Chrome,
    units: Vec<UnitLink>,
}

/// `GET /`: a signed-in person's start page, or the public start for everyone else.
pub async fn start(state: State<AppState>, c: Chrome, MaybeActor(actor): MaybeActor) -> AppResult<Response> {
    if let Some(actor) = actor {
        return Ok(crate::home::show(state, c, Staff(actor)).await?.into_response());
    }
    let units = state.store.units().await?.into_iter().map(|u| UnitLink { id: u.id, name: u.name }).collect();
    Ok(StartPage { c, units }.into_response())
}

/// The unit's own words in the reader's language, else in Swedish.
fn about(p: &PublicInfo, locale: Locale) -> Vec<Vec<Run>> {
    let own = match locale {
        Locale::Sv => None,
        Locale::En => p.about_en.as_deref(),
        Locale::Ar => p.about_ar.as_deref(),
    };
    own.or(p.about_sv.as_deref()).map(paragraphs).unwrap_or_default()
}

#[derive(Template, WebTemplate)]
#[template(path = "public/unit.html")]
pub struct UnitPage {
    c: Chrome,
    unit: UnitRecord,
    p: PublicInfo,
    about: Vec<Vec<Run>>,
    /// The language the own words are in: the page's, or Swedish where no translation was given.
    about_lang: &'static str,
    /// The phone number for a `tel:` link.
    tel: String,
}

/// `GET /units/{id}`: what the service is, how to reach it, and what happens to one's data.
pub async fn unit(State(state): State<AppState>, c: Chrome, Id(id): Id<UnitId>) -> AppResult<UnitPage> {
    let unit = state.store.unit(id).await?;
    let p = state.store.unit_public(id).await?;
    let about = about(&p, c.t.locale);
    let own = match c.t.locale {
        Locale::Sv => true,
        Locale::En => p.about_en.is_some(),
        Locale::Ar => p.about_ar.is_some(),
    };
    let about_lang = if own { c.t.locale.code() } else { "sv" };
    let tel = p.phone.as_deref().unwrap_or_default().chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    Ok(UnitPage { c, unit, p, about, about_lang, tel })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/privacy.html")]
pub struct PrivacyPage {
    c: Chrome,
    unit: UnitRecord,
    p: PublicInfo,
    documented: bool,
}

/// `GET /units/{id}/privacy`: the privacy notice (GDPR art. 13) from the unit's settings.
pub async fn privacy(State(state): State<AppState>, c: Chrome, Id(id): Id<UnitId>) -> AppResult<PrivacyPage> {
    let unit = state.store.unit(id).await?;
    let p = state.store.unit_public(id).await?;
    let documented = unit.records.mode == Mode::Documented;
    Ok(PrivacyPage { c, unit, p, documented })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/accessibility.html")]
pub struct AccessibilityPage {
    c: Chrome,
    unit: UnitRecord,
    p: PublicInfo,
    issues: Vec<Vec<Run>>,
}

/// `GET /units/{id}/accessibility`: the accessibility statement (the DOS law) from the unit's
/// settings.
pub async fn accessibility(
    State(state): State<AppState>,
    c: Chrome,
    Id(id): Id<UnitId>,
) -> AppResult<AccessibilityPage> {
    let unit = state.store.unit(id).await?;
    let p = state.store.unit_public(id).await?;
    let issues = p.accessibility_issues.as_deref().map(paragraphs).unwrap_or_default();
    Ok(AccessibilityPage { c, unit, p, issues })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/index.html")]
pub struct IndexPage {
    c: Chrome,
    /// `privacy` or `accessibility`.
    what: &'static str,
    units: Vec<UnitLink>,
}

async fn index(state: &AppState, c: Chrome, what: &'static str) -> AppResult<IndexPage> {
    let units = state.store.units().await?.into_iter().map(|u| UnitLink { id: u.id, name: u.name }).collect();
    Ok(IndexPage { c, what, units })
}

/// `GET /privacy`: each unit's privacy notice, one link each.
pub async fn privacy_index(State(state): State<AppState>, c: Chrome) -> AppResult<IndexPage> {
    index(&state, c, "privacy").await
}

/// `GET /accessibility`: each unit's accessibility statement, one link each.
pub async fn accessibility_index(State(state): State<AppState>, c: Chrome) -> AppResult<IndexPage> {
    index(&state, c, "accessibility").await
}
