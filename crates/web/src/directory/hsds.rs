//! The HSDS 3.0 API under `/api/hsds/`: the eleven paths of the specification's `openapi.json`,
//! public and read-only, each answer shaped as the official compiled schemas shape it (full objects
//! by id; list items with their single nested objects; the `Page` envelope), the spec's query
//! parameters with every filter given applied together (AND). Unknown ids answer 404 and bad
//! parameters 400, each with a JSON `message` (the spec defines no error body).
use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use lotsen_domain::search::{self, Bits};
use lotsen_hsds::{Index, Nesting, Row};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::cache::{Filters, Snapshot, Texts};
use super::params::{HsdsError, HsdsQuery, HsdsResult, Params, boolean, checked_id, instant, page, uuid_param};
use crate::state::AppState;

/// The rows of a kind that the free text matches (tolerant of inflections and of missing å/ä/ö,
/// see `lotsen_domain::search`); every row when no text was given.
struct TextSearch<'a> {
    texts: Option<&'a Texts>,
    found: Bits,
}

impl<'a> TextSearch<'a> {
    fn new(snap: &'a Snapshot, kind: &str, search: &Option<String>) -> Self {
        let q = search.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(search::Query::parse);
        match (q, snap.api_texts(kind)) {
            (Some(q), Some(texts)) => TextSearch { found: texts.find(&q), texts: Some(texts) },
            _ => TextSearch { texts: None, found: Bits::none(0) },
        }
    }

    fn keeps(&self, r: &Row) -> bool {
        self.texts.is_none_or(|t| t.matches(&self.found, r.id()))
    }
}

/// The directory as it is now (kept between requests, read afresh when it changes).
async fn snapshot(state: &AppState) -> HsdsResult<Arc<Snapshot>> {
    Ok(state.snapshot().await?)
}

/// The service-level filters shared by `/services` and `/service_at_locations`.
struct ServiceFilter {
    term: Option<String>,
    taxonomy: Option<String>,
    organization: Option<String>,
    after: Option<DateTime<Utc>>,
}

impl ServiceFilter {
    fn from(p: &Params) -> HsdsResult<Self> {
        Ok(ServiceFilter {
            term: uuid_param("taxonomy_term_id", &p.taxonomy_term_id)?,
            taxonomy: uuid_param("taxonomy_id", &p.taxonomy_id)?,
            organization: uuid_param("organization_id", &p.organization_id)?,
            after: instant(&p.modified_after)?,
        })
    }

    fn keeps(&self, ix: &Index, s: &Row) -> bool {
        if self.organization.as_deref().is_some_and(|o| s.text("organization_id") != Some(o)) {
            return false;
        }
        if self.term.is_none() && self.taxonomy.is_none() && self.after.is_none() {
            return true;
        }
        let terms: Vec<&str> =
            ix.referring("attribute", "link_id", s.id()).iter().filter_map(|a| a.text("taxonomy_term_id")).collect();
        if self.term.as_deref().is_some_and(|t| !terms.contains(&t)) {
            return false;
        }
        if let Some(tx) = &self.taxonomy {
            let in_taxonomy = terms
                .iter()
                .filter_map(|t| ix.get("taxonomy_term", t))
                .any(|t| t.text("taxonomy_id") == Some(tx.as_str()));
            if !in_taxonomy {
                return false;
            }
        }
        if let Some(after) = self.after {
            let modified = s.text("last_modified").and_then(|m| DateTime::parse_from_rfc3339(m).ok());
            if modified.is_none_or(|m| m.with_timezone(&Utc) < after) {
                return false;
            }
        }
        true
    }
}

fn no_location_filters(p: &Params) -> HsdsResult<()> {
    if p.proximity.as_deref().is_some_and(|s| !s.trim().is_empty()) {
        return Err(HsdsError::bad("proximity is not offered by this directory; filter by postcode instead"));
    }
    Ok(())
}

/// A service with only what a minimal list carries.
fn minimal(s: &Row) -> Value {
    let mut m = Map::new();
    for k in ["id", "name", "status", "last_modified"] {
        if let Some(v) = s.fields.get(k) {
            m.insert(k.into(), v.clone());
        }
    }
    Value::Object(m)
}

/// `GET /api/hsds/` (and without the slash): what this API is.
pub async fn meta(State(state): State<AppState>) -> Json<Value> {
    let base = state.settings.base_url.trim_end_matches('/');
    Json(json!({
        "version": "3.0",
        "profile": "https://docs.openreferral.org/en/latest/hsds/overview.html",
        "openapi_url": format!("{base}/api/hsds/openapi.json"),
    }))
}

