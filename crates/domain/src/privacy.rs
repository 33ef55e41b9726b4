//! Identified details ("personuppgifter"): kept only when a resident wants a call-back, apart from
//! the case, sealed with a key the database never sees, and erased when no longer needed.
use serde::{Deserialize, Serialize};

use crate::Invalid;

/// What a coordinator may keep to call a resident back. At least one way to reach them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub contact_time: String,
    /// Why the details are kept (e.g. "call back about the housing application").
    pub reason: String,
}

fn text(field: &'static str, s: &str, max: usize, errors: &mut Vec<(&'static str, Invalid)>) -> String {
    let s = s.trim();
    if s.chars().count() > max || s.chars().any(char::is_control) {
        errors.push((field, Invalid::new("error-text")));
    }
    s.to_owned()
}

impl Identity {
    /// Checks every field and reports each problem; nothing is kept unless all are right.
    pub fn parse(
        name: &str,
        phone: &str,
        email: &str,
        language: &str,
        contact_time: &str,
        reason: &str,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let id = Identity {
            name: text("person_name", name, 100, &mut errors),
            phone: text("phone", phone, 30, &mut errors),
            email: text("email", email, 254, &mut errors),
            language: text("language", language, 60, &mut errors),
            contact_time: text("contact_time", contact_time, 120, &mut errors),
            reason: text("reason", reason, 300, &mut errors),
        };
        let digits = id.phone.chars().filter(char::is_ascii_digit).count();
        let phone_chars_ok = id.phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
        if !id.phone.is_empty() && (!phone_chars_ok || !(5..=15).contains(&digits)) {
            errors.push(("phone", Invalid::new("error-phone")));
        }
        if !id.email.is_empty() {
            let ok = id.email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            }) && !id.email.contains(char::is_whitespace);
            if !ok {
                errors.push(("email", Invalid::new("error-email")));
            }
        }
        if id.phone.is_empty() && id.email.is_empty() && !errors.iter().any(|(f, _)| *f == "phone" || *f == "email") {
            errors.push(("phone", Invalid::new("error-reach")));
        }
        if id.reason.is_empty() {
            errors.push(("reason", Invalid::new("error-required")));
        }
        if errors.is_empty() { Ok(id) } else { Err(errors) }
    }
}

/// Counts below this are not shown in reports unless a unit sets its own threshold.
pub const DEFAULT_SUPPRESSION_THRESHOLD: i64 = 5;

/// Small-count suppression for one column of counts with its total (DESIGN rule 6): a count from
/// 1 to `threshold - 1` is hidden; if exactly one cell would be hidden, the next smallest non-zero
/// cell is hidden too, so the total cannot give the hidden one away. Zero is shown: it reveals no
/// one. The total is shown unless it is itself small.
pub fn suppress(counts: &[i64], threshold: i64) -> (Vec<Option<i64>>, Option<i64>) {
    let small = |n: i64| n > 0 && n < threshold;
    let mut out: Vec<Option<i64>> = counts.iter().map(|n| (!small(*n)).then_some(*n)).collect();
    if out.iter().filter(|c| c.is_none()).count() == 1 {
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| out[*i].is_some() && **n > 0)
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        if let Some(i) = next {
            out[i] = None;
        }
    }
    let total: i64 = counts.iter().sum();
    (out, (!small(total)).then_some(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_way_to_reach_the_resident_and_a_reason_are_needed() {
        let errs = Identity::parse("Sara", "", "", "", "", "").unwrap_err();
        assert_eq!(errs, vec![("phone", Invalid::new("error-reach")), ("reason", Invalid::new("error-required"))]);
        assert!(Identity::parse("", "070-123 45 67", "", "arabiska", "efter 16", "ringa tillbaka").is_ok());
        assert!(Identity::parse("", "", "sara@example.se", "", "", "svar om bostad").is_ok());
    }

    #[test]
    fn phone_and_email_are_checked() {
        let errs = Identity::parse("", "ring mig", "not-an-email", "", "", "x").unwrap_err();
        assert!(errs.contains(&("phone", Invalid::new("error-phone"))));
        assert!(errs.contains(&("email", Invalid::new("error-email"))));
        assert!(Identity::parse("", "+46 70 123 45 67", "", "", "", "x").is_ok());
        assert!(Identity::parse("", "123", "", "", "", "x").is_err());
    }

    #[test]
    fn small_counts_are_hidden_with_a_complement() {
        assert_eq!(suppress(&[12, 3, 0, 7], 5), (vec![Some(12), None, Some(0), None], Some(22)));
        assert_eq!(suppress(&[12, 3, 2, 7], 5), (vec![Some(12), None, None, Some(7)], Some(24)));
        assert_eq!(suppress(&[2], 5), (vec![None], None));
        assert_eq!(suppress(&[0, 0], 5), (vec![Some(0), Some(0)], Some(0)));
    }
}
