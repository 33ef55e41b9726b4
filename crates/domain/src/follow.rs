//! A resident following their own case: the coordinator hands out a case code and a PIN (shown
//! once, on a slip); with both the resident sees where the case stands and can write a short
//! message or ask to close it. Codes are revocable and expire; wrong PINs lock the code for a
//! growing time after the fifth.
use crate::Invalid;

/// The letters a code is made of: no 0/O, 1/I/L that are read for each other.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Characters in a code (shown as two groups of four).
pub const CODE_LEN: usize = 8;
/// Digits in a PIN.
pub const PIN_LEN: usize = 6;
/// Wrong PINs in a row before the code locks.
pub const FREE_TRIES: u32 = 5;
/// The longest message, in characters.
pub const MESSAGE_MAX: usize = 1_000;
/// Days a code stays valid.
pub const VALID_DAYS: u64 = 180;

/// A case code as handed out: `K7MQ-2XPA`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseCode(String);

impl CaseCode {
    /// A code from random bytes (one per character).
    pub fn from_random(bytes: &[u8; CODE_LEN]) -> Self {
        CaseCode(bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect())
    }

    /// A code as typed: case, spaces and dashes do not matter.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let c: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        if c.len() == CODE_LEN && c.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(CaseCode(c))
        } else {
            Err(Invalid::new("error-follow-code"))
        }
    }

    /// As stored and looked up.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed: two groups of four.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// A PIN: six digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin(String);

impl Pin {
    pub fn from_random(n: u32) -> Self {
        Pin(format!("{:06}", n % 1_000_000))
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let p: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if p.len() == PIN_LEN && p.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Pin(p))
        } else {
            Err(Invalid::new("error-follow-pin"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Seconds a code stays locked after `failures` wrong PINs in a row: none for the first five,
/// then one minute, doubling with each further try, at most a day.
pub fn lock_seconds(failures: u32) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(11);
    (60_i64 << doublings).min(86_400)
}

/// What a resident writes: at most `MESSAGE_MAX` characters of plain text.
pub fn parse_message(s: &str) -> Result<String, Invalid> {
    let s = s.trim().replace("\r\n", "\n");
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    if s.chars().count() > MESSAGE_MAX {
        return Err(Invalid::new("error-follow-message-long"));
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new("error-text"));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        let c = CaseCode::from_random(&[0, 1, 2, 3, 30, 31, 200, 255]);
        assert_eq!(c.as_str().len(), CODE_LEN);
        let typed = c.display().to_lowercase().replace('-', " ");
        assert_eq!(CaseCode::parse(&typed).unwrap(), c);
        assert!(CaseCode::parse("K7MQ-2XP").is_err(), "too short");
        assert!(CaseCode::parse("K7MQ-2XP0").is_err(), "0 is not in the alphabet");
        assert!(CaseCode::parse("<script>").is_err());
    }

    #[test]
    fn a_pin_is_six_digits() {
        assert_eq!(Pin::from_random(42).as_str(), "000042");
        assert_eq!(Pin::parse(" 123 456 ").unwrap().as_str(), "123456");
        assert!(Pin::parse("12345").is_err() && Pin::parse("12345a").is_err());
    }

    #[test]
    fn five_wrong_pins_are_free_then_the_wait_doubles_up_to_a_day() {
        assert_eq!((0..FREE_TRIES).map(lock_seconds).max(), Some(0));
        assert_eq!(lock_seconds(5), 60);
        assert_eq!(lock_seconds(6), 120);
        assert_eq!(lock_seconds(7), 240);
        assert_eq!(lock_seconds(40), 86_400);
    }

    #[test]
    fn a_message_is_short_plain_text() {
        assert_eq!(parse_message("  Hej!\r\nKan vi ses?  ").unwrap(), "Hej!\nKan vi ses?");
        assert_eq!(parse_message("").unwrap_err().message_id, "error-required");
        assert_eq!(parse_message(&"x".repeat(MESSAGE_MAX + 1)).unwrap_err().message_id, "error-follow-message-long");
        assert!(parse_message("a\u{7}b").is_err());
    }
}
