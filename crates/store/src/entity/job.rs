use sea_orm::entity::prelude::*;

/// A scheduled job and its lease: the node whose `holder` wrote it runs the job until
/// `lease_until`; the next run is due at `next_run_at`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    pub holder: Option<String>,
    pub lease_until: i64,
    pub next_run_at: i64,
    pub last_run_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
