//! "Hitta stöd": the public search of the support directory. No sign-in and no JavaScript; a GET
//! form with free text (tolerant of inflections and of missing å/ä/ö) and a problem area; each
//! service with how to reach it, where, when and in which languages. Active and temporarily closed
//! services only. Small enough for a slow phone and printable.
use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use lotsen_domain::search;
use lotsen_hsds::{Index, Row};
use serde::Deserialize;

use super::cache::Filters;
use crate::error::AppResult;
use crate::forms::Opt;
use crate::i18n::Tr;
use crate::pages::Chrome;
use crate::state::AppState;

/// Results a page.
pub const PER_PAGE: usize = 20;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
    category: String,
    language: String,
    cost: String,
    place: String,
    page: String,
}

/// Text and the language it is in (Swedish unless a translation was found).
pub struct Text {
    pub value: String,
    pub lang: &'static str,
}

/// One service as a resident reads it.
pub struct Hit {
    pub id: String,
    pub name: Text,
    pub organization: String,
    pub description: Text,
    pub who: Text,
    pub how: Text,
    pub closed: bool,
    pub alert: String,
    pub phones: Vec<String>,
    pub email: String,
    pub url: String,
    pub places: Vec<String>,
    /// How to get in and around each place.
    pub access: Vec<String>,
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
    languages: Vec<Opt>,
    costs: Vec<Opt>,
    places: Vec<Opt>,
    /// This page's cards, rendered.
    cards: Vec<Arc<str>>,
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

/// A field in the page's language where the service has it translated, else in Swedish.
fn in_language(c: &Chrome, ix: &Index, s: &Row, field: &str) -> Text {
    let lang = c.locale().code();
    match super::cache::translated(ix, s, field, lang) {
        Some(v) => Text { value: v.to_owned(), lang: c.locale().code() },
        None => Text { value: text(s, field), lang: "sv" },
    }
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
    let access: Vec<String> = locations
        .iter()
        .flat_map(|l| ix.referring("accessibility", "location_id", l.id()))
        .filter_map(|a| a.text("description").map(str::trim).filter(|x| !x.is_empty()))
        .map(|x| x.to_owned())
        .collect();
    let schedules = super::suggest::schedules(ix, s);
    let mut phones: Vec<String> =
        ix.referring("phone", "service_id", s.id()).iter().map(|p| text(p, "number")).collect();
    for l in &locations {
        phones.extend(ix.referring("phone", "location_id", l.id()).iter().map(|p| text(p, "number")));
    }
    phones.sort();
    phones.dedup();
    let free = super::cache::free_of_charge(ix, s);
    let organization = s
        .text("organization_id")
        .and_then(|id| ix.get("organization", id))
        .map(|o| text(o, "name"))
        .unwrap_or_default();
    let mut languages: Vec<String> = super::suggest::languages(ix, s)
        .iter()
        .map(|(code, name)| crate::views::labels::language_name(&c.t, code, name))
        .collect();
    languages.sort();
    Hit {
        id: s.id().to_owned(),
        name: in_language(c, ix, s, "name"),
        organization,
        description: in_language(c, ix, s, "description"),
        who: in_language(c, ix, s, "eligibility_description"),
        how: in_language(c, ix, s, "application_process"),
        closed: s.text("status") == Some("temporarily closed"),
        alert: text(s, "alert"),
        phones,
        email: text(s, "email"),
        url: text(s, "url"),
        places,
        access,
        hours: schedules.iter().filter_map(|x| hours(c, x)).collect(),
        languages,
        free,
    }
}

/// `GET /support`
pub async fn show(State(state): State<AppState>, c: Chrome, Query(q): Query<SearchQuery>) -> AppResult<SearchPage> {
    let snap = state.snapshot().await?;
    let ix = &snap.public;
    let query = search::Query::parse(&q.q);
    let category = q.category.trim().to_owned();
    let chosen = |raw: &str| raw.trim().to_owned();
    let (language, cost, place) = (chosen(&q.language), chosen(&q.cost), chosen(&q.place));
    let lang = c.locale().code();
    let mut categories: Vec<Opt> = snap
        .categories
        .iter()
        .map(|(id, name)| {
            let translated = ix.get("taxonomy_term", id).and_then(|t| super::cache::translated(ix, t, "name", lang));
            Opt { value: id.clone(), label: translated.unwrap_or(name).to_owned(), selected: *id == category }
        })
        .collect();
    categories.sort_by_cached_key(|o| search::fold(&o.label));
    let languages = snap
        .languages
        .iter()
        .map(|(code, name)| Opt {
            value: code.clone(),
            label: crate::views::labels::language_name(&c.t, code, name),
            selected: *code == language,
        })
        .collect();
    let costs = ["free", "fee"]
        .iter()
        .map(|x| Opt { value: (*x).to_owned(), label: c.t.get(format!("support-cost-{x}")), selected: *x == cost })
        .collect();
    let places =
        snap.places.iter().map(|p| Opt { value: p.clone(), label: p.clone(), selected: *p == place }).collect();
    let filters = Filters { category: &category, language: &language, cost: &cost, place: &place };
    let found = snap.finder.find(&query, &filters, true);
    let total = found.count();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = q.page.trim().parse::<usize>().unwrap_or(1).clamp(1, pages);
    let mut cards = Vec::with_capacity(PER_PAGE);
    for n in found.iter().skip((page - 1) * PER_PAGE).take(PER_PAGE) {
        let Some(s) = ix.get("service", &snap.finder.texts.ids[n]) else { continue };
        cards.push(snap.cards.get(c.locale(), n, || card(&c, ix, s)));
    }
    let enc = crate::links::encode_component;
    let base = format!(
        "q={}&category={}&language={}&cost={}&place={}",
        enc(&q.q),
        enc(&category),
        enc(&language),
        enc(&cost),
        enc(&place)
    );
    let page_of = c.t.args("support-page-of", &[("page", page.to_string()), ("pages", pages.to_string())]);
    Ok(SearchPage {
        page_of,
        searched: !q.q.trim().is_empty()
            || !category.is_empty()
            || !language.is_empty()
            || !cost.is_empty()
            || !place.is_empty(),
        q: q.q,
        categories,
        languages,
        costs,
        places,
        cards,
        total,
        page,
        pages,
        prev_query: format!("{base}&page={}", page.saturating_sub(1).max(1)),
        next_query: format!("{base}&page={}", (page + 1).min(pages)),
        c,
    })
}

/// What a card needs of the page: its messages.
struct Labels {
    t: Tr,
}

#[derive(Template)]
#[template(path = "directory/card_one.html")]
struct CardHtml<'a> {
    c: Labels,
    h: &'a Hit,
}

/// A service's card in the page's language, as HTML.
fn card(c: &Chrome, ix: &Index, s: &Row) -> String {
    let h = hit(c, ix, s);
    CardHtml { c: Labels { t: c.t }, h: &h }.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, service = s.id(), "a support card did not render");
        String::new()
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/service_public.html")]
pub struct ServicePage {
    c: Chrome,
    h: Hit,
}

/// `GET /support/{id}`: one service on a page of its own, to link to, share and print.
pub async fn service(
    State(state): State<AppState>,
    c: Chrome,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> AppResult<ServicePage> {
    let snap = state.snapshot().await?;
    let s = snap.public.get("service", id.trim()).ok_or(crate::error::AppError::NotFound)?;
    let h = hit(&c, &snap.public, s);
    Ok(ServicePage { c, h })
}
