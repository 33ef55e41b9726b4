//! The support directory's free-text matcher, tolerant of Swedish inflections and of missing
//! å/ä/ö: "ekonomi", "ekonomisk" and "ekonomiskt bistand" all find "Ekonomiskt bistånd". Text is
//! folded (lower case; å/ä → a, ö → o, é → e, ü → u; Arabic without vowel marks and tatweel, its
//! alef, teh marbuta and alef maksura forms unified), split into words, and each word reduced to a
//! stem by Snowball (Swedish and English for Latin script, Arabic for Arabic) and a little more
//! for Swedish (a final -isk, -et, -n, or vowel is dropped while four letters remain). A query
//! matches when every word of three letters or more is the start of a stem of the text.
use std::collections::BTreeSet;
use std::ops::Bound;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

mod inverted;
pub use inverted::{Bits, Inverted};

static SWEDISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Swedish));
static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
static ARABIC: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Arabic));

fn arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06ff}').contains(&c)
}

/// Lower case and folded, Arabic normalised; other characters kept.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => out.push('a'),
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => out.push('o'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'ü' | 'ú' | 'ù' => out.push('u'),
            'í' | 'ì' | 'ï' => out.push('i'),
            // Arabic vowel marks, shadda, sukun and tatweel carry no meaning for search.
            '\u{064b}'..='\u{0652}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            c => out.push(c),
        }
    }
    out
}

/// Swedish endings Snowball leaves: "ekonomisk" and "ekonomi" both become "ekonom".
fn trim_swedish(mut w: String) -> String {
    for end in ["isk", "et", "n"] {
        if w.chars().count() >= 4 + end.len() && w.ends_with(end) {
            w.truncate(w.len() - end.len());
            break;
        }
    }
    if w.chars().count() > 4 && w.ends_with(['a', 'e', 'i', 'o', 'u', 'y']) {
        w.pop();
    }
    w
}

/// The stems of one word (Swedish and English for Latin script).
fn stems(word: &str) -> Vec<String> {
    if word.chars().any(arabic) {
        let w = fold(word);
        let s = fold(&ARABIC.stem(&w));
        return if s == w { vec![w] } else { vec![s, w] };
    }
    let lower = word.to_lowercase();
    let sv = trim_swedish(fold(&SWEDISH.stem(&lower)));
    let en = fold(&ENGLISH.stem(&lower));
    if sv == en { vec![sv] } else { vec![sv, en] }
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Every stem of a text, for matching (keep it beside the record, or build it on the fly).
pub fn index(text: &str) -> BTreeSet<String> {
    words(text).flat_map(stems).collect()
}

/// A search as typed: its words' stems (words under three letters are left out unless they are all
/// there is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query(Vec<Vec<String>>);

impl Query {
    pub fn parse(q: &str) -> Self {
        let all: Vec<&str> = words(q).collect();
        let long: Vec<&str> = all.iter().copied().filter(|w| w.chars().count() >= 3).collect();
        let chosen = if long.is_empty() { all } else { long };
        Query(chosen.into_iter().map(stems).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every word of the query starts a stem of the text (an empty query matches everything).
    pub fn matches(&self, index: &BTreeSet<String>) -> bool {
        self.0.iter().all(|alternatives| {
            alternatives.iter().any(|a| {
                let from: (Bound<&str>, Bound<&str>) = (Bound::Included(a.as_str()), Bound::Unbounded);
                index.range::<str, _>(from).next().is_some_and(|s| s.starts_with(a.as_str()))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_and_missing_letters_find_the_same_service() {
        let service = index("Ekonomiskt bistånd – stöd till försörjning när andra inkomster inte räcker");
        for q in
            ["ekonomi", "ekonomisk", "ekonomiskt bistand", "Ekonomiskt bistånd", "EKONOMIN", "biståndet", "forsorjning"]
        {
            assert!(Query::parse(q).matches(&service), "{q}: {service:?}");
        }
        for q in ["skuld", "ekonomiskt skuld", "bostad"] {
            assert!(!Query::parse(q).matches(&service), "{q}");
        }
        let debt = index("Budget- och skuldrådgivning: hjälp med ekonomisk planering och skulder");
        for q in ["skulder", "skuld", "skuldradgivning", "ekonomi", "budget"] {
            assert!(Query::parse(q).matches(&debt), "{q}: {debt:?}");
        }
    }

    #[test]
    fn english_and_arabic_words_match_their_inflections() {
        let text = index("Financial assistance · المساعدة المالية · Housing support · دعم السكن");
        for q in ["finance", "financial", "housing", "house", "assist", "المساعدة", "مساعدة", "السكن", "سكن"]
        {
            assert!(Query::parse(q).matches(&text), "{q}: {text:?}");
        }
        // Vowel marks and alef forms do not matter.
        assert!(Query::parse("المُساعَدة").matches(&text));
        assert!(Query::parse("إسكان").matches(&index("اسكان")));
    }

    #[test]
    fn an_empty_query_matches_everything_and_short_words_count_only_alone() {
        let text = index("Stöd i skolan");
        assert!(Query::parse("").matches(&text));
        assert!(Query::parse("  - ").is_empty());
        assert!(Query::parse("i skolan").matches(&text), "'i' is left out beside a longer word");
        assert!(Query::parse("st").matches(&text), "alone, a short word is a prefix like any other");
    }
}
