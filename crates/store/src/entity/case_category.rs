use lotsen_domain::ids::{CaseId, ListEntryId};
use sea_orm::entity::prelude::*;

/// A secondary problem category of a case.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_categories")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub case_id: CaseId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub category_id: ListEntryId,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
