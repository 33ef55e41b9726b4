//! What the store reads for a period, grouped: the case and referral cells, the waiting-time
//! histograms and follow-ups, and the unit's lists the report labels them with.
use crate::case::FollowUpOutcome;
use crate::ids::ListEntryId;

/// "1–2", "3–5", "6 or more" contacts.
pub const CONTACT_BUCKETS: [&str; 3] = ["1-2", "3-5", "6-"];
/// "under 1 hour", "1–3 hours", "over 3 hours" in all.
pub const TIME_BUCKETS: [&str; 3] = ["lt-1h", "1-3h", "gt-3h"];

/// The contact bucket of a case with `n` contacts.
pub const fn contact_bucket(n: i64) -> u8 {
    if n <= 2 {
        0
    } else if n <= 5 {
        1
    } else {
        2
    }
}

/// The time bucket of a case with `minutes` in all.
pub const fn time_bucket(minutes: i64) -> u8 {
    if minutes < 60 {
        0
    } else if minutes <= 180 {
        1
    } else {
        2
    }
}

/// Handled cases that agree on everything the report counts about a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseCell {
    pub channel: ListEntryId,
    pub age_group: ListEntryId,
    pub category: ListEntryId,
    pub returning: bool,
    /// Why a returning resident came back, when it was recorded.
    pub returning_reason: Option<crate::case::ReturningReason>,
    /// The closing outcome, when the case was closed in the period.
    pub closed: Option<ListEntryId>,
    pub contacts: u8,
    pub time: u8,
    pub count: i64,
}

/// Where a referral stands, as the report groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefState {
    /// The support is in place.
    Established,
    /// Suggested, the resident will get in touch, or contact made.
    Pending,
    /// Declined or not reached.
    Ended,
}

impl RefState {
    pub const ALL: [RefState; 3] = [RefState::Established, RefState::Pending, RefState::Ended];

    pub const fn code(self) -> &'static str {
        match self {
            RefState::Established => "established",
            RefState::Pending => "pending",
            RefState::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == s)
    }

    /// The referral statuses each state covers.
    pub const fn statuses(self) -> &'static [&'static str] {
        match self {
            RefState::Established => &["support_established"],
            RefState::Pending => &["suggested", "resident_will_contact", "contact_made"],
            RefState::Ended => &["declined", "not_reached"],
        }
    }

    pub fn of_status(status: &str) -> Self {
        Self::ALL.into_iter().find(|s| s.statuses().contains(&status)).unwrap_or(RefState::Pending)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralCell {
    pub destination: ListEntryId,
    pub kind: ListEntryId,
    pub state: RefState,
    /// Cases with such a referral in the period.
    pub count: i64,
}

/// Everything the store reads for one period, grouped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub cells: Vec<CaseCell>,
    /// Handled cases per secondary category.
    pub secondary: Vec<(ListEntryId, i64)>,
    pub referrals: Vec<ReferralCell>,
    /// Cases first met in the period, by days from first contact to the first meeting.
    pub waits: Vec<(i64, i64)>,
    /// The same, by days from first contact to the first established support.
    pub to_support: Vec<(i64, i64)>,
    /// Cases with a follow-up done in the period, per outcome.
    pub follow_ups: Vec<(FollowUpOutcome, i64)>,
}

/// The unit's lists as far as the report needs them, each entry in list order.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    pub channels: Vec<Entry>,
    pub age_groups: Vec<Entry>,
    pub categories: Vec<Entry>,
    pub destinations: Vec<Entry>,
    pub kinds: Vec<Entry>,
    pub outcomes: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: ListEntryId,
    pub code: String,
    /// A destination's group ("municipal", "region", "ngo", "other").
    pub group: Option<String>,
    pub retired: bool,
}

impl Entries {
    pub fn id_of(list: &[Entry], code: &str) -> Option<ListEntryId> {
        list.iter().find(|e| e.code == code).map(|e| e.id)
    }

    pub(super) fn group_of(&self, destination: ListEntryId) -> String {
        self.destinations
            .iter()
            .find(|e| e.id == destination)
            .and_then(|e| e.group.clone())
            .unwrap_or_else(|| "other".into())
    }
}
