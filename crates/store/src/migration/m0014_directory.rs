//! The support directory's tables: one per file of the HSDS 3.0 tabular package (`dir_services`
//! for `services.csv`, …) with exactly that file's columns under their HSDS names, text as TEXT and
//! numbers as DOUBLE, so a CSV row is a table row. References between them are indexed but not
//! foreign keys: HSDS data points at records outside a file (the official examples do), and the
//! importer names such references instead of refusing them. Lotsen's own columns are prefixed
//! `lotsen_`: the unit that maintains the record and when it last changed.
//!
//! Built from `lotsen_hsds::spec`, which is generated from the vendored schemas: a later HSDS
//! version gets a migration of its own.
use lotsen_hsds::spec::{OBJECTS, Type};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

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
        for obj in OBJECTS {
            let table = crate::directory::table(obj);
            let mut t = Table::create().table(Alias::new(&table)).to_owned();
            for c in obj.columns {
                let mut col = ColumnDef::new(Alias::new(c.name));
                match c.ty {
                    Type::Text => col.text(),
                    Type::Number => col.double(),
                };
                if c.name == "id" {
                    col.not_null().primary_key();
                } else {
                    col.null();
                }
                t.col(col);
            }
            t.col(ColumnDef::new(Alias::new("lotsen_unit_id")).big_integer().null());
            t.col(ColumnDef::new(Alias::new("lotsen_updated_at")).big_integer().not_null());
            t.foreign_key(
                ForeignKey::create()
                    .name(format!("{table}_unit"))
                    .from(Alias::new(&table), Alias::new("lotsen_unit_id"))
                    .to(Units::Table, Units::Id),
            );
            m.create_table(t).await?;
            for c in obj.columns.iter().filter(|c| c.name != "id" && c.format == "uuid") {
                m.create_index(
                    Index::create()
                        .name(format!("{table}_{}", c.name))
                        .table(Alias::new(&table))
                        .col(Alias::new(c.name))
                        .to_owned(),
                )
                .await?;
            }
        }
        Ok(())
    }
}
