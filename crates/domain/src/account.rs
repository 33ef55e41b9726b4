//! Staff accounts: user names, display names and passwords.
use crate::Invalid;

/// A login name: 3–64 characters of lowercase a–z, digits, `.`, `_` and `-`, starting with a letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_lowercase();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        let len = s.chars().count();
        let first_is_letter = s.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        let allowed = s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
        if !(3..=64).contains(&len) || !first_is_letter || !allowed {
            return Err(Invalid::new("error-username"));
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name shown to colleagues and in the audit log, 1–100 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        if s.chars().count() > 100 || s.chars().any(char::is_control) {
            return Err(Invalid::new("error-display-name"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: at least 12 characters (a passphrase is encouraged), at most 256.
///
/// Length is the rule that matters (NIST SP 800-63B); no composition rules.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 12;

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        let len = s.chars().count();
        if len < Self::MIN_CHARS {
            return Err(Invalid::new("error-password-short"));
        }
        if len > 256 {
            return Err(Invalid::new("error-password-long"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_normalised_and_checked() {
        assert_eq!(Username::parse("  Anna.Berg ").map(|u| u.0), Ok("anna.berg".into()));
        assert_eq!(Username::parse(""), Err(Invalid::new("error-required")));
        for bad in ["ab", "1anna", "anna berg", "anna@x", "åsa", &"a".repeat(65)] {
            assert_eq!(Username::parse(bad), Err(Invalid::new("error-username")), "{bad}");
        }
    }

    #[test]
    fn passwords_need_twelve_characters() {
        assert!(NewPassword::parse("elva tecken").is_err());
        assert!(NewPassword::parse("tolv tecken!").is_ok());
        assert!(NewPassword::parse(&"x".repeat(257)).is_err());
        assert_eq!(format!("{:?}", NewPassword::parse("hemligt lösenord").unwrap()), "NewPassword(***)");
    }

    #[test]
    fn display_names_refuse_control_characters() {
        assert!(DisplayName::parse("Anna Berg").is_ok());
        assert!(DisplayName::parse("Anna\u{0}Berg").is_err());
        assert!(DisplayName::parse("   ").is_err());
    }
}
