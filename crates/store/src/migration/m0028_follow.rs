//! Residents following their own case: the codes handed out (the PIN only as a keyed hash), with
//! wrong tries, locks, revocation and expiry; and the messages residents send, sealed.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CaseAccess {
    Table,
    Id,
    CaseId,
    UnitId,
    Code,
    PinHash,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    RevokedAt,
    Failures,
    LockedUntil,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum CaseMessages {
    Table,
    Id,
    CaseId,
    UnitId,
    Kind,
    KeyVersion,
    Nonce,
    Sealed,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CaseAccess::Table)
                .col(big_pk_auto(CaseAccess::Id))
                .col(big_integer(CaseAccess::CaseId))
                .col(big_integer(CaseAccess::UnitId))
                .col(string(CaseAccess::Code).unique_key())
                .col(string(CaseAccess::PinHash))
                .col(big_integer(CaseAccess::CreatedBy))
                .col(big_integer(CaseAccess::CreatedAt))
                .col(big_integer(CaseAccess::ExpiresAt))
                .col(big_integer_null(CaseAccess::RevokedAt))
                .col(integer(CaseAccess::Failures).default(0))
                .col(big_integer_null(CaseAccess::LockedUntil))
                .col(big_integer_null(CaseAccess::LastUsedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(CaseAccess::Table, CaseAccess::CaseId)
                        .to(Cases::Table, Cases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("case_access_case").table(CaseAccess::Table).col(CaseAccess::CaseId).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CaseMessages::Table)
                .col(big_pk_auto(CaseMessages::Id))
                .col(big_integer(CaseMessages::CaseId))
                .col(big_integer(CaseMessages::UnitId))
                .col(string(CaseMessages::Kind))
                .col(integer(CaseMessages::KeyVersion))
                .col(blob(CaseMessages::Nonce))
                .col(blob(CaseMessages::Sealed))
                .col(big_integer(CaseMessages::CreatedAt))
                .col(big_integer_null(CaseMessages::ReadAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(CaseMessages::Table, CaseMessages::CaseId)
                        .to(Cases::Table, Cases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("case_messages_case").table(CaseMessages::Table).col(CaseMessages::CaseId).to_owned(),
        )
        .await
    }
}
