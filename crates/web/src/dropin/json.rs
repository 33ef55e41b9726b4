//! `GET /api/v1/dropin/sessions`: the public schedule as JSON for a date range, cacheable.
use crate::id::Key;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeDelta};
use lotsen_domain::dropin::{TZID, parse_date, to_instant};
use lotsen_domain::ids::UnitId;
use lotsen_store::VenueRecord;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::{IntoParams, ToSchema};

use super::Schedule;
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::json::{ApiError, ApiQuery};
use crate::state::AppState;

/// The longest range one request may ask for.
pub const MAX_DAYS: i64 = 400;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SessionsQuery {
    /// First day (YYYY-MM-DD, local date); default today.
    #[serde(default)]
    from: Option<String>,
    /// Last day, inclusive; default six weeks on. At most 400 days after `from`; the range must lie
    /// within five years back and three years ahead.
    #[serde(default)]
    to: Option<String>,
    /// Only this unit's sessions.
    #[serde(default)]
    unit: Option<String>,
    /// Only sessions at this venue (where they take place now, after any move).
    #[serde(default)]
    venue: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueJson {
    pub id: i64,
    pub name: String,
    pub room: String,
    pub address: String,
    pub accessibility: String,
    pub partners: String,
    /// "latitude, longitude" in decimal degrees, when given.
    pub coordinates: Option<String>,
    /// The public description by language code (`sv`, `en`, `ar`); empty when not written.
    pub description: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionJson {
    pub series_id: i64,
    #[schema(value_type = i64)]
    pub unit_id: UnitId,
    /// The date the session was first planned on (its RECURRENCE-ID in the feed).
    pub occurrence: NaiveDate,
    /// RFC 3339 with the Stockholm offset of that day.
    pub start: String,
    pub end: String,
    pub local_date: NaiveDate,
    pub local_start: String,
    pub local_end: String,
    /// `scheduled`, `cancelled` or `moved`.
    pub status: &'static str,
    pub reason: Option<String>,
    pub venue_id: i64,
    /// The feed's UID for the series.
    pub uid: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionsJson {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub time_zone: &'static str,
    pub sessions: Vec<SessionJson>,
    pub venues: Vec<VenueJson>,
}

fn bad(field: &'static str, message_id: &'static str) -> ApiError {
    let mut e = FieldErrors::default();
    e.add(field, message_id);
    ApiError::Invalid(e, Tr::new(Default::default()))
}

fn id_param<T: Key>(field: &'static str, raw: &Option<String>) -> Result<Option<T>, ApiError> {
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => T::parse_key(s).map(Some).ok_or_else(|| bad(field, "error-id")),
    }
}

/// The dates asked for, today and six weeks on when left out, within reach of the expansion.
fn range(q: &SessionsQuery, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), ApiError> {
    let from = match q.from.as_deref().map(str::trim) {
        None | Some("") => today,
        Some(s) => parse_date(s).map_err(|_| bad("from", "error-date"))?,
    };
    let to = match q.to.as_deref().map(str::trim) {
        None | Some("") => from + TimeDelta::days(super::DEFAULT_WEEKS * 7),
        Some(s) => parse_date(s).map_err(|_| bad("to", "error-date"))?,
    };
    if to < from {
        return Err(bad("to", "error-dropin-range-order"));
    }
    if (to - from).num_days() > MAX_DAYS {
        return Err(bad("to", "error-dropin-range-long"));
    }
    // Expansion runs from each series' first session, so the far past and future stay out of reach.
    if from < today - TimeDelta::days(5 * 366) {
        return Err(bad("from", "error-dropin-range-far"));
    }
    if to > today + TimeDelta::days(3 * 366) {
        return Err(bad("to", "error-dropin-range-far"));
    }
    Ok((from, to))
}

fn venue_json(v: &VenueRecord) -> VenueJson {
    VenueJson {
        id: v.id,
        name: v.name.clone(),
        room: v.room.clone(),
        address: v.address.clone(),
        accessibility: v.accessibility.clone(),
        partners: v.partners.clone(),
        coordinates: v.coordinates.clone(),
        description: [
            ("sv".to_owned(), v.description_sv.clone()),
            ("en".to_owned(), v.description_en.clone()),
            ("ar".to_owned(), v.description_ar.clone()),
        ]
        .into_iter()
        .collect(),
    }
}

/// The public drop-in schedule for a date range.
#[utoipa::path(
    get,
    path = "/api/v1/dropin/sessions",
    tag = "drop-in",
    params(SessionsQuery),
    responses(
        (status = 200, description = "Sessions in time order; cancelled ones are listed with status `cancelled`", body = SessionsJson),
        (status = 304, description = "Unchanged since the ETag given in If-None-Match"),
        (status = 422, description = "A bad date, range or id")
    ),
    security(())
)]
pub async fn sessions(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<SessionsQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (from, to) = range(&q, state.clock.today())?;
    let unit: Option<UnitId> = id_param("unit", &q.unit)?;
    let venue: Option<i64> = id_param("venue", &q.venue)?;
    let unit = match (unit, venue) {
        (_, Some(v)) => match state.store.venue(v).await {
            Ok(v) if unit.is_none_or(|u| u == v.unit_id) => Some(v.unit_id),
            Ok(_) | Err(lotsen_store::StoreError::NotFound) => return Err(ApiError::NotFound),
            Err(e) => return Err(e.into()),
        },
        (Some(u), None) => match state.store.unit(u).await {
            Ok(_) => Some(u),
            Err(lotsen_store::StoreError::NotFound) => return Err(ApiError::NotFound),
            Err(e) => return Err(e.into()),
        },
        (None, None) => None,
    };
    let s = Schedule::load_window(&state.store, unit, from, to).await?;
    let host = state.settings.base_url.split("://").nth(1).unwrap_or("").split(['/', ':']).next().unwrap_or("");
    let sessions: Vec<SessionJson> = s
        .sessions(from, to, venue)
        .into_iter()
        .filter_map(|o| {
            // Every session is of a series the schedule holds.
            let series = s.series_of(o.series_id)?;
            Some(SessionJson {
                series_id: o.series_id,
                unit_id: series.unit_id,
                occurrence: o.on,
                start: to_instant(o.start).to_rfc3339(),
                end: to_instant(o.end).to_rfc3339(),
                local_date: o.start.date(),
                local_start: o.start.format("%H:%M").to_string(),
                local_end: o.end.format("%H:%M").to_string(),
                status: o.status.as_str(),
                reason: o.reason,
                venue_id: o.venue_id,
                uid: format!("dropin-{}@{host}", o.series_id),
            })
        })
        .collect();
    let venues = s.venues.iter().filter(|v| sessions.iter().any(|x| x.venue_id == v.id)).map(venue_json).collect();
    let body = serde_json::to_vec(&SessionsJson { from, to, time_zone: TZID, sessions, venues })
        .map_err(|e| ApiError::Internal(e.into()))?;
    let etag = format!("\"{}\"", &hex::encode(Sha256::digest(&body))[..32]);
    let fresh = headers
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([("content-type", "application/json")], body).into_response()
    };
    if let Ok(v) = HeaderValue::from_str(&etag) {
        res.headers_mut().insert(ETAG, v);
    }
    res.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    Ok(res)
}
