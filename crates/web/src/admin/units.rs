//! An installation holds several units. An admin can start a new unit together with its first
//! admin, who from then on manages that unit alone.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::account::{DisplayName, NewPassword, Username};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewUser, StoreError, UnitRecord};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::{AdminOf, hash_password};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct NewUnitForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    admin_username: String,
    #[serde(default)]
    admin_display_name: String,
    #[serde(default)]
    admin_password: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/units.html")]
pub struct UnitsPage {
    c: Chrome,
    units: Vec<UnitRecord>,
    form: NewUnitForm,
    errors: FieldErrors,
    created: bool,
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(_): AdminOf,
    Query(d): Query<Done>,
) -> AppResult<UnitsPage> {
    let units = state.store.units().await?;
    Ok(UnitsPage { c, units, form: NewUnitForm::default(), errors: FieldErrors::default(), created: d.done.is_some() })
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(form): Form<NewUnitForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let name = errors.check("name", UnitName::parse(&form.name));
    let username = errors.check("admin_username", Username::parse(&form.admin_username));
    let display = errors.check("admin_display_name", DisplayName::parse(&form.admin_display_name));
    let password = errors.check("admin_password", NewPassword::parse(&form.admin_password));
    let again = |c, form: NewUnitForm, errors, units| {
        let form = NewUnitForm { admin_password: String::new(), ..form };
        (StatusCode::UNPROCESSABLE_ENTITY, UnitsPage { c, units, form, errors, created: false }).into_response()
    };
    let (Some(name), Some(username), Some(display), Some(password)) = (name, username, display, password) else {
        return Ok(again(c, form, errors, state.store.units().await?));
    };
    let hash = hash_password(password.expose().to_owned()).await?;
    let tx = state.store.begin().await?;
    let unit = tx.create_unit(&name).await?;
    let first = tx
        .create_user(NewUser {
            unit_id: unit.id,
            username: &username,
            display_name: &display,
            role: Role::Admin,
            password_hash: hash,
        })
        .await;
    let first = match first {
        Ok(u) => u,
        Err(StoreError::Conflict(_)) => {
            drop(tx);
            errors.add("admin_username", "error-username-taken");
            return Ok(again(c, form, errors, state.store.units().await?));
        }
        Err(e) => return Err(e.into()),
    };
    tx.audit(by(
        &admin,
        &ip,
        AuditAction::UnitCreate,
        "unit",
        unit.id,
        json!({ "name": unit.name, "first_admin": first.username }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/units?done=created").into_response())
}
