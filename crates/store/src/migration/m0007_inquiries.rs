//! The public contact form: requests to be contacted and anonymous feedback, with what they say
//! sealed like a case's identified details, and how long a unit keeps an unanswered one.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    InquiryDays,
}

#[derive(DeriveIden)]
enum Inquiries {
    Table,
    Id,
    Ref,
    UnitId,
    Kind,
    ReceivedAt,
    Locale,
    OnBehalf,
    CategoryId,
    AgeGroupId,
    KeyVersion,
    Nonce,
    Sealed,
    Status,
    CaseId,
    HandledBy,
    HandledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Units::Table).add_column(integer(Units::InquiryDays).default(30)).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Inquiries::Table)
                .col(big_pk_auto(Inquiries::Id))
                .col(string(Inquiries::Ref))
                .col(big_integer(Inquiries::UnitId))
                .col(string(Inquiries::Kind))
                .col(big_integer(Inquiries::ReceivedAt))
                .col(string(Inquiries::Locale))
                .col(boolean(Inquiries::OnBehalf))
                .col(big_integer_null(Inquiries::CategoryId))
                .col(big_integer_null(Inquiries::AgeGroupId))
                .col(integer_null(Inquiries::KeyVersion))
                .col(blob_null(Inquiries::Nonce))
                .col(blob_null(Inquiries::Sealed))
                .col(string(Inquiries::Status))
                .col(big_integer_null(Inquiries::CaseId))
                .col(big_integer_null(Inquiries::HandledBy))
                .col(big_integer_null(Inquiries::HandledAt))
                .foreign_key(ForeignKey::create().from(Inquiries::Table, Inquiries::UnitId).to(Units::Table, Units::Id))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("inquiries_ref").table(Inquiries::Table).col(Inquiries::Ref).unique().to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("inquiries_unit_kind")
                .table(Inquiries::Table)
                .col(Inquiries::UnitId)
                .col(Inquiries::Kind)
                .col(Inquiries::Status)
                .col(Inquiries::ReceivedAt)
                .to_owned(),
        )
        .await
    }
}
