//! Reading drop-in times: venues, series, exceptions and visits, when the schedule last changed,
//! and the cases first met at each venue.
use lotsen_domain::ids::UnitId;
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Statement};

use super::{ExceptionRecord, SeriesRecord, VenueRecord, VisitRecord};
use crate::entity::{dropin_exception, dropin_series, dropin_visit, venue};
use crate::{Result, Scoped, Store, StoreError};

impl Store {
    /// Venues of one unit, or of every unit, by name.
    pub async fn venues(&self, unit_id: Option<UnitId>) -> Result<Vec<VenueRecord>> {
        let mut q = venue::Entity::find().order_by_asc(venue::Column::Name).order_by_asc(venue::Column::Id);
        if let Some(u) = unit_id {
            q = q.filter(venue::Column::UnitId.eq(u));
        }
        Ok(q.all(self.conn()).await?.into_iter().map(Into::into).collect())
    }

    /// Venue `id` of unit `unit_id`, for changing it; not found when it is another unit's.
    pub async fn unit_venue(&self, unit_id: UnitId, id: i64) -> Result<Scoped<VenueRecord>> {
        let v = venue::Entity::find_by_id(id).filter(venue::Column::UnitId.eq(unit_id)).one(self.conn()).await?;
        v.map(|v| Scoped::new(unit_id, v.into())).ok_or(StoreError::NotFound)
    }

    /// Series `id` of unit `unit_id`, for changing it or its sessions; not found when it is another
    /// unit's.
    pub async fn unit_series(&self, unit_id: UnitId, id: i64) -> Result<Scoped<SeriesRecord>> {
        let s = dropin_series::Entity::find_by_id(id)
            .filter(dropin_series::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?;
        s.map(|s| Scoped::new(unit_id, s.into())).ok_or(StoreError::NotFound)
    }

    /// Any venue, as the public pages show it.
    pub async fn venue(&self, id: i64) -> Result<VenueRecord> {
        venue::Entity::find_by_id(id).one(self.conn()).await?.map(Into::into).ok_or(StoreError::NotFound)
    }

    /// Series of one unit, or of every unit, oldest first.
    pub async fn series_list(&self, unit_id: Option<UnitId>) -> Result<Vec<SeriesRecord>> {
        let mut q = dropin_series::Entity::find().order_by_asc(dropin_series::Column::Id);
        if let Some(u) = unit_id {
            q = q.filter(dropin_series::Column::UnitId.eq(u));
        }
        Ok(q.all(self.conn()).await?.into_iter().map(Into::into).collect())
    }

    /// Any series, as the public pages show it.
    pub async fn series(&self, id: i64) -> Result<SeriesRecord> {
        dropin_series::Entity::find_by_id(id).one(self.conn()).await?.map(Into::into).ok_or(StoreError::NotFound)
    }

    /// The exceptions of the given series.
    pub async fn exceptions(&self, series_ids: &[i64]) -> Result<Vec<ExceptionRecord>> {
        if series_ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(dropin_exception::Entity::find()
            .filter(dropin_exception::Column::SeriesId.is_in(series_ids.iter().copied()))
            .order_by_asc(dropin_exception::Column::OccursOn)
            .all(self.conn())
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The exceptions of the given series for occurrences planned in `from..=to`.
    pub async fn exceptions_between(
        &self,
        series_ids: &[i64],
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ExceptionRecord>> {
        if series_ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(dropin_exception::Entity::find()
            .filter(dropin_exception::Column::SeriesId.is_in(series_ids.iter().copied()))
            .filter(dropin_exception::Column::OccursOn.gte(from))
            .filter(dropin_exception::Column::OccursOn.lte(to))
            .all(self.conn())
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// When the published schedule of a unit (or of all units) last changed, in Unix seconds.
    pub async fn dropin_changed_at(&self, unit_id: Option<UnitId>) -> Result<i64> {
        let mut s = dropin_series::Entity::find()
            .select_only()
            .column_as(Expr::col(dropin_series::Column::UpdatedAt).max(), "m");
        let mut v = venue::Entity::find().select_only().column_as(Expr::col(venue::Column::UpdatedAt).max(), "m");
        if let Some(u) = unit_id {
            s = s.filter(dropin_series::Column::UnitId.eq(u));
            v = v.filter(venue::Column::UnitId.eq(u));
        }
        let a: Option<Option<i64>> = s.into_tuple().one(self.conn()).await?;
        let b: Option<Option<i64>> = v.into_tuple().one(self.conn()).await?;
        Ok(Ord::max(a.flatten().unwrap_or(0), b.flatten().unwrap_or(0)))
    }

    /// The visit log of a unit for occurrences in `from..=to`.
    pub async fn visits(&self, unit_id: UnitId, from: NaiveDate, to: NaiveDate) -> Result<Vec<VisitRecord>> {
        Ok(dropin_visit::Entity::find()
            .filter(dropin_visit::Column::UnitId.eq(unit_id))
            .filter(dropin_visit::Column::OccursOn.gte(from))
            .filter(dropin_visit::Column::OccursOn.lte(to))
            .order_by_asc(dropin_visit::Column::OccursOn)
            .all(self.conn())
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    pub async fn visit(&self, series_id: i64, on: NaiveDate) -> Result<Option<VisitRecord>> {
        Ok(dropin_visit::Entity::find()
            .filter(dropin_visit::Column::SeriesId.eq(series_id))
            .filter(dropin_visit::Column::OccursOn.eq(on))
            .one(self.conn())
            .await?
            .map(Into::into))
    }

    /// Cases of a unit first met at a drop-in venue, per venue: the case's first contact, on the
    /// date of first contact, was recorded at that venue. One grouped query, driven from the cases
    /// whose first contact is in the period.
    pub async fn cases_opened_at_venues(
        &self,
        unit_id: UnitId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<HashMap<i64, i64>> {
        let sql = "SELECT k.venue_id, COUNT(*) FROM contacts k WHERE k.id IN (\
                     SELECT MIN(k2.id) FROM contacts k2 JOIN cases c ON c.id = k2.case_id \
                     WHERE c.unit_id = $1 AND c.first_contact_on >= $2 AND c.first_contact_on <= $3 \
                     AND k2.venue_id IS NOT NULL AND k2.on_date = c.first_contact_on GROUP BY k2.case_id) \
                   GROUP BY k.venue_id";
        let backend = self.conn().get_database_backend();
        let stmt = Statement::from_sql_and_values(backend, sql, [unit_id.into(), from.into(), to.into()]);
        let rows = self.conn().query_all_raw(stmt).await?;
        let mut per_venue = HashMap::new();
        for r in rows {
            let venue: i64 = r.try_get_by_index(0)?;
            let n: i64 = r.try_get_by_index(1)?;
            per_venue.insert(venue, n);
        }
        Ok(per_venue)
    }
}
