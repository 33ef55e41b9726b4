//! "Hitta stöd": the public search of the support directory. No sign-in and no JavaScript; a GET
//! form with free text (tolerant of inflections and of missing å/ä/ö) and a problem area; each
//! service with how to reach it, where, when and in which languages. Active and temporarily closed
//! services only. Small enough for a slow phone and printable.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use lotsen_domain::search;
use lotsen_hsds::{Index, Row};
use serde::Deserialize;
use serde_json::Value;

use crate::case::Opt;
use crate::error::AppResult;
use crate::pages::Chrome;
use crate::state::AppState;

/// Results a page.
pub const PER_PAGE: usize = 20;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
    category: String,
    page: String,
}

/// One service as a resident reads it.
pub struct Hit {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub description: String,
    pub how: String,
    pub closed: bool,
    pub alert: String,
    pub phones: Vec<String>,
    pub email: String,
    pub url: String,
    pub places: Vec<String>,
    pub hours: Vec<String>,
    pub languages: Vec<String>,
    pub free: Option<bool>,
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/search.html")]
pub struct SearchPage {
    c: Chrome,
    q: String,
    categories: Vec<Opt>,
    hits: Vec<Hit>,
    total: usize,
    searched: bool,
    page: usize,
    pages: usize,
    prev_query: String,
    next_query: String,
    page_of: String,
}

fn text(r: &Row, k: &str) -> String {
    r.text(k).unwrap_or_default().to_owned()
}

/// "måndag–fredag 09:00–16:00", from a schedule's days and hours.
fn hours(c: &Chrome, s: &Row) -> Option<String> {
    let time = |k: &str| s.text(k).map(|t| t.chars().take(5).collect::<String>());
    let days: Vec<String> = s
        .text("byday")
        .unwrap_or_default()
        .split(',')
        .filter_map(|d| {
            let code = d.trim().trim_start_matches(|ch: char| ch == '-' || ch.is_ascii_digit());
            let n = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].iter().position(|x| *x == code)?;
            Some(c.t.get(format!("weekday-{}", n + 1)))
        })
        .collect();
    let span = match (time("opens_at"), time("closes_at")) {
        (Some(o), Some(cl)) => format!("{o}–{cl}"),
        _ => String::new(),
    };
    let line = [days.join(", "), span, text(s, "description")]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    (!line.is_empty()).then_some(line)
}

fn hit(c: &Chrome, ix: &Index, s: &Row) -> Hit {
    let sals = ix.referring("service_at_location", "service_id", s.id());
    let locations: Vec<&Row> =
        sals.iter().filter_map(|x| x.text("location_id")).filter_map(|id| ix.get("location", id)).collect();
    let mut places = Vec::new();
    for l in &locations {
        let addr: Vec<String> = ix
            .referring("address", "location_id", l.id())
            .iter()
            .map(|a| format!("{}, {} {}", text(a, "address_1"), text(a, "postal_code"), text(a, "city")))
            .collect();
        let name = text(l, "name");
        places.push(if addr.is_empty() { name } else { format!("{name} – {}", addr.join("; ")) });
    }
    let mut schedules = ix.referring("schedule", "service_id", s.id());
    for x in &sals {
        schedules.extend(ix.referring("schedule", "service_at_location_id", x.id()));
    }
    schedules.dedup_by(|a, b| a.id() == b.id());
    let mut phones: Vec<String> =
        ix.referring("phone", "service_id", s.id()).iter().map(|p| text(p, "number")).collect();
    for l in &locations {
        phones.extend(ix.referring("phone", "location_id", l.id()).iter().map(|p| text(p, "number")));
    }
    phones.sort();
    phones.dedup();
    let costs = ix.referring("cost_option", "service_id", s.id());
    let free =
        (!costs.is_empty()).then(|| costs.iter().all(|x| x.fields.get("amount").and_then(Value::as_f64) == Some(0.0)));
    let organization = s
        .text("organization_id")
        .and_then(|id| ix.get("organization", id))
        .map(|o| text(o, "name"))
        .unwrap_or_default();
    let mut languages: Vec<String> = ix
        .referring("language", "service_id", s.id())
        .iter()
        .map(|l| {
            let code = text(l, "code");
            match code.as_str() {
                "sv" | "swe" | "en" | "eng" | "ar" | "ara" => c.t.get(format!("directory-language-{}", &code[..2])),
                _ => text(l, "name"),
            }
        })
        .filter(|x| !x.is_empty())
        .collect();
    languages.sort();
    languages.dedup();
    Hit {
        id: s.id().to_owned(),
        name: text(s, "name"),
        organization,
        description: text(s, "description"),
        how: text(s, "application_process"),
        closed: s.text("status") == Some("temporarily closed"),
        alert: text(s, "alert"),
        phones,
        email: text(s, "email"),
        url: text(s, "url"),
        places,
        hours: schedules.iter().filter_map(|x| hours(c, x)).collect(),
        languages,
        free,
    }
}

