//! The directory as searches read it: kept in memory and shared between requests, read afresh
//! when the directory's version (raised by every change, on any node) moves on. A request costs
//! one small query for the version; a city's 10,000 services are searched without reading them.
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use lotsen_domain::locale::Locale;
use lotsen_domain::search::{self, Bits};
use lotsen_hsds::{Index, Row};
use lotsen_store::{DirectoryFlags, Store, StoreError};
use serde_json::Value;

/// Services found by their text at once (see [`search::Inverted`]), each by its number: its place
/// in `ids`, which are in the order of their names.
pub struct Texts {
    pub ids: Vec<String>,
    numbers: HashMap<String, usize>,
    text: search::Inverted,
}

impl Texts {
    /// The services of `ix`, in the order of their names, by the text [`searchable`] gives.
    fn new<'a>(ix: &Index, services: impl IntoIterator<Item = &'a Row>) -> Self {
        let mut services: Vec<&Row> = services.into_iter().collect();
        services.sort_by_cached_key(|s| (search::fold(s.text("name").unwrap_or_default()), s.id().to_owned()));
        Texts::of(services.iter().map(|s| (s.id().to_owned(), searchable(ix, s))).collect())
    }

    /// Rows by the text given for each, in the order given.
    fn of(items: Vec<(String, String)>) -> Self {
        let (ids, texts): (Vec<String>, Vec<String>) = items.into_iter().unzip();
        let numbers = ids.iter().enumerate().map(|(n, id)| (id.clone(), n)).collect();
        Texts { text: search::Inverted::new(texts), ids, numbers }
    }

    /// Whether the query matches row `id`'s text.
    pub fn matches(&self, found: &Bits, id: &str) -> bool {
        self.number(id).is_some_and(|n| found.contains(n))
    }

    /// The services whose text the query matches (all for an empty query).
    pub fn find(&self, q: &search::Query) -> Bits {
        self.text.find(q)
    }

    pub fn number(&self, id: &str) -> Option<usize> {
        self.numbers.get(id).copied()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// What a resident narrows Hitta stöd by, besides the text; an empty value does not narrow.
#[derive(Debug, Default)]
pub struct Filters<'a> {
    /// A taxonomy term's id.
    pub category: &'a str,
    pub language: &'a str,
    /// `free` or `fee`.
    pub cost: &'a str,
    pub place: &'a str,
}

/// The public services, any status, with what they are filtered by as sets of their numbers.
pub struct Finder {
    pub texts: Texts,
    /// Active or temporarily closed: open for referrals, and what Hitta stöd shows.
    open: Bits,
    terms: HashMap<String, Bits>,
    languages: HashMap<String, Bits>,
    places: HashMap<String, Bits>,
    free: Bits,
    fee: Bits,
}

impl Finder {
    fn new(ix: &Index) -> Self {
        let texts = Texts::new(ix, ix.all("service"));
        let n = texts.len();
        let (mut open, mut free, mut fee) = (Bits::none(n), Bits::none(n), Bits::none(n));
        let mut terms: HashMap<String, Bits> = HashMap::new();
        let mut languages: HashMap<String, Bits> = HashMap::new();
        let mut at: HashMap<String, Bits> = HashMap::new();
        let add = |map: &mut HashMap<String, Bits>, key: String, number: usize| {
            map.entry(key).or_insert_with(|| Bits::none(n)).insert(number);
        };
        for (number, id) in texts.ids.iter().enumerate() {
            let Some(s) = ix.get("service", id) else { continue };
            if is_open(s) {
                open.insert(number);
            }
            match free_of_charge(ix, s) {
                Some(true) => free.insert(number),
                Some(false) => fee.insert(number),
                None => {}
            }
            for t in service_terms(ix, s) {
                add(&mut terms, t.id().to_owned(), number);
            }
            for (code, _) in super::languages::languages(ix, s) {
                add(&mut languages, code, number);
            }
            for p in places(ix, s) {
                add(&mut at, p, number);
            }
        }
        Finder { texts, open, terms, languages, places: at, free, fee }
    }

    /// The services the query and every filter given match; only the open ones if `open_only`.
    pub fn find(&self, q: &search::Query, f: &Filters, open_only: bool) -> Bits {
        let n = self.texts.len();
        let mut found = self.texts.find(q);
        if open_only {
            found.and(&self.open);
        }
        let none = Bits::none(n);
        for (map, key) in [(&self.terms, f.category), (&self.languages, f.language), (&self.places, f.place)] {
            if !key.is_empty() {
                found.and(map.get(key).unwrap_or(&none));
            }
        }
        match f.cost {
            "free" => found.and(&self.free),
            "fee" => found.and(&self.fee),
            _ => {}
        }
        found
    }
}

/// The rendered cards of Hitta stöd, one slot per service and language, filled when first shown.
pub struct Cards([Vec<OnceLock<Arc<str>>>; 3]);

impl Cards {
    fn new(n: usize) -> Self {
        Cards(std::array::from_fn(|_| (0..n).map(|_| OnceLock::new()).collect()))
    }

    /// Service `number`'s card in `locale`, rendered by `render` the first time.
    pub fn get(&self, locale: Locale, number: usize, render: impl FnOnce() -> String) -> Arc<str> {
        let slot = Locale::ALL.iter().position(|l| *l == locale).and_then(|i| self.0[i].get(number));
        match slot {
            Some(slot) => slot.get_or_init(|| Arc::from(render())).clone(),
            None => Arc::from(render()),
        }
    }
}

