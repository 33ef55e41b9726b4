//! Several units side by side, for a manager or analyst let read other units' reports: each
//! unit's report is built on its own (its own lists, inputs and suppression threshold), then the
//! tables are laid beside each other, one column per unit. Rows are matched by their label, so a
//! list entry one unit added itself appears as a row of its own with "–" for the others.
use chrono::NaiveDate;
use lotsen_domain::ids::UnitId;
use lotsen_domain::locale::Locale;
use lotsen_domain::report::period::Period;
use lotsen_store::UnitRecord;

use super::sheets::{Sheet, SheetRow, V, ltr, sheets};
use super::{Data, gather};
use crate::auth::Actor;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

/// The other units whose report `actor` has been let read; none for roles that may not.
pub async fn others(state: &AppState, actor: &Actor) -> AppResult<Vec<UnitRecord>> {
    if !actor.role.may_read_other_units() {
        return Ok(Vec::new());
    }
    Ok(state.store.readable_units(actor.user_id).await?.into_iter().filter(|u| u.id != actor.unit_id).collect())
}

/// The first case of any of the units, which starts "since start" side by side.
pub async fn first_case(state: &AppState, own: UnitId, others: &[UnitRecord]) -> AppResult<Option<NaiveDate>> {
    let mut first = state.store.first_case_on(own).await?;
    for u in others {
        if let Some(d) = state.store.first_case_on(u.id).await? {
            first = Some(first.map_or(d, |f| f.min(d)));
        }
    }
    Ok(first)
}

/// The sheets of the actor's own report and of each other unit's, side by side, with the names of
/// the units in order. Other units' reports are built exactly as their own managers see them.
pub async fn gather_side_by_side(
    state: &AppState,
    own: &Data,
    others: Vec<UnitRecord>,
    period: Period,
    t: &Tr,
) -> AppResult<(Vec<Sheet>, Vec<String>)> {
    let lists = state.store.lists(own.unit.id).await?;
    let mut units = vec![UnitSheets {
        name: own.unit.name.clone(),
        threshold: own.threshold,
        sheets: sheets(own, &lists, t, false),
    }];
    for u in others {
        let lists = state.store.lists(u.id).await?;
        let data = gather(&state.store, u, period).await?;
        units.push(UnitSheets {
            name: data.unit.name.clone(),
            threshold: data.threshold,
            sheets: sheets(&data, &lists, t, false),
        });
    }
    let names = units.iter().map(|u| u.name.clone()).collect();
    Ok((side_by_side(&units, t), names))
}

/// One unit's report as sheets, with its own threshold.
pub struct UnitSheets {
    pub name: String,
    pub threshold: i64,
    pub sheets: Vec<Sheet>,
}

/// The column of a sheet laid side by side: this period's count for most tables, the share of
/// green answers for a survey, the total for concern reports by month.
fn column(s: &Sheet) -> usize {
    match s.section {
        "surveys" => 5,
        "concern" => s.columns.len().saturating_sub(1),
        _ => 1,
    }
}

/// A unit's hidden count says its own threshold ("<3"), since units may hide differently.
fn own(v: &V, locale: Locale, threshold: i64) -> V {
    match v {
        V::Hidden => V::Text(ltr(locale, &format!("<{threshold}"))),
        other => other.clone(),
    }
}

