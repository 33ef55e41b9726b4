//! Retention ("gallring") across the installation: a dry run lists what would go, a real run culls
//! it and writes the audit log (counts, and the culled ids as keyed hashes that only this
//! installation can match), and the scheduled run is taken by exactly one node through the job's
//! lease row. The real run reads its list inside the transaction that culls it, in the same way as
//! the dry run, so on the same day both list the same records.
use chrono::{Days, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Europe::Stockholm;
use hmac::{Hmac, Mac};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{CaseId, PersonId};
use lotsen_store::{Culled, NewAudit, RetentionPlan, Store, StoreError, UnitRecord};
use serde_json::json;
use sha2::Sha256;

/// The job's name in the schedule.
pub const JOB: &str = "retention";
/// How long a node holds the job before another may take it over (a node that died mid-run).
pub const LEASE_SECS: i64 = 3600;
/// The local time the scheduled run is due each day.
pub const RUN_AT: NaiveTime = match NaiveTime::from_hms_opt(3, 0, 0) {
    Some(t) => t,
    None => panic!("03:00 is a time"),
};

/// One unit's part of a run.
#[derive(Debug, Clone)]
pub struct UnitRun {
    pub unit: UnitRecord,
    pub plan: RetentionPlan,
    /// What was removed; `None` in a dry run.
    pub culled: Option<Culled>,
}

/// What the dry run lists for one unit on `today`.
pub async fn preview(store: &Store, unit: &UnitRecord, today: NaiveDate) -> Result<RetentionPlan, StoreError> {
    store.retention_plan(unit.id, &unit.retention, today).await
}

/// What retention would take from every unit on `today`.
pub async fn dry_run(store: &Store, today: NaiveDate) -> Result<Vec<UnitRun>, StoreError> {
    let mut runs = Vec::new();
    for unit in store.units().await? {
        let plan = preview(store, &unit, today).await?;
        runs.push(UnitRun { unit, plan, culled: None });
    }
    Ok(runs)
}

/// A keyed hash of a culled record's id: the audit row can be matched against an id by someone
/// holding the installation's key, and reveals nothing to anyone else.
pub fn hashed_id(key: &[u8; 32], kind: &str, id: i64) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("lotsen/retention/v1/{kind}/{id}").as_bytes());
    mac.finalize().into_bytes()[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// Culls what is due in every unit on `today`, one transaction per unit, each with its audit row;
/// one more audit row records the run itself. `by` names who ran it (`lotsen purge`, a node).
pub async fn run(store: &Store, key: &[u8; 32], by: &str, today: NaiveDate) -> Result<Vec<UnitRun>, StoreError> {
    let mut runs = Vec::new();
    let mut total = Culled::default();
    for unit in store.units().await? {
        let tx = store.begin().await?;
        let plan = tx.retention_plan(unit.id, &unit.retention, today).await?;
        let culled = tx.cull(&plan, today).await?;
        if !plan.is_empty() {
            let cases: Vec<String> = plan.case_ids().map(|c: CaseId| hashed_id(key, "case", c.get())).collect();
            let persons: Vec<String> = plan
                .records
                .iter()
                .filter_map(|r| r.person_id)
                .map(|p: PersonId| hashed_id(key, "person", p.get()))
                .collect();
            let callbacks: Vec<String> = plan.callbacks.iter().map(|c| hashed_id(key, "case", c.get())).collect();
            tx.audit(NewAudit {
                actor_id: None,
                actor_name: by.to_owned(),
                unit_id: Some(unit.id),
                action: AuditAction::RetentionCull,
                record_type: "unit",
                record_id: unit.id.to_string(),
                detail: json!({
                    "on": today,
                    "retention_years": unit.retention.years,
                    "keep_sample_days": unit.retention.keep_sample_days,
                    "callback_days": unit.retention.callback_days,
                    "records": plan.records.len(),
                    "cases": culled.cases,
                    "persons": culled.persons,
                    "notes": culled.notes,
                    "callbacks": culled.callbacks,
                    "kept": plan.kept,
                    "case_ids": cases,
                    "person_ids": persons,
                    "callback_case_ids": callbacks,
                }),
                ip: String::new(),
            })
            .await?;
        }
        tx.commit().await?;
        total.cases += culled.cases;
        total.persons += culled.persons;
        total.notes += culled.notes;
        total.callbacks += culled.callbacks;
        runs.push(UnitRun { unit, plan, culled: Some(culled) });
    }
    let tx = store.begin().await?;
    tx.audit(NewAudit {
        actor_id: None,
        actor_name: by.to_owned(),
        unit_id: None,
        action: AuditAction::RetentionRun,
        record_type: "job",
        record_id: JOB.to_owned(),
        detail: json!({
            "on": today,
            "units": runs.len(),
            "cases": total.cases,
            "persons": total.persons,
            "notes": total.notes,
            "callbacks": total.callbacks,
        }),
        ip: String::new(),
    })
    .await?;
    tx.commit().await?;
    Ok(runs)
}

/// The next time the scheduled run is due after `now` (seconds since the epoch): 03:00 in
/// Stockholm on the next day.
pub fn next_run_after(now: i64) -> i64 {
    let local = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default().with_timezone(&Stockholm).date_naive();
    let day = local.checked_add_days(Days::new(1)).unwrap_or(local);
    Stockholm.from_local_datetime(&day.and_time(RUN_AT)).earliest().map_or(now + 86_400, |t| t.timestamp())
}

/// Names this process in a job's lease: its host and process id.
pub fn holder() -> String {
    let host = std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_owned()).unwrap_or_default();
    format!("{}:{}", if host.is_empty() { "lotsen" } else { &host }, std::process::id())
}

