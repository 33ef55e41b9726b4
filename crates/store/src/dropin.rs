//! Drop-in times: venues, series, exceptions to single occurrences and the visit log.
//!
//! Every change to a series or one of its occurrences bumps the series' `sequence` and
//! `updated_at`, which the iCalendar feed publishes as `SEQUENCE` and `LAST-MODIFIED`.
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entity::{dropin_exception, dropin_series, dropin_visit, venue};
use crate::{Result, Store, StoreError, Tx, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueRecord {
    pub id: i64,
    pub unit_id: i64,
    pub name: String,
    pub address: String,
    pub room: String,
    pub coordinates: Option<String>,
    pub accessibility: String,
    pub partners: String,
    pub description_sv: String,
    pub description_en: String,
    pub description_ar: String,
    pub updated_at: i64,
}

impl From<venue::Model> for VenueRecord {
    fn from(m: venue::Model) -> Self {
        Self {
            id: m.id,
            unit_id: m.unit_id,
            name: m.name,
            address: m.address,
            room: m.room,
            coordinates: m.coordinates,
            accessibility: m.accessibility,
            partners: m.partners,
            description_sv: m.description_sv,
            description_en: m.description_en,
            description_ar: m.description_ar,
            updated_at: m.updated_at,
        }
    }
}

/// A venue's fields, checked by the caller.
#[derive(Debug, Clone, Default)]
pub struct VenueInput {
    pub name: String,
    pub address: String,
    pub room: String,
    pub coordinates: Option<String>,
    pub accessibility: String,
    pub partners: String,
    pub description_sv: String,
    pub description_en: String,
    pub description_ar: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesRecord {
    pub id: i64,
    pub unit_id: i64,
    pub venue_id: i64,
    /// The first occurrence, local time in Europe/Stockholm.
    pub dtstart: NaiveDateTime,
    pub minutes: i64,
    /// The RFC 5545 rule; `None` for a one-off session.
    pub rrule: Option<String>,
    /// The staff usually there.
    pub staff: Vec<i64>,
    pub sequence: i32,
    pub created_at: i64,
    pub updated_at: i64,
}

impl From<dropin_series::Model> for SeriesRecord {
    fn from(m: dropin_series::Model) -> Self {
        Self {
            id: m.id,
            unit_id: m.unit_id,
            venue_id: m.venue_id,
            dtstart: m.dtstart,
            minutes: i64::from(m.minutes),
            rrule: m.rrule,
            staff: serde_json::from_str(&m.staff).unwrap_or_default(),
            sequence: m.sequence,
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SeriesInput {
    pub venue_id: i64,
    pub dtstart: NaiveDateTime,
    pub minutes: i64,
    pub rrule: Option<String>,
    pub staff: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptionRecord {
    pub series_id: i64,
    pub occurs_on: NaiveDate,
    /// `cancelled` or `moved`.
    pub status: String,
    pub reason: String,
    pub new_start: Option<NaiveDateTime>,
    pub new_end: Option<NaiveDateTime>,
    pub new_venue_id: Option<i64>,
    pub updated_at: i64,
}

impl From<dropin_exception::Model> for ExceptionRecord {
    fn from(m: dropin_exception::Model) -> Self {
        Self {
            series_id: m.series_id,
            occurs_on: m.occurs_on,
            status: m.status,
            reason: m.reason,
            new_start: m.new_start,
            new_end: m.new_end,
            new_venue_id: m.new_venue_id,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitRecord {
    pub series_id: i64,
    pub occurs_on: NaiveDate,
    pub venue_id: i64,
    pub visitors: i32,
    pub staff: Vec<i64>,
    pub recorded_by: i64,
    pub updated_at: i64,
}

impl From<dropin_visit::Model> for VisitRecord {
    fn from(m: dropin_visit::Model) -> Self {
        Self {
            series_id: m.series_id,
            occurs_on: m.occurs_on,
            venue_id: m.venue_id,
            visitors: m.visitors,
            staff: serde_json::from_str(&m.staff).unwrap_or_default(),
            recorded_by: m.recorded_by,
            updated_at: m.updated_at,
        }
    }
}

fn staff_json(ids: &[i64]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

impl Store {
    /// Venues of one unit, or of every unit, by name.
    pub async fn venues(&self, unit_id: Option<i64>) -> Result<Vec<VenueRecord>> {
        let mut q = venue::Entity::find().order_by_asc(venue::Column::Name).order_by_asc(venue::Column::Id);
        if let Some(u) = unit_id {
            q = q.filter(venue::Column::UnitId.eq(u));
        }
        Ok(q.all(self.conn()).await?.into_iter().map(Into::into).collect())
    }

    pub async fn venue(&self, id: i64) -> Result<VenueRecord> {
        venue::Entity::find_by_id(id).one(self.conn()).await?.map(Into::into).ok_or(StoreError::NotFound)
    }

    /// Series of one unit, or of every unit, oldest first.
    pub async fn series_list(&self, unit_id: Option<i64>) -> Result<Vec<SeriesRecord>> {
        let mut q = dropin_series::Entity::find().order_by_asc(dropin_series::Column::Id);
        if let Some(u) = unit_id {
            q = q.filter(dropin_series::Column::UnitId.eq(u));
        }
        Ok(q.all(self.conn()).await?.into_iter().map(Into::into).collect())
    }

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
    pub async fn dropin_changed_at(&self, unit_id: Option<i64>) -> Result<i64> {
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
    pub async fn visits(&self, unit_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<VisitRecord>> {
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
        unit_id: i64,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<HashMap<i64, i64>> {
        let sql = format!(
            "SELECT k.venue_id, COUNT(*) FROM contacts k WHERE k.id IN (\
               SELECT MIN(k2.id) FROM contacts k2 JOIN cases c ON c.id = k2.case_id \
               WHERE c.unit_id = {unit_id} AND c.first_contact_on >= '{from}' AND c.first_contact_on <= '{to}' \
               AND k2.venue_id IS NOT NULL AND k2.on_date = c.first_contact_on GROUP BY k2.case_id) \
             GROUP BY k.venue_id"
        );
        let backend = self.conn().get_database_backend();
        let rows = self.conn().query_all_raw(sea_orm::Statement::from_string(backend, sql)).await?;
        let mut per_venue = HashMap::new();
        for r in rows {
            let venue: i64 = r.try_get_by_index(0)?;
            let n: i64 = r.try_get_by_index(1)?;
            per_venue.insert(venue, n);
        }
        Ok(per_venue)
    }
}

impl Tx {
    pub async fn create_venue(&self, unit_id: i64, v: &VenueInput) -> Result<i64> {
        let t = now();
        let m = venue::ActiveModel {
            unit_id: Set(unit_id),
            name: Set(v.name.clone()),
            address: Set(v.address.clone()),
            room: Set(v.room.clone()),
            coordinates: Set(v.coordinates.clone()),
            accessibility: Set(v.accessibility.clone()),
            partners: Set(v.partners.clone()),
            description_sv: Set(v.description_sv.clone()),
            description_en: Set(v.description_en.clone()),
            description_ar: Set(v.description_ar.clone()),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        // The directory shows drop-in times as the unit's own service's schedules.
        self.touch_directory().await?;
        Ok(m.id)
    }

    pub async fn update_venue(&self, id: i64, v: &VenueInput) -> Result<()> {
        use venue::Column as C;
        venue::Entity::update_many()
            .col_expr(C::Name, Expr::value(v.name.clone()))
            .col_expr(C::Address, Expr::value(v.address.clone()))
            .col_expr(C::Room, Expr::value(v.room.clone()))
            .col_expr(C::Coordinates, Expr::value(v.coordinates.clone()))
            .col_expr(C::Accessibility, Expr::value(v.accessibility.clone()))
            .col_expr(C::Partners, Expr::value(v.partners.clone()))
            .col_expr(C::DescriptionSv, Expr::value(v.description_sv.clone()))
            .col_expr(C::DescriptionEn, Expr::value(v.description_en.clone()))
            .col_expr(C::DescriptionAr, Expr::value(v.description_ar.clone()))
            .col_expr(C::UpdatedAt, Expr::value(now()))
            .filter(C::Id.eq(id))
            .exec(self.conn())
            .await?;
        // The directory shows drop-in times as the unit's own service's schedules.
        self.touch_directory().await?;
        Ok(())
    }

    pub async fn create_series(&self, unit_id: i64, s: &SeriesInput) -> Result<i64> {
        let t = now();
        let m = dropin_series::ActiveModel {
            unit_id: Set(unit_id),
            venue_id: Set(s.venue_id),
            dtstart: Set(s.dtstart),
            minutes: Set(i32::try_from(s.minutes).unwrap_or(i32::MAX)),
            rrule: Set(s.rrule.clone()),
            staff: Set(staff_json(&s.staff)),
            sequence: Set(0),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        // The directory shows drop-in times as the unit's own service's schedules.
        self.touch_directory().await?;
        Ok(m.id)
    }

    /// Changes a series; its `sequence` goes up by one.
    pub async fn update_series(&self, id: i64, s: &SeriesInput) -> Result<()> {
        use dropin_series::Column as C;
        dropin_series::Entity::update_many()
            .col_expr(C::VenueId, Expr::value(s.venue_id))
            .col_expr(C::Dtstart, Expr::value(s.dtstart))
            .col_expr(C::Minutes, Expr::value(i32::try_from(s.minutes).unwrap_or(i32::MAX)))
            .col_expr(C::Rrule, Expr::value(s.rrule.clone()))
            .col_expr(C::Staff, Expr::value(staff_json(&s.staff)))
            .col_expr(C::Sequence, Expr::col(C::Sequence).add(1))
            .col_expr(C::UpdatedAt, Expr::value(now()))
            .filter(C::Id.eq(id))
            .exec(self.conn())
            .await?;
        // The directory shows drop-in times as the unit's own service's schedules.
        self.touch_directory().await?;
        Ok(())
    }

    async fn bump_series(&self, id: i64) -> Result<()> {
        use dropin_series::Column as C;
        dropin_series::Entity::update_many()
            .col_expr(C::Sequence, Expr::col(C::Sequence).add(1))
            .col_expr(C::UpdatedAt, Expr::value(now()))
            .filter(C::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Cancels or moves one occurrence, replacing what was set for it before (one statement, so
    /// two submits at once cannot both insert).
    pub async fn put_exception(&self, e: &ExceptionRecord, by: i64) -> Result<()> {
        use dropin_exception::Column as C;
        let row = dropin_exception::ActiveModel {
            series_id: Set(e.series_id),
            occurs_on: Set(e.occurs_on),
            status: Set(e.status.clone()),
            reason: Set(e.reason.clone()),
            new_start: Set(e.new_start),
            new_end: Set(e.new_end),
            new_venue_id: Set(e.new_venue_id),
            created_by: Set(by),
            updated_at: Set(now()),
            ..Default::default()
        };
        dropin_exception::Entity::insert(row)
            .on_conflict(
                OnConflict::columns([C::SeriesId, C::OccursOn])
                    .update_columns([
                        C::Status,
                        C::Reason,
                        C::NewStart,
                        C::NewEnd,
                        C::NewVenueId,
                        C::CreatedBy,
                        C::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(self.conn())
            .await?;
        self.bump_series(e.series_id).await
    }

    /// Puts an occurrence back as the series has it. Whether there was anything to undo.
    pub async fn remove_exception(&self, series_id: i64, on: NaiveDate) -> Result<bool> {
        let removed = self.remove_exception_row(series_id, on).await?;
        if removed {
            self.bump_series(series_id).await?;
        }
        Ok(removed)
    }

    async fn remove_exception_row(&self, series_id: i64, on: NaiveDate) -> Result<bool> {
        let r = dropin_exception::Entity::delete_many()
            .filter(dropin_exception::Column::SeriesId.eq(series_id))
            .filter(dropin_exception::Column::OccursOn.eq(on))
            .exec(self.conn())
            .await?;
        Ok(r.rows_affected > 0)
    }

    /// Records (or corrects) how one session went.
    pub async fn put_visit(&self, unit_id: i64, v: &VisitRecord) -> Result<()> {
        use dropin_visit::Column as C;
        let row = dropin_visit::ActiveModel {
            unit_id: Set(unit_id),
            series_id: Set(v.series_id),
            occurs_on: Set(v.occurs_on),
            venue_id: Set(v.venue_id),
            visitors: Set(v.visitors),
            staff: Set(staff_json(&v.staff)),
            recorded_by: Set(v.recorded_by),
            updated_at: Set(now()),
            ..Default::default()
        };
        dropin_visit::Entity::insert(row)
            .on_conflict(
                OnConflict::columns([C::SeriesId, C::OccursOn])
                    .update_columns([C::VenueId, C::Visitors, C::Staff, C::RecordedBy, C::UpdatedAt])
                    .to_owned(),
            )
            .exec_without_returning(self.conn())
            .await?;
        Ok(())
    }

    /// Every series held at a venue, or with a session moved there, gets a new `sequence`: the
    /// venue's name and address are in their calendar events.
    pub async fn bump_series_at_venue(&self, venue_id: i64) -> Result<()> {
        use dropin_series::Column as C;
        let moved_here = Query::select()
            .column(dropin_exception::Column::SeriesId)
            .from(dropin_exception::Entity)
            .and_where(Expr::col(dropin_exception::Column::NewVenueId).eq(venue_id))
            .to_owned();
        dropin_series::Entity::update_many()
            .col_expr(C::Sequence, Expr::col(C::Sequence).add(1))
            .col_expr(C::UpdatedAt, Expr::value(now()))
            .filter(C::VenueId.eq(venue_id).or(C::Id.in_subquery(moved_here)))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
