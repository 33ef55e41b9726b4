//! The second factor of a local sign-in: each account's sealed TOTP secret (unconfirmed until the
//! first code from the app is typed back) with the last step used, its recovery codes (only their
//! keyed hashes), and the half-finished sign-ins waiting for a code.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum UserTotp {
    Table,
    UserId,
    KeyVersion,
    Nonce,
    Sealed,
    CreatedAt,
    ConfirmedAt,
    LastStep,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    CreatedAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum SigninChallenges {
    Table,
    TokenHash,
    UserId,
    Kind,
    Next,
    CreatedAt,
    ExpiresAt,
    Failures,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(UserTotp::Table)
                .col(big_integer(UserTotp::UserId).primary_key())
                .col(integer(UserTotp::KeyVersion))
                .col(blob(UserTotp::Nonce))
                .col(blob(UserTotp::Sealed))
                .col(big_integer(UserTotp::CreatedAt))
                .col(big_integer_null(UserTotp::ConfirmedAt))
                .col(big_integer(UserTotp::LastStep).default(0))
                .foreign_key(
                    ForeignKey::create()
                        .from(UserTotp::Table, UserTotp::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecoveryCodes::Table)
                .col(big_pk_auto(RecoveryCodes::Id))
                .col(big_integer(RecoveryCodes::UserId))
                .col(string(RecoveryCodes::CodeHash))
                .col(big_integer(RecoveryCodes::CreatedAt))
                .col(big_integer_null(RecoveryCodes::UsedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(RecoveryCodes::Table, RecoveryCodes::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("recovery_codes_user")
                .table(RecoveryCodes::Table)
                .col(RecoveryCodes::UserId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SigninChallenges::Table)
                .col(string(SigninChallenges::TokenHash).primary_key())
                .col(big_integer(SigninChallenges::UserId))
                .col(string(SigninChallenges::Kind))
                .col(string(SigninChallenges::Next))
                .col(big_integer(SigninChallenges::CreatedAt))
                .col(big_integer(SigninChallenges::ExpiresAt))
                .col(integer(SigninChallenges::Failures).default(0))
                .foreign_key(
                    ForeignKey::create()
                        .from(SigninChallenges::Table, SigninChallenges::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }
}
