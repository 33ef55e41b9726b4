//! The manager's audit log review ("loggkontroll"): search by person, record, action and period.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeZone};
use chrono_tz::Europe::Stockholm;
use lotsen_domain::audit_action::AuditAction;
use lotsen_store::{AuditFilter, AuditRow, audit_time};
use serde::Deserialize;

use crate::audit_log::by;
use crate::auth::{Actor, ManagerOf};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::links::encode_component;
use crate::pages::Chrome;
use crate::state::AppState;

pub const PAGE_SIZE: u64 = 50;

/// Every action the log records, for the filter's list.
pub const ACTIONS: &[AuditAction] = &[
    AuditAction::LoginSuccess,
    AuditAction::LoginFailure,
    AuditAction::LoginThrottled,
    AuditAction::Logout,
    AuditAction::SetupComplete,
    AuditAction::UserCreate,
    AuditAction::UserUpdate,
    AuditAction::UserDisable,
    AuditAction::UserEnable,
    AuditAction::UserPassword,
    AuditAction::UserPasswordReset,
    AuditAction::UserTwoFactorOn,
    AuditAction::UserTwoFactorOff,
    AuditAction::UserTwoFactorRecoveryCodes,
    AuditAction::UserTwoFactorReset,
    AuditAction::UnitCreate,
    AuditAction::UnitUpdate,
    AuditAction::UnitLogo,
    AuditAction::UnitRecords,
    AuditAction::CaseCreate,
    AuditAction::CaseUpdate,
    AuditAction::CaseClose,
    AuditAction::CaseReopen,
    AuditAction::CaseImport,
    AuditAction::ContactCreate,
    AuditAction::ReferralCreate,
    AuditAction::ReferralUpdate,
    AuditAction::FollowUpCreate,
    AuditAction::FollowUpComplete,
    AuditAction::IdentityView,
    AuditAction::PersonCreate,
    AuditAction::PersonUpdate,
    AuditAction::PersonView,
    AuditAction::JournalCreate,
    AuditAction::JournalUpdate,
    AuditAction::JournalSign,
    AuditAction::JournalView,
    AuditAction::ExtendedCreate,
    AuditAction::ExtendedCheckIn,
    AuditAction::ExtendedEnd,
    AuditAction::IdentityCreate,
    AuditAction::IdentityUpdate,
    AuditAction::IdentityForget,
    AuditAction::ListCreate,
    AuditAction::TokenCreate,
    AuditAction::TokenRevoke,
    AuditAction::ListUpdate,
    AuditAction::ListRetire,
    AuditAction::ListRestore,
    AuditAction::VenueCreate,
    AuditAction::VenueUpdate,
    AuditAction::DropinSeriesCreate,
    AuditAction::DropinSeriesUpdate,
    AuditAction::DropinSeriesEnd,
    AuditAction::DropinSeriesSplit,
    AuditAction::DropinCancel,
    AuditAction::DropinMove,
    AuditAction::DropinRestore,
    AuditAction::DropinVisit,
    AuditAction::SurveyCreate,
    AuditAction::SurveyUpdate,
    AuditAction::SurveyInvitationCreate,
    AuditAction::SurveyInvitationSend,
    AuditAction::UnitPrivacy,
    AuditAction::InquiryView,
    AuditAction::InquiryCase,
    AuditAction::InquiryClose,
    AuditAction::InquiryExpire,
    AuditAction::FeedbackView,
    AuditAction::FeedbackRead,
    AuditAction::OutreachCreate,
    AuditAction::OutreachUpdate,
    AuditAction::ConcernUpdate,
    AuditAction::ConcernImport,
    AuditAction::ReportInputCreate,
    AuditAction::ReportInputRemove,
    AuditAction::ReportExport,
    AuditAction::CaseKeep,
    AuditAction::UnitRetention,
    AuditAction::RetentionCull,
    AuditAction::RetentionRun,
    AuditAction::RecordsRequest,
    AuditAction::LogReviewStart,
    AuditAction::LogReviewMark,
    AuditAction::LogReviewSign,
    AuditAction::AuditExport,
];

#[derive(Debug, Default, Deserialize, Clone)]
pub struct AuditQuery {
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub record_type: String,
    #[serde(default)]
    pub record_id: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    pub before: Option<i64>,
}

impl AuditQuery {
    /// The export's address with the same filters.
    pub fn export_link(&self) -> String {
        let q = self.filters();
        if q.is_empty() { "/audit/export.csv".to_owned() } else { format!("/audit/export.csv?{}", q.join("&")) }
    }

    fn filters(&self) -> Vec<String> {
        let pairs = [
            ("user", self.user.as_str()),
            ("action", self.action.as_str()),
            ("record_type", self.record_type.as_str()),
            ("record_id", self.record_id.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
        ];
        pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode_component(v))).collect()
    }

    /// The query string for the next page: the same filters, older rows.
    fn older(&self, before: i64) -> String {
        let mut q = self.filters();
        q.push(format!("before={before}"));
        q.join("&")
    }
}

pub struct ShownRow {
    pub row: AuditRow,
    pub local_time: String,
    pub known_action: bool,
    pub known_record: bool,
}

