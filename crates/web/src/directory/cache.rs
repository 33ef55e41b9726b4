//! The directory as searches read it: kept in memory and shared between requests, read afresh
//! when the directory's version (raised by every change, on any node) moves on. A request costs
//! one small query for the version; a city's 10,000 services are searched without reading them.
use std::collections::BTreeSet;
use std::sync::{Arc, RwLock};

use lotsen_domain::search;
use lotsen_hsds::{Index, Row};
use lotsen_store::{DirectoryFlags, Store, StoreError};
use serde_json::Value;

/// A service as the public search finds it.
pub struct Findable {
    /// Its row in [`Snapshot::public`].
    pub id: String,
    /// Every stem of its text, its organisation's name, its places and problem areas.
    pub stems: BTreeSet<String>,
    /// The taxonomy terms it is tagged with.
    pub terms: Vec<String>,
    /// The languages it is given in (639-1 codes where known).
    pub languages: Vec<String>,
    /// Free (every cost option is 0), with a fee, or not said.
    pub free: Option<bool>,
    /// Where it is: the towns and districts of its addresses and the names of its service areas.
    pub places: Vec<String>,
}

/// One reading of the whole directory.
pub struct Snapshot {
    pub version: i64,
    /// Everything, for staff.
    pub all: Index,
    /// What the public may see: no internal entries, no retired services, nor what hangs on them.
    pub public: Index,
    pub flags: DirectoryFlags,
    /// Public services that are active or temporarily closed, by name.
    pub findable: Vec<Findable>,
    /// The problem areas those services are tagged with: (term id, name), by name.
    pub categories: Vec<(String, String)>,
    /// The languages they are given in: (code, name given), by code.
    pub languages: Vec<(String, String)>,
    /// The towns, districts and areas they are in, by name.
    pub places: Vec<String>,
}

/// Free when every cost option is 0, with a fee when one is not, unknown without any.
pub fn free(ix: &Index, s: &Row) -> Option<bool> {
    let costs = ix.referring("cost_option", "service_id", s.id());
    (!costs.is_empty()).then(|| costs.iter().all(|x| x.fields.get("amount").and_then(Value::as_f64) == Some(0.0)))
}

/// The towns and districts of a service's addresses, and its service areas' names.
pub fn places(ix: &Index, s: &Row) -> Vec<String> {
    let mut out = Vec::new();
    for sal in ix.referring("service_at_location", "service_id", s.id()) {
        if let Some(l) = sal.text("location_id") {
            for a in ix.referring("address", "location_id", l) {
                out.extend(["city", "region"].iter().filter_map(|k| a.text(k)).map(|x| x.trim().to_owned()));
            }
        }
    }
    out.extend(
        ix.referring("service_area", "service_id", s.id())
            .iter()
            .filter_map(|a| a.text("name"))
            .map(|x| x.trim().to_owned()),
    );
    out.retain(|x| !x.is_empty());
    out.sort();
    out.dedup();
    out
}

/// Open for new referrals and searches: active or temporarily closed.
pub fn is_open(s: &Row) -> bool {
    matches!(s.text("status"), Some("active" | "temporarily closed"))
}

/// The text a service is found by: its own, its organisation's name, its places and problem areas.
pub fn searchable(ix: &Index, s: &Row) -> String {
    let mut parts: Vec<&str> = s.fields.values().filter_map(Value::as_str).collect();
    if let Some(o) = s.text("organization_id").and_then(|id| ix.get("organization", id)) {
        parts.extend(o.text("name"));
    }
    for t in terms(ix, s) {
        parts.extend(t.text("name"));
    }
    // English and Arabic text, carried as attributes.
    for a in ix.referring("attribute", "link_id", s.id()) {
        if a.text("link_type") == Some("translation") {
            parts.extend(a.text("value"));
        }
    }
    for sal in ix.referring("service_at_location", "service_id", s.id()) {
        if let Some(l) = sal.text("location_id").and_then(|id| ix.get("location", id)) {
            parts.extend(l.text("name"));
        }
    }
    parts.join(" ")
}

/// The taxonomy terms a service is tagged with.
pub fn terms<'a>(ix: &'a Index, s: &Row) -> Vec<&'a Row> {
    ix.referring("attribute", "link_id", s.id())
        .into_iter()
        .filter_map(|a| a.text("taxonomy_term_id").and_then(|id| ix.get("taxonomy_term", id)))
        .collect()
}

