//! The unit's API tokens, for its admin: who made which, when each was last used, and revoking
//! any of them (a token found in a shared spreadsheet is ended here, without its owner).
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UserId;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::AdminOf;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::tokens::{TokenView, view};

pub struct Line {
    pub token: TokenView,
    pub owner: String,
    pub owner_id: UserId,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/tokens.html")]
pub struct TokensPage {
    c: Chrome,
    lines: Vec<Line>,
    revoked: bool,
}

#[derive(Debug, serde::Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /admin/tokens`
pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Query(d): Query<Done>,
) -> AppResult<TokensPage> {
    let lines = state
        .store
        .unit_tokens(admin.unit_id)
        .await?
        .into_iter()
        .map(|(t, u)| Line { token: view(t), owner: format!("{} ({})", u.display_name, u.username), owner_id: u.id })
        .collect();
    Ok(TokensPage { c, lines, revoked: d.done.as_deref() == Some("revoked") })
}

/// `POST /admin/tokens/{id}/revoke`: any token of the unit's staff; another unit's is not found.
pub async fn revoke(
    State(state): State<AppState>,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    id: Id,
) -> AppResult<Response> {
    let tx = state.store.begin().await?;
    let (t, owner) = tx.revoke_unit_token(admin.unit_id, id.0).await?;
    let detail = json!({ "token": t.id, "name": t.name, "owner": owner.username });
    tx.audit(by(&admin, &ip, AuditAction::TokenRevoke, "user", owner.id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/tokens?done=revoked").into_response())
}
