//! The effect report's money: cost per case and the estimated savings, in exact integer arithmetic
//! rounded once per printed figure (a saving is computed from its inputs in one step; a pro-rated
//! cost rounds each period's part to whole kronor, as it prints them), with every input kept beside
//! the result so the report can print the formula as it was computed. (DOMAIN.md's own example shows why: a rounded 4,800 kr per case
//! and an unreproducible 728,400 kr.)
use chrono::NaiveDate;

use crate::concern::Outcome;
use crate::privacy::{Sum, protect};
use crate::survey::Colour;

pub mod figures;
pub mod period;

pub use figures::Count;

/// Rounds `num / den` to the nearest whole number, halves away from zero. `den` must be positive.
pub fn round_div(num: i128, den: i128) -> i128 {
    debug_assert!(den > 0);
    let q = num / den;
    let r = num % den;
    if 2 * r.abs() >= den { q + num.signum() } else { q }
}

/// The part of a cost for `[from, to]` that falls in a report period, pro-rated by days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostPart {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub amount: i64,
    /// Days of the cost's period inside the report period, and days of the cost's period.
    pub days_in: i64,
    pub days: i64,
    /// `amount × days_in ÷ days`, rounded to whole kronor.
    pub counted: i64,
}

/// The unit's cost for a report period from the dated costs: each cost period overlapping the
/// report counts by its share of days. `None` when no cost covers any of the period.
pub fn cost_for_period(
    costs: &[(NaiveDate, NaiveDate, i64)],
    from: NaiveDate,
    to: NaiveDate,
) -> Option<(i64, Vec<CostPart>)> {
    let mut parts = Vec::new();
    for &(c_from, c_to, amount) in costs {
        let start = c_from.max(from);
        let end = c_to.min(to);
        if start > end || c_to < c_from {
            continue;
        }
        let days = (c_to - c_from).num_days() + 1;
        let days_in = (end - start).num_days() + 1;
        let counted = to_i64(round_div(i128::from(amount) * i128::from(days_in), i128::from(days)));
        parts.push(CostPart { from: c_from, to: c_to, amount, days_in, days, counted });
    }
    if parts.is_empty() { None } else { Some((parts.iter().map(|p| p.counted).sum(), parts)) }
}

/// The value of a dated input that holds at `on`: the latest whose from-date is not after it.
pub fn holding_at(values: &[(NaiveDate, i64)], on: NaiveDate) -> Option<i64> {
    values.iter().filter(|(from, _)| *from <= on).max_by_key(|(from, _)| *from).map(|(_, v)| *v)
}

/// Cost per case = the unit's cost ÷ cases handled, rounded to whole kronor.
pub fn cost_per_case(unit_cost: i64, cases: u64) -> Option<i64> {
    (cases > 0).then(|| to_i64(round_div(i128::from(unit_cost), i128::from(cases))))
}

/// An estimated saving with everything it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saving {
    /// What one avoided investigation saves: the investigation's cost − the cost per case.
    pub per_case: i64,
    /// How many investigations were estimated to be avoided, in hundredths (48,25 is 4825).
    pub avoided_hundredths: i64,
    /// `per_case × avoided`, rounded to whole kronor.
    pub total: i64,
}

fn to_i64(n: i128) -> i64 {
    i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX })
}

/// Estimated saving from school-referred cases: (investigation cost − cost per case) × the share
/// of school cases estimated to have avoided an investigation.
pub fn school_saving(investigation_cost: i64, cost_per_case: i64, school_cases: u64, share_tenths: i64) -> Saving {
    saving(investigation_cost - cost_per_case, school_cases, share_tenths)
}

/// Estimated saving had the chosen share of "led to an investigation" concern reports been reached
/// early: (investigation cost − cost per case) × that share of the reports.
pub fn concern_saving(
    investigation_cost: i64,
    cost_per_case: i64,
    led_to_investigation: u64,
    share_tenths: i64,
) -> Saving {
    saving(investigation_cost - cost_per_case, led_to_investigation, share_tenths)
}

/// `per_case × count × share ÷ 1000` with one rounding; the avoided count is rounded on its own,
/// for printing only.
fn saving(per_case: i64, count: u64, share_tenths: i64) -> Saving {
    let avoided = i128::from(count) * i128::from(share_tenths);
    Saving {
        per_case,
        avoided_hundredths: to_i64(round_div(avoided, 10)),
        total: to_i64(round_div(i128::from(per_case) * avoided, 1000)),
    }
}

