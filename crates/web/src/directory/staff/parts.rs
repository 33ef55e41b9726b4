//! What a service already has that the service form edits: its own rows in the directory, found
//! by what they are, and how a field of a row reads as form text.
use lotsen_domain::directory::DAYS;
use lotsen_hsds::{Index, Row};
use lotsen_store::translation_term_id;
use serde_json::Value;

/// What a service already has that the form edits: its own rows, found by what they are.
#[derive(Default)]
pub(super) struct Parts<'a> {
    pub(super) service: Option<&'a Row>,
    pub(super) phone: Option<&'a Row>,
    pub(super) sal: Option<&'a Row>,
    pub(super) location: Option<&'a Row>,
    pub(super) address: Option<&'a Row>,
    pub(super) accessibility: Option<&'a Row>,
    /// Its weekly schedules, by their first day and opening time: one per line of the form.
    pub(super) schedules: Vec<&'a Row>,
    pub(super) cost: Option<&'a Row>,
    pub(super) languages: Vec<&'a Row>,
    /// Attributes tagging the service with one of the unit's categories.
    pub(super) categories: Vec<&'a Row>,
    /// Attributes carrying its English and Arabic text: ((field, lang), row).
    pub(super) translations: Vec<((String, String), &'a Row)>,
}

pub(super) fn parts<'a>(ix: &'a Index, id: &str, category_terms: &[String]) -> Parts<'a> {
    let service = ix.get("service", id);
    let sal = ix.referring("service_at_location", "service_id", id).into_iter().next();
    let location = sal.and_then(|x| x.text("location_id")).and_then(|l| ix.get("location", l));
    let address = location.and_then(|l| ix.referring("address", "location_id", l.id()).into_iter().next());
    let attributes = ix.referring("attribute", "link_id", id);
    let mut translations = Vec::new();
    for a in &attributes {
        for lang in ["en", "ar"] {
            for field in lotsen_store::TRANSLATED {
                if a.text("taxonomy_term_id") == Some(translation_term_id(lang, field).as_str()) {
                    translations.push(((field.to_owned(), lang.to_owned()), *a));
                }
            }
        }
    }
    Parts {
        service,
        phone: ix.referring("phone", "service_id", id).into_iter().next(),
        sal,
        location,
        address,
        accessibility: location.and_then(|l| ix.referring("accessibility", "location_id", l.id()).into_iter().next()),
        schedules: {
            let mut list = ix.referring("schedule", "service_id", id);
            let first_day = |x: &Row| days_of(Some(x)).first().and_then(|d| DAYS.iter().position(|y| y == d));
            list.sort_by_cached_key(|x| (first_day(x), t(Some(x), "opens_at"), x.id().to_owned()));
            list
        },
        cost: ix.referring("cost_option", "service_id", id).into_iter().next(),
        languages: ix.referring("language", "service_id", id),
        categories: attributes
            .iter()
            .copied()
            .filter(|a| a.text("taxonomy_term_id").is_some_and(|t| category_terms.iter().any(|c| c == t)))
            .collect(),
        translations,
    }
}

pub(super) fn t(r: Option<&Row>, k: &str) -> String {
    r.and_then(|r| r.text(k)).unwrap_or_default().to_owned()
}

/// A schedule's days, as the form's codes, Monday first ("1MO" and "-1FR" count as their day).
pub(super) fn days_of(r: Option<&Row>) -> Vec<String> {
    let byday = t(r, "byday");
    DAYS.iter()
        .filter(|d| {
            byday
                .split(',')
                .map(|x| x.trim().trim_start_matches(['-', '+', '0', '1', '2', '3', '4', '5']))
                .any(|x| x == **d)
        })
        .map(|d| (*d).to_owned())
        .collect()
}

/// A schedule's time as `HH:MM`.
pub(super) fn clock_of(r: Option<&Row>, k: &str) -> String {
    t(r, k).chars().take(5).collect()
}

pub(super) fn n(r: Option<&Row>, k: &str) -> String {
    r.and_then(|r| r.fields.get(k)).and_then(Value::as_f64).map(|x| format!("{x}")).unwrap_or_default()
}
