//! The effect report's long-term support: continued contact ("trygghetsbistånd") and family
//! coordination, counted for a period with small counts hidden (DESIGN rule 6), including the
//! counts that published sums would give away.
use chrono::NaiveDate;

use super::Count;
use crate::ids::{FamilyId, ListEntryId};
use crate::privacy::{Sum, protect};
use crate::records::family::Outcome;
use crate::records::family_plan::AreaScore;

/// One agreement of continued contact as the report weighs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementFacts {
    pub starts_on: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    /// Its periods that ended in the report's period with a check-in that reached the resident.
    pub kept: i64,
    /// Its periods that ended in the report's period without one.
    pub missed: i64,
    /// The resident opened a new case in the period, after the agreement began.
    pub came_back: bool,
}

/// Continued contact in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContinuedFigures {
    /// Agreements that began in the period: residents who chose continued contact.
    pub chose: Count,
    /// Agreements running on the period's last day.
    pub running: Count,
    /// Agreements that ended in the period.
    pub ended: Count,
    /// The median length in days of the agreements that ended in the period, when their count is
    /// shown.
    pub median_days: Option<i64>,
    pub kept: Count,
    pub missed: Count,
    /// Residents with continued contact who came back to support with a new case in the period.
    pub came_back: Count,
}

fn hide(values: &[i64], sums: &[Sum], threshold: i64) -> Vec<Count> {
    let hidden = protect(values, sums, threshold);
    values.iter().zip(hidden).map(|(v, h)| Count { value: *v, hidden: h }).collect()
}

fn median(mut v: Vec<i64>) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2 })
}

fn within(d: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    from <= d && d <= to
}

/// Continued contact from `from` to `to`.
pub fn continued(facts: &[AgreementFacts], from: NaiveDate, to: NaiveDate, threshold: i64) -> ContinuedFigures {
    let count = |f: &dyn Fn(&AgreementFacts) -> bool| facts.iter().filter(|a| f(a)).count() as i64;
    let chose = count(&|a| within(a.starts_on, from, to));
    let running = count(&|a| a.starts_on <= to && a.ended_on.is_none_or(|e| e > to));
    let ended_days: Vec<i64> = facts
        .iter()
        .filter_map(|a| a.ended_on.filter(|e| within(*e, from, to)).map(|e| (e - a.starts_on).num_days()))
        .collect();
    let ended = ended_days.len() as i64;
    let kept = facts.iter().map(|a| a.kept).sum();
    let missed = facts.iter().map(|a| a.missed).sum();
    let came_back = count(&|a| a.came_back);
    let c = hide(&[chose, running, ended, kept, missed, came_back], &[], threshold);
    ContinuedFigures {
        median_days: if c[2].hidden { None } else { median(ended_days) },
        chose: c[0],
        running: c[1],
        ended: c[2],
        kept: c[3],
        missed: c[4],
        came_back: c[5],
    }
}

/// One family as the report weighs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyFacts {
    pub id: FamilyId,
    pub listed_on: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
}

/// One area's progress over the families mapped at least twice by the period's end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaFigures {
    pub area: ListEntryId,
    pub families: Count,
    pub better: Count,
    pub same: Count,
    pub worse: Count,
}

/// Family coordination in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyFigures {
    /// Families a pair worked with on the period's last day.
    pub active: Count,
    pub started: Count,
    pub closed: Count,
    /// Families on the waiting list on the period's last day.
    pub waiting: Count,
    /// The median days from listing to start of the families that started in the period.
    pub median_wait_days: Option<i64>,
    /// Contacts with actors in the period.
    pub contacts: Count,
    /// The families closed in the period by outcome; they add up to `closed`.
    pub outcomes: Vec<(Outcome, Count)>,
    pub areas: Vec<AreaFigures>,
}

