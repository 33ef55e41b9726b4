//! The effect report's money: cost per case and the estimated savings, in exact integer arithmetic
//! rounded once per printed figure (a saving is computed from its inputs in one step; a pro-rated
//! cost rounds each period's part to whole kronor, as it prints them), with every input kept beside
//! the result so the report can print the formula as it was computed. (DOMAIN.md's own example shows why: a rounded 4,800 kr per case
//! and an unreproducible 728,400 kr.)
use chrono::NaiveDate;

use super::figures::Count;

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

pub(super) fn to_i64(n: i128) -> i64 {
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
