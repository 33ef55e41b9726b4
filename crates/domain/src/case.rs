//! A case ("ärende"): anonymous by default, with its contacts, referrals, follow-ups and closing.
use chrono::NaiveDate;

use crate::Invalid;

macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn parse(s: &str) -> Result<Self, Invalid> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s.trim()).ok_or(Invalid::new("error-choose"))
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// Whether the coordinator checked that the resident is registered in the municipality.
    Residency {
        Yes = "yes",
        No = "no",
        NotApplicable = "not_applicable",
    }
);

code_enum!(
    CaseStatus {
        Open = "open",
        Closed = "closed",
    }
);

code_enum!(
    /// Where a referral stands.
    ReferralStatus {
        Suggested = "suggested",
        ResidentWillContact = "resident_will_contact",
        ContactMade = "contact_made",
        SupportEstablished = "support_established",
        Declined = "declined",
        NotReached = "not_reached",
    }
);

code_enum!(
    /// Why a resident came back with a new case, as the first year's evaluation counted it
    /// ("one was dissatisfied and needed a reconsideration, another wanted to try something else").
    ReturningReason {
        NotSatisfied = "not_satisfied",
        SomethingElse = "something_else",
        NewProblem = "new_problem",
    }
);

code_enum!(
    /// Did the resident get the right support? Asked at the follow-up.
    FollowUpOutcome {
        Yes = "yes",
        Partly = "partly",
        No = "no",
        NotReached = "not_reached",
    }
);

code_enum!(
    /// Why a planned follow-up will not be made.
    FollowUpCancel {
        NotNeeded = "not_needed",
        ResidentDeclined = "resident_declined",
        DoneOtherwise = "done_otherwise",
        CaseMoved = "case_moved",
    }
);

/// Minutes spent on one contact: 1 to 16 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minutes(u16);

impl Minutes {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        match s.trim().parse::<u16>() {
            Ok(m) if (1..=960).contains(&m) => Ok(Self(m)),
            Ok(_) => Err(Invalid::new("error-minutes-range")),
            Err(_) if s.trim().is_empty() => Err(Invalid::new("error-required")),
            Err(_) => Err(Invalid::new("error-minutes-range")),
        }
    }

    pub const fn get(self) -> u16 {
        self.0
    }
}

/// A date given in a form (YYYY-MM-DD), not in the future and not before 2000.
pub fn parse_past_date(s: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Invalid::new("error-date"))?;
    if d > today {
        return Err(Invalid::new("error-date-future"));
    }
    if d.year_ce().1 < 2000 {
        return Err(Invalid::new("error-date"));
    }
    Ok(d)
}

/// A date for something planned (a follow-up): from today up to two years ahead.
pub fn parse_due_date(s: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Invalid::new("error-date"))?;
    if d < today || d > today + chrono::Days::new(730) {
        return Err(Invalid::new("error-due-date"));
    }
    Ok(d)
}

use chrono::Datelike;

/// A short free-text note: at most 1,000 characters, no control characters but line breaks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note(String);

