//! Family coordination ("samverkande koordinatorer", DOMAIN.md item 12): a family of guardians
//! and children held by a coordinator pair, and the guardians' consent that decides which actors
//! the coordinators may contact or share with. Sharing outside a valid consent is refused here,
//! not only warned about: every guardian with custody must have consented to that actor on that
//! day, and a withdrawal counts from the day it is recorded.
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::case::{code_enum, parse_past_date};

code_enum!(
    /// Where a family stands with the unit.
    Status {
        /// On the waiting list: no pair has taken the family yet.
        Waiting = "waiting",
        /// A pair works with the family.
        Active = "active",
        Closed = "closed",
    }
);

code_enum!(
    /// How the coordination ended.
    Outcome {
        /// The family reached the plan's goals.
        GoalsMet = "goals_met",
        PartlyMet = "partly_met",
        /// The family chose to end it.
        FamilyEnded = "family_ended",
        /// The family moved away from the municipality.
        Moved = "moved",
        /// Support elsewhere took over (e.g. an intervention with a decision).
        HandedOver = "handed_over",
        Other = "other",
    }
);

code_enum!(
    /// What a family member is to the family.
    Role {
        Guardian = "guardian",
        Child = "child",
    }
);

code_enum!(
    /// How the coordinators were in touch with an actor.
    ContactKind {
        /// A meeting the coordinators went along to with the family.
        Meeting = "meeting",
        /// A call or message to the actor.
        Call = "call",
        /// Information about the family given to the actor.
        Shared = "shared",
    }
);

code_enum!(
    /// The actors every consent can name; others are organisations of the directory.
    ActorKind {
        School = "school",
        SocialServices = "social_services",
        HealthCare = "health_care",
        EmploymentService = "employment_service",
        SocialInsurance = "social_insurance",
    }
);

/// The most guardians and children a family holds.
pub const GUARDIANS_MAX: usize = 4;
pub const CHILDREN_MAX: usize = 10;

/// The families a pair holds at a time unless the unit says otherwise (DOMAIN.md: "about 20").
pub const PAIR_CAPACITY: u32 = 20;
pub const PAIR_CAPACITY_MAX: u32 = 60;

/// A consent runs at most this long; the family is asked again after.
pub const CONSENT_DAYS_MAX: u64 = 3 * 366;
/// A consent that ends within this many days is listed as about to expire.
pub const EXPIRING_DAYS: u64 = 30;
/// The most actors one consent names.
pub const ACTORS_MAX: usize = 30;

/// An actor a consent names and a contact is with: one of [`ActorKind`] or an organisation of the
/// directory (`org:` and its id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Actor(String);

impl Actor {
    pub const ORG: &'static str = "org:";

    pub fn kind(k: ActorKind) -> Self {
        Self(k.as_str().to_owned())
    }

    /// An organisation of the directory by its id.
    pub fn organization(id: &str) -> Result<Self, Invalid> {
        let id = id.trim();
        if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(Invalid::new("error-choose"));
        }
        Ok(Self(format!("{}{id}", Self::ORG)))
    }

    /// An actor as written in a form or stored.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        match s.strip_prefix(Self::ORG) {
            Some(id) => Self::organization(id),
            None => ActorKind::parse(s).map(Self::kind),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The fixed kind, when it is one.
    pub fn as_kind(&self) -> Option<ActorKind> {
        ActorKind::parse(&self.0).ok()
    }

    /// The directory organisation's id, when it is one.
    pub fn organization_id(&self) -> Option<&str> {
        self.0.strip_prefix(Self::ORG)
    }
}

/// Actors as stored: one line, separated by spaces.
pub fn write_actors(actors: &[Actor]) -> String {
    actors.iter().map(Actor::as_str).collect::<Vec<_>>().join(" ")
}

/// Actors as stored, read back; an unknown one is an error of the store.
pub fn read_actors(s: &str) -> Result<Vec<Actor>, Invalid> {
    s.split_whitespace().map(Actor::parse).collect()
}

/// What a guardian consented to, as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentTerms {
    pub given_on: NaiveDate,
    pub expires_on: NaiveDate,
    /// Sorted, each once.
    pub actors: Vec<Actor>,
}

