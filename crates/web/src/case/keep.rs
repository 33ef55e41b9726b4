//! A documented case flagged "never cull" by a manager, with the reason (a paternity, adoption or
//! placement matter): retention keeps the whole record it belongs to. Setting and clearing the
//! flag are audited with the reason.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::CaseId;
use lotsen_domain::records::retention::keep_reason;
use lotsen_store::CaseRecord;
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::{Actor, ManagerOf};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

/// What the case page says about the case's retention.
pub struct KeepView {
    /// The case is part of a documented record, which retention culls.
    pub documented: bool,
    pub reason: Option<String>,
    pub culled_on: Option<String>,
    /// The viewer may flag the case (a manager).
    pub may_flag: bool,
}

impl KeepView {
    pub fn of(case: &CaseRecord, actor: &Actor) -> Self {
        Self {
            documented: case.documented,
            reason: case.keep_reason.clone(),
            culled_on: case.culled_on.map(|d| d.to_string()),
            may_flag: actor.role.reviews_audit_log(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KeepForm {
    reason: String,
    clear: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/keep.html")]
pub struct KeepPage {
    c: Chrome,
    case_id: CaseId,
    v: KeepView,
    f: KeepForm,
    errors: FieldErrors,
    saved: bool,
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /cases/{id}/keep`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    Id(id): Id<CaseId>,
    Query(d): Query<Done>,
) -> AppResult<KeepPage> {
    let case = state.store.case(actor.unit_id, id).await?;
    let v = KeepView::of(&case, &actor);
    let f = KeepForm { reason: case.keep_reason.clone().unwrap_or_default(), clear: None };
    Ok(KeepPage { c, case_id: id, v, f, errors: FieldErrors::default(), saved: d.done.is_some() })
}

/// `POST /cases/{id}/keep`: flags the case with a reason, or clears the flag.
pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<KeepForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let checked = if !case.documented || case.culled_on.is_some() {
        Err(lotsen_domain::Invalid::new("error-keep-not-documented"))
    } else if f.clear.is_some() {
        Ok(None)
    } else {
        keep_reason(&f.reason).map(Some)
    };
    let reason = match checked {
        Ok(r) => r,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("reason", e.message_id);
            let v = KeepView::of(&case, &actor);
            let page = KeepPage { c, case_id: id, v, f, errors, saved: false };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    tx.set_case_keep(&case, reason.as_deref()).await?;
    let detail = json!({ "from": case.keep_reason, "to": reason });
    tx.audit(by(&actor, &ip, AuditAction::CaseKeep, "case", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}/keep?done=saved")).into_response())
}
