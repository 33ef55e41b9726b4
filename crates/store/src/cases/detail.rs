//! Reading a case: the case page with everything on it, a case by its own or its imported id,
//! and open follow-ups.
use lotsen_domain::ids::{CaseId, UnitId, UserId};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{
    CaseDetail, CaseRecord, FollowUpRecord, SealedIdentity, case_record, contact_record, follow_up_record,
    referral_record,
};
use crate::entity::{case, case_category, contact, follow_up, identity, referral};
use crate::{Result, Scoped, Store, StoreError, Tx};

/// Case `id` as read for `unit_id`: the unit is in the query.
pub(crate) async fn read_case<C: ConnectionTrait>(conn: &C, unit_id: UnitId, id: CaseId) -> Result<Scoped<CaseRecord>> {
    let m = case::Entity::find_by_id(id)
        .filter(case::Column::UnitId.eq(unit_id))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let secondary = case_category::Entity::find()
        .filter(case_category::Column::CaseId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.category_id)
        .collect();
    Ok(Scoped::new(unit_id, case_record(m, secondary)?))
}

impl Tx {
    /// Case `id` of unit `unit_id`, read in the transaction; not found when it belongs to another
    /// unit.
    pub async fn case(&self, unit_id: UnitId, id: CaseId) -> Result<Scoped<CaseRecord>> {
        read_case(self.conn(), unit_id, id).await
    }
}

impl Store {
    /// The case with everything on it, or not found when it belongs to another unit.
    pub async fn case_detail(&self, unit_id: UnitId, id: CaseId) -> Result<CaseDetail> {
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

    /// Case `id` of unit `unit_id`; not found when it belongs to another unit.
    pub async fn case(&self, unit_id: UnitId, id: CaseId) -> Result<Scoped<CaseRecord>> {
        read_case(self.conn(), unit_id, id).await
    }

    pub async fn case_by_external_id(&self, unit_id: UnitId, external_id: &str) -> Result<Option<CaseId>> {
        Ok(case::Entity::find()
            .filter(case::Column::UnitId.eq(unit_id))
            .filter(case::Column::ExternalId.eq(external_id))
            .one(self.conn())
            .await?
            .map(|m| m.id))
    }

    /// The ids of every imported case of a unit, to skip rows imported before.
    pub async fn external_ids(&self, unit_id: UnitId) -> Result<std::collections::HashSet<String>> {
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
    pub async fn open_follow_ups(&self, user_id: UserId, limit: u64) -> Result<Vec<FollowUpRecord>> {
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

    pub async fn identity(&self, case_id: CaseId) -> Result<Option<SealedIdentity>> {
        Ok(identity::Entity::find_by_id(case_id).one(self.conn()).await?.map(|m| SealedIdentity {
            key_version: m.key_version,
            nonce: m.nonce,
            sealed: m.sealed,
        }))
    }
}
