//! Outreach and collaboration ("samverkan"): networks and forums, parents' meetings, school
//! meetings, events and information visits. Logged as what happened, never who was there: a note
//! holds no names, and the coordinators present are staff. An activity can be planned ahead (a
//! parents' meeting is booked a term before) and marked held afterwards; until then it counts
//! nowhere.
use chrono::NaiveDate;

use crate::Invalid;
use crate::case::{parse_due_date, parse_past_date};

/// The longest note, in characters.
pub const NOTE_MAX: usize = 500;
/// The most people one activity can be said to have reached.
pub const REACHED_MAX: u32 = 100_000;
/// The longest activity, in minutes (a whole working day and evening).
pub const MINUTES_MAX: u32 = 16 * 60;

/// What the form sends, as typed; list and user ids are checked by the caller against the unit.
#[derive(Debug, Clone, Default)]
pub struct ActivityDraft<'a> {
    pub on: &'a str,
    pub partners: &'a str,
    pub reached: &'a str,
    pub minutes: &'a str,
    pub note: &'a str,
    /// Booked for a day to come, not yet held.
    pub planned: bool,
}

/// A checked activity (its type and coordinators come from the unit's lists and staff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub on: NaiveDate,
    pub partners: String,
    pub reached: u32,
    pub minutes: u32,
    pub note: String,
    pub planned: bool,
}

fn count(s: &str, max: u32, required: bool) -> Result<u32, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return if required { Err(Invalid::new("error-required")) } else { Ok(0) };
    }
    match s.parse::<u32>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(Invalid::new(if max == MINUTES_MAX { "error-outreach-minutes" } else { "error-outreach-reached" })),
    }
}

fn text(s: &str, max: usize, multiline: bool) -> Result<String, Invalid> {
    let s = s.trim();
    let bad = |c: char| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'));
    if s.chars().count() > max || s.chars().any(bad) {
        return Err(Invalid::new("error-text"));
    }
    Ok(s.replace("\r\n", "\n"))
}

fn keep<T>(errors: &mut Vec<(&'static str, Invalid)>, field: &'static str, r: Result<T, Invalid>) -> Option<T> {
    r.map_err(|e| errors.push((field, e))).ok()
}

impl Activity {
    /// Checks every field; each problem is named by its field, in the form's order.
    pub fn parse(d: &ActivityDraft<'_>, today: NaiveDate) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        // Planned: today or a day to come, within two years; held: today or before, with how many
        // were reached.
        let day = if d.planned { parse_due_date(d.on, today) } else { parse_past_date(d.on, today) };
        let on = keep(&mut errors, "activity_on", day);
        let partners = keep(&mut errors, "partners_present", text(d.partners, 300, false));
        let reached = keep(&mut errors, "reached", count(d.reached, REACHED_MAX, !d.planned));
        let minutes = keep(&mut errors, "minutes", count(d.minutes, MINUTES_MAX, false));
        let note = keep(&mut errors, "note", text(d.note, NOTE_MAX, true));
        match (on, partners, reached, minutes, note) {
            (Some(on), Some(partners), Some(reached), Some(minutes), Some(note)) if errors.is_empty() => {
                Ok(Self { on, partners, reached, minutes, note, planned: d.planned })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    #[test]
    fn an_activity_needs_a_past_date_and_how_many_were_reached() {
        let d = ActivityDraft {
            on: "2026-11-20",
            reached: "35",
            minutes: "90",
            partners: " Rinkebyskolan ",
            note: "",
            planned: false,
        };
        let a = Activity::parse(&d, today()).unwrap();
        assert_eq!((a.reached, a.minutes, a.partners.as_str()), (35, 90, "Rinkebyskolan"));
        let errs = Activity::parse(&ActivityDraft::default(), today()).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|(f, e)| (*f, e.message_id)).collect();
        assert_eq!(fields, [("activity_on", "error-required"), ("reached", "error-required")]);
    }

    #[test]
    fn bad_numbers_dates_and_texts_are_named() {
        let long = "x".repeat(NOTE_MAX + 1);
        let d = ActivityDraft {
            on: "2026-12-01",
            reached: "-3",
            minutes: "2000",
            partners: "a\u{7}",
            note: &long,
            planned: false,
        };
        let errs = Activity::parse(&d, today()).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|(f, e)| (*f, e.message_id)).collect();
        assert_eq!(
            fields,
            [
                ("activity_on", "error-date-future"),
                ("partners_present", "error-text"),
                ("reached", "error-outreach-reached"),
                ("minutes", "error-outreach-minutes"),
                ("note", "error-text"),
            ]
        );
        let d =
            ActivityDraft {
                on: "2026-11-27", reached: "0", note: "Två klasser\r\nbesökte oss", ..Default::default()
            };
        assert_eq!(Activity::parse(&d, today()).unwrap().note, "Två klasser\nbesökte oss");
    }

    #[test]
    fn a_planned_activity_lies_ahead_and_has_reached_no_one_yet() {
        let d = ActivityDraft { on: "2027-03-10", planned: true, ..Default::default() };
        let a = Activity::parse(&d, today()).unwrap();
        assert!(a.planned);
        assert_eq!((a.on.to_string(), a.reached), ("2027-03-10".to_owned(), 0));
        let past = ActivityDraft { on: "2026-11-01", planned: true, ..Default::default() };
        let errs = Activity::parse(&past, today()).unwrap_err();
        assert_eq!(errs[0].0, "activity_on");
        let held_ahead = ActivityDraft { on: "2027-03-10", reached: "20", ..Default::default() };
        assert_eq!(Activity::parse(&held_ahead, today()).unwrap_err()[0].1.message_id, "error-date-future");
    }
}
