//! What the installation knows about itself: the fingerprint of the secret key its sealed data is
//! sealed with, so that a backup is never restored under another key.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Installation {
    Table,
    Id,
    KeyFingerprint,
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
                .table(Installation::Table)
                .col(integer(Installation::Id).primary_key())
                .col(string_null(Installation::KeyFingerprint))
                .col(big_integer(Installation::UpdatedAt))
                .to_owned(),
        )
        .await
    }
}
