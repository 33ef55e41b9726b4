//! The effect report's counts: from the grouped facts the store reads for a period (and for the
//! period before it) to tables of figures, each row knowing what it counts so it can link to the
//! cases behind it, with small counts and whatever would give them away hidden (DESIGN rule 6).
//!
//! Definitions, printed on the report as well:
//! - a case is *handled* in a period when its first contact is on or before the period's last day
//!   and it was not closed before the period's first day;
//! - *closed*, the closing outcomes and the effort (contacts, time) count the cases closed in the
//!   period, whose effort is final;
//! - referrals count the referrals made in the period on handled cases, one per case and cell;
//! - waiting times are over the cases whose first contact is in the period;
//! - follow-ups count the cases whose follow-up was done in the period, per outcome.
use std::collections::HashMap;

use crate::case::FollowUpOutcome;
use crate::privacy::{Sum, protect};

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
    pub channel: i64,
    pub age_group: i64,
    pub category: i64,
    pub returning: bool,
    /// The closing outcome, when the case was closed in the period.
    pub closed: Option<i64>,
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
    pub destination: i64,
    pub kind: i64,
    pub state: RefState,
    /// Cases with such a referral in the period.
    pub count: i64,
}

/// Everything the store reads for one period, grouped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub cells: Vec<CaseCell>,
    /// Handled cases per secondary category.
    pub secondary: Vec<(i64, i64)>,
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
    pub id: i64,
    pub code: String,
    /// A destination's group ("municipal", "region", "ngo", "other").
    pub group: Option<String>,
    pub retired: bool,
}

impl Entries {
    pub fn id_of(list: &[Entry], code: &str) -> Option<i64> {
        list.iter().find(|e| e.code == code).map(|e| e.id)
    }

    fn group_of(&self, destination: i64) -> String {
        self.destinations
            .iter()
            .find(|e| e.id == destination)
            .and_then(|e| e.group.clone())
            .unwrap_or_else(|| "other".into())
    }
}

/// What a figure counts: the key to its label and to the case list behind it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowKey {
    Handled,
    Closed,
    Returning,
    AdviceOnly,
    Channel(i64),
    AgeGroup(i64),
    Category(i64),
    Secondary(i64),
    Outcome(i64),
    Contacts(u8),
    Time(u8),
    Referrals,
    Group(String),
    Destination(i64),
    Kind(i64),
    State(RefState),
    /// Applications for aid at one department (destination).
    Application(i64),
    FollowUps,
    FollowUp(FollowUpOutcome),
}

impl RowKey {
    /// A stable text form, used in links to the case list and as row ids in exports and the API:
    /// "handled", "channel-12", "group-municipal", "follow_up-yes", …
    pub fn code(&self) -> String {
        match self {
            RowKey::Handled => "handled".into(),
            RowKey::Closed => "closed".into(),
            RowKey::Returning => "returning".into(),
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
        let id = || rest.parse::<i64>().ok();
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
            _ => None,
        }
    }
}

/// A count as published: its value and whether it must be hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    pub value: i64,
    pub hidden: bool,
}

