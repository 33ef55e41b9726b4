//! What a unit tells residents on its public page, and what its privacy notice and accessibility
//! statement are generated from: the unit's own words in each language (plain text; web addresses
//! and e-mail addresses become links when shown), how to reach it, who is responsible for personal
//! data and whom to ask about it, and the accessibility review.
use chrono::NaiveDate;

use crate::Invalid;

/// The longest text of a unit's own, in characters.
pub const TEXT_MAX: usize = 2_000;
/// The longest one-line field (controller, address, contacts), in characters.
pub const LINE_MAX: usize = 200;

/// The unit's public information as checked; empty fields are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicInfo {
    /// About the service, in Swedish, English and Arabic (the page falls back to Swedish).
    pub about_sv: Option<String>,
    pub about_en: Option<String>,
    pub about_ar: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    /// The controller under GDPR: the committee ("nämnd") and municipality.
    pub controller: Option<String>,
    /// How to reach the data protection officer.
    pub dpo: Option<String>,
    /// Where to report accessibility problems.
    pub accessibility_contact: Option<String>,
    /// Known accessibility problems, plain text.
    pub accessibility_issues: Option<String>,
    /// The day the accessibility statement was last reviewed.
    pub reviewed_on: Option<NaiveDate>,
}

/// The fields as typed.
#[derive(Debug, Clone, Copy, Default)]
pub struct PublicDraft<'a> {
    pub about_sv: &'a str,
    pub about_en: &'a str,
    pub about_ar: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub address: &'a str,
    pub controller: &'a str,
    pub dpo: &'a str,
    pub accessibility_contact: &'a str,
    pub accessibility_issues: &'a str,
    pub reviewed_on: &'a str,
}

/// Plain text: no markup (`<` before a letter, `/` or `!` reads as a tag), no control characters
/// but line breaks, at most `max` characters. Empty is `None`.
fn plain(s: &str, max: usize, multiline: bool) -> Result<Option<String>, Invalid> {
    let s = s.trim().replace("\r\n", "\n");
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > max {
        return Err(Invalid::new(if multiline { "error-public-text-long" } else { "error-public-line-long" }));
    }
    if s.chars().any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t'))) {
        return Err(Invalid::new("error-text"));
    }
    let tag = s.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || b"/!".contains(&w[1])));
    if tag {
        return Err(Invalid::new("error-public-html"));
    }
    Ok(Some(s))
}

fn phone(s: &str) -> Result<Option<String>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let ok = s.len() <= 40
        && (5..=15).contains(&s.chars().filter(char::is_ascii_digit).count())
        && s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if ok { Ok(Some(s.to_owned())) } else { Err(Invalid::new("error-phone")) }
}

fn email(s: &str) -> Result<Option<String>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let ok = s.len() <= LINE_MAX
        && s.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        })
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'".contains(c));
    if ok { Ok(Some(s.to_owned())) } else { Err(Invalid::new("error-email")) }
}

fn day(s: &str, today: NaiveDate) -> Result<Option<NaiveDate>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    crate::case::parse_past_date(s, today).map(Some)
}

impl PublicInfo {
    /// Checks every field; each problem is named by its field, in the form's order.
    pub fn parse(d: &PublicDraft<'_>, today: NaiveDate) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let mut keep = |field: &'static str, r: Result<Option<String>, Invalid>| {
            r.map_err(|e| errors.push((field, e))).ok().flatten()
        };
        let info = PublicInfo {
            about_sv: keep("about_sv", plain(d.about_sv, TEXT_MAX, true)),
            about_en: keep("about_en", plain(d.about_en, TEXT_MAX, true)),
            about_ar: keep("about_ar", plain(d.about_ar, TEXT_MAX, true)),
            phone: keep("phone", phone(d.phone)),
            email: keep("email", email(d.email)),
            address: keep("address", plain(d.address, LINE_MAX, false)),
            controller: keep("controller", plain(d.controller, LINE_MAX, false)),
            dpo: keep("dpo", plain(d.dpo, LINE_MAX, false)),
            accessibility_contact: keep("accessibility_contact", plain(d.accessibility_contact, LINE_MAX, false)),
            accessibility_issues: keep("accessibility_issues", plain(d.accessibility_issues, TEXT_MAX, true)),
            reviewed_on: None,
        };
        let reviewed_on = match day(d.reviewed_on, today) {
            Ok(v) => v,
            Err(e) => {
                errors.push(("reviewed_on", e));
                None
            }
        };
        if errors.is_empty() { Ok(PublicInfo { reviewed_on, ..info }) } else { Err(errors) }
    }
}

