//! The unit's configurable lists: channels, age groups, categories, contact modes, referral
//! destinations and kinds, closing outcomes, outreach activity types. Entries are data; an entry in use is retired, never
//! deleted, so old cases and their statistics keep it.
use serde::{Deserialize, Serialize};

use crate::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    /// How the resident first got in touch ("kontaktväg").
    Channel,
    /// Age group of the person the case is about; bounds are data.
    AgeGroup,
    /// Problem category ("problemområde").
    Category,
    /// How a contact took place.
    ContactMode,
    /// Where a resident is referred ("hänvisning", "lotsning").
    ReferralDestination,
    /// What kind of support the referral is to.
    ReferralKind,
    /// How a case ended.
    ClosingOutcome,
    /// Kinds of outreach and collaboration ("samverkan"): networks, parents' meetings, events, …
    ActivityType,
    /// The areas of a family's mapping ("kartläggning"): school, health, economy, …
    FamilyArea,
    /// Landlords of Housing First homes that are not in the support directory.
    Landlord,
}

impl ListKind {
    pub const ALL: [ListKind; 10] = [
        ListKind::Channel,
        ListKind::AgeGroup,
        ListKind::Category,
        ListKind::ContactMode,
        ListKind::ReferralDestination,
        ListKind::ReferralKind,
        ListKind::ClosingOutcome,
        ListKind::ActivityType,
        ListKind::FamilyArea,
        ListKind::Landlord,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ListKind::Channel => "channel",
            ListKind::AgeGroup => "age_group",
            ListKind::Category => "category",
            ListKind::ContactMode => "contact_mode",
            ListKind::ReferralDestination => "referral_destination",
            ListKind::ReferralKind => "referral_kind",
            ListKind::ClosingOutcome => "closing_outcome",
            ListKind::ActivityType => "activity_type",
            ListKind::FamilyArea => "family_area",
            ListKind::Landlord => "landlord",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        ListKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The group a referral destination belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DestinationGroup {
    Municipal,
    Region,
    Ngo,
    Other,
}

impl DestinationGroup {
    pub const ALL: [DestinationGroup; 4] =
        [DestinationGroup::Municipal, DestinationGroup::Region, DestinationGroup::Ngo, DestinationGroup::Other];

    pub const fn as_str(self) -> &'static str {
        match self {
            DestinationGroup::Municipal => "municipal",
            DestinationGroup::Region => "region",
            DestinationGroup::Ngo => "ngo",
            DestinationGroup::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        DestinationGroup::ALL.into_iter().find(|g| g.as_str() == s).ok_or(Invalid::new("error-choose"))
    }
}

/// A list entry's label, 1–120 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label(String);

impl Label {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Invalid::new("error-required"));
        }
        if s.chars().count() > 120 || s.chars().any(char::is_control) {
            return Err(Invalid::new("error-label"));
        }
        Ok(Self(s.to_owned()))
    }

    /// An optional translation: empty means "use the Swedish label".
    pub fn parse_optional(s: &str) -> Result<Option<Self>, Invalid> {
        if s.trim().is_empty() { Ok(None) } else { Self::parse(s).map(Some) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An age group's bounds in whole years; `max` is open for the oldest group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeBounds {
    pub min: u8,
    pub max: Option<u8>,
}

impl AgeBounds {
    pub fn parse(min: &str, max: &str) -> Result<Self, Invalid> {
        let min: u8 = min.trim().parse().map_err(|_| Invalid::new("error-age-bound"))?;
        let max = match max.trim() {
            "" => None,
            m => Some(m.parse::<u8>().map_err(|_| Invalid::new("error-age-bound"))?),
        };
        if min > 120 || max.is_some_and(|m| m < min || m > 120) {
            return Err(Invalid::new("error-age-bound"));
        }
        Ok(Self { min, max })
    }

    pub fn contains(&self, age: u8) -> bool {
        age >= self.min && self.max.is_none_or(|m| age <= m)
    }
}

/// Matching an imported value to an entry: case- and accent-insensitive, spacing ignored.
pub fn match_key(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            '–' | '—' | '_' => '-',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bounds_are_data_with_an_open_top() {
        let b = AgeBounds::parse("66", "").unwrap();
        assert!(b.contains(66) && b.contains(104) && !b.contains(65));
        let c = AgeBounds::parse("0", "12").unwrap();
        assert!(c.contains(0) && c.contains(12) && !c.contains(13));
        assert!(AgeBounds::parse("13", "12").is_err());
        assert!(AgeBounds::parse("x", "").is_err());
    }

    #[test]
    fn import_values_match_without_case_accents_or_spaces() {
        assert_eq!(match_key(" Psykisk  Ohälsa "), match_key("psykisk ohalsa"));
        assert_eq!(match_key("0–12 år"), match_key("0-12 ar"));
        assert_ne!(match_key("Skola"), match_key("Skolan"));
    }

    #[test]
    fn every_kind_round_trips() {
        for k in ListKind::ALL {
            assert_eq!(ListKind::parse(k.as_str()), Some(k));
        }
    }
}
