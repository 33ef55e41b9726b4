//! Indexes the effect report reads without touching the case rows, measured with bench/ at a
//! million cases: the cases handled in a period (closed since it began, or open) with every column
//! the report groups by; the cases opened in a period with their waiting times; follow-ups by the
//! day they were done. Each replaces a narrower index with the same leading columns.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
    UnitId,
    ClosedOn,
    FirstContactOn,
    ChannelId,
    AgeGroupId,
    MainCategoryId,
    Returning,
    ClosingOutcomeId,
    ContactCount,
    ContactMinutes,
    WaitDays,
    SupportDays,
}

#[derive(DeriveIden)]
enum FollowUps {
    Table,
    UnitId,
    DoneOn,
    Outcome,
    CaseId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("cases_unit_closed").table(Cases::Table).to_owned()).await?;
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
                .col(Cases::ClosingOutcomeId)
                .col(Cases::ContactCount)
                .col(Cases::ContactMinutes)
                .col(Cases::Id)
                .to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name("cases_unit_first_contact").table(Cases::Table).to_owned()).await?;
        m.create_index(
            Index::create()
                .name("cases_unit_first_contact")
                .table(Cases::Table)
                .col(Cases::UnitId)
                .col(Cases::FirstContactOn)
                .col(Cases::WaitDays)
                .col(Cases::SupportDays)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("follow_ups_unit_done")
                .table(FollowUps::Table)
                .col(FollowUps::UnitId)
                .col(FollowUps::DoneOn)
                .col(FollowUps::Outcome)
                .col(FollowUps::CaseId)
                .to_owned(),
        )
        .await
    }
}