/// A field of a row in a language: the translation carried as an attribute, if there is one.
pub fn translated<'a>(ix: &'a Index, r: &Row, field: &str, lang: &str) -> Option<&'a str> {
    if lang == "sv" {
        return None;
    }
    let term = lotsen_store::translation_term_id(lang, field);
    ix.referring("attribute", "link_id", r.id())
        .into_iter()
        .find(|a| a.text("taxonomy_term_id") == Some(term.as_str()))
        .and_then(|a| a.text("value"))
}

impl Snapshot {
    async fn read(store: &Store, version: i64, base_url: &str) -> Result<Self, StoreError> {
        let mut rows = store.directory_rows().await?;
        // Each unit's own service from its drop-in plan; what staff stored under the same id wins.
        let stored: std::collections::HashSet<(&str, String)> =
            rows.iter().map(|r| (r.obj.name, r.id().to_owned())).collect();
        let own: Vec<Row> = super::own::rows(store, base_url)
            .await?
            .into_iter()
            .filter(|r| !stored.contains(&(r.obj.name, r.id().to_owned())))
            .collect();
        rows.extend(own);
        let flags = store.directory_flags().await?;
        let public_rows: Vec<Row> = rows
            .iter()
            .filter(|r| {
                !flags.hidden(r.id())
                    && !r.obj.columns.iter().any(|c| {
                        c.name != "id"
                            && c.format == "uuid"
                            && r.fields.get(c.name).and_then(Value::as_str).is_some_and(|v| flags.hidden(v))
                    })
            })
            .cloned()
            .collect();
        let public = Index::new(public_rows);
        let mut open: Vec<&Row> = public.all("service").filter(|s| is_open(s)).collect();
        open.sort_by_cached_key(|s| (search::fold(s.text("name").unwrap_or_default()), s.id().to_owned()));
        let findable: Vec<Findable> = open
            .iter()
            .map(|s| Findable {
                id: s.id().to_owned(),
                stems: search::index(&searchable(&public, s)),
                terms: terms(&public, s).iter().map(|t| t.id().to_owned()).collect(),
                languages: super::suggest::languages(&public, s).into_iter().map(|(code, _)| code).collect(),
                free: free(&public, s),
                places: places(&public, s),
            })
            .collect();
        let mut categories: Vec<(String, String)> = open
            .iter()
            .flat_map(|s| terms(&public, s))
            .map(|t| (t.id().to_owned(), t.text("name").unwrap_or_default().to_owned()))
            .collect();
        categories.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        categories.dedup();
        let mut languages: Vec<(String, String)> =
            open.iter().flat_map(|s| super::suggest::languages(&public, s)).collect();
        languages.sort();
        languages.dedup_by(|a, b| a.0 == b.0);
        let mut places: Vec<String> = findable.iter().flat_map(|f| f.places.iter().cloned()).collect();
        places.sort_by_cached_key(|p| search::fold(p));
        places.dedup();
        Ok(Snapshot { version, all: Index::new(rows), public, flags, findable, categories, languages, places })
    }
}

/// The kept reading, replaced when the directory changes.
#[derive(Default)]
pub struct DirectoryCache {
    current: RwLock<Option<Arc<Snapshot>>>,
    reading: tokio::sync::Mutex<()>,
}

impl DirectoryCache {
    fn kept(&self, version: i64) -> Option<Arc<Snapshot>> {
        self.current.read().ok()?.as_ref().filter(|s| s.version == version).cloned()
    }

    /// The directory as it is now: the kept reading if the version is the same, else a new one
    /// (one request reads it; the others wait for it).
    pub async fn get(&self, store: &Store, base_url: &str) -> Result<Arc<Snapshot>, StoreError> {
        let version = store.directory_version().await?;
        if let Some(s) = self.kept(version) {
            return Ok(s);
        }
        let _one = self.reading.lock().await;
        if let Some(s) = self.kept(version) {
            return Ok(s);
        }
        // The version is read before the rows: a change in between makes the next request read again.
        let s = Arc::new(Snapshot::read(store, version, base_url).await?);
        if let Ok(mut current) = self.current.write() {
            *current = Some(s.clone());
        }
        Ok(s)
    }
}
