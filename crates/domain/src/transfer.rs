//! Telling one's story once, and referrals between the units of one installation.
//!
//! The intake note is a short summary the resident agrees to, written at the first contact. A
//! referral may be sent on to another unit that takes referrals: with the resident's recorded
//! consent it lands in that unit's intake list, carrying the contact details and the intake note
//! as far as the consent reaches; without consent only an anonymous heads-up goes (the units may
//! answer to different committees, separate authorities for secrecy, OSL 12:2).
use chrono::NaiveDate;

use crate::Invalid;
use crate::case::{code_enum, parse_past_date};
use crate::ids::UnitId;

/// The longest intake note, in characters (about a third of a page: a summary, not a journal).
pub const INTAKE_NOTE_MAX: usize = 1000;

code_enum!(
    /// What goes to the other unit.
    TransferKind {
        /// With the resident's consent: the referral itself, to be accepted or returned.
        Referral = "referral",
        /// Without consent: that a resident may get in touch, and nothing about them.
        HeadsUp = "heads_up",
    }
);

code_enum!(
    /// Where a referral sent to another unit stands, as the sender sees it.
    TransferState {
        Sent = "sent",
        /// The receiving unit took it on as a case of its own.
        Accepted = "accepted",
        /// The receiving unit sent it back, with a reason.
        Returned = "returned",
        /// A heads-up the receiving unit has read.
        Noted = "noted",
        /// Left unanswered until the receiving unit's time for requests ran out.
        Expired = "expired",
        /// The resident took their consent back before the receiving unit answered; what it
        /// carried was erased there.
        Withdrawn = "withdrawn",
    }
);

code_enum!(
    /// Why the receiving unit sent a referral back.
    ReturnReason {
        NotOurRemit = "not_our_remit",
        ResidentDeclined = "resident_declined",
        AlreadyKnown = "already_known",
        NotReached = "not_reached",
        Other = "other",
    }
);

/// The intake note as typed: trimmed, line breaks kept, no other control characters; the
/// resident must have agreed to it.
pub fn parse_intake_note(text: &str, agreed: bool) -> Result<String, Vec<(&'static str, Invalid)>> {
    let mut errors = Vec::new();
    let text = text.trim().replace("\r\n", "\n");
    if text.is_empty() {
        errors.push(("intake-note", Invalid::new("error-required")));
    } else if text.chars().count() > INTAKE_NOTE_MAX {
        errors.push(("intake-note", Invalid::new("error-intake-note-long")));
    } else if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        errors.push(("intake-note", Invalid::new("error-text")));
    }
    if !agreed {
        errors.push(("intake-note-agreed", Invalid::new("error-intake-note-agreed")));
    }
    if errors.is_empty() { Ok(text) } else { Err(errors) }
}

/// The resident's consent to a referral, as recorded on it: the day it was given and how far it
/// reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consent {
    pub on: NaiveDate,
    /// Their name and how to reach them go with the referral.
    pub contact: bool,
    /// The intake note goes with the referral.
    pub note: bool,
}

/// The form sending a referral on to another unit, as typed.
#[derive(Debug, Clone, Default)]
pub struct SendDraft<'a> {
    pub to_unit: &'a str,
    /// `referral` (with consent) or `heads_up`.
    pub kind: &'a str,
    pub consent_on: &'a str,
    pub share_contact: bool,
    pub share_note: bool,
}

/// What the case has that the form may offer to share.
#[derive(Debug, Clone, Copy)]
pub struct Sharable {
    pub contact: bool,
    pub note: bool,
}

/// A checked sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Send {
    pub to_unit: UnitId,
    pub kind: TransferKind,
    /// `Some` exactly for a referral with consent.
    pub consent: Option<Consent>,
}

impl Consent {
    /// The consent as a coordinator records it: its day (not in the future) and how far it
    /// reaches, over no more than the case `has`.
    pub fn parse(
        on: &str,
        contact: bool,
        note: bool,
        has: Sharable,
        today: NaiveDate,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let on = parse_past_date(on, today).map_err(|e| errors.push(("consent_on", e))).ok();
        if contact && !has.contact {
            errors.push(("share_contact", Invalid::new("error-referral-no-contact")));
        }
        if note && !has.note {
            errors.push(("share_note", Invalid::new("error-referral-no-note")));
        }
        match on {
            Some(on) if errors.is_empty() => Ok(Consent { on, contact, note }),
            _ => Err(errors),
        }
    }
}

