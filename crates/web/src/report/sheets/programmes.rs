//! Long-term support: continued contact, and family coordination with the progress of the
//! families' mappings per area.
use lotsen_store::Lists;

use super::{Sheet, SheetRow, V};
use crate::i18n::Tr;
use crate::report::Data;

fn row(label: String, cells: Vec<V>) -> SheetRow {
    let mut all = vec![V::Text(label)];
    all.extend(cells);
    SheetRow { cells: all, link: None, total: false, sub: false }
}

fn days(d: Option<i64>) -> V {
    d.map_or(V::Empty, V::Int)
}

/// Continued contact in the period, when the unit has had any.
pub(super) fn continued_sheet(data: &Data, t: &Tr) -> Option<Sheet> {
    let f = data.continued.as_ref()?;
    let rows = vec![
        row(t.get("report-continued-chose"), vec![V::count(f.chose)]),
        row(t.get("report-continued-running"), vec![V::count(f.running)]),
        row(t.get("report-continued-ended"), vec![V::count(f.ended)]),
        row(t.get("report-continued-median"), vec![days(f.median_days)]),
        row(t.get("report-continued-kept"), vec![V::count(f.kept)]),
        row(t.get("report-continued-missed"), vec![V::count(f.missed)]),
        row(t.get("report-continued-came-back"), vec![V::count(f.came_back)]),
    ];
    Some(Sheet {
        id: "continued".into(),
        section: "programmes",
        title: t.get("report-table-continued"),
        columns: vec![t.get("report-col-measure"), t.get("report-col-period")],
        rows,
        chart: None,
        note: t.get("report-continued-note"),
    })
}

/// Family coordination in the period and the families' progress per area, when the unit runs it.
pub(super) fn family_sheets(data: &Data, lists: &Lists, t: &Tr) -> Vec<Sheet> {
    let Some(f) = data.families.as_ref() else { return Vec::new() };
    let mut rows = vec![
        row(t.get("report-families-active"), vec![V::count(f.active)]),
        row(t.get("report-families-started"), vec![V::count(f.started)]),
        row(t.get("report-families-wait"), vec![days(f.median_wait_days)]),
        row(t.get("report-families-waiting"), vec![V::count(f.waiting)]),
        row(t.get("report-families-contacts"), vec![V::count(f.contacts)]),
        SheetRow { total: true, ..row(t.get("report-families-closed"), vec![V::count(f.closed)]) },
    ];
    for (o, c) in &f.outcomes {
        rows.push(SheetRow { sub: true, ..row(t.of("family-outcome", o.as_str()), vec![V::count(*c)]) });
    }
    let families = Sheet {
        id: "families".into(),
        section: "programmes",
        title: t.get("report-table-families"),
        columns: vec![t.get("report-col-measure"), t.get("report-col-period")],
        rows,
        chart: None,
        note: t.get("report-families-note"),
    };
    let areas = f
        .areas
        .iter()
        .map(|a| {
            row(
                crate::forms::label(lists, a.area, t.locale),
                vec![V::count(a.families), V::count(a.better), V::count(a.same), V::count(a.worse)],
            )
        })
        .collect();
    let progress = Sheet {
        id: "family_areas".into(),
        section: "programmes",
        title: t.get("report-table-family-areas"),
        columns: vec![
            t.get("family-col-area"),
            t.get("report-family-areas-mapped"),
            t.get("report-family-areas-better"),
            t.get("report-family-areas-same"),
            t.get("report-family-areas-worse"),
        ],
        rows: areas,
        chart: None,
        note: t.get("report-family-areas-note"),
    };
    vec![families, progress]
}

/// Housing First in the period, when the unit runs it.
pub(super) fn housing_sheet(data: &Data, t: &Tr) -> Option<Sheet> {
    let h = data.housing.as_ref()?;
    let mut rows = vec![
        row(t.get("report-housing-enrolled"), vec![V::count(h.enrolled), V::Empty]),
        row(t.get("report-housing-new"), vec![V::count(h.new), V::Empty]),
    ];
    for (months, reached, held) in &h.held {
        rows.push(row(t.arg("report-housing-held", "months", months), vec![V::count(*reached), V::count(*held)]));
    }
    rows.push(row(t.get("report-housing-landlord"), vec![V::count(h.landlord_contacts), V::Empty]));
    rows.push(row(t.get("report-housing-support"), vec![V::count(h.support), V::Empty]));
    Some(Sheet {
        id: "housing".into(),
        section: "programmes",
        title: t.get("report-table-housing"),
        columns: vec![t.get("report-col-measure"), t.get("report-col-period"), t.get("report-housing-col-held")],
        rows,
        chart: None,
        note: t.get("report-housing-note"),
    })
}