/// Family coordination from `from` to `to`: `mappings` are every mapping of the unit's families
/// (family, day, scores), `areas` the unit's areas in list order, `contacts` the contacts with
/// actors in the period.
pub fn families(
    families: &[FamilyFacts],
    mappings: &[(FamilyId, NaiveDate, Vec<AreaScore>)],
    areas: &[ListEntryId],
    contacts: i64,
    from: NaiveDate,
    to: NaiveDate,
    threshold: i64,
) -> FamilyFigures {
    let started_by = |f: &FamilyFacts| f.started_on.is_some_and(|s| s <= to);
    let open_at = |f: &FamilyFacts| f.closed_on.is_none_or(|c| c > to);
    let active = families.iter().filter(|f| started_by(f) && open_at(f)).count() as i64;
    let waiting = families.iter().filter(|f| f.listed_on <= to && !started_by(f) && open_at(f)).count() as i64;
    let waits: Vec<i64> = families
        .iter()
        .filter_map(|f| f.started_on.filter(|s| within(*s, from, to)).map(|s| (s - f.listed_on).num_days()))
        .collect();
    let started = waits.len() as i64;
    let closed_in: Vec<&FamilyFacts> =
        families.iter().filter(|f| f.closed_on.is_some_and(|c| within(c, from, to))).collect();
    // Values: active, started, waiting, contacts, closed, then each outcome, then per area
    // (families, better, same, worse); sums tie the outcomes to the closed and each area's three
    // kinds of change to its families.
    let mut values = vec![active, started, waiting, contacts, closed_in.len() as i64];
    let first_outcome = values.len();
    for o in Outcome::ALL {
        values.push(closed_in.iter().filter(|f| f.outcome == Some(*o)).count() as i64);
    }
    let mut sums = vec![Sum { total: 4, parts: (first_outcome..values.len()).collect() }];
    let mut area_at = Vec::new();
    for area in areas {
        let mut per_family: std::collections::BTreeMap<FamilyId, Vec<(NaiveDate, AreaScore)>> = Default::default();
        for (fam, day, scores) in mappings.iter().filter(|m| m.1 <= to) {
            if let Some(s) = scores.iter().find(|s| s.area == *area) {
                per_family.entry(*fam).or_default().push((*day, *s));
            }
        }
        let (mut better, mut same, mut worse) = (0, 0, 0);
        for points in per_family.values_mut().filter(|p| p.len() >= 2) {
            points.sort_by_key(|p| p.0);
            let (a, b) = (points[0].1.current, points[points.len() - 1].1.current);
            match b.cmp(&a) {
                std::cmp::Ordering::Greater => better += 1,
                std::cmp::Ordering::Equal => same += 1,
                std::cmp::Ordering::Less => worse += 1,
            }
        }
        let at = values.len();
        values.extend([better + same + worse, better, same, worse]);
        sums.push(Sum { total: at, parts: vec![at + 1, at + 2, at + 3] });
        area_at.push((*area, at));
    }
    let c = hide(&values, &sums, threshold);
    FamilyFigures {
        active: c[0],
        started: c[1],
        waiting: c[2],
        contacts: c[3],
        closed: c[4],
        median_wait_days: if c[1].hidden { None } else { median(waits) },
        outcomes: Outcome::ALL.iter().enumerate().map(|(i, o)| (*o, c[first_outcome + i])).collect(),
        areas: area_at
            .into_iter()
            .filter(|(_, at)| values[*at] > 0)
            .map(|(area, at)| AreaFigures {
                area,
                families: c[at],
                better: c[at + 1],
                same: c[at + 2],
                worse: c[at + 3],
            })
            .collect(),
    }
}

/// Housing First in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HousingFigures {
    /// Persons enrolled by the period's last day.
    pub enrolled: Count,
    /// Enrolled in the period.
    pub new: Count,
    /// For 6, 12 and 24 months: the tenancies that had run that long by the period's end, and
    /// those of them held.
    pub held: Vec<(u32, Count, Count)>,
    pub landlord_contacts: Count,
    pub support: Count,
}

