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
    pub areas: Vec<(String, String)>,
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
    async fn read(store: &Store, version: i64) -> Result<Self, StoreError> {
        let rows = store.directory_rows().await?;
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
            })
            .collect();
        let mut areas: Vec<(String, String)> = open
            .iter()
            .flat_map(|s| terms(&public, s))
            .map(|t| (t.id().to_owned(), t.text("name").unwrap_or_default().to_owned()))
            .collect();
        areas.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        areas.dedup();
        Ok(Snapshot { version, all: Index::new(rows), public, flags, findable, areas })
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
    pub async fn get(&self, store: &Store) -> Result<Arc<Snapshot>, StoreError> {
        let version = store.directory_version().await?;
        if let Some(s) = self.kept(version) {
            return Ok(s);
        }
        let _one = self.reading.lock().await;
        if let Some(s) = self.kept(version) {
            return Ok(s);
        }
        // The version is read before the rows: a change in between makes the next request read again.
        let s = Arc::new(Snapshot::read(store, version).await?);
        if let Ok(mut current) = self.current.write() {
            *current = Some(s.clone());
        }
        Ok(s)
    }
}
