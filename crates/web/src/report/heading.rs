//! The facts on top of every export of the report (unit, period, threshold, the day it was made).
use super::Data;
use super::sheets::{dates, ltr};
use crate::i18n::Tr;

/// A line of facts on top of every export: unit, period, the period compared with, the threshold.
pub fn heading(data: &Data, t: &Tr) -> Vec<(String, String)> {
    let mut out = vec![
        (t.get("report-export-unit"), data.unit.name.clone()),
        (t.get("report-export-period"), dates(t.locale, data.period.from, data.period.to)),
    ];
    if let Some(p) = data.previous {
        out.push((t.get("report-col-previous"), dates(t.locale, p.from, p.to)));
    }
    let threshold = if data.side_by_side { t.get("report-units-threshold") } else { data.threshold.to_string() };
    out.push((t.get("report-export-threshold"), threshold));
    out.push((t.get("report-export-made"), ltr(t.locale, &data.made_on.to_string())));
    out
}
