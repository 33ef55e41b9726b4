//! Cases and their contacts, referrals, follow-ups and sealed identified details.
use chrono::NaiveDate;
use lotsen_domain::case::{CaseStatus, FollowUpOutcome, ReferralStatus, Residency};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entity::{case, case_category, contact, follow_up, identity, referral};
use crate::{Result, Store, StoreError, Tx, now};

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

fn case_record(m: case::Model, secondary: Vec<i64>) -> Result<CaseRecord> {
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

fn contact_record(m: contact::Model) -> ContactRecord {
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

fn referral_record(m: referral::Model) -> Result<ReferralRecord> {
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
    })
}

fn follow_up_record(m: follow_up::Model) -> Result<FollowUpRecord> {
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

/// How the case list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseSort {
    /// Most recently registered first.
    #[default]
    Newest,
    Oldest,
}

/// The case list's filters; `unit_id` is the reader's scope and always applies.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub unit_id: i64,
    pub status: Option<CaseStatus>,
    pub coordinator_id: Option<i64>,
    pub channel_id: Option<i64>,
    pub category_id: Option<i64>,
    pub age_group_id: Option<i64>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only cases with a follow-up not done and due before this day.
    pub overdue_before: Option<NaiveDate>,
    pub sort: CaseSort,
    /// Keyset paging: the id after which the page continues.
    pub after_id: Option<i64>,
}

/// One row of the case list, with its totals.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub case: CaseRecord,
    pub contacts: i64,
    pub minutes: i64,
}

#[derive(Debug, Clone)]
pub struct CaseListPage {
    pub rows: Vec<CaseRow>,
    pub total: u64,
    /// Passed as `after_id` for the next page.
    pub next_after: Option<i64>,
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

