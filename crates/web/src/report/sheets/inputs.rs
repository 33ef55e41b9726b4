//! The sheet of the manager's inputs (unit costs, investigation cost, shares and goals) in force
//! for the period.
use chrono::NaiveDate;

use super::{Sheet, SheetRow, V, date};
use crate::i18n::Tr;
use crate::report::Data;

/// The manager's inputs in force for the period.
pub(super) fn inputs_sheet(data: &Data, t: &Tr) -> Sheet {
    let l = t.locale;
    let p = &data.period;
    let mut rows = Vec::new();
    let mut push = |label: String, value: V, from: NaiveDate, to: Option<NaiveDate>| {
        rows.push(SheetRow {
            cells: vec![V::Text(label), value, V::Text(date(from)), V::Text(to.map(date).unwrap_or_default())],
            link: None,
            total: false,
            sub: false,
        });
    };
    for (from, to, v) in data.inputs.unit_costs.iter().filter(|(f, to, _)| *f <= p.to && *to >= p.from) {
        push(t.get("input-kind-unit_cost"), V::Money(*v), *from, Some(*to));
    }
    let holding = |list: &[(NaiveDate, i64)]| list.iter().filter(|(f, _)| *f <= p.to).max_by_key(|(f, _)| *f).copied();
    if let Some((f, v)) = holding(&data.inputs.investigation_cost) {
        push(t.get("input-kind-investigation_cost"), V::Money(v), f, None);
    }
    for (kind, list) in [
        ("school_avoided_share", &data.inputs.school_share),
        ("concern_reach_share", &data.inputs.concern_share),
        ("applications_goal", &data.inputs.applications_goal),
    ] {
        if let Some((f, v)) = holding(list) {
            push(t.get(format!("input-kind-{kind}")), V::Percent(v), f, None);
        }
    }
    let _ = l;
    Sheet {
        id: "inputs".into(),
        section: "money",
        title: t.get("report-table-inputs"),
        columns: vec![t.get("field-kind"), t.get("field-value"), t.get("field-valid-from"), t.get("field-valid-to")],
        rows,
        chart: None,
        note: t.get("report-note-inputs"),
    }
}
