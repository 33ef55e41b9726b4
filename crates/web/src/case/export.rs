//! The case list as a file: every case the filters find (not only the page shown), in CSV or
//! XLSX, for the caller's unit only. Read a page at a time, so a large unit's export does not hold
//! the table; audited with the filters and the number of cases.
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::locale::Locale;
use lotsen_store::CaseRow;
use rust_xlsxwriter::{Format, Workbook};
use serde_json::json;

use super::list::{Known, ListQuery, behind_figure, filter_of};
use crate::audit_log::by;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, label};
use crate::i18n::Tr;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name;

/// The most cases one export holds; a larger selection is narrowed with the filters first.
pub const MAX_ROWS: usize = 100_000;
/// Cases read per query.
const BATCH: u64 = 1_000;

/// The columns, by their label keys.
const COLUMNS: [&str; 15] = [
    "field-case",
    "field-external-id",
    "field-first-contact-on",
    "field-channel",
    "field-age-group",
    "field-category",
    "field-returning",
    "field-returning-reason",
    "field-referring-org",
    "figure-contacts",
    "figure-minutes",
    "field-coordinator",
    "field-next-follow-up",
    "field-status",
    "field-closed-on",
];

fn cells(r: &CaseRow, k: &Known, t: &Tr) -> [String; 15] {
    let l = t.locale;
    let c = &r.case;
    let yes_no = |b: bool| t.get(if b { "yes" } else { "no" });
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        c.id.to_string(),
        c.external_id.clone().unwrap_or_default(),
        c.first_contact_on.to_string(),
        label(&k.lists, c.channel_id, l),
        label(&k.lists, c.age_group_id, l),
        label(&k.lists, c.main_category_id, l),
        yes_no(c.returning),
        c.returning_reason.map(|r| t.get(format!("returning-reason-{}", r.as_str()))).unwrap_or_default(),
        c.referring_org.clone().unwrap_or_default(),
        r.contacts.to_string(),
        r.minutes.to_string(),
        user_name(&k.users, c.coordinator_id),
        day(r.next_follow_up),
        t.get(if c.status == CaseStatus::Closed { "case-status-closed" } else { "case-status-open" }),
        day(c.closed_on),
    ]
}

/// A spreadsheet cell that a reader would take for a formula is written as text.
fn safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn csv_bytes(rows: &[CaseRow], k: &Known, t: &Tr) -> anyhow::Result<Vec<u8>> {
    // A byte order mark, so that spreadsheet programs read the file as UTF-8.
    let mut w = csv::WriterBuilder::new().from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(COLUMNS.iter().map(|c| t.get(*c)))?;
    for r in rows {
        w.write_record(cells(r, k, t).iter().map(|s| safe(s)))?;
    }
    Ok(w.into_inner()?)
}

fn xlsx_bytes(rows: &[CaseRow], k: &Known, t: &Tr) -> anyhow::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(t.get("cases-title"))?;
    ws.set_right_to_left(t.locale == Locale::Ar);
    for (x, c) in COLUMNS.iter().enumerate() {
        let x = u16::try_from(x).unwrap_or(0);
        ws.write_string_with_format(0, x, t.get(*c), &bold)?;
        ws.set_column_width(x, 16)?;
    }
    for (y, r) in rows.iter().enumerate() {
        let y = u32::try_from(y + 1).unwrap_or(u32::MAX);
        for (x, v) in cells(r, k, t).iter().enumerate() {
            let x = u16::try_from(x).unwrap_or(0);
            // Case number, contacts and minutes as numbers; the rest as text.
            match (x, v.parse::<f64>()) {
                (0 | 9 | 10, Ok(n)) => ws.write_number(y, x, n)?,
                _ => ws.write_string(y, x, v)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(wb.save_to_buffer()?)
}

/// `GET /cases/export/{format}` (`csv` or `xlsx`) with the list's own query.
pub async fn export(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(format): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let (ext, mime) = match format.as_str() {
        "csv" => ("csv", "text/csv; charset=utf-8"),
        "xlsx" => ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        _ => return Err(AppError::NotFound),
    };
    let known = Known::of(&state, actor.unit_id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let mut filter = filter_of(&q, &actor, &known, today, &mut e);
    behind_figure(&q, &mut filter, &known.lists, &c.t, today, &mut e);
    if !e.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, c.t.get("cases-export-bad-filter")).into_response());
    }
    let mut rows: Vec<CaseRow> = Vec::new();
    loop {
        let page = state.store.cases(&filter, BATCH).await?;
        rows.extend(page.rows);
        if rows.len() > MAX_ROWS {
            let msg = c.t.args("cases-export-too-many", &[("max", MAX_ROWS.to_string())]);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, msg).into_response());
        }
        match page.next_after {
            Some(a) => filter.after_id = Some(a),
            None => break,
        }
    }
    let tx = state.store.begin().await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::CaseExport,
        "unit",
        actor.unit_id,
        json!({ "format": ext, "cases": rows.len(), "filters": q.query_string() }),
    ))
    .await?;
    tx.commit().await?;
    let body = if ext == "csv" { csv_bytes(&rows, &known, &c.t) } else { xlsx_bytes(&rows, &known, &c.t) }
        .map_err(AppError::Internal)?;
    let name = format!("arenden-{today}.{ext}");
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}
