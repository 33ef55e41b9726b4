//! The resident of a documented record ("person"): who they are, how to reach them, their
//! language, and the support person ("stödperson") they have chosen to bring. Kept sealed as one
//! whole, like the call-back details of the anonymous log.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::person_number::{IdKind, PersonNumber};
use crate::Invalid;
use crate::privacy::{email_ok, phone_ok, text};

/// A support person the resident has chosen: who, what they are to the resident, how to reach
/// them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportPerson {
    pub name: String,
    pub relation: String,
    pub reach: String,
}

/// What the record holds about a resident, as checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    /// The identity number in its one written form (see [`PersonNumber`]).
    pub number: String,
    /// `personnummer`, `samordningsnummer` or `reserve`.
    pub number_kind: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    /// The language the resident prefers, as they name it.
    pub language: String,
    pub interpreter: bool,
    pub support: Option<SupportPerson>,
}

/// A person's details as submitted, every field as typed.
#[derive(Debug, Clone, Default)]
pub struct PersonInput<'a> {
    pub name: &'a str,
    pub number: &'a str,
    /// The number is a reserve number the unit gives, not a personal identity number.
    pub reserve: bool,
    pub phone: &'a str,
    pub email: &'a str,
    pub address: &'a str,
    pub language: &'a str,
    pub interpreter: bool,
    pub support_name: &'a str,
    pub support_relation: &'a str,
    pub support_reach: &'a str,
}

impl Person {
    /// Checks every field and names each problem; nothing is kept unless all are right. The
    /// number is the checked [`PersonNumber`], given back beside the person for finding them
    /// again.
    pub fn parse(i: &PersonInput<'_>, today: NaiveDate) -> Result<(Self, PersonNumber), Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let name = text("person_name", i.name, 100, &mut errors);
        if name.is_empty() {
            errors.push(("person_name", Invalid::new("error-required")));
        }
        let number = if i.reserve { PersonNumber::reserve(i.number) } else { PersonNumber::parse(i.number, today) };
        let number = number.map_err(|e| errors.push(("person_number", e))).ok();
        let phone = text("phone", i.phone, 30, &mut errors);
        if !phone.is_empty() && !phone_ok(&phone) {
            errors.push(("phone", Invalid::new("error-phone")));
        }
        let email = text("email", i.email, 254, &mut errors);
        if !email.is_empty() && !email_ok(&email) {
            errors.push(("email", Invalid::new("error-email")));
        }
        let address = text("address", i.address, 200, &mut errors);
        let language = text("language", i.language, 60, &mut errors);
        let support = SupportPerson {
            name: text("support_name", i.support_name, 100, &mut errors),
            relation: text("support_relation", i.support_relation, 60, &mut errors),
            reach: text("support_reach", i.support_reach, 120, &mut errors),
        };
        let support = if support == SupportPerson::default() {
            None
        } else {
            // A support person is someone: a name and a way to reach them.
            if support.name.is_empty() {
                errors.push(("support_name", Invalid::new("error-required")));
            }
            if support.reach.is_empty() {
                errors.push(("support_reach", Invalid::new("error-required")));
            }
            Some(support)
        };
        match number {
            Some(number) if errors.is_empty() => Ok((
                Person {
                    name,
                    number: number.as_str().to_owned(),
                    number_kind: number.kind().as_str().to_owned(),
                    phone,
                    email,
                    address,
                    language,
                    interpreter: i.interpreter,
                    support,
                },
                number,
            )),
            _ => Err(errors),
        }
    }

    /// Whether the person is identified by a reserve number.
    pub fn has_reserve_number(&self) -> bool {
        self.number_kind == IdKind::Reserve.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn problems(i: &PersonInput<'_>) -> Vec<(&'static str, &'static str)> {
        Person::parse(i, today()).err().unwrap_or_default().into_iter().map(|(f, e)| (f, e.message_id)).collect()
    }

    #[test]
    fn a_resident_with_a_support_person_is_kept_whole() {
        let i = PersonInput {
            name: " Amina Hassan ",
            number: "811218-9876",
            phone: "070-123 45 67",
            language: "somaliska",
            interpreter: true,
            support_name: "Faduma Ali",
            support_relation: "syster",
            support_reach: "073-765 43 21",
            ..Default::default()
        };
        let (p, n) = Person::parse(&i, today()).unwrap();
        assert_eq!(p.name, "Amina Hassan");
        assert_eq!((p.number.as_str(), p.number_kind.as_str()), ("19811218-9876", "personnummer"));
        assert_eq!(n.as_str(), p.number);
        assert!(p.interpreter && !p.has_reserve_number());
        assert_eq!(p.support.as_ref().map(|s| s.relation.as_str()), Some("syster"));
    }

    #[test]
    fn a_reserve_number_stands_for_someone_without_one() {
        let i = PersonInput { name: "Okänd A", number: "res-17", reserve: true, ..Default::default() };
        let (p, n) = Person::parse(&i, today()).unwrap();
        assert!(p.has_reserve_number());
        assert_eq!((n.as_str(), n.birth_date()), ("RES-17", None));
        assert_eq!(p.support, None);
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let i = PersonInput {
            name: "",
            number: "811218-9875",
            phone: "12",
            email: "a@b",
            support_relation: "granne",
            ..Default::default()
        };
        assert_eq!(
            problems(&i),
            [
                ("person_name", "error-required"),
                ("person_number", "error-pnr-check"),
                ("phone", "error-phone"),
                ("email", "error-email"),
                ("support_name", "error-required"),
                ("support_reach", "error-required"),
            ]
        );
        let long = "x".repeat(101);
        let i = PersonInput { name: &long, number: "20270101-0007", ..Default::default() };
        assert_eq!(problems(&i), [("person_name", "error-text"), ("person_number", "error-pnr-future")]);
    }
}
