//! The coordinators' side of the contact form: open requests, oldest first, each turned into a
//! case or closed; and the feedback list. Opening a request's details is written to the audit log.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::inquiry::{CLOSE_REASONS, Kind, Status};
use lotsen_store::Shown;
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::{by, caller};
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::request::{Details, Row, row};
use lotsen_app::privacy::open_inquiry;
use lotsen_app::transfer::Answer;
use lotsen_domain::transfer::ReturnReason;

/// At most this many rows per list; the heading counts all open requests.
const LIMIT: u64 = 200;

#[derive(Template, WebTemplate)]
#[template(path = "inquiry/intake.html")]
pub struct IntakePage {
    c: Chrome,
    open: Vec<Row>,
    /// All open requests, also those past the list's length.
    open_count: u64,
    handled: Vec<Row>,
    public_url: String,
    feedback_url: String,
    days: i64,
    unread_feedback: u64,
    /// Heads-ups from other units, unread.
    notices: Vec<NoticeRow>,
    done: &'static str,
}

/// A heads-up from another unit: who sent it and on which day, nothing about the resident.
pub struct NoticeRow {
    /// The random reference, never the id (ids are shared with requests, whose times are known).
    pub reference: String,
    pub received: String,
    pub unit: String,
}

/// Names the sending unit on rows another unit referred.
async fn mark_referred(state: &AppState, unit: lotsen_domain::ids::UnitId, rows: &mut [Row]) -> AppResult<()> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let from = state.store.incoming_from(unit, &ids).await?;
    if from.is_empty() {
        return Ok(());
    }
    let units = state.store.units().await?;
    for r in rows.iter_mut() {
        if let Some((_, u)) = from.iter().find(|(i, _)| *i == r.id) {
            r.from_unit = units.iter().find(|x| x.id == *u).map(|x| x.name.clone()).unwrap_or_default();
        }
    }
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

fn done_message(d: &Done) -> &'static str {
    match d.done.as_deref() {
        Some("closed") => "intake-closed",
        Some("already") => "intake-already",
        Some("read") => "intake-marked-read",
        Some("claimed") => "intake-claimed",
        Some("released") => "intake-released",
        Some("returned") => "intake-returned",
        Some("noted") => "intake-noted",
        _ => "",
    }
}

