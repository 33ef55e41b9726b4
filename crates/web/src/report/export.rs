//! Exports of the report, from the same sheets as the page (small counts hidden the same way):
//! CSV files zipped (one per table), an XLSX workbook (one sheet per table, real number formats,
//! the inputs on their own sheet) and a PDF for the council paper. Every export is audited.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UnitId;
use std::io::{Cursor, Write};

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use lotsen_domain::locale::Locale;
use lotsen_domain::report::period::Period;
use lotsen_domain::spreadsheet::neutralise;
use rust_xlsxwriter::{Format, Workbook};
use serde_json::json;

use super::heading::heading;
use super::sheets::{Sheet, V, sheets};
use super::{Data, PeriodQuery, compare, gather};
use crate::audit_log::by;
use crate::auth::ReadsReport;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;

/// A cell as a CSV field: numbers plain (percent as a number of percent, "12.5"), hidden counts as
/// "<5", so a reader never mistakes a hidden count for an empty one.
fn csv_field(v: &V, threshold: i64) -> String {
    match v {
        V::Text(s) => neutralise(s).into_owned(),
        V::Int(n) | V::Money(n) => n.to_string(),
        V::Percent(n) => {
            if n % 10 == 0 {
                (n / 10).to_string()
            } else {
                format!("{}.{}", n / 10, (n % 10).abs())
            }
        }
        V::Hidden => format!("<{threshold}"),
        V::Empty => String::new(),
    }
}

/// One CSV file per table in a zip, with a README of what the files are.
pub fn csv_zip(data: &Data, all: &[Sheet], t: &Tr) -> anyhow::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut readme = String::new();
    for (k, v) in heading(data, t) {
        readme.push_str(&format!("{k}: {v}\n"));
    }
    readme.push('\n');
    readme.push_str(&super::suppression_text(data, t));
    readme.push_str("\n\n");
    for (i, s) in all.iter().enumerate() {
        let name = format!("{:02}-{}.csv", i + 1, s.id);
        readme.push_str(&format!("{name}: {}\n", s.title));
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        w.write_record(s.columns.iter().map(|c| neutralise(c).into_owned()))?;
        for r in &s.rows {
            w.write_record(r.cells.iter().map(|c| csv_field(c, data.threshold)))?;
        }
        let body = w.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?;
        zip.start_file(name, options)?;
        // A byte-order mark, so spreadsheet programs read the file as UTF-8.
        zip.write_all("\u{feff}".as_bytes())?;
        zip.write_all(&body)?;
    }
    zip.start_file("README.txt", options)?;
    zip.write_all(readme.as_bytes())?;
    Ok(zip.finish()?.into_inner())
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
fn sheet_name(title: &str, used: &mut Vec<String>) -> String {
    let clean: String = title.chars().filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\')).collect();
    let mut base: String = clean.trim().chars().take(28).collect();
    if base.is_empty() {
        base = "Blad".into();
    }
    let mut name = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
        name = format!("{base} {n}");
        n += 1;
    }
    used.push(name.clone());
    name
}

/// One sheet per table, numbers as numbers with the unit's formats, the inputs on their own sheet.
pub fn xlsx(data: &Data, all: &[Sheet], t: &Tr) -> anyhow::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let int = Format::new().set_num_format("#,##0");
    let money = Format::new().set_num_format("#,##0 \"kr\"");
    let percent = Format::new().set_num_format("0.0%");
    let wrap = Format::new().set_text_wrap();
    let rtl = t.locale == Locale::Ar;
    let mut used = Vec::new();
    {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&t.get("report-title"), &mut used))?;
        ws.set_right_to_left(rtl);
        ws.set_column_width(0, 28)?;
        ws.set_column_width(1, 40)?;
        ws.write_string_with_format(0, 0, t.get("report-title"), &bold)?;
        for (i, (k, v)) in heading(data, t).iter().enumerate() {
            let row = u32::try_from(i + 2).unwrap_or(u32::MAX);
            ws.write_string(row, 0, k)?;
            ws.write_string(row, 1, v)?;
        }
        let row = u32::try_from(heading(data, t).len() + 3).unwrap_or(u32::MAX);
        ws.write_string_with_format(row, 0, super::suppression_text(data, t), &wrap)?;
    }
    for s in all {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&s.title, &mut used))?;
        ws.set_right_to_left(rtl);
        ws.set_column_width(0, 40)?;
        for c in 1..s.columns.len() {
            ws.set_column_width(u16::try_from(c).unwrap_or(1), if s.id == "cost_and_savings" { 60 } else { 16 })?;
        }
        ws.write_string_with_format(0, 0, &s.title, &bold)?;
        for (c, col) in s.columns.iter().enumerate() {
            ws.write_string_with_format(2, u16::try_from(c).unwrap_or(0), col, &bold)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            let y = u32::try_from(r + 3).unwrap_or(u32::MAX);
            for (c, cell) in row.cells.iter().enumerate() {
                let x = u16::try_from(c).unwrap_or(0);
                match cell {
                    V::Text(s) if c == 0 && row.total => {
                        ws.write_string_with_format(y, x, s, &bold)?;
                    }
                    V::Text(s) => {
                        ws.write_string(y, x, s)?;
                    }
                    V::Int(n) => {
                        ws.write_number_with_format(y, x, *n as f64, &int)?;
                    }
                    V::Money(n) => {
                        ws.write_number_with_format(y, x, *n as f64, &money)?;
                    }
                    V::Percent(n) => {
                        ws.write_number_with_format(y, x, *n as f64 / 1000.0, &percent)?;
                    }
                    V::Hidden => {
                        ws.write_string(y, x, format!("<{}", data.threshold))?;
                    }
                    V::Empty => {}
                }
            }
        }
        if !s.note.is_empty() {
            let y = u32::try_from(s.rows.len() + 4).unwrap_or(u32::MAX);
            ws.write_string(y, 0, &s.note)?;
        }
        ws.set_freeze_panes(3, 0)?;
    }
    Ok(wb.save_to_buffer()?)
}