/// The manager's dated inputs, as the report reads them.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// (from, to, kronor)
    pub unit_costs: Vec<(NaiveDate, NaiveDate, i64)>,
    /// (from, kronor)
    pub investigation_cost: Vec<(NaiveDate, i64)>,
    /// (from, tenths of a percent)
    pub school_share: Vec<(NaiveDate, i64)>,
    pub concern_share: Vec<(NaiveDate, i64)>,
    pub applications_goal: Vec<(NaiveDate, i64)>,
}

/// Cost per case and the savings of a period, with every input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    /// The unit's cost for the period and the cost periods it came from.
    pub cost: Option<(i64, Vec<CostPart>)>,
    /// Cases handled in the period.
    pub cases: Count,
    /// `None` without a cost or cases, or when the case count is hidden (it could be worked back).
    pub cost_per_case: Option<i64>,
    pub investigation_cost: Option<i64>,
    pub school_share: Option<i64>,
    pub school_cases: Count,
    pub school: Option<Saving>,
    pub concern_share: Option<i64>,
    /// Concern reports that led to an investigation in the period's months.
    pub led_to_investigation: Option<Count>,
    pub concern: Option<Saving>,
    /// Applications for aid as a share of all referrals, in tenths of a percent, and the goal.
    pub applications: Option<i64>,
    pub applications_goal: Option<i64>,
}

impl Money {
    /// Inputs hold as at the period's last day; a cost is pro-rated by days into the period.
    pub fn build(
        inputs: &Inputs,
        from: NaiveDate,
        to: NaiveDate,
        cases: Count,
        school_cases: Count,
        (applications, referrals): (Count, Count),
        led_to_investigation: Option<Count>,
    ) -> Self {
        let cost = cost_for_period(&inputs.unit_costs, from, to);
        let cost_per_case = match (&cost, cases.shown()) {
            (Some((c, _)), Some(n)) => cost_per_case(*c, u64::try_from(n).unwrap_or(0)),
            _ => None,
        };
        let investigation_cost = holding_at(&inputs.investigation_cost, to);
        let school_share = holding_at(&inputs.school_share, to);
        let concern_share = holding_at(&inputs.concern_share, to);
        let school = match (investigation_cost, cost_per_case, school_cases.shown(), school_share) {
            (Some(i), Some(c), Some(n), Some(s)) => Some(school_saving(i, c, u64::try_from(n).unwrap_or(0), s)),
            _ => None,
        };
        let concern =
            match (investigation_cost, cost_per_case, led_to_investigation.and_then(Count::shown), concern_share) {
                (Some(i), Some(c), Some(n), Some(s)) => Some(concern_saving(i, c, u64::try_from(n).unwrap_or(0), s)),
                _ => None,
            };
        let applications = match (applications.shown(), referrals.shown()) {
            (Some(a), Some(n)) if n > 0 => Some(to_i64(round_div(i128::from(a) * 1000, i128::from(n)))),
            _ => None,
        };
        Money {
            cost,
            cases,
            cost_per_case,
            investigation_cost,
            school_share,
            school_cases,
            school,
            concern_share,
            led_to_investigation,
            concern,
            applications,
            applications_goal: holding_at(&inputs.applications_goal, to),
        }
    }
}

/// Concern reports of the months in a period: months × outcomes with totals, protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcernTable {
    /// (year, month, counts per outcome in `Outcome::ALL` order, month total)
    pub months: Vec<((i32, u32), [Count; 3], Count)>,
    pub totals: [Count; 3],
    pub total: Count,
}

impl ConcernTable {
    /// `months` holds the months with figures, in order.
    pub fn build(months: &[((i32, u32), [i64; 3])], threshold: i64) -> Option<Self> {
        if months.is_empty() {
            return None;
        }
        // values: cells (m×3), month totals (m), outcome totals (3), grand total.
        let m = months.len();
        let mut values: Vec<i64> = months.iter().flat_map(|(_, c)| c.iter().copied()).collect();
        values.extend(months.iter().map(|(_, c)| c.iter().sum::<i64>()));
        values.extend((0..3).map(|o| months.iter().map(|(_, c)| c[o]).sum::<i64>()));
        values.push(months.iter().flat_map(|(_, c)| c.iter()).sum());
        let grand = values.len() - 1;
        let mut sums: Vec<Sum> =
            (0..m).map(|i| Sum { total: 3 * m + i, parts: (0..3).map(|o| 3 * i + o).collect() }).collect();
        sums.extend((0..3).map(|o| Sum { total: 4 * m + o, parts: (0..m).map(|i| 3 * i + o).collect() }));
        sums.push(Sum { total: grand, parts: (0..m).map(|i| 3 * m + i).collect() });
        sums.push(Sum { total: grand, parts: (0..3).map(|o| 4 * m + o).collect() });
        let h = protect(&values, &sums, threshold);
        let c = |i: usize| Count { value: values[i], hidden: h[i] };
        Some(ConcernTable {
            months: months
                .iter()
                .enumerate()
                .map(|(i, (ym, _))| (*ym, [c(3 * i), c(3 * i + 1), c(3 * i + 2)], c(3 * m + i)))
                .collect(),
            totals: [c(4 * m), c(4 * m + 1), c(4 * m + 2)],
            total: c(grand),
        })
    }

