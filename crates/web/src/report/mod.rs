//! The effect report ("effekthemtagning"): a unit's figures for a period beside the period before,
//! read from the case log, drop-in, outreach, concern reports, surveys and the manager's inputs,
//! every count protected (DESIGN rule 6). [`gather`] builds it once; the page, the API and the
//! exports all render the same [`Data`].
pub mod api;
pub mod chart;
pub mod compare;
pub mod export;
mod gather;
pub mod goals;
pub mod heading;
pub mod page;
pub mod pdf;
pub mod sheets;

use chrono::NaiveDate;
use lotsen_domain::lists::ListKind;
use lotsen_domain::report::figures::{CaseFigures, Entries, Entry, RowKey};
use lotsen_domain::report::period::{Period, Preset};
use lotsen_domain::report::{ConcernTable, Count, Inputs, Money, QuestionFigures};
use lotsen_store::{CaseFilter, Lists, ReportFilter, SurveyRecord, UnitRecord};
use serde::Deserialize;

use crate::dropin::stats::VenueFigures;
use crate::forms::FieldErrors;

pub use gather::gather;
pub(crate) use gather::inputs;

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
