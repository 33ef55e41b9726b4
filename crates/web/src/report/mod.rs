//! The effect report ("effekthemtagning"): a unit's figures for a period beside the period before,
//! read from the case log, drop-in, outreach, concern reports, surveys and the manager's inputs,
//! every count protected (DESIGN rule 6). [`gather`] builds it once; the page, the API and the
//! exports all render the same [`Data`].
pub mod api;
pub mod chart;
pub mod compare;
pub mod export;
pub mod goals;
pub mod heading;
pub mod page;
pub mod pdf;
pub mod sheets;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use lotsen_domain::concern::Outcome;
use lotsen_domain::lists::ListKind;
use lotsen_domain::privacy::suppress;
use lotsen_domain::report::figures::{CaseFigures, Entries, Entry, RowKey};
use lotsen_domain::report::period::{Period, Preset};
use lotsen_domain::report::{ConcernTable, Count, Inputs, Money, QuestionFigures};
use lotsen_domain::report_input::InputKind;
use lotsen_domain::survey::Colour;
use lotsen_store::{ActivityFilter, CaseFilter, Lists, ReportFilter, SurveyRecord, UnitRecord};
use serde::Deserialize;

use crate::dropin::stats::VenueFigures;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::state::AppState;

/// The period as asked for in a query string: a preset, or from–to.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PeriodQuery {
    pub period: String,
    pub from: String,
    pub to: String,
    /// `all`: the actor's unit and every unit whose report they may read, side by side.
    pub units: String,
}

impl PeriodQuery {
    /// Side by side asked for (it shows only when there are other units to show).
    pub fn all_units(&self) -> bool {
        self.units.trim() == "all"
    }
}

impl PeriodQuery {
    /// The period asked for, or the errors per field. No period at all means this year so far. A
    /// custom period is whole months (days typed are read as their months).
    pub fn resolve(&self, today: NaiveDate, first_case: Option<NaiveDate>) -> Result<Period, FieldErrors> {
        let custom = !self.from.trim().is_empty() || !self.to.trim().is_empty();
        if custom && matches!(self.period.trim(), "" | "custom") {
            return Period::custom(&self.from, &self.to, today).map_err(|errs| {
                let mut e = FieldErrors::default();
                for (field, invalid) in errs {
                    e.add(field, invalid.message_id);
                }
                e
            });
        }
        match self.period.trim() {
            "" | "custom" => Ok(Period::preset(Preset::ThisYear, today, first_case)),
            p => Preset::parse(p).map(|p| Period::preset(p, today, first_case)).ok_or_else(|| {
                let mut e = FieldErrors::default();
                e.add("period", "error-choose");
                e
            }),
        }
    }
}

/// The unit's lists as the report needs them.
pub fn entries(lists: &Lists) -> Entries {
    let of = |kind: ListKind| -> Vec<Entry> {
        lists
            .all(kind)
            .iter()
            .map(|e| Entry {
                id: e.id,
                code: e.code.clone(),
                group: e.group.map(|g| g.as_str().to_owned()),
                retired: e.retired,
            })
            .collect()
    };
    Entries {
        channels: of(ListKind::Channel),
        age_groups: of(ListKind::AgeGroup),
        categories: of(ListKind::Category),
        destinations: of(ListKind::ReferralDestination),
        kinds: of(ListKind::ReferralKind),
        outcomes: of(ListKind::ClosingOutcome),
    }
}

/// Outreach of one activity type in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachRow {
    pub type_id: i64,
    pub activities: i64,
    pub reached: i64,
    pub minutes: i64,
}

/// Drop-in totals of a period, for the comparison column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DropinTotals {
    pub held: i64,
    pub cancelled: i64,
    pub logged: i64,
    pub visitors: i64,
}

/// One survey's questions over the period.
#[derive(Debug, Clone)]
pub struct SurveyBlock {
    pub survey: SurveyRecord,
    pub questions: Vec<QuestionFigures>,
}

/// The whole report of one unit and period.
#[derive(Debug, Clone)]
pub struct Data {
    pub unit: UnitRecord,
    pub period: Period,
    pub previous: Option<Period>,
    pub threshold: i64,
    pub entries: Entries,
    pub cases: CaseFigures,
    pub money: Money,
    pub money_before: Option<Money>,
    pub dropin: Vec<VenueFigures>,
    /// Cases opened per venue as published (same order as `dropin`), and their total.
    pub dropin_cases: Vec<Count>,
    pub dropin_cases_total: Count,
    pub dropin_totals: DropinTotals,
    pub dropin_before: Option<DropinTotals>,
    pub outreach: Vec<OutreachRow>,
    pub outreach_before: Option<OutreachRow>,
    pub concern: Option<ConcernTable>,
    pub surveys: Vec<SurveyBlock>,
    pub inputs: Inputs,
    /// The exports' heading for several units side by side (their names in `unit.name`); each
    /// unit's counts were hidden by its own threshold.
    pub side_by_side: bool,
    /// The day the figures were read.
    pub made_on: chrono::NaiveDate,
}

impl Data {
    /// The count of one figure this period, wherever it is shown.
    pub fn count(&self, key: &RowKey) -> Option<Count> {
        self.cases.count(key)
    }

    /// The sentence on how small counts were hidden.
    pub fn suppression_text(&self, t: &crate::i18n::Tr) -> String {
        if self.side_by_side { t.get("report-units-help") } else { t.arg("report-suppression", "n", self.threshold) }
    }
}

