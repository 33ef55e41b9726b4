//! A resident's identity number: a personal identity number ("personnummer"), a co-ordination
//! number ("samordningsnummer", the day of birth plus 60) or, for someone who has neither, a
//! reserve number the unit gives. Parsed once at the edge; each refusal names the rule it breaks.
use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::Invalid;

/// Which kind of number a resident is identified by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// A personal identity number from the population register.
    Personnummer,
    /// A co-ordination number for someone not registered (day of birth + 60).
    Samordningsnummer,
    /// A number the unit gave because the resident has neither.
    Reserve,
}

impl IdKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Personnummer => "personnummer",
            Self::Samordningsnummer => "samordningsnummer",
            Self::Reserve => "reserve",
        }
    }
}

/// A checked identity number, kept in one written form: `YYYYMMDD-NNNC` for a personal identity
/// or co-ordination number, the reserve number as given (upper case) otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonNumber {
    kind: IdKind,
    text: String,
    birth: Option<NaiveDate>,
}

/// The longest reserve number kept.
pub const RESERVE_MAX: usize = 20;

impl PersonNumber {
    /// Reads a personal identity or co-ordination number in any of its usual forms (`YYMMDD-NNNC`,
    /// `YYMMDD+NNNC` for someone a hundred or older, `YYMMDDNNNC`, `YYYYMMDD-NNNC`,
    /// `YYYYMMDDNNNC`; spaces ignored). `today` decides the century of a ten-digit number and
    /// refuses a birth date after it.
    pub fn parse(raw: &str, today: NaiveDate) -> Result<Self, Invalid> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        let (digits, plus) = split(&s).ok_or(Invalid::new("error-pnr-format"))?;
        let (century, short) = match digits.len() {
            12 => (Some(&digits[..2]), &digits[2..]),
            10 => (None, &digits[..]),
            _ => return Err(Invalid::new("error-pnr-format")),
        };
        let num = |r: std::ops::Range<usize>| short[r].parse::<u32>().unwrap_or(0);
        let (yy, month, written_day) = (num(0..2), num(2..4), num(4..6));
        let (kind, day) = if written_day > 60 {
            (IdKind::Samordningsnummer, written_day - 60)
        } else {
            (IdKind::Personnummer, written_day)
        };
        let year = match century {
            Some(c) => c.parse::<i32>().unwrap_or(0) * 100 + yy as i32,
            None => infer_year(yy, month, day, plus, today)?,
        };
        let birth = NaiveDate::from_ymd_opt(year, month, day).ok_or(Invalid::new("error-pnr-date"))?;
        if birth > today {
            return Err(Invalid::new("error-pnr-future"));
        }
        if century.is_some() && plus {
            return Err(Invalid::new("error-pnr-format"));
        }
        if !luhn_ok(short) {
            return Err(Invalid::new("error-pnr-check"));
        }
        let text = format!("{year:04}{}-{}", &short[2..6], &short[6..]);
        Ok(Self { kind, text, birth: Some(birth) })
    }

    /// A reserve number as the unit writes it: 1–20 letters, digits and hyphens, with at least
    /// one letter, so it can never be taken for a personal identity number.
    pub fn reserve(raw: &str) -> Result<Self, Invalid> {
        let s = raw.trim().to_uppercase();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        let allowed = s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !allowed || s.chars().count() > RESERVE_MAX || !s.chars().any(|c| c.is_ascii_alphabetic()) {
            return Err(Invalid::new("error-reserve-number"));
        }
        Ok(Self { kind: IdKind::Reserve, text: s, birth: None })
    }

    pub fn kind(&self) -> IdKind {
        self.kind
    }

    /// The number in its one written form.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The day of birth, for a personal identity or co-ordination number.
    pub fn birth_date(&self) -> Option<NaiveDate> {
        self.birth
    }

    /// Whether the day of birth is the 5th, 15th or 25th: the days a unit may keep records on for
    /// research when everything else is culled.
    pub fn born_on_sample_day(&self) -> bool {
        self.birth.is_some_and(|b| matches!(b.day(), 5 | 15 | 25))
    }
}

impl fmt::Display for PersonNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The digits of a number and whether its separator was `+`; `None` if anything else is there.
fn split(s: &str) -> Option<(String, bool)> {
    let mut digits = String::new();
    let mut sep = None;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '-' | '+' if sep.is_none() && s.len().checked_sub(5) == Some(i) => sep = Some(c),
            _ => return None,
        }
    }
    Some((digits, sep == Some('+')))
}

