//! Journal notes of documented cases: each note sealed (its text is about a person), dated, with
//! its author; a correction points to the note it corrects; `signed_at` is set when the author
//! signs (a note also counts as signed a day after it was written, see
//! `lotsen_domain::records::journal`). Notes are never deleted but by retention.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum JournalNotes {
    Table,
    Id,
    CaseId,
    UnitId,
    AuthorId,
    WrittenOn,
    KeyVersion,
    Nonce,
    Sealed,
    CorrectsId,
    SignedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
}

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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(JournalNotes::Table)
                .col(big_pk_auto(JournalNotes::Id))
                .col(big_integer(JournalNotes::CaseId))
                .col(big_integer(JournalNotes::UnitId))
                .col(big_integer(JournalNotes::AuthorId))
                .col(date(JournalNotes::WrittenOn))
                .col(integer(JournalNotes::KeyVersion))
                .col(blob(JournalNotes::Nonce))
                .col(blob(JournalNotes::Sealed))
                .col(big_integer_null(JournalNotes::CorrectsId))
                .col(big_integer_null(JournalNotes::SignedAt))
                .col(big_integer(JournalNotes::CreatedAt))
                .col(big_integer(JournalNotes::UpdatedAt))
                .foreign_key(
                    ForeignKey::create().from(JournalNotes::Table, JournalNotes::CaseId).to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create().from(JournalNotes::Table, JournalNotes::UnitId).to(Units::Table, Units::Id),
                )
                .foreign_key(
                    ForeignKey::create().from(JournalNotes::Table, JournalNotes::AuthorId).to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(JournalNotes::Table, JournalNotes::CorrectsId)
                        .to(JournalNotes::Table, JournalNotes::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("journal_notes_case")
                .table(JournalNotes::Table)
                .col(JournalNotes::CaseId)
                .col(JournalNotes::WrittenOn)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
