//! The effect report's money: cost per case and the estimated savings, in exact integer arithmetic
//! rounded once per printed figure (a saving is computed from its inputs in one step; a pro-rated
//! cost rounds each period's part to whole kronor, as it prints them), with every input kept beside
//! the result so the report can print the formula as it was computed. (DOMAIN.md's own example shows why: a rounded 4,800 kr per case
//! and an unreproducible 728,400 kr.)
use chrono::NaiveDate;

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
}
