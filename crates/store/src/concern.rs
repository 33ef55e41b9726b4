//! School concern reports: counts per unit, month and outcome.
use lotsen_domain::ids::{UnitId, UserId};
use std::collections::BTreeMap;

use lotsen_domain::concern::{MonthRow, Outcome};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::entity::concern_report as cr;
use crate::{Result, Store, Tx};

impl Store {
    /// A unit's counts for a year, by (month, outcome); months not entered are absent.
    pub async fn concern_reports(&self, unit_id: UnitId, year: i32) -> Result<BTreeMap<(u32, Outcome), u32>> {
        let rows = cr::Entity::find()
            .filter(cr::Column::UnitId.eq(unit_id))
            .filter(cr::Column::Year.eq(year))
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let o = Outcome::parse(&r.outcome)?;
                Some(((u32::try_from(r.month).ok()?, o), u32::try_from(r.count).unwrap_or(0)))
            })
            .collect())
    }
}

impl Tx {
    /// Sets one month's counts: a count replaces what was there, `None` removes it.
    pub async fn set_concern_month(&self, unit_id: UnitId, row: &MonthRow, user_id: UserId) -> Result<()> {
        for (o, count) in Outcome::ALL.iter().zip(row.counts) {
            let month = i32::try_from(row.month).unwrap_or(0);
            match count {
                Some(n) => {
                    let m = cr::ActiveModel {
                        unit_id: Set(unit_id),
                        year: Set(row.year),
                        month: Set(month),
                        outcome: Set(o.code().to_owned()),
                        count: Set(i32::try_from(n).unwrap_or(i32::MAX)),
                        updated_by: Set(user_id),
                        updated_at: Set(self.now()),
                    };
                    cr::Entity::insert(m)
                        .on_conflict(
                            OnConflict::columns([
                                cr::Column::UnitId,
                                cr::Column::Year,
                                cr::Column::Month,
                                cr::Column::Outcome,
                            ])
                            .update_columns([cr::Column::Count, cr::Column::UpdatedBy, cr::Column::UpdatedAt])
                            .to_owned(),
                        )
                        .exec_without_returning(self.conn())
                        .await?;
                }
                None => {
                    cr::Entity::delete_many()
                        .filter(cr::Column::UnitId.eq(unit_id))
                        .filter(cr::Column::Year.eq(row.year))
                        .filter(cr::Column::Month.eq(month))
                        .filter(cr::Column::Outcome.eq(o.code()))
                        .exec(self.conn())
                        .await?;
                }
            }
        }
        Ok(())
    }
}
