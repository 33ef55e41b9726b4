//! The record a unit keeps (DOMAIN.md, "Law and records"). Since 1 July 2025 (SFS 2025:400)
//! support given without a needs assessment is documented unless the social welfare committee
//! has decided an exception for the service: a unit is then "anonymous" (a statistics log with no
//! identity) or "documented" (the resident's record with journal notes). A documented unit may,
//! when its decision says so, still register walk-ins who only get advice anonymously.
use chrono::NaiveDate;

use crate::Invalid;
use crate::case::parse_past_date;

pub mod extended;
pub mod family;
pub mod family_plan;
pub mod housing;
pub mod journal;
pub mod masking;
pub mod person;
pub mod person_number;
pub mod retention;

/// How a unit keeps its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A statistics log with no identity, on the committee's exception.
    Anonymous,
    /// The resident's record: identity, journal notes, records requests and retention.
    Documented,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Anonymous, Mode::Documented];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Anonymous => "anonymous",
            Self::Documented => "documented",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        match s.trim() {
            "anonymous" => Ok(Self::Anonymous),
            "documented" => Ok(Self::Documented),
            _ => Err(Invalid::new("error-choose")),
        }
    }
}

/// The committee's decision reference ("diarienummer"), up to 200 characters on one line.
pub const REFERENCE_MAX: usize = 200;

/// A unit's record settings as the committee decided them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub mode: Mode,
    /// In documented mode: walk-ins who only get advice may be registered anonymously
    /// ("Endast råd, anonym"). Always false in anonymous mode, where every case is anonymous.
    pub anonymous_walk_ins: bool,
    /// The committee's decision reference.
    pub reference: Option<String>,
    /// The day the committee decided.
    pub decided_on: Option<NaiveDate>,
}

impl Decision {
    /// Checks what an admin submitted. Anonymity needs the committee's decision: anonymous mode,
    /// and anonymous walk-ins beside a documented record, are refused without its reference and
    /// date. Every refusal names its field.
    pub fn parse(
        mode: &str,
        anonymous_walk_ins: bool,
        reference: &str,
        decided_on: &str,
        today: NaiveDate,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let mode = Mode::parse(mode).map_err(|e| errors.push(("mode", e))).ok();
        let reference = reference.trim();
        if reference.chars().count() > REFERENCE_MAX || reference.chars().any(char::is_control) {
            errors.push(("decision_ref", Invalid::new("error-text")));
        }
        let decided_on = match decided_on.trim() {
            "" => None,
            d => parse_past_date(d, today).map_err(|e| errors.push(("decided_on", e))).ok(),
        };
        let anonymous_walk_ins = anonymous_walk_ins && mode == Some(Mode::Documented);
        if mode == Some(Mode::Anonymous) || anonymous_walk_ins {
            if reference.is_empty() {
                errors.push(("decision_ref", Invalid::new("error-decision-needed")));
            }
            if decided_on.is_none() && !errors.iter().any(|(f, _)| *f == "decided_on") {
                errors.push(("decided_on", Invalid::new("error-decision-needed")));
            }
        }
        match mode {
            Some(mode) if errors.is_empty() => Ok(Self {
                mode,
                anonymous_walk_ins,
                reference: Some(reference.to_owned()).filter(|r| !r.is_empty()),
                decided_on,
            }),
            _ => Err(errors),
        }
    }

    /// Whether a new case is registered without identity: always in anonymous mode, and in
    /// documented mode for a walk-in who only gets advice, when the decision allows it.
    pub fn anonymous_case(&self, walk_in_advice_only: bool) -> bool {
        self.mode == Mode::Anonymous || (self.anonymous_walk_ins && walk_in_advice_only)
    }
}

/// The long-term programmes a documented unit runs beside its cases (DOMAIN.md items 12 and
/// 13): family coordination and Housing First. Each needs the documented record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Programmes {
    pub family_coordination: bool,
    pub housing_first: bool,
}

impl Programmes {
    /// Checks the programmes chosen for a unit keeping its record in `mode`.
    pub fn parse(family_coordination: bool, housing_first: bool, mode: Option<Mode>) -> Result<Self, Invalid> {
        if (family_coordination || housing_first) && mode == Some(Mode::Anonymous) {
            return Err(Invalid::new("error-programme-documented"));
        }
        Ok(Self { family_coordination, housing_first })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programmes_need_the_documented_record() {
        assert!(Programmes::parse(true, false, Some(Mode::Anonymous)).is_err());
        assert!(Programmes::parse(false, true, Some(Mode::Anonymous)).is_err());
        assert_eq!(Programmes::parse(false, false, Some(Mode::Anonymous)), Ok(Programmes::default()));
        let p = Programmes::parse(true, true, Some(Mode::Documented)).unwrap();
        assert!(p.family_coordination && p.housing_first);
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn fields(r: Result<Decision, Vec<(&'static str, Invalid)>>) -> Vec<(&'static str, &'static str)> {
        r.err().unwrap_or_default().into_iter().map(|(f, e)| (f, e.message_id)).collect()
    }

    #[test]
    fn anonymity_needs_the_committees_reference_and_date() {
        let r = Decision::parse("anonymous", false, "", "", today());
        assert_eq!(fields(r), [("decision_ref", "error-decision-needed"), ("decided_on", "error-decision-needed")]);
        let d = Decision::parse("anonymous", true, " SN 2025/123 ", "2025-09-18", today()).unwrap();
        assert_eq!(d.reference.as_deref(), Some("SN 2025/123"));
        assert_eq!(d.decided_on, NaiveDate::from_ymd_opt(2025, 9, 18));
        assert!(!d.anonymous_walk_ins, "every case is anonymous in anonymous mode");
        assert!(d.anonymous_case(false));
    }

    #[test]
    fn a_documented_unit_needs_a_decision_only_for_anonymous_walk_ins() {
        let d = Decision::parse("documented", false, "", "", today()).unwrap();
        assert_eq!((d.reference.as_deref(), d.decided_on), (None, None));
        assert!(!d.anonymous_case(true));
        let r = Decision::parse("documented", true, "", "2025-09-18", today());
        assert_eq!(fields(r), [("decision_ref", "error-decision-needed")]);
        let d = Decision::parse("documented", true, "SN 2025/9", "2025-09-18", today()).unwrap();
        assert!(d.anonymous_case(true));
        assert!(!d.anonymous_case(false));
    }

    #[test]
    fn each_bad_field_is_named() {
        let long = "x".repeat(REFERENCE_MAX + 1);
        let r = Decision::parse("both", false, &long, "2027-01-01", today());
        assert_eq!(
            fields(r),
            [("mode", "error-choose"), ("decision_ref", "error-text"), ("decided_on", "error-date-future")]
        );
        let r = Decision::parse("anonymous", false, "SN\u{7}1", "18/9 2025", today());
        assert_eq!(fields(r), [("decision_ref", "error-text"), ("decided_on", "error-date")]);
    }
}
