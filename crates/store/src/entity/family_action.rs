use lotsen_domain::ids::{FamilyId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// An action towards a goal; its words are sealed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_actions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub goal_id: i64,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub responsible: String,
    pub due_on: Date,
    pub status: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