/// Record types with a translated name.
pub const RECORD_TYPES: &[&str] = &["session", "user", "unit", "case", "list_entry", "person", "log_review", "job"];

#[derive(Template, WebTemplate)]
#[template(path = "audit.html")]
pub struct AuditPage {
    c: Chrome,
    q: AuditQuery,
    rows: Vec<ShownRow>,
    older: Option<String>,
    errors: FieldErrors,
    actions: &'static [AuditAction],
    paged: bool,
}

/// Local midnight of a date as the log's UTC timestamp text.
fn local_midnight(d: NaiveDate) -> Option<String> {
    let local = Stockholm.from_local_datetime(&d.and_hms_opt(0, 0, 0)?).earliest()?;
    Some(audit_time(local.with_timezone(&chrono::Utc)))
}

fn local_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| t.with_timezone(&Stockholm).format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|_| at.to_owned())
}

/// The filter a manager's query asks for, within their unit; the errors name the fields.
fn filter_of(q: &AuditQuery, manager: &Actor) -> Result<AuditFilter, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut date = |field: &'static str, v: &str| -> Option<NaiveDate> {
        if v.trim().is_empty() {
            return None;
        }
        NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").map_err(|_| errors.add(field, "error-date")).ok()
    };
    let from = date("from", &q.from);
    let to = date("to", &q.to);
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        errors.add("to", "error-date-order");
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    Ok(AuditFilter {
        unit_id: Some(manager.unit_id),
        actor_name: text(&q.user),
        action: text(&q.action),
        record_type: text(&q.record_type),
        record_id: text(&q.record_id),
        from: from.and_then(local_midnight),
        until: to.and_then(|t| t.succ_opt()).and_then(local_midnight),
        before_id: q.before,
    })
}

pub async fn search(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(manager): ManagerOf,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let filter = match filter_of(&q, &manager) {
        Ok(f) => f,
        Err(errors) => {
            let page = AuditPage { c, q, rows: vec![], older: None, errors, actions: ACTIONS, paged: false };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let page = state.store.search_audit(&filter, PAGE_SIZE).await?;
    let rows = page
        .rows
        .into_iter()
        .map(|row| ShownRow {
            local_time: local_time(&row.at),
            known_action: ACTIONS.iter().any(|a| a.as_str() == row.action),
            known_record: RECORD_TYPES.contains(&row.record_type.as_str()),
            row,
        })
        .collect();
    let older = page.next_before.map(|b| q.older(b));
    let paged = q.before.is_some();
    Ok(AuditPage { c, q, rows, older, errors: FieldErrors::default(), actions: ACTIONS, paged }.into_response())
}

/// The most rows one export holds; a longer period is exported in parts.
pub const EXPORT_MAX: usize = 100_000;

/// `GET /audit/export.csv`: the rows the same filters find, newest first, as CSV (audited).
pub async fn export(
    State(state): State<AppState>,
    ManagerOf(manager): ManagerOf,
    ip: ClientIp,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let Ok(mut filter) = filter_of(&q, &manager) else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, "from and to must be dates (YYYY-MM-DD), from before to\n")
            .into_response());
    };
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let cell = |s: &str| lotsen_domain::spreadsheet::neutralise(s).into_owned();
    w.write_record(["id", "time", "user", "action", "record_type", "record_id", "detail", "ip"])
        .map_err(anyhow::Error::from)?;
    let mut n = 0;
    loop {
        let page = state.store.search_audit(&filter, 1000).await?;
        for r in &page.rows {
            let time = local_time(&r.at);
            w.write_record([
                r.id.to_string(),
                time,
                cell(&r.actor_name),
                cell(&r.action),
                cell(&r.record_type),
                cell(&r.record_id),
                cell(&r.detail),
                cell(&r.ip),
            ])
            .map_err(anyhow::Error::from)?;
            n += 1;
        }
        match page.next_before {
            Some(b) if n < EXPORT_MAX => filter.before_id = Some(b),
            _ => break,
        }
    }
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let detail = serde_json::json!({ "rows": n, "user": q.user, "action": q.action, "record_type": q.record_type, "record_id": q.record_id, "from": q.from, "to": q.to });
    state.store.audit(by(&manager, &ip, AuditAction::AuditExport, "unit", manager.unit_id, detail)).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"logg.csv\""),
            (CACHE_CONTROL, "no-store"),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_name_in_every_language() {
        for locale in lotsen_domain::locale::Locale::ALL {
            for a in ACTIONS {
                let id = format!("audit-action-{}", a.as_str().replace(['.', '_'], "-"));
                assert!(crate::i18n::has_message(locale, &id), "{id} missing in {}", locale.code());
            }
        }
    }

    #[test]
    fn local_dates_become_utc_bounds_across_summer_time() {
        // Winter: UTC+1, summer: UTC+2.
        assert_eq!(
            local_midnight(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()).unwrap(),
            "2026-01-14T23:00:00.000000Z"
        );
        assert_eq!(
            local_midnight(NaiveDate::from_ymd_opt(2026, 7, 15).unwrap()).unwrap(),
            "2026-07-14T22:00:00.000000Z"
        );
        assert_eq!(local_time("2026-07-14T22:00:00.000000Z"), "2026-07-15 00:00:00");
    }
}
