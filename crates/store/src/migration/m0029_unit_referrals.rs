//! Telling one's story once and referrals between units: a case's intake note (sealed, with the
//! day the resident agreed to it), whether a unit takes referrals from the installation's other
//! units, and each referral sent on to another unit with the consent it went under.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    TakesReferrals,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Referrals {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum IntakeNotes {
    Table,
    CaseId,
    UnitId,
    KeyVersion,
    Nonce,
    Sealed,
    AgreedOn,
    WrittenBy,
    WrittenAt,
}

#[derive(DeriveIden)]
enum UnitReferrals {
    Table,
    Id,
    ReferralId,
    CaseId,
    FromUnitId,
    ToUnitId,
    Kind,
    ConsentOn,
    ShareContact,
    ShareNote,
    InquiryId,
    State,
    SentBy,
    SentAt,
    AnsweredAt,
    ReturnReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Units::Table).add_column(boolean(Units::TakesReferrals).default(false)).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(IntakeNotes::Table)
                .col(big_integer(IntakeNotes::CaseId).primary_key())
                .col(big_integer(IntakeNotes::UnitId))
                .col(integer(IntakeNotes::KeyVersion))
                .col(blob(IntakeNotes::Nonce))
                .col(blob(IntakeNotes::Sealed))
                .col(date(IntakeNotes::AgreedOn))
                .col(big_integer(IntakeNotes::WrittenBy))
                .col(big_integer(IntakeNotes::WrittenAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(IntakeNotes::Table, IntakeNotes::CaseId)
                        .to(Cases::Table, Cases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(UnitReferrals::Table)
                .col(big_pk_auto(UnitReferrals::Id))
                .col(big_integer(UnitReferrals::ReferralId))
                .col(big_integer(UnitReferrals::CaseId))
                .col(big_integer(UnitReferrals::FromUnitId))
                .col(big_integer(UnitReferrals::ToUnitId))
                .col(string(UnitReferrals::Kind))
                .col(date_null(UnitReferrals::ConsentOn))
                .col(boolean(UnitReferrals::ShareContact).default(false))
                .col(boolean(UnitReferrals::ShareNote).default(false))
                .col(big_integer_null(UnitReferrals::InquiryId))
                .col(string(UnitReferrals::State))
                .col(big_integer(UnitReferrals::SentBy))
                .col(big_integer(UnitReferrals::SentAt))
                .col(big_integer_null(UnitReferrals::AnsweredAt))
                .col(string_null(UnitReferrals::ReturnReason))
                .foreign_key(
                    ForeignKey::create()
                        .from(UnitReferrals::Table, UnitReferrals::ReferralId)
                        .to(Referrals::Table, Referrals::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(UnitReferrals::Table, UnitReferrals::CaseId)
                        .to(Cases::Table, Cases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(UnitReferrals::Table, UnitReferrals::ToUnitId)
                        .to(Units::Table, Units::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        for (name, col) in [
            ("unit_referrals_referral", UnitReferrals::ReferralId),
            ("unit_referrals_case", UnitReferrals::CaseId),
            ("unit_referrals_inquiry", UnitReferrals::InquiryId),
        ] {
            m.create_index(Index::create().name(name).table(UnitReferrals::Table).col(col).to_owned()).await?;
        }
        Ok(())
    }
}
