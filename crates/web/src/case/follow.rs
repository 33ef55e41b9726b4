//! The staff side of a resident following their case: a code and PIN handed out (the PIN shown
//! once, on a slip to print), the codes revoked, and the resident's messages read (audited).
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::follow::{CaseCode, Pin, VALID_DAYS};
use lotsen_domain::ids::CaseId;
use lotsen_store::{CaseRecord, Scoped};
use rand::RngCore;
use serde_json::json;

use super::correct::SubPath;
use crate::audit_log::by;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

/// A code as the case page lists it.
pub struct CodeLine {
    pub id: i64,
    pub code: String,
    pub created_on: String,
    pub expires_on: String,
    pub last_used: String,
    pub in_force: bool,
}

/// The case page's part about the resident following the case.
#[derive(Default)]
pub struct FollowView {
    pub codes: Vec<CodeLine>,
    pub messages: usize,
    pub unread: usize,
    pub close_asked: bool,
}

fn day(ts: i64) -> String {
    crate::i18n::local_datetime(ts).chars().take(10).collect()
}

/// What the case page shows of codes and messages (no message text: that opens on its own page).
pub async fn view(state: &AppState, case: &Scoped<CaseRecord>) -> AppResult<FollowView> {
    let now = state.clock.timestamp();
    let codes = state
        .store
        .case_accesses(case)
        .await?
        .into_iter()
        .map(|a| CodeLine {
            id: a.id,
            code: CaseCode::parse(&a.code).map(|c| c.display()).unwrap_or(a.code.clone()),
            created_on: day(a.created_at),
            expires_on: day(a.expires_at),
            last_used: a.last_used_at.map(day).unwrap_or_default(),
            in_force: a.in_force(now),
        })
        .collect();
    let messages = state.store.case_messages(case).await?;
    Ok(FollowView {
        codes,
        messages: messages.len(),
        unread: messages.iter().filter(|m| m.read_at.is_none()).count(),
        close_asked: messages.iter().any(|m| m.kind == "close" && m.read_at.is_none()),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "case/follow_slip.html")]
pub struct SlipPage {
    c: Chrome,
    case_id: CaseId,
    code: String,
    pin: String,
    url: String,
    expires_on: String,
}

/// `POST /cases/{id}/follow`: a new code and PIN for the resident (earlier codes stop working).
/// The PIN is shown on this page only, never stored as it is.
pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let (code, pin) = {
        let mut rng = rand::rng();
        let mut bytes = [0_u8; lotsen_domain::follow::CODE_LEN];
        rng.fill_bytes(&mut bytes);
        (CaseCode::from_random(&bytes), Pin::from_random(rng.next_u32()))
    };
    let expires_at = state.clock.timestamp() + i64::try_from(VALID_DAYS).unwrap_or(180) * 86_400;
    let hash = crate::follow::pin_hash(&state, &code, &pin);
    let tx = state.store.begin().await?;
    let a = tx.create_access(&case, code.as_str(), &hash, actor.user_id, expires_at).await?;
    tx.audit(by(&actor, &ip, AuditAction::CaseFollowCreate, "case", id, json!({ "access": a.id }))).await?;
    tx.commit().await?;
    let page = SlipPage {
        case_id: id,
        code: code.display(),
        pin: pin.as_str().to_owned(),
        url: format!("{}/follow", state.settings.base_url),
        expires_on: day(expires_at),
        c,
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], page).into_response())
}

/// `POST /cases/{id}/follow/{sub}/revoke`: the code stops working at once.
pub async fn revoke(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
) -> AppResult<Response> {
    let (id, sub) = p.ids()?;
    let case = state.store.case(actor.unit_id, id).await?;
    let tx = state.store.begin().await?;
    tx.revoke_access(&case, sub).await?;
    tx.audit(by(&actor, &ip, AuditAction::CaseFollowRevoke, "case", id, json!({ "access": sub }))).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}?done=follow-revoked#follow")).into_response())
}

/// A message as the coordinator reads it.
pub struct MessageLine {
    pub at: String,
    pub close: bool,
    pub text: String,
    pub new: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/messages.html")]
pub struct MessagesPage {
    c: Chrome,
    case_id: CaseId,
    messages: Vec<MessageLine>,
}

/// `POST /cases/{id}/messages`: the resident's messages, opened (audited) and marked read. A POST,
/// so that following a link never opens them.
pub async fn messages(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    let stored = state.store.case_messages(&case).await?;
    let mut messages = Vec::with_capacity(stored.len());
    for m in &stored {
        messages.push(MessageLine {
            at: crate::i18n::local_datetime(m.created_at),
            close: m.kind == "close",
            text: lotsen_app::privacy::open_message(&state.keys.fields, id, &m.sealed)?,
            new: m.read_at.is_none(),
        });
    }
    let tx = state.store.begin().await?;
    tx.mark_messages_read(&case).await?;
    tx.audit(by(&actor, &ip, AuditAction::CaseMessagesView, "case", id, json!({ "messages": stored.len() }))).await?;
    tx.commit().await?;
    Ok(([(header::CACHE_CONTROL, "no-store")], MessagesPage { c, case_id: id, messages }).into_response())
}
