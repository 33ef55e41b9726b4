//! Extended voluntary contact ("trygghetsbistånd"): an agreement per documented case, with the
//! chosen contact person, the agreed form and frequency, start and end; and the check-ins logged
//! against it. Neither holds free text: what was said goes in the journal.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ContactAgreements {
    Table,
    Id,
    UnitId,
    CaseId,
    PersonId,
    ContactId,
    Form,
    Every,
    Per,
    StartsOn,
    EndedOn,
    EndReason,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ContactCheckIns {
    Table,
    Id,
    AgreementId,
    UnitId,
    HeldOn,
    Outcome,
    Form,
    CreatedBy,
    CreatedAt,
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
                .table(ContactAgreements::Table)
                .col(big_pk_auto(ContactAgreements::Id))
                .col(big_integer(ContactAgreements::UnitId))
                .col(big_integer(ContactAgreements::CaseId))
                .col(big_integer_null(ContactAgreements::PersonId))
                .col(big_integer(ContactAgreements::ContactId))
                .col(string_len(ContactAgreements::Form, 16))
                .col(integer(ContactAgreements::Every))
                .col(string_len(ContactAgreements::Per, 8))
                .col(date(ContactAgreements::StartsOn))
                .col(date_null(ContactAgreements::EndedOn))
                .col(string_len_null(ContactAgreements::EndReason, 32))
                .col(big_integer(ContactAgreements::CreatedBy))
                .col(big_integer(ContactAgreements::CreatedAt))
                .col(big_integer(ContactAgreements::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactAgreements::Table, ContactAgreements::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactAgreements::Table, ContactAgreements::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactAgreements::Table, ContactAgreements::ContactId)
                        .to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactAgreements::Table, ContactAgreements::CreatedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("contact_agreements_case")
                .table(ContactAgreements::Table)
                .col(ContactAgreements::UnitId)
                .col(ContactAgreements::CaseId)
                .to_owned(),
        )
        .await?;
        // One running agreement per case, however many ask at once.
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX contact_agreements_running ON contact_agreements (case_id) WHERE ended_on IS NULL",
            )
            .await?;
        m.create_index(
            Index::create()
                .name("contact_agreements_contact")
                .table(ContactAgreements::Table)
                .col(ContactAgreements::ContactId)
                .col(ContactAgreements::EndedOn)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ContactCheckIns::Table)
                .col(big_pk_auto(ContactCheckIns::Id))
                .col(big_integer(ContactCheckIns::AgreementId))
                .col(big_integer(ContactCheckIns::UnitId))
                .col(date(ContactCheckIns::HeldOn))
                .col(string_len(ContactCheckIns::Outcome, 16))
                .col(string_len(ContactCheckIns::Form, 16))
                .col(big_integer(ContactCheckIns::CreatedBy))
                .col(big_integer(ContactCheckIns::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactCheckIns::Table, ContactCheckIns::AgreementId)
                        .to(ContactAgreements::Table, ContactAgreements::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactCheckIns::Table, ContactCheckIns::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ContactCheckIns::Table, ContactCheckIns::CreatedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("contact_check_ins_agreement")
                .table(ContactCheckIns::Table)
                .col(ContactCheckIns::AgreementId)
                .col(ContactCheckIns::HeldOn)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
