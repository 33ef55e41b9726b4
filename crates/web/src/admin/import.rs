//! Importing past statistics (CSV or XLSX): a dry run reports every problem by row and column; a
//! real run saves all rows in one transaction, or none. Rows whose id was imported before are
//! skipped, so importing the same file twice adds nothing.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{UnitId, UserId};
use std::collections::HashSet;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::audit_log::by;
use crate::auth::AdminOf;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::Opt;
use lotsen_app::import::{Problem, parse};

use crate::pages::Chrome;
use crate::state::AppState;
use crate::upload::{Upload, read_upload};

/// The example file from docs/import.md, offered for download.
pub const EXAMPLE: &str = include_str!("../../../../docs/import-example.csv");

#[derive(Template, WebTemplate)]
#[template(path = "admin/import.html")]
pub struct ImportPage {
    c: Chrome,
    coordinators: Vec<Opt>,
    file_error: Option<&'static str>,
    coordinator_error: bool,
    /// After a run: the file's name, whether it was a dry run, what was found.
    result: Option<ImportResult>,
}

pub struct ImportResult {
    pub file_name: String,
    pub dry_run: bool,
    pub ready: usize,
    pub already: usize,
    pub problems: Vec<Problem>,
    pub saved: bool,
}

async fn coordinators(state: &AppState, unit_id: UnitId, current: &str) -> AppResult<Vec<Opt>> {
    Ok(state
        .store
        .users(Some(unit_id))
        .await?
        .into_iter()
        .filter(|u| u.role.works_cases() && !u.disabled)
        .map(|u| Opt { value: u.id.to_string(), label: u.display_name, selected: u.id.to_string() == current })
        .collect())
}

pub async fn show(State(state): State<AppState>, c: Chrome, AdminOf(admin): AdminOf) -> AppResult<ImportPage> {
    let coordinators = coordinators(&state, admin.unit_id, "").await?;
    Ok(ImportPage { c, coordinators, file_error: None, coordinator_error: false, result: None })
}

pub async fn example(AdminOf(_): AdminOf) -> Response {
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"lotsen-import-example.csv\""),
        ],
        EXAMPLE,
    )
        .into_response()
}

pub async fn run(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    multipart: Multipart,
) -> AppResult<Response> {
    let mut upload = Upload::read(multipart).await;
    let dry_run = upload.dry_run;
    let coordinator = upload.field("coordinator").to_owned();
    let file = upload.take_file();
    let options = coordinators(&state, admin.unit_id, coordinator.trim()).await?;
    let coordinator_id =
        coordinator.trim().parse::<UserId>().ok().filter(|id| options.iter().any(|o| o.value == id.to_string()));
    let file_error = file.as_ref().err().copied();
    let (Ok((file_name, bytes)), Some(coordinator_id)) = (file, coordinator_id) else {
        let page = ImportPage {
            c,
            coordinators: options,
            file_error,
            coordinator_error: coordinator_id.is_none(),
            result: None,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let table = match read_upload(file_name.clone(), bytes).await? {
        Ok(t) => t,
        Err(msg) => {
            let page =
                ImportPage { c, coordinators: options, file_error: Some(msg), coordinator_error: false, result: None };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let lists = state.store.lists(admin.unit_id).await?;
    let existing: HashSet<String> = state.store.external_ids(admin.unit_id).await?;
    let parsed = parse(&table, &lists, admin.unit_id, coordinator_id, state.clock.today(), &existing);
    let ok = parsed.problems.is_empty();
    let mut result = ImportResult {
        file_name: file_name.clone(),
        dry_run,
        ready: parsed.cases.len(),
        already: parsed.already,
        problems: parsed.problems,
        saved: false,
    };
    if ok && !dry_run && !parsed.cases.is_empty() {
        let tx = state.store.begin().await?;
        let mut first_id = None;
        for row in parsed.cases {
            let case = tx.create_case(row.case).await?;
            first_id.get_or_insert(case.id);
            tx.add_contacts(&case, row.contacts).await?;
            if let Some(r) = row.referral {
                tx.add_referral(&case, r).await?;
            }
            if let Some((on, outcome)) = row.closed {
                tx.close_case(&case, on, outcome).await?;
            }
        }
        if let Some(first) = first_id {
            tx.refresh_summaries(admin.unit_id, first).await?;
        }
        tx.audit(by(
            &admin,
            &ip,
            AuditAction::CaseImport,
            "unit",
            admin.unit_id,
            json!({ "file": file_name, "cases": result.ready, "skipped_already_imported": result.already }),
        ))
        .await?;
        tx.commit().await?;
        result.saved = true;
    }
    let status = if ok { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page =
        ImportPage { c, coordinators: options, file_error: None, coordinator_error: false, result: Some(result) };
    Ok((status, page).into_response())
}
