//! A family's mapping ("kartläggning") and plan. At the first meeting, and again over time, each
//! area of the unit's list (school, health, economy, …) gets the current state and the desired
//! state on a 1–5 scale with words; the progress per area is read from the mappings in order. The
//! plan holds goals per area and actions with the one responsible for each, a due day and a
//! status.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::case::code_enum;
use crate::ids::ListEntryId;
use crate::records::family::Actor;

/// The scale's ends.
pub const SCORE_MIN: u8 = 1;
pub const SCORE_MAX: u8 = 5;

/// A goal's or an action's text: at most this many characters.
pub const TEXT_MAX: usize = 300;

/// A point of the 1–5 scale (1: does not work at all, 5: works well).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Score(u8);

impl Score {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        s.trim()
            .parse::<u8>()
            .ok()
            .filter(|n| (SCORE_MIN..=SCORE_MAX).contains(n))
            .map(Self)
            .ok_or(Invalid::new("error-family-score"))
    }

    /// A score as stored; out of range is not a score.
    pub fn from_stored(n: i32) -> Option<Self> {
        u8::try_from(n).ok().filter(|n| (SCORE_MIN..=SCORE_MAX).contains(n)).map(Self)
    }

    pub const fn get(self) -> u8 {
        self.0
    }
}

/// One area's scores in a mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaScore {
    pub area: ListEntryId,
    pub current: Score,
    pub desired: Score,
}

/// One area as submitted: its entry, the form's field names and what was chosen.
pub struct AreaInput<'a> {
    pub area: ListEntryId,
    pub current_field: String,
    pub desired_field: String,
    pub current: &'a str,
    pub desired: &'a str,
}

/// Checks a mapping as submitted: an area left blank is not mapped this time; an area with one of
/// its two scores is refused, as is a score outside 1–5; at least one area is mapped. Every
/// refusal names its field.
pub fn parse_mapping(inputs: &[AreaInput<'_>]) -> Result<Vec<AreaScore>, Vec<(String, Invalid)>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for i in inputs {
        let (c, d) = (i.current.trim(), i.desired.trim());
        if c.is_empty() && d.is_empty() {
            continue;
        }
        let mut score = |field: &String, s: &str| {
            if s.is_empty() {
                errors.push((field.clone(), Invalid::new("error-required")));
                None
            } else {
                Score::parse(s).map_err(|e| errors.push((field.clone(), e))).ok()
            }
        };
        let current = score(&i.current_field, c);
        let desired = score(&i.desired_field, d);
        if let (Some(current), Some(desired)) = (current, desired) {
            out.push(AreaScore { area: i.area, current, desired });
        }
    }
    if out.is_empty()
        && errors.is_empty()
        && let Some(first) = inputs.first()
    {
        errors.push((first.current_field.clone(), Invalid::new("error-family-map-empty")));
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// An area's progress over the mappings, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub area: ListEntryId,
    /// Each mapping's day with the area's current and desired state.
    pub points: Vec<(NaiveDate, Score, Score)>,
}

impl Progress {
    pub fn first(&self) -> Option<Score> {
        self.points.first().map(|p| p.1)
    }

    pub fn latest(&self) -> Option<Score> {
        self.points.last().map(|p| p.1)
    }

    pub fn desired(&self) -> Option<Score> {
        self.points.last().map(|p| p.2)
    }

    /// Steps gained on the scale from the first mapping to the latest (negative when worse).
    pub fn change(&self) -> i32 {
        match (self.first(), self.latest()) {
            (Some(a), Some(b)) => i32::from(b.get()) - i32::from(a.get()),
            _ => 0,
        }
    }
}

/// Each area's progress, in the order of `areas`, from mappings given as (day, scores) in any
/// order; an area never mapped is left out.
pub fn progress(areas: &[ListEntryId], mappings: &[(NaiveDate, Vec<AreaScore>)]) -> Vec<Progress> {
    let mut sorted: Vec<&(NaiveDate, Vec<AreaScore>)> = mappings.iter().collect();
    sorted.sort_by_key(|m| m.0);
    areas
        .iter()
        .map(|&area| Progress {
            area,
            points: sorted
                .iter()
                .filter_map(|(day, scores)| {
                    scores.iter().find(|s| s.area == area).map(|s| (*day, s.current, s.desired))
                })
                .collect(),
        })
        .filter(|p| !p.points.is_empty())
        .collect()
}

code_enum!(
    /// Where an action of the plan stands.
    ActionStatus {
        Planned = "planned",
        Ongoing = "ongoing",
        Done = "done",
        /// Dropped: no longer needed or not possible.
        Dropped = "dropped",
    }
);

/// Who carries out an action: the family, the coordinators, or an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Responsible {
    Family,
    Coordinators,
    Actor(Actor),
}

