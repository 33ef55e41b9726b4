//! What daily use asked for: why a resident came back, why a follow-up was cancelled, outreach
//! planned ahead of the day it is held, intake requests claimed by a coordinator, and a hint per
//! list entry in each language. The report's covering index over handled cases takes the returning
//! reason in, so the report still reads no table rows.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cases {
    Table,
    UnitId,
    ClosedOn,
    FirstContactOn,
    ChannelId,
    AgeGroupId,
    MainCategoryId,
    Returning,
    ReturningReason,
    ClosingOutcomeId,
    ContactCount,
    ContactMinutes,
    Id,
}

#[derive(DeriveIden)]
enum FollowUps {
    Table,
    CancelReason,
}

#[derive(DeriveIden)]
enum OutreachActivities {
    Table,
    Planned,
}

#[derive(DeriveIden)]
enum Inquiries {
    Table,
    ClaimedBy,
    ClaimedAt,
}

#[derive(DeriveIden)]
enum ListEntries {
    Table,
    HintSv,
    HintEn,
    HintAr,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let add = |t: DynIden, c: ColumnDef| Table::alter().table(t).add_column(c).to_owned();
        m.alter_table(add(Cases::Table.into_iden(), string_null(Cases::ReturningReason))).await?;
        m.drop_index(Index::drop().name("cases_report").table(Cases::Table).to_owned()).await?;
        m.create_index(
            Index::create()
                .name("cases_report")
                .table(Cases::Table)
                .col(Cases::UnitId)
                .col(Cases::ClosedOn)
                .col(Cases::FirstContactOn)
                .col(Cases::ChannelId)
                .col(Cases::AgeGroupId)
                .col(Cases::MainCategoryId)
                .col(Cases::Returning)
                .col(Cases::ReturningReason)
                .col(Cases::ClosingOutcomeId)
                .col(Cases::ContactCount)
                .col(Cases::ContactMinutes)
                .col(Cases::Id)
                .to_owned(),
        )
        .await?;
        m.alter_table(add(FollowUps::Table.into_iden(), string_null(FollowUps::CancelReason))).await?;
        m.alter_table(add(
            OutreachActivities::Table.into_iden(),
            boolean(OutreachActivities::Planned).default(false).to_owned(),
        ))
        .await?;
        m.alter_table(add(Inquiries::Table.into_iden(), big_integer_null(Inquiries::ClaimedBy))).await?;
        m.alter_table(add(Inquiries::Table.into_iden(), big_integer_null(Inquiries::ClaimedAt))).await?;
        for c in [ListEntries::HintSv, ListEntries::HintEn, ListEntries::HintAr] {
            m.alter_table(add(ListEntries::Table.into_iden(), text_null(c))).await?;
        }
        Ok(())
    }
}
