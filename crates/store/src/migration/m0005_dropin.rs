//! Drop-in times: venues, session series (an RFC 5545 rule in local time), exceptions to single
//! occurrences, and the visit log. `contacts.venue_id` (from the case log) now points at a venue.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Venues {
    Table,
    Id,
    UnitId,
    Name,
    Address,
    Room,
    Coordinates,
    Accessibility,
    Partners,
    DescriptionSv,
    DescriptionEn,
    DescriptionAr,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DropinSeries {
    Table,
    Id,
    UnitId,
    VenueId,
    Dtstart,
    Minutes,
    Rrule,
    Staff,
    Sequence,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DropinExceptions {
    Table,
    Id,
    SeriesId,
    OccursOn,
    Status,
    Reason,
    NewStart,
    NewEnd,
    NewVenueId,
    CreatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DropinVisits {
    Table,
    Id,
    UnitId,
    SeriesId,
    OccursOn,
    VenueId,
    Visitors,
    Staff,
    RecordedBy,
    UpdatedAt,
}

fn fk(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden)) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Venues::Table)
                .col(big_pk_auto(Venues::Id))
                .col(big_integer(Venues::UnitId))
                .col(string(Venues::Name))
                .col(text(Venues::Address))
                .col(string(Venues::Room))
                .col(string_null(Venues::Coordinates))
                .col(text(Venues::Accessibility))
                .col(text(Venues::Partners))
                .col(text(Venues::DescriptionSv))
                .col(text(Venues::DescriptionEn))
                .col(text(Venues::DescriptionAr))
                .col(big_integer(Venues::CreatedAt))
                .col(big_integer(Venues::UpdatedAt))
                .foreign_key(&mut fk((Venues::Table, Venues::UnitId), (Units::Table, Units::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("venues_unit").table(Venues::Table).col(Venues::UnitId).to_owned()).await?;

        m.create_table(
            Table::create()
                .table(DropinSeries::Table)
                .col(big_pk_auto(DropinSeries::Id))
                .col(big_integer(DropinSeries::UnitId))
                .col(big_integer(DropinSeries::VenueId))
                .col(date_time(DropinSeries::Dtstart))
                .col(integer(DropinSeries::Minutes))
                .col(string_null(DropinSeries::Rrule))
                .col(text(DropinSeries::Staff))
                .col(integer(DropinSeries::Sequence))
                .col(big_integer(DropinSeries::CreatedAt))
                .col(big_integer(DropinSeries::UpdatedAt))
                .foreign_key(&mut fk((DropinSeries::Table, DropinSeries::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk((DropinSeries::Table, DropinSeries::VenueId), (Venues::Table, Venues::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("dropin_series_unit").table(DropinSeries::Table).col(DropinSeries::UnitId).to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(DropinExceptions::Table)
                .col(big_pk_auto(DropinExceptions::Id))
                .col(big_integer(DropinExceptions::SeriesId))
                .col(date(DropinExceptions::OccursOn))
                .col(string(DropinExceptions::Status))
                .col(text(DropinExceptions::Reason))
                .col(date_time_null(DropinExceptions::NewStart))
                .col(date_time_null(DropinExceptions::NewEnd))
                .col(big_integer_null(DropinExceptions::NewVenueId))
                .col(big_integer(DropinExceptions::CreatedBy))
                .col(big_integer(DropinExceptions::UpdatedAt))
                .foreign_key(&mut fk(
                    (DropinExceptions::Table, DropinExceptions::SeriesId),
                    (DropinSeries::Table, DropinSeries::Id),
                ))
                .foreign_key(&mut fk(
                    (DropinExceptions::Table, DropinExceptions::NewVenueId),
                    (Venues::Table, Venues::Id),
                ))
                .foreign_key(&mut fk((DropinExceptions::Table, DropinExceptions::CreatedBy), (Users::Table, Users::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dropin_exceptions_occurrence")
                .table(DropinExceptions::Table)
                .col(DropinExceptions::SeriesId)
                .col(DropinExceptions::OccursOn)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(DropinVisits::Table)
                .col(big_pk_auto(DropinVisits::Id))
                .col(big_integer(DropinVisits::UnitId))
                .col(big_integer(DropinVisits::SeriesId))
                .col(date(DropinVisits::OccursOn))
                .col(big_integer(DropinVisits::VenueId))
                .col(integer(DropinVisits::Visitors))
                .col(text(DropinVisits::Staff))
                .col(big_integer(DropinVisits::RecordedBy))
                .col(big_integer(DropinVisits::UpdatedAt))
                .foreign_key(&mut fk((DropinVisits::Table, DropinVisits::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk(
                    (DropinVisits::Table, DropinVisits::SeriesId),
                    (DropinSeries::Table, DropinSeries::Id),
                ))
                .foreign_key(&mut fk((DropinVisits::Table, DropinVisits::VenueId), (Venues::Table, Venues::Id)))
                .foreign_key(&mut fk((DropinVisits::Table, DropinVisits::RecordedBy), (Users::Table, Users::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dropin_visits_occurrence")
                .table(DropinVisits::Table)
                .col(DropinVisits::SeriesId)
                .col(DropinVisits::OccursOn)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dropin_visits_unit_day")
                .table(DropinVisits::Table)
                .col(DropinVisits::UnitId)
                .col(DropinVisits::OccursOn)
                .to_owned(),
        )
        .await
    }
}
