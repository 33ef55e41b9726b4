//! A new authenticator app waits apart until its first code comes back, so the app in use keeps
//! working meanwhile (moving to a new phone never leaves an account without its second factor).
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
enum TotpPending {
    Table,
    UserId,
    KeyVersion,
    Nonce,
    Sealed,
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
                .table(TotpPending::Table)
                .col(big_integer(TotpPending::UserId).primary_key())
                .col(integer(TotpPending::KeyVersion))
                .col(blob(TotpPending::Nonce))
                .col(blob(TotpPending::Sealed))
                .col(big_integer(TotpPending::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(TotpPending::Table, TotpPending::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // A secret set up but never confirmed under the first layout waits where new ones wait.
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO totp_pending (user_id, key_version, nonce, sealed, created_at) \
                 SELECT user_id, key_version, nonce, sealed, created_at FROM user_totp WHERE confirmed_at IS NULL",
            )
            .await?;
        m.get_connection().execute_unprepared("DELETE FROM user_totp WHERE confirmed_at IS NULL").await?;
        Ok(())
    }
}
