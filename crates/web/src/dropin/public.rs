//! The public drop-in pages: no sign-in, no JavaScript, small HTML, printable as an A4 poster with
//! a QR code that leads back to the page.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::Response;
use chrono::TimeDelta;
use lotsen_domain::ids::UnitId;
use lotsen_store::VenueRecord;
use serde::Deserialize;

use super::{DEFAULT_WEEKS, MAX_WEEKS, Schedule, SessionView, description, session_view, venue_map};
use crate::error::AppResult;
use crate::id::Id;
use crate::pages::Chrome;
use crate::qr::qr;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct WeeksQuery {
    #[serde(default)]
    weeks: Option<String>,
}

impl WeeksQuery {
    fn weeks(&self) -> i64 {
        self.weeks.as_deref().and_then(|w| w.trim().parse().ok()).unwrap_or(DEFAULT_WEEKS).clamp(1, MAX_WEEKS)
    }
}

/// A venue with its coming sessions.
pub struct VenueBlock {
    pub id: i64,
    pub name: String,
    pub room: String,
    pub address: String,
    pub accessibility: String,
    pub partners: String,
    pub description: String,
    /// The description's language: the reader's, or Swedish when it is not written in theirs.
    pub description_lang: &'static str,
    pub map_url: String,
    pub sessions: Vec<SessionView>,
}

fn block(c: &Chrome, v: &VenueRecord, sessions: Vec<SessionView>) -> VenueBlock {
    let map_url = v
        .coordinates
        .as_deref()
        .and_then(|s| lotsen_domain::dropin::parse_coordinates(s).ok().flatten())
        .map(|(lat, lon)| format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"))
        .unwrap_or_default();
    VenueBlock {
        id: v.id,
        name: v.name.clone(),
        room: v.room.clone(),
        address: v.address.clone(),
        accessibility: v.accessibility.clone(),
        partners: v.partners.clone(),
        description: description(v, c.locale()).to_owned(),
        description_lang: if description(v, c.locale()) == v.description_sv { "sv" } else { c.locale().code() },
        map_url,
        sessions,
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/public.html")]
pub struct PublicPage {
    c: Chrome,
    heading: String,
    /// This page's own address, for the QR code and the printed poster.
    page_url: String,
    qr_path: String,
    feed_path: String,
    /// The unit's contact form, on a unit's or a venue's page.
    contact_path: String,
    weeks: i64,
    more_weeks: i64,
    venues: Vec<VenueBlock>,
    /// One venue shown with all its details.
    single: bool,
}

async fn window(state: &AppState, unit: Option<UnitId>, weeks: i64) -> AppResult<Schedule> {
    let from = state.clock.today();
    Ok(Schedule::load_window(&state.store, unit, from, from + TimeDelta::days(weeks * 7)).await?)
}

fn blocks(c: &Chrome, s: &Schedule, weeks: i64, only: Option<i64>, now: chrono::NaiveDateTime) -> Vec<VenueBlock> {
    let from = now.date();
    let to = from + TimeDelta::days(weeks * 7);
    let map = venue_map(&s.venues);
    let sessions = s.sessions(from, to, None);
    s.venues
        .iter()
        .filter(|v| only.is_none_or(|o| v.id == o))
        .map(|v| {
            let list = sessions
                .iter()
                // A session moved to another venue is also listed, as moved, where it was planned.
                .filter(|o| (o.venue_id == v.id || o.original_venue_id == v.id) && o.end >= now)
                .map(|o| session_view(&c.t, o, &map))
                .collect();
            block(c, v, list)
        })
        .filter(|b| only.is_some() || !b.sessions.is_empty())
        .collect()
}

/// Every unit's drop-in times, per venue.
pub async fn all(State(state): State<AppState>, c: Chrome, Query(q): Query<WeeksQuery>) -> AppResult<PublicPage> {
    let weeks = q.weeks();
    let s = window(&state, None, weeks).await?;
    let venues = blocks(&c, &s, weeks, None, state.clock.local_now());
    Ok(PublicPage {
        heading: c.t.get("dropin-public-title"),
        page_url: format!("{}/dropin", state.settings.base_url),
        qr_path: "/dropin/qr.svg".into(),
        feed_path: String::new(),
        contact_path: String::new(),
        weeks,
        more_weeks: (weeks * 2).min(MAX_WEEKS),
        venues,
        single: false,
        c,
    })
}

/// One unit's drop-in times, with its calendar feed.
pub async fn unit(
    State(state): State<AppState>,
    c: Chrome,
    Id(id): Id<UnitId>,
    Query(q): Query<WeeksQuery>,
) -> AppResult<PublicPage> {
    let unit = state.store.unit(id).await?;
    let weeks = q.weeks();
    let s = window(&state, Some(id), weeks).await?;
    let venues = blocks(&c, &s, weeks, None, state.clock.local_now());
    Ok(PublicPage {
        heading: c.t.arg_text("dropin-public-unit-title", "unit", &unit.name),
        page_url: format!("{}/dropin/units/{id}", state.settings.base_url),
        qr_path: format!("/dropin/units/{id}/qr.svg"),
        feed_path: format!("/dropin/units/{id}/calendar.ics"),
        contact_path: format!("/contact/{id}"),
        weeks,
        more_weeks: (weeks * 2).min(MAX_WEEKS),
        venues,
        single: false,
        c,
    })
}

/// One venue: where it is, who is there, its coming sessions; the page prints as a poster.
pub async fn venue(
    State(state): State<AppState>,
    c: Chrome,
    Id(id): Id,
    Query(q): Query<WeeksQuery>,
) -> AppResult<PublicPage> {
    let v = state.store.venue(id).await?;
    let weeks = q.weeks();
    let s = window(&state, Some(v.unit_id), weeks).await?;
    let venues = blocks(&c, &s, weeks, Some(id), state.clock.local_now());
    Ok(PublicPage {
        heading: c.t.arg_text("dropin-public-venue-title", "venue", &v.name),
        page_url: format!("{}/dropin/venues/{id}", state.settings.base_url),
        qr_path: format!("/dropin/venues/{id}/qr.svg"),
        feed_path: format!("/dropin/venues/{id}/calendar.ics"),
        contact_path: format!("/contact/{}", v.unit_id),
        weeks,
        more_weeks: (weeks * 2).min(MAX_WEEKS),
        venues,
        single: true,
        c,
    })
}

pub async fn qr_all(State(state): State<AppState>) -> AppResult<Response> {
    qr(&format!("{}/dropin", state.settings.base_url))
}

pub async fn qr_unit(State(state): State<AppState>, Id(id): Id<UnitId>) -> AppResult<Response> {
    state.store.unit(id).await?;
    qr(&format!("{}/dropin/units/{id}", state.settings.base_url))
}

pub async fn qr_venue(State(state): State<AppState>, Id(id): Id) -> AppResult<Response> {
    state.store.venue(id).await?;
    qr(&format!("{}/dropin/venues/{id}", state.settings.base_url))
}
