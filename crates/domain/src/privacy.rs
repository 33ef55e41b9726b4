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
    /// What the resident wrote when they asked to be contacted through the public form.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

/// A phone number: 5–15 digits, with spaces, `+`, `-` and brackets between.
pub fn phone_ok(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) && (5..=15).contains(&digits)
}

/// An e-mail address: one @, a dot in the domain, and none of the characters that would make a
/// `mailto:` link carry more than an address (`?cc=`, `&body=`, …).
pub fn email_ok(email: &str) -> bool {
    email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    }) && email.matches('@').count() == 1
        && !email.contains(|c: char| c.is_whitespace() || "?&#%/:,;<>\"()[]\\".contains(c))
}

/// A free-text field of at most `max` characters on one line, trimmed; a problem is added to
/// `errors` under `field`.
pub(crate) fn text(field: &'static str, s: &str, max: usize, errors: &mut Vec<(&'static str, Invalid)>) -> String {
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
            message: String::new(),
        };
        if !id.phone.is_empty() && !phone_ok(&id.phone) {
            errors.push(("phone", Invalid::new("error-phone")));
        }
        if !id.email.is_empty() && !email_ok(&id.email) {
            errors.push(("email", Invalid::new("error-email")));
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

/// One relation between published counts: `total` is the sum of `parts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sum {
    pub total: usize,
    pub parts: Vec<usize>,
}

/// Small-count suppression over linked tables: many counts tied by sums (a year is the sum of its
/// quarters, all answers the sum of those per venue, a question's answers the sum of its colours).
/// Returns which counts to hide.
///
/// A count from 1 to `threshold - 1` is hidden. Then, until nothing changes, every sum is made safe:
/// it may not have exactly one hidden term (it could be solved for), and when its total is shown,
/// the hidden parts together must be 0 or at least `threshold` (else their sum would itself be a
/// small count). A sum that breaks either rule hides its smallest shown non-zero part, or its total
/// when no part is left. Zero is never hidden: it reveals no one.
pub fn protect(values: &[i64], sums: &[Sum], threshold: i64) -> Vec<bool> {
    let small = |n: i64| n > 0 && n < threshold;
    let mut hidden: Vec<bool> = values.iter().map(|v| small(*v)).collect();
    loop {
        let mut changed = false;
        for s in sums {
            let hidden_parts: i64 = s.parts.iter().filter(|p| hidden[**p]).map(|p| values[*p]).sum();
            let hidden_terms = s.parts.iter().filter(|p| hidden[**p]).count() + usize::from(hidden[s.total]);
            let unsafe_sum = hidden_terms == 1 || (!hidden[s.total] && small(hidden_parts));
            if !unsafe_sum {
                continue;
            }
            let next = s.parts.iter().copied().filter(|p| !hidden[*p] && values[*p] > 0).min_by_key(|p| values[*p]);
            match next {
                Some(p) => hidden[p] = true,
                None if !hidden[s.total] && values[s.total] > 0 => hidden[s.total] = true,
                // Every term is hidden or zero: nothing more can be taken away.
                None => continue,
            }
            changed = true;
        }
        if !changed {
            return hidden;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_address_is_one_address_and_nothing_more() {
        for bad in ["a@b.se?bcc=x@evil.se", "a@b.se&body=x", "a@@b.se", "a b@c.se", "a@b.se,c@d.se", "<a@b.se>"] {
            let errs = Identity::parse("", "", bad, "", "", "ring").unwrap_err();
            assert_eq!(errs[0], ("email", Invalid::new("error-email")), "{bad}");
        }
        assert!(Identity::parse("", "", "sara.h+lotsen@example.se", "", "", "ring").is_ok());
    }

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

    /// Checks the promise of [`protect`] on its result.
    fn assert_safe(values: &[i64], sums: &[Sum], threshold: i64, hidden: &[bool]) {
        for (i, v) in values.iter().enumerate() {
            if *v > 0 && *v < threshold {
                assert!(hidden[i], "small count {v} at {i} shown");
            }
            if *v == 0 {
                assert!(!hidden[i], "zero hidden at {i}");
            }
        }
        for s in sums {
            let terms = s.parts.iter().filter(|p| hidden[**p]).count() + usize::from(hidden[s.total]);
            assert_ne!(terms, 1, "a sum with one hidden term: {s:?} {values:?} {hidden:?}");
            if !hidden[s.total] {
                let h: i64 = s.parts.iter().filter(|p| hidden[**p]).map(|p| values[*p]).sum();
                assert!(h == 0 || h >= threshold, "hidden parts add to {h}: {s:?}");
            }
        }
    }

    #[test]
    fn a_year_of_quarters_hides_a_second_quarter_beside_a_small_one() {
        // year, q1..q4
        let values = [30, 12, 10, 3, 5];
        let sums = [Sum { total: 0, parts: vec![1, 2, 3, 4] }];
        let hidden = protect(&values, &sums, 5);
        assert_eq!(hidden, vec![false, false, false, true, true]);
        assert_safe(&values, &sums, 5, &hidden);
    }

    #[test]
    fn two_small_parts_that_add_to_a_small_count_take_a_third() {
        let values = [20, 16, 2, 2];
        let sums = [Sum { total: 0, parts: vec![1, 2, 3] }];
        let hidden = protect(&values, &sums, 5);
        assert_eq!(hidden, vec![false, true, true, true]);
        assert_safe(&values, &sums, 5, &hidden);
    }

    #[test]
    fn linked_tables_stay_safe_whatever_the_counts() {
        // A 3×3 grid of counts with row, column and grand totals, filled from a small generator so
        // the test is repeatable; every layout must come out safe.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 9) as i64
        };
        for _ in 0..500 {
            let cells: Vec<i64> = (0..9).map(|_| next()).collect();
            let mut values = cells.clone();
            let rows: Vec<usize> = (0..3)
                .map(|r| {
                    values.push(cells[r * 3..r * 3 + 3].iter().sum());
                    values.len() - 1
                })
                .collect();
            let cols: Vec<usize> = (0..3)
                .map(|c| {
                    values.push((0..3).map(|r| cells[r * 3 + c]).sum());
                    values.len() - 1
                })
                .collect();
            values.push(cells.iter().sum());
            let grand = values.len() - 1;
            let mut sums: Vec<Sum> =
                (0..3).map(|r| Sum { total: rows[r], parts: vec![r * 3, r * 3 + 1, r * 3 + 2] }).collect();
            sums.extend((0..3).map(|c| Sum { total: cols[c], parts: vec![c, c + 3, c + 6] }));
            sums.push(Sum { total: grand, parts: rows.clone() });
            sums.push(Sum { total: grand, parts: cols.clone() });
            let hidden = protect(&values, &sums, 5);
            assert_safe(&values, &sums, 5, &hidden);
        }
    }
}
