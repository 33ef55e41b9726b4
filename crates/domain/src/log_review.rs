//! The monthly log review ("loggkontroll", DOMAIN.md "Law and records"): a manager goes through
//! a random sample of the month's views of identified data and the views that stand out (a case
//! one is not responsible for, many views in a short time, views outside working hours), marks each
//! reviewed with a comment, and signs the month.
use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, Timelike, Weekday};

use crate::Invalid;
use crate::ids::UserId;

/// Views in a month's random sample.
pub const SAMPLE_SIZE: usize = 10;
/// So many views by one person within [`BURST_SECS`] stand out.
pub const BURST_COUNT: usize = 20;
pub const BURST_SECS: i64 = 600;
/// The most views of one kind of finding a month's review lists.
pub const MAX_PER_FINDING: usize = 100;
/// The longest comment or summary.
pub const COMMENT_MAX: usize = 1000;

/// Why a view is in the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Finding {
    /// Drawn at random.
    Sample,
    /// The viewer is not responsible for the case (nor for any case of the person).
    NotResponsible,
    /// One of many views by the same person in a short time.
    Burst,
    /// Outside working hours (07–18 on weekdays, Stockholm time).
    AfterHours,
}

impl Finding {
    pub const ALL: [Finding; 4] = [Finding::Sample, Finding::NotResponsible, Finding::Burst, Finding::AfterHours];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Sample => "sample",
            Self::NotResponsible => "not_responsible",
            Self::Burst => "burst",
            Self::AfterHours => "after_hours",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// A calendar month, written `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(NaiveDate);

impl Month {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        let ok = s.len() == 7 && s.as_bytes()[4] == b'-';
        ok.then(|| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok())
            .flatten()
            .filter(|d| (2000..=9998).contains(&d.year()))
            .map(Month)
            .ok_or(Invalid::new("error-month"))
    }

    pub fn of(day: NaiveDate) -> Self {
        Month(day.with_day(1).unwrap_or(day))
    }

    pub fn first_day(self) -> NaiveDate {
        self.0
    }

    /// The first day of the next month.
    pub fn end(self) -> NaiveDate {
        self.0.checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX)
    }

    pub fn previous(self) -> Self {
        Month(self.0.checked_sub_months(Months::new(1)).unwrap_or(self.0))
    }

    /// Whether the month is over on `today` (only a whole month is reviewed).
    pub fn ended(self, today: NaiveDate) -> bool {
        today >= self.end()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m"))
    }
}

/// One view of identified data as the review weighs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub audit_id: i64,
    /// When, in Stockholm time.
    pub at: NaiveDateTime,
    pub actor: Option<UserId>,
    /// The viewer is responsible for what was viewed.
    pub responsible: bool,
}

/// Whether `t` (Stockholm time) is within working hours: 07:00–18:00, Monday to Friday.
pub fn working_hours(t: NaiveDateTime) -> bool {
    !matches!(t.weekday(), Weekday::Sat | Weekday::Sun) && (7..18).contains(&t.hour())
}

/// The month's findings per view, each kind capped at [`MAX_PER_FINDING`]. The sample is drawn
/// with `seed` (from the installation's key, the unit and the month), so the same month always
/// gives the same sample and nobody without the key can tell which views it will hold.
pub fn findings(views: &[View], seed: u64) -> Vec<(i64, Vec<Finding>)> {
    let mut found: std::collections::BTreeMap<i64, Vec<Finding>> = std::collections::BTreeMap::new();
    let mut add = |id: i64, f: Finding, counts: &mut [usize; 4]| {
        let i = Finding::ALL.iter().position(|x| *x == f).unwrap_or(0);
        if counts[i] < MAX_PER_FINDING || f == Finding::Sample {
            counts[i] += 1;
            let e = found.entry(id).or_default();
            if !e.contains(&f) {
                e.push(f);
            }
        }
    };
    let mut counts = [0_usize; 4];
    for i in sample(views.len(), SAMPLE_SIZE, seed) {
        add(views[i].audit_id, Finding::Sample, &mut counts);
    }
    for v in views {
        if !v.responsible {
            add(v.audit_id, Finding::NotResponsible, &mut counts);
        }
        if !working_hours(v.at) {
            add(v.audit_id, Finding::AfterHours, &mut counts);
        }
    }
    // Bursts: per viewer, any window of BURST_SECS holding BURST_COUNT views or more.
    let mut by_actor: std::collections::BTreeMap<Option<UserId>, Vec<&View>> = std::collections::BTreeMap::new();
    for v in views {
        by_actor.entry(v.actor).or_default().push(v);
    }
    for list in by_actor.values_mut() {
        list.sort_by_key(|v| (v.at, v.audit_id));
        let mut start = 0;
        let mut flagged = vec![false; list.len()];
        for end in 0..list.len() {
            while (list[end].at - list[start].at).num_seconds() > BURST_SECS {
                start += 1;
            }
            if end + 1 - start >= BURST_COUNT {
                flagged[start..=end].iter_mut().for_each(|f| *f = true);
            }
        }
        for (v, f) in list.iter().zip(flagged) {
            if f {
                add(v.audit_id, Finding::Burst, &mut counts);
            }
        }
    }
    found
        .into_iter()
        .map(|(id, mut f)| {
            f.sort();
            (id, f)
        })
        .collect()
}

