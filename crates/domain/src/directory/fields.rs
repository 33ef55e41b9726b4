//! Checks of single fields, shared by the directory's forms: text, phone, e-mail, web address,
//! age, clock time, and lines of weekly opening hours. Each problem is pushed with its field's name.
use crate::Invalid;

/// One line of opening hours as typed.
#[derive(Debug, Default, Clone, Copy)]
pub struct HoursDraft<'a> {
    pub days: &'a [String],
    pub opens_at: &'a str,
    pub closes_at: &'a str,
}

/// The fields of the hours lines, as errors name them.
pub const HOURS_FIELDS: [[&str; 3]; 3] = [
    ["days", "opens_at", "closes_at"],
    ["days_2", "opens_at_2", "closes_at_2"],
    ["days_3", "opens_at_3", "closes_at_3"],
];

/// Weekly opening hours: days (HSDS `byday` codes) and local times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hours {
    pub days: Vec<&'static str>,
    pub opens_at: String,
    pub closes_at: String,
}

/// HSDS's weekday codes, Monday first.
pub const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

pub(super) type Errors = Vec<(&'static str, Invalid)>;

/// Trimmed text of at most `max` characters; line breaks allowed where `lines`.
pub(super) fn text(field: &'static str, s: &str, max: usize, lines: bool, e: &mut Errors) -> Option<String> {
    let s = s.trim();
    let bad_char = s.chars().any(|c| c.is_control() && !(lines && (c == '\n' || c == '\r' || c == '\t')));
    if s.chars().count() > max || bad_char {
        e.push((field, Invalid::new("error-text")));
        return None;
    }
    (!s.is_empty()).then(|| s.replace("\r\n", "\n"))
}

/// A phone number: digits, spaces, `+-()`, 3 to 15 digits.
pub(super) fn phone(field: &'static str, s: &str, e: &mut Errors) -> Option<String> {
    let phone = text(field, s, 30, false, e)?;
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if !phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) || !(3..=15).contains(&digits) {
        e.push((field, Invalid::new("error-phone")));
        return None;
    }
    Some(phone)
}

/// An e-mail address: one `@`, a dot in the domain, nothing that cannot be in an address.
pub(super) fn email(field: &'static str, s: &str, e: &mut Errors) -> Option<String> {
    let m = text(field, s, 254, false, e)?;
    let ok = m.matches('@').count() == 1
        && m.split_once('@').is_some_and(|(l, dom)| !l.is_empty() && dom.contains('.') && !dom.ends_with('.'))
        && !m.contains(|c: char| c.is_whitespace() || "?&#%/:,;<>\"()[]\\".contains(c));
    if !ok {
        e.push((field, Invalid::new("error-email")));
        return None;
    }
    Some(m)
}

/// A web address: http or https, a host with a dot, no spaces.
pub(super) fn url(field: &'static str, s: &str, e: &mut Errors) -> Option<String> {
    let u = text(field, s, 500, false, e)?;
    let ok = (u.starts_with("https://") || u.starts_with("http://"))
        && u.split("://").nth(1).is_some_and(|rest| rest.split('/').next().is_some_and(|h| h.contains('.')))
        && !u.contains(char::is_whitespace);
    if !ok {
        e.push((field, Invalid::new("error-url")));
        return None;
    }
    Some(u)
}

/// One line of opening hours: days and both times, or nothing at all.
pub(super) fn hours_line(
    h: &HoursDraft,
    days_field: &'static str,
    opens_field: &'static str,
    closes_field: &'static str,
    e: &mut Errors,
) -> Option<Hours> {
    let days: Vec<&'static str> = DAYS.iter().copied().filter(|x| h.days.iter().any(|y| y == x)).collect();
    if h.days.iter().any(|y| !DAYS.contains(&y.as_str())) {
        e.push((days_field, Invalid::new("error-choose")));
    }
    if days.is_empty() && h.opens_at.trim().is_empty() && h.closes_at.trim().is_empty() {
        return None;
    }
    if days.is_empty() {
        e.push((days_field, Invalid::new("error-days")));
    }
    let opens = clock(opens_field, h.opens_at, e);
    let closes = clock(closes_field, h.closes_at, e);
    match (opens, closes) {
        (Some(o), Some(c)) if c <= o => {
            e.push((closes_field, Invalid::new("error-closes-before")));
            None
        }
        (Some(opens_at), Some(closes_at)) if !days.is_empty() => Some(Hours { days, opens_at, closes_at }),
        _ => None,
    }
}

pub(super) fn age(field: &'static str, s: &str, e: &mut Errors) -> Option<u8> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    match s.parse::<u8>() {
        Ok(a) if a <= 120 => Some(a),
        _ => {
            e.push((field, Invalid::new("error-age-bound")));
            None
        }
    }
}

fn clock(field: &'static str, s: &str, e: &mut Errors) -> Option<String> {
    let s = s.trim();
    let ok = s.len() == 5
        && s.as_bytes()[2] == b':'
        && s[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && s[3..].parse::<u8>().is_ok_and(|m| m < 60);
    if ok {
        Some(s.to_owned())
    } else {
        e.push((field, Invalid::new("error-time")));
        None
    }
}
