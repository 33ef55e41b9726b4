//! The case log's figure tables, each beside the period before, and the waiting times.
use lotsen_domain::report::figures::{Days, Row, RowKey, Table};
use lotsen_store::Lists;

use super::{ChartKind, Sheet, SheetRow, V, change, ltr, row_label};
use crate::i18n::Tr;
use crate::report::{Data, case_link};

/// The heading of a figure table.
fn table_title(id: &str, t: &Tr) -> String {
    t.get(format!("report-table-{}", id.replace('_', "-")))
}

fn section_of(id: &str) -> &'static str {
    match id {
        "cases" | "channels" | "age_groups" | "categories" | "secondary_categories" | "returning" => "cases",
        "referral_groups" | "referral_destinations" | "referral_kinds" | "referral_states" | "applications" => {
            "referrals"
        }
        _ => "effort",
    }
}

struct Ctx<'a> {
    data: &'a Data,
    lists: &'a Lists,
    t: &'a Tr,
    links: bool,
}

impl Ctx<'_> {
    fn period_columns(&self, first: String) -> Vec<String> {
        let mut cols = vec![first, self.t.get("report-col-period")];
        if self.data.previous.is_some() {
            cols.push(self.t.get("report-col-previous"));
            cols.push(self.t.get("report-col-change"));
        }
        cols
    }

    fn figure_row(&self, r: &Row, sub: bool) -> SheetRow {
        let label = match r.key {
            // As the total of its breakdowns, "of which closed" reads as what it is.
            RowKey::Closed if r.total => self.t.get("report-closed-total"),
            _ => row_label(&r.key, self.lists, self.t),
        };
        let mut cells = vec![V::Text(label), V::count(r.now)];
        if self.data.previous.is_some() {
            cells.push(V::opt_count(r.before));
            cells.push(match r.change() {
                Some(c) => V::Text(ltr(self.t.locale, &change(self.t.locale, c))),
                None => V::Empty,
            });
        }
        SheetRow { cells, link: self.links.then(|| case_link(&r.key, &self.data.period)), total: r.total, sub }
    }

    fn figure_sheet(&self, table: &Table) -> Sheet {
        let chart = matches!(table.id, "channels" | "age_groups" | "categories").then_some(ChartKind::Bars);
        let rows = table
            .rows
            .iter()
            .map(|r| self.figure_row(r, table.id == "referral_destinations" && !matches!(r.key, RowKey::Group(_))))
            .collect();
        Sheet {
            id: table.id.to_owned(),
            section: section_of(table.id),
            title: table_title(table.id, self.t),
            columns: self.period_columns(self.t.get(format!("report-first-col-{}", table.id.replace('_', "-")))),
            rows,
            chart,
            note: self.t.get(format!("report-note-{}", table.id.replace('_', "-"))),
        }
    }

    fn days_row(&self, label: &str, now: Days, before: Option<Days>) -> Vec<SheetRow> {
        // Too few cases: their number is hidden like any count, the days are left out.
        let v = |d: Option<Days>, f: fn(&Days) -> Option<i64>, n_row: bool| match d {
            None => V::Empty,
            Some(d) if d.hidden && n_row => V::Hidden,
            Some(d) if d.hidden => V::Empty,
            Some(d) => f(&d).map_or(V::Empty, V::Int),
        };
        let mut out = Vec::new();
        for (suffix, f) in [
            ("n", (|d: &Days| Some(d.n)) as fn(&Days) -> Option<i64>),
            ("median", |d: &Days| d.median),
            ("p90", |d: &Days| d.p90),
        ] {
            let n_row = suffix == "n";
            let mut cells = vec![V::Text(self.t.get(format!("report-{label}-{suffix}"))), v(Some(now), f, n_row)];
            if self.data.previous.is_some() {
                cells.push(v(before, f, n_row));
                cells.push(V::Empty);
            }
            out.push(SheetRow { cells, link: None, total: false, sub: false });
        }
        out
    }

    /// The waiting times (`wait`, `support`): each as a count, a median and a 90th percentile.
    fn waiting_times(&self) -> Sheet {
        let cases = &self.data.cases;
        let mut rows = self.days_row("wait", cases.waits, cases.waits_before);
        rows.extend(self.days_row("support", cases.to_support, cases.to_support_before));
        Sheet {
            id: "waiting_times".into(),
            section: "effort",
            title: self.t.get("report-table-waiting-times"),
            columns: self.period_columns(self.t.get("report-first-col-waiting-times")),
            rows,
            chart: None,
            note: self.t.get("report-note-waiting-times"),
        }
    }
}

/// The figure tables of the case log, then the waiting times.
pub(super) fn case_sheets(data: &Data, lists: &Lists, t: &Tr, links: bool) -> Vec<Sheet> {
    let cx = Ctx { data, lists, t, links };
    let mut out: Vec<Sheet> = data.cases.tables.iter().map(|tb| cx.figure_sheet(tb)).collect();
    out.push(cx.waiting_times());
    out
}
