//! Staff accounts of the admin's own unit.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::account::{DisplayName, NewPassword, Username};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UserId;
use lotsen_domain::role::Role;
use lotsen_store::{NewUser, Scoped, StoreError, UserRecord};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashSet;

use crate::audit_log::by;
use crate::auth::{AdminOf, hash_password};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    c: Chrome,
    users: Vec<UserRecord>,
    /// Those whose second factor is on.
    two_factor: HashSet<UserId>,
    notice: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Notice {
    done: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Query(n): Query<Notice>,
) -> AppResult<UsersPage> {
    let users = state.store.users(Some(admin.unit_id)).await?;
    let two_factor = state.store.two_factor_users(admin.unit_id).await?;
    let notice =
        n.done.filter(|d| ["created", "saved", "disabled", "enabled", "password", "two-factor"].contains(&d.as_str()));
    Ok(UsersPage { c, users, two_factor, notice: notice.map(|d| format!("admin-users-done-{d}")) })
}

#[derive(Debug, Default, Deserialize)]
pub struct UserForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/user_new.html")]
pub struct NewUserPage {
    c: Chrome,
    form: UserForm,
    errors: FieldErrors,
    roles: [Role; 4],
}

pub async fn new_form(c: Chrome, AdminOf(_): AdminOf) -> NewUserPage {
    NewUserPage {
        c,
        form: UserForm { role: "coordinator".into(), ..Default::default() },
        errors: FieldErrors::default(),
        roles: Role::ALL,
    }
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(form): Form<UserForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let display_name = errors.check("display_name", DisplayName::parse(&form.display_name));
    let username = errors.check("username", Username::parse(&form.username));
    let role = errors.check("role", Role::parse(&form.role));
    let password = errors.check("password", NewPassword::parse(&form.password));
    let rerender = |c, form: UserForm, errors| {
        let form = UserForm { password: String::new(), ..form };
        (StatusCode::UNPROCESSABLE_ENTITY, NewUserPage { c, form, errors, roles: Role::ALL }).into_response()
    };
    let (Some(username), Some(display_name), Some(role), Some(password)) = (username, display_name, role, password)
    else {
        return Ok(rerender(c, form, errors));
    };
    let hash = hash_password(password.expose().to_owned()).await?;
    let tx = state.store.begin().await?;
    let user = match tx
        .create_user(NewUser {
            unit_id: admin.unit_id,
            username: &username,
            display_name: &display_name,
            role,
            password_hash: hash,
        })
        .await
    {
        Ok(u) => u,
        Err(StoreError::Conflict(_)) => {
            errors.add("username", "error-username-taken");
            return Ok(rerender(c, form, errors));
        }
        Err(e) => return Err(e.into()),
    };
    tx.audit(by(
        &admin,
        &ip,
        AuditAction::UserCreate,
        "user",
        user.id,
        json!({ "username": user.username, "role": role.as_str() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/users?done=created").into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/user_edit.html")]
pub struct EditUserPage {
    c: Chrome,
    user: UserRecord,
    display_name: String,
    role: String,
    errors: FieldErrors,
    roles: [Role; 4],
    is_self: bool,
    two_factor: bool,
}

async fn load(state: &AppState, admin: &crate::auth::Actor, id: UserId) -> AppResult<Scoped<UserRecord>> {
    Ok(state.store.unit_user(admin.unit_id, id).await?)
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Id(id): Id<UserId>,
) -> AppResult<EditUserPage> {
    let user = load(&state, &admin, id).await?;
    let two_factor = state.store.totp(user.id).await?.is_some_and(|t| t.confirmed);
    Ok(EditUserPage {
        c,
        two_factor,
        display_name: user.display_name.clone(),
        role: user.role.as_str().to_owned(),
        is_self: user.id == admin.user_id,
        user: user.into_inner(),
        errors: FieldErrors::default(),
        roles: Role::ALL,
    })
}

#[derive(Debug, Deserialize)]
pub struct EditForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
}

pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Id(id): Id<UserId>,
    Form(f): Form<EditForm>,
) -> AppResult<Response> {
    let user = load(&state, &admin, id).await?;
    let mut errors = FieldErrors::default();
    let display_name = errors.check("display_name", DisplayName::parse(&f.display_name));
    let role = errors.check("role", Role::parse(&f.role));
    if user.id == admin.user_id && role.is_some_and(|r| r != Role::Admin) {
        // An admin who demotes themselves could leave the unit with nobody to manage it.
        errors.add("role", "error-own-role");
    }
    let (Some(display_name), Some(role)) = (display_name, role) else {
        return edit_again(&state, c, user.into_inner(), f, errors, admin.user_id).await;
    };
    if !errors.is_empty() {
        return edit_again(&state, c, user.into_inner(), f, errors, admin.user_id).await;
    }
    let tx = state.store.begin().await?;
    tx.update_user(&user, &display_name, role).await?;
    // Made an admin: their sessions end, so the sign-in that admins must make (with a second
    // factor, where the rule is on) comes at once, not after up to twelve hours.
    if role == Role::Admin && user.role != Role::Admin {
        tx.end_user_sessions(user.id, None).await?;
    }
    tx.audit(by(
        &admin,
        &ip,
        AuditAction::UserUpdate,
        "user",
        id,
        json!({ "role": role.as_str(), "previous_role": user.role.as_str() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/users?done=saved").into_response())
}

async fn edit_again(
    state: &AppState,
    c: Chrome,
    user: UserRecord,
    f: EditForm,
    errors: FieldErrors,
    admin_id: UserId,
) -> AppResult<Response> {
    let is_self = user.id == admin_id;
    let two_factor = state.store.totp(user.id).await?.is_some_and(|t| t.confirmed);
    let page = EditUserPage {
        c,
        user,
        display_name: f.display_name,
        role: f.role,
        errors,
        roles: Role::ALL,
        is_self,
        two_factor,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

pub async fn disable(
    state: State<AppState>,
    c: Chrome,
    admin: AdminOf,
    ip: ClientIp,
    id: Id<UserId>,
) -> AppResult<Response> {
    set_disabled(state, c, admin, ip, id, true).await
}

pub async fn enable(
    state: State<AppState>,
    c: Chrome,
    admin: AdminOf,
    ip: ClientIp,
    id: Id<UserId>,
) -> AppResult<Response> {
    set_disabled(state, c, admin, ip, id, false).await
}

async fn set_disabled(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Id(id): Id<UserId>,
    disabled: bool,
) -> AppResult<Response> {
    let user = load(&state, &admin, id).await?;
    if user.id == admin.user_id {
        let mut errors = FieldErrors::default();
        errors.add("disable", "error-disable-self");
        let f = EditForm {
            display_name: user.display_name.clone(),
            role: user.role.as_str().into(),
            password: String::new(),
        };
        return edit_again(&state, c, user.into_inner(), f, errors, admin.user_id).await;
    }
    let tx = state.store.begin().await?;
    tx.set_user_disabled(&user, disabled).await?;
    let action = if disabled { AuditAction::UserDisable } else { AuditAction::UserEnable };
    tx.audit(by(&admin, &ip, action, "user", id, json!({}))).await?;
    tx.commit().await?;
    let done = if disabled { "disabled" } else { "enabled" };
    Ok(Redirect::to(&format!("/admin/users?done={done}")).into_response())
}

/// An admin sets a new password for a colleague who forgot theirs; their sessions end.
pub async fn reset_password(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Id(id): Id<UserId>,
    Form(f): Form<EditForm>,
) -> AppResult<Response> {
    let user = load(&state, &admin, id).await?;
    let mut errors = FieldErrors::default();
    let Some(password) = errors.check("password", NewPassword::parse(&f.password)) else {
        let f = EditForm {
            display_name: user.display_name.clone(),
            role: user.role.as_str().into(),
            password: String::new(),
        };
        return edit_again(&state, c, user.into_inner(), f, errors, admin.user_id).await;
    };
    let hash = hash_password(password.expose().to_owned()).await?;
    let tx = state.store.begin().await?;
    let ended = tx.change_password(&user, hash, None).await?;
    let detail = json!({ "sessions_ended": ended.sessions, "tokens_revoked": ended.tokens });
    tx.audit(by(&admin, &ip, AuditAction::UserPasswordReset, "user", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/users?done=password").into_response())
}

/// An admin resets a colleague's second factor (a lost phone, used-up recovery codes): it is off,
/// their sessions end, and an admin sets up a new one at the next sign-in. Not one's own: that is
/// done on one's account page, with a code.
pub async fn reset_two_factor(
    State(state): State<AppState>,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Id(id): Id<UserId>,
) -> AppResult<Response> {
    let user = load(&state, &admin, id).await?;
    if user.id == admin.user_id {
        return Err(crate::error::AppError::Forbidden);
    }
    let tx = state.store.begin().await?;
    let was_on = tx.remove_two_factor(&user).await?;
    let sessions = tx.end_user_sessions(user.id, None).await?;
    let detail = json!({ "was_on": was_on, "sessions_ended": sessions });
    tx.audit(by(&admin, &ip, AuditAction::UserTwoFactorReset, "user", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/users?done=two-factor").into_response())
}