impl Send {
    /// Checks the form. `takers` are the units that take referrals (the sender's own is refused
    /// even when it is among them). Nothing crosses without consent: sharing anything on a
    /// heads-up is refused.
    pub fn parse(
        d: &SendDraft<'_>,
        own: UnitId,
        takers: &[UnitId],
        has: Sharable,
        today: NaiveDate,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let to_unit = d.to_unit.trim().parse::<UnitId>().ok().filter(|u| *u != own && takers.contains(u));
        if to_unit.is_none() {
            let e = if d.to_unit.trim().is_empty() { "error-choose" } else { "error-referral-unit" };
            errors.push(("to_unit", Invalid::new(e)));
        }
        let kind = match TransferKind::parse(d.kind) {
            Ok(k) => Some(k),
            Err(e) => {
                errors.push(("transfer_kind", e));
                None
            }
        };
        let mut consent = None;
        match kind {
            Some(TransferKind::Referral) => {
                match Consent::parse(d.consent_on, d.share_contact, d.share_note, has, today) {
                    Ok(c) => consent = Some(c),
                    Err(e) => errors.extend(e),
                }
            }
            Some(TransferKind::HeadsUp) if d.share_contact || d.share_note => {
                errors.push(("transfer_kind", Invalid::new("error-referral-no-consent")));
            }
            Some(TransferKind::HeadsUp) | None => {}
        }
        match (to_unit, kind) {
            (Some(to_unit), Some(kind)) if errors.is_empty() => Ok(Send { to_unit, kind, consent }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const ALL: Sharable = Sharable { contact: true, note: true };

    fn fields(r: Result<Send, Vec<(&'static str, Invalid)>>) -> Vec<(&'static str, &'static str)> {
        r.unwrap_err().into_iter().map(|(f, e)| (f, e.message_id)).collect()
    }

    fn parse(d: &SendDraft<'_>, has: Sharable) -> Result<Send, Vec<(&'static str, Invalid)>> {
        let takers = [UnitId::new(2), UnitId::new(3)];
        Send::parse(d, UnitId::new(1), &takers, has, day("2026-12-07"))
    }

    #[test]
    fn a_referral_with_consent_records_the_day_and_how_far_it_reaches() {
        let d = SendDraft {
            to_unit: "2",
            kind: "referral",
            consent_on: "2026-12-03",
            share_contact: true,
            share_note: true,
        };
        let s = parse(&d, ALL).unwrap();
        assert_eq!(s.to_unit, UnitId::new(2));
        assert_eq!(s.consent, Some(Consent { on: day("2026-12-03"), contact: true, note: true }));
    }

    #[test]
    fn nothing_is_shared_on_a_heads_up_and_it_needs_no_consent_date() {
        let d = SendDraft { to_unit: "3", kind: "heads_up", ..Default::default() };
        assert_eq!(
            parse(&d, ALL).unwrap(),
            Send { to_unit: UnitId::new(3), kind: TransferKind::HeadsUp, consent: None }
        );
        let d = SendDraft { to_unit: "3", kind: "heads_up", share_note: true, ..Default::default() };
        assert_eq!(fields(parse(&d, ALL)), [("transfer_kind", "error-referral-no-consent")]);
    }

    #[test]
    fn the_own_unit_a_unit_not_taking_referrals_and_a_missing_consent_day_are_refused() {
        for unit in ["1", "4", "x"] {
            let d = SendDraft { to_unit: unit, kind: "referral", consent_on: "2026-12-03", ..Default::default() };
            assert_eq!(fields(parse(&d, ALL)), [("to_unit", "error-referral-unit")]);
        }
        let d = SendDraft { to_unit: "2", kind: "referral", ..Default::default() };
        assert_eq!(fields(parse(&d, ALL)), [("consent_on", "error-required")]);
        let d = SendDraft { to_unit: "2", kind: "referral", consent_on: "2026-12-08", ..Default::default() };
        assert_eq!(fields(parse(&d, ALL)), [("consent_on", "error-date-future")]);
        let d = SendDraft { to_unit: "", kind: "", ..Default::default() };
        assert_eq!(fields(parse(&d, ALL)), [("to_unit", "error-choose"), ("transfer_kind", "error-choose")]);
    }

    #[test]
    fn only_what_the_case_has_can_be_shared() {
        let none = Sharable { contact: false, note: false };
        let d = SendDraft {
            to_unit: "2",
            kind: "referral",
            consent_on: "2026-12-03",
            share_contact: true,
            share_note: true,
        };
        assert_eq!(
            fields(parse(&d, none)),
            [("share_contact", "error-referral-no-contact"), ("share_note", "error-referral-no-note")]
        );
    }

    #[test]
    fn an_intake_note_needs_words_and_the_residents_agreement() {
        assert_eq!(parse_intake_note(" Söker stöd \r\n med skulder ", true).unwrap(), "Söker stöd \n med skulder");
        let e: Vec<_> = parse_intake_note("", false).unwrap_err().into_iter().map(|(f, e)| (f, e.message_id)).collect();
        assert_eq!(e, [("intake-note", "error-required"), ("intake-note-agreed", "error-intake-note-agreed")]);
        let long = "å".repeat(INTAKE_NOTE_MAX + 1);
        assert_eq!(parse_intake_note(&long, true).unwrap_err()[0].1.message_id, "error-intake-note-long");
        assert!(parse_intake_note(&"å".repeat(INTAKE_NOTE_MAX), true).is_ok());
        assert_eq!(parse_intake_note("a\u{1b}b", true).unwrap_err()[0].1.message_id, "error-text");
    }
}
