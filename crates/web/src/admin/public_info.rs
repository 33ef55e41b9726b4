//! The unit's public information, written by its admin: its own words to residents in Swedish,
//! English and Arabic, how to reach it, the controller and data protection officer for the
//! privacy notice, and the accessibility review for the accessibility statement.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UnitId;
use lotsen_domain::public_page::{PublicDraft, PublicInfo};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::AdminOf;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

/// The form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PublicForm {
    about_sv: String,
    about_en: String,
    about_ar: String,
    phone: String,
    email: String,
    address: String,
    controller: String,
    dpo: String,
    accessibility_contact: String,
    accessibility_issues: String,
    reviewed_on: String,
}

impl PublicForm {
    fn of(p: &PublicInfo) -> Self {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        Self {
            about_sv: s(&p.about_sv),
            about_en: s(&p.about_en),
            about_ar: s(&p.about_ar),
            phone: s(&p.phone),
            email: s(&p.email),
            address: s(&p.address),
            controller: s(&p.controller),
            dpo: s(&p.dpo),
            accessibility_contact: s(&p.accessibility_contact),
            accessibility_issues: s(&p.accessibility_issues),
            reviewed_on: p.reviewed_on.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    fn draft(&self) -> PublicDraft<'_> {
        PublicDraft {
            about_sv: &self.about_sv,
            about_en: &self.about_en,
            about_ar: &self.about_ar,
            phone: &self.phone,
            email: &self.email,
            address: &self.address,
            controller: &self.controller,
            dpo: &self.dpo,
            accessibility_contact: &self.accessibility_contact,
            accessibility_issues: &self.accessibility_issues,
            reviewed_on: &self.reviewed_on,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/public.html")]
pub struct PublicPage {
    c: Chrome,
    unit_id: UnitId,
    f: PublicForm,
    errors: FieldErrors,
    saved: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    done: Option<String>,
}

/// `GET /admin/unit/public`.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Query(d): Query<Done>,
) -> AppResult<PublicPage> {
    let p = state.store.unit_public(admin.unit_id).await?;
    let saved = d.done.as_deref() == Some("saved");
    Ok(PublicPage { c, unit_id: admin.unit_id, f: PublicForm::of(&p), errors: FieldErrors::default(), saved })
}

/// `POST /admin/unit/public`: all fields at once; a refused form keeps what was typed.
pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(f): Form<PublicForm>,
) -> AppResult<Response> {
    let p = match PublicInfo::parse(&f.draft(), state.clock.today()) {
        Ok(p) => p,
        Err(errs) => {
            let mut errors = FieldErrors::default();
            for (field, e) in errs {
                errors.add(field, e.message_id);
            }
            let page = PublicPage { c, unit_id: admin.unit_id, f, errors, saved: false };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    tx.set_unit_public(admin.unit_id, &p).await?;
    let given = |v: &Option<String>| v.is_some();
    let detail = json!({
        "about": [given(&p.about_sv), given(&p.about_en), given(&p.about_ar)],
        "controller": p.controller,
        "reviewed_on": p.reviewed_on,
    });
    tx.audit(by(&admin, &ip, AuditAction::UnitPublic, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit/public?done=saved").into_response())
}
