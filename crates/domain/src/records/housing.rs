//! Housing First ("Bostad först", DOMAIN.md item 13's neighbour in the seeds): a home is a right,
//! not a reward. A person of the documented record is enrolled; their home has a landlord, an
//! address and a tenancy whose status is followed (active, warned, terminated, moved on), beside a
//! log of contacts with the landlord and of practical support, without conditions or an end date.
//! The report asks how many tenancies were held 6, 12 and 24 months after they began.
use chrono::{Months, NaiveDate};

use crate::Invalid;
use crate::case::{code_enum, parse_past_date};
use crate::ids::ListEntryId;
use crate::records::family::Actor;

code_enum!(
    /// Where the tenancy stands.
    TenancyStatus {
        Active = "active",
        /// The landlord has warned (rent arrears, disturbance): the support steps up.
        Warned = "warned",
        Terminated = "terminated",
        /// The person moved on to another home of their own.
        MovedOn = "moved_on",
    }
);

code_enum!(
    /// What a contact with the landlord was about.
    LandlordTopic {
        Rent = "rent",
        Disturbance = "disturbance",
        Repairs = "repairs",
        Tenancy = "tenancy",
        Other = "other",
    }
);

code_enum!(
    /// Practical support given.
    SupportKind {
        /// A bank account and a standing order for the rent.
        BankAccount = "bank_account",
        RentPaid = "rent_paid",
        /// The laundry room, the house rules, the neighbours.
        HouseRules = "house_rules",
        HealthCare = "health_care",
        /// Motivational talks.
        Talk = "talk",
        Other = "other",
    }
);

/// The landlord of a home: an entry of the unit's landlord list, or an organisation of the
/// support directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Landlord {
    Listed(ListEntryId),
    Organization(String),
}

impl Landlord {
    /// A landlord as a form or the store writes it: `list:` and the entry, or `org:` and the id.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        if let Some(id) = s.strip_prefix("list:") {
            return id.parse().map(Self::Listed).map_err(|_| Invalid::new("error-choose"));
        }
        match s.strip_prefix(Actor::ORG) {
            Some(_) => Actor::parse(s).map(|a| Self::Organization(a.organization_id().unwrap_or_default().to_owned())),
            None => Err(Invalid::new("error-choose")),
        }
    }

    pub fn code(&self) -> String {
        match self {
            Self::Listed(id) => format!("list:{id}"),
            Self::Organization(id) => format!("{}{id}", Actor::ORG),
        }
    }
}

/// The months after a tenancy's start at which the report asks whether it is held.
pub const HELD_AT: [u32; 3] = [6, 12, 24];

/// An address: required, at most 200 characters on one line.
pub fn parse_address(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    if s.chars().count() > 200 || s.chars().any(char::is_control) {
        return Err(Invalid::new("error-text"));
    }
    Ok(s.to_owned())
}

/// A tenancy's start: a day not in the future (a tenancy is recorded once it has begun) and not
/// before the enrolment's year 2000 floor.
pub fn parse_tenancy_start(s: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    parse_past_date(s, today)
}

/// A tenancy as the report weighs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tenancy {
    pub starts_on: NaiveDate,
    pub status: TenancyStatus,
    /// The day the status was set.
    pub since: NaiveDate,
}

impl Tenancy {
    /// The day `months` after the start.
    pub fn mark(&self, months: u32) -> Option<NaiveDate> {
        self.starts_on.checked_add_months(Months::new(months))
    }

    /// Whether the tenancy had reached `months` by `day`, and so can be asked whether it held.
    pub fn reached(&self, months: u32, day: NaiveDate) -> bool {
        self.mark(months).is_some_and(|m| m <= day)
    }

    /// Whether it was held `months` after its start: not terminated before that day. Moving on to
    /// another home of one's own is a tenancy held.
    pub fn held(&self, months: u32) -> bool {
        match (self.status, self.mark(months)) {
            (TenancyStatus::Terminated, Some(m)) => self.since >= m,
            _ => true,
        }
    }
}

/// For each of [`HELD_AT`]: how many tenancies had reached that many months by `day`, and how
/// many of them were held.
pub fn held_at(tenancies: &[Tenancy], day: NaiveDate) -> Vec<(u32, i64, i64)> {
    HELD_AT
        .iter()
        .map(|&m| {
            let reached: Vec<&Tenancy> = tenancies.iter().filter(|t| t.reached(m, day)).collect();
            let held = reached.iter().filter(|t| t.held(m)).count() as i64;
            (m, reached.len() as i64, held)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn t(start: &str, status: TenancyStatus, since: &str) -> Tenancy {
        Tenancy { starts_on: d(start), status, since: d(since) }
    }

    #[test]
    fn a_tenancy_is_held_unless_terminated_before_the_mark() {
        let a = t("2025-01-15", TenancyStatus::Terminated, "2025-05-01");
        assert!(!a.held(6));
        let b = t("2025-01-15", TenancyStatus::Terminated, "2025-09-01");
        assert!(b.held(6) && !b.held(12));
        let c = t("2025-01-15", TenancyStatus::MovedOn, "2025-03-01");
        assert!(c.held(24), "moving on to another home is a tenancy held");
        assert!(t("2025-01-15", TenancyStatus::Warned, "2025-02-01").held(12));
        let all = [a, b, c, t("2026-06-01", TenancyStatus::Active, "2026-06-01")];
        assert_eq!(held_at(&all, d("2026-01-15")), vec![(6, 3, 2), (12, 3, 1), (24, 0, 0)]);
        assert!(!all[3].reached(6, d("2026-11-30")));
        assert!(all[3].reached(6, d("2026-12-01")));
    }

    #[test]
    fn a_landlord_is_a_list_entry_or_a_directory_organisation() {
        assert_eq!(Landlord::parse("list:12"), Ok(Landlord::Listed(ListEntryId::new(12))));
        assert_eq!(Landlord::parse("org:abc-1").unwrap().code(), "org:abc-1");
        assert!(Landlord::parse("list:x").is_err());
        assert!(Landlord::parse("school").is_err());
        assert_eq!(Landlord::parse(""), Err(Invalid::new("error-required")));
    }

    #[test]
    fn an_address_is_one_line() {
        assert_eq!(parse_address(" Storgatan 1 "), Ok("Storgatan 1".into()));
        assert!(parse_address("").is_err());
        assert!(parse_address("a\nb").is_err());
        assert!(parse_tenancy_start("2099-01-01", d("2026-01-01")).is_err());
    }
}
