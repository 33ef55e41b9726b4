//! Extended voluntary contact ("trygghetsbistånd", DOMAIN.md item 13): when a case closes, the
//! resident may choose to keep a contact person, and how (a call a week, a meeting a month, an SMS
//! every second week). The agreement runs from its start until the resident ends it. Its time is cut
//! into periods of the agreed length from the start; a period is kept when a check-in in it reached
//! the resident, and missed when it went by without one.
use chrono::{Days, Months, NaiveDate};

use crate::Invalid;
use crate::case::parse_past_date;

/// How the contact is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    Call,
    Meeting,
    Sms,
    Video,
}

impl Form {
    pub const ALL: [Form; 4] = [Form::Call, Form::Meeting, Form::Sms, Form::Video];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Call => "call",
            Self::Meeting => "meeting",
            Self::Sms => "sms",
            Self::Video => "video",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL.into_iter().find(|f| f.as_str() == s.trim()).ok_or(Invalid::new("error-choose"))
    }
}

/// The unit of an agreement's frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Per {
    Week,
    Month,
}

impl Per {
    pub const ALL: [Per; 2] = [Per::Week, Per::Month];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Week => "week",
            Self::Month => "month",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL.into_iter().find(|p| p.as_str() == s.trim()).ok_or(Invalid::new("error-choose"))
    }
}

/// The most weeks or months between check-ins.
pub const EVERY_MAX: u32 = 6;

/// How often: every `every` weeks or months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Frequency {
    pub every: u32,
    pub per: Per,
}

impl Frequency {
    /// `every` is a whole number from 1 to [`EVERY_MAX`].
    pub fn parse(every: &str, per: &str) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let n = match every.trim().parse::<u32>() {
            Ok(n) if (1..=EVERY_MAX).contains(&n) => Ok(n),
            Ok(_) | Err(_) if every.trim().is_empty() => Err(("every", Invalid::new("error-required"))),
            _ => Err(("every", Invalid::new("error-extended-every"))),
        };
        let per = Per::parse(per).map_err(|e| ("per", e));
        match (n, per) {
            (Ok(every), Ok(per)) => Ok(Self { every, per }),
            (n, per) => Err([n.err(), per.err()].into_iter().flatten().collect()),
        }
    }

    /// The first day of period `k` of an agreement starting on `start`; a month later than the
    /// 28th ends on the month's last day (31 January → 28 February → 31 March is not drifted).
    pub fn period_start(self, start: NaiveDate, k: u32) -> NaiveDate {
        let n = self.every.saturating_mul(k);
        match self.per {
            Per::Week => start.checked_add_days(Days::new(7 * u64::from(n))),
            Per::Month => start.checked_add_months(Months::new(n)),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

/// What came of a check-in. Only a check-in that reached the resident keeps its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The call, meeting or message reached the resident.
    Held,
    /// Tried, but the resident did not answer.
    NotReached,
    /// The resident called it off this time.
    Cancelled,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Held, Outcome::NotReached, Outcome::Cancelled];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::NotReached => "not_reached",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL.into_iter().find(|o| o.as_str() == s.trim()).ok_or(Invalid::new("error-choose"))
    }
}

/// Why an agreement ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndReason {
    /// The resident no longer wants it.
    Wish,
    /// The resident came back to support (a new case or intervention).
    BackToSupport,
    /// The resident could not be reached for a long time.
    NoContact,
    /// The resident moved away.
    Moved,
    Other,
}

impl EndReason {
    pub const ALL: [EndReason; 5] =
        [EndReason::Wish, EndReason::BackToSupport, EndReason::NoContact, EndReason::Moved, EndReason::Other];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Wish => "wish",
            Self::BackToSupport => "back_to_support",
            Self::NoContact => "no_contact",
            Self::Moved => "moved",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(Invalid::new("error-choose"))
    }
}

/// An agreement may start at the earliest on the case's closing (or its first contact while it is
/// open), not more than [`START_BACK_DAYS`] ago, and at the latest this many days ahead of today.
pub const START_AHEAD_DAYS: u64 = 92;
/// How far back an agreement may be entered after the fact.
pub const START_BACK_DAYS: u64 = 366;

