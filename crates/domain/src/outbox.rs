//! Messages out: e-mail and SMS, kept in an outbox and sent by a job that retries with backoff.
//! Here: where a message goes (an address or a mobile number, checked), what it is for, and
//! when a failed one is tried again.
use crate::Invalid;
use crate::case::code_enum;

code_enum!(
    /// How a message goes out.
    Channel {
        Email = "email",
        Sms = "sms",
    }
);

code_enum!(
    /// What a message is for; it decides the e-mail's subject, which never carries anything a
    /// person typed.
    Purpose {
        /// A link to answer a survey, to a resident or a school's staff.
        SurveyInvitation = "survey_invitation",
    }
);

/// Tries before a message is given up (about four hours of backoff in all).
pub const MAX_ATTEMPTS: i32 = 8;

/// Seconds to wait after the `attempts`-th failed try: one minute, doubling, at most an hour.
pub fn backoff_secs(attempts: i32) -> i64 {
    let doublings = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(6);
    (60_i64 << doublings).min(3600)
}

/// What a message says and to whom: sealed in the outbox until it is sent.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Content {
    pub to: Recipient,
    /// The e-mail's subject: a fixed text of the message's purpose, never anything typed.
    pub subject: String,
    pub body: String,
}

/// Where a message goes: an e-mail address, or a mobile number in international form.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Recipient {
    Email(String),
    Sms(String),
}

impl Recipient {
    /// An e-mail address or a mobile number, told apart by the `@`; a Swedish number may start
    /// with 0 (`070-123 45 67` becomes `+46701234567`).
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        if s.contains('@') { email(s).map(Recipient::Email) } else { mobile(s).map(Recipient::Sms) }
    }

    pub fn channel(&self) -> Channel {
        match self {
            Recipient::Email(_) => Channel::Email,
            Recipient::Sms(_) => Channel::Sms,
        }
    }

    pub fn address(&self) -> &str {
        match self {
            Recipient::Email(a) | Recipient::Sms(a) => a,
        }
    }
}

fn email(s: &str) -> Result<String, Invalid> {
    let bad = Invalid::new("error-recipient");
    let (local, domain) = s.rsplit_once('@').ok_or(bad)?;
    let ok = s.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !local.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && s.chars().all(|c| {
            c.is_ascii_graphic() && !matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | ':' | '"' | '\\' | '[' | ']')
        })
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'));
    if ok { Ok(format!("{local}@{}", domain.to_ascii_lowercase())) } else { Err(bad) }
}

fn mobile(s: &str) -> Result<String, Invalid> {
    let bad = Invalid::new("error-recipient");
    if !s.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')')) {
        return Err(bad);
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let international = if s.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("46{rest}")
    } else {
        return Err(bad);
    };
    // E.164: at most 15 digits; a Swedish mobile number is 46 7x xxx xx xx.
    let swedish_mobile = international.strip_prefix("46").is_some_and(|r| r.starts_with('7') && r.len() == 9);
    let foreign = !international.starts_with("46") && (8..=15).contains(&international.len());
    if swedish_mobile || foreign { Ok(format!("+{international}")) } else { Err(bad) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_are_told_apart_and_normalised() {
        assert_eq!(Recipient::parse(" Sara.H@Exempel.SE "), Ok(Recipient::Email("Sara.H@exempel.se".into())));
        assert_eq!(Recipient::parse("070-123 45 67"), Ok(Recipient::Sms("+46701234567".into())));
        assert_eq!(Recipient::parse("+46 70 123 45 67"), Ok(Recipient::Sms("+46701234567".into())));
        assert_eq!(Recipient::parse("0046701234567"), Ok(Recipient::Sms("+46701234567".into())));
        assert_eq!(Recipient::parse("+358 40 123 4567"), Ok(Recipient::Sms("+358401234567".into())));
        assert_eq!(Recipient::parse(""), Err(Invalid::new("error-required")));
        for bad in [
            "sara@",
            "@exempel.se",
            "sara@exempel",
            "sara@@exempel.se",
            "sara h@exempel.se",
            "a@b..se",
            "08-123 456 78",
            "070-123",
            "ring mig",
            "+46 8 123 456 78",
        ] {
            assert_eq!(Recipient::parse(bad), Err(Invalid::new("error-recipient")), "{bad}");
        }
    }

    #[test]
    fn backoff_doubles_to_an_hour() {
        let waits: Vec<i64> = (1..=MAX_ATTEMPTS).map(backoff_secs).collect();
        assert_eq!(waits, [60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
