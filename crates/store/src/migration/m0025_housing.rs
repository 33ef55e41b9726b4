//! Housing First: a person's enrolment with the staff member responsible, their home (landlord,
//! sealed address, tenancy start, tenancy status and the day it was set) and a log of contacts with
//! the landlord and of practical support, each a kind and a day, no free text.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum HousingEnrolments {
    Table,
    Id,
    UnitId,
    PersonId,
    CoordinatorId,
    EnrolledOn,
    Landlord,
    KeyVersion,
    Nonce,
    Sealed,
    TenancyStart,
    TenancyStatus,
    StatusSince,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum HousingEvents {
    Table,
    Id,
    EnrolmentId,
    UnitId,
    Kind,
    Topic,
    HeldOn,
    CreatedBy,
    CreatedAt,
}

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
enum Persons {
    Table,
    Id,
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
                .table(HousingEnrolments::Table)
                .col(big_pk_auto(HousingEnrolments::Id))
                .col(big_integer(HousingEnrolments::UnitId))
                .col(big_integer(HousingEnrolments::PersonId))
                .col(big_integer(HousingEnrolments::CoordinatorId))
                .col(date(HousingEnrolments::EnrolledOn))
                .col(string_len_null(HousingEnrolments::Landlord, 80))
                .col(integer_null(HousingEnrolments::KeyVersion))
                .col(blob_null(HousingEnrolments::Nonce))
                .col(blob_null(HousingEnrolments::Sealed))
                .col(date_null(HousingEnrolments::TenancyStart))
                .col(string_len_null(HousingEnrolments::TenancyStatus, 16))
                .col(date_null(HousingEnrolments::StatusSince))
                .col(big_integer(HousingEnrolments::CreatedBy))
                .col(big_integer(HousingEnrolments::CreatedAt))
                .col(big_integer(HousingEnrolments::UpdatedAt))
                .foreign_key(&mut fk((HousingEnrolments::Table, HousingEnrolments::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk(
                    (HousingEnrolments::Table, HousingEnrolments::PersonId),
                    (Persons::Table, Persons::Id),
                ))
                .foreign_key(&mut fk(
                    (HousingEnrolments::Table, HousingEnrolments::CoordinatorId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("housing_enrolments_unit")
                .table(HousingEnrolments::Table)
                .col(HousingEnrolments::UnitId)
                .col(HousingEnrolments::CoordinatorId)
                .to_owned(),
        )
        .await?;
        // One enrolment per person.
        m.create_index(
            Index::create()
                .name("housing_enrolments_person")
                .table(HousingEnrolments::Table)
                .col(HousingEnrolments::PersonId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(HousingEvents::Table)
                .col(big_pk_auto(HousingEvents::Id))
                .col(big_integer(HousingEvents::EnrolmentId))
                .col(big_integer(HousingEvents::UnitId))
                .col(string_len(HousingEvents::Kind, 16))
                .col(string_len(HousingEvents::Topic, 32))
                .col(date(HousingEvents::HeldOn))
                .col(big_integer(HousingEvents::CreatedBy))
                .col(big_integer(HousingEvents::CreatedAt))
                .foreign_key(&mut fk(
                    (HousingEvents::Table, HousingEvents::EnrolmentId),
                    (HousingEnrolments::Table, HousingEnrolments::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("housing_events_enrolment")
                .table(HousingEvents::Table)
                .col(HousingEvents::EnrolmentId)
                .col(HousingEvents::HeldOn)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
