//! The languages a service of the directory is offered in, as the codes Lotsen speaks of.
use lotsen_hsds::{Index, Row};

/// ISO 639-2 codes as the 639-1 codes Lotsen speaks of.
pub fn language_code(code: &str) -> String {
    match code.trim().to_lowercase().as_str() {
        "swe" => "sv".into(),
        "eng" => "en".into(),
        "ara" => "ar".into(),
        c => c.to_owned(),
    }
}

/// The languages a service is offered in: (639-1 code where known, the name given).
pub fn languages(ix: &Index, s: &Row) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ix
        .referring("language", "service_id", s.id())
        .iter()
        .filter_map(|l| {
            let name = l.text("name").unwrap_or_default().to_owned();
            let code = l.text("code").map(language_code).unwrap_or_else(|| name.to_lowercase());
            (!code.is_empty()).then_some((code, name))
        })
        .collect();
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}