impl Note {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if s.chars().count() > 1000 {
            return Err(Invalid::new("error-note-long"));
        }
        if s.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
            return Err(Invalid::new("error-text"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A referring organisation's name (e.g. a school), optional, at most 200 characters.
pub fn parse_org(s: &str) -> Result<Option<String>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > 200 || s.chars().any(char::is_control) {
        return Err(Invalid::new("error-text"));
    }
    Ok(Some(s.to_owned()))
}

/// Sharing information with a referral's destination needs the resident's consent first.
pub fn check_sharing(consent: bool, info_shared: bool) -> Result<(), Invalid> {
    if info_shared && !consent { Err(Invalid::new("error-consent-required")) } else { Ok(()) }
}

/// When the support got established: required (and not before the referral) once the status says so.
pub fn check_established(
    status: ReferralStatus,
    referred_on: NaiveDate,
    established_on: Option<NaiveDate>,
) -> Result<Option<NaiveDate>, Invalid> {
    match (status, established_on) {
        (ReferralStatus::SupportEstablished, None) => Err(Invalid::new("error-established-date")),
        (ReferralStatus::SupportEstablished, Some(d)) if d < referred_on => {
            Err(Invalid::new("error-established-before"))
        }
        (ReferralStatus::SupportEstablished, d) => Ok(d),
        (_, _) => Ok(None),
    }
}

/// Figures derived for a case: what the effect report and the case page show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseFigures {
    pub contacts: u32,
    pub minutes: u32,
    /// Days from first contact to the first meeting (a contact whose mode counts as a meeting).
    pub days_to_first_meeting: Option<i64>,
    /// Days from first contact to the earliest established support.
    pub days_to_support: Option<i64>,
}

/// One contact as the figures need it: its date, minutes and whether it was a meeting.
#[derive(Debug, Clone, Copy)]
pub struct ContactFact {
    pub on: NaiveDate,
    pub minutes: u32,
    pub meeting: bool,
}

pub fn figures(first_contact: NaiveDate, contacts: &[ContactFact], established: &[NaiveDate]) -> CaseFigures {
    let first_meeting = contacts.iter().filter(|c| c.meeting).map(|c| c.on).min();
    CaseFigures {
        contacts: contacts.len() as u32,
        minutes: contacts.iter().map(|c| c.minutes).sum(),
        days_to_first_meeting: first_meeting.map(|d| (d - first_contact).num_days().max(0)),
        days_to_support: established.iter().min().map(|d| (*d - first_contact).num_days().max(0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn minutes_have_bounds() {
        assert_eq!(Minutes::parse("45").map(Minutes::get), Ok(45));
        assert_eq!(Minutes::parse("0"), Err(Invalid::new("error-minutes-range")));
        assert_eq!(Minutes::parse("961"), Err(Invalid::new("error-minutes-range")));
        assert_eq!(Minutes::parse(""), Err(Invalid::new("error-required")));
        assert_eq!(Minutes::parse("ten"), Err(Invalid::new("error-minutes-range")));
    }

    #[test]
    fn dates_are_checked_against_today() {
        let today = d("2026-11-23");
        assert_eq!(parse_past_date("2026-11-23", today), Ok(today));
        assert_eq!(parse_past_date("2026-11-24", today), Err(Invalid::new("error-date-future")));
        assert_eq!(parse_past_date("23/11/2026", today), Err(Invalid::new("error-date")));
        assert_eq!(parse_due_date("2026-11-22", today), Err(Invalid::new("error-due-date")));
        assert!(parse_due_date("2026-12-07", today).is_ok());
    }

    #[test]
    fn sharing_needs_consent() {
        assert_eq!(check_sharing(false, true), Err(Invalid::new("error-consent-required")));
        assert!(check_sharing(true, true).is_ok());
        assert!(check_sharing(false, false).is_ok());
    }

    #[test]
    fn established_support_needs_its_date() {
        let on = d("2026-10-01");
        assert!(check_established(ReferralStatus::SupportEstablished, on, None).is_err());
        assert!(check_established(ReferralStatus::SupportEstablished, on, Some(d("2026-09-30"))).is_err());
        assert_eq!(
            check_established(ReferralStatus::SupportEstablished, on, Some(d("2026-10-15"))),
            Ok(Some(d("2026-10-15")))
        );
        assert_eq!(check_established(ReferralStatus::Suggested, on, Some(d("2026-10-15"))), Ok(None));
    }

    #[test]
    fn figures_count_meetings_and_support() {
        let first = d("2026-10-01");
        let contacts = [
            ContactFact { on: d("2026-10-01"), minutes: 20, meeting: false },
            ContactFact { on: d("2026-10-08"), minutes: 60, meeting: true },
            ContactFact { on: d("2026-10-05"), minutes: 45, meeting: true },
        ];
        let f = figures(first, &contacts, &[d("2026-10-20"), d("2026-10-12")]);
        assert_eq!(
            f,
            CaseFigures { contacts: 3, minutes: 125, days_to_first_meeting: Some(4), days_to_support: Some(11) }
        );
        assert_eq!(figures(first, &[], &[]), CaseFigures::default());
    }

    #[test]
    fn codes_round_trip() {
        for s in ReferralStatus::ALL {
            assert_eq!(ReferralStatus::parse(s.as_str()), Ok(*s));
        }
        assert!(Residency::parse("maybe").is_err());
    }
}
