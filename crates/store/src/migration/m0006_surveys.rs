//! Surveys: definitions in versions, anonymous responses, one-time invitations, the form nonces
//! that make a second submit of the same page count once, and the unit's privacy settings.
//!
//! Responses and their answers are stored without SQLite's hidden row number (`WITHOUT ROWID`,
//! keyed by a random id), so not even the order of storage tells which answer came when.
use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    SuppressionThreshold,
    SurveyTextDays,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    UnitId,
    Code,
    Seed,
    CurrentVersionId,
    Goals,
    Active,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveyVersions {
    Table,
    Id,
    SurveyId,
    Number,
    Definition,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SurveyInvitations {
    Table,
    Id,
    SurveyId,
    TokenHash,
    ExpiresAt,
    Used,
}

#[derive(DeriveIden)]
enum FormNonces {
    Table,
    Nonce,
    ExpiresAt,
}

fn fk(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden)) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Units::Table).add_column(integer(Units::SuppressionThreshold).default(5)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Units::Table).add_column(integer(Units::SurveyTextDays).default(365)).to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Surveys::Table)
                .col(big_pk_auto(Surveys::Id))
                .col(big_integer(Surveys::UnitId))
                .col(string(Surveys::Code))
                .col(string_null(Surveys::Seed))
                .col(big_integer_null(Surveys::CurrentVersionId))
                .col(text(Surveys::Goals))
                .col(boolean(Surveys::Active))
                .col(big_integer(Surveys::CreatedAt))
                .col(big_integer(Surveys::UpdatedAt))
                .foreign_key(&mut fk((Surveys::Table, Surveys::UnitId), (Units::Table, Units::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("surveys_code").table(Surveys::Table).col(Surveys::Code).unique().to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("surveys_unit_seed")
                .table(Surveys::Table)
                .col(Surveys::UnitId)
                .col(Surveys::Seed)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(SurveyVersions::Table)
                .col(big_pk_auto(SurveyVersions::Id))
                .col(big_integer(SurveyVersions::SurveyId))
                .col(integer(SurveyVersions::Number))
                .col(text(SurveyVersions::Definition))
                .col(big_integer(SurveyVersions::CreatedAt))
                .foreign_key(&mut fk((SurveyVersions::Table, SurveyVersions::SurveyId), (Surveys::Table, Surveys::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("survey_versions_number")
                .table(SurveyVersions::Table)
                .col(SurveyVersions::SurveyId)
                .col(SurveyVersions::Number)
                .unique()
                .to_owned(),
        )
        .await?;

        // Written by hand for `WITHOUT ROWID`; the statements are otherwise the same on both.
        let without_rowid = if m.get_database_backend() == DbBackend::Sqlite { " WITHOUT ROWID" } else { "" };
        let db = m.get_connection();
        db.execute_unprepared(&format!(
            "CREATE TABLE survey_responses (\
             id TEXT NOT NULL PRIMARY KEY, \
             survey_id BIGINT NOT NULL REFERENCES surveys (id), \
             version_id BIGINT NOT NULL REFERENCES survey_versions (id), \
             unit_id BIGINT NOT NULL REFERENCES units (id), \
             venue_id BIGINT NULL REFERENCES venues (id), \
             locale TEXT NOT NULL, \
             week TEXT NOT NULL, \
             free_text TEXT NULL){without_rowid}"
        ))
        .await?;
        db.execute_unprepared("CREATE INDEX survey_responses_week ON survey_responses (survey_id, week)").await?;
        db.execute_unprepared(&format!(
            "CREATE TABLE survey_answers (\
             response_id TEXT NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE, \
             question TEXT NOT NULL, \
             value SMALLINT NOT NULL, \
             PRIMARY KEY (response_id, question)){without_rowid}"
        ))
        .await?;

        m.create_table(
            Table::create()
                .table(SurveyInvitations::Table)
                .col(big_pk_auto(SurveyInvitations::Id))
                .col(big_integer(SurveyInvitations::SurveyId))
                .col(string(SurveyInvitations::TokenHash))
                .col(big_integer(SurveyInvitations::ExpiresAt))
                .col(boolean(SurveyInvitations::Used))
                .foreign_key(&mut fk(
                    (SurveyInvitations::Table, SurveyInvitations::SurveyId),
                    (Surveys::Table, Surveys::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("survey_invitations_token")
                .table(SurveyInvitations::Table)
                .col(SurveyInvitations::TokenHash)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(FormNonces::Table)
                .col(string(FormNonces::Nonce).primary_key())
                .col(big_integer(FormNonces::ExpiresAt))
                .to_owned(),
        )
        .await
    }
}
