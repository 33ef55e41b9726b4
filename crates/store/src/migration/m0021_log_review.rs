//! The monthly log review ("loggkontroll"). The audit log itself is append-only, so a review is
//! kept beside it: one row per unit and month, signed when done, and one row per view of
//! identified data the review holds (by audit row id), with why it is there, who marked it
//! reviewed and their comment.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LogReviews {
    Table,
    Id,
    UnitId,
    Month,
    CreatedBy,
    CreatedAt,
    SignedBy,
    SignedAt,
    Summary,
}

#[derive(DeriveIden)]
enum LogReviewItems {
    Table,
    Id,
    ReviewId,
    AuditId,
    Findings,
    ReviewedBy,
    ReviewedAt,
    Comment,
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
                .table(LogReviews::Table)
                .col(big_pk_auto(LogReviews::Id))
                .col(big_integer(LogReviews::UnitId))
                .col(string(LogReviews::Month))
                .col(big_integer(LogReviews::CreatedBy))
                .col(big_integer(LogReviews::CreatedAt))
                .col(big_integer_null(LogReviews::SignedBy))
                .col(big_integer_null(LogReviews::SignedAt))
                .col(text_null(LogReviews::Summary))
                .foreign_key(
                    ForeignKey::create().from(LogReviews::Table, LogReviews::UnitId).to(Units::Table, Units::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("log_reviews_unit_month")
                .table(LogReviews::Table)
                .col(LogReviews::UnitId)
                .col(LogReviews::Month)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LogReviewItems::Table)
                .col(big_pk_auto(LogReviewItems::Id))
                .col(big_integer(LogReviewItems::ReviewId))
                .col(big_integer(LogReviewItems::AuditId))
                .col(string(LogReviewItems::Findings))
                .col(big_integer_null(LogReviewItems::ReviewedBy))
                .col(big_integer_null(LogReviewItems::ReviewedAt))
                .col(text_null(LogReviewItems::Comment))
                .foreign_key(
                    ForeignKey::create()
                        .from(LogReviewItems::Table, LogReviewItems::ReviewId)
                        .to(LogReviews::Table, LogReviews::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("log_review_items_review_audit")
                .table(LogReviewItems::Table)
                .col(LogReviewItems::ReviewId)
                .col(LogReviewItems::AuditId)
                .unique()
                .to_owned(),
        )
        .await?;
        // The month's views of identified data are read by unit, action and time.
        m.create_index(
            Index::create()
                .name("audit_log_unit_action_at")
                .table(Alias::new("audit_log"))
                .col(Alias::new("unit_id"))
                .col(Alias::new("action"))
                .col(Alias::new("at"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