fn file_name(p: &Period, ext: &str) -> String {
    format!("effektrapport-{}-{}.{ext}", p.from, p.to)
}

/// `GET /report/export/{format}`: `csv` (a zip), `xlsx` or `pdf`, for the period asked for.
pub async fn export(
    State(state): State<AppState>,
    ReadsReport(actor): ReadsReport,
    ip: ClientIp,
    Path(format): Path<String>,
    Query(q): Query<PeriodQuery>,
    c: crate::pages::Chrome,
) -> AppResult<Response> {
    if !matches!(format.as_str(), "csv" | "xlsx" | "pdf") {
        return Err(AppError::NotFound);
    }
    let others = compare::others(&state, &actor).await?;
    let side = q.all_units() && !others.is_empty();
    let first = if side {
        compare::first_case(&state, actor.unit_id, &others).await?
    } else {
        state.store.first_case_on(actor.unit_id).await?
    };
    // A bad period is answered with the report page's own errors.
    let Ok(period) = q.resolve(state.clock.today(), first) else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, c.t.get("report-export-bad-period")).into_response());
    };
    let unit = state.store.unit(actor.unit_id).await?;
    let mut data = gather(&state.store, unit, period).await?;
    let t = c.t;
    let unit_ids: Vec<UnitId> = std::iter::once(actor.unit_id).chain(others.iter().map(|u| u.id)).collect();
    let all = if side {
        let (all, names) = compare::gather_side_by_side(&state, &data, others, period, &t).await?;
        data.unit.name = names.join(" · ");
        data.side_by_side = true;
        all
    } else {
        let lists = state.store.lists(actor.unit_id).await?;
        sheets(&data, &lists, &t, false)
    };
    let (bytes, mime, ext) = match format.as_str() {
        "csv" => (csv_zip(&data, &all, &t).map_err(AppError::Internal)?, "application/zip", "zip"),
        "xlsx" => (
            xlsx(&data, &all, &t).map_err(AppError::Internal)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        _ => {
            // Typesetting is CPU work: off the async threads.
            let pdf = tokio::task::spawn_blocking(move || super::pdf::render(&data, &all, &t))
                .await
                .map_err(|e| AppError::Internal(e.into()))?
                .map_err(AppError::Internal)?;
            (pdf, "application/pdf", "pdf")
        }
    };
    let mut detail = json!({ "format": format, "from": period.from, "to": period.to, "locale": t.locale.code() });
    if side {
        detail["units"] = json!(unit_ids);
    }
    // Audited in the reader's unit and in every unit whose figures it holds, so each unit's own
    // log review sees who took its figures away.
    let tx = state.store.begin().await?;
    for u in if side { &unit_ids[..] } else { &unit_ids[..1] } {
        let row = by(&actor, &ip, AuditAction::ReportExport, "unit", u, detail.clone());
        tx.audit(lotsen_store::NewAudit { unit_id: Some(*u), ..row }).await?;
    }
    tx.commit().await?;
    Ok((
        [
            (CONTENT_TYPE, mime.to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", file_name(&period, ext))),
        ],
        bytes,
    )
        .into_response())
}