/// `GET /api/hsds/openapi.json`: the specification's own document, with this server named and the
/// reference of `/service_at_locations/{id}` pointing at the schema it really answers with.
pub async fn openapi(State(state): State<AppState>) -> HsdsResult<Json<Value>> {
    let text = lotsen_hsds::validate::schema_text("openapi.json").unwrap_or("{}");
    let mut doc: Value =
        serde_json::from_str(text).map_err(|e| HsdsError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let base = state.settings.base_url.trim_end_matches('/');
    doc["info"] = json!({
        "title": "Lotsen – Hitta stöd (HSDS 3.0)",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "The municipality's directory of support, as Open Referral HSDS 3.0. Read-only and public.",
        "license": { "name": "EUPL-1.2" },
    });
    doc["servers"] = json!([{ "url": format!("{base}/api/hsds") }]);
    let sal = "/paths/~1service_at_locations~1{id}/get/responses/200/content/application~1json/schema/$ref";
    if let Some(r) = doc.pointer_mut(sal) {
        *r = json!(
            "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/service_at_location.json"
        );
    }
    // The answers the specification leaves out: a bad parameter (400) and, by id, an unknown one (404).
    let message = json!({
        "type": "object", "required": ["message"],
        "properties": { "message": { "type": "string", "description": "What was wrong, in English" } }
    });
    let answer = |d: &str| json!({ "description": d, "content": { "application/json": { "schema": message } } });
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(responses) = item.pointer_mut("/get/responses").and_then(Value::as_object_mut) else { continue };
            if path == "/" {
                continue;
            }
            responses
                .entry("400")
                .or_insert_with(|| answer("A parameter this directory cannot read or does not offer"));
            if path.ends_with("{id}") {
                responses.entry("404").or_insert_with(|| answer("No such record in the public directory"));
            }
        }
    }
    Ok(Json(doc))
}

/// `GET /api/hsds/services`
pub async fn services(State(state): State<AppState>, HsdsQuery(p): HsdsQuery<Params>) -> HsdsResult<Response> {
    let (min, full) = (boolean("minimal", &p.minimal)?, boolean("full", &p.full)?);
    let paging = p.paging(min)?;
    let filter = ServiceFilter::from(&p)?;
    no_location_filters(&p)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let nesting = if full { Nesting::Full } else { Nesting::ListItem };
    let text = p.search.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(search::Query::parse);
    let found = text.map(|q| snap.finder.find(&q, &Filters::default(), false));
    let texts = &snap.finder.texts;
    let items: Vec<&Row> = ix
        .all("service")
        .filter(|s| filter.keeps(ix, s))
        .filter(|s| found.as_ref().is_none_or(|f| texts.matches(f, s.id())))
        .collect();
    Ok(page(items, &paging, |s| if min { minimal(s) } else { ix.nest(s, nesting) }))
}

/// `GET /api/hsds/services/{id}`
pub async fn service(State(state): State<AppState>, Path(id): Path<String>) -> HsdsResult<Json<Value>> {
    let id = checked_id("service", &id)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let s = ix.get("service", id).ok_or_else(|| HsdsError::not_found("service", id))?;
    Ok(Json(ix.nest(s, Nesting::Full)))
}

/// An organisation in full; its services as `{id, name, status}` unless `full_service`.
fn organization_full(ix: &Index, o: &Row, full_service: bool) -> Value {
    let mut v = ix.nest(o, Nesting::Full);
    if !full_service && let Some(list) = v.get_mut("services").and_then(Value::as_array_mut) {
        for s in list.iter_mut() {
            let brief: Map<String, Value> = ["id", "name", "status"]
                .iter()
                .filter_map(|k| s.get(*k).map(|x| ((*k).to_owned(), x.clone())))
                .collect();
            *s = Value::Object(brief);
        }
    }
    v
}