    pub async fn cases(&self, f: &CaseFilter, limit: u64) -> Result<CaseListPage> {
        use case::Column as C;
        let mut q = case::Entity::find().filter(C::UnitId.eq(f.unit_id));
        if let Some(s) = f.status {
            q = q.filter(C::Status.eq(s.as_str()));
        }
        if let Some(c) = f.coordinator_id {
            q = q.filter(C::CoordinatorId.eq(c));
        }
        if let Some(c) = f.channel_id {
            q = q.filter(C::ChannelId.eq(c));
        }
        if let Some(c) = f.category_id {
            let secondary = Query::select()
                .column(case_category::Column::CaseId)
                .from(case_category::Entity)
                .and_where(Expr::col(case_category::Column::CategoryId).eq(c))
                .to_owned();
            q = q.filter(C::MainCategoryId.eq(c).or(C::Id.in_subquery(secondary)));
        }
        if let Some(a) = f.age_group_id {
            q = q.filter(C::AgeGroupId.eq(a));
        }
        if let Some(d) = f.from {
            q = q.filter(C::FirstContactOn.gte(d));
        }
        if let Some(d) = f.to {
            q = q.filter(C::FirstContactOn.lte(d));
        }
        if let Some(today) = f.overdue_before {
            let overdue = Query::select()
                .column(follow_up::Column::CaseId)
                .from(follow_up::Entity)
                .and_where(Expr::col(follow_up::Column::UnitId).eq(f.unit_id))
                .and_where(Expr::col(follow_up::Column::DoneOn).is_null())
                .and_where(Expr::col(follow_up::Column::DueOn).lt(today))
                .to_owned();
            q = q.filter(C::Id.in_subquery(overdue));
        }
        let total = q.clone().count(self.conn()).await?;
        q = match (f.sort, f.after_id) {
            (CaseSort::Newest, Some(a)) => q.filter(C::Id.lt(a)).order_by_desc(C::Id),
            (CaseSort::Newest, None) => q.order_by_desc(C::Id),
            (CaseSort::Oldest, Some(a)) => q.filter(C::Id.gt(a)).order_by_asc(C::Id),
            (CaseSort::Oldest, None) => q.order_by_asc(C::Id),
        };
        let mut models = q.limit(limit + 1).all(self.conn()).await?;
        let next_after = if models.len() as u64 > limit {
            models.truncate(limit as usize);
            models.last().map(|m| m.id)
        } else {
            None
        };
        let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
        let totals: Vec<(i64, i64, Option<i64>)> = if ids.is_empty() {
            Vec::new()
        } else {
            contact::Entity::find()
                .select_only()
                .column(contact::Column::CaseId)
                .column_as(Expr::col(contact::Column::Id).count(), "n")
                .column_as(Expr::col(contact::Column::Minutes).sum().cast_as("BIGINT"), "m")
                .filter(contact::Column::CaseId.is_in(ids))
                .group_by(contact::Column::CaseId)
                .into_tuple()
                .all(self.conn())
                .await?
        };
        let rows = models
            .into_iter()
            .map(|m| {
                let (n, mins) = totals.iter().find(|t| t.0 == m.id).map_or((0, 0), |t| (t.1, t.2.unwrap_or(0)));
                Ok(CaseRow { case: case_record(m, Vec::new())?, contacts: n, minutes: mins })
            })
            .collect::<Result<_>>()?;
        Ok(CaseListPage { rows, total, next_after })
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
        self.set_secondary(id, &n.secondary).await
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

    pub async fn add_contact(&self, case_id: i64, c: NewContact) -> Result<ContactRecord> {
        let m = contact::ActiveModel {
            case_id: Set(case_id),
            on_date: Set(c.on),
            mode_id: Set(c.mode_id),
            minutes: Set(c.minutes),
            venue_id: Set(c.venue_id),
            note: Set(c.note),
            author_id: Set(c.author_id),
            created_at: Set(now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.touch_case(case_id).await?;
        Ok(contact_record(m))
    }

    pub async fn add_referral(&self, case_id: i64, r: NewReferral) -> Result<ReferralRecord> {
        let t = now();
        let m = referral::ActiveModel {
            case_id: Set(case_id),
            destination_id: Set(r.destination_id),
            kind_id: Set(r.kind_id),
            on_date: Set(r.on),
            consent: Set(r.consent),
            info_shared: Set(r.info_shared),
            status: Set(r.status.as_str().to_owned()),
            established_on: Set(r.established_on),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.touch_case(case_id).await?;
        referral_record(m)
    }

    /// Updates where a referral stands (status, consent, sharing, establishment).
    pub async fn update_referral(&self, id: i64, r: NewReferral) -> Result<ReferralRecord> {
        let m = referral::ActiveModel {
            id: Set(id),
            destination_id: Set(r.destination_id),
            kind_id: Set(r.kind_id),
            on_date: Set(r.on),
            consent: Set(r.consent),
            info_shared: Set(r.info_shared),
            status: Set(r.status.as_str().to_owned()),
            established_on: Set(r.established_on),
            updated_at: Set(now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        self.touch_case(m.case_id).await?;
        referral_record(m)
    }

    pub async fn add_follow_up(
        &self,
        case_id: i64,
        unit_id: i64,
        assigned_to: i64,
        due_on: NaiveDate,
    ) -> Result<FollowUpRecord> {
        let m = follow_up::ActiveModel {
            case_id: Set(case_id),
            unit_id: Set(unit_id),
            assigned_to: Set(assigned_to),
            due_on: Set(due_on),
            outcome: Set(None),
            done_on: Set(None),
            created_at: Set(now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        follow_up_record(m)
    }

    pub async fn complete_follow_up(&self, id: i64, outcome: FollowUpOutcome, on: NaiveDate) -> Result<()> {
        follow_up::ActiveModel {
            id: Set(id),
            outcome: Set(Some(outcome.as_str().to_owned())),
            done_on: Set(Some(on)),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_identity(&self, case_id: i64, s: SealedIdentity) -> Result<()> {
        let t = now();
        let exists = identity::Entity::find_by_id(case_id).count(self.conn()).await? > 0;
        let am = identity::ActiveModel {
            case_id: Set(case_id),
            key_version: Set(s.key_version),
            nonce: Set(s.nonce),
            sealed: Set(s.sealed),
            created_at: if exists { sea_orm::ActiveValue::NotSet } else { Set(t) },
            updated_at: Set(t),
        };
        if exists {
            am.update(self.conn()).await?;
        } else {
            am.insert(self.conn()).await?;
        }
        Ok(())
    }

    /// Erases identified details; the case and its statistics stay.
    pub async fn forget_identity(&self, case_id: i64) -> Result<bool> {
        Ok(identity::Entity::delete_by_id(case_id).exec(self.conn()).await?.rows_affected > 0)
    }

    async fn touch_case(&self, id: i64) -> Result<()> {
        case::Entity::update_many()
            .col_expr(case::Column::UpdatedAt, Expr::value(now()))
            .filter(case::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