impl Responsible {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        match s.trim() {
            "" => Err(Invalid::new("error-family-responsible")),
            "family" => Ok(Self::Family),
            "coordinators" => Ok(Self::Coordinators),
            s => Actor::parse(s).map(Self::Actor).map_err(|_| Invalid::new("error-choose")),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Self::Family => "family",
            Self::Coordinators => "coordinators",
            Self::Actor(a) => a.as_str(),
        }
    }
}

/// A goal's or an action's text: required, at most [`TEXT_MAX`] characters on one line.
pub fn parse_text(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    if s.chars().count() > TEXT_MAX || s.chars().any(char::is_control) {
        return Err(Invalid::new("error-text"));
    }
    Ok(s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(area: i64, current: &'a str, desired: &'a str) -> AreaInput<'a> {
        AreaInput {
            area: ListEntryId::new(area),
            current_field: format!("now_{area}"),
            desired_field: format!("goal_{area}"),
            current,
            desired,
        }
    }

    #[test]
    fn a_mapping_scores_areas_on_one_to_five() {
        let ok = parse_mapping(&[input(1, "2", "4"), input(2, "", ""), input(3, "5", "5")]).unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!((ok[0].current.get(), ok[0].desired.get()), (2, 4));
        let e = parse_mapping(&[input(1, "0", "6"), input(2, "3", ""), input(3, "x", "2")]).unwrap_err();
        let fields: Vec<(&str, &str)> = e.iter().map(|(f, i)| (f.as_str(), i.message_id)).collect();
        assert_eq!(
            fields,
            [
                ("now_1", "error-family-score"),
                ("goal_1", "error-family-score"),
                ("goal_2", "error-required"),
                ("now_3", "error-family-score"),
            ]
        );
        let e = parse_mapping(&[input(1, "", ""), input(2, " ", "")]).unwrap_err();
        assert_eq!(e, vec![("now_1".to_owned(), Invalid::new("error-family-map-empty"))]);
        assert_eq!(Score::from_stored(6), None);
    }

    #[test]
    fn progress_reads_the_mappings_in_order() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let s = |a: i64, c: &str, g: &str| AreaScore {
            area: ListEntryId::new(a),
            current: Score::parse(c).unwrap(),
            desired: Score::parse(g).unwrap(),
        };
        let maps = vec![
            (d("2026-09-01"), vec![s(1, "3", "4"), s(2, "1", "4")]),
            (d("2026-03-01"), vec![s(1, "2", "4"), s(2, "1", "3")]),
        ];
        let p = progress(&[ListEntryId::new(2), ListEntryId::new(1), ListEntryId::new(9)], &maps);
        assert_eq!(p.len(), 2, "an area never mapped is left out");
        assert_eq!(p[0].area, ListEntryId::new(2));
        assert_eq!(p[0].change(), 0);
        assert_eq!(p[1].change(), 1);
        assert_eq!(p[1].first().map(Score::get), Some(2));
        assert_eq!(p[0].desired().map(Score::get), Some(4));
    }

    #[test]
    fn an_action_has_someone_responsible_and_a_text() {
        assert_eq!(Responsible::parse(""), Err(Invalid::new("error-family-responsible")));
        assert_eq!(Responsible::parse("family"), Ok(Responsible::Family));
        assert_eq!(Responsible::parse("school").unwrap().as_str(), "school");
        assert_eq!(Responsible::parse("org:abc").unwrap().as_str(), "org:abc");
        assert!(Responsible::parse("police").is_err());
        assert_eq!(parse_text("  "), Err(Invalid::new("error-required")));
        assert!(parse_text(&"x".repeat(TEXT_MAX + 1)).is_err());
        assert_eq!(parse_text(" Lina går till skolan "), Ok("Lina går till skolan".into()));
    }
}
