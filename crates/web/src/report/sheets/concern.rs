//! The concern-report sheet: each month's reports by outcome, and the totals.
use lotsen_domain::concern::Outcome;

use super::{ChartKind, Sheet, SheetRow, V};
use crate::i18n::Tr;
use crate::report::Data;

/// The concern reports by month, when the period has any figures.
pub(super) fn concern_sheet(data: &Data, t: &Tr) -> Option<Sheet> {
    let c = data.concern.as_ref()?;
    let mut rows: Vec<SheetRow> = c
        .months
        .iter()
        .map(|((y, m), cells, total)| {
            let mut v = vec![V::Text(format!("{} {y}", t.get(format!("month-{m}"))))];
            v.extend(cells.iter().map(|x| V::count(*x)));
            v.push(V::count(*total));
            SheetRow { cells: v, link: None, total: false, sub: false }
        })
        .collect();
    let mut v = vec![V::Text(t.get("report-total"))];
    v.extend(c.totals.iter().map(|x| V::count(*x)));
    v.push(V::count(c.total));
    rows.push(SheetRow { cells: v, link: None, total: true, sub: false });
    let mut columns = vec![t.get("concern-month")];
    columns.extend(Outcome::ALL.iter().map(|o| t.get(format!("concern-outcome-{}", o.code()))));
    columns.push(t.get("concern-total"));
    Some(Sheet {
        id: "concern_reports".into(),
        section: "concern",
        title: t.get("report-table-concern-reports"),
        columns,
        rows,
        chart: Some(ChartKind::Months),
        note: String::new(),
    })
}
