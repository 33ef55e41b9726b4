//! Managers and analysts of one unit who may read another unit's effect report, figures only, as
//! granted by that unit's admin: so a manager of several units sees them side by side while every
//! role is still held within one unit and no case of another unit is ever shown.
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
enum ReportReaders {
    Table,
    UnitId,
    UserId,
    GrantedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReportReaders::Table)
                .col(big_integer(ReportReaders::UnitId))
                .col(big_integer(ReportReaders::UserId))
                .col(big_integer(ReportReaders::GrantedBy))
                .col(big_integer(ReportReaders::CreatedAt))
                .primary_key(Index::create().col(ReportReaders::UnitId).col(ReportReaders::UserId))
                .foreign_key(
                    ForeignKey::create().from(ReportReaders::Table, ReportReaders::UnitId).to(Units::Table, Units::Id),
                )
                .foreign_key(
                    ForeignKey::create().from(ReportReaders::Table, ReportReaders::UserId).to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ReportReaders::Table, ReportReaders::GrantedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("report_readers_user")
                .table(ReportReaders::Table)
                .col(ReportReaders::UserId)
                .col(ReportReaders::UnitId)
                .to_owned(),
        )
        .await
    }
}
