//! Retention ("gallring") of the documented record: each unit's periods, a case's "never cull"
//! flag with its reason, the day a case was culled (it stays, without what identified anyone, so
//! the effect report keeps its figures), and the job schedule that lets exactly one node run
//! retention: a lease row per job, taken by an update that only one node can win.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    RetentionYears,
    KeepSampleDays,
    CallbackDays,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    KeepReason,
    CulledOn,
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Name,
    Holder,
    LeaseUntil,
    NextRunAt,
    LastRunAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds columns one at a time.
        let units = |col: &mut ColumnDef| Table::alter().table(Units::Table).add_column(col.take()).to_owned();
        m.alter_table(units(integer(Units::RetentionYears).default(5))).await?;
        m.alter_table(units(boolean(Units::KeepSampleDays).default(true))).await?;
        m.alter_table(units(integer(Units::CallbackDays).default(90))).await?;
        let cases = |col: &mut ColumnDef| Table::alter().table(Cases::Table).add_column(col.take()).to_owned();
        m.alter_table(cases(&mut string_null(Cases::KeepReason))).await?;
        m.alter_table(cases(&mut date_null(Cases::CulledOn))).await?;
        m.create_table(
            Table::create()
                .table(Jobs::Table)
                .col(string(Jobs::Name).primary_key())
                .col(string_null(Jobs::Holder))
                .col(big_integer(Jobs::LeaseUntil))
                .col(big_integer(Jobs::NextRunAt))
                .col(big_integer_null(Jobs::LastRunAt))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(Jobs::Table)
                .columns([Jobs::Name, Jobs::LeaseUntil, Jobs::NextRunAt])
                .values_panic(["retention".into(), 0i64.into(), 0i64.into()])
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
