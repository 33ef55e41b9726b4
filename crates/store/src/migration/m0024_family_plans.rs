//! A family's mappings (the scores per area, 1–5, current and desired) and its plan: goals per
//! area and actions with the one responsible, a due day and a status. The goals' and actions'
//! words are sealed like journal notes: they are about a child.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FamilyMappings {
    Table,
    Id,
    FamilyId,
    UnitId,
    MadeOn,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FamilyScores {
    Table,
    Id,
    MappingId,
    FamilyId,
    UnitId,
    AreaId,
    Current,
    Desired,
}

#[derive(DeriveIden)]
enum FamilyGoals {
    Table,
    Id,
    FamilyId,
    UnitId,
    AreaId,
    KeyVersion,
    Nonce,
    Sealed,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FamilyActions {
    Table,
    Id,
    GoalId,
    FamilyId,
    UnitId,
    KeyVersion,
    Nonce,
    Sealed,
    Responsible,
    DueOn,
    Status,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Families {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ListEntries {
    Table,
    Id,
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
        m.create_table(
            Table::create()
                .table(FamilyMappings::Table)
                .col(big_pk_auto(FamilyMappings::Id))
                .col(big_integer(FamilyMappings::FamilyId))
                .col(big_integer(FamilyMappings::UnitId))
                .col(date(FamilyMappings::MadeOn))
                .col(big_integer(FamilyMappings::CreatedBy))
                .col(big_integer(FamilyMappings::CreatedAt))
                .foreign_key(&mut fk(
                    (FamilyMappings::Table, FamilyMappings::FamilyId),
                    (Families::Table, Families::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_mappings_family")
                .table(FamilyMappings::Table)
                .col(FamilyMappings::FamilyId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FamilyScores::Table)
                .col(big_pk_auto(FamilyScores::Id))
                .col(big_integer(FamilyScores::MappingId))
                .col(big_integer(FamilyScores::FamilyId))
                .col(big_integer(FamilyScores::UnitId))
                .col(big_integer(FamilyScores::AreaId))
                .col(small_integer(FamilyScores::Current))
                .col(small_integer(FamilyScores::Desired))
                .foreign_key(&mut fk(
                    (FamilyScores::Table, FamilyScores::MappingId),
                    (FamilyMappings::Table, FamilyMappings::Id),
                ))
                .foreign_key(&mut fk(
                    (FamilyScores::Table, FamilyScores::AreaId),
                    (ListEntries::Table, ListEntries::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_scores_family")
                .table(FamilyScores::Table)
                .col(FamilyScores::FamilyId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FamilyGoals::Table)
                .col(big_pk_auto(FamilyGoals::Id))
                .col(big_integer(FamilyGoals::FamilyId))
                .col(big_integer(FamilyGoals::UnitId))
                .col(big_integer(FamilyGoals::AreaId))
                .col(integer(FamilyGoals::KeyVersion))
                .col(blob(FamilyGoals::Nonce))
                .col(blob(FamilyGoals::Sealed))
                .col(big_integer(FamilyGoals::CreatedBy))
                .col(big_integer(FamilyGoals::CreatedAt))
                .foreign_key(&mut fk((FamilyGoals::Table, FamilyGoals::FamilyId), (Families::Table, Families::Id)))
                .foreign_key(&mut fk((FamilyGoals::Table, FamilyGoals::AreaId), (ListEntries::Table, ListEntries::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("family_goals_family").table(FamilyGoals::Table).col(FamilyGoals::FamilyId).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FamilyActions::Table)
                .col(big_pk_auto(FamilyActions::Id))
                .col(big_integer(FamilyActions::GoalId))
                .col(big_integer(FamilyActions::FamilyId))
                .col(big_integer(FamilyActions::UnitId))
                .col(integer(FamilyActions::KeyVersion))
                .col(blob(FamilyActions::Nonce))
                .col(blob(FamilyActions::Sealed))
                .col(string_len(FamilyActions::Responsible, 80))
                .col(date(FamilyActions::DueOn))
                .col(string_len(FamilyActions::Status, 16))
                .col(big_integer(FamilyActions::CreatedBy))
                .col(big_integer(FamilyActions::CreatedAt))
                .col(big_integer(FamilyActions::UpdatedAt))
                .foreign_key(&mut fk(
                    (FamilyActions::Table, FamilyActions::GoalId),
                    (FamilyGoals::Table, FamilyGoals::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("family_actions_family")
                .table(FamilyActions::Table)
                .col(FamilyActions::FamilyId)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
