//! From grouped facts to counts by key, the tables' layouts (rows in order, which row is the
//! total), and which counts each period must hide so no small count can be worked back.
use crate::ids::ListEntryId;
use std::collections::HashMap;

use super::facts::{Entries, Entry, Facts, RefState};
use super::keys::{GROUPS, RowKey};
use crate::case::{FollowUpOutcome, ReturningReason};
use crate::privacy::{Sum, protect};

/// Raw counts of one period, by key.
pub(super) fn tally(f: &Facts, e: &Entries) -> HashMap<RowKey, i64> {
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
            add(RowKey::ReturnedFor(c.returning_reason), c.count);
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

/// Table layouts: rows in order and which row is the table's total.
pub(super) struct Layout {
    pub(super) id: &'static str,
    pub(super) total: Option<RowKey>,
    pub(super) parts: Vec<RowKey>,
    /// Whether the parts add up to the total (so hiding needs a complement).
    pub(super) additive: bool,
    /// Further rows shown under the total that are not its parts ("of which …").
    pub(super) extra: Vec<RowKey>,
}

impl Layout {
    /// A table whose parts add up to its total, with nothing else under it.
    fn sum(id: &'static str, total: RowKey, parts: Vec<RowKey>) -> Self {
        Layout { id, total: Some(total), parts, additive: true, extra: vec![] }
    }
}

/// The counts of both periods, to choose which keys a table lists.
struct Counted<'a> {
    now: &'a HashMap<RowKey, i64>,
    before: &'a HashMap<RowKey, i64>,
}

impl Counted<'_> {
    /// Whether either period counts anything under `k`.
    fn seen(&self, k: &RowKey) -> bool {
        self.now.get(k).copied().unwrap_or(0) != 0 || self.before.get(k).copied().unwrap_or(0) != 0
    }

    /// A list's keys in list order: retired entries only when counted.
    fn keys(&self, list: &[Entry], f: fn(ListEntryId) -> RowKey) -> Vec<RowKey> {
        let mut ks: Vec<RowKey> = list.iter().filter(|x| !x.retired || self.seen(&f(x.id))).map(|x| f(x.id)).collect();
        // Ids in the facts that are not in the list (should not happen) still count.
        let mut extra: Vec<RowKey> = self
            .now
            .keys()
            .chain(self.before.keys())
            .filter(|k| matches_kind(k, &f(ListEntryId::new(0))))
            .cloned()
            .collect();
        extra.sort();
        extra.dedup();
        for k in extra {
            if !ks.contains(&k) {
                ks.push(k);
            }
        }
        ks
    }

    fn largest_first(&self, mut ks: Vec<RowKey>) -> Vec<RowKey> {
        // Stable: equal counts keep list order.
        ks.sort_by_key(|k| std::cmp::Reverse(self.now.get(k).copied().unwrap_or(0)));
        ks
    }
}

pub(super) fn layouts(e: &Entries, now: &HashMap<RowKey, i64>, before: &HashMap<RowKey, i64>) -> Vec<Layout> {
    let c = Counted { now, before };
    let mut out = case_layouts(e, &c);
    out.extend(referral_layouts(e, &c));
    out.push(Layout::sum(
        "follow_ups",
        RowKey::FollowUps,
        [FollowUpOutcome::Yes, FollowUpOutcome::Partly, FollowUpOutcome::No, FollowUpOutcome::NotReached]
            .into_iter()
            .map(RowKey::FollowUp)
            .collect(),
    ));
    out
}

/// Returning residents by why they came back; "not recorded" only where a period has such cases
/// (those registered before the reason was asked, or imported without it).
fn returned_for(c: &Counted<'_>) -> Vec<RowKey> {
    let mut keys: Vec<RowKey> = ReturningReason::ALL.iter().map(|r| RowKey::ReturnedFor(Some(*r))).collect();
    if c.seen(&RowKey::ReturnedFor(None)) {
        keys.push(RowKey::ReturnedFor(None));
    }
    keys
}

/// The tables of handled and closed cases.
fn case_layouts(e: &Entries, c: &Counted<'_>) -> Vec<Layout> {
    vec![
        Layout {
            id: "cases",
            total: Some(RowKey::Handled),
            parts: vec![],
            additive: false,
            extra: vec![RowKey::Closed, RowKey::Returning, RowKey::AdviceOnly],
        },
        Layout::sum("channels", RowKey::Handled, c.largest_first(c.keys(&e.channels, RowKey::Channel))),
        Layout::sum("age_groups", RowKey::Handled, c.keys(&e.age_groups, RowKey::AgeGroup)),
        Layout::sum("categories", RowKey::Handled, c.largest_first(c.keys(&e.categories, RowKey::Category))),
        Layout {
            id: "secondary_categories",
            total: None,
            parts: c.largest_first(c.keys(&e.categories, RowKey::Secondary)),
            additive: false,
            extra: vec![],
        },
        Layout::sum("returning", RowKey::Returning, returned_for(c)),
        Layout::sum("outcomes", RowKey::Closed, c.keys(&e.outcomes, RowKey::Outcome)),
        Layout::sum("contacts", RowKey::Closed, (0..3).map(RowKey::Contacts).collect()),
        Layout::sum("time", RowKey::Closed, (0..3).map(RowKey::Time).collect()),
    ]
}

/// The referral tables: by group, by destination within each group, by kind and state, and the
/// applications for aid per department.
fn referral_layouts(e: &Entries, c: &Counted<'_>) -> Vec<Layout> {
    let mut groups = Vec::new();
    for g in GROUPS {
        let dests: Vec<RowKey> = c
            .keys(&e.destinations, RowKey::Destination)
            .into_iter()
            .filter(|k| matches!(k, RowKey::Destination(d) if e.group_of(*d) == g))
            .collect();
        if dests.is_empty() && !c.seen(&RowKey::Group(g.into())) {
            continue;
        }
        groups.push((g, dests));
    }
    let mut out = vec![Layout::sum(
        "referral_groups",
        RowKey::Referrals,
        groups.iter().map(|(g, _)| RowKey::Group((*g).into())).collect(),
    )];
    for (g, dests) in groups {
        out.push(Layout::sum("referral_destinations", RowKey::Group(g.into()), dests));
    }
    out.push(Layout::sum("referral_kinds", RowKey::Referrals, c.keys(&e.kinds, RowKey::Kind)));
    out.push(Layout::sum("referral_states", RowKey::Referrals, RefState::ALL.into_iter().map(RowKey::State).collect()));
    if let Some(aid) = Entries::id_of(&e.kinds, "aid_application") {
        let applications = c.keys(&e.destinations, RowKey::Application).into_iter().filter(|k| c.seen(k)).collect();
        out.push(Layout::sum("applications", RowKey::Kind(aid), applications));
    }
    out
}

/// Whether two keys are of the same variant.
fn matches_kind(a: &RowKey, b: &RowKey) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// Which counts of one period to hide: every key is one value, every additive table one sum.
pub(super) fn hidden(counts: &HashMap<RowKey, i64>, layouts: &[Layout], threshold: i64) -> HashMap<RowKey, bool> {
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
