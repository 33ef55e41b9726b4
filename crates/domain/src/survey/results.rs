//! Survey results with small-count suppression that holds across every period and filter.
//!
//! Answers are counted per calendar month (a week counts in the month of its Thursday), and months
//! add up to quarters, half-years, years and "since the start". Beside "all answers" there are the
//! same counts per venue, per language and per survey version. All of these are one set of linked
//! tables: [`protect`] hides small counts and, with them, every count from which a hidden one could
//! be worked out by adding or subtracting shown ones, whichever period or filter a person picks.
use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::{Colour, month_of_week};
use crate::locale::Locale;
use crate::privacy::{Sum, protect};

/// A period results can be shown for. Only whole calendar periods: a free from–to range would let
/// two overlapping ranges be subtracted into a small one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    All,
    Year(i32),
    Half(i32, u32),
    Quarter(i32, u32),
    Month(i32, u32),
}

/// How finely a year is split on the results page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Split {
    #[default]
    Quarter,
    Month,
    Half,
    Year,
}

impl Split {
    pub const ALL: [Split; 4] = [Split::Month, Split::Quarter, Split::Half, Split::Year];

    pub const fn code(self) -> &'static str {
        match self {
            Split::Month => "month",
            Split::Quarter => "quarter",
            Split::Half => "half",
            Split::Year => "year",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Split::ALL.into_iter().find(|x| x.code() == s)
    }

    /// The periods of `year` at this split.
    pub fn periods(self, year: i32) -> Vec<Period> {
        match self {
            Split::Month => (1..=12).map(|m| Period::Month(year, m)).collect(),
            Split::Quarter => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
            Split::Half => (1..=2).map(|h| Period::Half(year, h)).collect(),
            Split::Year => vec![Period::Year(year)],
        }
    }
}

impl Period {
    /// Every period a month belongs to, from the month up.
    fn containing(year: i32, month: u32) -> [Period; 5] {
        let q = (month - 1) / 3 + 1;
        let h = (month - 1) / 6 + 1;
        [Period::Month(year, month), Period::Quarter(year, q), Period::Half(year, h), Period::Year(year), Period::All]
    }

    /// `all`, `2026`, `2026-h1`, `2026-q3` or `2026-05`.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase();
        if s == "all" {
            return Some(Period::All);
        }
        let (y, rest) = s.split_once('-').map_or((s.as_str(), None), |(y, r)| (y, Some(r)));
        let year: i32 = y.parse().ok().filter(|y| (2000..=2100).contains(y))?;
        let num = |r: &str, max: u32| r.parse::<u32>().ok().filter(|n| (1..=max).contains(n));
        match rest {
            None => Some(Period::Year(year)),
            Some(r) => {
                if let Some(h) = r.strip_prefix('h') {
                    num(h, 2).map(|h| Period::Half(year, h))
                } else if let Some(q) = r.strip_prefix('q') {
                    num(q, 4).map(|q| Period::Quarter(year, q))
                } else if r.len() == 2 {
                    num(r, 12).map(|m| Period::Month(year, m))
                } else {
                    None
                }
            }
        }
    }

    pub fn code(self) -> String {
        match self {
            Period::All => "all".into(),
            Period::Year(y) => y.to_string(),
            Period::Half(y, h) => format!("{y}-h{h}"),
            Period::Quarter(y, q) => format!("{y}-q{q}"),
            Period::Month(y, m) => format!("{y}-{m:02}"),
        }
    }

    pub const fn year(self) -> Option<i32> {
        match self {
            Period::All => None,
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => Some(y),
        }
    }

    /// The Mondays of the weeks counted in this period lie in `[from, to)`; `None` for all time.
    pub fn weeks(self) -> Option<(NaiveDate, NaiveDate)> {
        let (y, first, last) = match self {
            Period::All => return None,
            Period::Year(y) => (y, 1, 12),
            Period::Half(y, h) => (y, h * 6 - 5, h * 6),
            Period::Quarter(y, q) => (y, q * 3 - 2, q * 3),
            Period::Month(y, m) => (y, m, m),
        };
        // A week belongs to the month of its Thursday, so its Monday is up to three days earlier.
        let start = NaiveDate::from_ymd_opt(y, first, 1)? - chrono::Days::new(3);
        let end =
            if last == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(y, last + 1, 1)? }
                - chrono::Days::new(3);
        Some((start, end))
    }

    fn includes(self, year: i32, month: u32) -> bool {
        Period::containing(year, month).contains(&self)
    }
}

/// Whose answers a figure counts: all, or only those at one venue, in one language or to one version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slice {
    All,
    /// `None`: answered without a venue (a link or an invitation).
    Venue(Option<i64>),
    Locale(Locale),
    Version(i64),
}

