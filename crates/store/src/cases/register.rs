//! Registering a case and changing what was registered: its details, secondary categories,
//! closing and reopening.
use chrono::NaiveDate;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{CaseId, ListEntryId};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::{CaseRecord, NewCase, case_record};
use crate::entity::{case, case_category};
use crate::{Result, Scoped, Tx};

impl Tx {
    /// Registers a case in `n.unit_id` (the caller has made it theirs).
    pub async fn create_case(&self, n: NewCase) -> Result<Scoped<CaseRecord>> {
        let t = self.now();
        let m = case::ActiveModel {
            unit_id: Set(n.unit_id),
            channel_id: Set(n.channel_id),
            first_contact_on: Set(n.first_contact_on),
            age_group_id: Set(n.age_group_id),
            main_category_id: Set(n.main_category_id),
            returning: Set(n.returning),
            returning_reason: Set(n.returning_reason.map(|r| r.as_str().to_owned())),
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
            // Its resident is recorded next (`Tx::set_case_person`).
            person_id: Set(None),
            documented: Set(n.documented),
            keep_reason: Set(None),
            culled_on: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.set_secondary(m.id, &n.secondary).await?;
        Ok(Scoped::new(n.unit_id, case_record(m, n.secondary)?))
    }

    async fn set_secondary(&self, case_id: CaseId, categories: &[ListEntryId]) -> Result<()> {
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
    pub async fn update_case(&self, case: &Scoped<CaseRecord>, n: NewCase) -> Result<()> {
        let id = case.id;
        case::ActiveModel {
            id: Set(id),
            channel_id: Set(n.channel_id),
            first_contact_on: Set(n.first_contact_on),
            age_group_id: Set(n.age_group_id),
            main_category_id: Set(n.main_category_id),
            returning: Set(n.returning),
            returning_reason: Set(n.returning_reason.map(|r| r.as_str().to_owned())),
            previous_case_id: Set(n.previous_case_id),
            residency: Set(n.residency.as_str().to_owned()),
            referring_org: Set(n.referring_org),
            coordinator_id: Set(n.coordinator_id),
            updated_at: Set(self.now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        self.set_secondary(id, &n.secondary).await?;
        // The first contact date may have moved: the waiting times count from it.
        self.touch_case(id).await
    }

    pub async fn close_case(&self, case: &Scoped<CaseRecord>, on: NaiveDate, outcome_id: ListEntryId) -> Result<()> {
        let id = case.id;
        case::ActiveModel {
            id: Set(id),
            status: Set(CaseStatus::Closed.as_str().to_owned()),
            closed_on: Set(Some(on)),
            closing_outcome_id: Set(Some(outcome_id)),
            updated_at: Set(self.now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }

    pub async fn reopen_case(&self, case: &Scoped<CaseRecord>) -> Result<()> {
        let id = case.id;
        case::ActiveModel {
            id: Set(id),
            status: Set(CaseStatus::Open.as_str().to_owned()),
            closed_on: Set(None),
            closing_outcome_id: Set(None),
            updated_at: Set(self.now()),
            ..Default::default()
        }
        .update(self.conn())
        .await?;
        Ok(())
    }
}