    pub fn outcome(&self, o: Outcome) -> Count {
        self.totals[Outcome::ALL.iter().position(|x| *x == o).unwrap_or(0)]
    }
}

/// One survey question over a period: answers by colour, the share of green and the goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFigures {
    pub survey_id: i64,
    pub question: String,
    /// Green, yellow, red.
    pub colours: [Count; 3],
    pub total: Count,
    /// Share of green in tenths of a percent, when the counts may be shown.
    pub green_share: Option<i64>,
    pub goal: Option<u8>,
    /// Whether the goal is met; `None` without a goal or with too few answers to say.
    pub met: Option<bool>,
}

impl QuestionFigures {
    pub fn build(survey_id: i64, question: &str, counts: [i64; 3], goal: Option<u8>, threshold: i64) -> Self {
        let total: i64 = counts.iter().sum();
        let mut values = counts.to_vec();
        values.push(total);
        let h = protect(&values, &[Sum { total: 3, parts: vec![0, 1, 2] }], threshold);
        let c = |i: usize| Count { value: values[i], hidden: h[i] };
        // A share of a handful of answers says who answered what: it needs a shown total, no
        // hidden colour, and at least `threshold` answers.
        let enough = total >= threshold && !h.iter().any(|x| *x);
        let green_share = enough.then(|| to_i64(round_div(i128::from(counts[0]) * 1000, i128::from(total))));
        let met = match (green_share, goal) {
            (Some(s), Some(g)) => Some(s >= i64::from(g) * 10),
            _ => None,
        };
        QuestionFigures {
            survey_id,
            question: question.to_owned(),
            colours: [c(0), c(1), c(2)],
            total: c(3),
            green_share,
            goal,
            met,
        }
    }

