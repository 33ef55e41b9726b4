//! Masking a record before it is handed out on a records request (GDPR art. 15; OSL's
//! confidentiality for third parties): whole passages a manager ticks, and words or phrases they
//! list, are replaced before the document is made, so the masked text is not in it at all, not
//! painted over.
use std::collections::BTreeSet;

use crate::Invalid;

/// The most phrases one request may mask.
pub const MAX_PHRASES: usize = 50;
/// The longest phrase.
pub const PHRASE_MAX: usize = 200;

/// What to mask: passages by their key (e.g. `note-12`, `contact-7`) and phrases wherever they
/// occur, matched without regard to case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Masking {
    passages: BTreeSet<String>,
    phrases: Vec<Vec<char>>,
}

/// What masking did to one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    pub text: String,
    /// The whole passage was masked.
    pub whole: bool,
    /// Occurrences of phrases masked in it.
    pub occurrences: usize,
}

impl Masking {
    /// Checks the ticked passages against `known` keys and the phrases (one per line).
    pub fn parse(
        passages: &[String],
        known: &BTreeSet<String>,
        phrases: &str,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let passages: BTreeSet<String> = passages.iter().map(|p| p.trim().to_owned()).collect();
        if passages.iter().any(|p| !known.contains(p)) {
            errors.push(("mask", Invalid::new("error-choose")));
        }
        let lines: Vec<&str> = phrases.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.len() > MAX_PHRASES {
            errors.push(("phrases", Invalid::new("error-mask-phrases-many")));
        } else if lines
            .iter()
            .any(|l| l.chars().count() < 2 || l.chars().count() > PHRASE_MAX || l.chars().any(char::is_control))
        {
            errors.push(("phrases", Invalid::new("error-mask-phrase")));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut phrases: Vec<Vec<char>> = lines.iter().map(|l| fold(l)).collect();
        // The longest first, so a phrase inside a longer one does not leave the rest standing.
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        phrases.dedup();
        Ok(Self { passages, phrases })
    }

    pub fn passages(&self) -> impl Iterator<Item = &str> {
        self.passages.iter().map(String::as_str)
    }

    pub fn phrase_count(&self) -> usize {
        self.phrases.len()
    }

    /// `text` of passage `key` as handed out: `mask` for the whole of it when the passage is
    /// ticked, otherwise with every listed phrase replaced by `mask`.
    pub fn apply(&self, key: &str, text: &str, mask: &str) -> Masked {
        if self.passages.contains(key) {
            return Masked { text: mask.to_owned(), whole: true, occurrences: 0 };
        }
        let (text, occurrences) = self.replace(text, mask);
        Masked { text, whole: false, occurrences }
    }

    /// `text` with every listed phrase replaced, for text that is not a passage of its own (a
    /// heading, a referral's note).
    pub fn replace(&self, text: &str, mask: &str) -> (String, usize) {
        if self.phrases.is_empty() {
            return (text.to_owned(), 0);
        }
        let chars: Vec<char> = text.chars().collect();
        let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
        let mut out = String::with_capacity(text.len());
        let mut n = 0;
        let mut i = 0;
        while i < chars.len() {
            if let Some(p) = self.phrases.iter().find(|p| folded[i..].starts_with(p)) {
                out.push_str(mask);
                n += 1;
                i += p.len();
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        (out, n)
    }
}

/// One character as phrases are matched: lower case, where lower case is one character.
fn fold_char(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

fn fold(s: &str) -> Vec<char> {
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> BTreeSet<String> {
        ["note-1", "note-2", "contact-3"].into_iter().map(String::from).collect()
    }

    #[test]
    fn a_ticked_passage_is_masked_whole_and_phrases_wherever_they_stand() {
        let m = Masking::parse(&["note-2".into()], &known(), "Faduma\n  grannen Ali  \n").unwrap();
        let a = m.apply("note-1", "Faduma ringde. FADUMA sa att Grannen Ali hjälper.", "[maskerat]");
        assert_eq!(a.text, "[maskerat] ringde. [maskerat] sa att [maskerat] hjälper.");
        assert_eq!(a.occurrences, 3);
        assert!(!a.whole);
        let b = m.apply("note-2", "Allt om systern.", "[maskerat]");
        assert_eq!((b.text.as_str(), b.whole), ("[maskerat]", true));
        // Arabic and letters outside ASCII are matched too.
        let m = Masking::parse(&[], &known(), "أمينة\nÅsa").unwrap();
        assert_eq!(m.replace("التقيت بأمينة و åsa", "█").0, "التقيت ب█ و █");
    }

    #[test]
    fn a_phrase_inside_a_longer_one_leaves_nothing_of_it() {
        let m = Masking::parse(&[], &known(), "Ali\nAli Hassan").unwrap();
        assert_eq!(m.replace("Ali Hassan och Ali", "X"), ("X och X".into(), 2));
    }

    #[test]
    fn unknown_passages_and_bad_phrases_are_refused_by_field() {
        let e = Masking::parse(&["note-9".into()], &known(), "a").unwrap_err();
        let fields: Vec<_> = e.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["mask", "phrases"]);
        let many = "ord\n".repeat(MAX_PHRASES + 1);
        assert_eq!(Masking::parse(&[], &known(), &many).unwrap_err()[0].1.message_id, "error-mask-phrases-many");
    }
}
