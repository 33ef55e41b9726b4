//! Readers of the unit's effect report from other units: the unit's admin lets a manager or an
//! analyst of another unit read this unit's figures (never its cases), so a manager of several
//! units sees them side by side. Every grant and withdrawal is audited.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UserId;
use lotsen_domain::role::Role;
use lotsen_store::ReaderRecord;
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::AdminOf;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::i18n::local_date;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

pub struct ReaderView {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub home_unit: String,
    pub granted_on: String,
    pub disabled: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/readers.html")]
pub struct ReadersPage {
    c: Chrome,
    readers: Vec<ReaderView>,
    username: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

fn views(readers: Vec<ReaderRecord>) -> Vec<ReaderView> {
    readers
        .into_iter()
        .map(|r| ReaderView {
            id: r.user.id,
            username: r.user.username,
            display_name: r.user.display_name,
            role: r.user.role,
            home_unit: r.home_unit,
            granted_on: local_date(r.granted_at),
            disabled: r.user.disabled,
        })
        .collect()
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /admin/unit/readers`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Query(d): Query<Done>,
) -> AppResult<ReadersPage> {
    let readers = views(state.store.report_readers(admin.unit_id).await?);
    let notice = match d.done.as_deref() {
        Some("added") => Some("admin-readers-added"),
        Some("removed") => Some("admin-readers-removed"),
        _ => None,
    };
    Ok(ReadersPage { c, readers, username: String::new(), errors: FieldErrors::default(), notice })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AddForm {
    username: String,
}

/// `POST /admin/unit/readers`: lets a manager or analyst of another unit read this unit's report.
pub async fn add(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(f): Form<AddForm>,
) -> AppResult<Response> {
    let name = f.username.trim().to_lowercase();
    let found = if name.is_empty() { None } else { state.store.user_for_login(&name).await?.map(|(u, _)| u) };
    let problem = match &found {
        _ if name.is_empty() => Some("error-required"),
        None => Some("error-reader-unknown"),
        Some(u) if u.unit_id == admin.unit_id => Some("error-reader-own-unit"),
        Some(u) if !u.role.may_read_other_units() => Some("error-reader-role"),
        Some(u) if u.disabled => Some("error-reader-disabled"),
        Some(_) => None,
    };
    let Some(user) = found.filter(|_| problem.is_none()) else {
        let mut errors = FieldErrors::default();
        errors.add("username", problem.unwrap_or("error-reader-unknown"));
        let readers = views(state.store.report_readers(admin.unit_id).await?);
        let page = ReadersPage { c, readers, username: f.username, errors, notice: None };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let tx = state.store.begin().await?;
    if tx.add_report_reader(admin.unit_id, user.id, admin.user_id).await? {
        let detail = json!({ "reader": user.id, "reader_unit": user.unit_id });
        tx.audit(by(&admin, &ip, AuditAction::ReportReaderAdd, "unit", admin.unit_id, detail)).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit/readers?done=added").into_response())
}

/// `POST /admin/unit/readers/{id}/remove`
pub async fn remove(
    State(state): State<AppState>,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Id(user_id): Id<UserId>,
) -> AppResult<Response> {
    let tx = state.store.begin().await?;
    if !tx.remove_report_reader(admin.unit_id, user_id).await? {
        return Err(AppError::NotFound);
    }
    let detail = json!({ "reader": user_id });
    tx.audit(by(&admin, &ip, AuditAction::ReportReaderRemove, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit/readers?done=removed").into_response())
}
