//! A family's mappings and plan, read and written through the family as read for its unit.
use chrono::NaiveDate;
use lotsen_domain::ids::{ListEntryId, UserId};
use lotsen_domain::records::family_plan::{ActionStatus, AreaScore, Responsible, Score};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{family_action as fa, family_goal as fg, family_mapping as fm, family_score as fs};
use crate::{FamilyRecord, Result, Scoped, SealedIdentity, Store, StoreError, Tx};

/// A mapping with its scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingRecord {
    pub id: i64,
    pub made_on: NaiveDate,
    pub scores: Vec<AreaScore>,
    pub created_by: UserId,
}

/// A goal as stored, its words sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalRecord {
    pub id: i64,
    pub area_id: ListEntryId,
    pub sealed: SealedIdentity,
}

/// An action as stored, its words sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRecord {
    pub id: i64,
    pub goal_id: i64,
    pub sealed: SealedIdentity,
    pub responsible: Responsible,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
}

fn bad(what: &str, id: i64) -> StoreError {
    StoreError::Unavailable(format!("{what} {id} holds a value this version does not know"))
}

impl Store {
    /// The family's mappings with their scores, oldest first.
    pub async fn family_mappings(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<MappingRecord>> {
        let maps = fm::Entity::find()
            .filter(fm::Column::UnitId.eq(f.unit_id()))
            .filter(fm::Column::FamilyId.eq(f.id))
            .order_by_asc(fm::Column::MadeOn)
            .order_by_asc(fm::Column::Id)
            .all(self.conn())
            .await?;
        let scores = fs::Entity::find()
            .filter(fs::Column::UnitId.eq(f.unit_id()))
            .filter(fs::Column::FamilyId.eq(f.id))
            .order_by_asc(fs::Column::Id)
            .all(self.conn())
            .await?;
        maps.into_iter()
            .map(|m| {
                let scores = scores
                    .iter()
                    .filter(|s| s.mapping_id == m.id)
                    .map(|s| {
                        let current = Score::from_stored(i32::from(s.current)).ok_or_else(|| bad("score", s.id))?;
                        let desired = Score::from_stored(i32::from(s.desired)).ok_or_else(|| bad("score", s.id))?;
                        Ok(AreaScore { area: s.area_id, current, desired })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(MappingRecord { id: m.id, made_on: m.made_on, scores, created_by: m.created_by })
            })
            .collect()
    }

    /// The family's goals, in the order they were set.
    pub async fn family_goals(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<GoalRecord>> {
        Ok(fg::Entity::find()
            .filter(fg::Column::UnitId.eq(f.unit_id()))
            .filter(fg::Column::FamilyId.eq(f.id))
            .order_by_asc(fg::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| GoalRecord {
                id: m.id,
                area_id: m.area_id,
                sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
            })
            .collect())
    }

    /// The family's actions, by due day.
    pub async fn family_actions(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<ActionRecord>> {
        fa::Entity::find()
            .filter(fa::Column::UnitId.eq(f.unit_id()))
            .filter(fa::Column::FamilyId.eq(f.id))
            .order_by_asc(fa::Column::DueOn)
            .order_by_asc(fa::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                Ok(ActionRecord {
                    id: m.id,
                    goal_id: m.goal_id,
                    responsible: Responsible::parse(&m.responsible).map_err(|_| bad("action", m.id))?,
                    status: ActionStatus::parse(&m.status).map_err(|_| bad("action", m.id))?,
                    due_on: m.due_on,
                    sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
                })
            })
            .collect()
    }
}

impl Tx {
    /// Records a mapping of the family on `made_on`.
    pub async fn add_mapping(
        &self,
        f: &Scoped<FamilyRecord>,
        made_on: NaiveDate,
        scores: &[AreaScore],
        by: UserId,
    ) -> Result<i64> {
        let m = fm::ActiveModel {
            family_id: Set(f.id),
            unit_id: Set(f.unit_id()),
            made_on: Set(made_on),
            created_by: Set(by),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        for s in scores {
            fs::ActiveModel {
                mapping_id: Set(m.id),
                family_id: Set(f.id),
                unit_id: Set(f.unit_id()),
                area_id: Set(s.area),
                current: Set(i16::from(s.current.get())),
                desired: Set(i16::from(s.desired.get())),
                ..Default::default()
            }
            .insert(self.conn())
            .await?;
        }
        Ok(m.id)
    }

    /// Sets a goal in an area of the family's plan.
    pub async fn add_goal(
        &self,
        f: &Scoped<FamilyRecord>,
        area: ListEntryId,
        sealed: SealedIdentity,
        by: UserId,
    ) -> Result<i64> {
        let m = fg::ActiveModel {
            family_id: Set(f.id),
            unit_id: Set(f.unit_id()),
            area_id: Set(area),
            key_version: Set(sealed.key_version),
            nonce: Set(sealed.nonce),
            sealed: Set(sealed.sealed),
            created_by: Set(by),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }

    /// Adds an action towards goal `goal` of the family; a goal of another family is not found.
    pub async fn add_action(
        &self,
        f: &Scoped<FamilyRecord>,
        goal: i64,
        sealed: SealedIdentity,
        responsible: &Responsible,
        due_on: NaiveDate,
        by: UserId,
    ) -> Result<i64> {
        let owned = fg::Entity::find_by_id(goal)
            .filter(fg::Column::UnitId.eq(f.unit_id()))
            .filter(fg::Column::FamilyId.eq(f.id))
            .one(self.conn())
            .await?;
        if owned.is_none() {
            return Err(StoreError::NotFound);
        }
        let t = self.now();
        let m = fa::ActiveModel {
            goal_id: Set(goal),
            family_id: Set(f.id),
            unit_id: Set(f.unit_id()),
            key_version: Set(sealed.key_version),
            nonce: Set(sealed.nonce),
            sealed: Set(sealed.sealed),
            responsible: Set(responsible.as_str().to_owned()),
            due_on: Set(due_on),
            status: Set(ActionStatus::Planned.as_str().to_owned()),
            created_by: Set(by),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }

    /// Sets the status of an action of the family; another family's action is not found.
    pub async fn set_action_status(&self, f: &Scoped<FamilyRecord>, action: i64, status: ActionStatus) -> Result<()> {
        let r = fa::Entity::update_many()
            .col_expr(fa::Column::Status, Expr::value(status.as_str()))
            .col_expr(fa::Column::UpdatedAt, Expr::value(self.now()))
            .filter(fa::Column::Id.eq(action))
            .filter(fa::Column::FamilyId.eq(f.id))
            .filter(fa::Column::UnitId.eq(f.unit_id()))
            .exec(self.conn())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }
}

impl Store {
    /// Every mapping of the unit's families with its scores, for the report.
    pub async fn unit_family_mappings(
        &self,
        unit_id: lotsen_domain::ids::UnitId,
    ) -> Result<Vec<(lotsen_domain::ids::FamilyId, NaiveDate, Vec<AreaScore>)>> {
        let maps = fm::Entity::find()
            .filter(fm::Column::UnitId.eq(unit_id))
            .order_by_asc(fm::Column::MadeOn)
            .order_by_asc(fm::Column::Id)
            .all(self.conn())
            .await?;
        let scores = fs::Entity::find().filter(fs::Column::UnitId.eq(unit_id)).all(self.conn()).await?;
        let mut by_map: std::collections::HashMap<i64, Vec<AreaScore>> = std::collections::HashMap::new();
        for s in scores {
            let current = Score::from_stored(i32::from(s.current)).ok_or_else(|| bad("score", s.id))?;
            let desired = Score::from_stored(i32::from(s.desired)).ok_or_else(|| bad("score", s.id))?;
            by_map.entry(s.mapping_id).or_default().push(AreaScore { area: s.area_id, current, desired });
        }
        Ok(maps.into_iter().map(|m| (m.family_id, m.made_on, by_map.remove(&m.id).unwrap_or_default())).collect())
    }
}