/// Whether a run was made by this call, and if so what it did.
#[derive(Debug)]
pub enum Scheduled {
    /// The run is not due, or another node holds it.
    NotTaken,
    Ran(Vec<UnitRun>),
}

/// Runs retention when it is due (or at once, with `now`), on the condition that this node takes
/// the job's lease: with several nodes on one database, exactly one of them runs it.
pub async fn run_scheduled(store: &Store, key: &[u8; 32], holder: &str, now: bool) -> Result<Scheduled, StoreError> {
    if !store.take_job(JOB, holder, now, LEASE_SECS).await? {
        return Ok(Scheduled::NotTaken);
    }
    match run(store, key, holder, store.clock().today()).await {
        Ok(runs) => {
            store.finish_job(JOB, holder, next_run_after(store.clock().timestamp())).await?;
            Ok(Scheduled::Ran(runs))
        }
        Err(e) => {
            store.release_job(JOB, holder).await?;
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_run_is_at_three_in_the_night_in_stockholm() {
        // 2026-12-07 12:00 UTC is 13:00 in Stockholm; the next run is 03:00 on the 8th (02:00 UTC).
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-07T12:00:00Z").unwrap().timestamp();
        let next = chrono::DateTime::from_timestamp(next_run_after(now), 0).unwrap();
        assert_eq!(next.to_rfc3339(), "2026-12-08T02:00:00+00:00");
        // In summer Stockholm is two hours ahead.
        let now = chrono::DateTime::parse_from_rfc3339("2026-06-07T12:00:00Z").unwrap().timestamp();
        let next = chrono::DateTime::from_timestamp(next_run_after(now), 0).unwrap();
        assert_eq!(next.to_rfc3339(), "2026-06-08T01:00:00+00:00");
    }

    #[test]
    fn hashed_ids_are_keyed() {
        let a = hashed_id(&[1; 32], "case", 7);
        assert_eq!(a.len(), 24);
        assert_eq!(a, hashed_id(&[1; 32], "case", 7));
        assert_ne!(a, hashed_id(&[2; 32], "case", 7));
        assert_ne!(a, hashed_id(&[1; 32], "person", 7));
    }
}