/// The year of a ten-digit number: the latest one not after today, a hundred years earlier for
/// `+`.
fn infer_year(yy: u32, month: u32, day: u32, plus: bool, today: NaiveDate) -> Result<i32, Invalid> {
    let yy = yy as i32;
    let mut year = today.year() - (today.year() - yy).rem_euclid(100);
    // Born later this year than today: a hundred years earlier.
    if let Some(d) = NaiveDate::from_ymd_opt(year, month, day)
        && d > today
    {
        year -= 100;
    }
    if plus {
        year -= 100;
    }
    Ok(year)
}

/// The Luhn check over the ten digits `YYMMDDNNNC`.
fn luhn_ok(ten: &str) -> bool {
    let sum: u32 = ten
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn parse(s: &str) -> Result<PersonNumber, &'static str> {
        PersonNumber::parse(s, today()).map_err(|e| e.message_id)
    }

    #[test]
    fn every_usual_form_reads_as_one_number() {
        // Skatteverket's test numbers.
        for s in ["811218-9876", "8112189876", "19811218-9876", "198112189876", " 811218 - 9876 "] {
            let n = parse(s).unwrap();
            assert_eq!(n.as_str(), "19811218-9876", "{s}");
            assert_eq!(n.kind(), IdKind::Personnummer);
            assert_eq!(n.birth_date(), NaiveDate::from_ymd_opt(1981, 12, 18));
        }
    }

    #[test]
    fn a_wrong_check_digit_is_named() {
        assert_eq!(parse("811218-9875"), Err("error-pnr-check"));
        assert_eq!(parse("19811218-9870"), Err("error-pnr-check"));
    }

    #[test]
    fn the_century_follows_today_and_the_plus_sign() {
        // Born 2010: ten digits read as this century.
        let n = parse("100101-0006").unwrap();
        assert_eq!(n.birth_date(), NaiveDate::from_ymd_opt(2010, 1, 1));
        // Later in the year than today's date in 2026: the century before.
        assert_eq!(parse("261231-0009").unwrap().birth_date(), NaiveDate::from_ymd_opt(1926, 12, 31));
        // `+`: a hundred or older.
        assert_eq!(parse("100101+0006").unwrap().birth_date(), NaiveDate::from_ymd_opt(1910, 1, 1));
        // Twelve digits carry the century; `+` has no place there.
        assert_eq!(parse("20100101+0006"), Err("error-pnr-format"));
    }

    #[test]
    fn a_samordningsnummer_has_the_day_plus_sixty() {
        let n = parse("701063-2391").unwrap();
        assert_eq!(n.kind(), IdKind::Samordningsnummer);
        assert_eq!(n.birth_date(), NaiveDate::from_ymd_opt(1970, 10, 3));
        assert_eq!(n.as_str(), "19701063-2391");
        assert_eq!(parse("701063-2390"), Err("error-pnr-check"));
    }

    #[test]
    fn dates_that_do_not_exist_or_lie_ahead_are_refused() {
        assert_eq!(parse("19810231-0000"), Err("error-pnr-date"));
        assert_eq!(parse("19811318-9876"), Err("error-pnr-date"));
        assert_eq!(parse("20270101-0007"), Err("error-pnr-future"));
    }

    #[test]
    fn malformed_input_is_a_format_error() {
        for s in [
            "81121-9876",
            "811218_9876",
            "abc",
            "1-",
            "-",
            "12+4",
            "åäö-1234",
            "8112189876123",
            "811218--9876",
            "8112-189876",
        ] {
            assert_eq!(parse(s), Err("error-pnr-format"), "{s}");
        }
        assert_eq!(parse("  "), Err("error-required"));
    }

    #[test]
    fn a_reserve_number_holds_a_letter_and_nothing_odd() {
        let r = PersonNumber::reserve(" res-2026-7 ").unwrap();
        assert_eq!((r.kind(), r.as_str(), r.birth_date()), (IdKind::Reserve, "RES-2026-7", None));
        for bad in ["19811218-9876", "ÅÄÖ-1", "R 1", "R".repeat(21).as_str()] {
            assert_eq!(PersonNumber::reserve(bad).map_err(|e| e.message_id), Err("error-reserve-number"), "{bad}");
        }
    }

    #[test]
    fn the_research_sample_days_are_the_fifth_fifteenth_and_twentyfifth() {
        let on = |d: &str| parse(d).unwrap().born_on_sample_day();
        assert!(on("20100105-0002"));
        assert!(on("19811215-9879"));
        assert!(on("19811225-1239"));
        assert!(!on("19811218-9876"));
        assert!(!PersonNumber::reserve("R-5").unwrap().born_on_sample_day());
    }
}
