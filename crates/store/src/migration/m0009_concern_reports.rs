//! School concern reports per unit, month and outcome: counts entered by a manager or imported.
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
enum ConcernReports {
    Table,
    UnitId,
    Year,
    Month,
    Outcome,
    Count,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ConcernReports::Table)
                .col(big_integer(ConcernReports::UnitId))
                .col(integer(ConcernReports::Year))
                .col(integer(ConcernReports::Month))
                .col(string(ConcernReports::Outcome))
                .col(integer(ConcernReports::Count))
                .col(big_integer(ConcernReports::UpdatedBy))
                .col(big_integer(ConcernReports::UpdatedAt))
                .primary_key(
                    Index::create()
                        .col(ConcernReports::UnitId)
                        .col(ConcernReports::Year)
                        .col(ConcernReports::Month)
                        .col(ConcernReports::Outcome),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ConcernReports::Table, ConcernReports::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .to_owned(),
        )
        .await
    }
}
