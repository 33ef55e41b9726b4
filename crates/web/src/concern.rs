//! School concern reports ("orosanmälningar"): a manager enters each month's counts by outcome,
//! or reads them from a spreadsheet, and sees the year as a table with totals.
use lotsen_domain::audit_action::AuditAction;
use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::Datelike;
use lotsen_domain::concern::{MonthRow, Outcome, Problem, parse_count, parse_table};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::ManagerOf;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::upload::{Upload, read_upload};

/// An example file for the import, in Swedish like the form.
const EXAMPLE: &str = "Månad,Ledde inte till utredning,Ledde till utredning,Kopplad till pågående utredning\n\
2023-01,38,25,23\n2023-02,49,34,19\n2023-03,50,51,23\n2023-04,52,27,10\n2023-05,55,43,24\n2023-06,22,13,5\n";

fn field(month: u32, o: Outcome) -> String {
    format!("m{month}_{}", o.code())
}

pub struct Cell {
    pub field: String,
    pub label: String,
    pub value: String,
    pub error: Option<&'static str>,
}

pub struct MonthEdit {
    pub name: String,
    pub cells: Vec<Cell>,
}

pub struct TableRow {
    pub label: String,
    pub counts: Vec<String>,
    pub total: String,
}

pub struct ImportResult {
    pub dry_run: bool,
    pub months: usize,
    pub problems: Vec<Problem>,
    pub saved: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "concern/year.html")]