/// What a figure counts: responses, or one question's answers (all, or of one colour).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    Responses,
    Answers(String, Option<Colour>),
}

/// Responses counted by week, venue, language and version (from the store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseCount {
    pub week: NaiveDate,
    pub venue: Option<i64>,
    pub locale: Locale,
    pub version: i64,
    pub count: i64,
}

/// Answers counted the same way, per question and colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerCount {
    pub week: NaiveDate,
    pub venue: Option<i64>,
    pub locale: Locale,
    pub version: i64,
    pub question: String,
    pub colour: Colour,
    pub count: i64,
}

/// A figure as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Shown(i64),
    /// Fewer than the threshold, or a count that would give a small one away.
    Hidden,
}

impl Figure {
    pub const fn value(self) -> Option<i64> {
        match self {
            Figure::Shown(n) => Some(n),
            Figure::Hidden => None,
        }
    }
}

type Key = (Period, Slice, Measure);

/// Every figure of one survey's results, already protected.
/// Every figure the results hold: each period, slice and measure, with its place among the counts.
struct Grid {
    years: BTreeSet<i32>,
    venues: BTreeSet<Option<i64>>,
    locales: BTreeSet<Locale>,
    versions: BTreeSet<i64>,
    periods: Vec<Period>,
    slices: Vec<Slice>,
    measures: Vec<Measure>,
    index: HashMap<Key, usize>,
    /// How many counts there are (a question listed twice has two, the later one read).
    cells: usize,
}

impl Grid {
    fn new(responses: &[ResponseCount], questions: &[String], extra_years: &[i32]) -> Self {
        let mut years: BTreeSet<i32> = extra_years.iter().copied().collect();
        let mut venues = BTreeSet::new();
        let mut locales = BTreeSet::new();
        let mut versions = BTreeSet::new();
        for r in responses {
            years.insert(month_of_week(r.week).0);
            venues.insert(r.venue);
            locales.insert(r.locale);
            versions.insert(r.version);
        }
        let mut measures = vec![Measure::Responses];
        for q in questions {
            measures.push(Measure::Answers(q.clone(), None));
            measures.extend(Colour::ALL.map(|c| Measure::Answers(q.clone(), Some(c))));
        }
        let mut slices = vec![Slice::All];
        slices.extend(venues.iter().map(|v| Slice::Venue(*v)));
        slices.extend(locales.iter().map(|l| Slice::Locale(*l)));
        slices.extend(versions.iter().map(|v| Slice::Version(*v)));
        let mut periods = vec![Period::All];
        for y in &years {
            periods.push(Period::Year(*y));
            periods.extend(Split::Half.periods(*y));
            periods.extend(Split::Quarter.periods(*y));
            periods.extend(Split::Month.periods(*y));
        }
        let mut index: HashMap<Key, usize> = HashMap::new();
        let mut cells = 0;
        for p in &periods {
            for s in &slices {
                for m in &measures {
                    index.insert((*p, *s, m.clone()), cells);
                    cells += 1;
                }
            }
        }
        Self { years, venues, locales, versions, periods, slices, measures, index, cells }
    }

    fn at(&self, p: Period, s: Slice, m: &Measure) -> usize {
        self.index[&(p, s, m.clone())]
    }

    /// Every sum a reader could subtract from: a question's colours, a period's parts (year of
    /// halves, half of quarters, quarter of months, all time of years) and a period's slices.
    fn sums(&self, questions: &[String]) -> Vec<Sum> {
        let at = |p: Period, s: Slice, m: &Measure| self.at(p, s, m);
        let mut sums = Vec::new();
        for p in &self.periods {
            for s in &self.slices {
                for q in questions {
                    sums.push(Sum {
                        total: at(*p, *s, &Measure::Answers(q.clone(), None)),
                        parts: Colour::ALL.iter().map(|c| at(*p, *s, &Measure::Answers(q.clone(), Some(*c)))).collect(),
                    });
                }
            }
        }
        for s in &self.slices {
            for m in &self.measures {
                sums.push(Sum {
                    total: at(Period::All, *s, m),
                    parts: self.years.iter().map(|y| at(Period::Year(*y), *s, m)).collect(),
                });
                for y in &self.years {
                    let y = *y;
                    sums.push(Sum {
                        total: at(Period::Year(y), *s, m),
                        parts: vec![at(Period::Half(y, 1), *s, m), at(Period::Half(y, 2), *s, m)],
                    });
                    for h in 1..=2 {
                        let qs = [h * 2 - 1, h * 2].map(|q| at(Period::Quarter(y, q), *s, m)).to_vec();
                        sums.push(Sum { total: at(Period::Half(y, h), *s, m), parts: qs });
                    }
                    for q in 1..=4 {
                        let ms = (q * 3 - 2..=q * 3).map(|mo| at(Period::Month(y, mo), *s, m)).collect();
                        sums.push(Sum { total: at(Period::Quarter(y, q), *s, m), parts: ms });
                    }
                }
            }
        }
        for p in &self.periods {
            for m in &self.measures {
                let all = at(*p, Slice::All, m);
                let of = |slices: Vec<Slice>| Sum { total: all, parts: slices.iter().map(|s| at(*p, *s, m)).collect() };
                sums.push(of(self.venues.iter().map(|v| Slice::Venue(*v)).collect()));
                sums.push(of(self.locales.iter().map(|l| Slice::Locale(*l)).collect()));
                sums.push(of(self.versions.iter().map(|v| Slice::Version(*v)).collect()));
            }
        }
        sums
    }
}

