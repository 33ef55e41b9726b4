//! The resident's consent on a referral, with its reach: the day it was given, and whether their
//! contact details and the intake note may go with the referral (to another unit of the
//! installation, or on a referral letter to a receiver outside it).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Referrals {
    Table,
    ConsentOn,
    ConsentContact,
    ConsentNote,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        m.alter_table(Table::alter().table(Referrals::Table).add_column(date_null(Referrals::ConsentOn)).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(Referrals::Table)
                .add_column(boolean(Referrals::ConsentContact).default(false))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Referrals::Table)
                .add_column(boolean(Referrals::ConsentNote).default(false))
                .to_owned(),
        )
        .await
    }
}
