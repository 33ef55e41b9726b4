//! The report as a PDF for a council paper: the page's sheets and charts in one language, through
//! `lotsen-pdf` (Typst, fonts shipped with Lotsen; Arabic shaped and set right to left).
use lotsen_domain::locale::Locale;

use super::Data;
use super::heading::heading;
use super::page::{SECTIONS, draw_sheet};
use super::sheets::Sheet;
use crate::i18n::Tr;

/// Typesets the report. Typst is CPU work; callers run this off the async threads.
pub fn render(data: &Data, all: &[Sheet], t: &Tr) -> anyhow::Result<Vec<u8>> {
    let l = t.locale;
    let threshold = data.threshold;
    let mut sections = Vec::new();
    for id in SECTIONS.iter().copied().chain(["money"]) {
        let sheets: Vec<lotsen_pdf::Table> = all
            .iter()
            .filter(|s| s.section == id)
            .map(|s| {
                let chart = draw_sheet(s, t, threshold, true);
                lotsen_pdf::Table {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    columns: s.columns.clone(),
                    rows: s
                        .rows
                        .iter()
                        .map(|r| lotsen_pdf::Row {
                            cells: r.cells.iter().map(|c| c.text(l, threshold)).collect(),
                            total: r.total,
                        })
                        .collect(),
                    chart: (!chart.is_empty()).then_some(chart),
                    wide_chart: s.id == "concern_reports",
                    note: s.note.clone(),
                }
            })
            .collect();
        if sheets.is_empty() {
            continue;
        }
        sections.push(lotsen_pdf::Section { title: t.get(format!("report-section-{id}")), sheets });
    }
    let facts = heading(data, t).into_iter().skip(2).collect();
    let report = lotsen_pdf::Report {
        title: t.get("report-title"),
        unit: data.unit.name.clone(),
        period: super::sheets::dates(l, data.period.from, data.period.to),
        facts,
        suppression: super::suppression_text(data, t),
        lang: l.code().to_owned(),
        rtl: l == Locale::Ar,
        sections,
    };
    lotsen_pdf::report(&report).map_err(|e| anyhow::anyhow!("typesetting the report: {e}"))
}
