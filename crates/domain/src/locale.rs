//! The languages Lotsen speaks. Swedish first; a new language is a new `.ftl` file and a variant here.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Sv,
    En,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Sv, Locale::En, Locale::Ar];

    pub const fn code(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::En => "en",
            Locale::Ar => "ar",
        }
    }

    /// Text direction for the `dir` attribute.
    pub const fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            Locale::Sv | Locale::En => "ltr",
        }
    }

    /// The language's own name, as shown in a language switch.
    pub const fn endonym(self) -> &'static str {
        match self {
            Locale::Sv => "Svenska",
            Locale::En => "English",
            Locale::Ar => "العربية",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language in an `Accept-Language` header, if any.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut tags: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
                Some((q, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.total_cmp(&a.0));
        tags.into_iter().filter(|(q, _)| *q > 0.0).find_map(|(_, t)| Locale::parse(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_supported_language() {
        assert_eq!(Locale::from_accept_language("ar-SE,ar;q=0.9,en;q=0.8"), Some(Locale::Ar));
        assert_eq!(Locale::from_accept_language("de-DE, en;q=0.5, sv;q=0.7"), Some(Locale::Sv));
        assert_eq!(Locale::from_accept_language("fi"), None);
        assert_eq!(Locale::from_accept_language("sv;q=0, en"), Some(Locale::En));
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Sv.dir(), "ltr");
    }
}
