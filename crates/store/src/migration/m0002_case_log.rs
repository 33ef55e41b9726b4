//! The case log: configurable lists, cases, contacts, referrals, follow-ups, encrypted identified
//! details, and the unit's documentation mode.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    DocumentationMode,
    DecisionRef,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ListEntries {
    Table,
    Id,
    UnitId,
    Kind,
    Code,
    LabelSv,
    LabelEn,
    LabelAr,
    Grp,
    AgeMin,
    AgeMax,
    Meeting,
    KsiCode,
    Position,
    Retired,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
    UnitId,
    ChannelId,
    FirstContactOn,
    AgeGroupId,
    MainCategoryId,
    Returning,
    PreviousCaseId,
    Residency,
    ReferringOrg,
    CoordinatorId,
    Status,
    ClosedOn,
    ClosingOutcomeId,
    ExternalId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CaseCategories {
    Table,
    CaseId,
    CategoryId,
}

#[derive(DeriveIden)]
enum Contacts {
    Table,
    Id,
    CaseId,
    OnDate,
    ModeId,
    Minutes,
    VenueId,
    Note,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Referrals {
    Table,
    Id,
    CaseId,
    DestinationId,
    KindId,
    OnDate,
    Consent,
    InfoShared,
    Status,
    EstablishedOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FollowUps {
    Table,
    Id,
    CaseId,
    UnitId,
    AssignedTo,
    DueOn,
    Outcome,
    DoneOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Identities {
    Table,
    CaseId,
    KeyVersion,
    Nonce,
    Sealed,
    CreatedAt,
    UpdatedAt,
}

fn fk(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden)) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).to_owned()
}

async fn index(
    m: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    cols: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut idx = Index::create().name(name).table(table).to_owned();
    for c in cols {
        idx.col(c);
    }
    if unique {
        idx.unique();
    }
    m.create_index(idx).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Units::Table)
                .add_column(string(Units::DocumentationMode).default("anonymous"))
                .to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(Units::Table).add_column(string_null(Units::DecisionRef)).to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table(ListEntries::Table)
                .col(big_pk_auto(ListEntries::Id))
                .col(big_integer(ListEntries::UnitId))
                .col(string(ListEntries::Kind))
                .col(string(ListEntries::Code))
                .col(string(ListEntries::LabelSv))
                .col(string_null(ListEntries::LabelEn))
                .col(string_null(ListEntries::LabelAr))
                .col(string_null(ListEntries::Grp))
                .col(integer_null(ListEntries::AgeMin))
                .col(integer_null(ListEntries::AgeMax))
                .col(boolean(ListEntries::Meeting).default(false))
                .col(string_null(ListEntries::KsiCode))
                .col(integer(ListEntries::Position))
                .col(boolean(ListEntries::Retired).default(false))
                .col(big_integer(ListEntries::CreatedAt))
                .foreign_key(&mut fk((ListEntries::Table, ListEntries::UnitId), (Units::Table, Units::Id)))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "list_entries_code",
            ListEntries::Table,
            vec![ListEntries::UnitId.into_iden(), ListEntries::Kind.into_iden(), ListEntries::Code.into_iden()],
            true,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Cases::Table)
                .col(big_pk_auto(Cases::Id))
                .col(big_integer(Cases::UnitId))
                .col(big_integer(Cases::ChannelId))
                .col(date(Cases::FirstContactOn))
                .col(big_integer(Cases::AgeGroupId))
                .col(big_integer(Cases::MainCategoryId))
                .col(boolean(Cases::Returning).default(false))
                .col(big_integer_null(Cases::PreviousCaseId))
                .col(string(Cases::Residency))
                .col(string_null(Cases::ReferringOrg))
                .col(big_integer(Cases::CoordinatorId))
                .col(string(Cases::Status))
                .col(date_null(Cases::ClosedOn))
                .col(big_integer_null(Cases::ClosingOutcomeId))
                .col(string_null(Cases::ExternalId))
                .col(big_integer(Cases::CreatedAt))
                .col(big_integer(Cases::UpdatedAt))
                .foreign_key(&mut fk((Cases::Table, Cases::UnitId), (Units::Table, Units::Id)))
                .foreign_key(&mut fk((Cases::Table, Cases::ChannelId), (ListEntries::Table, ListEntries::Id)))
                .foreign_key(&mut fk((Cases::Table, Cases::AgeGroupId), (ListEntries::Table, ListEntries::Id)))
                .foreign_key(&mut fk((Cases::Table, Cases::MainCategoryId), (ListEntries::Table, ListEntries::Id)))
                .foreign_key(&mut fk((Cases::Table, Cases::ClosingOutcomeId), (ListEntries::Table, ListEntries::Id)))
                .foreign_key(&mut fk((Cases::Table, Cases::CoordinatorId), (Users::Table, Users::Id)))
                .foreign_key(&mut fk((Cases::Table, Cases::PreviousCaseId), (Cases::Table, Cases::Id)))
                .to_owned(),
        )
        .await?;
        // The list's filters: status, coordinator, period; newest first by id for keyset paging.
        index(
            m,
            "cases_unit_status",
            Cases::Table,
            vec![Cases::UnitId.into_iden(), Cases::Status.into_iden(), Cases::Id.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "cases_unit_coordinator",
            Cases::Table,
            vec![Cases::UnitId.into_iden(), Cases::CoordinatorId.into_iden(), Cases::Id.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "cases_unit_first_contact",
            Cases::Table,
            vec![Cases::UnitId.into_iden(), Cases::FirstContactOn.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "cases_unit_external",
            Cases::Table,
            vec![Cases::UnitId.into_iden(), Cases::ExternalId.into_iden()],
            true,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CaseCategories::Table)
                .col(big_integer(CaseCategories::CaseId))
                .col(big_integer(CaseCategories::CategoryId))
                .primary_key(Index::create().col(CaseCategories::CaseId).col(CaseCategories::CategoryId))
                .foreign_key(&mut fk((CaseCategories::Table, CaseCategories::CaseId), (Cases::Table, Cases::Id)))
                .foreign_key(&mut fk(
                    (CaseCategories::Table, CaseCategories::CategoryId),
                    (ListEntries::Table, ListEntries::Id),
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Contacts::Table)
                .col(big_pk_auto(Contacts::Id))
                .col(big_integer(Contacts::CaseId))
                .col(date(Contacts::OnDate))
                .col(big_integer(Contacts::ModeId))
                .col(integer(Contacts::Minutes))
                .col(big_integer_null(Contacts::VenueId))
                .col(text(Contacts::Note))
                .col(big_integer(Contacts::AuthorId))
                .col(big_integer(Contacts::CreatedAt))
                .foreign_key(&mut fk((Contacts::Table, Contacts::CaseId), (Cases::Table, Cases::Id)))
                .foreign_key(&mut fk((Contacts::Table, Contacts::ModeId), (ListEntries::Table, ListEntries::Id)))
                .foreign_key(&mut fk((Contacts::Table, Contacts::AuthorId), (Users::Table, Users::Id)))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "contacts_case",
            Contacts::Table,
            vec![Contacts::CaseId.into_iden(), Contacts::OnDate.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Referrals::Table)
                .col(big_pk_auto(Referrals::Id))
                .col(big_integer(Referrals::CaseId))
                .col(big_integer(Referrals::DestinationId))
                .col(big_integer(Referrals::KindId))
                .col(date(Referrals::OnDate))
                .col(boolean(Referrals::Consent).default(false))
                .col(boolean(Referrals::InfoShared).default(false))
                .col(string(Referrals::Status))
                .col(date_null(Referrals::EstablishedOn))
                .col(big_integer(Referrals::CreatedAt))
                .col(big_integer(Referrals::UpdatedAt))
                .foreign_key(&mut fk((Referrals::Table, Referrals::CaseId), (Cases::Table, Cases::Id)))
                .foreign_key(&mut fk(
                    (Referrals::Table, Referrals::DestinationId),
                    (ListEntries::Table, ListEntries::Id),
                ))
                .foreign_key(&mut fk((Referrals::Table, Referrals::KindId), (ListEntries::Table, ListEntries::Id)))
                .to_owned(),
        )
        .await?;
        index(m, "referrals_case", Referrals::Table, vec![Referrals::CaseId.into_iden()], false).await?;

        m.create_table(
            Table::create()
                .table(FollowUps::Table)
                .col(big_pk_auto(FollowUps::Id))
                .col(big_integer(FollowUps::CaseId))
                .col(big_integer(FollowUps::UnitId))
                .col(big_integer(FollowUps::AssignedTo))
                .col(date(FollowUps::DueOn))
                .col(string_null(FollowUps::Outcome))
                .col(date_null(FollowUps::DoneOn))
                .col(big_integer(FollowUps::CreatedAt))
                .foreign_key(&mut fk((FollowUps::Table, FollowUps::CaseId), (Cases::Table, Cases::Id)))
                .foreign_key(&mut fk((FollowUps::Table, FollowUps::AssignedTo), (Users::Table, Users::Id)))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "follow_ups_assigned",
            FollowUps::Table,
            vec![FollowUps::AssignedTo.into_iden(), FollowUps::DoneOn.into_iden(), FollowUps::DueOn.into_iden()],
            false,
        )
        .await?;
        index(m, "follow_ups_case", FollowUps::Table, vec![FollowUps::CaseId.into_iden()], false).await?;
        index(
            m,
            "follow_ups_unit_due",
            FollowUps::Table,
            vec![FollowUps::UnitId.into_iden(), FollowUps::DueOn.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Identities::Table)
                .col(big_integer(Identities::CaseId).primary_key())
                .col(integer(Identities::KeyVersion))
                .col(blob(Identities::Nonce))
                .col(blob(Identities::Sealed))
                .col(big_integer(Identities::CreatedAt))
                .col(big_integer(Identities::UpdatedAt))
                .foreign_key(&mut fk((Identities::Table, Identities::CaseId), (Cases::Table, Cases::Id)))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
