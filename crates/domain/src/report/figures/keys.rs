//! What a figure counts ([`RowKey`]), and its stable text form for links to the case list,
//! exports and the API.
use super::facts::{CONTACT_BUCKETS, RefState, TIME_BUCKETS};
use crate::case::{FollowUpOutcome, ReturningReason};
use crate::ids::ListEntryId;

/// The groups a referral destination belongs to, in the order the report lists them.
pub const GROUPS: [&str; 4] = ["municipal", "region", "ngo", "other"];

/// What a figure counts: the key to its label and to the case list behind it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowKey {
    Handled,
    Closed,
    Returning,
    /// Returning residents by why they came back; `None`: not recorded.
    ReturnedFor(Option<ReturningReason>),
    AdviceOnly,
    Channel(ListEntryId),
    AgeGroup(ListEntryId),
    Category(ListEntryId),
    Secondary(ListEntryId),
    Outcome(ListEntryId),
    Contacts(u8),
    Time(u8),
    Referrals,
    Group(String),
    Destination(ListEntryId),
    Kind(ListEntryId),
    State(RefState),
    /// Applications for aid at one department (destination).
    Application(ListEntryId),
    FollowUps,
    FollowUp(FollowUpOutcome),
}

impl RowKey {
    /// The list entry a figure counts (a channel, a category, a destination, …), if it is one.
    pub fn entry(&self) -> Option<ListEntryId> {
        match self {
            RowKey::Channel(id)
            | RowKey::AgeGroup(id)
            | RowKey::Category(id)
            | RowKey::Secondary(id)
            | RowKey::Outcome(id)
            | RowKey::Destination(id)
            | RowKey::Kind(id)
            | RowKey::Application(id) => Some(*id),
            _ => None,
        }
    }

    /// A stable text form, used in links to the case list and as row ids in exports and the API:
    /// "handled", "channel-12", "group-municipal", "follow_up-yes", …
    pub fn code(&self) -> String {
        match self {
            RowKey::Handled => "handled".into(),
            RowKey::Closed => "closed".into(),
            RowKey::Returning => "returning".into(),
            RowKey::ReturnedFor(r) => format!("returned-{}", r.map_or("not_given", ReturningReason::as_str)),
            RowKey::AdviceOnly => "advice_only".into(),
            RowKey::Channel(id) => format!("channel-{id}"),
            RowKey::AgeGroup(id) => format!("age_group-{id}"),
            RowKey::Category(id) => format!("category-{id}"),
            RowKey::Secondary(id) => format!("secondary-{id}"),
            RowKey::Outcome(id) => format!("outcome-{id}"),
            RowKey::Contacts(b) => format!("contacts-{}", CONTACT_BUCKETS[usize::from(*b).min(2)]),
            RowKey::Time(b) => format!("time-{}", TIME_BUCKETS[usize::from(*b).min(2)]),
            RowKey::Referrals => "referrals".into(),
            RowKey::Group(g) => format!("group-{g}"),
            RowKey::Destination(id) => format!("destination-{id}"),
            RowKey::Kind(id) => format!("kind-{id}"),
            RowKey::State(s) => format!("state-{}", s.code()),
            RowKey::Application(id) => format!("application-{id}"),
            RowKey::FollowUps => "follow_ups".into(),
            RowKey::FollowUp(o) => format!("follow_up-{}", o.as_str()),
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let fixed = match s {
            "handled" => Some(RowKey::Handled),
            "closed" => Some(RowKey::Closed),
            "returning" => Some(RowKey::Returning),
            "advice_only" => Some(RowKey::AdviceOnly),
            "referrals" => Some(RowKey::Referrals),
            "follow_ups" => Some(RowKey::FollowUps),
            _ => None,
        };
        if fixed.is_some() {
            return fixed;
        }
        let (kind, rest) = s.split_once('-')?;
        let id = || rest.parse::<ListEntryId>().ok();
        let bucket = |list: &[&str]| list.iter().position(|b| *b == rest).and_then(|p| u8::try_from(p).ok());
        match kind {
            "channel" => id().map(RowKey::Channel),
            "age_group" => id().map(RowKey::AgeGroup),
            "category" => id().map(RowKey::Category),
            "secondary" => id().map(RowKey::Secondary),
            "outcome" => id().map(RowKey::Outcome),
            "contacts" => bucket(&CONTACT_BUCKETS).map(RowKey::Contacts),
            "time" => bucket(&TIME_BUCKETS).map(RowKey::Time),
            "group" => GROUPS.contains(&rest).then(|| RowKey::Group(rest.to_owned())),
            "destination" => id().map(RowKey::Destination),
            "kind" => id().map(RowKey::Kind),
            "state" => RefState::parse(rest).map(RowKey::State),
            "application" => id().map(RowKey::Application),
            "follow_up" => FollowUpOutcome::parse(rest).ok().map(RowKey::FollowUp),
            "returned" if rest == "not_given" => Some(RowKey::ReturnedFor(None)),
            "returned" => ReturningReason::parse(rest).ok().map(|r| RowKey::ReturnedFor(Some(r))),
            _ => None,
        }
    }
}