pub struct YearPage {
    c: Chrome,
    year: i32,
    months: Vec<String>,
    table: Vec<TableRow>,
    edit: Vec<MonthEdit>,
    /// The summary lines: (field, label, message).
    problems: Vec<(String, String, &'static str)>,
    import: Option<ImportResult>,
    import_error: Option<&'static str>,
    done: &'static str,
}

fn month_name(c: &Chrome, m: u32) -> String {
    c.t.get(format!("month-{m}"))
}

fn outcome_label(c: &Chrome, o: Outcome) -> String {
    c.t.of("concern-outcome", o.code())
}

/// The page for `year`, with `given` as the form's values (what was stored, or what was sent).
fn year_page(
    c: Chrome,
    year: i32,
    stored: &BTreeMap<(u32, Outcome), u32>,
    given: Option<&BTreeMap<String, String>>,
    errors: FieldErrors,
) -> YearPage {
    let months: Vec<String> = (1..=12).map(|m| month_name(&c, m)).collect();
    let mut table = Vec::new();
    let mut month_totals = [None::<u64>; 12];
    for o in Outcome::ALL {
        let counts: Vec<Option<u32>> = (1..=12).map(|m| stored.get(&(m, o)).copied()).collect();
        for (i, n) in counts.iter().enumerate() {
            if let Some(n) = n {
                month_totals[i] = Some(month_totals[i].unwrap_or(0) + u64::from(*n));
            }
        }
        let total: u64 = counts.iter().flatten().map(|n| u64::from(*n)).sum();
        table.push(TableRow {
            label: outcome_label(&c, o),
            counts: counts.iter().map(|n| n.map_or_else(|| "–".to_owned(), |n| n.to_string())).collect(),
            total: total.to_string(),
        });
    }
    table.push(TableRow {
        label: c.t.get("concern-total"),
        counts: month_totals.iter().map(|n| n.map_or_else(|| "–".to_owned(), |n| n.to_string())).collect(),
        total: month_totals.iter().flatten().sum::<u64>().to_string(),
    });
    let mut problems = Vec::new();
    let edit = (1..=12)
        .map(|m| MonthEdit {
            name: month_name(&c, m),
            cells: Outcome::ALL
                .into_iter()
                .map(|o| {
                    let f = field(m, o);
                    let label = format!("{} – {}", month_name(&c, m), outcome_label(&c, o));
                    let value = match given {
                        Some(g) => g.get(&f).cloned().unwrap_or_default(),
                        None => stored.get(&(m, o)).map(|n| n.to_string()).unwrap_or_default(),
                    };
                    let error = errors.get(&f);
                    if let Some(e) = error {
                        problems.push((f.clone(), label.clone(), e));
                    }
                    Cell { field: f, label, value, error }
                })
                .collect(),
        })
        .collect();
    YearPage { c, year, months, table, edit, problems, import: None, import_error: None, done: "" }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct YearQuery {
    year: String,
    done: Option<String>,
}

fn year_of(raw: &str, this_year: i32) -> i32 {
    raw.trim().parse::<i32>().ok().filter(|y| (2000..=2100).contains(y)).unwrap_or(this_year)
}

/// `/concern-reports?year=2023`: the year's table and the form to enter it.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    Query(q): Query<YearQuery>,
) -> AppResult<YearPage> {
    let year = year_of(&q.year, state.clock.today().year());
    let stored = state.store.concern_reports(actor.unit_id, year).await?;
    let mut page = year_page(c, year, &stored, None, FieldErrors::default());
    page.done = match q.done.as_deref() {
        Some("saved") => "concern-saved",
        _ => "",
    };
    Ok(page)
}

/// Saves the year's form: every count is checked, and nothing is saved unless all are right.
pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let mut given: BTreeMap<String, String> = fields.into_iter().collect();
    // The form says which year it is for; a year that is not one is refused, never guessed.
    let Some(year) = given.get("year").and_then(|y| y.trim().parse::<i32>().ok()).filter(|y| (2000..=2100).contains(y))
    else {
        let year = state.clock.today().year();
        let stored = state.store.concern_reports(actor.unit_id, year).await?;
        let mut page = year_page(c, year, &stored, None, FieldErrors::default());
        page.done = "error-concern-year";
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    // A cell the form did not send stays as it is; only a cell sent empty is cleared.
    let stored = state.store.concern_reports(actor.unit_id, year).await?;
    for m in 1..=12 {
        for o in Outcome::ALL {
            if let Some(n) = stored.get(&(m, o)) {
                given.entry(field(m, o)).or_insert_with(|| n.to_string());
            }
        }
    }
    let mut errors = FieldErrors::default();
    let mut rows = Vec::new();
    for m in 1..=12 {
        let mut counts = [None; 3];
        for (k, o) in Outcome::ALL.into_iter().enumerate() {
            let f = field(m, o);
            match parse_count(given.get(&f).map(String::as_str).unwrap_or("")) {
                Ok(n) => counts[k] = n,
                Err(e) => errors.add_owned(f, e.message_id),
            }
        }
        rows.push(MonthRow { year, month: m, counts });
    }
    if !errors.is_empty() {
        let page = year_page(c, year, &stored, Some(&given), errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let tx = state.store.begin().await?;
    for r in &rows {
        tx.set_concern_month(actor.unit_id, r, actor.user_id).await?;
    }
    let entered = rows.iter().filter(|r| r.counts.iter().any(Option::is_some)).count();
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::ConcernUpdate,
        "unit",
        actor.unit_id,
        json!({ "year": year, "months": entered }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/concern-reports?year={year}&done=saved")).into_response())
}

/// Reads months from a CSV or XLSX file; a dry run only reports. All or nothing.
pub async fn import(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    multipart: Multipart,
) -> AppResult<Response> {
    let mut upload = Upload::read(multipart).await;
    let dry_run = upload.dry_run;
    let year = upload.field("year").to_owned();
    let year = year_of(&year, state.clock.today().year());
    let refuse = |page: YearPage| Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    let stored = state.store.concern_reports(actor.unit_id, year).await?;
    let table = match upload.take_file() {
        Ok((name, bytes)) => read_upload(name, bytes).await?,
        Err(e) => Err(e),
    };
    let table = match table {
        Ok(t) => t,
        Err(msg) => {
            let mut page = year_page(c, year, &stored, None, FieldErrors::default());
            page.import_error = Some(msg);
            return refuse(page);
        }
    };
    let (rows, problems) = match parse_table(&table) {
        Ok(rows) => (rows, Vec::new()),
        Err(p) => (Vec::new(), p),
    };
    let saved = problems.is_empty() && !dry_run;
    if saved {
        let tx = state.store.begin().await?;
        for r in &rows {
            tx.set_concern_month(actor.unit_id, r, actor.user_id).await?;
        }
        tx.audit(by(&actor, &ip, AuditAction::ConcernImport, "unit", actor.unit_id, json!({ "months": rows.len() })))
            .await?;
        tx.commit().await?;
    }
    // Show the year the file was about, as it now stands.
    let shown = rows.first().map_or(year, |r| r.year);
    let stored = state.store.concern_reports(actor.unit_id, shown).await?;
    let ok = problems.is_empty();
    let mut page = year_page(c, shown, &stored, None, FieldErrors::default());
    page.import = Some(ImportResult { dry_run, months: rows.len(), problems, saved });
    let status = if ok { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, page).into_response())
}

pub async fn example(ManagerOf(_): ManagerOf) -> Response {
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"orosanmalningar-exempel.csv\""),
        ],
        EXAMPLE,
    )
        .into_response()
}
