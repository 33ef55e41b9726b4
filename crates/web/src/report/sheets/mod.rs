//! The report as labelled tables ("sheets"), in one language: what the page shows, what the CSV
//! files and the XLSX sheets hold and what the PDF prints. One builder, so every output carries the
//! same figures, hidden the same way.
//!
//! This module holds the cells, the sheet and how numbers and dates are written; each sheet is
//! built in a module of its own, and [`sheets`] puts them in order.
use chrono::NaiveDate;
use lotsen_domain::locale::Locale;
use lotsen_domain::report::Count;
use lotsen_store::Lists;

use super::Data;
use crate::i18n::Tr;
use crate::i18n::{amount, percent};
pub use crate::views::labels::row_label;

mod concern;
mod dropin;
mod figures;
mod inputs;
mod money;
mod outreach;
mod programmes;
mod surveys;

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum V {
    Text(String),
    Int(i64),
    /// Kronor.
    Money(i64),
    /// Tenths of a percent.
    Percent(i64),
    /// A count too small to show, or one that would reveal such a count.
    Hidden,
    Empty,
}

impl V {
    fn count(c: Count) -> V {
        if c.hidden { V::Hidden } else { V::Int(c.value) }
    }

    fn opt_count(c: Option<Count>) -> V {
        c.map_or(V::Empty, V::count)
    }

    /// The cell as printed in `locale`; `threshold` names hidden counts ("<5").
    pub fn text(&self, locale: Locale, threshold: i64) -> String {
        match self {
            V::Text(s) => s.clone(),
            V::Int(n) => ltr(locale, &integer(locale, *n)),
            V::Money(n) => ltr(locale, &amount(locale, *n)),
            V::Percent(n) => ltr(locale, &percent(locale, *n)),
            V::Hidden => ltr(locale, &format!("<{threshold}")),
            V::Empty => "–".into(),
        }
    }
}

/// Numbers, signs and dates read left to right inside right-to-left text: "+14" and "<5" and
/// "2025-01-01" would otherwise come out as "14+", "5>" and "01-01-2025". Isolated with
/// LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE in Arabic; unchanged in other languages.
pub fn ltr(locale: Locale, s: &str) -> String {
    if locale == Locale::Ar { format!("\u{2066}{s}\u{2069}") } else { s.to_owned() }
}

/// A whole number with the language's digit grouping (12 345 · 12,345).
pub fn integer(locale: Locale, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if locale == Locale::Sv { '\u{a0}' } else { ',' };
    let mut out = String::new();
    if n < 0 {
        out.push('−');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A change: "+3", "−2", "0".
pub fn change(locale: Locale, n: i64) -> String {
    if n > 0 { format!("+{}", integer(locale, n)) } else { integer(locale, n) }
}

#[derive(Debug, Clone)]
pub struct SheetRow {
    pub cells: Vec<V>,
    /// The case list behind the row's count, for roles that may see cases.
    pub link: Option<String>,
    pub total: bool,
    /// Indented under the row above (a destination under its group).
    pub sub: bool,
}

/// A chart drawn from a sheet: bars from the rows' first count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bars,
    Months,
}

#[derive(Debug, Clone)]
pub struct Sheet {
    /// Stable id: file name in the zip, sheet name in the workbook, anchor on the page.
    pub id: String,
    pub section: &'static str,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<SheetRow>,
    pub chart: Option<ChartKind>,
    /// A sentence under the table (definitions, formulas).
    pub note: String,
}

fn date(d: NaiveDate) -> String {
    d.to_string()
}

/// A period as "from – to", kept left to right in Arabic.
pub fn dates(locale: Locale, from: NaiveDate, to: NaiveDate) -> String {
    ltr(locale, &format!("{from} – {to}"))
}

/// Every table of the report in `t`'s language. `links` adds the case-list links (for roles that
/// may see cases).
pub fn sheets(data: &Data, lists: &Lists, t: &Tr, links: bool) -> Vec<Sheet> {
    let mut out = figures::case_sheets(data, lists, t, links);
    out.push(dropin::dropin_sheet(data, t));
    out.push(outreach::outreach_sheet(data, lists, t));
    out.extend(surveys::survey_sheets(data, t));
    out.extend(concern::concern_sheet(data, t));
    out.extend(programmes::continued_sheet(data, t));
    out.extend(programmes::family_sheets(data, lists, t));
    out.extend(programmes::housing_sheet(data, t));
    out.push(money::money_sheet(data, t));
    out.push(inputs::inputs_sheet(data, t));
    out
}
