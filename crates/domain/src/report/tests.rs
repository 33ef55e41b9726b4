//! Tests of the report's money, concern table and survey figures, on DOMAIN.md's own example.
use chrono::NaiveDate;

use super::*;
use crate::concern::Outcome;

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
    assert_eq!(m.concern.as_ref().map(|s| (s.per_case, s.avoided_hundredths, s.total)), Some((15_122, 4_825, 729_637)));
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
