//! An organisation as staff edit it on its own page: its name and description, how to reach it,
//! its group for the statistics and whether the public sees it.
use super::{Errors, email, phone, text, url};
use crate::Invalid;
use crate::lists::DestinationGroup;

/// The organisation form as typed.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrganizationDraft<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub email: &'a str,
    pub website: &'a str,
    pub phone: &'a str,
    pub group: &'a str,
    pub visibility: &'a str,
}

/// An organisation as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationEntry {
    pub name: String,
    pub description: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub phone: Option<String>,
    /// None: not said (its referrals count as "other").
    pub group: Option<DestinationGroup>,
    pub public: bool,
}

impl OrganizationEntry {
    /// Checks every field; every problem is named by its field.
    pub fn parse(d: &OrganizationDraft) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut e: Errors = Vec::new();
        let name = text("name", d.name, 200, false, &mut e);
        if name.is_none() && !e.iter().any(|(f, _)| *f == "name") {
            e.push(("name", Invalid::new("error-required")));
        }
        let description = text("description", d.description, 4000, true, &mut e);
        let email = email("email", d.email, &mut e);
        let website = url("website", d.website, &mut e);
        let phone = phone("phone", d.phone, &mut e);
        let group = match d.group.trim() {
            "" => None,
            g => match DestinationGroup::parse(g) {
                Ok(g) => Some(g),
                Err(_) => {
                    e.push(("group", Invalid::new("error-choose")));
                    None
                }
            },
        };
        let public = match d.visibility.trim() {
            "public" => true,
            "internal" => false,
            _ => {
                e.push(("visibility", Invalid::new("error-choose")));
                false
            }
        };
        match name {
            Some(name) if e.is_empty() => {
                Ok(OrganizationEntry { name, description, email, website, phone, group, public })
            }
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_enough_and_every_problem_is_named() {
        let ok = OrganizationEntry::parse(&OrganizationDraft {
            name: " Skuldrådgivning Syd ",
            visibility: "public",
            ..Default::default()
        })
        .unwrap();
        assert_eq!((ok.name.as_str(), ok.group, ok.public), ("Skuldrådgivning Syd", None, true));
        let bad = OrganizationDraft {
            name: "",
            email: "info@",
            website: "skuld.se",
            phone: "ring",
            group: "church",
            visibility: "secret",
            ..Default::default()
        };
        let fields: Vec<&str> = OrganizationEntry::parse(&bad).unwrap_err().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["name", "email", "website", "phone", "group", "visibility"]);
        let full = OrganizationEntry::parse(&OrganizationDraft {
            name: "Lunds kommun",
            description: "Socialtjänsten.\r\nVälkommen.",
            email: "kommun@lund.example.se",
            website: "https://lund.example.se",
            phone: "046-35 50 00",
            group: "municipal",
            visibility: "internal",
        })
        .unwrap();
        assert_eq!(full.description.as_deref(), Some("Socialtjänsten.\nVälkommen."));
        assert_eq!((full.group, full.public), (Some(DestinationGroup::Municipal), false));
    }
}
