//! Contact-form requests: a coordinator opens one of their unit's to read what the resident wrote
//! (the view is audited), and may make a case of it (see `case::register`).
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::inquiry::{Kind, Request, Status};
use lotsen_store::{InquiryRecord, Store, StoreError};
use serde_json::json;

use crate::privacy::open_inquiry;
use crate::{Caller, Error};

/// An open request as the coordinator reads it.
pub struct Opened {
    pub record: InquiryRecord,
    /// The day it arrived, in Stockholm.
    pub received_on: NaiveDate,
    pub request: Request,
}

/// Opens request `id` of the caller's unit and writes the view to the audit log. `None` when it
/// has been handled (its details are gone); not found when it is no request of the unit's.
#[tracing::instrument(skip_all, fields(unit = %caller.unit_id, user = %caller.user_id, inquiry = %id))]
pub async fn open_request(store: &Store, key: &[u8; 32], caller: &Caller, id: i64) -> Result<Option<Opened>, Error> {
    let r = store.inquiry(caller.unit_id, id).await?;
    if r.kind != Kind::Request {
        return Err(StoreError::NotFound.into());
    }
    let Some(sealed) = r.sealed.as_ref().filter(|_| r.status == Status::Open) else { return Ok(None) };
    let request: Request = open_inquiry(key, &r.reference, sealed)?;
    store.audit(caller.audit(AuditAction::InquiryView, "inquiry", id, json!({}))).await?;
    let received_on = chrono::DateTime::from_timestamp(r.received_at, 0)
        .map(|t| t.with_timezone(&chrono_tz::Europe::Stockholm).date_naive())
        .unwrap_or_else(|| store.clock().today());
    Ok(Some(Opened { record: r, received_on, request }))
}