/// One run of a text as shown: words, or a link (a web or e-mail address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    Text(String),
    Link { href: String, text: String },
}

/// A text in paragraphs (split at blank lines), each in runs where web addresses (`https://…`,
/// `http://…`, `www.…`) and e-mail addresses become links. Nothing else is interpreted.
pub fn paragraphs(text: &str) -> Vec<Vec<Run>> {
    text.replace("\r\n", "\n").split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(runs).collect()
}

fn link_of(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return (word.len() > 8).then(|| word.to_owned());
    }
    if lower.starts_with("www.") && word.len() > 5 {
        return Some(format!("https://{word}"));
    }
    email(word).ok().flatten().map(|e| format!("mailto:{e}"))
}

fn runs(p: &str) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut text = String::new();
    for (i, piece) in p.split(' ').enumerate() {
        if i > 0 {
            text.push(' ');
        }
        // Punctuation that ends a sentence stays outside the link.
        let core = piece.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let tail = &piece[core.len()..];
        let core_start = core.trim_start_matches('(');
        let lead = &core[..core.len() - core_start.len()];
        match link_of(core_start) {
            Some(href) => {
                text.push_str(lead);
                if !text.is_empty() {
                    out.push(Run::Text(std::mem::take(&mut text)));
                }
                out.push(Run::Link { href, text: core_start.to_owned() });
                text.push_str(tail);
            }
            None => text.push_str(piece),
        }
    }
    if !text.is_empty() {
        out.push(Run::Text(text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn the_unit_writes_plain_text_and_its_contacts() {
        let d = PublicDraft {
            about_sv: "  Vi hjälper dig att hitta rätt.\r\n\r\nDu kan vara anonym. ",
            phone: "046-35 50 00",
            email: "radochstod@lund.se",
            reviewed_on: "2026-11-30",
            ..Default::default()
        };
        let p = PublicInfo::parse(&d, today()).unwrap();
        assert_eq!(p.about_sv.as_deref(), Some("Vi hjälper dig att hitta rätt.\n\nDu kan vara anonym."));
        assert_eq!(p.about_en, None);
        assert_eq!(p.reviewed_on, NaiveDate::from_ymd_opt(2026, 11, 30));
    }

    #[test]
    fn markup_bad_contacts_and_long_texts_are_named() {
        let long = "x".repeat(TEXT_MAX + 1);
        let d = PublicDraft {
            about_sv: "<script>alert(1)</script>",
            about_en: &long,
            phone: "ring oss",
            email: "lund.se",
            controller: "Socialnämnden\u{7}",
            reviewed_on: "2999-01-01",
            ..Default::default()
        };
        let fields: Vec<_> =
            PublicInfo::parse(&d, today()).unwrap_err().into_iter().map(|(f, e)| (f, e.message_id)).collect();
        assert_eq!(
            fields,
            [
                ("about_sv", "error-public-html"),
                ("about_en", "error-public-text-long"),
                ("phone", "error-phone"),
                ("email", "error-email"),
                ("controller", "error-text"),
                ("reviewed_on", "error-date-future"),
            ]
        );
        // A comparison is words, not a tag.
        let d = PublicDraft { about_sv: "Barn < 18 år och vuxna", ..Default::default() };
        assert!(PublicInfo::parse(&d, today()).is_ok());
    }

    #[test]
    fn addresses_in_a_text_become_links_and_nothing_else_does() {
        let p = paragraphs("Läs mer på https://lund.se/stod. Mejla (radochstod@lund.se) eller ring.\n\nAndra stycket");
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[0],
            vec![
                Run::Text("Läs mer på ".into()),
                Run::Link { href: "https://lund.se/stod".into(), text: "https://lund.se/stod".into() },
                Run::Text(". Mejla (".into()),
                Run::Link { href: "mailto:radochstod@lund.se".into(), text: "radochstod@lund.se".into() },
                Run::Text(") eller ring.".into()),
            ]
        );
        assert_eq!(p[1], vec![Run::Text("Andra stycket".into())]);
        assert_eq!(paragraphs("javascript:alert(1)"), vec![vec![Run::Text("javascript:alert(1)".into())]]);
        assert_eq!(
            paragraphs("www.lund.se")[0],
            vec![Run::Link { href: "https://www.lund.se".into(), text: "www.lund.se".into() }]
        );
    }
}