/// Housing First from `from` to `to`: `enrolled_on` each enrolment's day, `tenancies` the homes,
/// `landlord_contacts` and `support` the logged events in the period.
pub fn housing(
    enrolled_on: &[NaiveDate],
    tenancies: &[crate::records::housing::Tenancy],
    landlord_contacts: i64,
    support: i64,
    from: NaiveDate,
    to: NaiveDate,
    threshold: i64,
) -> HousingFigures {
    let enrolled = enrolled_on.iter().filter(|d| **d <= to).count() as i64;
    let new = enrolled_on.iter().filter(|d| within(**d, from, to)).count() as i64;
    let mut values = vec![enrolled, new, landlord_contacts, support];
    let mut sums = Vec::new();
    let marks = crate::records::housing::held_at(tenancies, to);
    for (_, reached, held) in &marks {
        // Reached = held + lost; the lost are not published but may not be worked out either.
        let at = values.len();
        values.extend([*reached, *held, reached - held]);
        sums.push(Sum { total: at, parts: vec![at + 1, at + 2] });
    }
    let c = hide(&values, &sums, threshold);
    HousingFigures {
        enrolled: c[0],
        new: c[1],
        landlord_contacts: c[2],
        support: c[3],
        held: marks.iter().enumerate().map(|(i, (m, _, _))| (*m, c[4 + 3 * i], c[5 + 3 * i])).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::family_plan::Score;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn agreement(start: &str, end: Option<&str>, kept: i64, came_back: bool) -> AgreementFacts {
        AgreementFacts { starts_on: d(start), ended_on: end.map(d), kept, missed: 1, came_back }
    }

    #[test]
    fn tenancies_held_are_counted_and_one_lost_is_not_given_away() {
        use crate::records::housing::{Tenancy, TenancyStatus};
        let mut t: Vec<Tenancy> = (0..9)
            .map(|_| Tenancy { starts_on: d("2025-01-01"), status: TenancyStatus::Active, since: d("2025-01-01") })
            .collect();
        t.push(Tenancy { starts_on: d("2025-01-01"), status: TenancyStatus::Terminated, since: d("2025-03-01") });
        let enrolled = vec![d("2024-12-01"); 10];
        let h = housing(&enrolled, &t, 12, 30, d("2026-01-01"), d("2026-06-30"), 5);
        assert_eq!(h.enrolled.shown(), Some(10));
        assert_eq!(h.new.value, 0);
        let (m, reached, held) = h.held[0];
        assert_eq!((m, reached.shown()), (6, Some(10)));
        assert!(held.hidden, "nine of ten held would tell the one lost");
        assert_eq!(h.held[2].1.value, 0, "none had run 24 months by the end of June 2026");
    }

    #[test]
    fn continued_contact_counts_choices_lengths_and_returns_with_small_counts_hidden() {
        let mut facts: Vec<AgreementFacts> =
            (0..6).map(|i| agreement("2026-02-01", Some(&format!("2026-0{}-01", 3 + i % 3)), 2, i == 0)).collect();
        facts.push(agreement("2025-11-01", None, 4, false));
        let f = continued(&facts, d("2026-01-01"), d("2026-06-30"), 5);
        assert_eq!(f.chose, Count { value: 6, hidden: false });
        assert_eq!(f.running, Count { value: 1, hidden: true });
        assert_eq!(f.ended, Count { value: 6, hidden: false });
        assert_eq!(f.median_days, Some(59), "from 1 Feb to 1 Apr is the middle length");
        assert_eq!(f.kept, Count { value: 16, hidden: false });
        assert_eq!(f.missed, Count { value: 7, hidden: false });
        assert_eq!(f.came_back, Count { value: 1, hidden: true });
        let few = continued(&facts[..2], d("2026-01-01"), d("2026-06-30"), 5);
        assert!(few.ended.hidden);
        assert_eq!(few.median_days, None, "no length is told of a hidden count");
    }

    fn fam(
        id: i64,
        listed: &str,
        started: Option<&str>,
        closed: Option<&str>,
        outcome: Option<Outcome>,
    ) -> FamilyFacts {
        FamilyFacts {
            id: FamilyId::new(id),
            listed_on: d(listed),
            started_on: started.map(d),
            closed_on: closed.map(d),
            outcome,
        }
    }

    #[test]
    fn families_are_counted_and_a_hidden_outcome_is_not_given_away_by_the_closed_total() {
        let mut f: Vec<FamilyFacts> = (0..6).map(|i| fam(i, "2026-01-10", Some("2026-01-20"), None, None)).collect();
        for i in 6..11 {
            f.push(fam(i, "2025-10-01", Some("2025-11-01"), Some("2026-03-01"), Some(Outcome::GoalsMet)));
        }
        f.push(fam(11, "2025-10-01", Some("2025-11-01"), Some("2026-03-01"), Some(Outcome::Moved)));
        f.push(fam(12, "2026-06-01", None, None, None));
        let area = ListEntryId::new(1);
        let score = |n: &str| Score::parse(n).unwrap();
        let s = |now: &str| vec![AreaScore { area, current: score(now), desired: score("5") }];
        let mut maps = Vec::new();
        for i in 0..6 {
            maps.push((FamilyId::new(i), d("2026-01-25"), s("2")));
            maps.push((FamilyId::new(i), d("2026-05-25"), s(if i < 5 { "4" } else { "2" })));
        }
        let r = families(&f, &maps, &[area, ListEntryId::new(2)], 40, d("2026-01-01"), d("2026-06-30"), 5);
        assert_eq!(r.active.shown(), Some(6));
        assert_eq!(r.started.shown(), Some(6));
        assert_eq!(r.median_wait_days, Some(10));
        assert!(r.waiting.hidden, "one family waits");
        assert_eq!(r.contacts.shown(), Some(40));
        let goals = r.outcomes.iter().find(|o| o.0 == Outcome::GoalsMet).unwrap().1;
        let moved = r.outcomes.iter().find(|o| o.0 == Outcome::Moved).unwrap().1;
        assert!(moved.hidden);
        assert!(goals.hidden || r.closed.hidden, "the closed total and the others would give the moved family away");
        assert_eq!(r.areas.len(), 1, "an area nobody was mapped in twice is left out");
        assert_eq!(r.areas[0].families.shown(), Some(6));
        assert_eq!((r.areas[0].better.value, r.areas[0].same.value, r.areas[0].worse.value), (5, 1, 0));
        assert!(r.areas[0].same.hidden, "one family stayed the same");
        assert!(r.areas[0].better.hidden, "else six minus five would tell it");
    }
}
