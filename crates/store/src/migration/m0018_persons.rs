//! The resident of a documented record ("person"), kept per unit as one sealed blob. What the
//! database sees of a person is only what it must use: a keyed hash of the identity number (so a
//! unit finds a returning resident, and the same number is one person per unit), and whether the
//! day of birth is a research sample day (the 5th, 15th or 25th, which retention may keep). A case
//! of a documented unit names its person and says it is documented; cases registered before keep
//! `documented = false`.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Persons {
    Table,
    Id,
    UnitId,
    NumberKey,
    KeyVersion,
    Nonce,
    Sealed,
    SampleDay,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    PersonId,
    Documented,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Persons::Table)
                .col(big_pk_auto(Persons::Id))
                .col(big_integer(Persons::UnitId))
                .col(blob(Persons::NumberKey))
                .col(integer(Persons::KeyVersion))
                .col(blob(Persons::Nonce))
                .col(blob(Persons::Sealed))
                .col(boolean(Persons::SampleDay).default(false))
                .col(big_integer(Persons::CreatedAt))
                .col(big_integer(Persons::UpdatedAt))
                .foreign_key(ForeignKey::create().from(Persons::Table, Persons::UnitId).to(Units::Table, Units::Id))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("persons_unit_number")
                .table(Persons::Table)
                .col(Persons::UnitId)
                .col(Persons::NumberKey)
                .unique()
                .to_owned(),
        )
        .await?;
        // SQLite cannot add a column with a foreign key to a table that exists: the store keeps
        // `person_id` to a person of the case's own unit.
        m.alter_table(Table::alter().table(Cases::Table).add_column(big_integer_null(Cases::PersonId)).to_owned())
            .await?;
        m.alter_table(
            Table::alter().table(Cases::Table).add_column(boolean(Cases::Documented).default(false)).to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("cases_person").table(Cases::Table).col(Cases::PersonId).to_owned())
            .await?;
        Ok(())
    }
}