impl ConsentTerms {
    /// Checks a consent as submitted: given on a day not in the future, an expiry after that day
    /// and at most [`CONSENT_DAYS_MAX`] later, at least one actor. Every refusal names its field.
    pub fn parse(
        given_on: &str,
        expires_on: &str,
        actors: &[String],
        today: NaiveDate,
    ) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let given = parse_past_date(given_on, today).map_err(|e| errors.push(("consent_given_on", e))).ok();
        let expires = match expires_on.trim() {
            "" => Err(Invalid::new("error-required")),
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Invalid::new("error-date")),
        }
        .map_err(|e| errors.push(("consent_expires_on", e)))
        .ok();
        if let (Some(g), Some(x)) = (given, expires) {
            if x <= g {
                errors.push(("consent_expires_on", Invalid::new("error-consent-expiry-before")));
            } else if x > g + Days::new(CONSENT_DAYS_MAX) {
                errors.push(("consent_expires_on", Invalid::new("error-consent-expiry-far")));
            } else if x < today {
                errors.push(("consent_expires_on", Invalid::new("error-consent-expired")));
            }
        }
        let mut parsed = Vec::new();
        for a in actors.iter().filter(|a| !a.trim().is_empty()) {
            match Actor::parse(a) {
                Ok(a) => parsed.push(a),
                Err(e) => {
                    errors.push(("consent_actors", e));
                    break;
                }
            }
        }
        parsed.sort();
        parsed.dedup();
        let actor_refused = errors.iter().any(|(f, _)| *f == "consent_actors");
        if parsed.is_empty() && !actor_refused {
            errors.push(("consent_actors", Invalid::new("error-consent-actors")));
        } else if parsed.len() > ACTORS_MAX {
            errors.push(("consent_actors", Invalid::new("error-consent-too-many")));
        }
        match (given, expires) {
            (Some(given_on), Some(expires_on)) if errors.is_empty() => {
                Ok(Self { given_on, expires_on, actors: parsed })
            }
            _ => Err(errors),
        }
    }
}

/// A consent as recorded, with its withdrawal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub terms: ConsentTerms,
    pub withdrawn_on: Option<NaiveDate>,
}

impl Consent {
    /// In force on `day`: given, not past its expiry day, not withdrawn on or before `day`.
    pub fn in_force(&self, day: NaiveDate) -> bool {
        self.terms.given_on <= day && day <= self.terms.expires_on && self.withdrawn_on.is_none_or(|w| day < w)
    }

    /// In force on `day` and naming `actor`.
    pub fn covers(&self, actor: &Actor, day: NaiveDate) -> bool {
        self.in_force(day) && self.terms.actors.contains(actor)
    }

    /// In force and ending within [`EXPIRING_DAYS`] of `today`.
    pub fn expiring(&self, today: NaiveDate) -> bool {
        self.in_force(today) && self.terms.expires_on <= today + Days::new(EXPIRING_DAYS)
    }
}

/// A guardian with the consents they gave.
#[derive(Debug, Clone)]
pub struct GuardianConsents<'a, P> {
    pub guardian: P,
    /// Holds custody: their consent is needed.
    pub custody: bool,
    pub consents: Vec<&'a Consent>,
}

/// Why sharing with an actor was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal<P> {
    /// No guardian of the family holds custody: nobody can consent.
    NoCustody,
    /// These guardians with custody have no consent in force that names the actor.
    Missing(Vec<P>),
}

/// Whether the coordinators may contact or share with `actor` on `day`: every guardian with
/// custody (both where custody is joint) must have a consent in force naming it.
pub fn may_share<P: Clone>(
    guardians: &[GuardianConsents<'_, P>],
    actor: &Actor,
    day: NaiveDate,
) -> Result<(), Refusal<P>> {
    let with_custody: Vec<_> = guardians.iter().filter(|g| g.custody).collect();
    if with_custody.is_empty() {
        return Err(Refusal::NoCustody);
    }
    let missing: Vec<P> = with_custody
        .iter()
        .filter(|g| !g.consents.iter().any(|c| c.covers(actor, day)))
        .map(|g| g.guardian.clone())
        .collect();
    if missing.is_empty() { Ok(()) } else { Err(Refusal::Missing(missing)) }
}

/// A pair's capacity as submitted: 1 to [`PAIR_CAPACITY_MAX`] families.
pub fn parse_capacity(s: &str) -> Result<u32, Invalid> {
    match s.trim() {
        "" => Ok(PAIR_CAPACITY),
        s => s
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=PAIR_CAPACITY_MAX).contains(n))
            .ok_or(Invalid::new("error-family-capacity")),
    }
}

/// A pair's load: the families it holds against what it can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caseload {
    pub active: u32,
    pub capacity: u32,
}

impl Caseload {
    pub fn full(self) -> bool {
        self.active >= self.capacity
    }

    pub fn free(self) -> u32 {
        self.capacity.saturating_sub(self.active)
    }
}

