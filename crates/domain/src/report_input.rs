//! A manager's inputs to the effect report, each dated: the unit's cost for a period, the average
//! cost of an investigation, the estimated shares behind the savings, and the unit's goals. None
//! of them is a constant in code; the report prints each beside the figure it feeds.
use chrono::NaiveDate;

use crate::Invalid;

/// What an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputKind {
    /// The unit's cost for a period (staff, manager, premises), in kronor.
    UnitCost,
    /// The average cost of one investigation about a child, in kronor.
    InvestigationCost,
    /// The share of school-referred cases estimated to have avoided an investigation.
    SchoolAvoidedShare,
    /// The share of "led to an investigation" concern reports the unit aims to reach early.
    ConcernReachShare,
    /// The goal for applications as a share of all contacts.
    ApplicationsGoal,
}

impl InputKind {
    pub const ALL: [InputKind; 5] = [
        InputKind::UnitCost,
        InputKind::InvestigationCost,
        InputKind::SchoolAvoidedShare,
        InputKind::ConcernReachShare,
        InputKind::ApplicationsGoal,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            InputKind::UnitCost => "unit_cost",
            InputKind::InvestigationCost => "investigation_cost",
            InputKind::SchoolAvoidedShare => "school_avoided_share",
            InputKind::ConcernReachShare => "concern_reach_share",
            InputKind::ApplicationsGoal => "applications_goal",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// Kronor (whole) rather than a percentage (stored in tenths of a percent).
    pub const fn is_amount(self) -> bool {
        matches!(self, InputKind::UnitCost | InputKind::InvestigationCost)
    }

    /// A cost belongs to a period with an end; the others hold from their date until replaced.
    pub const fn has_end(self) -> bool {
        matches!(self, InputKind::UnitCost)
    }
}

/// The largest amount accepted, in kronor.
pub const AMOUNT_MAX: i64 = 10_000_000_000;

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct InputDraft<'a> {
    pub kind: &'a str,
    pub value: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    pub note: &'a str,
}

/// A checked input. `value` is whole kronor, or a percentage in tenths (12,5 % is 125).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub kind: InputKind,
    pub value: i64,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub note: String,
}

fn parse_amount(s: &str) -> Result<i64, Invalid> {
    let digits: String =
        s.trim().trim_end_matches("kr").chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if digits.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    match digits.parse::<i64>() {
        Ok(n) if (0..=AMOUNT_MAX).contains(&n) => Ok(n),
        _ => Err(Invalid::new("error-input-amount")),
    }
}

/// "50", "12,5", "12.5 %" → tenths of a percent.
fn parse_percent(s: &str) -> Result<i64, Invalid> {
    let t = s.trim().trim_end_matches('%').trim().replace(',', ".");
    if t.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    let bad = || Invalid::new("error-input-percent");
    let (whole, tenth) = match t.split_once('.') {
        Some((w, f)) if f.len() == 1 => (w, f),
        Some(_) => return Err(bad()),
        None => (t.as_str(), "0"),
    };
    // At most "100": longer whole parts are refused before any arithmetic.
    if whole.is_empty() || whole.len() > 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (Ok(w), Ok(f)) = (whole.parse::<i64>(), tenth.parse::<i64>()) else { return Err(bad()) };
    let v = w * 10 + f;
    if (0..=1000).contains(&v) && !whole.starts_with('-') { Ok(v) } else { Err(bad()) }
}

fn date(s: &str) -> Result<NaiveDate, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
        .ok_or(Invalid::new("error-date"))
}

impl Input {
    /// Checks every field; each problem is named by its field.
    pub fn parse(d: &InputDraft<'_>) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let kind = InputKind::parse(d.kind);
        if kind.is_none() {
            errors.push(("kind", Invalid::new("error-choose")));
        }
        let value = kind.and_then(|k| {
            let r = if k.is_amount() { parse_amount(d.value) } else { parse_percent(d.value) };
            r.map_err(|e| errors.push(("value", e))).ok()
        });
        let from = date(d.from).map_err(|e| errors.push(("valid_from", e))).ok();
        let to = match kind {
            Some(k) if k.has_end() => match date(d.to) {
                Ok(to) if from.is_some_and(|f| to < f) => {
                    errors.push(("valid_to", Invalid::new("error-input-period")));
                    None
                }
                Ok(to) => Some(to),
                Err(e) => {
                    errors.push(("valid_to", e));
                    None
                }
            },
            _ => None,
        };
        let note = d.note.trim();
        if note.chars().count() > 300 || note.chars().any(char::is_control) {
            errors.push(("note", Invalid::new("error-text")));
        }
        match (kind, value, from) {
            (Some(kind), Some(value), Some(from)) if errors.is_empty() => {
                Ok(Self { kind, value, from, to, note: note.to_owned() })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_domain_example_inputs_read_as_written() {
        let cost =
            InputDraft { kind: "unit_cost", value: "800 000 kr", from: "2023-01-01", to: "2023-06-30", note: "" };
        let c = Input::parse(&cost).unwrap();
        assert_eq!((c.value, c.from, c.to), (800_000, d(2023, 1, 1), Some(d(2023, 6, 30))));
        let share =
            InputDraft { kind: "school_avoided_share", value: "50 %", from: "2023-01-01", to: "2099-01-01", note: "" };
        let s = Input::parse(&share).unwrap();
        assert_eq!((s.value, s.to), (500, None), "a share holds until replaced: no end");
        let goal = InputDraft { kind: "applications_goal", value: "12,5", from: "2023-01-01", ..Default::default() };
        assert_eq!(Input::parse(&goal).unwrap().value, 125);
    }

    #[test]
    fn bad_inputs_are_named_by_field() {
        let fields = |d: InputDraft<'_>| -> Vec<(&'static str, &'static str)> {
            Input::parse(&d).unwrap_err().into_iter().map(|(f, e)| (f, e.message_id)).collect()
        };
        assert_eq!(fields(InputDraft::default()), [("kind", "error-choose"), ("valid_from", "error-required")]);
        let d1 = InputDraft { kind: "unit_cost", value: "-5", from: "2023-07-01", to: "2023-06-30", note: "" };
        assert_eq!(fields(d1), [("value", "error-input-amount"), ("valid_to", "error-input-period")]);
        let d2 = InputDraft { kind: "concern_reach_share", value: "101", from: "2023-01-01", ..Default::default() };
        assert_eq!(fields(d2), [("value", "error-input-percent")]);
        let huge = InputDraft {
            kind: "concern_reach_share",
            value: "1844674407370955162",
            from: "2023-01-01",
            ..Default::default()
        };
        assert_eq!(fields(huge), [("value", "error-input-percent")], "no overflow");
        let d3 = InputDraft { kind: "concern_reach_share", value: "12,55", from: "1999-01-01", ..Default::default() };
        assert_eq!(fields(d3), [("value", "error-input-percent"), ("valid_from", "error-date")]);
    }
}