/// The tables of every unit, one column per unit, in the order of the first unit's tables (a table
/// only another unit has comes after). The inputs table stays in each unit's own report.
pub fn side_by_side(units: &[UnitSheets], t: &Tr) -> Vec<Sheet> {
    let mut out: Vec<Sheet> = Vec::new();
    // (label, occurrence) per row of each merged sheet, parallel to its rows.
    let mut keys: Vec<Vec<(String, usize)>> = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for s in unit.sheets.iter().filter(|s| s.id != "inputs") {
            let at = match out.iter().position(|m| m.title == s.title && m.section == s.section) {
                Some(i) => i,
                None => {
                    let mut columns = vec![s.columns.first().cloned().unwrap_or_default()];
                    columns.extend(units.iter().map(|x| x.name.clone()));
                    let what = s.columns.get(column(s)).cloned().unwrap_or_default();
                    out.push(Sheet {
                        id: s.id.clone(),
                        section: s.section,
                        title: s.title.clone(),
                        columns,
                        rows: Vec::new(),
                        chart: None,
                        note: t.arg("report-compare-column", "column", what),
                    });
                    keys.push(Vec::new());
                    out.len() - 1
                }
            };
            let col = column(s);
            let mut seen: Vec<String> = Vec::new();
            let mut last: Option<usize> = None;
            for r in &s.rows {
                let label = r.cells.first().map(|v| v.text(t.locale, unit.threshold)).unwrap_or_default();
                let n = seen.iter().filter(|x| **x == label).count();
                seen.push(label.clone());
                let key = (label.clone(), n);
                let value = r.cells.get(col).map_or(V::Empty, |v| own(v, t.locale, unit.threshold));
                let i = match keys[at].iter().position(|k| *k == key) {
                    Some(i) => i,
                    None => {
                        // A row the units before did not have: after this unit's previous row.
                        let i = last.map_or(keys[at].len(), |l| l + 1);
                        let mut cells = vec![V::Text(label)];
                        cells.extend(std::iter::repeat_n(V::Empty, units.len()));
                        out[at].rows.insert(i, SheetRow { cells, link: None, total: r.total, sub: r.sub });
                        keys[at].insert(i, key);
                        i
                    }
                };
                out[at].rows[i].cells[1 + u] = value;
                last = Some(i);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use lotsen_domain::locale::Locale;

    fn row(label: &str, n: V, sub: bool) -> SheetRow {
        SheetRow { cells: vec![V::Text(label.into()), n, V::Empty], link: Some("/cases".into()), total: false, sub }
    }

    fn sheet(rows: Vec<SheetRow>) -> Sheet {
        Sheet {
            id: "destinations".into(),
            section: "referrals",
            title: "Referrals".into(),
            columns: vec!["Destination".into(), "This period".into(), "Before".into()],
            rows,
            chart: None,
            note: String::new(),
        }
    }

    #[test]
    fn rows_are_matched_by_label_and_new_rows_keep_their_place() {
        let t = Tr::new(Locale::En);
        let a = UnitSheets {
            name: "North".into(),
            threshold: 5,
            sheets: vec![sheet(vec![
                row("Social services", V::Int(12), false),
                row("Income support", V::Int(7), true),
                row("Region", V::Int(9), false),
            ])],
        };
        let b = UnitSheets {
            name: "South".into(),
            threshold: 3,
            sheets: vec![sheet(vec![
                row("Social services", V::Int(20), false),
                row("Debt advice", V::Hidden, true),
                row("Income support", V::Int(4), true),
                row("Housing company", V::Int(6), false),
            ])],
        };
        let out = side_by_side(&[a, b], &t);
        assert_eq!(out.len(), 1);
        let s = &out[0];
        assert_eq!(s.columns, vec!["Destination", "North", "South"]);
        let text: Vec<Vec<String>> =
            s.rows.iter().map(|r| r.cells.iter().map(|v| v.text(Locale::En, 99)).collect()).collect();
        assert_eq!(
            text,
            vec![
                vec!["Social services", "12", "20"],
                vec!["Debt advice", "–", "<3"],
                vec!["Income support", "7", "4"],
                // After the row it follows in its own unit, before the first unit's next group.
                vec!["Housing company", "–", "6"],
                vec!["Region", "9", "–"],
            ]
        );
        assert!(s.rows[1].sub && s.rows[2].sub && !s.rows[3].sub);
        // No case links: the figures of other units never lead to their cases.
        assert!(s.rows.iter().all(|r| r.link.is_none()));
        assert!(s.note.contains("This period"), "{}", s.note);
    }
}
