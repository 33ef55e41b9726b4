//! Reading the report's figures: [`gather`] reads the case log, drop-in, outreach, concern
//! reports, surveys and the manager's inputs of one unit and period, and builds the [`Data`] that
//! every output renders.
use lotsen_domain::ids::UnitId;
use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use lotsen_domain::concern::Outcome;
use lotsen_domain::lists::ListKind;
use lotsen_domain::privacy::suppress;
use lotsen_domain::report::figures::{CaseFigures, Entries, RowKey};
use lotsen_domain::report::period::Period;
use lotsen_domain::report::{ConcernTable, Count, Inputs, Money, QuestionFigures};
use lotsen_domain::report_input::InputKind;
use lotsen_domain::survey::Colour;
use lotsen_store::{ActivityFilter, Lists, Store, StoreError, UnitRecord};

use super::{Data, DropinTotals, OutreachRow, OutreachTotal, SurveyBlock, entries};
use crate::dropin::stats::{VenueFigures, figures};

fn counts_from(shown: &[Option<i64>], values: &[i64]) -> Vec<Count> {
    shown.iter().zip(values).map(|(s, v)| Count { value: *v, hidden: s.is_none() }).collect()
}

/// The months of a period that have concern-report figures, each with its three outcome counts.
async fn concern_months(store: &Store, unit: UnitId, p: &Period) -> Result<Vec<((i32, u32), [i64; 3])>, StoreError> {
    let first = NaiveDate::from_ymd_opt(p.from.year(), p.from.month(), 1).unwrap_or(p.from);
    let mut months: BTreeMap<(i32, u32), [i64; 3]> = BTreeMap::new();
    for year in p.from.year()..=p.to.year() {
        for ((month, outcome), n) in store.concern_reports(unit, year).await? {
            let Some(start) = NaiveDate::from_ymd_opt(year, month, 1) else { continue };
            if start < first || start > p.to {
                continue;
            }
            let i = Outcome::ALL.iter().position(|o| *o == outcome).unwrap_or(0);
            months.entry((year, month)).or_insert([0; 3])[i] = i64::from(n);
        }
    }
    Ok(months.into_iter().collect())
}

/// The manager's inputs in force (removed ones left out), unit costs in date order.
pub fn inputs(records: &[lotsen_store::InputRecord]) -> Inputs {
    let mut i = Inputs::default();
    for r in records.iter().filter(|r| r.removed.is_none()) {
        match r.kind {
            InputKind::UnitCost => i.unit_costs.push((r.from, r.to.unwrap_or(r.from), r.value)),
            InputKind::InvestigationCost => i.investigation_cost.push((r.from, r.value)),
            InputKind::SchoolAvoidedShare => i.school_share.push((r.from, r.value)),
            InputKind::ConcernReachShare => i.concern_share.push((r.from, r.value)),
            InputKind::ApplicationsGoal => i.applications_goal.push((r.from, r.value)),
        }
    }
    i.unit_costs.sort();
    i
}

fn money(data_cases: &CaseFigures, e: &Entries, inputs: &Inputs, p: &Period, led: Option<Count>) -> Money {
    let count = |k: Option<RowKey>| k.and_then(|k| data_cases.count(&k)).unwrap_or_default();
    let school = Entries::id_of(&e.channels, "school").map(RowKey::Channel);
    let aid = Entries::id_of(&e.kinds, "aid_application").map(RowKey::Kind);
    let applications = (count(aid), count(Some(RowKey::Referrals)));
    Money::build(inputs, p.from, p.to, count(Some(RowKey::Handled)), count(school), applications, led)
}

