//! The report as labelled tables ("sheets"), in one language: what the page shows, what the CSV
//! files and the XLSX sheets hold and what the PDF prints. One builder, so every output carries the
//! same figures, hidden the same way.
use chrono::NaiveDate;
use lotsen_domain::concern::Outcome;
use lotsen_domain::locale::Locale;
use lotsen_domain::report::figures::{CONTACT_BUCKETS, Days, Row, RowKey, TIME_BUCKETS, Table};
use lotsen_domain::report::{Count, Saving};
use lotsen_domain::survey::Colour;
use lotsen_store::Lists;

use super::{Data, case_link};
use crate::i18n::Tr;
use crate::i18n::{amount, percent};

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum V {
    Text(String),
    Int(i64),
    /// Kronor.
    Money(i64),
    /// Tenths of a percent.
    Percent(i64),
    /// A count too small to show, or one that would reveal such a count.
    Hidden,
    Empty,
}

impl V {
    fn count(c: Count) -> V {
        if c.hidden { V::Hidden } else { V::Int(c.value) }
    }

    fn opt_count(c: Option<Count>) -> V {
        c.map_or(V::Empty, V::count)
    }

    /// The cell as printed in `locale`; `threshold` names hidden counts ("<5").
    pub fn text(&self, locale: Locale, threshold: i64) -> String {
        match self {
            V::Text(s) => s.clone(),
            V::Int(n) => ltr(locale, &integer(locale, *n)),
            V::Money(n) => ltr(locale, &amount(locale, *n)),
            V::Percent(n) => ltr(locale, &percent(locale, *n)),
            V::Hidden => ltr(locale, &format!("<{threshold}")),
            V::Empty => "–".into(),
        }
    }
}

/// Numbers, signs and dates read left to right inside right-to-left text: "+14" and "<5" and
/// "2025-01-01" would otherwise come out as "14+", "5>" and "01-01-2025". Isolated with
/// LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE in Arabic; unchanged in other languages.
pub fn ltr(locale: Locale, s: &str) -> String {
    if locale == Locale::Ar { format!("\u{2066}{s}\u{2069}") } else { s.to_owned() }
}

