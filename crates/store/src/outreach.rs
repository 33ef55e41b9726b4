//! Outreach and collaboration activities of a unit.
use chrono::NaiveDate;
use lotsen_domain::ids::{ListEntryId, UnitId, UserId};
use lotsen_domain::outreach::Activity;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{outreach_activity as oa, outreach_coordinator as oc};
use crate::{Result, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityRecord {
    pub id: i64,
    pub unit_id: UnitId,
    pub type_id: ListEntryId,
    pub on: NaiveDate,
    pub partners: String,
    pub reached: u32,
    pub minutes: u32,
    pub note: String,
    /// The coordinators who were there, by user id.
    pub coordinators: Vec<UserId>,
    pub created_by: UserId,
    /// Booked ahead and not yet marked held.
    pub planned: bool,
}

/// A checked activity with its type and coordinators (checked against the unit by the caller).
#[derive(Debug, Clone)]
pub struct ActivityInput {
    pub type_id: ListEntryId,
    pub activity: Activity,
    pub coordinators: Vec<UserId>,
}

/// Which activities a list shows; every given filter narrows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActivityFilter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub type_id: Option<ListEntryId>,
    /// Only planned activities (`Some(true)`) or only held ones (`Some(false)`).
    pub planned: Option<bool>,
}

fn record(m: oa::Model, coordinators: Vec<UserId>) -> ActivityRecord {
    ActivityRecord {
        id: m.id,
        unit_id: m.unit_id,
        type_id: m.type_id,
        on: m.held_on,
        partners: m.partners,
        reached: u32::try_from(m.reached).unwrap_or(0),
        minutes: u32::try_from(m.minutes).unwrap_or(0),
        note: m.note,
        coordinators,
        created_by: m.created_by,
        planned: m.planned,
    }
}

impl Store {
    /// The unit's activities matching `f`, the latest first.
    pub async fn activities(&self, unit_id: UnitId, f: &ActivityFilter) -> Result<Vec<ActivityRecord>> {
        let mut q = oa::Entity::find().filter(oa::Column::UnitId.eq(unit_id));
        if let Some(from) = f.from {
            q = q.filter(oa::Column::HeldOn.gte(from));
        }
        if let Some(to) = f.to {
            q = q.filter(oa::Column::HeldOn.lte(to));
        }
        if let Some(t) = f.type_id {
            q = q.filter(oa::Column::TypeId.eq(t));
        }
        if let Some(p) = f.planned {
            q = q.filter(oa::Column::Planned.eq(p));
        }
        let rows = q.order_by_desc(oa::Column::HeldOn).order_by_desc(oa::Column::Id).all(self.conn()).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut by_activity: std::collections::HashMap<i64, Vec<UserId>> = std::collections::HashMap::new();
        for chunk in ids.chunks(500) {
            for c in oc::Entity::find().filter(oc::Column::ActivityId.is_in(chunk.to_vec())).all(self.conn()).await? {
                by_activity.entry(c.activity_id).or_default().push(c.user_id);
            }
        }
        Ok(rows
            .into_iter()
            .map(|m| {
                let mut who = by_activity.remove(&m.id).unwrap_or_default();
                who.sort_unstable();
                record(m, who)
            })
            .collect())
    }

    /// One of the unit's activities; another unit's is not found.
    pub async fn activity(&self, unit_id: UnitId, id: i64) -> Result<ActivityRecord> {
        let m = oa::Entity::find_by_id(id)
            .filter(oa::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut who: Vec<UserId> = oc::Entity::find()
            .filter(oc::Column::ActivityId.eq(id))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| c.user_id)
            .collect();
        who.sort_unstable();
        Ok(record(m, who))
    }
}

impl Tx {
    pub async fn create_activity(&self, unit_id: UnitId, user_id: UserId, input: &ActivityInput) -> Result<i64> {
        let t = self.now();
        let a = &input.activity;
        let m = oa::ActiveModel {
            unit_id: Set(unit_id),
            type_id: Set(input.type_id),
            held_on: Set(a.on),
            partners: Set(a.partners.clone()),
            reached: Set(i32::try_from(a.reached).unwrap_or(i32::MAX)),
            minutes: Set(i32::try_from(a.minutes).unwrap_or(i32::MAX)),
            note: Set(a.note.clone()),
            created_by: Set(user_id),
            created_at: Set(t),
            updated_at: Set(t),
            planned: Set(a.planned),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        self.set_coordinators(m.id, &input.coordinators).await?;
        Ok(m.id)
    }

    /// Saves a new version of one of the unit's activities.
    pub async fn update_activity(&self, unit_id: UnitId, id: i64, input: &ActivityInput) -> Result<()> {
        let a = &input.activity;
        let changed = oa::Entity::update_many()
            .col_expr(oa::Column::TypeId, sea_orm::sea_query::Expr::value(input.type_id))
            .col_expr(oa::Column::HeldOn, sea_orm::sea_query::Expr::value(a.on))
            .col_expr(oa::Column::Partners, sea_orm::sea_query::Expr::value(a.partners.clone()))
            .col_expr(
                oa::Column::Reached,
                sea_orm::sea_query::Expr::value(i32::try_from(a.reached).unwrap_or(i32::MAX)),
            )
            .col_expr(
                oa::Column::Minutes,
                sea_orm::sea_query::Expr::value(i32::try_from(a.minutes).unwrap_or(i32::MAX)),
            )
            .col_expr(oa::Column::Note, sea_orm::sea_query::Expr::value(a.note.clone()))
            .col_expr(oa::Column::Planned, sea_orm::sea_query::Expr::value(a.planned))
            .col_expr(oa::Column::UpdatedAt, sea_orm::sea_query::Expr::value(self.now()))
            .filter(oa::Column::Id.eq(id))
            .filter(oa::Column::UnitId.eq(unit_id))
            .exec(self.conn())
            .await?
            .rows_affected;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        self.set_coordinators(id, &input.coordinators).await
    }

    async fn set_coordinators(&self, id: i64, users: &[UserId]) -> Result<()> {
        oc::Entity::delete_many().filter(oc::Column::ActivityId.eq(id)).exec(self.conn()).await?;
        let mut users = users.to_vec();
        users.sort_unstable();
        users.dedup();
        if !users.is_empty() {
            let rows = users.into_iter().map(|u| oc::ActiveModel { activity_id: Set(id), user_id: Set(u) });
            oc::Entity::insert_many(rows).exec_without_returning(self.conn()).await?;
        }
        Ok(())
    }
}
