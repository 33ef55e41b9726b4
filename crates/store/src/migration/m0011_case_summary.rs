//! What the effect report reads from every case, kept on the case itself so a year's report is one
//! pass over `cases` and never a join over all contacts: the number of contacts and their minutes,
//! the days from first contact to the first meeting (the waiting time) and to the first established
//! support. [`crate::cases::summary_sql`] keeps them current on every write; this step fills them
//! for the cases already there. Closing dates get an index for "handled in the period".
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cases {
    Table,
    UnitId,
    ClosedOn,
    ContactCount,
    ContactMinutes,
    WaitDays,
    SupportDays,
}

#[derive(DeriveIden)]
enum Referrals {
    Table,
    CaseId,
    OnDate,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Cases::Table).add_column(integer(Cases::ContactCount).default(0)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Cases::Table).add_column(integer(Cases::ContactMinutes).default(0)).to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(Cases::Table).add_column(integer_null(Cases::WaitDays)).to_owned()).await?;
        m.alter_table(Table::alter().table(Cases::Table).add_column(integer_null(Cases::SupportDays)).to_owned())
            .await?;
        m.create_index(
            Index::create()
                .name("cases_unit_closed")
                .table(Cases::Table)
                .col(Cases::UnitId)
                .col(Cases::ClosedOn)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("referrals_on_case")
                .table(Referrals::Table)
                .col(Referrals::OnDate)
                .col(Referrals::CaseId)
                .to_owned(),
        )
        .await?;
        let sql = crate::cases::summary_sql(m.get_database_backend());
        m.get_connection().execute_unprepared(&sql).await?;
        Ok(())
    }
}
