//! A service of the support directory as staff enter it: checked field by field, every problem
//! named, nothing kept unless everything is right. The fields are HSDS 3.0's (name, description,
//! `application_process` "how to get it", `eligibility_description`, ages, cost, languages,
//! where and when, contact), plus English and Arabic text beside the Swedish.
use crate::Invalid;

mod fields;
mod organization;
mod service;
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
        let organization = service::organization(d, &mut e);
        let status = STATUSES.iter().copied().find(|s| *s == d.status.trim());
        if status.is_none() {
            e.push(("status", Invalid::new("error-choose")));
        }
        let public = service::public(d, &mut e);
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
        let cost = service::cost(d, &mut e);
        let fees_description = text("fees_description", d.fees_description, 500, true, &mut e);
        let languages = service::languages(d, &mut e);
        let phone = phone("phone", d.phone, &mut e);
        let email = email("email", d.email, &mut e);
        let url = url("url", d.url, &mut e);
        let place = service::place(d, &mut e);
        let mut hours: [Option<Hours>; 3] = Default::default();
        for (line, (h, [days_field, opens_field, closes_field])) in d.hours.iter().zip(HOURS_FIELDS).enumerate() {
            hours[line] = hours_line(h, days_field, opens_field, closes_field, &mut e);
        }
        let translations = service::translations(d, &mut e);
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
mod tests;