    pub fn colour(&self, c: Colour) -> Count {
        self.colours[Colour::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_domain_example_gives_its_figures_and_shows_where_they_came_from() {
        // 800,000 kr for Jan–Jun 2023 and 164 cases: 4,878 kr per case (the report rounded to 4,800).
        assert_eq!(cost_per_case(800_000, 164), Some(4_878));
        // With the report's own 4,800: (20,000 − 4,800) × 7 = 106,400 kr, as the report says.
        let s = school_saving(20_000, 4_800, 14, 500);
        assert_eq!((s.per_case, s.avoided_hundredths, s.total), (15_200, 700, 106_400));
        // With the exact cost per case the saving is 105,854 kr.
        assert_eq!(school_saving(20_000, 4_878, 14, 500).total, 105_854);
        // A quarter of the 193 reports that led to an investigation: 48,25 × 15,200 = 733,400 kr,
        // not the 728,400 the report printed.
        let c = concern_saving(20_000, 4_800, 193, 250);
        assert_eq!((c.avoided_hundredths, c.total), (4_825, 733_400));
        assert_eq!(cost_per_case(800_000, 0), None);
        // One rounding: 3 cases × 33,3 % × 10,000 kr is 9,990 kr, not 10,000.
        assert_eq!(school_saving(15_000, 5_000, 3, 333).total, 9_990);
    }

    #[test]
    fn a_cost_counts_by_the_days_of_its_period_inside_the_report() {
        let costs = [(d(2023, 1, 1), d(2023, 6, 30), 800_000), (d(2023, 7, 1), d(2023, 12, 31), 900_000)];
        // The half-year exactly.
        assert_eq!(cost_for_period(&costs, d(2023, 1, 1), d(2023, 6, 30)).unwrap().0, 800_000);
        // The whole year: both.
        assert_eq!(cost_for_period(&costs, d(2023, 1, 1), d(2023, 12, 31)).unwrap().0, 1_700_000);
        // January: 31 of 181 days of the first half-year.
        let (jan, parts) = cost_for_period(&costs, d(2023, 1, 1), d(2023, 1, 31)).unwrap();
        assert_eq!((jan, parts[0].days_in, parts[0].days), (137_017, 31, 181));
        assert_eq!(cost_for_period(&costs, d(2024, 1, 1), d(2024, 3, 31)), None);
    }

    #[test]
    fn the_input_holding_at_a_date_is_the_latest_started() {
        let v = [(d(2023, 1, 1), 20_000), (d(2024, 1, 1), 22_000)];
        assert_eq!(holding_at(&v, d(2023, 6, 30)), Some(20_000));
        assert_eq!(holding_at(&v, d(2024, 6, 30)), Some(22_000));
        assert_eq!(holding_at(&v, d(2022, 12, 31)), None);
        assert_eq!(round_div(-5, 2), -3);
        assert_eq!(round_div(5, 2), 3);
        assert_eq!(round_div(4, 3), 1);
    }

    fn n(value: i64) -> Count {
        Count { value, hidden: false }
    }

    #[test]
    fn money_for_the_domain_half_year() {
        let inputs = Inputs {
            unit_costs: vec![(d(2023, 1, 1), d(2023, 6, 30), 800_000)],
            investigation_cost: vec![(d(2022, 1, 1), 20_000)],
            school_share: vec![(d(2022, 1, 1), 500)],
            concern_share: vec![(d(2022, 1, 1), 250)],
            applications_goal: vec![(d(2023, 1, 1), 180)],
        };
        let m = Money::build(&inputs, d(2023, 1, 1), d(2023, 6, 30), n(164), n(14), (n(30), n(164)), Some(n(193)));
        assert_eq!(m.cost_per_case, Some(4_878));
        assert_eq!(m.school.as_ref().map(|s| s.total), Some(105_854));
        assert_eq!(
            m.concern.as_ref().map(|s| (s.per_case, s.avoided_hundredths, s.total)),
            Some((15_122, 4_825, 729_637))
        );
        assert_eq!(m.applications, Some(183));
        assert_eq!(m.applications_goal, Some(180));
        // A hidden case count hides the cost per case and everything built on it.
        let hidden = Money::build(
            &inputs,
            d(2023, 1, 1),
            d(2023, 6, 30),
            Count { value: 3, hidden: true },
            n(14),
            (Count { value: 1, hidden: true }, n(8)),
            None,
        );
        assert_eq!((hidden.cost_per_case, hidden.school, hidden.applications), (None, None, None));
    }

    #[test]
    fn the_domain_concern_table_is_shown_whole() {
        let months = [
            ((2023, 1), [38, 25, 23]),
            ((2023, 2), [49, 34, 19]),
            ((2023, 3), [50, 51, 23]),
            ((2023, 4), [52, 27, 10]),
            ((2023, 5), [55, 43, 24]),
            ((2023, 6), [22, 13, 5]),
        ];
        let t = ConcernTable::build(&months, 5).unwrap();
        assert_eq!(t.total, n(563));
        assert_eq!(t.outcome(Outcome::Investigation), n(193));
        assert_eq!(t.months[5].2, n(40));
        // With a 4 in June, June's 4 and another June cell are hidden, and so is a second month's.
        let mut small = months;
        small[5].1[2] = 4;
        let t = ConcernTable::build(&small, 5).unwrap();
        assert!(t.months[5].1[2].hidden);
        assert_eq!(t.months[5].1.iter().filter(|c| c.hidden).count(), 2);
        assert!(!t.total.hidden);
    }

    #[test]
    fn a_survey_question_meets_its_goal_only_with_enough_answers() {
        let q = QuestionFigures::build(1, "right_support", [11, 3, 1], Some(70), 5);
        assert_eq!(q.met, None, "hidden colours: no share");
        let q = QuestionFigures::build(1, "right_support", [22, 6, 5], Some(70), 5);
        assert_eq!((q.green_share, q.met), (Some(667), Some(false)));
        let q = QuestionFigures::build(1, "easy", [28, 0, 2], None, 3);
        assert_eq!((q.green_share, q.met), (None, None));
        let q = QuestionFigures::build(1, "easy", [28, 0, 0], Some(90), 5);
        assert_eq!((q.green_share, q.met), (Some(1000), Some(true)));
    }
}