/// One reading of the whole directory.
pub struct Snapshot {
    pub version: i64,
    /// Everything, for staff.
    pub all: Index,
    /// What the public may see: no internal entries, no retired services, nor what hangs on them.
    pub public: Index,
    pub flags: DirectoryFlags,
    /// The public services by their text, status, problem areas, languages, cost and place.
    pub finder: Finder,
    /// Hitta stöd's cards, by the finder's numbers.
    pub cards: Cards,
    /// Every service by its text, for staff (made when staff first search after a change).
    staff: OnceLock<Texts>,
    /// The public rows of [`API_TEXTS`] by their text, for the API's `search` (made when first asked for).
    api: [OnceLock<Texts>; 4],
    /// The problem areas those services are tagged with: (term id, name), by name.
    pub categories: Vec<(String, String)>,
    /// The languages they are given in: (code, name given), by code.
    pub languages: Vec<(String, String)>,
    /// The towns, districts and areas they are in, by name.
    pub places: Vec<String>,
}

/// Whether a row is shown where `keep` says which entries are: the row itself and every entry it
/// hangs on (a phone of an internal service is as internal as the service).
pub fn shown(r: &Row, keep: impl Fn(&str) -> bool) -> bool {
    keep(r.id())
        && !r.obj.columns.iter().any(|c| {
            c.name != "id"
                && c.format == "uuid"
                && r.fields.get(c.name).and_then(Value::as_str).is_some_and(|v| !keep(v))
        })
}

/// Free when every cost option is 0, with a fee when one is not, unknown without any.
pub fn free_of_charge(ix: &Index, s: &Row) -> Option<bool> {
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
    for t in service_terms(ix, s) {
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
pub fn service_terms<'a>(ix: &'a Index, s: &Row) -> Vec<&'a Row> {
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
        let started = std::time::Instant::now();
        let mut rows = store.directory_rows().await?;
        let read_ms = started.elapsed().as_millis();
        let mut flags = store.directory_flags().await?;
        // Each unit's own service from its drop-in plan. What its staff stored under the same id
        // wins; what another unit stored under it is left out, so no unit can stand in for another.
        let (own, own_units) = super::own::rows(store, base_url).await?;
        rows.retain(|r| own_units.get(r.id()).is_none_or(|u| flags.owners.get(r.id()) == Some(u)));
        let stored: std::collections::HashSet<(&str, String)> =
            rows.iter().map(|r| (r.obj.name, r.id().to_owned())).collect();
        let own: Vec<Row> = own.into_iter().filter(|r| !stored.contains(&(r.obj.name, r.id().to_owned()))).collect();
        rows.extend(own);
        // A unit's own entries are its own before staff first save them.
        flags.owners.extend(own_units);
        let public_rows: Vec<Row> = rows.iter().filter(|r| shown(r, |id| !flags.hidden(id))).cloned().collect();
        let public = Index::new(public_rows);
        let finder = Finder::new(&public);
        let open: Vec<&Row> = finder.open.iter().filter_map(|n| public.get("service", &finder.texts.ids[n])).collect();
        let mut categories: Vec<(String, String)> = open
            .iter()
            .flat_map(|s| service_terms(&public, s))
            .map(|t| (t.id().to_owned(), t.text("name").unwrap_or_default().to_owned()))
            .collect();
        categories.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        categories.dedup();
        let mut languages: Vec<(String, String)> =
            open.iter().flat_map(|s| super::languages::languages(&public, s)).collect();
        languages.sort();
        languages.dedup_by(|a, b| a.0 == b.0);
        let mut places: Vec<String> = open.iter().flat_map(|s| places(&public, s)).collect();
        places.sort_by_cached_key(|p| (search::fold(p), p.clone()));
        places.dedup();
        let cards = Cards::new(finder.texts.len());
        tracing::info!(
            version,
            rows = rows.len(),
            services = finder.texts.len(),
            read_ms,
            total_ms = started.elapsed().as_millis(),
            "directory read"
        );
        Ok(Snapshot {
            version,
            all: Index::new(rows),
            public,
            flags,
            finder,
            cards,
            staff: OnceLock::new(),
            api: Default::default(),
            categories,
            languages,
            places,
        })
    }

    /// The public rows of `kind` (one of [`API_TEXTS`]) by the text of their own fields; a service at
    /// a location also by its service's and location's. `None` for another kind.
    pub fn api_texts(&self, kind: &str) -> Option<&Texts> {
        let i = API_TEXTS.iter().position(|k| *k == kind)?;
        Some(self.api[i].get_or_init(|| {
            let ix = &self.public;
            let own = |r: &Row| r.fields.values().filter_map(Value::as_str).collect::<Vec<_>>().join(" ");
            let items = ix
                .all(kind)
                .map(|r| {
                    let mut text = own(r);
                    for (field, target) in [("service_id", "service"), ("location_id", "location")] {
                        if kind == "service_at_location"
                            && let Some(x) = r.text(field).and_then(|id| ix.get(target, id))
                        {
                            text.push(' ');
                            text.push_str(&own(x));
                        }
                    }
                    (r.id().to_owned(), text)
                })
                .collect();
            Texts::of(items)
        }))
    }

    /// Every service, public or not, by its text and in the order of their names.
    pub fn staff_texts(&self) -> &Texts {
        self.staff.get_or_init(|| Texts::new(&self.all, self.all.all("service")))
    }
}

/// The kinds the API searches by their own text (services are searched by [`Finder`]).
pub const API_TEXTS: [&str; 4] = ["organization", "taxonomy", "taxonomy_term", "service_at_location"];

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
