//! The case log: quick registration, the case list, the case page and the work on a case.
pub mod close;
pub mod edit;
pub mod form;
pub mod identity;
pub mod list;
pub mod new;
pub mod show;
pub mod work;

use chrono::NaiveDate;
use chrono_tz::Europe::Stockholm;
use lotsen_domain::lists::ListKind;
use lotsen_domain::locale::Locale;
use lotsen_store::Lists;

/// Today's date where the unit works.
pub fn today() -> NaiveDate {
    chrono::Utc::now().with_timezone(&Stockholm).date_naive()
}

/// One choice in a select or a group of radio buttons.
#[derive(Debug, Clone)]
pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The choosable entries of a list, with the current value selected. A retired entry that is the
/// current value stays in the list, marked, so editing an old case never loses it.
pub fn options(lists: &Lists, kind: ListKind, locale: Locale, current: &str) -> Vec<Opt> {
    lists
        .all(kind)
        .iter()
        .filter(|e| !e.retired || e.id.to_string() == current)
        .map(|e| Opt {
            value: e.id.to_string(),
            label: e.label(locale).to_owned(),
            selected: e.id.to_string() == current,
        })
        .collect()
}

/// Several may be chosen (secondary categories).
pub fn multi_options(lists: &Lists, kind: ListKind, locale: Locale, current: &[String]) -> Vec<Opt> {
    lists
        .all(kind)
        .iter()
        .filter(|e| !e.retired || current.contains(&e.id.to_string()))
        .map(|e| Opt {
            value: e.id.to_string(),
            label: e.label(locale).to_owned(),
            selected: current.contains(&e.id.to_string()),
        })
        .collect()
}

/// Fixed choices from the domain's codes, labelled through Fluent (`{prefix}-{code}`).
pub fn code_options(t: &crate::i18n::Tr, prefix: &str, codes: &[&'static str], current: &str) -> Vec<Opt> {
    codes
        .iter()
        .map(|c| Opt { value: (*c).to_owned(), label: t.get(format!("{prefix}-{c}")), selected: *c == current })
        .collect()
}

/// The label of a list entry by id, for showing a stored value.
pub fn label(lists: &Lists, id: i64, locale: Locale) -> String {
    lists.get(id).map(|e| e.label(locale).to_owned()).unwrap_or_else(|| format!("#{id}"))
}

/// Parses an id chosen in a form and checks it is a choosable entry of that list.
pub fn pick(lists: &Lists, kind: ListKind, raw: &str) -> Result<i64, lotsen_domain::Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(lotsen_domain::Invalid::new("error-choose"));
    }
    raw.parse::<i64>()
        .ok()
        .and_then(|id| lists.choosable(kind, id))
        .map(|e| e.id)
        .ok_or(lotsen_domain::Invalid::new("error-choose"))
}

/// The derived figures of a case (contacts, minutes, days to first meeting and to support).
pub fn figures_of(d: &lotsen_store::CaseDetail, lists: &Lists) -> lotsen_domain::case::CaseFigures {
    use lotsen_domain::case::{ContactFact, figures};
    let facts: Vec<ContactFact> = d
        .contacts
        .iter()
        .map(|ct| ContactFact {
            on: ct.on,
            minutes: ct.minutes.max(0) as u32,
            meeting: lists.get(ct.mode_id).is_some_and(|m| m.meeting),
        })
        .collect();
    let established: Vec<NaiveDate> = d.referrals.iter().filter_map(|r| r.established_on).collect();
    figures(d.case.first_contact_on, &facts, &established)
}
