//! Cases and their contacts, referrals, follow-ups and sealed identified details.
use chrono::NaiveDate;
use lotsen_domain::case::{CaseStatus, FollowUpOutcome, ReferralStatus, Residency};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::entity::{case, case_category, contact, follow_up, identity, referral};
use crate::{Result, Store, StoreError, Tx, now};

mod list;
mod work;

pub use list::{COUNT_CAP, CaseFilter, CaseListPage, CaseRow, CaseSort, ReportFilter};

/// The statement that recomputes what the effect report reads from a case (see migration m0011):
/// the number of contacts and their minutes, and the days from the first contact to the first
/// contact in a meeting mode and to the first established support. For one case, or for all.
pub(crate) fn summary_sql(backend: DbBackend, case_id: Option<i64>) -> String {
    let days = |later: &str| match backend {
        DbBackend::Postgres => format!("(({later}) - cases.first_contact_on)"),
        _ => format!("CAST(julianday(({later})) - julianday(cases.first_contact_on) AS INTEGER)"),
    };
    let first_meeting = "SELECT MIN(k.on_date) FROM contacts k JOIN list_entries l ON l.id = k.mode_id \
                         WHERE k.case_id = cases.id AND l.meeting";
    let established = "SELECT MIN(r.established_on) FROM referrals r \
                       WHERE r.case_id = cases.id AND r.established_on IS NOT NULL";
    let filter = case_id.map(|id| format!(" WHERE id = {id}")).unwrap_or_default();
    format!(
        "UPDATE cases SET \
         contact_count = (SELECT COUNT(*) FROM contacts k WHERE k.case_id = cases.id), \
         contact_minutes = (SELECT COALESCE(SUM(k.minutes), 0) FROM contacts k WHERE k.case_id = cases.id), \
         wait_days = {}, support_days = {}{filter}",
        days(first_meeting),
        days(established)
    )
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub id: i64,
    pub unit_id: i64,
    pub channel_id: i64,
    pub first_contact_on: NaiveDate,
    pub age_group_id: i64,
    pub main_category_id: i64,
    pub secondary: Vec<i64>,
    pub returning: bool,
    pub previous_case_id: Option<i64>,
    pub residency: Residency,
    pub referring_org: Option<String>,
    pub coordinator_id: i64,
    pub status: CaseStatus,
    pub closed_on: Option<NaiveDate>,
    pub closing_outcome_id: Option<i64>,
    pub external_id: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

fn bad(what: &str, id: i64) -> StoreError {
    StoreError::Unavailable(format!("{what} {id} holds a value this version does not know"))
}

pub(crate) fn case_record(m: case::Model, secondary: Vec<i64>) -> Result<CaseRecord> {
    Ok(CaseRecord {
        id: m.id,
        unit_id: m.unit_id,
        channel_id: m.channel_id,
        first_contact_on: m.first_contact_on,
        age_group_id: m.age_group_id,
        main_category_id: m.main_category_id,
        secondary,
        returning: m.returning,
        previous_case_id: m.previous_case_id,
        residency: Residency::parse(&m.residency).map_err(|_| bad("case", m.id))?,
        referring_org: m.referring_org,
        coordinator_id: m.coordinator_id,
        status: CaseStatus::parse(&m.status).map_err(|_| bad("case", m.id))?,
        closed_on: m.closed_on,
        closing_outcome_id: m.closing_outcome_id,
        external_id: m.external_id,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

/// A new case; the caller has checked every id against the unit's lists.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub unit_id: i64,
    pub channel_id: i64,
    pub first_contact_on: NaiveDate,
    pub age_group_id: i64,
    pub main_category_id: i64,
    pub secondary: Vec<i64>,
    pub returning: bool,
    pub previous_case_id: Option<i64>,
    pub residency: Residency,
    pub referring_org: Option<String>,
    pub coordinator_id: i64,
    pub external_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRecord {
    pub id: i64,
    pub case_id: i64,
    pub on: NaiveDate,
    pub mode_id: i64,
    pub minutes: i32,
    pub venue_id: Option<i64>,
    pub note: String,
    pub author_id: i64,
}

#[derive(Debug, Clone)]
pub struct NewContact {
    pub on: NaiveDate,
    pub mode_id: i64,
    pub minutes: i32,
    pub venue_id: Option<i64>,
    pub note: String,
    pub author_id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralRecord {
    pub id: i64,
    pub case_id: i64,
    pub destination_id: i64,
    pub kind_id: i64,
    pub on: NaiveDate,
    pub consent: bool,
    pub info_shared: bool,
    pub status: ReferralStatus,
    pub established_on: Option<NaiveDate>,
    /// The directory's service for the destination.
    pub service_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewReferral {
    pub destination_id: i64,
    pub kind_id: i64,
    pub on: NaiveDate,
    pub consent: bool,
    pub info_shared: bool,
    pub status: ReferralStatus,
    pub established_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpRecord {
    pub id: i64,
    pub case_id: i64,
    pub assigned_to: i64,
    pub due_on: NaiveDate,
    pub outcome: Option<FollowUpOutcome>,
    pub done_on: Option<NaiveDate>,
}

/// Identified details as stored: sealed bytes only the web layer can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedIdentity {
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
}

/// Everything the case page shows.
#[derive(Debug, Clone)]
pub struct CaseDetail {
    pub case: CaseRecord,
    pub contacts: Vec<ContactRecord>,
    pub referrals: Vec<ReferralRecord>,
    pub follow_ups: Vec<FollowUpRecord>,
    pub has_identity: bool,
}

pub(crate) fn contact_record(m: contact::Model) -> ContactRecord {
    ContactRecord {
        id: m.id,
        case_id: m.case_id,
        on: m.on_date,
        mode_id: m.mode_id,
        minutes: m.minutes,
        venue_id: m.venue_id,
        note: m.note,
        author_id: m.author_id,
    }
}

pub(crate) fn referral_record(m: referral::Model) -> Result<ReferralRecord> {
    Ok(ReferralRecord {
        id: m.id,
        case_id: m.case_id,
        destination_id: m.destination_id,
        kind_id: m.kind_id,
        on: m.on_date,
        consent: m.consent,
        info_shared: m.info_shared,
        status: ReferralStatus::parse(&m.status).map_err(|_| bad("referral", m.id))?,
        established_on: m.established_on,
        service_id: m.service_id,
    })
}

pub(crate) fn follow_up_record(m: follow_up::Model) -> Result<FollowUpRecord> {
    let outcome = match m.outcome.as_deref() {
        Some(o) => Some(FollowUpOutcome::parse(o).map_err(|_| bad("follow-up", m.id))?),
        None => None,
    };
    Ok(FollowUpRecord {
        id: m.id,
        case_id: m.case_id,
        assigned_to: m.assigned_to,
        due_on: m.due_on,
        outcome,
        done_on: m.done_on,
    })
}

impl Store {
    /// The case with everything on it, or not found when it belongs to another unit.
    pub async fn case_detail(&self, unit_id: i64, id: i64) -> Result<CaseDetail> {
        let c = self.case(unit_id, id).await?;
        let contacts = contact::Entity::find()
            .filter(contact::Column::CaseId.eq(id))
            .order_by_asc(contact::Column::OnDate)
            .order_by_asc(contact::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(contact_record)
            .collect();
        let referrals = referral::Entity::find()
            .filter(referral::Column::CaseId.eq(id))
            .order_by_asc(referral::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(referral_record)
            .collect::<Result<_>>()?;
        let follow_ups = follow_up::Entity::find()
            .filter(follow_up::Column::CaseId.eq(id))
            .order_by_asc(follow_up::Column::DueOn)
            .all(self.conn())
            .await?
            .into_iter()
            .map(follow_up_record)
            .collect::<Result<_>>()?;
        let has_identity = identity::Entity::find_by_id(id).count(self.conn()).await? > 0;
        Ok(CaseDetail { case: c, contacts, referrals, follow_ups, has_identity })
    }

    pub async fn case(&self, unit_id: i64, id: i64) -> Result<CaseRecord> {
        let m = case::Entity::find_by_id(id)
            .filter(case::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        let secondary = case_category::Entity::find()
            .filter(case_category::Column::CaseId.eq(id))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| c.category_id)
            .collect();
        case_record(m, secondary)
    }

    pub async fn case_by_external_id(&self, unit_id: i64, external_id: &str) -> Result<Option<i64>> {
        Ok(case::Entity::find()
            .filter(case::Column::UnitId.eq(unit_id))
            .filter(case::Column::ExternalId.eq(external_id))
            .one(self.conn())
            .await?
            .map(|m| m.id))
    }

    /// The ids of every imported case of a unit, to skip rows imported before.
    pub async fn external_ids(&self, unit_id: i64) -> Result<std::collections::HashSet<String>> {
        let ids: Vec<Option<String>> = case::Entity::find()
            .select_only()
            .column(case::Column::ExternalId)
            .filter(case::Column::UnitId.eq(unit_id))
            .filter(case::Column::ExternalId.is_not_null())
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(ids.into_iter().flatten().collect())
    }

    /// Follow-ups not done, assigned to a user, soonest first.
    pub async fn open_follow_ups(&self, user_id: i64, limit: u64) -> Result<Vec<FollowUpRecord>> {
        follow_up::Entity::find()
            .filter(follow_up::Column::AssignedTo.eq(user_id))
            .filter(follow_up::Column::DoneOn.is_null())
            .order_by_asc(follow_up::Column::DueOn)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(follow_up_record)
            .collect()
    }

    pub async fn identity(&self, case_id: i64) -> Result<Option<SealedIdentity>> {
        Ok(identity::Entity::find_by_id(case_id).one(self.conn()).await?.map(|m| SealedIdentity {
            key_version: m.key_version,
            nonce: m.nonce,
            sealed: m.sealed,
        }))
    }
}

impl Tx {
    pub async fn create_case(&self, n: NewCase) -> Result<CaseRecord> {
        let t = now();
        let m = case::ActiveModel {
            unit_id: Set(n.unit_id),
            channel_id: Set(n.channel_id),
            first_contact_on: Set(n.first_contact_on),
            age_group_id: Set(n.age_group_id),
            main_category_id: Set(n.main_category_id),
            returning: Set(n.returning),
            previous_case_id: Set(n.previous_case_id),
            residency: Set(n.residency.as_str().to_owned()),
            referring_org: Set(n.referring_org),
            coordinator_id: Set(n.coordinator_id),
            status: Set(CaseStatus::Open.as_str().to_owned()),
            closed_on: Set(None),
            closing_outcome_id: Set(None),
            external_id: Set(n.external_id),
            // A new case has no contacts yet; set here so the returned row is whole on every engine.
            contact_count: Set(0),
            contact_minutes: Set(0),
            wait_days: Set(None),
            support_days: Set(None),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.set_secondary(m.id, &n.secondary).await?;
        case_record(m, n.secondary)
    }

    async fn set_secondary(&self, case_id: i64, categories: &[i64]) -> Result<()> {
        case_category::Entity::delete_many()
            .filter(case_category::Column::CaseId.eq(case_id))
            .exec(self.conn())
            .await?;
        let mut seen = Vec::new();
        for c in categories {
            if seen.contains(c) {
                continue;
            }
            seen.push(*c);
            case_category::ActiveModel { case_id: Set(case_id), category_id: Set(*c) }.insert(self.conn()).await?;
        }
        Ok(())
    }

    /// Changes what was registered; status and closing have their own calls.
    pub async fn update_case(&self, id: i64, n: NewCase) -> Result<()> {
        case::ActiveModel {
            id: Set(id),
            channel_id: Set(n.channel_id),
            first_contact_on: Set(n.first_contact_on),
            age_group_id: Set(n.age_group_id),
            main_category_id: Set(n.main_category_id),
            returning: Set(n.returning),
            previous_case_id: Set(n.previous_case_id),
            residency: Set(n.residency.as_str().to_owned()),
            referring_org: Set(n.referring_org),
            coordinator_id: Set(n.coordinator_id),
            updated_at: Set(now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        self.set_secondary(id, &n.secondary).await?;
        // The first contact date may have moved: the waiting times count from it.
        self.touch_case(id).await
    }

    pub async fn close_case(&self, id: i64, on: NaiveDate, outcome_id: i64) -> Result<()> {
        case::ActiveModel {
            id: Set(id),
            status: Set(CaseStatus::Closed.as_str().to_owned()),
            closed_on: Set(Some(on)),
            closing_outcome_id: Set(Some(outcome_id)),
            updated_at: Set(now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    pub async fn reopen_case(&self, id: i64) -> Result<()> {
        case::ActiveModel {
            id: Set(id),
            status: Set(CaseStatus::Open.as_str().to_owned()),
            closed_on: Set(None),
            closing_outcome_id: Set(None),
            updated_at: Set(now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    /// Marks the case changed and brings its report summary up to date, in one statement.
    pub(crate) async fn touch_case(&self, id: i64) -> Result<()> {
        let sql =
            summary_sql(self.db_backend(), Some(id)).replacen(" SET ", &format!(" SET updated_at = {}, ", now()), 1);
        self.conn().execute_unprepared(&sql).await?;
        Ok(())
    }

    /// Brings the report summary of a unit's cases from `first_id` on up to date (after an import).
    pub async fn refresh_summaries(&self, unit_id: i64, first_id: i64) -> Result<()> {
        let sql = summary_sql(self.db_backend(), None) + &format!(" WHERE unit_id = {unit_id} AND id >= {first_id}");
        self.conn().execute_unprepared(&sql).await?;
        Ok(())
    }
}