/// A child's age in whole years on `today`, from the birth date its identity number gives.
pub fn age_on(born: NaiveDate, today: NaiveDate) -> Option<u32> {
    today.years_since(born)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn actors(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    fn consent(given: &str, expires: &str, a: &[&str], withdrawn: Option<&str>) -> Consent {
        Consent {
            terms: ConsentTerms::parse(given, expires, &actors(a), d("2026-06-01")).unwrap(),
            withdrawn_on: withdrawn.map(d),
        }
    }

    #[test]
    fn terms_need_an_expiry_after_the_day_given_and_an_actor() {
        let today = d("2026-06-01");
        let e = ConsentTerms::parse("2026-05-01", "2026-04-30", &actors(&["school"]), today).unwrap_err();
        assert_eq!(e, vec![("consent_expires_on", Invalid::new("error-consent-expiry-before"))]);
        let e = ConsentTerms::parse("2026-05-01", "2026-05-01", &[], today).unwrap_err();
        assert_eq!(e.len(), 2);
        assert!(e.contains(&("consent_actors", Invalid::new("error-consent-actors"))));
        let e = ConsentTerms::parse("2026-06-02", "2027-01-01", &actors(&["school"]), today).unwrap_err();
        assert_eq!(e, vec![("consent_given_on", Invalid::new("error-date-future"))]);
        let e = ConsentTerms::parse("2026-05-01", "2030-01-01", &actors(&["school"]), today).unwrap_err();
        assert_eq!(e, vec![("consent_expires_on", Invalid::new("error-consent-expiry-far"))]);
        let e = ConsentTerms::parse("2026-05-01", "2026-05-20", &actors(&["school"]), today).unwrap_err();
        assert_eq!(e, vec![("consent_expires_on", Invalid::new("error-consent-expired"))]);
        let e = ConsentTerms::parse("2026-05-01", "2027-01-01", &actors(&["police"]), today).unwrap_err();
        assert_eq!(e, vec![("consent_actors", Invalid::new("error-choose"))]);
        let t = ConsentTerms::parse(
            "2026-05-01",
            "2027-05-01",
            &actors(&["school", "org:abc-1", "school", "health_care", ""]),
            today,
        )
        .unwrap();
        assert_eq!(t.actors.len(), 3);
        assert_eq!(read_actors(&write_actors(&t.actors)).unwrap(), t.actors);
        assert!(Actor::parse("org:a b").is_err());
        assert!(Actor::parse("org:").is_err());
    }

    #[test]
    fn a_consent_is_in_force_from_its_day_through_its_expiry_until_withdrawn() {
        let c = consent("2026-05-01", "2026-12-31", &["school"], None);
        let school = Actor::kind(ActorKind::School);
        assert!(!c.covers(&school, d("2026-04-30")));
        assert!(c.covers(&school, d("2026-05-01")));
        assert!(c.covers(&school, d("2026-12-31")));
        assert!(!c.covers(&school, d("2027-01-01")));
        assert!(!c.covers(&Actor::kind(ActorKind::HealthCare), d("2026-06-01")));
        let w = consent("2026-05-01", "2026-12-31", &["school"], Some("2026-06-10"));
        assert!(w.covers(&school, d("2026-06-09")));
        assert!(!w.covers(&school, d("2026-06-10")), "a withdrawal counts from its own day");
        assert!(c.expiring(d("2026-12-01")));
        assert!(!c.expiring(d("2026-11-30")));
        assert!(!c.expiring(d("2027-01-01")), "an expired consent is no longer about to expire");
    }

    #[test]
    fn sharing_needs_every_guardian_with_custody() {
        let day = d("2026-06-01");
        let school = Actor::kind(ActorKind::School);
        let a = consent("2026-05-01", "2026-12-31", &["school", "health_care"], None);
        let b = consent("2026-05-01", "2026-12-31", &["health_care"], None);
        let both = [
            GuardianConsents { guardian: 1, custody: true, consents: vec![&a] },
            GuardianConsents { guardian: 2, custody: true, consents: vec![&b] },
        ];
        assert_eq!(may_share(&both, &school, day), Err(Refusal::Missing(vec![2])));
        assert_eq!(may_share(&both, &Actor::kind(ActorKind::HealthCare), day), Ok(()));
        let one_custody = [
            GuardianConsents { guardian: 1, custody: true, consents: vec![&a] },
            GuardianConsents { guardian: 2, custody: false, consents: vec![] },
        ];
        assert_eq!(may_share(&one_custody, &school, day), Ok(()));
        assert_eq!(may_share(&one_custody, &school, d("2027-01-01")), Err(Refusal::Missing(vec![1])));
        let none = [GuardianConsents { guardian: 1, custody: false, consents: vec![&a] }];
        assert_eq!(may_share(&none, &school, day), Err(Refusal::NoCustody));
    }

    #[test]
    fn capacity_and_caseload() {
        assert_eq!(parse_capacity(""), Ok(PAIR_CAPACITY));
        assert_eq!(parse_capacity(" 12 "), Ok(12));
        assert!(parse_capacity("0").is_err());
        assert!(parse_capacity("61").is_err());
        assert!(parse_capacity("x").is_err());
        let c = Caseload { active: 20, capacity: 20 };
        assert!(c.full());
        assert_eq!(c.free(), 0);
        assert_eq!(age_on(d("2015-06-02"), d("2026-06-01")), Some(10));
        assert_eq!(age_on(d("2015-06-01"), d("2026-06-01")), Some(11));
    }
}