/// `k` distinct indices below `n`, drawn with a small generator seeded by `seed`.
fn sample(n: usize, k: usize, seed: u64) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut state = seed | 1;
    let take = k.min(n);
    for i in 0..take {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        let j = i + usize::try_from(r % u64::try_from(n - i).unwrap_or(1)).unwrap_or(0);
        idx.swap(i, j);
    }
    idx.truncate(take);
    idx
}

/// A reviewer's comment or the month's summary: required, up to 1,000 characters.
pub fn comment(raw: &str) -> Result<String, Invalid> {
    let c = raw.trim();
    if c.is_empty() {
        Err(Invalid::new("error-required"))
    } else if c.chars().count() > COMMENT_MAX || c.chars().any(|ch| ch.is_control() && ch != '\n' && ch != '\r') {
        Err(Invalid::new("error-log-comment"))
    } else {
        Ok(c.replace("\r\n", "\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    fn view(id: i64, t: &str, actor: i64, responsible: bool) -> View {
        View { audit_id: id, at: at(t), actor: Some(UserId::new(actor)), responsible }
    }

    #[test]
    fn months_are_whole_and_reviewed_once_over() {
        let m = Month::parse("2026-11").unwrap();
        assert_eq!(m.first_day().to_string(), "2026-11-01");
        assert_eq!(m.end().to_string(), "2026-12-01");
        assert_eq!(m.previous().to_string(), "2026-10");
        assert!(!m.ended("2026-11-30".parse().unwrap()));
        assert!(m.ended("2026-12-01".parse().unwrap()));
        for bad in ["2026-13", "2026-1", "26-11", "x", "2026-11-01", ""] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Month::of("2026-02-17".parse().unwrap()).to_string(), "2026-02");
    }

    #[test]
    fn working_hours_are_seven_to_six_on_weekdays() {
        assert!(working_hours(at("2026-11-02 07:00:00")));
        assert!(working_hours(at("2026-11-02 17:59:59")));
        assert!(!working_hours(at("2026-11-02 18:00:00")));
        assert!(!working_hours(at("2026-11-02 06:59:00")));
        assert!(!working_hours(at("2026-11-07 10:00:00")), "a Saturday");
    }

    #[test]
    fn anomalies_and_a_repeatable_sample_are_found() {
        let mut views = vec![
            view(1, "2026-11-02 10:00:00", 7, true),
            view(2, "2026-11-02 22:30:00", 7, true),
            view(3, "2026-11-03 10:00:00", 8, false),
        ];
        // Twenty views by one person within ten minutes.
        for i in 0..20 {
            views.push(view(100 + i, &format!("2026-11-04 09:{:02}:00", i / 4), 9, true));
        }
        let f = findings(&views, 42);
        let of = |id: i64| f.iter().find(|(i, _)| *i == id).map(|(_, x)| x.clone()).unwrap_or_default();
        assert!(of(2).contains(&Finding::AfterHours));
        assert!(of(3).contains(&Finding::NotResponsible));
        assert!(of(100).contains(&Finding::Burst) && of(119).contains(&Finding::Burst));
        assert!(!of(1).contains(&Finding::AfterHours));
        let sampled = f.iter().filter(|(_, x)| x.contains(&Finding::Sample)).count();
        assert_eq!(sampled, SAMPLE_SIZE);
        assert_eq!(findings(&views, 42), f, "the same seed draws the same sample");
        // Nineteen are not a burst.
        let few: Vec<View> = views.iter().filter(|v| v.audit_id < 119).cloned().collect();
        assert!(findings(&few, 1).iter().all(|(_, x)| !x.contains(&Finding::Burst)));
    }

    #[test]
    fn a_comment_is_required_and_bounded() {
        assert_eq!(comment(" Kontrollerat, i tjänsten. ").as_deref(), Ok("Kontrollerat, i tjänsten."));
        assert!(comment("  ").is_err());
        assert!(comment(&"x".repeat(1001)).is_err());
    }
}
