//! The service form's fields that are checked together: the organisation, visibility, cost,
//! languages, the place with its address, and the English and Arabic texts.
use super::fields::{Errors, text};
use super::{Cost, Place, ServiceDraft};
use crate::Invalid;

/// An existing organisation's id, or the name of a new one; one of the two, not both.
pub(super) fn organization(d: &ServiceDraft<'_>, e: &mut Errors) -> Result<String, String> {
    let existing = d.organization.trim();
    let new = text("new_organization", d.new_organization, 200, false, e);
    match (existing.is_empty(), new) {
        (false, None) => Ok(existing.to_owned()),
        (true, Some(n)) => Err(n),
        (false, Some(_)) => {
            e.push(("new_organization", Invalid::new("error-organization-both")));
            Ok(String::new())
        }
        (true, None) => {
            if !e.iter().any(|(f, _)| *f == "new_organization") {
                e.push(("organization", Invalid::new("error-organization")));
            }
            Ok(String::new())
        }
    }
}

/// Whether the public sees the service.
pub(super) fn public(d: &ServiceDraft<'_>, e: &mut Errors) -> Option<bool> {
    match d.visibility.trim() {
        "public" => Some(true),
        "internal" => Some(false),
        _ => {
            e.push(("visibility", Invalid::new("error-choose")));
            None
        }
    }
}

pub(super) fn cost(d: &ServiceDraft<'_>, e: &mut Errors) -> Option<Cost> {
    match d.cost.trim() {
        "" | "unknown" => None,
        "free" => Some(Cost::Free),
        "fee" => Some(Cost::Fee),
        _ => {
            e.push(("cost", Invalid::new("error-choose")));
            None
        }
    }
}

/// The languages ticked and those typed as codes, lower case, sorted, each once.
pub(super) fn languages(d: &ServiceDraft<'_>, e: &mut Errors) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    for l in d.languages.iter().map(|l| l.trim().to_lowercase()) {
        if ["sv", "en", "ar"].contains(&l.as_str()) {
            languages.push(l);
        } else if !l.is_empty() {
            e.push(("languages", Invalid::new("error-choose")));
        }
    }
    for l in d.other_languages.split([',', ' ']).map(str::trim).filter(|l| !l.is_empty()) {
        let l = l.to_lowercase();
        if (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()) {
            languages.push(l);
        } else {
            e.push(("other_languages", Invalid::new("error-language-code")));
            break;
        }
    }
    languages.sort();
    languages.dedup();
    languages
}

/// Where the service is given: a named place, an address (all of it or none), or both, and how
/// to get in, which needs one of them.
pub(super) fn place(d: &ServiceDraft<'_>, e: &mut Errors) -> Option<Place> {
    let place_name = text("place", d.place, 200, false, e);
    let street = text("address", d.address, 200, false, e);
    let postal = text("postal_code", d.postal_code, 10, false, e);
    let city = text("city", d.city, 100, false, e);
    let county = text("county", d.county, 100, false, e);
    let any_address = street.is_some() || postal.is_some() || city.is_some();
    let address = if any_address {
        for (f, v) in [("address", &street), ("postal_code", &postal), ("city", &city), ("county", &county)] {
            if v.is_none() && !e.iter().any(|(x, _)| *x == f) {
                e.push((f, Invalid::new("error-required")));
            }
        }
        if let Some(p) = &postal
            && !(p.chars().filter(char::is_ascii_digit).count() == 5
                && p.chars().all(|c| c.is_ascii_digit() || c == ' '))
        {
            e.push(("postal_code", Invalid::new("error-postal-code")));
        }
        match (&street, &postal, &city, &county) {
            (Some(s), Some(p), Some(c), Some(k)) => Some((s.clone(), p.clone(), c.clone(), k.clone())),
            _ => None,
        }
    } else {
        None
    };
    let accessibility = text("accessibility", d.accessibility, 1000, true, e);
    match (place_name, address) {
        (Some(name), address) => Some(Place { name, address, accessibility }),
        (None, Some(a)) => Some(Place { name: a.0.clone(), address: Some(a), accessibility }),
        (None, None) => {
            if accessibility.is_some() && !e.iter().any(|(x, _)| ["place", "address"].contains(x)) {
                e.push(("accessibility", Invalid::new("error-accessibility-place")));
            }
            None
        }
    }
}

/// (field, language, text) for the English and Arabic texts typed.
pub(super) fn translations(d: &ServiceDraft<'_>, e: &mut Errors) -> Vec<(&'static str, &'static str, String)> {
    let mut translations = Vec::new();
    for (field, lang, value, max) in [
        ("name_en", "en", d.name_en, 200),
        ("name_ar", "ar", d.name_ar, 200),
        ("description_en", "en", d.description_en, 4000),
        ("description_ar", "ar", d.description_ar, 4000),
        ("application_process_en", "en", d.application_process_en, 4000),
        ("application_process_ar", "ar", d.application_process_ar, 4000),
    ] {
        if let Some(t) = text(field, value, max, true, e) {
            let base = field.trim_end_matches("_en").trim_end_matches("_ar");
            let base =
                ["name", "description", "application_process"].into_iter().find(|b| *b == base).unwrap_or("name");
            translations.push((base, lang, t));
        }
    }
    translations
}
