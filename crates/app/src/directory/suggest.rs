//! Suggestions on a case: services of the directory tagged with the case's problem categories,
//! open now or within a week, in the resident's language, fitting the case's age group. Internal
//! entries count too (staff see them); retired and closed ones do not. The language is asked in
//! the panel and not stored on the case.
use chrono::NaiveDateTime;
use lotsen_domain::ids::UnitId;
use lotsen_hsds::{Index, Row};

use super::cache::{Snapshot, is_open, service_terms};
pub use super::languages::{language_code, languages};
use super::opening;

/// How many suggestions are shown.
pub const SHOWN: usize = 6;

/// What the case says about the help needed.
pub struct Needs {
    /// The case's unit: another unit's internal services are not for it.
    pub unit_id: UnitId,
    /// The main category's term.
    pub main: Option<String>,
    /// The secondary categories' terms.
    pub secondary: Vec<String>,
    /// The age group's bounds in whole years (max open for the oldest).
    pub age: Option<(i32, Option<i32>)>,
    /// The resident's language (ISO 639-1), if asked.
    pub language: Option<String>,
}

/// A suggested service.
pub struct Suggestion {
    pub id: String,
    /// In the reader's language where the directory has it.
    pub name: String,
    pub organization: String,
    /// When it is open next within a week (now, if it is open): opens, closes.
    pub open: Option<(NaiveDateTime, NaiveDateTime)>,
    /// The languages it is given in: (code, name given).
    pub languages: Vec<(String, String)>,
    pub internal: bool,
}

/// A service's schedules: its own and those at its places.
pub fn schedules<'a>(ix: &'a Index, s: &Row) -> Vec<&'a Row> {
    let mut out = ix.referring("schedule", "service_id", s.id());
    for sal in ix.referring("service_at_location", "service_id", s.id()) {
        out.extend(ix.referring("schedule", "service_at_location_id", sal.id()));
    }
    out.sort_by(|a, b| a.id().cmp(b.id()));
    out.dedup_by(|a, b| a.id() == b.id());
    out
}

fn fits_age(s: &Row, age: Option<(i32, Option<i32>)>) -> bool {
    let Some((min, max)) = age else { return true };
    let num = |k: &str| s.fields.get(k).and_then(serde_json::Value::as_f64);
    let too_old = num("maximum_age").is_some_and(|m| (min as f64) > m);
    let too_young = match (num("minimum_age"), max) {
        (Some(m), Some(max)) => (max as f64) < m,
        _ => false,
    };
    !too_old && !too_young
}

/// The services to suggest, best first: main category 2, a secondary one 1, open now 2, opening
/// within a week 1, offered in the resident's language 2. A service that names its languages and
/// not the resident's is left out; one that names none stays, below those that do.
/// `lang` is the reader's language code, for the services' names.
pub fn suggest(snap: &Snapshot, needs: &Needs, now: NaiveDateTime, lang: &str) -> Vec<Suggestion> {
    let ix = &snap.all;
    type Scored<'a> = (i32, String, &'a Row, Option<(NaiveDateTime, NaiveDateTime)>, Vec<(String, String)>);
    let mut scored: Vec<Scored> = Vec::new();
    let usable =
        |s: &&Row| is_open(s) && !snap.flags.retired.contains(s.id()) && snap.flags.seen_by(needs.unit_id, s.id());
    for s in ix.all("service").filter(usable) {
        let tags: Vec<&str> = service_terms(ix, s).iter().map(|x| x.id()).collect();
        let main = needs.main.as_deref().is_some_and(|m| tags.contains(&m));
        let secondary = needs.secondary.iter().any(|x| tags.contains(&x.as_str()));
        if !(main || secondary) || !fits_age(s, needs.age) {
            continue;
        }
        let langs = languages(ix, s);
        let speaks = needs.language.as_ref().map(|l| langs.iter().any(|(code, _)| code == l));
        if speaks == Some(false) && !langs.is_empty() {
            continue;
        }
        let open = opening::soonest(schedules(ix, s), now, 7);
        let mut score = if main { 2 } else { 1 };
        score += match open {
            Some((o, _)) if o <= now => 2,
            Some(_) => 1,
            None => 0,
        };
        if speaks == Some(true) {
            score += 2;
        }
        let name = super::cache::translated(ix, s, "name", lang).or(s.text("name")).unwrap_or_default().to_owned();
        scored.push((score, name, s, open, langs));
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(SHOWN)
        .map(|(_, name, s, open, langs)| Suggestion {
            id: s.id().to_owned(),
            organization: s
                .text("organization_id")
                .and_then(|id| ix.get("organization", id))
                .and_then(|o| o.text("name"))
                .unwrap_or_default()
                .to_owned(),
            open,
            languages: langs,
            internal: snap.flags.internal.contains(s.id()),
            name,
        })
        .collect()
}