impl Count {
    /// The value when it may be shown.
    pub fn shown(self) -> Option<i64> {
        (!self.hidden).then_some(self.value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub key: RowKey,
    pub now: Count,
    /// The previous period's count, when there is a previous period.
    pub before: Option<Count>,
    /// A total or subtotal row.
    pub total: bool,
}

impl Row {
    /// The change from the previous period, when both counts may be shown.
    pub fn change(&self) -> Option<i64> {
        Some(self.now.shown()? - self.before?.shown()?)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Stable name: "channels", "age_groups", … (file and sheet names in exports).
    pub id: &'static str,
    pub rows: Vec<Row>,
}

impl Table {
    pub fn row(&self, key: &RowKey) -> Option<&Row> {
        self.rows.iter().find(|r| &r.key == key)
    }
}

/// A median and 90th percentile of days, over `n` cases; hidden when `n` is small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    pub n: i64,
    pub median: Option<i64>,
    pub p90: Option<i64>,
    pub hidden: bool,
}

/// The value at `p` percent by the nearest-rank method: the smallest value with at least `p` % of
/// the cases at or below it. `hist` is (value, cases).
pub fn nearest_rank(hist: &[(i64, i64)], p: i64) -> Option<i64> {
    let mut h: Vec<(i64, i64)> = hist.iter().filter(|(_, n)| *n > 0).map(|(v, n)| ((*v).max(0), *n)).collect();
    h.sort_unstable();
    let n: i64 = h.iter().map(|(_, c)| c).sum();
    if n == 0 {
        return None;
    }
    // rank = ceil(p × n / 100), at least 1.
    let rank = ((p * n + 99) / 100).max(1);
    let mut seen = 0;
    for (v, c) in h {
        seen += c;
        if seen >= rank {
            return Some(v);
        }
    }
    None
}

fn days(hist: &[(i64, i64)], threshold: i64) -> Days {
    let n = hist.iter().map(|(_, c)| c).sum();
    let hidden = n > 0 && n < threshold;
    Days { n, median: nearest_rank(hist, 50), p90: nearest_rank(hist, 90), hidden }
}

/// The case figures of a report: tables for this period beside the previous one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFigures {
    pub tables: Vec<Table>,
    pub waits: Days,
    pub waits_before: Option<Days>,
    pub to_support: Days,
    pub to_support_before: Option<Days>,
}

impl CaseFigures {
    pub fn table(&self, id: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// A count anywhere in the report (the same key has the same count in every table).
    pub fn count(&self, key: &RowKey) -> Option<Count> {
        self.tables.iter().find_map(|t| t.row(key)).map(|r| r.now)
    }
}

/// Raw counts of one period, by key.
fn tally(f: &Facts, e: &Entries) -> HashMap<RowKey, i64> {
    let mut t: HashMap<RowKey, i64> = HashMap::new();
    let mut add = |k: RowKey, n: i64| *t.entry(k).or_insert(0) += n;
    let advice = Entries::id_of(&e.outcomes, "advice_only");
    for c in &f.cells {
        add(RowKey::Handled, c.count);
        add(RowKey::Channel(c.channel), c.count);
        add(RowKey::AgeGroup(c.age_group), c.count);
        add(RowKey::Category(c.category), c.count);
        if c.returning {
            add(RowKey::Returning, c.count);
        }
        if let Some(o) = c.closed {
            add(RowKey::Closed, c.count);
            add(RowKey::Outcome(o), c.count);
            add(RowKey::Contacts(c.contacts), c.count);
            add(RowKey::Time(c.time), c.count);
            if Some(o) == advice {
                add(RowKey::AdviceOnly, c.count);
            }
        }
    }
    for (cat, n) in &f.secondary {
        add(RowKey::Secondary(*cat), *n);
    }
    let aid = Entries::id_of(&e.kinds, "aid_application");
    for r in &f.referrals {
        add(RowKey::Referrals, r.count);
        add(RowKey::Group(e.group_of(r.destination)), r.count);
        add(RowKey::Destination(r.destination), r.count);
        add(RowKey::Kind(r.kind), r.count);
        add(RowKey::State(r.state), r.count);
        if Some(r.kind) == aid {
            add(RowKey::Application(r.destination), r.count);
        }
    }
    for (o, n) in &f.follow_ups {
        add(RowKey::FollowUps, *n);
        add(RowKey::FollowUp(*o), *n);
    }
    t
}

pub const GROUPS: [&str; 4] = ["municipal", "region", "ngo", "other"];

/// Table layouts: rows in order and which row is the table's total.
struct Layout {
    id: &'static str,
    total: Option<RowKey>,
    parts: Vec<RowKey>,
    /// Whether the parts add up to the total (so hiding needs a complement).
    additive: bool,
    /// Further rows shown under the total that are not its parts ("of which …").
    extra: Vec<RowKey>,
}

fn layouts(e: &Entries, now: &HashMap<RowKey, i64>, before: &HashMap<RowKey, i64>) -> Vec<Layout> {
    let seen = |k: &RowKey| now.get(k).copied().unwrap_or(0) != 0 || before.get(k).copied().unwrap_or(0) != 0;
    let keys = |list: &[Entry], f: fn(i64) -> RowKey| -> Vec<RowKey> {
        let mut ks: Vec<RowKey> = list.iter().filter(|x| !x.retired || seen(&f(x.id))).map(|x| f(x.id)).collect();
        // Ids in the facts that are not in the list (should not happen) still count.
        let mut extra: Vec<RowKey> =
            now.keys().chain(before.keys()).filter(|k| matches_kind(k, &f(0))).cloned().collect();
        extra.sort();
        extra.dedup();
        for k in extra {
            if !ks.contains(&k) {
                ks.push(k);
            }
        }
        ks
    };
    let largest_first = |mut ks: Vec<RowKey>| {
        // Stable: equal counts keep list order.
        ks.sort_by_key(|k| std::cmp::Reverse(now.get(k).copied().unwrap_or(0)));
        ks
    };
    let mut groups = Vec::new();
    for g in GROUPS {
        let dests: Vec<RowKey> = keys(&e.destinations, RowKey::Destination)
            .into_iter()
            .filter(|k| matches!(k, RowKey::Destination(d) if e.group_of(*d) == g))
            .collect();
        if dests.is_empty() && !seen(&RowKey::Group(g.into())) {
            continue;
        }
        groups.push((g, dests));
    }
    let aid = Entries::id_of(&e.kinds, "aid_application");
    let mut out = vec![
        Layout {
            id: "cases",
            total: Some(RowKey::Handled),
            parts: vec![],
            additive: false,
            extra: vec![RowKey::Closed, RowKey::Returning, RowKey::AdviceOnly],
        },
        Layout {
            id: "channels",
            total: Some(RowKey::Handled),
            parts: largest_first(keys(&e.channels, RowKey::Channel)),
            additive: true,
            extra: vec![],
        },
        Layout {
            id: "age_groups",
            total: Some(RowKey::Handled),
            parts: keys(&e.age_groups, RowKey::AgeGroup),
            additive: true,
            extra: vec![],
        },
        Layout {
            id: "categories",
            total: Some(RowKey::Handled),
            parts: largest_first(keys(&e.categories, RowKey::Category)),
            additive: true,
            extra: vec![],
        },
        Layout {
            id: "secondary_categories",
            total: None,
            parts: largest_first(keys(&e.categories, RowKey::Secondary)),
            additive: false,
            extra: vec![],
        },
        Layout {
            id: "outcomes",
            total: Some(RowKey::Closed),
            parts: keys(&e.outcomes, RowKey::Outcome),
            additive: true,
            extra: vec![],
        },
        Layout {
            id: "contacts",
            total: Some(RowKey::Closed),
            parts: (0..3).map(RowKey::Contacts).collect(),
            additive: true,
            extra: vec![],
        },
        Layout {
            id: "time",
            total: Some(RowKey::Closed),
            parts: (0..3).map(RowKey::Time).collect(),
            additive: true,
            extra: vec![],
        },
        Layout {
            id: "referral_groups",
            total: Some(RowKey::Referrals),
            parts: groups.iter().map(|(g, _)| RowKey::Group((*g).into())).collect(),
            additive: true,
            extra: vec![],
        },
    ];
    for (g, dests) in groups {
        out.push(Layout {
            id: "referral_destinations",
            total: Some(RowKey::Group(g.into())),
            parts: dests,
            additive: true,
            extra: vec![],
        });
    }
    out.push(Layout {
        id: "referral_kinds",
        total: Some(RowKey::Referrals),
        parts: keys(&e.kinds, RowKey::Kind),
        additive: true,
        extra: vec![],
    });
    out.push(Layout {
        id: "referral_states",
        total: Some(RowKey::Referrals),
        parts: RefState::ALL.into_iter().map(RowKey::State).collect(),
        additive: true,
        extra: vec![],
    });
    if let Some(aid) = aid {
        out.push(Layout {
            id: "applications",
            total: Some(RowKey::Kind(aid)),
            parts: keys(&e.destinations, RowKey::Application).into_iter().filter(|k| seen(k)).collect(),
            additive: true,
            extra: vec![],
        });
    }
    out.push(Layout {
        id: "follow_ups",
        total: Some(RowKey::FollowUps),
        parts: [FollowUpOutcome::Yes, FollowUpOutcome::Partly, FollowUpOutcome::No, FollowUpOutcome::NotReached]
            .into_iter()
            .map(RowKey::FollowUp)
            .collect(),
        additive: true,
        extra: vec![],
    });
    out
}

/// Whether two keys are of the same variant.
fn matches_kind(a: &RowKey, b: &RowKey) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// Which counts of one period to hide: every key is one value, every additive table one sum.
fn hidden(counts: &HashMap<RowKey, i64>, layouts: &[Layout], threshold: i64) -> HashMap<RowKey, bool> {
    let mut index: HashMap<RowKey, usize> = HashMap::new();
    let mut values = Vec::new();
    let mut slot = |k: &RowKey, values: &mut Vec<i64>| -> usize {
        *index.entry(k.clone()).or_insert_with(|| {
            values.push(counts.get(k).copied().unwrap_or(0));
            values.len() - 1
        })
    };
    let mut sums = Vec::new();
    for l in layouts {
        let total = l.total.as_ref().map(|t| slot(t, &mut values));
        let parts: Vec<usize> = l.parts.iter().chain(&l.extra).map(|k| slot(k, &mut values)).collect();
        if let (Some(total), true) = (total, l.additive) {
            sums.push(Sum { total, parts: parts[..l.parts.len()].to_vec() });
        }
    }
    let h = protect(&values, &sums, threshold);
    index.into_iter().map(|(k, i)| (k, h[i])).collect()
}

impl CaseFigures {
    /// Builds the tables for `now` beside `before` (when there is a previous period), hiding counts
    /// below `threshold` and whatever would reveal them, in each period on its own.
    pub fn build(e: &Entries, now: &Facts, before: Option<&Facts>, threshold: i64) -> Self {
        let tn = tally(now, e);
        let tb = before.map(|b| tally(b, e));
        let empty = HashMap::new();
        let ls = layouts(e, &tn, tb.as_ref().unwrap_or(&empty));
        let hn = hidden(&tn, &ls, threshold);
        let hb = tb.as_ref().map(|tb| hidden(tb, &ls, threshold));
        let count = |t: &HashMap<RowKey, i64>, h: &HashMap<RowKey, bool>, k: &RowKey| Count {
            value: t.get(k).copied().unwrap_or(0),
            hidden: h.get(k).copied().unwrap_or(false),
        };
        let row = |k: &RowKey, total: bool| Row {
            key: k.clone(),
            now: count(&tn, &hn, k),
            before: tb.as_ref().zip(hb.as_ref()).map(|(t, h)| count(t, h, k)),
            total,
        };
        let mut tables: Vec<Table> = Vec::new();
        for l in &ls {
            let mut rows: Vec<Row> = Vec::new();
            if l.id == "cases" {
                rows.extend(l.total.iter().map(|k| row(k, true)));
                rows.extend(l.extra.iter().map(|k| row(k, false)));
            } else {
                rows.extend(l.parts.iter().map(|k| row(k, false)));
                if l.id != "referral_destinations" {
                    rows.extend(l.total.iter().map(|k| row(k, true)));
                } else {
                    // A group's destinations come under the group's own row.
                    rows.splice(0..0, l.total.iter().map(|k| row(k, true)));
                }
            }
            match tables.iter_mut().find(|t| t.id == l.id) {
                Some(t) => t.rows.extend(rows),
                None => tables.push(Table { id: l.id, rows }),
            }
        }
        let wb = before.map(|b| days(&b.waits, threshold));
        let sb = before.map(|b| days(&b.to_support, threshold));
        CaseFigures {
            tables,
            waits: days(&now.waits, threshold),
            waits_before: wb,
            to_support: days(&now.to_support, threshold),
            to_support_before: sb,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: i64, code: &str) -> Entry {
        Entry { id, code: code.into(), group: None, retired: false }
    }

    fn entries() -> Entries {
        let dest = |id, code: &str, g: &str| Entry { id, code: code.into(), group: Some(g.into()), retired: false };
        Entries {
            channels: vec![entry(1, "phone"), entry(2, "drop_in"), entry(3, "school")],
            age_groups: vec![entry(10, "0-12"), entry(11, "19-65")],
            categories: vec![entry(20, "economy"), entry(21, "housing"), entry(22, "other")],
            destinations: vec![dest(30, "social_services", "municipal"), dest(31, "bup", "region")],
            kinds: vec![entry(40, "no_aid_decision"), entry(41, "aid_application")],
            outcomes: vec![entry(50, "advice_only"), entry(51, "referred_established")],
        }
    }

    fn cell(channel: i64, age: i64, cat: i64, closed: Option<i64>, count: i64) -> CaseCell {
        CaseCell { channel, age_group: age, category: cat, returning: false, closed, contacts: 0, time: 0, count }
    }

    #[test]
    fn counts_add_up_by_every_dimension_and_categories_come_largest_first() {
        let e = entries();
        let facts = Facts {
            cells: vec![
                cell(1, 11, 20, Some(50), 12),
                cell(1, 11, 21, None, 20),
                CaseCell { returning: true, contacts: 2, time: 2, ..cell(2, 10, 21, Some(51), 8) },
            ],
            secondary: vec![(22, 9)],
            ..Default::default()
        };
        let f = CaseFigures::build(&e, &facts, None, 5);
        let c = |k: RowKey| f.count(&k).unwrap();
        assert_eq!(c(RowKey::Handled).value, 40);
        assert_eq!(c(RowKey::Closed).value, 20);
        assert_eq!(c(RowKey::Returning).value, 8);
        assert_eq!(c(RowKey::AdviceOnly).value, 12);
        assert_eq!(c(RowKey::Channel(1)).value, 32);
        assert_eq!(c(RowKey::Contacts(0)).value, 12);
        assert_eq!(c(RowKey::Contacts(2)).value, 8);
        assert_eq!(c(RowKey::Time(2)).value, 8);
        assert_eq!(c(RowKey::Secondary(22)).value, 9);
        let cats: Vec<&RowKey> = f.table("categories").unwrap().rows.iter().map(|r| &r.key).collect();
        assert_eq!(cats, vec![&RowKey::Category(21), &RowKey::Category(20), &RowKey::Category(22), &RowKey::Handled]);
        // Zero is shown, never hidden; a channel nobody used is listed with 0.
        assert_eq!(c(RowKey::Channel(3)), Count { value: 0, hidden: false });
        assert!(f.table("channels").unwrap().rows.iter().all(|r| !r.now.hidden));
    }

    #[test]
    fn a_small_count_hides_a_second_one_in_every_table_it_sums_into() {
        let e = entries();
        // 3 cases by drop-in among 23: drop-in is hidden, and so is a second channel.
        let facts = Facts {
            cells: vec![cell(1, 11, 20, None, 13), cell(2, 11, 20, None, 3), cell(3, 11, 21, None, 7)],
            ..Default::default()
        };
        let f = CaseFigures::build(&e, &facts, None, 5);
        let ch = f.table("channels").unwrap();
        assert!(ch.row(&RowKey::Channel(2)).unwrap().now.hidden);
        assert!(ch.row(&RowKey::Channel(3)).unwrap().now.hidden, "the complement");
        assert!(!ch.row(&RowKey::Channel(1)).unwrap().now.hidden);
        assert!(!ch.row(&RowKey::Handled).unwrap().now.hidden);
    }

    #[test]
    fn the_previous_period_is_protected_on_its_own_and_the_change_needs_both() {
        let e = entries();
        let now = Facts { cells: vec![cell(1, 11, 20, None, 30), cell(2, 11, 20, None, 10)], ..Default::default() };
        let before = Facts { cells: vec![cell(1, 11, 20, None, 18), cell(2, 11, 20, None, 2)], ..Default::default() };
        let f = CaseFigures::build(&e, &now, Some(&before), 5);
        let ch = f.table("channels").unwrap();
        let phone = ch.row(&RowKey::Channel(1)).unwrap();
        assert_eq!(phone.change(), None, "18 is hidden beside the hidden 2");
        let total = ch.row(&RowKey::Handled).unwrap();
        assert_eq!(total.change(), Some(20));
        assert_eq!(total.before, Some(Count { value: 20, hidden: false }));
    }

    #[test]
    fn referrals_count_by_group_destination_kind_state_and_department() {
        let e = entries();
        let r = |destination, kind, state, count| ReferralCell { destination, kind, state, count };
        let facts = Facts {
            cells: vec![cell(1, 11, 20, None, 40)],
            referrals: vec![
                r(30, 40, RefState::Established, 10),
                r(30, 41, RefState::Pending, 6),
                r(31, 40, RefState::Pending, 7),
            ],
            ..Default::default()
        };
        let f = CaseFigures::build(&e, &facts, None, 5);
        let c = |k: RowKey| f.count(&k).unwrap().value;
        assert_eq!(c(RowKey::Referrals), 23);
        assert_eq!(c(RowKey::Group("municipal".into())), 16);
        assert_eq!(c(RowKey::Group("region".into())), 7);
        assert_eq!(c(RowKey::Kind(41)), 6);
        assert_eq!(c(RowKey::Application(30)), 6);
        assert_eq!(c(RowKey::State(RefState::Pending)), 13);
        let dest = f.table("referral_destinations").unwrap();
        let order: Vec<&RowKey> = dest.rows.iter().map(|r| &r.key).collect();
        assert_eq!(
            order,
            vec![
                &RowKey::Group("municipal".into()),
                &RowKey::Destination(30),
                &RowKey::Group("region".into()),
                &RowKey::Destination(31)
            ]
        );
    }

    #[test]
    fn row_keys_read_back_from_their_codes() {
        let keys = [
            RowKey::Handled,
            RowKey::AdviceOnly,
            RowKey::Channel(12),
            RowKey::Contacts(2),
            RowKey::Time(0),
            RowKey::Group("region".into()),
            RowKey::State(RefState::Ended),
            RowKey::Application(4),
            RowKey::FollowUp(FollowUpOutcome::NotReached),
        ];
        for k in keys {
            assert_eq!(RowKey::parse(&k.code()), Some(k.clone()), "{}", k.code());
        }
        for bad in ["", "channel-", "channel-x", "group-mars", "contacts-9", "nothing-1", "follow_up-maybe"] {
            assert_eq!(RowKey::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        // 10 cases: waits 0,0,1,1,2,3,5,8,13,30 days.
        let hist = [(0, 2), (1, 2), (2, 1), (3, 1), (5, 1), (8, 1), (13, 1), (30, 1)];
        assert_eq!(nearest_rank(&hist, 50), Some(2));
        assert_eq!(nearest_rank(&hist, 90), Some(13));
        assert_eq!(nearest_rank(&[], 50), None);
        let d = days(&[(4, 3)], 5);
        assert!(d.hidden);
        assert_eq!(days(&[(4, 6)], 5).median, Some(4));
    }
}
