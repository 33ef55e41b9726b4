//! Suggestions on a case: services of the directory tagged with the case's problem categories,
//! open now or within a week, in the resident's language, fitting the case's age group. Internal
//! entries count too (staff see them); retired and closed ones do not. The language is asked in
//! the panel and not stored on the case.
use chrono::{NaiveDateTime, Timelike};
use lotsen_hsds::{Index, Row};

use super::cache::{Snapshot, is_open, service_terms};
pub use super::languages::{language_code, languages};
use super::opening;
use crate::i18n::Tr;

/// How many suggestions are shown.
pub const SHOWN: usize = 6;

/// What the case says about the help needed.
pub struct Needs {
    /// The case's unit: another unit's internal services are not for it.
    pub unit_id: i64,
    /// The main category's term.
    pub main: Option<String>,
    /// The secondary categories' terms.
    pub secondary: Vec<String>,
    /// The age group's bounds in whole years (max open for the oldest).
    pub age: Option<(i32, Option<i32>)>,
    /// The resident's language (ISO 639-1), if asked.
    pub language: Option<String>,
}

/// A suggested service as the coordinator reads it.
pub struct Suggestion {
    pub id: String,
    pub name: String,
    pub organization: String,
    /// "Öppet nu, till 12:00", "Öppnar torsdag 09:00", or nothing known.
    pub when: String,
    pub languages: Vec<String>,
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

/// A language's name in the page's language for the three Lotsen speaks; else the name given.
pub fn language_name(t: &Tr, code: &str, given: &str) -> String {
    match code {
        "sv" | "en" | "ar" => t.get(format!("directory-language-{code}")),
        _ if !given.is_empty() => given.to_owned(),
        _ => code.to_owned(),
    }
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
pub fn suggest(snap: &Snapshot, needs: &Needs, now: NaiveDateTime, t: &Tr) -> Vec<Suggestion> {
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
        let name =
            super::cache::translated(ix, s, "name", t.locale.code()).or(s.text("name")).unwrap_or_default().to_owned();
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
            when: when(t, open, now),
            languages: langs.iter().map(|(code, name)| language_name(t, code, name)).collect(),
            internal: snap.flags.internal.contains(s.id()),
            name,
        })
        .collect()
}

fn hhmm(d: NaiveDateTime) -> String {
    format!("{:02}:{:02}", d.hour(), d.minute())
}

fn when(t: &Tr, open: Option<(NaiveDateTime, NaiveDateTime)>, now: NaiveDateTime) -> String {
    use chrono::Datelike;
    match open {
        Some((o, c)) if o <= now => t.args("suggest-open-now", &[("closes", hhmm(c))]),
        Some((o, _)) if o.date() == now.date() => t.args("suggest-opens-today", &[("time", hhmm(o))]),
        Some((o, _)) => t.args(
            "suggest-opens",
            &[("day", t.get(format!("weekday-{}", o.weekday().number_from_monday()))), ("time", hhmm(o))],
        ),
        None => String::new(),
    }
}
