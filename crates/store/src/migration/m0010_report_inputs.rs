//! A manager's dated inputs to the effect report (costs, estimated shares, goals). Never edited in
//! place: a new value is a new row, a mistaken one is marked removed, so every figure can be traced.
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
enum ReportInputs {
    Table,
    Id,
    UnitId,
    Kind,
    Value,
    ValidFrom,
    ValidTo,
    Note,
    CreatedBy,
    CreatedAt,
    RemovedBy,
    RemovedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReportInputs::Table)
                .col(big_pk_auto(ReportInputs::Id))
                .col(big_integer(ReportInputs::UnitId))
                .col(string(ReportInputs::Kind))
                .col(big_integer(ReportInputs::Value))
                .col(date(ReportInputs::ValidFrom))
                .col(date_null(ReportInputs::ValidTo))
                .col(text(ReportInputs::Note))
                .col(big_integer(ReportInputs::CreatedBy))
                .col(big_integer(ReportInputs::CreatedAt))
                .col(big_integer_null(ReportInputs::RemovedBy))
                .col(big_integer_null(ReportInputs::RemovedAt))
                .foreign_key(
                    ForeignKey::create().from(ReportInputs::Table, ReportInputs::UnitId).to(Units::Table, Units::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("report_inputs_unit_kind")
                .table(ReportInputs::Table)
                .col(ReportInputs::UnitId)
                .col(ReportInputs::Kind)
                .col(ReportInputs::ValidFrom)
                .to_owned(),
        )
        .await
    }
}
