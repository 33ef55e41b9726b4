//! The effect report ("effekthemtagning"): a unit's figures for a period beside the period before,
//! read from the case log, drop-in, outreach, concern reports, surveys and the manager's inputs,
//! every count protected (DESIGN rule 6). [`gather`] reads it once; the page, the API and the
//! exports all render the same [`Data`]. [`goals`] follows the unit's goals over the last quarters.
use lotsen_domain::ids::{ListEntryId, UnitId};
mod gather;
pub mod goals;
mod programmes;

use lotsen_domain::lists::ListKind;
use lotsen_domain::report::figures::{CaseFigures, Entries, Entry, RowKey};
use lotsen_domain::report::period::Period;
use lotsen_domain::report::programmes::{ContinuedFigures, FamilyFigures, HousingFigures};
use lotsen_domain::report::{ConcernTable, Count, Inputs, Money, QuestionFigures};
use lotsen_store::{CaseFilter, Lists, ReportFilter, SurveyRecord, UnitRecord};

use crate::dropin::stats::VenueFigures;

pub use gather::{gather, inputs};

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
    pub type_id: ListEntryId,
    pub activities: i64,
    pub reached: i64,
    pub minutes: i64,
}

/// Outreach of every type together, in the period before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachTotal {
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
    pub outreach_before: Option<OutreachTotal>,
    pub concern: Option<ConcernTable>,
    pub surveys: Vec<SurveyBlock>,
    pub inputs: Inputs,
    /// Continued contact, when the unit has had any.
    pub continued: Option<ContinuedFigures>,
    /// Family coordination, when the unit runs it.
    pub families: Option<FamilyFigures>,
    /// Housing First, when the unit runs it.
    pub housing: Option<HousingFigures>,
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
}

/// The case list's filter for the cases behind one figure.
pub fn case_filter(unit_id: UnitId, key: &RowKey, p: &Period, e: &Entries) -> CaseFilter {
    let mut r = ReportFilter { from: p.from, to: p.to, handled: true, ..Default::default() };
    let mut f = CaseFilter::new(unit_id);
    match key {
        RowKey::Handled => {}
        RowKey::Closed => r.closed = true,
        RowKey::Returning => r.returning = true,
        RowKey::ReturnedFor(reason) => {
            r.returning = true;
            r.returned_for = Some(*reason);
        }
        RowKey::AdviceOnly => {
            r.closed = true;
            // A unit without the entry has no such cases.
            r.outcome_id = Entries::id_of(&e.outcomes, "advice_only");
            r.nothing = r.outcome_id.is_none();
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
            r.nothing = r.destinations.is_empty();
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
            r.kind_id = Entries::id_of(&e.kinds, "aid_application");
            r.nothing = r.kind_id.is_none();
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
