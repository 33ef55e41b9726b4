//! Ids of records, one type per kind, so that a unit's id cannot be passed where a user's or a
//! case's is meant. Each is the database's integer key, written and parsed as that integer
//! (in URLs, forms, JSON and CSV alike).
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "sea-orm", derive(sea_orm::DeriveValueType))]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id of the record stored under this key.
            pub const fn new(id: i64) -> Self {
                Self(id)
            }

            /// The key as stored.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map(Self)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    };
}

id!(
    /// A unit: a team with its own cases, lists, drop-in times and staff.
    UnitId
);
id!(
    /// A staff account.
    UserId
);
id!(
    /// A case in a unit's log.
    CaseId
);
id!(
    /// A resident of a unit's documented record.
    PersonId
);
id!(
    /// A journal note of a documented case.
    NoteId
);
id!(
    /// An agreement of extended voluntary contact ("trygghetsbistånd").
    AgreementId
);
id!(
    /// A check-in logged against such an agreement.
    CheckInId
);
id!(
    /// A family of the unit's family coordination.
    FamilyId
);
id!(
    /// A pair of coordinators who hold families together.
    PairId
);
id!(
    /// A guardian's consent to contacts with actors about their family.
    ConsentId
);
id!(
    /// A contact of the coordinators with an actor about a family.
    FamilyContactId
);
id!(
    /// An entry of one of a unit's lists (channels, categories, outcomes, …).
    ListEntryId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_and_read_as_the_integer() {
        let id: CaseId = "42".parse().unwrap();
        assert_eq!(id, CaseId::new(42));
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<CaseId>("7").unwrap().get(), 7);
        assert!("4x".parse::<UnitId>().is_err());
        assert!(serde_json::from_str::<UnitId>("\"7\"").is_err());
    }
}