fn counts_from(shown: &[Option<i64>], values: &[i64]) -> Vec<Count> {
    shown.iter().zip(values).map(|(s, v)| Count { value: *v, hidden: s.is_none() }).collect()
}

/// The months of a period that have concern-report figures, each with its three outcome counts.
async fn concern_months(state: &AppState, unit: i64, p: &Period) -> AppResult<Vec<((i32, u32), [i64; 3])>> {
    let first = NaiveDate::from_ymd_opt(p.from.year(), p.from.month(), 1).unwrap_or(p.from);
    let mut months: BTreeMap<(i32, u32), [i64; 3]> = BTreeMap::new();
    for year in p.from.year()..=p.to.year() {
        for ((month, outcome), n) in state.store.concern_reports(unit, year).await? {
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

pub(crate) fn inputs(records: &[lotsen_store::InputRecord]) -> Inputs {
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
pub async fn gather(state: &AppState, unit: UnitRecord, period: Period) -> AppResult<Data> {
    let store = &state.store;
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

    let months = concern_months(state, unit.id, &period).await?;
    let concern = ConcernTable::build(&months, threshold);
    let led = concern.as_ref().map(|t| t.outcome(Outcome::Investigation));
    let money_now = money(&cases, &e, &inputs, &period, led);
    let money_before = match previous {
        Some(p) => {
            let before_cases = CaseFigures::build(&e, before.as_ref().unwrap_or(&now), None, threshold);
            let months = concern_months(state, unit.id, &p).await?;
            let led = ConcernTable::build(&months, threshold).map(|t| t.outcome(Outcome::Investigation));
            Some(money(&before_cases, &e, &inputs, &p, led))
        }
        None => None,
    };

    let dropin = crate::dropin::stats::figures(state, unit.id, period.from, period.to).await?;
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
        Some(p) => Some(totals(&crate::dropin::stats::figures(state, unit.id, p.from, p.to).await?)),
        None => None,
    };

    let activities = store
        .activities(unit.id, &ActivityFilter { from: Some(period.from), to: Some(period.to), type_id: None })
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
                .activities(unit.id, &ActivityFilter { from: Some(p.from), to: Some(p.to), type_id: None })
                .await?;
            Some(OutreachRow {
                type_id: 0,
                activities: b.len() as i64,
                reached: b.iter().map(|a| i64::from(a.reached)).sum(),
                minutes: b.iter().map(|a| i64::from(a.minutes)).sum(),
            })
        }
        None => None,
    };

    let answers = store.report_survey_counts(unit.id, period.from, period.to).await?;
    let mut surveys = Vec::new();
    for s in store.surveys(unit.id).await? {
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
        side_by_side: false,
        made_on: state.clock.today(),
    })
}

/// The case list's filter for the cases behind one figure.
pub fn case_filter(unit_id: i64, key: &RowKey, p: &Period, e: &Entries) -> CaseFilter {
    let mut r = ReportFilter { from: p.from, to: p.to, handled: true, ..Default::default() };
    let mut f = CaseFilter { unit_id, ..Default::default() };
    match key {
        RowKey::Handled => {}
        RowKey::Closed => r.closed = true,
        RowKey::Returning => r.returning = true,
        RowKey::AdviceOnly => {
            r.closed = true;
            // A unit without the entry has no such cases: an id no entry has.
            r.outcome_id = Some(Entries::id_of(&e.outcomes, "advice_only").unwrap_or(-1));
        }
        RowKey::Channel(id) => f.channel_id = Some(*id),
        RowKey::AgeGroup(id) => f.age_group_id = Some(*id),
        RowKey::Category(id) => r.main_category_id = Some(*id),
        RowKey::Secondary(id) => r.secondary_category_id = Some(*id),
        RowKey::Outcome(id) => {
            r.closed = true;
            r.outcome_id = Some(*id);
        }
        RowKey::Contacts(b) => {
            r.closed = true;
            r.contacts = Some(*b);
        }
        RowKey::Time(b) => {
            r.closed = true;
            r.time = Some(*b);
        }
        RowKey::Referrals => r.referral = true,
        RowKey::Group(g) => {
            r.referral = true;
            r.destinations =
                e.destinations.iter().filter(|d| d.group.as_deref().unwrap_or("other") == g).map(|d| d.id).collect();
            if r.destinations.is_empty() {
                r.destinations.push(-1);
            }
        }
        RowKey::Destination(id) => {
            r.referral = true;
            r.destinations = vec![*id];
        }
        RowKey::Kind(id) => {
            r.referral = true;
            r.kind_id = Some(*id);
        }
        RowKey::State(s) => {
            r.referral = true;
            r.state = Some(*s);
        }
        RowKey::Application(id) => {
            r.referral = true;
            r.destinations = vec![*id];
            r.kind_id = Some(Entries::id_of(&e.kinds, "aid_application").unwrap_or(-1));
        }
        RowKey::FollowUps => {
            r.handled = false;
            r.follow_up = true;
        }
        RowKey::FollowUp(o) => {
            r.handled = false;
            r.follow_up = true;
            r.follow_up_outcome = Some(*o);
        }
    }
    f.report = Some(r);
    f
}

/// The link from a figure to its cases: `/cases?figure=…&report_from=…&report_to=…`.
pub fn case_link(key: &RowKey, p: &Period) -> String {
    format!("/cases?figure={}&report_from={}&report_to={}", key.code(), p.from, p.to)
}