/// `GET /api/hsds/organizations`
pub async fn organizations(State(state): State<AppState>, HsdsQuery(p): HsdsQuery<Params>) -> HsdsResult<Response> {
    let (full, full_service) = (boolean("full", &p.full)?, boolean("full_service", &p.full_service)?);
    let paging = p.paging(false)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let text = TextSearch::new(&snap, "organization", &p.search);
    let items: Vec<&Row> = ix.all("organization").filter(|o| text.keeps(o)).collect();
    Ok(page(items, &paging, |o| {
        if full || full_service { organization_full(ix, o, full_service) } else { ix.nest(o, Nesting::ListItem) }
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OrgParams {
    full_service: Option<String>,
}

/// `GET /api/hsds/organizations/{id}`
pub async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
    HsdsQuery(q): HsdsQuery<OrgParams>,
) -> HsdsResult<Json<Value>> {
    let full_service = boolean("full_service", &q.full_service)?;
    let id = checked_id("organization", &id)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let o = ix.get("organization", id).ok_or_else(|| HsdsError::not_found("organization", id))?;
    Ok(Json(organization_full(ix, o, full_service)))
}

/// `GET /api/hsds/taxonomies`
pub async fn taxonomies(State(state): State<AppState>, HsdsQuery(p): HsdsQuery<Params>) -> HsdsResult<Response> {
    let paging = p.paging(false)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let text = TextSearch::new(&snap, "taxonomy", &p.search);
    let items: Vec<&Row> = ix.all("taxonomy").filter(|t| text.keeps(t)).collect();
    Ok(page(items, &paging, |t| ix.nest(t, Nesting::ListItem)))
}

/// `GET /api/hsds/taxonomies/{id}`
pub async fn taxonomy(State(state): State<AppState>, Path(id): Path<String>) -> HsdsResult<Json<Value>> {
    let id = checked_id("taxonomy", &id)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let t = ix.get("taxonomy", id).ok_or_else(|| HsdsError::not_found("taxonomy", id))?;
    Ok(Json(ix.nest(t, Nesting::Full)))
}

/// `GET /api/hsds/taxonomy_terms`
pub async fn taxonomy_terms(State(state): State<AppState>, HsdsQuery(p): HsdsQuery<Params>) -> HsdsResult<Response> {
    let paging = p.paging(false)?;
    let top_only = boolean("top_only", &p.top_only)?;
    let taxonomy = uuid_param("taxonomy_id", &p.taxonomy_id)?;
    let parent = uuid_param("parent_id", &p.parent_id)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let text = TextSearch::new(&snap, "taxonomy_term", &p.search);
    let items: Vec<&Row> = ix
        .all("taxonomy_term")
        .filter(|t| taxonomy.as_deref().is_none_or(|x| t.text("taxonomy_id") == Some(x)))
        .filter(|t| parent.as_deref().is_none_or(|x| t.text("parent_id") == Some(x)))
        .filter(|t| !top_only || t.text("parent_id").is_none())
        .filter(|t| text.keeps(t))
        .collect();
    Ok(page(items, &paging, |t| ix.nest(t, Nesting::ListItem)))
}

/// `GET /api/hsds/taxonomy_terms/{id}`
pub async fn taxonomy_term(State(state): State<AppState>, Path(id): Path<String>) -> HsdsResult<Json<Value>> {
    let id = checked_id("taxonomy term", &id)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let t = ix.get("taxonomy_term", id).ok_or_else(|| HsdsError::not_found("taxonomy term", id))?;
    Ok(Json(ix.nest(t, Nesting::Full)))
}

/// Postcodes compare by their digits ("252 25" = "25225").
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase()
}

/// `GET /api/hsds/service_at_locations`
pub async fn service_at_locations(
    State(state): State<AppState>,
    HsdsQuery(p): HsdsQuery<Params>,
) -> HsdsResult<Response> {
    let full = boolean("full", &p.full)?;
    let paging = p.paging(false)?;
    let filter = ServiceFilter::from(&p)?;
    no_location_filters(&p)?;
    let postcode = p.postcode.as_deref().map(digits).filter(|s| !s.is_empty());
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let nesting = if full { Nesting::Full } else { Nesting::ListItem };
    let text = TextSearch::new(&snap, "service_at_location", &p.search);
    let mut items = Vec::new();
    for sal in ix.all("service_at_location").filter(|r| text.keeps(r)) {
        let Some(service) = sal.text("service_id").and_then(|id| ix.get("service", id)) else { continue };
        if !filter.keeps(ix, service) {
            continue;
        }
        let location = sal.text("location_id").and_then(|id| ix.get("location", id));
        if let Some(code) = &postcode {
            let at = location.map(|l| ix.referring("address", "location_id", l.id())).unwrap_or_default();
            if !at.iter().any(|a| a.text("postal_code").map(digits).as_deref() == Some(code.as_str())) {
                continue;
            }
        }
        items.push(sal);
    }
    Ok(page(items, &paging, |sal| ix.nest(sal, nesting)))
}

/// `GET /api/hsds/service_at_locations/{id}`
pub async fn service_at_location(State(state): State<AppState>, Path(id): Path<String>) -> HsdsResult<Json<Value>> {
    let id = checked_id("service at location", &id)?;
    let snap = snapshot(&state).await?;
    let ix = &snap.public;
    let s = ix.get("service_at_location", id).ok_or_else(|| HsdsError::not_found("service at location", id))?;
    Ok(Json(ix.nest(s, Nesting::Full)))
}
