//! The monthly log review ("loggkontroll"): starting a month's review from the audit log (a random
//! sample of the views of identified data and the views that stand out), marking each view
//! reviewed with a comment, and signing the month once every view is marked. Each step is audited.
use std::collections::{HashMap, HashSet};

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Europe::Stockholm;
use hmac::{Hmac, Mac};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{CaseId, PersonId, UserId};
use lotsen_domain::log_review::{Month, View, findings};
use lotsen_store::{AuditRow, ReviewRecord, Scoped, Store, StoreError, audit_time};
use serde_json::json;
use sha2::Sha256;

use crate::Caller;

#[derive(Debug, thiserror::Error)]
pub enum LogReviewError {
    /// Only a month that is over is reviewed.
    #[error("the month is not over yet")]
    NotEnded,
    #[error("the month's review was started before")]
    Started,
    #[error("the month's review is signed")]
    Signed,
    /// Views not marked yet keep the month from being signed.
    #[error("{0} views are not marked reviewed")]
    Unmarked(u64),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for LogReviewError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => Self::Started,
            StoreError::NotFound => Self::NotFound,
            e => Self::Store(e),
        }
    }
}

/// The audit time of local midnight starting `day` in Stockholm.
fn start_of(day: chrono::NaiveDate) -> String {
    let t = Stockholm
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map_or_else(|| day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc(), |t| t.with_timezone(&chrono::Utc));
    audit_time(t)
}

/// An audit row's time in Stockholm.
pub fn local_time(row: &AuditRow) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&row.at, "%Y-%m-%dT%H:%M:%S%.fZ")
        .map(|t| t.and_utc().with_timezone(&Stockholm).naive_local())
        .unwrap_or_default()
}

/// The sample's seed: the installation's key, the unit and the month.
fn seed(key: &[u8; 32], who: &Caller, month: Month) -> u64 {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("lotsen/log-review/v1/{}/{month}", who.unit_id).as_bytes());
    let b = mac.finalize().into_bytes();
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// Whether the viewer of each row was responsible for what they viewed: the case's coordinator or
/// the contact person of its running extended contact, or a coordinator of one of the person's cases.
async fn responsibility(store: &Store, who: &Caller, rows: &[AuditRow]) -> Result<Vec<bool>, StoreError> {
    let cases: Vec<CaseId> =
        rows.iter().filter(|r| r.record_type == "case").filter_map(|r| r.record_id.parse().ok()).collect();
    let persons: Vec<PersonId> =
        rows.iter().filter(|r| r.record_type == "person").filter_map(|r| r.record_id.parse().ok()).collect();
    let by_case = store.case_coordinators(who.unit_id, &cases).await?;
    // The contact person of a running extended contact keeps in touch with the case's resident.
    let contacts: HashSet<(CaseId, UserId)> =
        store.agreement_contacts(who.unit_id, &cases).await?.into_iter().collect();
    let by_person: HashSet<(PersonId, UserId)> =
        store.person_coordinators(who.unit_id, &persons).await?.into_iter().collect();
    Ok(rows
        .iter()
        .map(|r| {
            let Some(actor) = r.actor_id else { return false };
            match r.record_type.as_str() {
                "case" => r
                    .record_id
                    .parse::<CaseId>()
                    .ok()
                    .is_some_and(|c| by_case.get(&c) == Some(&actor) || contacts.contains(&(c, actor))),
                "person" => r.record_id.parse::<PersonId>().ok().is_some_and(|p| by_person.contains(&(p, actor))),
                _ => false,
            }
        })
        .collect())
}

/// Starts the caller's unit's review of `month`: reads the month's views of identified data,
/// draws the sample and finds what stands out, and keeps them as the review's items.
pub async fn start(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    month: Month,
) -> Result<Scoped<ReviewRecord>, LogReviewError> {
    if !month.ended(store.clock().today()) {
        return Err(LogReviewError::NotEnded);
    }
    let rows = store.identified_views(who.unit_id, &start_of(month.first_day()), &start_of(month.end())).await?;
    let responsible = responsibility(store, who, &rows).await?;
    let views: Vec<View> = rows
        .iter()
        .zip(responsible)
        .map(|(r, responsible)| View { audit_id: r.id, at: local_time(r), actor: r.actor_id, responsible })
        .collect();
    let found = findings(&views, seed(key, who, month));
    let items: Vec<(i64, String)> =
        found.iter().map(|(id, f)| (*id, f.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(","))).collect();
    let mut per_finding: HashMap<&str, usize> = HashMap::new();
    for (_, fs) in &found {
        for f in fs {
            *per_finding.entry(f.as_str()).or_default() += 1;
        }
    }
    let tx = store.begin().await?;
    let review = tx.create_log_review(who.unit_id, &month.to_string(), who.user_id, &items).await?;
    let detail =
        json!({ "month": month.to_string(), "views": rows.len(), "items": items.len(), "findings": per_finding });
    tx.audit(who.audit(AuditAction::LogReviewStart, "log_review", review.id, detail)).await?;
    tx.commit().await?;
    Ok(review)
}

/// Marks one view of the month's review as reviewed, with the reviewer's comment.
pub async fn mark(store: &Store, who: &Caller, month: Month, item: i64, comment: &str) -> Result<(), LogReviewError> {
    let tx = store.begin().await?;
    let review = tx.log_review(who.unit_id, &month.to_string()).await?;
    if review.signed_at.is_some() {
        return Err(LogReviewError::Signed);
    }
    if !tx.mark_log_item(&review, item, who.user_id, comment).await? {
        return Err(LogReviewError::NotFound);
    }
    tx.audit(who.audit(
        AuditAction::LogReviewMark,
        "log_review",
        review.id,
        json!({ "item": item, "month": month.to_string() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Signs the month's review with a summary, once every view in it is marked.
pub async fn sign(store: &Store, who: &Caller, month: Month, summary: &str) -> Result<(), LogReviewError> {
    let tx = store.begin().await?;
    let review = tx.log_review(who.unit_id, &month.to_string()).await?;
    if review.signed_at.is_some() {
        return Err(LogReviewError::Signed);
    }
    let left = tx.unmarked_log_items(&review).await?;
    if left > 0 {
        return Err(LogReviewError::Unmarked(left));
    }
    if !tx.sign_log_review(&review, who.user_id, summary).await? {
        return Err(LogReviewError::Signed);
    }
    tx.audit(who.audit(AuditAction::LogReviewSign, "log_review", review.id, json!({ "month": month.to_string() })))
        .await?;
    tx.commit().await?;
    Ok(())
}