/// Checks an agreement's start: a date, not before `earliest`, at most [`START_BACK_DAYS`] back
/// and [`START_AHEAD_DAYS`] ahead.
pub fn parse_start(s: &str, earliest: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Invalid::new("error-date"))?;
    if d < earliest {
        return Err(Invalid::new("error-extended-start-early"));
    }
    if d < today - Days::new(START_BACK_DAYS) {
        return Err(Invalid::new("error-extended-start-old"));
    }
    if d > today + Days::new(START_AHEAD_DAYS) {
        return Err(Invalid::new("error-extended-start-late"));
    }
    Ok(d)
}

/// Checks the day of a check-in or of the end: not ahead of today and not before `start`.
pub fn parse_day_within(s: &str, start: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let d = parse_past_date(s, today)?;
    if d < start {
        return Err(Invalid::new("error-extended-before-start"));
    }
    Ok(d)
}

/// How one period went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodState {
    /// A check-in reached the resident.
    Kept,
    /// The period went by without one.
    Missed,
    /// Today is in it and no check-in has reached the resident yet.
    Open,
    /// The agreement ended in it before a check-in: neither kept nor missed.
    Ended,
}

/// One period of an agreement: `[from, until)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub state: PeriodState,
}

impl Period {
    /// The last day of the period, by which a check-in is due.
    pub fn due_by(&self) -> NaiveDate {
        self.until.pred_opt().unwrap_or(self.until)
    }
}

/// The most periods weighed (more than twenty years of weekly check-ins).
pub const PERIODS_MAX: u32 = 1100;

/// Where an agreement stands on `today`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// The periods so far, oldest first: every period that has begun by today (or by the end).
    pub periods: Vec<Period>,
    /// The first day of the next period not begun yet, while the agreement runs.
    pub next_from: Option<NaiveDate>,
}

impl Standing {
    pub fn kept(&self) -> usize {
        self.periods.iter().filter(|p| p.state == PeriodState::Kept).count()
    }

    pub fn missed(&self) -> usize {
        self.periods.iter().filter(|p| p.state == PeriodState::Missed).count()
    }

    /// The current period, when a check-in is due in it.
    pub fn open(&self) -> Option<&Period> {
        self.periods.last().filter(|p| p.state == PeriodState::Open)
    }

    /// Periods missed one after the other up to the current one.
    pub fn missed_in_a_row(&self) -> usize {
        let done = match self.periods.last() {
            Some(p) if p.state == PeriodState::Open => &self.periods[..self.periods.len() - 1],
            _ => &self.periods[..],
        };
        done.iter().rev().take_while(|p| p.state == PeriodState::Missed).count()
    }
}

