//! Import and export of the whole directory as HSDS. The import takes HSDS JSON (objects, arrays,
//! pages, the `tabular.json` shape) or the tabular package zipped; a dry run reports every problem
//! by record and field and saves nothing; a real run saves everything in one transaction or nothing,
//! by id (the same file twice changes nothing). Exports give the package zipped (`datapackage.json`
//! and a CSV per object) or as JSON in the `tabular.json` shape. Imports and exports are audited.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_hsds::file::{Form, read, zip_package};
use lotsen_hsds::{Problem, Severity};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::audit_log::by;
use crate::auth::{AdminOf, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::pages::Chrome;
use crate::state::AppState;
use crate::upload::Upload;

/// Per object: how many records the file holds and what a real run does with them.
pub struct Tally {
    pub object: &'static str,
    pub records: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

pub struct Outcome {
    pub file_name: String,
    pub form: &'static str,
    pub dry_run: bool,
    pub saved: bool,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
    pub tallies: Vec<Tally>,
}

impl Outcome {
    /// The errors, then the warnings, each with the caption of its table.
    pub fn lists(&self) -> [(&'static str, &Vec<Problem>); 2] {
        [("directory-errors-caption", &self.errors), ("directory-warnings-caption", &self.warnings)]
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/import.html")]
pub struct ImportPage {
    c: Chrome,
    file_error: Option<&'static str>,
    result: Option<Outcome>,
}

/// `GET /directory/import`
pub async fn show(c: Chrome, AdminOf(_): AdminOf) -> ImportPage {
    ImportPage { c, file_error: None, result: None }
}

/// `POST /directory/import`
pub async fn run(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    multipart: Multipart,
) -> AppResult<Response> {
    let mut upload = Upload::read(multipart).await;
    let dry_run = upload.dry_run;
    let (file_name, bytes) = match upload.take_file() {
        Ok(f) => f,
        Err(e) => {
            return Ok(
                (StatusCode::UNPROCESSABLE_ENTITY, ImportPage { c, file_error: Some(e), result: None }).into_response()
            );
        }
    };
    let digest = hex::encode(Sha256::digest(&bytes));
    let (form, flat) = crate::upload::parse_off_thread(move || read(&bytes)).await?;
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        flat.problems.iter().cloned().partition(|p| p.severity == Severity::Error);
    let mut tallies: Vec<Tally> = lotsen_hsds::spec::OBJECTS
        .iter()
        .map(|o| Tally {
            object: o.name,
            records: flat.rows.iter().filter(|r| r.obj.name == o.name).count(),
            created: 0,
            updated: 0,
            unchanged: 0,
        })
        .filter(|t| t.records > 0)
        .collect();
    let mut saved = false;
    let mut errors = errors;
    if errors.is_empty() && !flat.rows.is_empty() {
        let tx = state.store.begin().await?;
        for t in &mut tallies {
            for r in flat.rows.iter().filter(|r| r.obj.name == t.object) {
                // Each row on its own, so every entry of another unit is named, not only the first.
                match tx.put_directory_rows(admin.unit_id, std::slice::from_ref(r)).await {
                    Ok(n) => {
                        (t.created, t.updated, t.unchanged) =
                            (t.created + n.created, t.updated + n.updated, t.unchanged + n.unchanged)
                    }
                    Err(lotsen_store::StoreError::NotOwned { object, id }) => errors.push(not_owned(object, id)),
                    Err(e) => return Err(e.into()),
                }
            }
        }
        if dry_run || !errors.is_empty() {
            // Counted inside the transaction, then rolled back: the dry run says exactly what a
            // real run would do.
            drop(tx);
        } else {
            let counts: Map<String, Value> = tallies
                .iter()
                .map(|t| {
                    (t.object.to_owned(), json!({"created": t.created, "updated": t.updated, "unchanged": t.unchanged}))
                })
                .collect();
            let detail = json!({
                "file": file_name,
                "sha256": digest,
                "form": form.code(),
                "counts": counts,
            });
            tx.audit(by(&admin, &ip, AuditAction::DirectoryImport, "unit", admin.unit_id, detail)).await?;
            tx.commit().await?;
            saved = true;
        }
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let result = Outcome { file_name, form: form_label(form), dry_run, saved, errors, warnings, tallies };
    Ok((status, ImportPage { c, file_error: None, result: Some(result) }).into_response())
}

/// A record that would change an entry another unit maintains.
fn not_owned(object: &'static str, id: String) -> Problem {
    Problem {
        severity: Severity::Error,
        object,
        pointer: String::new(),
        field: "id".into(),
        message: format!(
            "{object} {id} is kept by another unit: only its staff may change it. Leave it out of the file, or keep it as it is"
        ),
        id: Some(id),
    }
}

fn form_label(f: Form) -> &'static str {
    match f {
        Form::Json => "directory-form-json",
        Form::TabularJson => "directory-form-tabular-json",
        Form::CsvZip => "directory-form-csv-zip",
    }
}

/// `GET /directory/export.zip` and `/directory/export.json`: every record of the directory.
pub async fn export(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> AppResult<Response> {
    // Everything but other units' internal entries and what hangs on them.
    let flags = state.store.directory_flags().await?;
    let rows: Vec<_> = state
        .store
        .directory_rows()
        .await?
        .into_iter()
        .filter(|r| super::cache::shown(r, |id| flags.seen_by(actor.unit_id, id)))
        .collect();
    let (bytes, mime) = match file.as_str() {
        "export.zip" => {
            let zip = zip_package(&rows, "lotsen-directory", "Hitta stöd").map_err(|e| AppError::Internal(e.into()))?;
            (zip, "application/zip")
        }
        "export.json" => {
            let v = lotsen_hsds::tabular::write_json(&rows);
            (serde_json::to_vec_pretty(&v).map_err(|e| AppError::Internal(e.into()))?, "application/json")
        }
        _ => return Err(AppError::NotFound),
    };
    let detail = json!({ "file": file, "records": rows.len() });
    state.store.audit(by(&actor, &ip, AuditAction::DirectoryExport, "unit", actor.unit_id, detail)).await?;
    let name = format!("hitta-stod-hsds-{}.{}", state.clock.today(), file.trim_start_matches("export."));
    Ok(([(CONTENT_TYPE, mime.to_owned()), (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))], bytes)
        .into_response())
}
