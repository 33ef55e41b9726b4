//! The work on a case: contacts, referrals, follow-ups and sealed identified details.
use chrono::NaiveDate;
use lotsen_domain::case::FollowUpOutcome;
use lotsen_domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::{
    CaseRecord, ContactRecord, FollowUpRecord, NewContact, NewReferral, ReferralRecord, SealedIdentity, contact_record,
    follow_up_record, referral_record,
};
use crate::entity::{contact, follow_up, identity, referral};
use crate::{Result, Scoped, StoreError, Tx};

impl Tx {
    pub async fn add_contact(&self, case: &Scoped<CaseRecord>, c: NewContact) -> Result<ContactRecord> {
        let case_id = case.id;
        let m = contact::ActiveModel {
            case_id: Set(case_id),
            on_date: Set(c.on),
            mode_id: Set(c.mode_id),
            minutes: Set(c.minutes),
            venue_id: Set(c.venue_id),
            note: Set(c.note),
            author_id: Set(c.author_id),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.touch_case(case_id).await?;
        Ok(contact_record(m))
    }

    /// Several contacts of one case at once (an import): one insert. The case's report summary is
    /// left to [`Tx::refresh_summaries`], called once for the whole import.
    pub async fn add_contacts(&self, case: &Scoped<CaseRecord>, cs: Vec<NewContact>) -> Result<()> {
        let case_id = case.id;
        if cs.is_empty() {
            return Ok(());
        }
        let t = self.now();
        let models = cs.into_iter().map(|c| contact::ActiveModel {
            case_id: Set(case_id),
            on_date: Set(c.on),
            mode_id: Set(c.mode_id),
            minutes: Set(c.minutes),
            venue_id: Set(c.venue_id),
            note: Set(c.note),
            author_id: Set(c.author_id),
            created_at: Set(t),
            ..Default::default()
        });
        contact::Entity::insert_many(models).exec(self.conn()).await?;
        Ok(())
    }

    pub async fn add_referral(&self, case: &Scoped<CaseRecord>, r: NewReferral) -> Result<ReferralRecord> {
        let case_id = case.id;
        let t = self.now();
        let m = referral::ActiveModel {
            case_id: Set(case_id),
            destination_id: Set(r.destination_id),
            kind_id: Set(r.kind_id),
            on_date: Set(r.on),
            consent: Set(r.consent),
            info_shared: Set(r.info_shared),
            status: Set(r.status.as_str().to_owned()),
            established_on: Set(r.established_on),
            service_id: Set(self.destination_service(r.destination_id).await?),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.touch_case(case_id).await?;
        referral_record(m)
    }

    /// Updates where referral `id` of `case` stands (status, consent, sharing, establishment); not
    /// found when it is another case's.
    pub async fn update_referral(&self, case: &Scoped<CaseRecord>, id: i64, r: NewReferral) -> Result<ReferralRecord> {
        let of_case = referral::Entity::find_by_id(id).filter(referral::Column::CaseId.eq(case.id));
        if of_case.count(self.conn()).await? != 1 {
            return Err(StoreError::NotFound);
        }
        let m = referral::ActiveModel {
            id: Set(id),
            destination_id: Set(r.destination_id),
            kind_id: Set(r.kind_id),
            on_date: Set(r.on),
            consent: Set(r.consent),
            info_shared: Set(r.info_shared),
            status: Set(r.status.as_str().to_owned()),
            established_on: Set(r.established_on),
            updated_at: Set(self.now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        self.touch_case(m.case_id).await?;
        referral_record(m)
    }

    /// A follow-up of `case` for `assigned_to`, due on `due_on`.
    pub async fn add_follow_up(
        &self,
        case: &Scoped<CaseRecord>,
        assigned_to: UserId,
        due_on: NaiveDate,
    ) -> Result<FollowUpRecord> {
        let m = follow_up::ActiveModel {
            case_id: Set(case.id),
            unit_id: Set(case.unit_id()),
            assigned_to: Set(assigned_to),
            due_on: Set(due_on),
            outcome: Set(None),
            done_on: Set(None),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        follow_up_record(m)
    }

    /// Records how follow-up `id` of `case` went; not found when it is another case's.
    pub async fn complete_follow_up(
        &self,
        case: &Scoped<CaseRecord>,
        id: i64,
        outcome: FollowUpOutcome,
        on: NaiveDate,
    ) -> Result<()> {
        let of_case = follow_up::Entity::find_by_id(id).filter(follow_up::Column::CaseId.eq(case.id));
        if of_case.count(self.conn()).await? != 1 {
            return Err(StoreError::NotFound);
        }
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

    pub async fn set_identity(&self, case: &Scoped<CaseRecord>, s: SealedIdentity) -> Result<()> {
        let case_id = case.id;
        let t = self.now();
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
    pub async fn forget_identity(&self, case: &Scoped<CaseRecord>) -> Result<bool> {
        Ok(identity::Entity::delete_by_id(case.id).exec(self.conn()).await?.rows_affected > 0)
    }
}
