use lotsen_domain::ids::{FamilyId, ListEntryId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A goal of a family's plan in one area; its words are sealed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_goals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub area_id: ListEntryId,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub created_by: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
