//! Continued contact as its page shows it: an agreement with its form and frequency in words, how
//! its latest periods went, and its check-ins.
use lotsen_app::extended::standing_of;
use lotsen_domain::records::extended::{Frequency, Outcome, Per, PeriodState};
use lotsen_store::{AgreementRecord, CheckInRecord, UserRecord};

use crate::i18n::Tr;
use crate::views::labels::user_name;

/// The periods the page lists, the latest ones.
const PERIODS_SHOWN: usize = 12;

pub struct PeriodView {
    pub from: String,
    pub due_by: String,
    pub state: &'static str,
}

pub struct CheckInView {
    pub on: String,
    pub outcome: String,
    pub held: bool,
    pub form: String,
    pub by: String,
}

/// An agreement as the page shows it.
pub struct AgreementView {
    pub contact: String,
    pub form: String,
    pub frequency: String,
    pub starts_on: String,
    pub ended_on: Option<String>,
    pub end_reason: String,
    pub kept: usize,
    pub missed: usize,
    /// The day a check-in is due by, when one is due now.
    pub due_by: Option<String>,
    /// The day the next period begins, while the agreement runs.
    pub next_from: Option<String>,
    /// The latest periods, newest first.
    pub periods: Vec<PeriodView>,
    /// All periods so far.
    pub period_count: usize,
    pub check_ins: Vec<CheckInView>,
}

/// "Varannan vecka", "Every 3 months".
pub fn frequency_label(t: &Tr, f: Frequency) -> String {
    let id = match f.per {
        Per::Week => "extended-every-week",
        Per::Month => "extended-every-month",
    };
    t.args(id, &[("n", f.every.to_string())])
}

pub fn view(
    t: &Tr,
    a: &AgreementRecord,
    check_ins: &[CheckInRecord],
    users: &[UserRecord],
    today: chrono::NaiveDate,
) -> AgreementView {
    let s = standing_of(a, check_ins, today);
    let periods = s
        .periods
        .iter()
        .rev()
        .take(PERIODS_SHOWN)
        .map(|p| PeriodView {
            from: p.from.to_string(),
            due_by: p.due_by().to_string(),
            state: match p.state {
                PeriodState::Kept => "kept",
                PeriodState::Missed => "missed",
                PeriodState::Open => "open",
                PeriodState::Ended => "ended",
            },
        })
        .collect();
    AgreementView {
        contact: user_name(users, a.contact_id),
        form: t.of("extended-form", a.form.as_str()),
        frequency: frequency_label(t, a.frequency),
        starts_on: a.starts_on.to_string(),
        ended_on: a.ended_on.map(|d| d.to_string()),
        end_reason: a.end_reason.map(|r| t.of("extended-end", r.as_str())).unwrap_or_default(),
        kept: s.kept(),
        missed: s.missed(),
        due_by: s.open().map(|p| p.due_by().to_string()),
        next_from: s.next_from.map(|d| d.to_string()),
        periods,
        period_count: s.periods.len(),
        check_ins: check_ins
            .iter()
            .filter(|c| c.agreement_id == a.id)
            .rev()
            .map(|c| CheckInView {
                on: c.held_on.to_string(),
                outcome: t.of("extended-outcome", c.outcome.as_str()),
                held: c.outcome == Outcome::Held,
                form: t.of("extended-form", c.form.as_str()),
                by: user_name(users, c.created_by),
            })
            .collect(),
    }
}