/// `/intake`: requests waiting for a coordinator.
pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Query(d): Query<Done>,
) -> AppResult<IntakePage> {
    let unit = state.store.unit(actor.unit_id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let since = state.clock.timestamp() - 30 * 86_400;
    let open = state.store.inquiries(actor.unit_id, Kind::Request, Shown::Open, LIMIT).await?;
    let handled = state.store.inquiries(actor.unit_id, Kind::Request, Shown::HandledSince(since), LIMIT).await?;
    let unread_feedback = state.store.open_inquiries(actor.unit_id, Kind::Feedback).await?;
    let open_count = state.store.open_inquiries(actor.unit_id, Kind::Request).await?;
    let base = &state.settings.base_url;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let named = |r: &lotsen_store::InquiryRecord| {
        let mut row = row(r, &lists, c.locale());
        if let Some(u) = r.claimed_by {
            row.claimant = crate::views::labels::user_name(&users, u);
            row.mine = u == actor.user_id;
        }
        row
    };
    let mut open: Vec<Row> = open.iter().map(named).collect();
    let mut handled: Vec<Row> = handled.iter().map(|r| row(r, &lists, c.locale())).collect();
    mark_referred(&state, actor.unit_id, &mut open).await?;
    mark_referred(&state, actor.unit_id, &mut handled).await?;
    let notices = state.store.inquiries(actor.unit_id, Kind::Notice, Shown::Open, LIMIT).await?;
    let mut rows: Vec<Row> = notices.iter().map(|r| row(r, &lists, c.locale())).collect();
    mark_referred(&state, actor.unit_id, &mut rows).await?;
    let notices = notices
        .iter()
        .zip(rows)
        .map(|(n, r)| NoticeRow {
            reference: n.reference.clone(),
            received: r.received.chars().take(10).collect(),
            unit: r.from_unit,
        })
        .collect();
    Ok(IntakePage {
        open,
        open_count,
        handled,
        notices,
        public_url: format!("{base}/contact/{}", unit.id),
        feedback_url: format!("{base}/contact/{}/feedback", unit.id),
        days: unit.inquiry_days,
        unread_feedback,
        done: done_message(&d),
        c,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "inquiry/show.html")]
pub struct ShowPage {
    c: Chrome,
    id: i64,
    /// Still open: it can be opened, made a case of or closed.
    open: bool,
    /// The details, when the coordinator chose to open them.
    d: Option<Details>,
    reasons: Vec<(&'static str, String)>,
    /// The unit that referred the resident, when another unit did: it is returned, not closed.
    from_unit: String,
}

/// The sending unit's name when request `id` of `unit` came from another unit.
async fn referred_by(state: &AppState, unit: lotsen_domain::ids::UnitId, id: i64) -> AppResult<String> {
    match state.store.incoming_from(unit, &[id]).await?.first() {
        Some((_, from)) => Ok(state.store.unit(*from).await.map(|u| u.name).unwrap_or_default()),
        None => Ok(String::new()),
    }
}

/// The choices for closing a request, or for returning one another unit referred.
fn reasons_for(c: &Chrome, referred: bool) -> Vec<(&'static str, String)> {
    if referred {
        ReturnReason::ALL.iter().map(|r| (r.as_str(), c.t.of("return-reason", r.as_str()))).collect()
    } else {
        CLOSE_REASONS.iter().map(|r| (*r, c.t.of("intake-reason", r))).collect()
    }
}

/// `GET /intake/{id}`: a request without its details, which open on a POST (`view`): a link alone
/// never writes a view to the audit log.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id,
) -> AppResult<ShowPage> {
    let r = state.store.inquiry(actor.unit_id, id).await?;
    if r.kind != Kind::Request {
        return Err(AppError::NotFound);
    }
    let open = r.status == Status::Open && r.sealed.is_some();
    let from_unit = referred_by(&state, actor.unit_id, id).await?;
    Ok(ShowPage { c, id, open, d: None, reasons: Vec::new(), from_unit })
}

/// `POST /intake/{id}/view`: the request in full (the view is logged), to make a case of or close.
pub async fn view(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id,
) -> AppResult<ShowPage> {
    let d = Details::open(&state, &caller(&actor, &ip), c.locale(), id).await?;
    let from_unit = referred_by(&state, actor.unit_id, id).await?;
    let reasons = reasons_for(&c, !from_unit.is_empty());
    Ok(ShowPage { c, id, open: d.is_some(), d, reasons, from_unit })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClaimForm {
    /// Set to let the request go instead of taking it.
    release: Option<String>,
}

/// `POST /intake/{id}/claim`: the coordinator takes the request (from a colleague, if one had
/// it), so colleagues see who calls back; with `release`, lets it go again.
pub async fn claim(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id,
    Form(f): Form<ClaimForm>,
) -> AppResult<Response> {
    let tx = state.store.begin().await?;
    let to = if f.release.is_some() { None } else { Some(actor.user_id) };
    let before = match tx.claim_inquiry(actor.unit_id, id, to).await {
        Ok(b) => b,
        Err(lotsen_store::StoreError::NotFound) => {
            // Handled meanwhile (or never this unit's): the list says so, or 404 for a stranger.
            state.store.inquiry(actor.unit_id, id).await?;
            return Ok(Redirect::to("/intake?done=already").into_response());
        }
        Err(e) => return Err(e.into()),
    };
    let detail = json!({ "claimed_by": to, "before": before });
    tx.audit(by(&actor, &ip, AuditAction::InquiryClaim, "inquiry", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to(if to.is_some() { "/intake?done=claimed" } else { "/intake?done=released" }).into_response())
}

/// Closes a request without a case; its details are erased at once.
pub async fn close(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id,
    Form(f): Form<CloseForm>,
) -> AppResult<Response> {
    let r = state.store.inquiry(actor.unit_id, id).await?;
    if r.kind != Kind::Request {
        return Err(AppError::NotFound);
    }
    if !referred_by(&state, actor.unit_id, id).await?.is_empty() {
        // Another unit waits for an answer: a referral is returned with a reason, not closed.
        return Ok(Redirect::to(&format!("/intake/{id}")).into_response());
    }
    let reason = CLOSE_REASONS.iter().find(|x| **x == f.reason.trim()).copied().unwrap_or("handled");
    let tx = state.store.begin().await?;
    if !tx.handle_inquiry(actor.unit_id, id, Status::Closed, None, actor.user_id).await? {
        return Ok(Redirect::to("/intake?done=already").into_response());
    }
    tx.audit(by(&actor, &ip, AuditAction::InquiryClose, "inquiry", id, json!({ "reason": reason }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/intake?done=closed").into_response())
}

/// A random reference as the lists print it (32 hex digits); anything else is not found.
fn well_formed(reference: &str) -> AppResult<()> {
    if reference.len() == 32 && reference.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// `POST /intake/{id}/return`: the unit sends a referral from another unit back with a reason;
/// its details are erased and the sender sees the reason.
pub async fn give_back(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id,
    Form(f): Form<CloseForm>,
) -> AppResult<Response> {
    state.store.inquiry(actor.unit_id, id).await?;
    let Ok(reason) = ReturnReason::parse(&f.reason) else {
        return Ok(Redirect::to(&format!("/intake/{id}")).into_response());
    };
    let who = caller(&actor, &ip);
    let done = lotsen_app::transfer::answer(&state.store, &who, id, Answer::Return(reason)).await?;
    Ok(Redirect::to(if done { "/intake?done=returned" } else { "/intake?done=already" }).into_response())
}

/// `POST /intake/notices/{reference}`: a heads-up from another unit read; the sender sees it was.
pub async fn noted(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(reference): Path<String>,
) -> AppResult<Response> {
    well_formed(&reference)?;
    let id = state.store.inquiry_by_reference(actor.unit_id, &reference).await?.id;
    let who = caller(&actor, &ip);
    let done = lotsen_app::transfer::answer(&state.store, &who, id, Answer::Noted).await?;
    Ok(Redirect::to(if done { "/intake?done=noted" } else { "/intake?done=already" }).into_response())
}

/// A feedback message as staff read it.
pub struct FeedbackRow {
    /// The random reference, never the id (see `inquiry_by_reference`).
    pub reference: String,
    pub received: String,
    pub language: &'static str,
    pub message: String,
    pub read: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "inquiry/feedback_list.html")]
pub struct FeedbackListPage {
    c: Chrome,
    rows: Vec<FeedbackRow>,
    days: i64,
    done: &'static str,
}

/// `/intake/feedback`: anonymous feedback, newest first, while its text is kept.
pub async fn feedback(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Query(d): Query<Done>,
) -> AppResult<FeedbackListPage> {
    let unit = state.store.unit(actor.unit_id).await?;
    let all = state.store.inquiries(actor.unit_id, Kind::Feedback, Shown::WithText, LIMIT).await?;
    let mut rows = Vec::with_capacity(all.len());
    for r in &all {
        let Some(sealed) = &r.sealed else { continue };
        let message: String = open_inquiry(&state.keys.fields, &r.reference, sealed)?;
        rows.push(FeedbackRow {
            reference: r.reference.clone(),
            received: crate::i18n::local_date(r.received_at),
            language: r.locale.endonym(),
            message,
            read: r.status != Status::Open,
        });
    }
    if !rows.is_empty() {
        state
            .store
            .audit(by(&actor, &ip, AuditAction::FeedbackView, "unit", actor.unit_id, json!({ "shown": rows.len() })))
            .await?;
    }
    Ok(FeedbackListPage { c, rows, days: unit.survey_text_days, done: done_message(&d) })
}

/// Marks feedback read; its text stays until the retention job.
pub async fn mark_read(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(reference): Path<String>,
) -> AppResult<Response> {
    well_formed(&reference)?;
    let r = state.store.inquiry_by_reference(actor.unit_id, &reference).await?;
    if r.kind != Kind::Feedback {
        return Err(AppError::NotFound);
    }
    let tx = state.store.begin().await?;
    if tx.handle_inquiry(actor.unit_id, r.id, Status::Closed, None, actor.user_id).await? {
        tx.audit(by(&actor, &ip, AuditAction::FeedbackRead, "feedback", &reference, json!({}))).await?;
        tx.commit().await?;
    }
    Ok(Redirect::to("/intake/feedback?done=read").into_response())
}
