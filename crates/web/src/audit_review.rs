//! The manager's monthly log review ("loggkontroll"), `/audit/review`: start a month that is
//! over, go through its sample and what stands out, mark each view reviewed with a comment, sign
//! the month, and export it as CSV.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use chrono_tz::Europe::Stockholm;
use lotsen_app::log_review::{LogReviewError, local_time, mark, sign, start};
use lotsen_domain::log_review::{Finding, Month, comment};
use lotsen_domain::spreadsheet::neutralise;
use lotsen_store::{ReviewItem, UserRecord};
use serde::Deserialize;

use crate::audit_log::caller;
use crate::auth::{Actor, ManagerOf};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt};
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name;

/// One view in the review as the page shows it.
pub struct ItemView {
    id: i64,
    time: String,
    user: String,
    action: String,
    record_type: String,
    record_id: String,
    /// The case's page, when the view was of a case.
    case_link: Option<String>,
    findings: Vec<String>,
    /// Who marked it, when, and their comment.
    reviewed: Option<(String, String, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "audit_review.html")]
pub struct ReviewPage {
    c: Chrome,
    month: String,
    months: Vec<Opt>,
    /// The month is over, so it can be reviewed.
    ended: bool,
    started: bool,
    items: Vec<ItemView>,
    unmarked: usize,
    /// Who signed, when, and the summary.
    signed: Option<(String, String, String)>,
    errors: FieldErrors,
    /// The item whose comment was refused, with what was typed.
    refused: Option<(i64, String)>,
    summary: String,
    notice: Option<&'static str>,
}

