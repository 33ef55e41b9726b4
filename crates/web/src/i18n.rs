//! Languages: Fluent messages compiled into the binary, one folder per locale under `locales/`.
use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use lotsen_domain::locale::Locale;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "sv",
    };
}

static SV: LanguageIdentifier = langid!("sv");
static EN: LanguageIdentifier = langid!("en");
static AR: LanguageIdentifier = langid!("ar");
/// Easy Swedish ("lättläst"): the public pages' messages in plain words; the rest in Swedish.
static EASY: std::sync::LazyLock<LanguageIdentifier> = std::sync::LazyLock::new(|| langid!("sv-lattlast"));

/// Easy Swedish's code in links (`?lang=lattlast`) and in the language cookie.
pub const EASY_CODE: &str = "lattlast";

/// The cookie that remembers a person's chosen language.
pub const LANG_COOKIE: &str = "lotsen_lang";

/// A translator for one locale, handed to every template as `t`.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub locale: Locale,
    /// Easy Swedish: Swedish in plain words where the public pages have them.
    pub easy: bool,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        Self { locale, easy: false }
    }

    /// Easy Swedish ("lättläst").
    pub fn easy() -> Self {
        Self { locale: Locale::Sv, easy: true }
    }

    /// The code that asks for this language in a link (`?lang=`).
    pub fn lang_param(&self) -> &'static str {
        if self.easy { EASY_CODE } else { self.locale.code() }
    }

    fn lang(&self) -> &'static LanguageIdentifier {
        if self.easy {
            return &EASY;
        }
        match self.locale {
            Locale::Sv => &SV,
            Locale::En => &EN,
            Locale::Ar => &AR,
        }
    }

    /// The message `id`; a missing message shows its id, so the gap is visible and testable.
    pub fn get(&self, id: impl AsRef<str>) -> String {
        let id = id.as_ref();
        LOCALES.try_lookup(self.lang(), id).unwrap_or_else(|| id.to_owned())
    }

    /// The label of a form field, by the field's name (`display_name` → `field-display-name`).
    pub fn field_label(&self, field: &str) -> String {
        self.get(format!("field-{}", field.replace('_', "-")))
    }

    /// The label of a fixed code: `of("residency", "yes")` is the message `residency-yes`.
    pub fn of(&self, prefix: &str, code: &str) -> String {
        self.get(format!("{prefix}-{code}"))
    }

    /// The explanatory text that goes with message `id` (`{id}-help`).
    pub fn help(&self, id: &str) -> String {
        self.get(format!("{id}-help"))
    }

    /// The message `id` with one named argument.
    pub fn arg(&self, id: &str, name: &'static str, value: impl std::fmt::Display) -> String {
        self.args(id, &[(name, value.to_string())])
    }

    pub fn args(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                // A number only when it is written as one would write that number: "007", "1e3",
                // "NaN" or "+5" given as names stay as they were typed.
                let value = match v.parse::<f64>() {
                    Ok(n) if n.is_finite() && n.to_string() == *v => FluentValue::from(n),
                    _ => FluentValue::from(v.clone()),
                };
                (Cow::Borrowed(*k), value)
            })
            .collect();
        LOCALES.try_lookup_with_args(self.lang(), id, &map).unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` with one argument that is a name or other text, given as it is: never
    /// read as a number, so a venue called "007", "1e3" or "Nan" keeps its name.
    pub fn arg_text(&self, id: &str, name: &'static str, value: &str) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            [(Cow::Borrowed(name), FluentValue::from(value.to_owned()))].into_iter().collect();
        LOCALES.try_lookup_with_args(self.lang(), id, &map).unwrap_or_else(|| id.to_owned())
    }

    /// The message for a whole number, for Fluent plural selection.
    pub fn count(&self, id: &str, n: impl std::fmt::Display) -> String {
        self.args(id, &[("count", n.to_string())])
    }

    pub fn code(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
}

/// Whether a message id exists in a locale (for tests of the locale files).
/// A number with one decimal and the language's decimal sign (12,5 · 12.5 · ١٢٫٥ is left to the
/// font: Lotsen writes Western digits in every language, with the Arabic decimal sign).
pub fn decimal(locale: Locale, n: f64) -> String {
    let s = format!("{n:.1}");
    match locale {
        Locale::Sv => s.replace('.', ","),
        Locale::Ar => s.replace('.', "٫"),
        Locale::En => s,
    }
}

/// Whole kronor with the language's digit grouping (Western digits in every language).
pub fn amount(locale: Locale, n: i64) -> String {
    let digits = n.abs().to_string();
    let sep = if locale == Locale::Sv { '\u{a0}' } else { ',' };
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(ch);
    }
    let sign = if n < 0 { "-" } else { "" };
    match locale {
        Locale::Sv => format!("{sign}{grouped}\u{a0}kr"),
        Locale::En => format!("SEK\u{a0}{sign}{grouped}"),
        Locale::Ar => format!("{sign}{grouped}\u{a0}كرونة"),
    }
}

/// Tenths of a percent as "50 %" or "12,5 %".
pub fn percent(locale: Locale, tenths: i64) -> String {
    let n = if tenths % 10 == 0 { (tenths / 10).to_string() } else { decimal(locale, tenths as f64 / 10.0) };
    format!("{n}\u{a0}%")
}

/// Hundredths as a number with two decimals and the language's decimal sign (48,25).
pub fn decimal2(locale: Locale, hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.unsigned_abs();
    let s = format!("{sign}{}.{:02}", h / 100, h % 100);
    match locale {
        Locale::Sv => s.replace('.', ","),
        Locale::Ar => s.replace('.', "٫"),
        Locale::En => s,
    }
}

/// A stored UTC time as a Stockholm date and time ("2026-11-27 14:05").
pub fn local_datetime(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Stockholm).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// A stored UTC time as a Stockholm date.
pub fn local_date(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Stockholm).format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

pub fn has_message(locale: Locale, id: &str) -> bool {
    LOCALES.try_lookup(Tr::new(locale).lang(), id).is_some()
}

/// The language of a request: the language cookie, else the browser's `Accept-Language`, else Swedish.
/// The language a request asks for: `?lang=` on any page (a poster's QR code opens its page in
/// Arabic), else the language cookie, else the browser's languages, else Swedish.
pub fn tr_of(parts: &axum::http::request::Parts) -> Tr {
    let asked = parts.uri.query().and_then(|q| {
        q.split('&').find_map(|kv| kv.strip_prefix("lang=")).map(|v| v.chars().take(16).collect::<String>())
    });
    let jar = axum_extra::extract::cookie::CookieJar::from_headers(&parts.headers);
    let cookie = jar.get(LANG_COOKIE).map(|c| c.value().to_owned());
    match asked.as_deref().filter(|a| *a == EASY_CODE || Locale::parse(a).is_some()).or(cookie.as_deref()) {
        Some(EASY_CODE) => Tr::easy(),
        chosen => Tr::new(chosen.and_then(Locale::parse).unwrap_or_else(|| locale_of(parts))),
    }
}

pub fn locale_of(parts: &axum::http::request::Parts) -> Locale {
    let jar = axum_extra::extract::cookie::CookieJar::from_headers(&parts.headers);
    jar.get(LANG_COOKIE)
        .and_then(|c| Locale::parse(c.value()))
        .or_else(|| {
            parts
                .headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_loads_and_speaks_its_language() {
        // Loading fails (and would panic in a request) on a duplicate or malformed message.
        assert_eq!(Tr::new(Locale::Sv).get("login-title"), "Logga in");
        assert_eq!(Tr::new(Locale::En).get("login-title"), "Log in");
        assert!(Tr::new(Locale::Ar).get("login-title").chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    }

    #[test]
    fn easy_swedish_speaks_plainly_where_it_can_and_swedish_elsewhere() {
        let easy = Tr::easy();
        assert_eq!(easy.get("login-title"), "Logga in", "a message it has no plain words for");
        assert_ne!(easy.get("public-unit-voluntary"), Tr::new(Locale::Sv).get("public-unit-voluntary"));
        assert_eq!(easy.lang_param(), "lattlast");
        // Every message of Easy Swedish is one of Swedish's.
        let sv = ids(include_str!("../locales/sv/main.ftl"));
        let extra: Vec<_> = ids(include_str!("../locales/sv-lattlast/main.ftl")).difference(&sv).copied().collect();
        assert!(extra.is_empty(), "not in Swedish: {extra:?}");
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(Tr::new(Locale::Sv).count("cases-count", 1), "Ett ärende");
        assert!(Tr::new(Locale::Sv).count("cases-count", 3).contains("ärenden"));
    }

    #[test]
    fn a_name_that_reads_as_a_number_keeps_its_spelling() {
        let t = Tr::new(Locale::Sv);
        for name in ["007", "1e3", "NaN", "+5", "1.50", "inf"] {
            assert!(t.arg("report-chart-of", "title", name).contains(name), "{name}");
        }
        // Numbers written as numbers are still numbers (plural selection, grouping).
        assert_eq!(t.count("cases-count", "1"), "Ett ärende");
    }

    fn ids(ftl: &str) -> std::collections::BTreeSet<&str> {
        ftl.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let sv = ids(include_str!("../locales/sv/main.ftl"));
        for (code, ftl) in
            [("en", include_str!("../locales/en/main.ftl")), ("ar", include_str!("../locales/ar/main.ftl"))]
        {
            let other = ids(ftl);
            let missing: Vec<_> = sv.difference(&other).collect();
            let extra: Vec<_> = other.difference(&sv).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{code}: missing {missing:?}, not in Swedish {extra:?}");
        }
    }

    #[test]
    fn arabic_day_counts_take_their_plural_forms() {
        // Without the invisible isolation marks Fluent puts around arguments.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let t = Tr::new(Locale::Ar);
        assert!(plain(t.arg("inquiry-storage", "days", 7)).contains("7 أيام"));
        assert!(plain(t.arg("inquiry-storage", "days", 30)).contains("30 يومًا"));
        assert!(plain(t.arg("inquiry-storage", "days", 365)).contains("365 يوم "));
        assert!(plain(Tr::new(Locale::Sv).count("intake-feedback-count", 1)).contains("1 ny)"));
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(Tr::new(Locale::Sv).get("no-such-message"), "no-such-message");
    }
}
