//! Staff pages for surveys: the list, the wording and goals (admins and managers), the printable
//! card with its QR code, kiosk links per venue, and one-time invitations (coordinators).
//!
//! This module is the list and the card; [`form`] reads the wording form, [`edit`] shows and
//! saves it, [`invite`] makes invitations.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use lotsen_store::{Scoped, SurveyRecord, VenueRecord};
use serde::Deserialize;

use super::{public_url, survey_name};
use crate::auth::{Actor, Staff};
use crate::error::AppResult;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

mod edit;
mod form;
mod invite;

pub use edit::{EditPage, SummaryItem, create, edit_form, new_form, update};
pub use form::{EditForm, QuestionRow};
pub use invite::{InvitationPage, InviteForm, SendForm, invite, send as send_invitation};

pub struct SurveyRow {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub languages: String,
    pub questions: usize,
    pub version: i32,
    pub active: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/list.html")]
pub struct ListPage {
    c: Chrome,
    surveys: Vec<SurveyRow>,
    plans: bool,
    done: &'static str,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

fn done_notice(d: Option<&str>) -> &'static str {
    match d {
        Some("saved") => "survey-done-saved",
        Some("version") => "survey-done-version",
        Some("created") => "survey-done-created",
        _ => "",
    }
}

pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Query(d): Query<Done>,
) -> AppResult<ListPage> {
    let surveys = state
        .store
        .surveys(actor.unit_id)
        .await?
        .iter()
        .map(|s| SurveyRow {
            id: s.id,
            name: survey_name(s, c.locale()),
            url: public_url(&state.settings.base_url, s),
            languages: s.current.definition.locales.iter().map(|l| l.endonym()).collect::<Vec<_>>().join(", "),
            questions: s.current.definition.questions.len(),
            version: s.current.number,
            active: s.active,
        })
        .collect();
    Ok(ListPage { c, surveys, plans: actor.role.plans_surveys(), done: done_notice(d.done.as_deref()) })
}

pub(super) async fn own_survey(state: &AppState, actor: &Actor, id: i64) -> AppResult<Scoped<SurveyRecord>> {
    Ok(state.store.unit_survey(actor.unit_id, id).await?)
}

pub struct TitleIn {
    pub lang: &'static str,
    pub dir: &'static str,
    pub text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/card.html")]
pub struct CardPage {
    c: Chrome,
    code: String,
    url: String,
    titles: Vec<TitleIn>,
    venues: Vec<VenueRecord>,
    base: String,
}

pub async fn card(State(state): State<AppState>, c: Chrome, Staff(actor): Staff, Id(id): Id) -> AppResult<CardPage> {
    let s = own_survey(&state, &actor, id).await?.into_inner();
    let d = &s.current.definition;
    let titles = d
        .locales
        .iter()
        .map(|l| TitleIn { lang: l.code(), dir: l.dir(), text: d.text(&d.title, *l).to_owned() })
        .collect();
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    Ok(CardPage {
        c,
        url: public_url(&state.settings.base_url, &s),
        code: s.code,
        titles,
        venues,
        base: state.settings.base_url.clone(),
    })
}
