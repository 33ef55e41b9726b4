//! The period an effect report covers: a preset (last month, quarter, half-year or year, this year
//! so far, since start) or whole months from–to, and the period before it that the report compares
//! with. Every period is made of whole calendar months and ends at the last complete month at the
//! latest: two periods that differ by a day would tell, by their difference, what happened that
//! day (docs/decisions.md, "Report periods are whole months").
use chrono::{Datelike, Months, NaiveDate, TimeDelta};

use crate::Invalid;

/// A named period, counted back from today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// The last whole calendar month.
    Month,
    /// The last whole quarter.
    Quarter,
    /// The last whole half-year (January–June or July–December).
    HalfYear,
    /// The last whole calendar year.
    Year,
    /// From 1 January to the end of the last complete month (in January: last year).
    ThisYear,
    /// From the month of the unit's first case to the end of the last complete month.
    SinceStart,
}

impl Preset {
    pub const ALL: [Preset; 6] =
        [Preset::ThisYear, Preset::Month, Preset::Quarter, Preset::HalfYear, Preset::Year, Preset::SinceStart];

    pub const fn code(self) -> &'static str {
        match self {
            Preset::Month => "month",
            Preset::Quarter => "quarter",
            Preset::HalfYear => "half-year",
            Preset::Year => "year",
            Preset::ThisYear => "this-year",
            Preset::SinceStart => "since-start",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == s.trim())
    }
}

/// The longest period a report covers: a bit over 25 years.
pub const MAX_DAYS: i64 = 9_200;

/// A report period: both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub preset: Option<Preset>,
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The last day of the month `months` months after the month of `d`'s first day.
fn month_end(first: NaiveDate, months: u32) -> NaiveDate {
    first.checked_add_months(Months::new(months)).map_or(first, |n| n - TimeDelta::days(1))
}

/// The first day of `d`'s month.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), d.month(), 1)
}

/// The last day of the last complete month as seen on `today`.
pub fn last_complete_month_end(today: NaiveDate) -> NaiveDate {
    month_start(today) - TimeDelta::days(1)
}

/// A month typed as `YYYY-MM` or as any day of it, `YYYY-MM-DD`: its first day.
fn parse_month(s: &str) -> Result<NaiveDate, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("error-required"));
    }
    let day = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d"))
        .ok()
        .filter(|d| (2000..=2100).contains(&d.year()))
        .ok_or(Invalid::new("error-report-month"))?;
    Ok(month_start(day))
}

impl Period {
    /// The preset's period as seen on `today`; `first_case` starts "since start".
    pub fn preset(p: Preset, today: NaiveDate, first_case: Option<NaiveDate>) -> Self {
        let (y, m) = (today.year(), today.month());
        let last = last_complete_month_end(today);
        let (from, to) = match p {
            Preset::Month => (month_start(last), last),
            Preset::Quarter => {
                let this = ymd(y, (m - 1) / 3 * 3 + 1, 1);
                let from = this.checked_sub_months(Months::new(3)).unwrap_or(this);
                (from, this - TimeDelta::days(1))
            }
            Preset::HalfYear => {
                let this = ymd(y, if m <= 6 { 1 } else { 7 }, 1);
                let from = this.checked_sub_months(Months::new(6)).unwrap_or(this);
                (from, this - TimeDelta::days(1))
            }
            Preset::Year => (ymd(y - 1, 1, 1), ymd(y - 1, 12, 31)),
            Preset::ThisYear => (ymd(last.year(), 1, 1), last),
            Preset::SinceStart => (first_case.map_or(month_start(last), month_start).min(month_start(last)), last),
        };
        Period { from, to, preset: Some(p) }
    }

