//! The outreach sheet: activities, people reached and minutes per activity type, with the totals
//! of the period and of the period before.
use lotsen_store::Lists;

use super::{Sheet, SheetRow, V};
use crate::i18n::Tr;
use crate::report::{Data, OutreachRow};

/// Outreach per activity type, its total and the total of the period before.
pub(super) fn outreach_sheet(data: &Data, lists: &Lists, t: &Tr) -> Sheet {
    let l = t.locale;
    let mut rows: Vec<SheetRow> = data
        .outreach
        .iter()
        .map(|o| SheetRow {
            cells: vec![
                V::Text(crate::forms::label(lists, o.type_id, l)),
                V::Int(o.activities),
                V::Int(o.reached),
                V::Int(o.minutes),
            ],
            link: None,
            total: false,
            sub: false,
        })
        .collect();
    let sum = |f: fn(&OutreachRow) -> i64| data.outreach.iter().map(f).sum::<i64>();
    rows.push(SheetRow {
        cells: vec![
            V::Text(t.get("report-total")),
            V::Int(sum(|o| o.activities)),
            V::Int(sum(|o| o.reached)),
            V::Int(sum(|o| o.minutes)),
        ],
        link: None,
        total: true,
        sub: false,
    });
    if let Some(b) = &data.outreach_before {
        rows.push(SheetRow {
            cells: vec![
                V::Text(t.get("report-previous-total")),
                V::Int(b.activities),
                V::Int(b.reached),
                V::Int(b.minutes),
            ],
            link: None,
            total: true,
            sub: false,
        });
    }
    Sheet {
        id: "outreach".into(),
        section: "outreach",
        title: t.get("report-table-outreach"),
        columns: vec![
            t.get("field-activity-type"),
            t.get("outreach-activities"),
            t.get("field-reached"),
            t.get("report-minutes"),
        ],
        rows,
        chart: None,
        note: String::new(),
    }
}