/// Where an agreement starting on `start` with `freq` stands on `today`, given the days of the
/// check-ins that reached the resident and the day it ended, if it did. A period counts once, however
/// many check-ins it holds.
pub fn standing(
    start: NaiveDate,
    freq: Frequency,
    ended_on: Option<NaiveDate>,
    held: &[NaiveDate],
    today: NaiveDate,
) -> Standing {
    // The last day that counts: today, or the end when it came first.
    let last = ended_on.map_or(today, |e| e.min(today));
    let mut periods = Vec::new();
    let mut k = 0;
    while k < PERIODS_MAX {
        let from = freq.period_start(start, k);
        if from > last {
            break;
        }
        let until = freq.period_start(start, k + 1);
        let kept = held.iter().any(|d| from <= *d && *d < until);
        let state = if kept {
            PeriodState::Kept
        } else if until <= last {
            PeriodState::Missed
        } else if ended_on.is_some_and(|e| e <= today) {
            PeriodState::Ended
        } else {
            PeriodState::Open
        };
        periods.push(Period { from, until, state });
        k += 1;
    }
    let running = ended_on.is_none_or(|e| e > today);
    let next_from = running.then(|| freq.period_start(start, k)).filter(|d| *d != NaiveDate::MAX);
    Standing { periods, next_from }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn weekly() -> Frequency {
        Frequency { every: 1, per: Per::Week }
    }

    fn states(s: &Standing) -> Vec<PeriodState> {
        s.periods.iter().map(|p| p.state).collect()
    }

    #[test]
    fn a_frequency_is_one_to_six_weeks_or_months() {
        assert_eq!(Frequency::parse("2", "week"), Ok(Frequency { every: 2, per: Per::Week }));
        let e = Frequency::parse("0", "fortnight").unwrap_err();
        let e: Vec<_> = e.into_iter().map(|(f, i)| (f, i.message_id)).collect();
        assert_eq!(e, [("every", "error-extended-every"), ("per", "error-choose")]);
        let e = Frequency::parse(" ", "month").unwrap_err();
        assert_eq!(e[0].1.message_id, "error-required");
        assert!(Frequency::parse("7", "month").is_err());
        assert!(Frequency::parse("-1", "month").is_err());
    }

    #[test]
    fn monthly_periods_keep_the_day_of_the_start() {
        let f = Frequency { every: 1, per: Per::Month };
        assert_eq!(f.period_start(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(f.period_start(d("2026-01-31"), 2), d("2026-03-31"));
        let f = Frequency { every: 2, per: Per::Week };
        assert_eq!(f.period_start(d("2026-01-05"), 3), d("2026-02-16"));
    }

    #[test]
    fn periods_are_kept_missed_or_open() {
        let s = standing(
            d("2026-11-02"),
            weekly(),
            None,
            &[d("2026-11-03"), d("2026-11-04"), d("2026-11-20")],
            d("2026-11-24"),
        );
        // 2–8 kept (twice, counted once), 9–15 missed, 16–22 kept, 23–29 open.
        assert_eq!(states(&s), [PeriodState::Kept, PeriodState::Missed, PeriodState::Kept, PeriodState::Open]);
        assert_eq!((s.kept(), s.missed()), (2, 1));
        assert_eq!(s.open().map(Period::due_by), Some(d("2026-11-29")));
        assert_eq!(s.next_from, Some(d("2026-11-30")));
        assert_eq!(s.missed_in_a_row(), 0);
    }

    #[test]
    fn the_day_a_period_ends_is_its_last_chance() {
        let s = standing(d("2026-11-02"), weekly(), None, &[], d("2026-11-08"));
        assert_eq!(states(&s), [PeriodState::Open]);
        let s = standing(d("2026-11-02"), weekly(), None, &[], d("2026-11-09"));
        assert_eq!(states(&s), [PeriodState::Missed, PeriodState::Open]);
        let s = standing(d("2026-11-02"), weekly(), None, &[], d("2026-11-23"));
        assert_eq!(s.missed_in_a_row(), 3);
    }

    #[test]
    fn an_agreement_not_begun_has_no_periods_yet() {
        let s = standing(d("2026-12-14"), weekly(), None, &[], d("2026-12-07"));
        assert!(s.periods.is_empty());
        assert_eq!(s.next_from, Some(d("2026-12-14")));
        assert!(s.open().is_none());
    }

    #[test]
    fn an_ended_agreement_stops_counting() {
        // Ended on the 10th: 2–8 missed, 9–15 neither (it ended before a check-in was due).
        let s = standing(d("2026-11-02"), weekly(), Some(d("2026-11-10")), &[], d("2026-12-07"));
        assert_eq!(states(&s), [PeriodState::Missed, PeriodState::Ended]);
        assert_eq!(s.next_from, None);
        assert!(s.open().is_none());
        // A check-in on the day it ended still keeps that period.
        let s = standing(d("2026-11-02"), weekly(), Some(d("2026-11-10")), &[d("2026-11-10")], d("2026-12-07"));
        assert_eq!(states(&s), [PeriodState::Missed, PeriodState::Kept]);
    }

    #[test]
    fn the_periods_weighed_are_bounded() {
        let s = standing(d("2000-01-01"), weekly(), None, &[], d("2099-01-01"));
        assert_eq!(s.periods.len(), PERIODS_MAX as usize);
    }

    #[test]
    fn the_start_and_days_are_checked() {
        let today = d("2026-12-07");
        assert_eq!(
            parse_start("2026-12-01", d("2026-12-02"), today).unwrap_err().message_id,
            "error-extended-start-early"
        );
        assert_eq!(
            parse_start("2027-06-01", d("2026-12-02"), today).unwrap_err().message_id,
            "error-extended-start-late"
        );
        assert_eq!(parse_start("2026-12-14", d("2026-12-02"), today), Ok(d("2026-12-14")));
        assert_eq!(
            parse_start("2025-12-01", d("2020-01-01"), today).unwrap_err().message_id,
            "error-extended-start-old"
        );
        assert_eq!(
            parse_day_within("2026-11-30", d("2026-12-01"), today).unwrap_err().message_id,
            "error-extended-before-start"
        );
        assert_eq!(parse_day_within("2026-12-08", d("2026-12-01"), today).unwrap_err().message_id, "error-date-future");
        assert_eq!(Outcome::parse("held"), Ok(Outcome::Held));
        assert!(EndReason::parse("bored").is_err());
        assert_eq!(Form::parse(" sms "), Ok(Form::Sms));
    }
}