    /// Whole months typed as from–to (`YYYY-MM`, or a day of the month): from the first day of the
    /// first month to the last day of the last, which must be complete on `today`; in order and not
    /// longer than [`MAX_DAYS`].
    pub fn custom(from: &str, to: &str, today: NaiveDate) -> Result<Self, Vec<(&'static str, Invalid)>> {
        let mut errors = Vec::new();
        let f = parse_month(from).map_err(|e| errors.push(("from", e))).ok();
        let t = parse_month(to).map_err(|e| errors.push(("to", e))).ok().map(|t| month_end(t, 1));
        if let Some(t) = t
            && t > last_complete_month_end(today)
        {
            errors.push(("to", Invalid::new("error-report-incomplete")));
        }
        if let (Some(f), Some(t)) = (f, t) {
            if t < f {
                errors.push(("to", Invalid::new("error-report-order")));
            } else if (t - f).num_days() >= MAX_DAYS {
                errors.push(("to", Invalid::new("error-report-long")));
            }
        }
        match (f, t) {
            (Some(from), Some(to)) if errors.is_empty() => Ok(Period { from, to, preset: None }),
            _ => Err(errors),
        }
    }

    /// How many calendar months the period covers.
    pub fn months(&self) -> u32 {
        let months = (self.to.year() - self.from.year()) * 12 + self.to.month() as i32 - self.from.month() as i32 + 1;
        months.max(1) as u32
    }

    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The period the report compares with: the month, quarter, half-year or year before; the same
    /// months of last year for "this year"; as many months just before for any other period; none
    /// for "since start".
    pub fn previous(&self) -> Option<Period> {
        let months = |n: u32| {
            let from = self.from.checked_sub_months(Months::new(n))?;
            Some(Period { from, to: month_end(from, n), preset: self.preset })
        };
        match self.preset {
            Some(Preset::SinceStart) => None,
            Some(Preset::Month) => months(1),
            Some(Preset::Quarter) => months(3),
            Some(Preset::HalfYear) => months(6),
            Some(Preset::Year) => months(12),
            Some(Preset::ThisYear) => {
                let from = self.from.checked_sub_months(Months::new(12))?;
                Some(Period { from, to: month_end(from, self.months()), preset: self.preset })
            }
            None => {
                let n = self.months();
                let from = self.from.checked_sub_months(Months::new(n))?;
                (from.year() >= 1990).then_some(Period { from, to: month_end(from, n), preset: None })
            }
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
    fn presets_are_the_last_whole_periods() {
        let today = d(2026, 11, 27);
        let p = |x| {
            let p = Period::preset(x, today, Some(d(2022, 8, 17)));
            (p.from, p.to)
        };
        assert_eq!(p(Preset::Month), (d(2026, 10, 1), d(2026, 10, 31)));
        assert_eq!(p(Preset::Quarter), (d(2026, 7, 1), d(2026, 9, 30)));
        assert_eq!(p(Preset::HalfYear), (d(2026, 1, 1), d(2026, 6, 30)));
        assert_eq!(p(Preset::Year), (d(2025, 1, 1), d(2025, 12, 31)));
        // So far this year and since start end with the last complete month, and start on a first.
        assert_eq!(p(Preset::ThisYear), (d(2026, 1, 1), d(2026, 10, 31)));
        assert_eq!(p(Preset::SinceStart), (d(2022, 8, 1), d(2026, 10, 31)));
        // In January the last quarter and month are last year's, and so is "this year".
        let jan = Period::preset(Preset::Quarter, d(2027, 1, 5), None);
        assert_eq!((jan.from, jan.to), (d(2026, 10, 1), d(2026, 12, 31)));
        let jan = Period::preset(Preset::Month, d(2027, 1, 5), None);
        assert_eq!((jan.from, jan.to), (d(2026, 12, 1), d(2026, 12, 31)));
        let jan = Period::preset(Preset::ThisYear, d(2027, 1, 5), None);
        assert_eq!((jan.from, jan.to), (d(2026, 1, 1), d(2026, 12, 31)));
        // A unit that began this month has its last month to show.
        let new = Period::preset(Preset::SinceStart, today, Some(d(2026, 11, 3)));
        assert_eq!((new.from, new.to), (d(2026, 10, 1), d(2026, 10, 31)));
    }

    #[test]
    fn every_period_is_whole_months_and_no_day_moves_it() {
        let today = d(2026, 12, 6);
        for preset in Preset::ALL {
            for day in 0..400 {
                let on = today - TimeDelta::days(day);
                let p = Period::preset(preset, on, Some(d(2022, 8, 17)));
                assert_eq!(p.from.day(), 1, "{preset:?} on {on}");
                assert_eq!((p.to + TimeDelta::days(1)).day(), 1, "{preset:?} on {on}");
                assert!(p.to < month_start(on), "{preset:?} on {on} ends before this month");
            }
        }
        // The probe: days that differ within a month ask for the very same period.
        let a = Period::custom("2022-08-01", "2023-03-14", today).unwrap();
        let b = Period::custom("2022-08-01", "2023-03-15", today).unwrap();
        assert_eq!(a, b);
        assert_eq!((a.from, a.to), (d(2022, 8, 1), d(2023, 3, 31)));
        assert_eq!(Period::custom("2022-08", "2023-03", today).unwrap(), a);
        assert_eq!(Period::custom("2022-08-20", "2023-03", today).unwrap(), a);
        assert_eq!(a.months(), 8);
    }

    #[test]
    fn the_previous_period_matches_the_kind_of_period() {
        let today = d(2026, 3, 10);
        let prev = |x| Period::preset(x, today, None).previous().map(|p| (p.from, p.to));
        assert_eq!(prev(Preset::Month), Some((d(2026, 1, 1), d(2026, 1, 31))));
        assert_eq!(prev(Preset::Quarter), Some((d(2025, 7, 1), d(2025, 9, 30))));
        assert_eq!(prev(Preset::HalfYear), Some((d(2025, 1, 1), d(2025, 6, 30))));
        assert_eq!(prev(Preset::Year), Some((d(2024, 1, 1), d(2024, 12, 31))));
        assert_eq!(prev(Preset::ThisYear), Some((d(2025, 1, 1), d(2025, 2, 28))));
        assert_eq!(prev(Preset::SinceStart), None);
        // February's previous month is January, whatever the day count.
        let feb = Period { from: d(2026, 2, 1), to: d(2026, 2, 28), preset: Some(Preset::Month) };
        assert_eq!(feb.previous().map(|p| (p.from, p.to)), Some((d(2026, 1, 1), d(2026, 1, 31))));
        // Custom months: as many months just before.
        let c = Period::custom("2023-02", "2023-04", today).unwrap();
        assert_eq!(c.previous().map(|p| (p.from, p.to)), Some((d(2022, 11, 1), d(2023, 1, 31))));
    }

    #[test]
    fn a_typed_period_is_checked_per_field() {
        let today = d(2026, 12, 6);
        assert_eq!(Period::custom("", "2023-01", today).unwrap_err(), vec![("from", Invalid::new("error-required"))]);
        assert_eq!(
            Period::custom("2023-02", "2023-01", today).unwrap_err(),
            vec![("to", Invalid::new("error-report-order"))]
        );
        assert_eq!(Period::custom("1999-01", "x", today).unwrap_err().len(), 2);
        assert_eq!(
            Period::custom("2001-01", "2099-01", today).unwrap_err()[0].1,
            Invalid::new("error-report-incomplete")
        );
        assert_eq!(
            Period::custom("2001-01", "2026-10", d(2027, 1, 1)).unwrap_err()[0].1,
            Invalid::new("error-report-long")
        );
        // This month is not over: no report of it yet.
        assert_eq!(
            Period::custom("2026-01", "2026-12-01", today).unwrap_err(),
            vec![("to", Invalid::new("error-report-incomplete"))]
        );
        assert!(Period::custom("2026-01", "2026-11", today).is_ok());
        assert_eq!(Period::custom("2026-13", "2026-02-30", today).unwrap_err().len(), 2);
    }
}
