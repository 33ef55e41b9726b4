//! Outreach and collaboration ("samverkan"): activities with their type (a unit list), date,
//! partners, people reached, minutes and a note, and the coordinators who were there.
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
enum ListEntries {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OutreachActivities {
    Table,
    Id,
    UnitId,
    TypeId,
    HeldOn,
    Partners,
    Reached,
    Minutes,
    Note,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OutreachCoordinators {
    Table,
    ActivityId,
    UserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(OutreachActivities::Table)
                .col(big_pk_auto(OutreachActivities::Id))
                .col(big_integer(OutreachActivities::UnitId))
                .col(big_integer(OutreachActivities::TypeId))
                .col(date(OutreachActivities::HeldOn))
                .col(text(OutreachActivities::Partners))
                .col(integer(OutreachActivities::Reached))
                .col(integer(OutreachActivities::Minutes))
                .col(text(OutreachActivities::Note))
                .col(big_integer(OutreachActivities::CreatedBy))
                .col(big_integer(OutreachActivities::CreatedAt))
                .col(big_integer(OutreachActivities::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(OutreachActivities::Table, OutreachActivities::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(OutreachActivities::Table, OutreachActivities::TypeId)
                        .to(ListEntries::Table, ListEntries::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(OutreachActivities::Table, OutreachActivities::CreatedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("outreach_unit_date")
                .table(OutreachActivities::Table)
                .col(OutreachActivities::UnitId)
                .col(OutreachActivities::HeldOn)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OutreachCoordinators::Table)
                .col(big_integer(OutreachCoordinators::ActivityId))
                .col(big_integer(OutreachCoordinators::UserId))
                .primary_key(Index::create().col(OutreachCoordinators::ActivityId).col(OutreachCoordinators::UserId))
                .foreign_key(
                    ForeignKey::create()
                        .from(OutreachCoordinators::Table, OutreachCoordinators::ActivityId)
                        .to(OutreachActivities::Table, OutreachActivities::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(OutreachCoordinators::Table, OutreachCoordinators::UserId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await
    }
}
