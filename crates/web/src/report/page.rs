//! `/report`: the effect report page. Any period (a preset or from–to) beside the one before it,
//! charts beside their tables, every count a link to the cases behind it for those who may see
//! cases, and the cost and savings with every input and formula.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::concern::Outcome;
use lotsen_domain::report::period::{Period, Preset};

use super::chart::{self, Bar};
use super::sheets::{ChartKind, Sheet, V, sheets};
use super::{PeriodQuery, compare, gather};
use crate::auth::ReadsReport;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::i18n::Tr;
use crate::pages::Chrome;
use crate::state::AppState;

pub struct RowView {
    pub label: String,
    pub cells: Vec<String>,
    pub link: Option<String>,
    pub total: bool,
    pub sub: bool,
}

pub struct SheetView {
    pub id: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<RowView>,
    pub chart: String,
    pub note: String,
}

pub struct SectionView {
    pub id: &'static str,
    pub title: String,
    pub sheets: Vec<SheetView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "report/page.html")]
pub struct ReportPage {
    c: Chrome,
    q: PeriodQuery,
    errors: FieldErrors,
    periods: Vec<Opt>,
    unit: String,
    own_unit: String,
    /// Other units whose report the actor may read (a choice of side by side when any).
    other_units: Vec<String>,
    side: bool,
    period_text: String,
    previous_text: String,
    threshold: i64,
    links: bool,
    sections: Vec<SectionView>,
    period_query: String,
    export_query: String,
}

pub const SECTIONS: [&str; 8] =
    ["cases", "referrals", "effort", "dropin", "outreach", "surveys", "concern", "programmes"];

/// Draws a sheet's chart, if it has one. `standalone` gives the SVG its own colours and fonts
/// (for the PDF); on the page the style sheet does that, and prints it in greys.
pub fn draw_sheet(s: &Sheet, t: &Tr, threshold: i64, standalone: bool) -> String {
    let l = t.locale;
    let rtl = t.dir() == "rtl";
    match s.chart {
        Some(ChartKind::Bars) => {
            let bars: Vec<Bar> = s
                .rows
                .iter()
                .filter(|r| !r.total)
                .map(|r| {
                    let label = r.cells[0].text(l, threshold);
                    let value = match &r.cells[1] {
                        V::Int(n) => Some(*n),
                        _ => None,
                    };
                    Bar { label, value, text: r.cells[1].text(l, threshold) }
                })
                .collect();
            chart::bars(
                &format!("chart-{}", s.id),
                &t.arg("report-chart-of", "title", &s.title),
                &bars,
                rtl,
                standalone,
            )
        }
        Some(ChartKind::Months) => {
            let columns: Vec<(String, [Option<i64>; 3])> = s
                .rows
                .iter()
                .filter(|r| !r.total)
                .map(|r| {
                    let v = |i: usize| match &r.cells[i] {
                        V::Int(n) => Some(*n),
                        _ => None,
                    };
                    let label: String = r.cells[0].text(l, threshold).chars().take(3).collect();
                    (label, [v(1), v(2), v(3)])
                })
                .collect();
            let legend = Outcome::ALL.map(|o| t.get(format!("concern-outcome-{}", o.code())));
            chart::stacked_columns(
                &format!("chart-{}", s.id),
                &t.arg("report-chart-of", "title", &s.title),
                &columns,
                &legend,
                standalone,
            )
        }
        None => String::new(),
    }
}

/// The sheets grouped into the page's sections, as text in the page's language.
pub fn views(all: &[Sheet], c: &Chrome, threshold: i64) -> Vec<SectionView> {
    let l = c.locale();
    let mut out: Vec<SectionView> = Vec::new();
    for id in SECTIONS.iter().copied().chain(["money"]) {
        let sheets: Vec<SheetView> = all
            .iter()
            .filter(|s| s.section == id)
            .map(|s| SheetView {
                id: s.id.clone(),
                title: s.title.clone(),
                columns: s.columns.clone(),
                rows: s
                    .rows
                    .iter()
                    .map(|r| RowView {
                        label: r.cells.first().map(|v| v.text(l, threshold)).unwrap_or_default(),
                        cells: r.cells.iter().skip(1).map(|v| v.text(l, threshold)).collect(),
                        link: r.link.clone(),
                        total: r.total,
                        sub: r.sub,
                    })
                    .collect(),
                chart: draw_sheet(s, &c.t, threshold, false),
                note: s.note.clone(),
            })
            .collect();
        if sheets.is_empty() && id != "surveys" && id != "concern" {
            continue;
        }
        out.push(SectionView { id, title: c.t.get(format!("report-section-{id}")), sheets });
    }
    out
}

pub fn period_text(c: &Chrome, p: &Period) -> String {
    let l = c.locale();
    c.t.args(
        "report-period-dates",
        &[("from", super::sheets::ltr(l, &p.from.to_string())), ("to", super::sheets::ltr(l, &p.to.to_string()))],
    )
}

/// `GET /report`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    ReadsReport(actor): ReadsReport,
    Query(q): Query<PeriodQuery>,
) -> AppResult<Response> {
    let today = state.clock.today();
    let others = compare::others(&state, &actor).await?;
    let side = q.all_units() && !others.is_empty();
    let first = if side {
        compare::first_case(&state, actor.unit_id, &others).await?
    } else {
        state.store.first_case_on(actor.unit_id).await?
    };
    let (period, errors) = match q.resolve(today, first) {
        Ok(p) => (p, FieldErrors::default()),
        Err(e) => (Period::preset(Preset::ThisYear, today, first), e),
    };
    let unit = state.store.unit(actor.unit_id).await?;
    let data = gather(&state.store, unit, period).await?;
    let other_names: Vec<String> = others.iter().map(|u| u.name.clone()).collect();
    let (all, names, links) = if side {
        let (all, names) = compare::gather_side_by_side(&state, &data, others, period, &c.t).await?;
        (all, names, false)
    } else {
        let lists = state.store.lists(actor.unit_id).await?;
        let links = actor.role.works_cases();
        (sheets(&data, &lists, &c.t, links), vec![data.unit.name.clone()], links)
    };
    let current = match period.preset {
        Some(p) => p.code(),
        None => "custom",
    };
    let mut periods: Vec<Opt> = Preset::ALL
        .iter()
        .map(|p| Opt {
            value: p.code().to_owned(),
            label: c.t.get(format!("report-preset-{}", p.code())),
            selected: current == p.code(),
        })
        .collect();
    periods.push(Opt { value: "custom".into(), label: c.t.get("report-preset-custom"), selected: current == "custom" });
    let period_query = format!("period={current}&from={}&to={}", period.from, period.to);
    let export_query = if side { format!("{period_query}&units=all") } else { period_query.clone() };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ReportPage {
        q: if errors.is_empty() {
            PeriodQuery {
                period: current.into(),
                from: period.from.format("%Y-%m").to_string(),
                to: period.to.format("%Y-%m").to_string(),
                units: q.units.clone(),
            }
        } else {
            q
        },
        errors,
        periods,
        unit: names.join(" · "),
        own_unit: data.unit.name.clone(),
        other_units: other_names,
        side,
        period_text: period_text(&c, &period),
        previous_text: data.previous.map(|p| period_text(&c, &p)).unwrap_or_default(),
        threshold: data.threshold,
        links,
        sections: views(&all, &c, data.threshold),
        period_query,
        export_query,
        c,
    };
    Ok((status, page).into_response())
}
