//! Journal notes of a documented case: dated, plain text, written by one staff member. A note can
//! be changed by its author until it is signed ("Signera", or by itself 24 hours after it was
//! written); after that a correction is a new note that points to the one it corrects, and the
//! original stays readable. Nothing is deleted but by retention.
use crate::Invalid;

/// The longest note kept, in characters.
pub const NOTE_MAX: usize = 10_000;

/// A note signs itself this long after it was written.
pub const SIGN_AFTER_SECS: i64 = 24 * 3600;

/// A note's text: 1–10,000 characters of plain text; line breaks and tabs are kept, other
/// control characters are refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText(String);

impl NoteText {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim_end();
        let s = s.trim_start_matches(['\n', '\r']);
        if s.trim().is_empty() {
            return Err(Invalid::new("error-required"));
        }
        if s.chars().count() > NOTE_MAX {
            return Err(Invalid::new("error-journal-note-long"));
        }
        if s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            return Err(Invalid::new("error-text"));
        }
        Ok(Self(s.replace("\r\n", "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether a note written at `created_at` (seconds) is signed at `now`: signed by its author, or
/// 24 hours old.
pub fn is_signed(created_at: i64, signed_at: Option<i64>, now: i64) -> bool {
    signed_at.is_some() || now - created_at >= SIGN_AFTER_SECS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_plain_text_of_at_most_ten_thousand_characters() {
        let n = NoteText::parse("\r\nMötte A på biblioteket.\r\nBokade ny tid.\t \n").unwrap();
        assert_eq!(n.as_str(), "Mötte A på biblioteket.\nBokade ny tid.");
        assert_eq!(NoteText::parse(" \n\t ").map_err(|e| e.message_id), Err("error-required"));
        assert!(NoteText::parse(&"å".repeat(NOTE_MAX)).is_ok());
        assert_eq!(
            NoteText::parse(&"å".repeat(NOTE_MAX + 1)).map_err(|e| e.message_id),
            Err("error-journal-note-long")
        );
        assert_eq!(NoteText::parse("a\u{0}b").map_err(|e| e.message_id), Err("error-text"));
    }

    #[test]
    fn a_note_signs_itself_after_a_day() {
        assert!(!is_signed(1_000, None, 1_000 + SIGN_AFTER_SECS - 1));
        assert!(is_signed(1_000, None, 1_000 + SIGN_AFTER_SECS));
        assert!(is_signed(1_000, Some(1_001), 1_002));
    }
}
