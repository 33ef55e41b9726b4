//! The cost and savings sheet: cost per case and what school cases and concern reports saved, each
//! with its inputs and the formula as computed.
use lotsen_domain::locale::Locale;
use lotsen_domain::report::figures::RowKey;
use lotsen_domain::report::{Count, Money, Saving};

use super::{Sheet, SheetRow, V, date, integer};
use crate::i18n::Tr;
use crate::i18n::{amount, percent};
use crate::report::Data;

fn saving_formula(t: &Tr, l: Locale, investigation: i64, cpc: i64, count: i64, share: i64, s: &Saving) -> String {
    t.args(
        "report-formula-saving",
        &[
            ("investigation", amount(l, investigation)),
            ("per_case_cost", amount(l, cpc)),
            ("count", integer(l, count)),
            ("share", percent(l, share)),
            ("per_case", amount(l, s.per_case)),
            ("avoided", crate::i18n::decimal2(l, s.avoided_hundredths)),
            ("total", amount(l, s.total)),
        ],
    )
}

/// Cost per case and the savings, each with its inputs and the formula as computed.
pub(super) fn money_sheet(data: &Data, t: &Tr) -> Sheet {
    let m = &data.money;
    let mut rows = cost_rows(m, t);
    rows.extend(saving_rows(m, t));
    rows.push(applications_row(data, t));
    Sheet {
        id: "cost_and_savings".into(),
        section: "money",
        title: t.get("report-table-cost-and-savings"),
        columns: vec![t.get("report-first-col-money"), t.get("report-col-value"), t.get("report-col-formula")],
        rows,
        chart: None,
        note: t.get("report-note-money"),
    }
}

/// A row of the sheet: what it is, its value and how it was reached.
fn row(label: String, value: V, formula: String) -> SheetRow {
    SheetRow { cells: vec![V::Text(label), value, V::Text(formula)], link: None, total: false, sub: false }
}

/// The unit's cost for the period from its cost periods, the cases handled and the cost per case.
fn cost_rows(m: &Money, t: &Tr) -> Vec<SheetRow> {
    let l = t.locale;
    let mut rows = Vec::new();
    let missing = || t.get("report-input-missing");
    match &m.cost {
        Some((total, parts)) => {
            let formula = parts
                .iter()
                .map(|p| {
                    t.args(
                        "report-formula-cost-part",
                        &[
                            ("amount", amount(l, p.amount)),
                            ("from", date(p.from)),
                            ("to", date(p.to)),
                            ("days_in", p.days_in.to_string()),
                            ("days", p.days.to_string()),
                            ("counted", amount(l, p.counted)),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(" + ");
            rows.push(row(t.get("report-unit-cost"), V::Money(*total), formula));
        }
        None => rows.push(row(t.get("report-unit-cost"), V::Empty, missing())),
    }
    rows.push(row(t.get("report-handled"), V::count(m.cases), String::new()));
    let cpc_formula = match (&m.cost, m.cases.shown(), m.cost_per_case) {
        (Some((c, _)), Some(n), Some(cpc)) => t.args(
            "report-formula-cost-per-case",
            &[("cost", amount(l, *c)), ("cases", integer(l, n)), ("result", amount(l, cpc))],
        ),
        (Some(_), None, _) => t.get("report-hidden-cases"),
        _ => missing(),
    };
    rows.push(row(t.get("report-cost-per-case"), m.cost_per_case.map_or(V::Empty, V::Money), cpc_formula));
    rows
}

/// What school cases and concern reports saved, each after the inputs it was computed from.
fn saving_rows(m: &Money, t: &Tr) -> Vec<SheetRow> {
    let l = t.locale;
    let mut rows = Vec::new();
    let missing = || t.get("report-input-missing");
    rows.push(row(
        t.get("input-kind-investigation_cost"),
        m.investigation_cost.map_or(V::Empty, V::Money),
        if m.investigation_cost.is_some() { String::new() } else { missing() },
    ));
    rows.push(row(t.get("report-school-cases"), V::count(m.school_cases), t.get("report-note-school-cases")));
    rows.push(row(
        t.get("input-kind-school_avoided_share"),
        m.school_share.map_or(V::Empty, V::Percent),
        if m.school_share.is_some() { String::new() } else { missing() },
    ));
    let school_formula =
        match (&m.school, m.investigation_cost, m.cost_per_case, m.school_cases.shown(), m.school_share) {
            (Some(s), Some(i), Some(c), Some(n), Some(sh)) => saving_formula(t, l, i, c, n, sh, s),
            _ if m.school_cases.hidden => t.get("report-hidden-cases"),
            _ => missing(),
        };
    rows.push(row(
        t.get("report-school-saving"),
        m.school.as_ref().map_or(V::Empty, |s| V::Money(s.total)),
        school_formula,
    ));
    rows.push(row(
        t.get("report-led-to-investigation"),
        m.led_to_investigation.map_or(V::Empty, V::count),
        if m.led_to_investigation.is_some() { String::new() } else { t.get("report-no-concern") },
    ));
    rows.push(row(
        t.get("input-kind-concern_reach_share"),
        m.concern_share.map_or(V::Empty, V::Percent),
        if m.concern_share.is_some() { String::new() } else { missing() },
    ));
    let led = m.led_to_investigation.and_then(Count::shown);
    let concern_formula = match (&m.concern, m.investigation_cost, m.cost_per_case, led, m.concern_share) {
        (Some(s), Some(i), Some(c), Some(n), Some(sh)) => saving_formula(t, l, i, c, n, sh, s),
        _ => missing(),
    };
    rows.push(row(
        t.get("report-concern-saving"),
        m.concern.as_ref().map_or(V::Empty, |s| V::Money(s.total)),
        concern_formula,
    ));
    rows
}

/// The share of referrals that were aid applications, against the goal when one is set.
fn applications_row(data: &Data, t: &Tr) -> SheetRow {
    let l = t.locale;
    let m = &data.money;
    let missing = || t.get("report-input-missing");
    let goal_text = match (m.applications, m.applications_goal) {
        (Some(a), Some(g)) => t.args(
            "report-applications-vs-goal",
            &[
                ("goal", percent(l, g)),
                ("status", t.get(if a >= g { "survey-goal-met" } else { "survey-goal-not-met" })),
            ],
        ),
        (None, _) => match data.count(&RowKey::Referrals) {
            Some(c) if c.value == 0 => t.get("report-no-referrals"),
            _ => t.get("report-hidden-cases"),
        },
        (Some(_), None) => missing(),
    };
    row(t.get("report-applications-share"), m.applications.map_or(V::Empty, V::Percent), goal_text)
}
