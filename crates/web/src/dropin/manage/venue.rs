//! Venues of drop-in times: the venue form and its check, and the pages that add and change a
//! venue.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::dropin::{parse_coordinates, parse_line, parse_text};
use lotsen_store::{Scoped, VenueInput, VenueRecord};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::{Actor, PlansDropin};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    #[serde(rename = "venue_name")]
    name: String,
    address: String,
    room: String,
    coordinates: String,
    accessibility: String,
    partners: String,
    description_sv: String,
    description_en: String,
    description_ar: String,
}

impl VenueForm {
    fn of(v: &VenueRecord) -> Self {
        Self {
            name: v.name.clone(),
            address: v.address.clone(),
            room: v.room.clone(),
            coordinates: v.coordinates.clone().unwrap_or_default(),
            accessibility: v.accessibility.clone(),
            partners: v.partners.clone(),
            description_sv: v.description_sv.clone(),
            description_en: v.description_en.clone(),
            description_ar: v.description_ar.clone(),
        }
    }

    /// Checks the form; nothing is saved on any error.
    pub fn check(&self) -> Result<VenueInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let name = e.check("venue_name", parse_line(&self.name, 120));
        if name.as_deref() == Some("") {
            e.add("venue_name", "error-required");
        }
        let room = e.check("room", parse_line(&self.room, 120));
        let address = e.check("address", parse_text(&self.address, 300));
        let coordinates = e
            .check("coordinates", parse_coordinates(&self.coordinates))
            .map(|c| c.map(|(a, b)| format!("{a:.6}, {b:.6}")));
        let accessibility = e.check("accessibility", parse_text(&self.accessibility, 1000));
        let partners = e.check("partners", parse_text(&self.partners, 1000));
        let description_sv = e.check("description_sv", parse_text(&self.description_sv, 2000));
        let description_en = e.check("description_en", parse_text(&self.description_en, 2000));
        let description_ar = e.check("description_ar", parse_text(&self.description_ar, 2000));
        match (
            name,
            room,
            address,
            coordinates,
            accessibility,
            partners,
            description_sv,
            description_en,
            description_ar,
        ) {
            (
                Some(name),
                Some(room),
                Some(address),
                Some(coordinates),
                Some(accessibility),
                Some(partners),
                Some(sv),
                Some(en),
                Some(ar),
            ) if e.is_empty() => Ok(VenueInput {
                name,
                address,
                room,
                coordinates,
                accessibility,
                partners,
                description_sv: sv,
                description_en: en,
                description_ar: ar,
            }),
            _ => Err(e),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/venue_form.html")]
pub struct VenuePage {
    c: Chrome,
    id: Option<i64>,
    f: VenueForm,
    errors: FieldErrors,
}

pub async fn new_venue(c: Chrome, PlansDropin(_): PlansDropin) -> VenuePage {
    VenuePage { c, id: None, f: VenueForm::default(), errors: FieldErrors::default() }
}

pub async fn create_venue(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    ip: ClientIp,
    Form(f): Form<VenueForm>,
) -> AppResult<Response> {
    let input = match f.check() {
        Ok(i) => i,
        Err(errors) => {
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, VenuePage { c, id: None, f, errors }).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let id = tx.create_venue(actor.unit_id, &input).await?;
    tx.audit(by(&actor, &ip, AuditAction::VenueCreate, "venue", id, json!({ "name": input.name }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/sessions?done=venue").into_response())
}

async fn own_venue(state: &AppState, actor: &Actor, id: i64) -> AppResult<Scoped<VenueRecord>> {
    Ok(state.store.unit_venue(actor.unit_id, id).await?)
}

pub async fn edit_venue(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Id(id): Id,
) -> AppResult<VenuePage> {
    let v = own_venue(&state, &actor, id).await?;
    Ok(VenuePage { c, id: Some(id), f: VenueForm::of(&v), errors: FieldErrors::default() })
}

pub async fn update_venue(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Id(id): Id,
    ip: ClientIp,
    Form(f): Form<VenueForm>,
) -> AppResult<Response> {
    let venue = own_venue(&state, &actor, id).await?;
    let input = match f.check() {
        Ok(i) => i,
        Err(errors) => {
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, VenuePage { c, id: Some(id), f, errors }).into_response());
        }
    };
    let tx = state.store.begin().await?;
    tx.update_venue(&venue, &input).await?;
    tx.bump_series_at_venue(&venue).await?;
    tx.audit(by(&actor, &ip, AuditAction::VenueUpdate, "venue", id, json!({ "name": input.name }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/sessions?done=venue").into_response())
}
