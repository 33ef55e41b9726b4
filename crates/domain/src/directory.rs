//! A service of the support directory as staff enter it: checked field by field, every problem
//! named, nothing kept unless everything is right. The fields are HSDS 3.0's (name, description,
//! `application_process` "how to get it", `eligibility_description`, ages, cost, languages,
//! where and when, contact), plus English and Arabic text beside the Swedish.
use crate::Invalid;

mod fields;
mod organization;
pub use fields::{DAYS, HOURS_FIELDS, Hours, HoursDraft};
use fields::{Errors, age, email, hours_line, phone, text, url};
pub use organization::{OrganizationDraft, OrganizationEntry};

/// What was typed into the service form.
#[derive(Debug, Default, Clone)]
pub struct ServiceDraft<'a> {
    pub name: &'a str,
    pub organization: &'a str,
    pub new_organization: &'a str,
    pub status: &'a str,
    pub visibility: &'a str,
    pub description: &'a str,
    pub application_process: &'a str,
    pub eligibility_description: &'a str,
    pub alert: &'a str,
    pub minimum_age: &'a str,
    pub maximum_age: &'a str,
    pub cost: &'a str,
    pub fees_description: &'a str,
    pub languages: &'a [String],
    pub other_languages: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub url: &'a str,
    pub place: &'a str,
    pub address: &'a str,
    pub postal_code: &'a str,
    pub city: &'a str,
    pub county: &'a str,
    /// How to get in and around the place: steps, ramp, lift, hearing loop, toilet.
    pub accessibility: &'a str,
    /// Up to three lines of opening hours, for days with different times.
    pub hours: [HoursDraft<'a>; 3],
    pub name_en: &'a str,
    pub name_ar: &'a str,
    pub description_en: &'a str,
    pub description_ar: &'a str,
    pub application_process_en: &'a str,
    pub application_process_ar: &'a str,
}

/// Where a service is given, with its address when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    /// Street, postcode (digits, "222 21"), city and county ("Skåne län"), all or none.
    pub address: Option<(String, String, String, String)>,
    /// How to get in and around (HSDS `accessibility.description`).
    pub accessibility: Option<String>,
}

/// Cost to the resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    Free,
    Fee,
}

/// A service as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceEntry {
    pub name: String,
    /// An existing organisation's id, or the name of a new one.
    pub organization: Result<String, String>,
    pub status: &'static str,
    pub public: bool,
    pub description: Option<String>,
    pub application_process: Option<String>,
    pub eligibility_description: Option<String>,
    pub alert: Option<String>,
    pub minimum_age: Option<u8>,
    pub maximum_age: Option<u8>,
    pub cost: Option<Cost>,
    pub fees_description: Option<String>,
    /// ISO 639-1 (or 639-3) codes, lower case, each once.
    pub languages: Vec<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub place: Option<Place>,
    /// The lines of opening hours, in the places they were typed (an empty line is `None`).
    pub hours: [Option<Hours>; 3],
    /// (field, language, text) for English and Arabic.
    pub translations: Vec<(&'static str, &'static str, String)>,
}

/// The statuses staff choose; "defunct" is what retiring sets.
pub const STATUSES: [&str; 3] = ["active", "temporarily closed", "inactive"];

