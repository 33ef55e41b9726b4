//! Indexes measured with bench/ at a million cases: the list's default order (newest first within a
//! unit) read straight from an index, and the category filter (main or secondary) without a scan.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cases {
    Table,
    UnitId,
    MainCategoryId,
    Id,
}

#[derive(DeriveIden)]
enum CaseCategories {
    Table,
    CaseId,
    CategoryId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create().name("cases_unit_id").table(Cases::Table).col(Cases::UnitId).col(Cases::Id).to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("cases_unit_category")
                .table(Cases::Table)
                .col(Cases::UnitId)
                .col(Cases::MainCategoryId)
                .col(Cases::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("case_categories_category")
                .table(CaseCategories::Table)
                .col(CaseCategories::CategoryId)
                .col(CaseCategories::CaseId)
                .to_owned(),
        )
        .await
    }
}
