//! The choices a form offers (selects, radio buttons) from the unit's lists and the domain's codes,
//! and reading a chosen id back.
use lotsen_domain::Invalid;
use lotsen_domain::ids::ListEntryId;
use lotsen_domain::lists::ListKind;
use lotsen_domain::locale::Locale;
use lotsen_store::Lists;

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

/// What the choosable entries of a list mean, as (label, hint), for those that say.
pub fn hints(lists: &Lists, kind: ListKind, locale: Locale) -> Vec<(String, String)> {
    lists.active(kind).filter_map(|e| e.hint(locale).map(|h| (e.label(locale).to_owned(), h.to_owned()))).collect()
}

/// The label of a list entry by id, for showing a stored value.
pub fn label(lists: &Lists, id: ListEntryId, locale: Locale) -> String {
    lists.get(id).map(|e| e.label(locale).to_owned()).unwrap_or_else(|| format!("#{id}"))
}

/// Parses an id chosen in a form and checks it is a choosable entry of that list.
pub fn pick(lists: &Lists, kind: ListKind, raw: &str) -> Result<ListEntryId, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Invalid::new("error-choose"));
    }
    raw.parse::<ListEntryId>()
        .ok()
        .and_then(|id| lists.choosable(kind, id))
        .map(|e| e.id)
        .ok_or(Invalid::new("error-choose"))
}

/// `keep` lets an existing record keep a list value that has since been retired.
pub fn pick_keep(lists: &Lists, kind: ListKind, raw: &str, keep: Option<ListEntryId>) -> Result<ListEntryId, Invalid> {
    match (raw.trim().parse::<ListEntryId>(), keep) {
        (Ok(id), Some(k)) if id == k => Ok(id),
        _ => pick(lists, kind, raw),
    }
}
