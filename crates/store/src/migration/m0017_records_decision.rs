//! The committee's decision behind a unit's record: the day it was taken beside its reference, and
//! whether a documented unit may still register walk-ins who only get advice anonymously.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    DecidedOn,
    AnonymousWalkIns,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(Units::Table).add_column(date_null(Units::DecidedOn)).to_owned()).await?;
        m.alter_table(
            Table::alter().table(Units::Table).add_column(boolean(Units::AnonymousWalkIns).default(false)).to_owned(),
        )
        .await?;
        Ok(())
    }
}