/// Reads and builds the report of `unit` for `period`.
#[tracing::instrument(skip_all, fields(unit = %unit.id, from = %period.from, to = %period.to))]
pub async fn gather(store: &Store, unit: UnitRecord, period: Period) -> Result<Data, StoreError> {
    let threshold = unit.suppression_threshold;
    let lists = store.lists(unit.id).await?;
    let e = entries(&lists);
    let previous = period.previous();
    // This period and the one before are read at once.
    let before_facts = async {
        match previous {
            Some(p) => store.report_facts(unit.id, p.from, p.to).await.map(Some),
            None => Ok(None),
        }
    };
    let (now, before) = tokio::try_join!(store.report_facts(unit.id, period.from, period.to), before_facts)?;
    let cases = CaseFigures::build(&e, &now, before.as_ref(), threshold);
    let records = store.report_inputs(unit.id).await?;
    let inputs = inputs(&records);

    let months = concern_months(store, unit.id, &period).await?;
    let concern = ConcernTable::build(&months, threshold);
    let led = concern.as_ref().map(|t| t.outcome(Outcome::Investigation));
    let money_now = money(&cases, &e, &inputs, &period, led);
    let money_before = match previous {
        Some(p) => {
            let before_cases = CaseFigures::build(&e, before.as_ref().unwrap_or(&now), None, threshold);
            let months = concern_months(store, unit.id, &p).await?;
            let led = ConcernTable::build(&months, threshold).map(|t| t.outcome(Outcome::Investigation));
            Some(money(&before_cases, &e, &inputs, &p, led))
        }
        None => None,
    };

    let dropin = figures(store, unit.id, period.from, period.to).await?;
    let opened: Vec<i64> = dropin.iter().map(|f| f.cases_opened).collect();
    let (shown, total) = suppress(&opened, threshold);
    let dropin_cases = counts_from(&shown, &opened);
    let opened_total: i64 = opened.iter().sum();
    let dropin_cases_total = Count { value: opened_total, hidden: total.is_none() };
    let totals = |fs: &[VenueFigures]| DropinTotals {
        held: fs.iter().map(|f| f.held).sum(),
        cancelled: fs.iter().map(|f| f.cancelled).sum(),
        logged: fs.iter().map(|f| f.logged).sum(),
        visitors: fs.iter().map(|f| f.visitors).sum(),
    };
    let dropin_totals = totals(&dropin);
    let dropin_before = match previous {
        Some(p) => Some(totals(&figures(store, unit.id, p.from, p.to).await?)),
        None => None,
    };

    let (outreach, outreach_before) = outreach_rows(store, &lists, unit.id, period, previous).await?;
    let surveys = survey_blocks(store, unit.id, period, threshold).await?;
    let continued = super::programmes::continued_figures(store, &unit, &period).await?;
    let families = super::programmes::family_figures(store, &unit, &lists, &period).await?;
    let housing = super::programmes::housing_figures(store, &unit, &period).await?;

    Ok(Data {
        unit,
        period,
        previous,
        threshold,
        entries: e,
        cases,
        money: money_now,
        money_before,
        dropin,
        dropin_cases,
        dropin_cases_total,
        dropin_totals,
        dropin_before,
        outreach,
        outreach_before,
        concern,
        surveys,
        inputs,
        continued,
        families,
        housing,
        side_by_side: false,
        made_on: store.clock().today(),
    })
}

/// Outreach per activity type in `period` (a retired type only when it was used), and the total
/// of the period before.
async fn outreach_rows(
    store: &Store,
    lists: &Lists,
    unit: UnitId,
    period: Period,
    previous: Option<Period>,
) -> Result<(Vec<OutreachRow>, Option<OutreachTotal>), StoreError> {
    let activities = store
        .activities(
            unit,
            &ActivityFilter { from: Some(period.from), to: Some(period.to), type_id: None, planned: Some(false) },
        )
        .await?;
    let mut outreach: Vec<OutreachRow> = Vec::new();
    for t in lists.all(ListKind::ActivityType) {
        let of: Vec<_> = activities.iter().filter(|a| a.type_id == t.id).collect();
        if of.is_empty() && t.retired {
            continue;
        }
        outreach.push(OutreachRow {
            type_id: t.id,
            activities: of.len() as i64,
            reached: of.iter().map(|a| i64::from(a.reached)).sum(),
            minutes: of.iter().map(|a| i64::from(a.minutes)).sum(),
        });
    }
    let outreach_before = match previous {
        Some(p) => {
            let b = store
                .activities(
                    unit,
                    &ActivityFilter { from: Some(p.from), to: Some(p.to), type_id: None, planned: Some(false) },
                )
                .await?;
            Some(OutreachTotal {
                activities: b.len() as i64,
                reached: b.iter().map(|a| i64::from(a.reached)).sum(),
                minutes: b.iter().map(|a| i64::from(a.minutes)).sum(),
            })
        }
        None => None,
    };
    Ok((outreach, outreach_before))
}

/// Each survey answered in `period`, or still open, with its questions' figures.
async fn survey_blocks(
    store: &Store,
    unit: UnitId,
    period: Period,
    threshold: i64,
) -> Result<Vec<SurveyBlock>, StoreError> {
    let answers = store.report_survey_counts(unit, period.from, period.to).await?;
    let mut surveys = Vec::new();
    for s in store.surveys(unit).await? {
        let mine: Vec<_> = answers.iter().filter(|a| a.0 == s.id).collect();
        if mine.is_empty() && !s.active {
            continue;
        }
        let questions = s
            .current
            .definition
            .questions
            .iter()
            .map(|q| {
                let mut counts = [0i64; 3];
                for a in mine.iter().filter(|a| a.1 == q.key) {
                    let i = Colour::ALL.iter().position(|c| *c == a.2).unwrap_or(0);
                    counts[i] += a.3;
                }
                QuestionFigures::build(s.id, &q.key, counts, s.goals.get(&q.key).copied(), threshold)
            })
            .collect();
        surveys.push(SurveyBlock { survey: s, questions });
    }
    Ok(surveys)
}
