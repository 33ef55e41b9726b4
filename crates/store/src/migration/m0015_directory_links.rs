//! The directory joined to the rest of Lotsen:
//! - who may see an entry (`lotsen_visibility`: `public` or `internal`) and when a service was
//!   retired (`lotsen_retired_at`); everything imported before this stays public;
//! - an organisation's kind for the statistics (`lotsen_group`: municipal, region, ngo, other);
//! - the problem-category list entry a taxonomy term stands for (`lotsen_list_entry_id`);
//! - `directory_destinations`: for each unit, the referral-destination list entry a service is
//!   counted under in the statistics, one service per entry;
//! - `referrals.service_id`: the service a referral went to;
//! - `directory_state.version`, bumped by every change to the directory, so every node of a
//!   cluster knows when the copy it keeps for searching is out of date.
//!
//! The data step (turning the lists' destinations into services, categories into terms, and
//! filling `referrals.service_id`) runs after the migrations, in `Store::migrate`, with the same
//! code that keeps them in step when a list changes.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ListEntries {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Referrals {
    Table,
    ServiceId,
}

#[derive(DeriveIden)]
enum DirectoryDestinations {
    Table,
    UnitId,
    ServiceId,
    ListEntryId,
}

#[derive(DeriveIden)]
enum DirectoryState {
    Table,
    Id,
    Version,
}

async fn add(m: &SchemaManager<'_>, table: &str, col: ColumnDef) -> Result<(), DbErr> {
    m.alter_table(Table::alter().table(Alias::new(table)).add_column(col).to_owned()).await
}

fn visibility() -> ColumnDef {
    ColumnDef::new(Alias::new("lotsen_visibility")).text().not_null().default("public").to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["dir_services", "dir_organizations", "dir_locations"] {
            add(m, t, visibility()).await?;
        }
        add(m, "dir_services", ColumnDef::new(Alias::new("lotsen_retired_at")).big_integer().null().to_owned()).await?;
        add(m, "dir_organizations", ColumnDef::new(Alias::new("lotsen_group")).text().null().to_owned()).await?;
        add(
            m,
            "dir_taxonomy_terms",
            ColumnDef::new(Alias::new("lotsen_list_entry_id")).big_integer().null().to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dir_taxonomy_terms_list_entry")
                .table(Alias::new("dir_taxonomy_terms"))
                .col(Alias::new("lotsen_list_entry_id"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dir_services_visibility")
                .table(Alias::new("dir_services"))
                .col(Alias::new("lotsen_visibility"))
                .col(Alias::new("status"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DirectoryDestinations::Table)
                .col(ColumnDef::new(DirectoryDestinations::UnitId).big_integer().not_null())
                .col(ColumnDef::new(DirectoryDestinations::ServiceId).text().not_null())
                .col(ColumnDef::new(DirectoryDestinations::ListEntryId).big_integer().not_null().unique_key())
                .primary_key(Index::create().col(DirectoryDestinations::UnitId).col(DirectoryDestinations::ServiceId))
                .foreign_key(
                    ForeignKey::create()
                        .from(DirectoryDestinations::Table, DirectoryDestinations::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(DirectoryDestinations::Table, DirectoryDestinations::ListEntryId)
                        .to(ListEntries::Table, ListEntries::Id),
                )
                .to_owned(),
        )
        .await?;
        add(m, "referrals", ColumnDef::new(Referrals::ServiceId).text().null().to_owned()).await?;
        m.create_index(
            Index::create().name("referrals_service").table(Referrals::Table).col(Referrals::ServiceId).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DirectoryState::Table)
                .col(ColumnDef::new(DirectoryState::Id).big_integer().not_null().primary_key())
                .col(ColumnDef::new(DirectoryState::Version).big_integer().not_null())
                .to_owned(),
        )
        .await?;
        let insert = Query::insert()
            .into_table(DirectoryState::Table)
            .columns([DirectoryState::Id, DirectoryState::Version])
            .values_panic([1.into(), 1.into()])
            .to_owned();
        m.exec_stmt(insert).await
    }
}
