//! A unit ("verksamhet") and its look: municipal sites theme pages with CSS custom properties.
use crate::Invalid;

/// A unit's name, 1–120 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitName(String);

impl UnitName {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        if s.chars().count() > 120 || s.chars().any(char::is_control) {
            return Err(Invalid::new("error-unit-name"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A colour as `#rrggbb`, the only form that is safe to write into a style sheet unescaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HexColor(String);

impl HexColor {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        let ok = s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit());
        if ok { Ok(Self(s.to_ascii_lowercase())) } else { Err(Invalid::new("error-color")) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn channels(&self) -> [f64; 3] {
        let byte = |i: usize| u8::from_str_radix(&self.0[i..i + 2], 16).unwrap_or(0);
        [byte(1), byte(3), byte(5)].map(|b| {
            let c = f64::from(b) / 255.0;
            if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        })
    }

    /// WCAG 2.1 relative luminance.
    pub fn luminance(&self) -> f64 {
        let [r, g, b] = self.channels();
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// WCAG contrast ratio between two colours (1.0–21.0).
    pub fn contrast(&self, other: &HexColor) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// The base font size in percent of the browser's own (so a person's browser setting still counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FontScale(u16);

impl FontScale {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        match s.trim().parse::<u16>() {
            Ok(v) if (90..=150).contains(&v) => Ok(Self(v)),
            _ => Err(Invalid::new("error-font-scale")),
        }
    }

    pub const fn percent(self) -> u16 {
        self.0
    }
}

/// A unit's theme. The primary colour carries white text, so it must contrast with white at 4.5:1
/// (WCAG 2.1 AA for normal text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub primary: HexColor,
    pub font_scale: FontScale,
}

impl Theme {
    pub fn parse(primary: &str, font_scale: &str) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let primary = HexColor::parse(primary)
            .and_then(|c| {
                let white = HexColor("#ffffff".into());
                if c.contrast(&white) >= 4.5 { Ok(c) } else { Err(Invalid::new("error-color-contrast")) }
            })
            .map_err(|e| errors.push(("primary_color", e)))
            .ok();
        let font_scale = FontScale::parse(font_scale).map_err(|e| errors.push(("font_scale", e))).ok();
        match (primary, font_scale) {
            (Some(primary), Some(font_scale)) if errors.is_empty() => Ok(Self { primary, font_scale }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_must_be_hex_and_readable_on_white() {
        assert!(HexColor::parse("#1A5C8E").is_ok());
        assert!(HexColor::parse("red").is_err());
        assert!(HexColor::parse("#12345g").is_err());
        assert!(HexColor::parse("#fff;}body{").is_err());
        let errs = Theme::parse("#ffff00", "100").unwrap_err();
        assert_eq!(errs, vec![("primary_color", Invalid::new("error-color-contrast"))]);
        assert!(Theme::parse("#1a5c8e", "100").is_ok());
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let black = HexColor::parse("#000000").unwrap();
        let white = HexColor::parse("#ffffff").unwrap();
        assert!((black.contrast(&white) - 21.0).abs() < 1e-9);
        let grey = HexColor::parse("#767676").unwrap();
        assert!((grey.contrast(&white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn font_scale_has_bounds_and_reports_every_field() {
        assert!(FontScale::parse("89").is_err());
        assert!(FontScale::parse("151").is_err());
        assert_eq!(FontScale::parse("125").map(FontScale::percent), Ok(125));
        let errs = Theme::parse("nope", "x").unwrap_err();
        assert_eq!(errs.len(), 2);
    }
}

/// A unit's privacy settings as checked numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Privacy {
    /// Counts below this are hidden in statistics (3–50; 5 by default).
    pub threshold: i32,
    /// Days survey free text and anonymous feedback are kept (30–3650).
    pub text_days: i32,
    /// Days an unanswered contact request keeps its details (7–365).
    pub inquiry_days: i32,
}

impl Privacy {
    pub fn parse(threshold: &str, text_days: &str, inquiry_days: &str) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let mut number =
            |field: &'static str, raw: &str, range: std::ops::RangeInclusive<i32>, msg: &'static str| match raw
                .trim()
                .parse::<i32>(
            ) {
                Ok(n) if range.contains(&n) => n,
                _ => {
                    errors.push((field, Invalid::new(msg)));
                    0
                }
            };
        let p = Privacy {
            threshold: number("suppression_threshold", threshold, 3..=50, "error-threshold"),
            text_days: number("survey_text_days", text_days, 30..=3650, "error-text-days"),
            inquiry_days: number("inquiry_days", inquiry_days, 7..=365, "error-inquiry-days"),
        };
        if errors.is_empty() { Ok(p) } else { Err(errors) }
    }
}

#[cfg(test)]
mod privacy_tests {
    use super::*;

    #[test]
    fn privacy_settings_have_sane_bounds() {
        assert_eq!(Privacy::parse("5", "365", "30"), Ok(Privacy { threshold: 5, text_days: 365, inquiry_days: 30 }));
        let errs = Privacy::parse("1", "10", "x").unwrap_err();
        let fields: Vec<_> = errs.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["suppression_threshold", "survey_text_days", "inquiry_days"]);
        assert!(Privacy::parse("51", "3651", "366").is_err());
    }
}