fn when(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .unwrap_or_default()
        .with_timezone(&Stockholm)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn item_view(i: &ReviewItem, users: &[UserRecord]) -> ItemView {
    let r = &i.audit;
    ItemView {
        id: i.id,
        time: local_time(r).format("%Y-%m-%d %H:%M").to_string(),
        user: r.actor_id.map_or_else(|| r.actor_name.clone(), |u| user_name(users, u)),
        action: format!("audit-action-{}", r.action.replace(['.', '_'], "-")),
        record_type: r.record_type.clone(),
        record_id: r.record_id.clone(),
        case_link: (r.record_type == "case").then(|| format!("/cases/{}", r.record_id)),
        findings: i
            .findings
            .iter()
            .filter_map(|f| Finding::parse(f))
            .map(|f| format!("log-finding-{}", f.as_str().replace('_', "-")))
            .collect(),
        reviewed: match (i.reviewed_by, i.reviewed_at) {
            (Some(by), Some(at)) => Some((user_name(users, by), when(at), i.comment.clone().unwrap_or_default())),
            _ => None,
        },
    }
}

fn month_options(today: chrono::NaiveDate, chosen: &str) -> Vec<Opt> {
    let mut m = Month::of(today);
    (0..13)
        .map(|_| {
            let o = Opt { value: m.to_string(), label: m.to_string(), selected: m.to_string() == chosen };
            m = m.previous();
            o
        })
        .collect()
}

async fn page(state: &AppState, c: Chrome, actor: &Actor, month: Month) -> AppResult<ReviewPage> {
    let today = state.clock.today();
    let review = state.store.log_review(actor.unit_id, &month.to_string()).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let (items, signed) = match &review {
        Some(r) => {
            let items: Vec<ItemView> =
                state.store.log_review_items(r).await?.iter().map(|i| item_view(i, &users)).collect();
            let signed = match (r.signed_by, r.signed_at) {
                (Some(by), Some(at)) => Some((user_name(&users, by), when(at), r.summary.clone().unwrap_or_default())),
                _ => None,
            };
            (items, signed)
        }
        None => (Vec::new(), None),
    };
    Ok(ReviewPage {
        month: month.to_string(),
        months: month_options(today, &month.to_string()),
        ended: month.ended(today),
        started: review.is_some(),
        unmarked: items.iter().filter(|i| i.reviewed.is_none()).count(),
        items,
        signed,
        errors: FieldErrors::default(),
        refused: None,
        summary: String::new(),
        notice: None,
        c,
    })
}

fn month_of(raw: &str) -> AppResult<Month> {
    Month::parse(raw).map_err(|_| AppError::NotFound)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MonthQuery {
    month: String,
    done: String,
}

/// `GET /audit/review?month=YYYY-MM`: the month's review; the month before by default.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    Query(q): Query<MonthQuery>,
) -> AppResult<Response> {
    let month = match q.month.trim() {
        "" => Month::of(state.clock.today()).previous(),
        raw => match Month::parse(raw) {
            Ok(m) => m,
            Err(e) => {
                let mut p = page(&state, c, &actor, Month::of(state.clock.today()).previous()).await?;
                p.errors.add("month", e.message_id);
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
            }
        },
    };
    let mut p = page(&state, c, &actor, month).await?;
    p.notice = match q.done.as_str() {
        "started" => Some("log-review-started"),
        "marked" => Some("log-review-marked"),
        "signed" => Some("log-review-signed"),
        _ => None,
    };
    Ok(p.into_response())
}

fn back(month: Month, done: &str) -> Response {
    Redirect::to(&format!("/audit/review?month={month}&done={done}")).into_response()
}

/// `POST /audit/review/{month}/start`
pub async fn begin(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Path(month): Path<String>,
) -> AppResult<Response> {
    let month = month_of(&month)?;
    match start(&state.store, &caller(&actor, &ip), &state.keys.fields, month).await {
        Ok(_) | Err(LogReviewError::Started) => Ok(back(month, "started")),
        Err(LogReviewError::NotEnded) => {
            let mut p = page(&state, c, &actor, month).await?;
            p.errors.add("month", "error-log-month-open");
            Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
        }
        Err(e) => Err(internal(e)),
    }
}

fn internal(e: LogReviewError) -> AppError {
    match e {
        LogReviewError::NotFound => AppError::NotFound,
        LogReviewError::Store(e) => e.into(),
        e => AppError::Internal(anyhow::anyhow!("{e}")),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    comment: String,
    summary: String,
}

/// `POST /audit/review/{month}/items/{item}`: marks one view reviewed with a comment.
pub async fn mark_item(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Path((month, item)): Path<(String, String)>,
    Form(f): Form<CommentForm>,
) -> AppResult<Response> {
    let month = month_of(&month)?;
    let item: i64 = item.parse().map_err(|_| AppError::NotFound)?;
    let checked = comment(&f.comment);
    let result = match &checked {
        Ok(text) => mark(&state.store, &caller(&actor, &ip), month, item, text).await,
        Err(_) => Ok(()),
    };
    match (checked, result) {
        (Ok(_), Ok(())) => Ok(back(month, "marked")),
        (Err(e), _) => {
            let mut p = page(&state, c, &actor, month).await?;
            if !p.items.iter().any(|i| i.id == item && i.reviewed.is_none()) || p.signed.is_some() {
                return Err(AppError::NotFound);
            }
            p.errors.add("comment", e.message_id);
            p.refused = Some((item, f.comment));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
        }
        (_, Err(LogReviewError::Signed)) => {
            let mut p = page(&state, c, &actor, month).await?;
            p.errors.add("comment", "error-log-signed");
            Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
        }
        (_, Err(e)) => Err(internal(e)),
    }
}

/// `POST /audit/review/{month}/sign`: signs the month once every view is marked.
pub async fn sign_month(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Path(month): Path<String>,
    Form(f): Form<CommentForm>,
) -> AppResult<Response> {
    let month = month_of(&month)?;
    let msg = match comment(&f.summary) {
        Ok(summary) => match sign(&state.store, &caller(&actor, &ip), month, &summary).await {
            Ok(()) => return Ok(back(month, "signed")),
            Err(LogReviewError::Unmarked(_)) => "error-log-unmarked",
            Err(LogReviewError::Signed) => "error-log-signed",
            Err(e) => return Err(internal(e)),
        },
        Err(e) => e.message_id,
    };
    let mut p = page(&state, c, &actor, month).await?;
    p.errors.add("summary", msg);
    p.summary = f.summary;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
}

/// `GET /audit/review/{month}/export.csv`: the month's review as CSV.
pub async fn export(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    Path(month): Path<String>,
) -> AppResult<Response> {
    let month = month_of(&month)?;
    let review = state.store.log_review(actor.unit_id, &month.to_string()).await?.ok_or(AppError::NotFound)?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let items = state.store.log_review_items(&review).await?;
    let t = &c.t;
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let cell = |s: &str| neutralise(s).into_owned();
    let signed = match (review.signed_by, review.signed_at) {
        (Some(by), Some(at)) => vec![
            t.get("log-review-signed-by"),
            cell(&user_name(&users, by)),
            when(at),
            cell(review.summary.as_deref().unwrap_or("")),
        ],
        _ => vec![t.get("log-review-not-signed")],
    };
    let header = [
        t.get("log-col-time"),
        t.get("log-col-user"),
        t.get("log-col-action"),
        t.get("log-col-record"),
        t.get("log-col-findings"),
        t.get("log-col-reviewed-by"),
        t.get("log-col-reviewed-at"),
        t.get("log-col-comment"),
    ];
    let mut write = |rec: Vec<String>| w.write_record(rec).map_err(anyhow::Error::from);
    write(vec![t.get("log-review-title"), month.to_string()])?;
    write(signed)?;
    write(header.to_vec())?;
    for i in &items {
        let v = item_view(i, &users);
        let (by, at, comment) = v.reviewed.clone().unwrap_or_default();
        let findings = v.findings.iter().map(|f| t.get(f)).collect::<Vec<_>>().join(", ");
        let record = format!("{} {}", t.of("audit-record", &v.record_type), v.record_id);
        write(vec![
            v.time,
            cell(&v.user),
            cell(&i.audit.action),
            cell(&record),
            findings,
            cell(&by),
            at,
            cell(&comment),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"loggkontroll-{month}.csv\"")),
            (CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