#[derive(Debug, Clone)]
pub struct Results {
    pub threshold: i64,
    pub years: Vec<i32>,
    pub venues: Vec<Option<i64>>,
    pub locales: Vec<Locale>,
    pub versions: Vec<i64>,
    figures: HashMap<Key, Figure>,
}

impl Results {
    /// Counts and protects. `years` is widened to every year with answers; `questions` are the keys
    /// to report on (answers to keys not listed are left out).
    pub fn build(
        responses: &[ResponseCount],
        answers: &[AnswerCount],
        questions: &[String],
        extra_years: &[i32],
        threshold: i64,
    ) -> Self {
        let g = Grid::new(responses, questions, extra_years);
        let mut values: Vec<i64> = vec![0; g.cells];
        let mut add = |week: NaiveDate, venue: Option<i64>, locale: Locale, version: i64, m: Measure, n: i64| {
            let (y, month) = month_of_week(week);
            for p in Period::containing(y, month) {
                for s in [Slice::All, Slice::Venue(venue), Slice::Locale(locale), Slice::Version(version)] {
                    if let Some(i) = g.index.get(&(p, s, m.clone())) {
                        values[*i] += n;
                    }
                }
            }
        };
        for r in responses {
            add(r.week, r.venue, r.locale, r.version, Measure::Responses, r.count);
        }
        for a in answers.iter().filter(|a| questions.contains(&a.question)) {
            add(a.week, a.venue, a.locale, a.version, Measure::Answers(a.question.clone(), None), a.count);
            add(a.week, a.venue, a.locale, a.version, Measure::Answers(a.question.clone(), Some(a.colour)), a.count);
        }
        let hidden = protect(&values, &g.sums(questions), threshold);
        let figures = g
            .index
            .into_iter()
            .map(|(k, i)| (k, if hidden[i] { Figure::Hidden } else { Figure::Shown(values[i]) }))
            .collect();
        Self {
            threshold,
            years: g.years.into_iter().collect(),
            venues: g.venues.into_iter().collect(),
            locales: g.locales.into_iter().collect(),
            versions: g.versions.into_iter().collect(),
            figures,
        }
    }

    /// A figure; one the results know nothing of (a period or venue without answers) is zero.
    pub fn figure(&self, p: Period, s: Slice, m: &Measure) -> Figure {
        self.figures.get(&(p, s, m.clone())).copied().unwrap_or(Figure::Shown(0))
    }

    pub fn responses(&self, p: Period, s: Slice) -> Figure {
        self.figure(p, s, &Measure::Responses)
    }

    /// Green answers as a whole percentage of all answers to the question, when both are shown.
    pub fn green_share(&self, p: Period, s: Slice, question: &str) -> Option<f64> {
        let all = self.figure(p, s, &Measure::Answers(question.to_owned(), None)).value()?;
        let green = self.figure(p, s, &Measure::Answers(question.to_owned(), Some(Colour::Green))).value()?;
        (all > 0).then(|| green as f64 * 100.0 / all as f64)
    }

    /// Free text may be shown for a period only when its responses are shown and at least the
    /// threshold: fewer, and a comment could be tied to a person.
    pub fn free_text_allowed(&self, p: Period) -> bool {
        self.responses(p, Slice::All).value().is_some_and(|n| n >= self.threshold)
    }

    /// Years that have figures, newest first, for a period picker.
    pub fn years_newest_first(&self) -> Vec<i32> {
        self.years.iter().rev().copied().collect()
    }

    /// Whether any month of `p` falls in a year the results cover.
    pub fn covers(&self, p: Period) -> bool {
        match p.year() {
            None => true,
            Some(y) => self.years.contains(&y) && (1..=12).any(|m| p.includes(y, m)),
        }
    }
}
