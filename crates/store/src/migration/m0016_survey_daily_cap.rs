//! A cap on a survey's answers a day, set by its manager: a public form can otherwise be filled in
//! by a script all day long. Only today's count is kept (`cap_day`, `cap_count`), overwritten by
//! the first answer of the next day, so no day's number of answers is kept beside the answers'
//! weeks.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Surveys {
    Table,
    DailyCap,
    CapDay,
    CapCount,
}

/// What a survey takes a day unless its manager says otherwise.
pub const DEFAULT_DAILY_CAP: i32 = 300;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Surveys::Table)
                .add_column(integer(Surveys::DailyCap).default(DEFAULT_DAILY_CAP))
                .to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(Surveys::Table).add_column(string_null(Surveys::CapDay)).to_owned()).await?;
        m.alter_table(
            Table::alter().table(Surveys::Table).add_column(integer(Surveys::CapCount).default(0)).to_owned(),
        )
        .await?;
        Ok(())
    }
}
