//! The drop-in sheet: sessions held and cancelled, visitors and cases opened per venue, with the
//! totals of the period and of the period before.
use super::{Sheet, SheetRow, V};
use crate::i18n::Tr;
use crate::report::Data;

/// Drop-in per venue, its total and the total of the period before.
pub(super) fn dropin_sheet(data: &Data, t: &Tr) -> Sheet {
    let l = t.locale;
    let mut rows: Vec<SheetRow> = data
        .dropin
        .iter()
        .zip(&data.dropin_cases)
        .map(|(f, cases)| SheetRow {
            cells: vec![
                V::Text(f.venue.clone()),
                V::Int(f.held),
                V::Int(f.cancelled),
                V::Int(f.visitors),
                V::Text(crate::views::labels::per_session(l, f)),
                V::count(*cases),
            ],
            link: None,
            total: false,
            sub: false,
        })
        .collect();
    let tot = data.dropin_totals;
    let per = |logged: i64, visitors: i64| {
        if logged == 0 { "–".to_owned() } else { crate::i18n::decimal(l, visitors as f64 / logged as f64) }
    };
    rows.push(SheetRow {
        cells: vec![
            V::Text(t.get("report-total")),
            V::Int(tot.held),
            V::Int(tot.cancelled),
            V::Int(tot.visitors),
            V::Text(per(tot.logged, tot.visitors)),
            V::count(data.dropin_cases_total),
        ],
        link: None,
        total: true,
        sub: false,
    });
    if let Some(b) = data.dropin_before {
        rows.push(SheetRow {
            cells: vec![
                V::Text(t.get("report-previous-total")),
                V::Int(b.held),
                V::Int(b.cancelled),
                V::Int(b.visitors),
                V::Text(per(b.logged, b.visitors)),
                V::Empty,
            ],
            link: None,
            total: true,
            sub: false,
        });
    }
    Sheet {
        id: "dropin".into(),
        section: "dropin",
        title: t.get("report-table-dropin"),
        columns: vec![
            t.get("report-first-col-dropin"),
            t.get("dropin-stats-held"),
            t.get("dropin-stats-cancelled"),
            t.get("dropin-stats-visitors"),
            t.get("dropin-stats-per-session"),
            t.get("dropin-stats-cases"),
        ],
        rows,
        chart: None,
        note: t.get("dropin-stats-help"),
    }
}
