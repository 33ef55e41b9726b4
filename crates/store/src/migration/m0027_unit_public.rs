//! A unit's public information: its own words to residents in three languages, how to reach it,
//! and what its privacy notice and accessibility statement are generated from. One row per unit,
//! written by the unit's admin.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum UnitPublic {
    Table,
    UnitId,
    AboutSv,
    AboutEn,
    AboutAr,
    Phone,
    Email,
    Address,
    Controller,
    Dpo,
    AccessibilityContact,
    AccessibilityIssues,
    ReviewedOn,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Units {
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
                .table(UnitPublic::Table)
                .col(big_integer(UnitPublic::UnitId).primary_key())
                .col(text_null(UnitPublic::AboutSv))
                .col(text_null(UnitPublic::AboutEn))
                .col(text_null(UnitPublic::AboutAr))
                .col(string_null(UnitPublic::Phone))
                .col(string_null(UnitPublic::Email))
                .col(string_null(UnitPublic::Address))
                .col(string_null(UnitPublic::Controller))
                .col(string_null(UnitPublic::Dpo))
                .col(string_null(UnitPublic::AccessibilityContact))
                .col(text_null(UnitPublic::AccessibilityIssues))
                .col(date_null(UnitPublic::ReviewedOn))
                .col(big_integer(UnitPublic::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(UnitPublic::Table, UnitPublic::UnitId)
                        .to(Units::Table, Units::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }
}