impl ServiceEntry {
    pub fn parse(d: &ServiceDraft<'_>) -> Result<Self, Errors> {
        let mut e = Errors::new();
        let name = text("name", d.name, 200, false, &mut e);
        if name.is_none() && !e.iter().any(|(f, _)| *f == "name") {
            e.push(("name", Invalid::new("error-required")));
        }
        let existing = d.organization.trim();
        let new = text("new_organization", d.new_organization, 200, false, &mut e);
        let organization = match (existing.is_empty(), new) {
            (false, None) => Ok(existing.to_owned()),
            (true, Some(n)) => Err(n),
            (false, Some(_)) => {
                e.push(("new_organization", Invalid::new("error-organization-both")));
                Ok(String::new())
            }
            (true, None) => {
                if !e.iter().any(|(f, _)| *f == "new_organization") {
                    e.push(("organization", Invalid::new("error-organization")));
                }
                Ok(String::new())
            }
        };
        let status = STATUSES.iter().copied().find(|s| *s == d.status.trim());
        if status.is_none() {
            e.push(("status", Invalid::new("error-choose")));
        }
        let public = match d.visibility.trim() {
            "public" => Some(true),
            "internal" => Some(false),
            _ => {
                e.push(("visibility", Invalid::new("error-choose")));
                None
            }
        };
        let description = text("description", d.description, 4000, true, &mut e);
        let application_process = text("application_process", d.application_process, 4000, true, &mut e);
        let eligibility_description = text("eligibility_description", d.eligibility_description, 2000, true, &mut e);
        let alert = text("alert", d.alert, 500, true, &mut e);
        let minimum_age = age("minimum_age", d.minimum_age, &mut e);
        let maximum_age = age("maximum_age", d.maximum_age, &mut e);
        if let (Some(min), Some(max)) = (minimum_age, maximum_age)
            && max < min
        {
            e.push(("maximum_age", Invalid::new("error-age-bound")));
        }
        let cost = match d.cost.trim() {
            "" | "unknown" => None,
            "free" => Some(Cost::Free),
            "fee" => Some(Cost::Fee),
            _ => {
                e.push(("cost", Invalid::new("error-choose")));
                None
            }
        };
        let fees_description = text("fees_description", d.fees_description, 500, true, &mut e);
        let mut languages: Vec<String> = Vec::new();
        for l in d.languages.iter().map(|l| l.trim().to_lowercase()) {
            if ["sv", "en", "ar"].contains(&l.as_str()) {
                languages.push(l);
            } else if !l.is_empty() {
                e.push(("languages", Invalid::new("error-choose")));
            }
        }
        for l in d.other_languages.split([',', ' ']).map(str::trim).filter(|l| !l.is_empty()) {
            let l = l.to_lowercase();
            if (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()) {
                languages.push(l);
            } else {
                e.push(("other_languages", Invalid::new("error-language-code")));
                break;
            }
        }
        languages.sort();
        languages.dedup();
        let phone = phone("phone", d.phone, &mut e);
        let email = email("email", d.email, &mut e);
        let url = url("url", d.url, &mut e);
        let place_name = text("place", d.place, 200, false, &mut e);
        let street = text("address", d.address, 200, false, &mut e);
        let postal = text("postal_code", d.postal_code, 10, false, &mut e);
        let city = text("city", d.city, 100, false, &mut e);
        let county = text("county", d.county, 100, false, &mut e);
        let any_address = street.is_some() || postal.is_some() || city.is_some();
        let address = if any_address {
            for (f, v) in [("address", &street), ("postal_code", &postal), ("city", &city), ("county", &county)] {
                if v.is_none() && !e.iter().any(|(x, _)| *x == f) {
                    e.push((f, Invalid::new("error-required")));
                }
            }
            if let Some(p) = &postal
                && !(p.chars().filter(char::is_ascii_digit).count() == 5
                    && p.chars().all(|c| c.is_ascii_digit() || c == ' '))
            {
                e.push(("postal_code", Invalid::new("error-postal-code")));
            }
            match (&street, &postal, &city, &county) {
                (Some(s), Some(p), Some(c), Some(k)) => Some((s.clone(), p.clone(), c.clone(), k.clone())),
                _ => None,
            }
        } else {
            None
        };
        let accessibility = text("accessibility", d.accessibility, 1000, true, &mut e);
        let place = match (place_name, address) {
            (Some(name), address) => Some(Place { name, address, accessibility }),
            (None, Some(a)) => Some(Place { name: a.0.clone(), address: Some(a), accessibility }),
            (None, None) => {
                if accessibility.is_some() && !e.iter().any(|(x, _)| ["place", "address"].contains(x)) {
                    e.push(("accessibility", Invalid::new("error-accessibility-place")));
                }
                None
            }
        };
        let mut hours: [Option<Hours>; 3] = Default::default();
        for (line, (h, [days_field, opens_field, closes_field])) in d.hours.iter().zip(HOURS_FIELDS).enumerate() {
            hours[line] = hours_line(h, days_field, opens_field, closes_field, &mut e);
        }
        let mut translations = Vec::new();
        for (field, lang, value, max) in [
            ("name_en", "en", d.name_en, 200),
            ("name_ar", "ar", d.name_ar, 200),
            ("description_en", "en", d.description_en, 4000),
            ("description_ar", "ar", d.description_ar, 4000),
            ("application_process_en", "en", d.application_process_en, 4000),
            ("application_process_ar", "ar", d.application_process_ar, 4000),
        ] {
            if let Some(t) = text(field, value, max, true, &mut e) {
                let base = field.trim_end_matches("_en").trim_end_matches("_ar");
                let base =
                    ["name", "description", "application_process"].into_iter().find(|b| *b == base).unwrap_or("name");
                translations.push((base, lang, t));
            }
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(ServiceEntry {
            name: name.unwrap_or_default(),
            organization,
            status: status.unwrap_or("active"),
            public: public.unwrap_or(false),
            description,
            application_process,
            eligibility_description,
            alert,
            minimum_age,
            maximum_age,
            cost,
            fees_description,
            languages,
            phone,
            email,
            url,
            place,
            hours,
            translations,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ServiceDraft<'static> {
        ServiceDraft {
            name: "Budgetrådgivning",
            new_organization: "Skuldrådgivning Syd",
            status: "active",
            visibility: "public",
            ..Default::default()
        }
    }

    #[test]
    fn a_short_entry_is_enough_and_everything_else_is_optional() {
        let s = ServiceEntry::parse(&draft()).unwrap();
        assert_eq!(s.organization, Err("Skuldrådgivning Syd".into()));
        assert!(s.public && s.place.is_none() && s.hours.iter().all(Option::is_none) && s.languages.is_empty());
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let days = vec!["MO".to_owned(), "XX".to_owned()];
        let langs = vec!["sv".to_owned()];
        let d = ServiceDraft {
            name: "",
            new_organization: "",
            status: "open",
            visibility: "",
            minimum_age: "18",
            maximum_age: "12",
            phone: "ring oss",
            email: "a@b",
            url: "www.example.se",
            address: "Storgatan 1",
            postal_code: "2222",
            hours: [
                HoursDraft { days: &days, opens_at: "9", closes_at: "12:00" },
                HoursDraft::default(),
                HoursDraft::default(),
            ],
            languages: &langs,
            other_languages: "somaliska",
            ..Default::default()
        };
        let fields: Vec<&str> = ServiceEntry::parse(&d).unwrap_err().iter().map(|(f, _)| *f).collect();
        for f in [
            "name",
            "organization",
            "status",
            "visibility",
            "maximum_age",
            "phone",
            "email",
            "url",
            "city",
            "county",
            "postal_code",
            "days",
            "opens_at",
            "other_languages",
        ] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }

    #[test]
    fn hours_place_languages_and_translations() {
        let days = vec!["TU".to_owned(), "MO".to_owned()];
        let langs = vec!["ar".to_owned(), "sv".to_owned()];
        let d = ServiceDraft {
            organization: "cac14274-c975-49e5-8379-533af66cbe50",
            new_organization: "",
            hours: [
                HoursDraft { days: &days, opens_at: "09:00", closes_at: "12:30" },
                HoursDraft::default(),
                HoursDraft::default(),
            ],
            address: "Stortorget 1",
            postal_code: "252 25",
            city: "Lund",
            county: "Skåne län",
            languages: &langs,
            other_languages: "so, fa",
            name_en: "Budget advice",
            description_ar: "مساعدة في الميزانية",
            ..draft()
        };
        let s = ServiceEntry::parse(&d).unwrap();
        assert_eq!(s.organization, Ok("cac14274-c975-49e5-8379-533af66cbe50".into()));
        assert_eq!(s.hours[0].as_ref().unwrap().days, vec!["MO", "TU"]);
        assert_eq!(s.place.unwrap().name, "Stortorget 1");
        assert_eq!(s.languages, vec!["ar", "fa", "so", "sv"]);
        assert_eq!(
            s.translations,
            vec![("name", "en", "Budget advice".into()), ("description", "ar", "مساعدة في الميزانية".into())]
        );
        let bad = ServiceDraft {
            hours: [HoursDraft { opens_at: "12:00", closes_at: "09:00", ..d.hours[0] }, d.hours[1], d.hours[2]],
            ..d
        };
        assert_eq!(ServiceEntry::parse(&bad).unwrap_err()[0].0, "closes_at");
        let access = ServiceDraft { accessibility: "  Ramp vid entrén.\r\nHörslinga i receptionen.  ", ..d };
        let place = ServiceEntry::parse(&access).unwrap().place.unwrap();
        assert_eq!(place.accessibility.as_deref(), Some("Ramp vid entrén.\nHörslinga i receptionen."));
    }

    #[test]
    fn hours_lines_are_checked_each_by_their_own_fields() {
        let (mon, thu, bad) = (vec!["MO".to_owned()], vec!["TH".to_owned()], vec!["XX".to_owned()]);
        let two = ServiceDraft {
            hours: [
                HoursDraft { days: &mon, opens_at: "09:00", closes_at: "12:00" },
                HoursDraft::default(),
                HoursDraft { days: &thu, opens_at: "13:00", closes_at: "16:00" },
            ],
            ..draft()
        };
        let s = ServiceEntry::parse(&two).unwrap();
        assert!(s.hours[1].is_none(), "an empty line stays empty, in its place");
        let thursday = s.hours[2].as_ref().unwrap();
        assert_eq!((thursday.days.clone(), thursday.opens_at.as_str()), (vec!["TH"], "13:00"));
        let wrong = ServiceDraft {
            hours: [
                HoursDraft { days: &mon, opens_at: "09:00", closes_at: "12:00" },
                HoursDraft { days: &[], opens_at: "13:00", closes_at: "12:00" },
                HoursDraft { days: &bad, opens_at: "", closes_at: "" },
            ],
            ..draft()
        };
        let fields: Vec<&str> = ServiceEntry::parse(&wrong).unwrap_err().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["days_2", "closes_at_2", "days_3"]);
    }

    #[test]
    fn accessibility_needs_a_place_to_belong_to() {
        let d = ServiceDraft { accessibility: "Hiss till plan 2", ..draft() };
        let errors = ServiceEntry::parse(&d).unwrap_err();
        assert_eq!(errors.iter().map(|(f, _)| *f).collect::<Vec<_>>(), vec!["accessibility"]);
        let named = ServiceDraft { place: "Stadsbiblioteket", ..d };
        let place = ServiceEntry::parse(&named).unwrap().place.unwrap();
        assert_eq!((place.name.as_str(), place.address.is_none()), ("Stadsbiblioteket", true));
        assert_eq!(place.accessibility.as_deref(), Some("Hiss till plan 2"));
    }
}
