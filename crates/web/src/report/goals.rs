//! The unit's goals with their trend over the last quarters, for the manager's start page: the
//! share of green answers on every survey question that has a goal, and applications for aid
//! among all referrals against the manager's goal. Counted and protected as in the report.
use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use lotsen_domain::report::figures::{CaseFigures, Entries, Facts, RowKey};
use lotsen_domain::report::{QuestionFigures, holding_at};
use lotsen_domain::survey::Colour;

use super::{entries, inputs};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::i18n::percent;
use crate::state::AppState;

/// How many quarters the start page looks back over, this one included.
pub const QUARTERS: usize = 4;

/// One quarter's share: as printed (a dash when too few to say) and whether the goal was met.
pub struct GoalCell {
    pub value: String,
    /// The message id of "met" / "not met", empty when there is no share.
    pub status: &'static str,
    pub met: bool,
}

pub struct GoalRow {
    pub label: String,
    pub goal: String,
    /// Per quarter, oldest first.
    pub cells: Vec<GoalCell>,
    /// Message id of the change between the last two quarters with a share.
    pub trend: &'static str,
}

pub struct Trends {
    /// The quarters' names, oldest first.
    pub quarters: Vec<String>,
    pub rows: Vec<GoalRow>,
}

/// The first day of the quarter `back` quarters before the one holding `today`.
fn quarter_start(today: NaiveDate, back: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).unwrap_or(today);
    first.checked_sub_months(Months::new(3 * back)).unwrap_or(first)
}

fn trend(values: &[Option<i64>]) -> &'static str {
    let known: Vec<i64> = values.iter().flatten().copied().collect();
    match known.as_slice() {
        [.., a, b] if b > a => "report-trend-up",
        [.., a, b] if b < a => "report-trend-down",
        [.., _, _] => "report-trend-same",
        _ => "report-trend-unknown",
    }
}

pub async fn trends(state: &AppState, unit_id: i64, t: &Tr, today: NaiveDate) -> AppResult<Trends> {
    let unit = state.store.unit(unit_id).await?;
    let threshold = unit.suppression_threshold;
    let lists = state.store.lists(unit_id).await?;
    let e = entries(&lists);
    let input = inputs(&state.store.report_inputs(unit_id).await?);
    let surveys = state.store.surveys(unit_id).await?;
    let periods: Vec<(NaiveDate, NaiveDate)> = (0..QUARTERS as u32)
        .rev()
        .map(|back| {
            let from = quarter_start(today, back);
            let end = from.checked_add_months(Months::new(3)).map_or(from, |n| n - TimeDelta::days(1));
            (from, end.min(today))
        })
        .collect();
    let quarters = periods
        .iter()
        .map(|(from, _)| {
            t.args(
                "survey-period-quarter",
                &[("n", ((from.month() - 1) / 3 + 1).to_string()), ("year", from.year().to_string())],
            )
        })
        .collect();

    // Survey questions with a goal: (label, goal, share per quarter).
    let mut rows: Vec<(String, i64, Vec<Option<i64>>)> = Vec::new();
    let mut applications: Vec<Option<i64>> = Vec::new();
    let mut answers = Vec::new();
    for (from, to) in &periods {
        answers.push(state.store.report_survey_counts(unit_id, *from, *to).await?);
        let facts = Facts { referrals: state.store.report_referrals(unit_id, *from, *to).await?, ..Default::default() };
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
            let label = format!("{} – {}", def.text(&q.text, t.locale), def.text(&def.title, t.locale));
            rows.push((label, i64::from(goal) * 10, shares));
        }
    }
    if let Some(goal) = periods.last().and_then(|(_, to)| holding_at(&input.applications_goal, *to)) {
        rows.push((t.get("report-applications-share"), goal, applications));
    }
    let l = t.locale;
    let rows = rows
        .into_iter()
        .map(|(label, goal, shares)| GoalRow {
            label,
            goal: percent(l, goal),
            cells: shares
                .iter()
                .map(|s| GoalCell {
                    value: s.map_or_else(|| "–".to_owned(), |v| percent(l, v)),
                    status: match s {
                        Some(v) if *v >= goal => "survey-goal-met",
                        Some(_) => "survey-goal-not-met",
                        None => "",
                    },
                    met: s.is_some_and(|v| v >= goal),
                })
                .collect(),
            trend: trend(&shares),
        })
        .collect();
    Ok(Trends { quarters, rows })
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
        assert_eq!(trend(&[Some(600), None, Some(700), Some(650)]), "report-trend-down");
        assert_eq!(trend(&[Some(600), Some(700), None, None]), "report-trend-up");
        assert_eq!(trend(&[None, None, Some(700), None]), "report-trend-unknown");
    }
}
