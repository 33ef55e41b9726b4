//! The public contact form ("Kontakta oss", the unit's shared mailbox): a resident, or a partner
//! on their behalf with their consent, asks to be contacted; or someone leaves anonymous feedback.
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::privacy::Identity;

/// The longest message the form takes, in characters (a page of text).
pub const MESSAGE_MAX: usize = 2000;

/// A request to be contacted, or anonymous feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Request,
    Feedback,
    /// An anonymous heads-up from another unit of the installation: a resident it met may get in
    /// touch. It carries nothing about them.
    Notice,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::Feedback => "feedback",
            Self::Notice => "notice",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Request, Self::Feedback, Self::Notice].into_iter().find(|k| k.as_str() == s)
    }
}

/// Where an inquiry stands. Only an open one still holds what the person wrote (feedback keeps
/// its text when read, until the retention job).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    /// Turned into a case; the details moved to the case, sealed for it.
    Case,
    Closed,
    /// Its time ran out; the retention job removed the details.
    Expired,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Case => "case",
            Self::Closed => "closed",
            Self::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Open, Self::Case, Self::Closed, Self::Expired].into_iter().find(|k| k.as_str() == s)
    }
}

/// Why a request was closed without a case.
pub const CLOSE_REASONS: [&str; 4] = ["handled", "not_reachable", "duplicate", "spam"];

/// What arrives on the form, as typed.
#[derive(Debug, Clone, Default)]
pub struct RequestDraft<'a> {
    pub name: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub language: &'a str,
    pub contact_time: &'a str,
    pub message: &'a str,
    pub on_behalf: bool,
    pub partner_name: &'a str,
    pub partner_org: &'a str,
    pub consent: bool,
}

/// Someone who filled in the form for the resident (a teacher, a social worker, a relative).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    pub org: String,
}

/// A checked request: how to reach the resident, and who sent it if not they.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub identity: Identity,
    #[serde(default)]
    pub partner: Option<Partner>,
    /// Set when another unit of the installation referred the resident here with their consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred: Option<Referred>,
}

/// What a referral from another unit carries, as far as the resident's consent reaches: the
/// contact details go in `Request::identity` (empty when not shared), the intake note here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referred {
    /// The sending unit's name, as it was when sent.
    pub from_unit: String,
    /// The day the resident consented.
    pub consent_on: chrono::NaiveDate,
    /// Whether the resident's contact details were shared.
    pub contact: bool,
    /// The intake note, empty when not shared.
    #[serde(default)]
    pub note: String,
}

/// A message: line breaks and tabs are fine, other control characters are not.
pub fn parse_message(s: &str, required: bool) -> Result<String, Invalid> {
    let s = s.trim();
    if s.chars().count() > MESSAGE_MAX {
        return Err(Invalid::new("error-message-long"));
    }
    if s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Invalid::new("error-text"));
    }
    if required && s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    Ok(s.replace("\r\n", "\n"))
}

fn short(
    field: &'static str,
    s: &str,
    max: usize,
    required: bool,
    errors: &mut Vec<(&'static str, Invalid)>,
) -> String {
    let s = s.trim();
    if s.chars().count() > max || s.chars().any(char::is_control) {
        errors.push((field, Invalid::new("error-text")));
    } else if required && s.is_empty() {
        errors.push((field, Invalid::new("error-required")));
    }
    s.to_owned()
}

impl Request {
    /// Checks every field and reports each problem in the form's order. A phone number or an
    /// e-mail address is needed; a partner must name their organisation and confirm consent.
    pub fn parse(d: &RequestDraft<'_>) -> Result<Self, Vec<(&'static str, Invalid)>> {
        // The reason is ours, not the resident's: it is set when the request becomes a case.
        let mut errors = match Identity::parse(d.name, d.phone, d.email, d.language, d.contact_time, "-") {
            Ok(_) => Vec::new(),
            Err(e) => e,
        };
        let message = match parse_message(d.message, false) {
            Ok(m) => m,
            Err(e) => {
                errors.push(("message", e));
                String::new()
            }
        };
        let partner = if d.on_behalf {
            let name = short("partner_name", d.partner_name, 100, false, &mut errors);
            let org = short("partner_org", d.partner_org, 120, true, &mut errors);
            if !d.consent {
                errors.push(("consent", Invalid::new("error-inquiry-consent")));
            }
            Some(Partner { name, org })
        } else {
            None
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let identity = Identity {
            name: d.name.trim().to_owned(),
            phone: d.phone.trim().to_owned(),
            email: d.email.trim().to_owned(),
            language: d.language.trim().to_owned(),
            contact_time: d.contact_time.trim().to_owned(),
            reason: String::new(),
            message,
        };
        Ok(Self { identity, partner, referred: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> RequestDraft<'static> {
        RequestDraft { phone: "070-123 45 67", language: "svenska", ..Default::default() }
    }

    fn fields(r: Result<Request, Vec<(&'static str, Invalid)>>) -> Vec<(&'static str, &'static str)> {
        r.unwrap_err().into_iter().map(|(f, e)| (f, e.message_id)).collect()
    }

    #[test]
    fn a_phone_number_or_an_email_address_is_enough() {
        let r = Request::parse(&draft()).unwrap();
        assert_eq!(r.identity.phone, "070-123 45 67");
        assert_eq!(r.partner, None);
        let r = Request::parse(&RequestDraft { email: " sara@example.se ", ..Default::default() }).unwrap();
        assert_eq!(r.identity.email, "sara@example.se");
    }

    #[test]
    fn no_way_to_reach_and_a_bad_email_are_named_by_field() {
        assert_eq!(fields(Request::parse(&RequestDraft::default())), [("phone", "error-reach")]);
        let bad = RequestDraft { email: "sara.example.se", ..Default::default() };
        assert_eq!(fields(Request::parse(&bad)), [("email", "error-email")]);
    }

    #[test]
    fn a_long_message_is_refused_and_line_breaks_are_kept() {
        let long = "a".repeat(MESSAGE_MAX + 1);
        let d = RequestDraft { message: &long, ..draft() };
        assert_eq!(fields(Request::parse(&d)), [("message", "error-message-long")]);
        let d = RequestDraft { message: "Hej!\r\nRing efter tre.", ..draft() };
        assert_eq!(Request::parse(&d).unwrap().identity.message, "Hej!\nRing efter tre.");
        assert_eq!(parse_message("a\u{7}b", false), Err(Invalid::new("error-text")));
        assert_eq!(parse_message("  ", true), Err(Invalid::new("error-required")));
    }

    #[test]
    fn a_partner_names_their_organisation_and_confirms_consent() {
        let d = RequestDraft { on_behalf: true, ..draft() };
        assert_eq!(
            fields(Request::parse(&d)),
            [("partner_org", "error-required"), ("consent", "error-inquiry-consent")]
        );
        let d = RequestDraft { on_behalf: true, partner_org: "Skolan", consent: true, ..draft() };
        assert_eq!(Request::parse(&d).unwrap().partner, Some(Partner { name: String::new(), org: "Skolan".into() }));
        // Without "on behalf" the partner fields are ignored.
        let d = RequestDraft { partner_org: "Skolan", ..draft() };
        assert_eq!(Request::parse(&d).unwrap().partner, None);
    }
}