/// A whole number with the language's digit grouping (12 345 · 12,345).
pub fn integer(locale: Locale, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if locale == Locale::Sv { '\u{a0}' } else { ',' };
    let mut out = String::new();
    if n < 0 {
        out.push('−');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A change: "+3", "−2", "0".
pub fn change(locale: Locale, n: i64) -> String {
    if n > 0 { format!("+{}", integer(locale, n)) } else { integer(locale, n) }
}

#[derive(Debug, Clone)]
pub struct SheetRow {
    pub cells: Vec<V>,
    /// The case list behind the row's count, for roles that may see cases.
    pub link: Option<String>,
    pub total: bool,
    /// Indented under the row above (a destination under its group).
    pub sub: bool,
}

/// A chart drawn from a sheet: bars from the rows' first count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bars,
    Months,
}

#[derive(Debug, Clone)]
pub struct Sheet {
    /// Stable id: file name in the zip, sheet name in the workbook, anchor on the page.
    pub id: String,
    pub section: &'static str,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<SheetRow>,
    pub chart: Option<ChartKind>,
    /// A sentence under the table (definitions, formulas).
    pub note: String,
}

/// The label of a figure in `t`'s language.
pub fn row_label(key: &RowKey, lists: &Lists, t: &Tr) -> String {
    let list = |id: &i64| crate::forms::label(lists, *id, t.locale);
    match key {
        RowKey::Handled => t.get("report-handled"),
        RowKey::Closed => t.get("report-closed"),
        RowKey::Returning => t.get("report-returning"),
        RowKey::AdviceOnly => t.get("report-advice-only"),
        RowKey::Channel(id)
        | RowKey::AgeGroup(id)
        | RowKey::Category(id)
        | RowKey::Secondary(id)
        | RowKey::Outcome(id)
        | RowKey::Destination(id)
        | RowKey::Kind(id)
        | RowKey::Application(id) => list(id),
        RowKey::Contacts(b) => t.get(format!("report-contacts-{}", CONTACT_BUCKETS[usize::from(*b).min(2)])),
        RowKey::Time(b) => t.get(format!("report-time-{}", TIME_BUCKETS[usize::from(*b).min(2)])),
        RowKey::Referrals => t.get("report-referrals-all"),
        RowKey::Group(g) => t.get(format!("group-{g}")),
        RowKey::State(s) => t.get(format!("report-state-{}", s.code())),
        RowKey::FollowUps => t.get("report-follow-ups-all"),
        RowKey::FollowUp(o) => t.get(format!("follow-up-outcome-{}", o.as_str())),
    }
}

/// The heading of a figure table.
fn table_title(id: &str, t: &Tr) -> String {
    t.get(format!("report-table-{}", id.replace('_', "-")))
}

fn section_of(id: &str) -> &'static str {
    match id {
        "cases" | "channels" | "age_groups" | "categories" | "secondary_categories" => "cases",
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
}

fn date(d: NaiveDate) -> String {
    d.to_string()
}

/// A period as "from – to", kept left to right in Arabic.
pub fn dates(locale: Locale, from: NaiveDate, to: NaiveDate) -> String {
    ltr(locale, &format!("{from} – {to}"))
}

/// Every table of the report in `t`'s language. `links` adds the case-list links (for roles that
/// may see cases).
pub fn sheets(data: &Data, lists: &Lists, t: &Tr, links: bool) -> Vec<Sheet> {
    let cx = Ctx { data, lists, t, links };
    let l = t.locale;
    let mut out: Vec<Sheet> = data.cases.tables.iter().map(|tb| cx.figure_sheet(tb)).collect();

    // Waiting times.
    let mut rows = cx.days_row("wait", data.cases.waits, data.cases.waits_before);
    rows.extend(cx.days_row("support", data.cases.to_support, data.cases.to_support_before));
    out.push(Sheet {
        id: "waiting_times".into(),
        section: "effort",
        title: t.get("report-table-waiting-times"),
        columns: cx.period_columns(t.get("report-first-col-waiting-times")),
        rows,
        chart: None,
        note: t.get("report-note-waiting-times"),
    });

    // Drop-in.
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
                V::Text(f.per_session(l)),
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
    out.push(Sheet {
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
    });

    // Outreach.
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
    let sum = |f: fn(&super::OutreachRow) -> i64| data.outreach.iter().map(f).sum::<i64>();
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
    out.push(Sheet {
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
    });

    // Surveys: one sheet per survey.
    for (i, s) in data.surveys.iter().enumerate() {
        let def = &s.survey.current.definition;
        let rows = s
            .questions
            .iter()
            .map(|q| {
                let text = def.questions.iter().find(|x| x.key == q.question).map(|x| def.text(&x.text, l).to_owned());
                SheetRow {
                    cells: vec![
                        V::Text(text.unwrap_or_else(|| q.question.clone())),
                        V::count(q.colour(Colour::Green)),
                        V::count(q.colour(Colour::Yellow)),
                        V::count(q.colour(Colour::Red)),
                        V::count(q.total),
                        q.green_share.map_or(V::Empty, V::Percent),
                        q.goal.map_or(V::Empty, |g| V::Percent(i64::from(g) * 10)),
                        V::Text(match q.met {
                            Some(true) => t.get("survey-goal-met"),
                            Some(false) => t.get("survey-goal-not-met"),
                            None if q.goal.is_some() => t.get("report-too-few"),
                            None => String::new(),
                        }),
                    ],
                    link: None,
                    total: false,
                    sub: false,
                }
            })
            .collect();
        out.push(Sheet {
            id: format!("survey_{}", i + 1),
            section: "surveys",
            title: t.arg("report-table-survey", "name", def.text(&def.title, l)),
            columns: vec![
                t.get("report-first-col-survey"),
                t.get("survey-answer-green"),
                t.get("survey-answer-yellow"),
                t.get("survey-answer-red"),
                t.get("survey-answers"),
                t.get("survey-share-green"),
                t.get("survey-goal-col"),
                t.get("report-goal-status"),
            ],
            rows,
            chart: None,
            note: t.get("report-note-surveys"),
        });
    }

    // Concern reports.
    if let Some(c) = &data.concern {
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
        out.push(Sheet {
            id: "concern_reports".into(),
            section: "concern",
            title: t.get("report-table-concern-reports"),
            columns,
            rows,
            chart: Some(ChartKind::Months),
            note: String::new(),
        });
    }

    out.push(money_sheet(data, t));
    out.push(inputs_sheet(data, t));
    out
}

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
fn money_sheet(data: &Data, t: &Tr) -> Sheet {
    let l = t.locale;
    let m = &data.money;
    let row = |label: String, value: V, formula: String| SheetRow {
        cells: vec![V::Text(label), value, V::Text(formula)],
        link: None,
        total: false,
        sub: false,
    };
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
    rows.push(row(t.get("report-applications-share"), m.applications.map_or(V::Empty, V::Percent), goal_text));
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

/// The manager's inputs in force for the period.
fn inputs_sheet(data: &Data, t: &Tr) -> Sheet {
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
