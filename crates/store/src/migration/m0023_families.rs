//! Family coordination: coordinator pairs, families (waiting, active, closed) with their guardians
//! and children as persons of the documented record, each guardian's consents naming the actors
//! the coordinators may contact, and the contacts with those actors. No free text: what was said
//! goes in notes that come with the plan.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoordinatorPairs {
    Table,
    Id,
    UnitId,
    FirstId,
    SecondId,
    Capacity,
    Retired,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Families {
    Table,
    Id,
    UnitId,
    PairId,
    Status,
    Language,
    ListedOn,
    StartedOn,
    ClosedOn,
    Outcome,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FamilyMembers {
    Table,
    Id,
    FamilyId,
    UnitId,
    PersonId,
    Role,
    Custody,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FamilyConsents {
    Table,
    Id,
    FamilyId,
    UnitId,
    GuardianId,
    GivenOn,
    ExpiresOn,
    Actors,
    WithdrawnOn,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FamilyContacts {
    Table,
    Id,
    FamilyId,
    UnitId,
    Actor,
    HeldOn,
    Kind,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    FamilyCoordination,
    HousingFirst,
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
        for col in [Units::FamilyCoordination, Units::HousingFirst] {
            m.alter_table(Table::alter().table(Units::Table).add_column(boolean(col).default(false)).to_owned())
                .await?;
        }
        m.create_table(
            Table::create()
                .table(CoordinatorPairs::Table)
                .col(big_pk_auto(CoordinatorPairs::Id))
                .col(big_integer(CoordinatorPairs::UnitId))
                .col(big_integer(CoordinatorPairs::FirstId))
                .col(big_integer(CoordinatorPairs::SecondId))
                .col(integer(CoordinatorPairs::Capacity))
                .col(boolean(CoordinatorPairs::Retired).default(false))
                .col(big_integer(CoordinatorPairs::CreatedAt))
                .col(big_integer(CoordinatorPairs::UpdatedAt))
                .foreign_key(&mut fk((CoordinatorPairs::Table, CoordinatorPairs::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk((CoordinatorPairs::Table, CoordinatorPairs::FirstId), (Users::Table, Users::Id)))
                .foreign_key(&mut fk((CoordinatorPairs::Table, CoordinatorPairs::SecondId), (Users::Table, Users::Id)))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Families::Table)
                .col(big_pk_auto(Families::Id))
                .col(big_integer(Families::UnitId))
                .col(big_integer_null(Families::PairId))
                .col(string_len(Families::Status, 16))
                .col(string_len(Families::Language, 8))
                .col(date(Families::ListedOn))
                .col(date_null(Families::StartedOn))
                .col(date_null(Families::ClosedOn))
                .col(string_len_null(Families::Outcome, 32))
                .col(big_integer(Families::CreatedBy))
                .col(big_integer(Families::CreatedAt))
                .col(big_integer(Families::UpdatedAt))
                .foreign_key(&mut fk((Families::Table, Families::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk(
                    (Families::Table, Families::PairId),
                    (CoordinatorPairs::Table, CoordinatorPairs::Id),
                ))
                .foreign_key(&mut fk((Families::Table, Families::CreatedBy), (Users::Table, Users::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("families_unit_status")
                .table(Families::Table)
                .col(Families::UnitId)
                .col(Families::Status)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FamilyMembers::Table)
                .col(big_pk_auto(FamilyMembers::Id))
                .col(big_integer(FamilyMembers::FamilyId))
                .col(big_integer(FamilyMembers::UnitId))
                .col(big_integer(FamilyMembers::PersonId))
                .col(string_len(FamilyMembers::Role, 16))
                .col(boolean(FamilyMembers::Custody).default(false))
                .col(big_integer(FamilyMembers::CreatedAt))
                .foreign_key(&mut fk((FamilyMembers::Table, FamilyMembers::FamilyId), (Families::Table, Families::Id)))
                .foreign_key(&mut fk((FamilyMembers::Table, FamilyMembers::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk((FamilyMembers::Table, FamilyMembers::PersonId), (Persons::Table, Persons::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_members_one")
                .table(FamilyMembers::Table)
                .col(FamilyMembers::FamilyId)
                .col(FamilyMembers::PersonId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_members_person")
                .table(FamilyMembers::Table)
                .col(FamilyMembers::PersonId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FamilyConsents::Table)
                .col(big_pk_auto(FamilyConsents::Id))
                .col(big_integer(FamilyConsents::FamilyId))
                .col(big_integer(FamilyConsents::UnitId))
                .col(big_integer(FamilyConsents::GuardianId))
                .col(date(FamilyConsents::GivenOn))
                .col(date(FamilyConsents::ExpiresOn))
                .col(text(FamilyConsents::Actors))
                .col(date_null(FamilyConsents::WithdrawnOn))
                .col(big_integer(FamilyConsents::CreatedBy))
                .col(big_integer(FamilyConsents::CreatedAt))
                .col(big_integer(FamilyConsents::UpdatedAt))
                .foreign_key(&mut fk(
                    (FamilyConsents::Table, FamilyConsents::FamilyId),
                    (Families::Table, Families::Id),
                ))
                .foreign_key(&mut fk((FamilyConsents::Table, FamilyConsents::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk(
                    (FamilyConsents::Table, FamilyConsents::GuardianId),
                    (Persons::Table, Persons::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_consents_family")
                .table(FamilyConsents::Table)
                .col(FamilyConsents::FamilyId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_consents_expiry")
                .table(FamilyConsents::Table)
                .col(FamilyConsents::UnitId)
                .col(FamilyConsents::ExpiresOn)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FamilyContacts::Table)
                .col(big_pk_auto(FamilyContacts::Id))
                .col(big_integer(FamilyContacts::FamilyId))
                .col(big_integer(FamilyContacts::UnitId))
                .col(string_len(FamilyContacts::Actor, 80))
                .col(date(FamilyContacts::HeldOn))
                .col(string_len(FamilyContacts::Kind, 16))
                .col(big_integer(FamilyContacts::CreatedBy))
                .col(big_integer(FamilyContacts::CreatedAt))
                .foreign_key(&mut fk(
                    (FamilyContacts::Table, FamilyContacts::FamilyId),
                    (Families::Table, Families::Id),
                ))
                .foreign_key(&mut fk((FamilyContacts::Table, FamilyContacts::UnitId), (Units::Table, Units::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_contacts_family")
                .table(FamilyContacts::Table)
                .col(FamilyContacts::FamilyId)
                .col(FamilyContacts::HeldOn)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
