//! The work on a case: contacts, referrals, follow-ups and sealed identified details.
use chrono::NaiveDate;
use lotsen_domain::case::{FollowUpCancel, FollowUpOutcome};
use lotsen_domain::ids::UserId;
use sea_orm::sea_query::Expr;
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

    /// The contact `id` of `case`; not found when it is another case's.
    async fn contact_of(&self, case: &Scoped<CaseRecord>, id: i64) -> Result<contact::Model> {
        contact::Entity::find_by_id(id)
            .filter(contact::Column::CaseId.eq(case.id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Corrects contact `id` of `case` (date, mode, minutes, note; author and venue stay) and
    /// returns it as it was, for the audit.
    pub async fn update_contact(&self, case: &Scoped<CaseRecord>, id: i64, c: NewContact) -> Result<ContactRecord> {
        let before = self.contact_of(case, id).await?;
        contact::ActiveModel {
            id: Set(id),
            on_date: Set(c.on),
            mode_id: Set(c.mode_id),
            minutes: Set(c.minutes),
            note: Set(c.note),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        self.touch_case(case.id).await?;
        Ok(contact_record(before))
    }

    /// Removes contact `id` of `case` and returns it as it was, for the audit.
    pub async fn remove_contact(&self, case: &Scoped<CaseRecord>, id: i64) -> Result<ContactRecord> {
        let before = self.contact_of(case, id).await?;
        contact::Entity::delete_by_id(id).exec(self.conn()).await?;
        self.touch_case(case.id).await?;
        Ok(contact_record(before))
    }

    /// The number of contacts `case` has.
    pub async fn contact_count(&self, case: &Scoped<CaseRecord>) -> Result<u64> {
        Ok(contact::Entity::find().filter(contact::Column::CaseId.eq(case.id)).count(self.conn()).await?)
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
            consent_on: Set(r.consent.then_some(r.on)),
            consent_contact: Set(false),
            consent_note: Set(false),
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
        // Consent taken back takes its reach with it; given again, it is recorded anew.
        if !r.consent {
            referral::Entity::update_many()
                .col_expr(referral::Column::ConsentOn, Expr::value(Option::<NaiveDate>::None))
                .col_expr(referral::Column::ConsentContact, Expr::value(false))
                .col_expr(referral::Column::ConsentNote, Expr::value(false))
                .filter(referral::Column::Id.eq(id))
                .exec(self.conn())
                .await?;
        }
        self.touch_case(m.case_id).await?;
        let m = referral::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        referral_record(m)
    }

    /// Records the resident's consent to referral `id` of `case`: its day and reach. Sharing
    /// anything marks the referral's information shared.
    pub async fn record_referral_consent(
        &self,
        case: &Scoped<CaseRecord>,
        id: i64,
        c: lotsen_domain::transfer::Consent,
    ) -> Result<ReferralRecord> {
        let m = referral::Entity::find_by_id(id)
            .filter(referral::Column::CaseId.eq(case.id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        referral::Entity::update_many()
            .col_expr(referral::Column::Consent, Expr::value(true))
            .col_expr(referral::Column::ConsentOn, Expr::value(c.on))
            .col_expr(referral::Column::ConsentContact, Expr::value(c.contact))
            .col_expr(referral::Column::ConsentNote, Expr::value(c.note))
            .col_expr(referral::Column::InfoShared, Expr::value(m.info_shared || c.contact || c.note))
            .col_expr(referral::Column::UpdatedAt, Expr::value(self.now()))
            .filter(referral::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        self.touch_case(case.id).await?;
        let m = referral::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
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
            cancel_reason: Set(None),
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
            // Made after all: a cancellation no longer stands.
            cancel_reason: Set(None),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    /// Follow-up `id` of `case` while it is still to be made; not found otherwise.
    async fn open_follow_up(&self, case: &Scoped<CaseRecord>, id: i64) -> Result<FollowUpRecord> {
        let m = follow_up::Entity::find_by_id(id)
            .filter(follow_up::Column::CaseId.eq(case.id))
            .filter(follow_up::Column::DoneOn.is_null())
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        follow_up_record(m)
    }

    /// Moves open follow-up `id` of `case` to `due_on` for `assigned_to`; returns it as it was.
    pub async fn move_follow_up(
        &self,
        case: &Scoped<CaseRecord>,
        id: i64,
        assigned_to: UserId,
        due_on: NaiveDate,
    ) -> Result<FollowUpRecord> {
        let before = self.open_follow_up(case, id).await?;
        follow_up::ActiveModel {
            id: Set(id),
            assigned_to: Set(assigned_to),
            due_on: Set(due_on),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(before)
    }

    /// Cancels open follow-up `id` of `case` on `on` for `reason`: it is no longer due, and the
    /// report does not count it as made.
    pub async fn cancel_follow_up(
        &self,
        case: &Scoped<CaseRecord>,
        id: i64,
        reason: FollowUpCancel,
        on: NaiveDate,
    ) -> Result<FollowUpRecord> {
        let before = self.open_follow_up(case, id).await?;
        follow_up::ActiveModel {
            id: Set(id),
            outcome: Set(None),
            done_on: Set(Some(on)),
            cancel_reason: Set(Some(reason.as_str().to_owned())),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(before)
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
