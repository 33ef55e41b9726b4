//! The unit's goals with their trend over the last quarters, for the manager's start page: the
//! share of green answers on every survey question that has a goal, and applications for aid
//! among all referrals against the manager's goal. Counted and protected as in the report.
use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use lotsen_domain::ids::UnitId;
use lotsen_domain::locale::Locale;
use lotsen_domain::report::figures::{CaseFigures, Entries, Facts, RowKey};
use lotsen_domain::report::{QuestionFigures, holding_at};
use lotsen_domain::survey::Colour;
use lotsen_store::{Store, StoreError};

use super::{entries, inputs};

/// How many quarters the start page looks back over, this one included.
pub const QUARTERS: usize = 4;

/// What a goal is set on.
pub enum GoalOf {
    /// A survey question, with its text and the survey's title in the reader's language.
    Question { question: String, survey: String },
    /// Applications for aid among all referrals.
    Applications,
}

/// One goal: in tenths of a percent, as the shares.
pub struct Goal {
    pub of: GoalOf,
    pub goal: i64,
    /// The share per quarter, oldest first; `None` when too few to say.
    pub shares: Vec<Option<i64>>,
}

pub struct Trends {
    /// The quarters' first days, oldest first.
    pub quarters: Vec<NaiveDate>,
    pub goals: Vec<Goal>,
}

/// The first day of the quarter `back` quarters before the one holding `today`.
pub fn quarter_start(today: NaiveDate, back: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).unwrap_or(today);
    first.checked_sub_months(Months::new(3 * back)).unwrap_or(first)
}

/// The goals of `unit_id` over the last [`QUARTERS`] quarters up to `today`.
#[tracing::instrument(skip(store))]
pub async fn trends(store: &Store, unit_id: UnitId, locale: Locale, today: NaiveDate) -> Result<Trends, StoreError> {
    let unit = store.unit(unit_id).await?;
    let threshold = unit.suppression_threshold;
    let lists = store.lists(unit_id).await?;
    let e = entries(&lists);
    let input = inputs(&store.report_inputs(unit_id).await?);
    let surveys = store.surveys(unit_id).await?;
    let periods: Vec<(NaiveDate, NaiveDate)> = (0..QUARTERS as u32)
        .rev()
        .map(|back| {
            let from = quarter_start(today, back);
            let end = from.checked_add_months(Months::new(3)).map_or(from, |n| n - TimeDelta::days(1));
            (from, end.min(today))
        })
        .collect();

    let mut goals = Vec::new();
    let mut applications: Vec<Option<i64>> = Vec::new();
    let mut answers = Vec::new();
    for (from, to) in &periods {
        answers.push(store.report_survey_counts(unit_id, *from, *to).await?);
        let facts = Facts { referrals: store.report_referrals(unit_id, *from, *to).await?, ..Default::default() };
        let f = CaseFigures::build(&e, &facts, None, threshold);
        let aid = Entries::id_of(&e.kinds, "aid_application").and_then(|id| f.count(&RowKey::Kind(id)));
        let share = match (aid.and_then(|c| c.shown()), f.count(&RowKey::Referrals).and_then(|c| c.shown())) {
            (Some(a), Some(n)) if n > 0 => Some((a * 1000 + n / 2) / n),
            _ => None,
        };
        applications.push(share);
    }
    for s in &surveys {
        let def = &s.current.definition;
        for q in &def.questions {
            let Some(goal) = s.goals.get(&q.key).copied() else { continue };
            let shares = answers
                .iter()
                .map(|period| {
                    let mut counts = [0i64; 3];
                    for (_, _, colour, n) in period.iter().filter(|a| a.0 == s.id && a.1 == q.key) {
                        counts[Colour::ALL.iter().position(|c| c == colour).unwrap_or(0)] += n;
                    }
                    QuestionFigures::build(s.id, &q.key, counts, Some(goal), threshold).green_share
                })
                .collect();
            let of = GoalOf::Question {
                question: def.text(&q.text, locale).to_owned(),
                survey: def.text(&def.title, locale).to_owned(),
            };
            goals.push(Goal { of, goal: i64::from(goal) * 10, shares });
        }
    }
    if let Some(goal) = periods.last().and_then(|(_, to)| holding_at(&input.applications_goal, *to)) {
        goals.push(Goal { of: GoalOf::Applications, goal, shares: applications });
    }
    Ok(Trends { quarters: periods.iter().map(|(from, _)| *from).collect(), goals })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_count_back_from_today() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(quarter_start(d(2026, 11, 27), 0), d(2026, 10, 1));
        assert_eq!(quarter_start(d(2026, 11, 27), 3), d(2026, 1, 1));
        assert_eq!(quarter_start(d(2026, 2, 1), 1), d(2025, 10, 1));
    }
}
