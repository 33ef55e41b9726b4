//! The manager's dated inputs to the effect report.
use chrono::NaiveDate;
use lotsen_domain::ids::{UnitId, UserId};
use lotsen_domain::report_input::{Input, InputKind};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::report_input as ri;
use crate::{Result, Store, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRecord {
    pub id: i64,
    pub kind: InputKind,
    pub value: i64,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub note: String,
    pub created_by: UserId,
    pub created_at: i64,
    /// When and by whom it was marked a mistake; such an input counts for nothing.
    pub removed: Option<(i64, UserId)>,
}

impl Store {
    /// Every input of the unit, removed ones too, newest period first within each kind.
    pub async fn report_inputs(&self, unit_id: UnitId) -> Result<Vec<InputRecord>> {
        let rows = ri::Entity::find()
            .filter(ri::Column::UnitId.eq(unit_id))
            .order_by_asc(ri::Column::Kind)
            .order_by_desc(ri::Column::ValidFrom)
            .order_by_desc(ri::Column::Id)
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|m| {
                Some(InputRecord {
                    id: m.id,
                    kind: InputKind::parse(&m.kind)?,
                    value: m.value,
                    from: m.valid_from,
                    to: m.valid_to,
                    note: m.note,
                    created_by: m.created_by,
                    created_at: m.created_at,
                    removed: m.removed_at.zip(m.removed_by),
                })
            })
            .collect())
    }
}

impl Tx {
    pub async fn add_report_input(&self, unit_id: UnitId, user_id: UserId, input: &Input) -> Result<i64> {
        let m = ri::ActiveModel {
            unit_id: Set(unit_id),
            kind: Set(input.kind.code().to_owned()),
            value: Set(input.value),
            valid_from: Set(input.from),
            valid_to: Set(input.to),
            note: Set(input.note.clone()),
            created_by: Set(user_id),
            created_at: Set(self.now()),
            removed_by: Set(None),
            removed_at: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }

    /// Marks one of the unit's inputs a mistake. False when it is not there or already removed.
    pub async fn remove_report_input(&self, unit_id: UnitId, id: i64, user_id: UserId) -> Result<bool> {
        let n = ri::Entity::update_many()
            .col_expr(ri::Column::RemovedBy, Expr::value(user_id))
            .col_expr(ri::Column::RemovedAt, Expr::value(self.now()))
            .filter(ri::Column::Id.eq(id))
            .filter(ri::Column::UnitId.eq(unit_id))
            .filter(ri::Column::RemovedAt.is_null())
            .exec(self.conn())
            .await?
            .rows_affected;
        Ok(n == 1)
    }
}
