//! Messages out: each e-mail or SMS waits in the outbox, sealed, until the sending job has sent it
//! (then its sealed part is erased) or given it up.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    UnitId,
    Channel,
    Purpose,
    Reference,
    KeyVersion,
    Nonce,
    Sealed,
    State,
    Attempts,
    NextAttemptAt,
    ClaimedBy,
    ClaimedUntil,
    CreatedAt,
    SentAt,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Outbox::Table)
                .col(big_pk_auto(Outbox::Id))
                .col(big_integer_null(Outbox::UnitId))
                .col(string(Outbox::Channel))
                .col(string(Outbox::Purpose))
                .col(string_uniq(Outbox::Reference))
                .col(integer_null(Outbox::KeyVersion))
                .col(blob_null(Outbox::Nonce))
                .col(blob_null(Outbox::Sealed))
                .col(string(Outbox::State))
                .col(integer(Outbox::Attempts).default(0))
                .col(big_integer(Outbox::NextAttemptAt))
                .col(string_null(Outbox::ClaimedBy))
                .col(big_integer(Outbox::ClaimedUntil).default(0))
                .col(big_integer(Outbox::CreatedAt))
                .col(big_integer_null(Outbox::SentAt))
                .col(string_null(Outbox::LastError))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("outbox_due")
                .table(Outbox::Table)
                .col(Outbox::State)
                .col(Outbox::NextAttemptAt)
                .to_owned(),
        )
        .await
    }
}
