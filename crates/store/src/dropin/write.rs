//! Changing drop-in times: venues and series, exceptions to single occurrences and the visit log,
//! each change raising the `sequence` of the series whose calendar events it alters.
use chrono::NaiveDate;
use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::{ExceptionRecord, SeriesInput, SeriesRecord, VenueInput, VenueRecord, VisitRecord, staff_json};
use crate::entity::{dropin_exception, dropin_series, dropin_visit, venue};
use crate::{Result, Scoped, Tx};

impl Tx {
    pub async fn create_venue(&self, unit_id: UnitId, v: &VenueInput) -> Result<i64> {
        let t = self.now();
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

    pub async fn update_venue(&self, venue: &Scoped<VenueRecord>, v: &VenueInput) -> Result<()> {
        let id = venue.id;
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
            .col_expr(C::UpdatedAt, Expr::value(self.now()))
            .filter(C::Id.eq(id))
            .exec(self.conn())
            .await?;
        // The directory shows drop-in times as the unit's own service's schedules.
        self.touch_directory().await?;
        Ok(())
    }

    pub async fn create_series(&self, unit_id: UnitId, s: &SeriesInput) -> Result<Scoped<SeriesRecord>> {
        let t = self.now();
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
        Ok(Scoped::new(unit_id, m.into()))
    }

    /// Changes a series; its `sequence` goes up by one.
    pub async fn update_series(&self, series: &Scoped<SeriesRecord>, s: &SeriesInput) -> Result<()> {
        let id = series.id;
        use dropin_series::Column as C;
        dropin_series::Entity::update_many()
            .col_expr(C::VenueId, Expr::value(s.venue_id))
            .col_expr(C::Dtstart, Expr::value(s.dtstart))
            .col_expr(C::Minutes, Expr::value(i32::try_from(s.minutes).unwrap_or(i32::MAX)))
            .col_expr(C::Rrule, Expr::value(s.rrule.clone()))
            .col_expr(C::Staff, Expr::value(staff_json(&s.staff)))
            .col_expr(C::Sequence, Expr::col(C::Sequence).add(1))
            .col_expr(C::UpdatedAt, Expr::value(self.now()))
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
            .col_expr(C::UpdatedAt, Expr::value(self.now()))
            .filter(C::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Cancels or moves one occurrence of `series` (`e.series_id` is not read), replacing what was
    /// set for it before (one statement, so two submits at once cannot both insert).
    pub async fn put_exception(&self, series: &Scoped<SeriesRecord>, e: &ExceptionRecord, by: UserId) -> Result<()> {
        use dropin_exception::Column as C;
        let row = dropin_exception::ActiveModel {
            series_id: Set(series.id),
            occurs_on: Set(e.occurs_on),
            status: Set(e.status.clone()),
            reason: Set(e.reason.clone()),
            new_start: Set(e.new_start),
            new_end: Set(e.new_end),
            new_venue_id: Set(e.new_venue_id),
            created_by: Set(by),
            updated_at: Set(self.now()),
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
        self.bump_series(series.id).await
    }

    /// Puts an occurrence back as the series has it. Whether there was anything to undo.
    pub async fn remove_exception(&self, series: &Scoped<SeriesRecord>, on: NaiveDate) -> Result<bool> {
        let series_id = series.id;
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

    /// Records (or corrects) how one session of `series` went (`v.series_id` is not read).
    pub async fn put_visit(&self, series: &Scoped<SeriesRecord>, v: &VisitRecord) -> Result<()> {
        use dropin_visit::Column as C;
        let row = dropin_visit::ActiveModel {
            unit_id: Set(series.unit_id()),
            series_id: Set(series.id),
            occurs_on: Set(v.occurs_on),
            venue_id: Set(v.venue_id),
            visitors: Set(v.visitors),
            staff: Set(staff_json(&v.staff)),
            recorded_by: Set(v.recorded_by),
            updated_at: Set(self.now()),
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
    pub async fn bump_series_at_venue(&self, venue: &Scoped<VenueRecord>) -> Result<()> {
        let venue_id = venue.id;
        use dropin_series::Column as C;
        let moved_here = Query::select()
            .column(dropin_exception::Column::SeriesId)
            .from(dropin_exception::Entity)
            .and_where(Expr::col(dropin_exception::Column::NewVenueId).eq(venue_id))
            .to_owned();
        dropin_series::Entity::update_many()
            .col_expr(C::Sequence, Expr::col(C::Sequence).add(1))
            .col_expr(C::UpdatedAt, Expr::value(self.now()))
            .filter(C::VenueId.eq(venue_id).or(C::Id.in_subquery(moved_here)))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