/// Everything a service is found by: its own text, its organisation, places and problem areas.
fn searchable(ix: &Index, s: &Row) -> String {
    let mut parts: Vec<&str> = s.fields.values().filter_map(Value::as_str).collect();
    if let Some(o) = s.text("organization_id").and_then(|id| ix.get("organization", id)) {
        parts.extend(o.text("name"));
    }
    for a in ix.referring("attribute", "link_id", s.id()) {
        if let Some(t) = a.text("taxonomy_term_id").and_then(|id| ix.get("taxonomy_term", id)) {
            parts.extend(t.text("name"));
        }
    }
    for sal in ix.referring("service_at_location", "service_id", s.id()) {
        if let Some(l) = sal.text("location_id").and_then(|id| ix.get("location", id)) {
            parts.extend(l.text("name"));
        }
    }
    parts.join(" ")
}

/// `GET /support`
pub async fn show(State(state): State<AppState>, c: Chrome, Query(q): Query<SearchQuery>) -> AppResult<SearchPage> {
    let rows = state.store.directory_rows().await?;
    let ix = Index::new(&rows);
    let query = search::Query::parse(&q.q);
    let category = q.category.trim().to_owned();
    // Problem areas that some open service is tagged with.
    let open = |s: &&Row| matches!(s.text("status"), Some("active" | "temporarily closed"));
    let services: Vec<&Row> = rows.iter().filter(|r| r.obj.name == "service").filter(open).collect();
    let mut terms: Vec<(String, String)> = services
        .iter()
        .flat_map(|s| ix.referring("attribute", "link_id", s.id()))
        .filter_map(|a| a.text("taxonomy_term_id").and_then(|id| ix.get("taxonomy_term", id)))
        .map(|t| (t.id().to_owned(), text(t, "name")))
        .collect();
    terms.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    terms.dedup();
    let categories = terms
        .iter()
        .map(|(id, name)| Opt { value: id.clone(), label: name.clone(), selected: *id == category })
        .collect();
    let mut found: Vec<&Row> = services
        .into_iter()
        .filter(|s| {
            category.is_empty()
                || ix
                    .referring("attribute", "link_id", s.id())
                    .iter()
                    .any(|a| a.text("taxonomy_term_id") == Some(category.as_str()))
        })
        .filter(|s| query.is_empty() || query.matches(&search::index(&searchable(&ix, s))))
        .collect();
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = q.page.trim().parse::<usize>().unwrap_or(1).clamp(1, pages);
    found.sort_by_key(|s| text(s, "name").to_lowercase());
    let hits: Vec<Hit> = found.iter().skip((page - 1) * PER_PAGE).take(PER_PAGE).map(|s| hit(&c, &ix, s)).collect();
    let base =
        format!("q={}&category={}", crate::pages::encode_component(&q.q), crate::pages::encode_component(&category));
    let page_of = c.t.args("support-page-of", &[("page", page.to_string()), ("pages", pages.to_string())]);
    Ok(SearchPage {
        page_of,
        searched: !q.q.trim().is_empty() || !category.is_empty(),
        q: q.q,
        categories,
        hits,
        total,
        page,
        pages,
        prev_query: format!("{base}&page={}", page.saturating_sub(1).max(1)),
        next_query: format!("{base}&page={}", (page + 1).min(pages)),
        c,
    })
}
