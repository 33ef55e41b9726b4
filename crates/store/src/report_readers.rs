//! Who may read a unit's effect report from another unit (granted by the unit's admin).
use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{report_reader as rr, unit, user};
use crate::users::record;
use crate::{Result, Store, Tx, UnitRecord, UserRecord};

/// A reader of the unit's report, with the unit they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderRecord {
    pub user: UserRecord,
    pub home_unit: String,
    pub granted_at: i64,
}

impl Store {
    /// The users of other units who may read `unit_id`'s report, by username.
    pub async fn report_readers(&self, unit_id: UnitId) -> Result<Vec<ReaderRecord>> {
        let grants = rr::Entity::find().filter(rr::Column::UnitId.eq(unit_id)).all(self.conn()).await?;
        let users = user::Entity::find()
            .filter(user::Column::Id.is_in(grants.iter().map(|g| g.user_id)))
            .order_by_asc(user::Column::Username)
            .all(self.conn())
            .await?;
        let units = unit::Entity::find()
            .filter(unit::Column::Id.is_in(users.iter().map(|u| u.unit_id)))
            .all(self.conn())
            .await?;
        let mut out = Vec::with_capacity(users.len());
        for u in users {
            let home_unit = units.iter().find(|x| x.id == u.unit_id).map(|x| x.name.clone()).unwrap_or_default();
            let granted_at = grants.iter().find(|g| g.user_id == u.id).map_or(0, |g| g.created_at);
            out.push(ReaderRecord { user: record(u)?, home_unit, granted_at });
        }
        Ok(out)
    }

    /// The units besides their own whose report `user_id` has been let read, by name.
    pub async fn readable_units(&self, user_id: UserId) -> Result<Vec<UnitRecord>> {
        let grants = rr::Entity::find().filter(rr::Column::UserId.eq(user_id)).all(self.conn()).await?;
        Ok(unit::Entity::find()
            .filter(unit::Column::Id.is_in(grants.iter().map(|g| g.unit_id)))
            .order_by_asc(unit::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }
}

impl Tx {
    /// Lets `user_id` read `unit_id`'s report. False when they already may.
    pub async fn add_report_reader(&self, unit_id: UnitId, user_id: UserId, granted_by: UserId) -> Result<bool> {
        if rr::Entity::find_by_id((unit_id, user_id)).one(self.conn()).await?.is_some() {
            return Ok(false);
        }
        rr::ActiveModel {
            unit_id: Set(unit_id),
            user_id: Set(user_id),
            granted_by: Set(granted_by),
            created_at: Set(self.now()),
        }
        .insert(self.conn())
        .await?;
        Ok(true)
    }

    /// Takes the right back. False when there was none.
    pub async fn remove_report_reader(&self, unit_id: UnitId, user_id: UserId) -> Result<bool> {
        let r = rr::Entity::delete_by_id((unit_id, user_id)).exec(self.conn()).await?;
        Ok(r.rows_affected > 0)
    }
}
