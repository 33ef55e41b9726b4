use lotsen_domain::ids::{PersonId, UnitId};
use sea_orm::entity::prelude::*;

/// A resident of a unit's documented record: who they are is one AEAD-sealed blob; the database
/// sees only a keyed hash of the identity number and whether the day of birth is a research
/// sample day.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "persons")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: PersonId,
    pub unit_id: UnitId,
    pub number_key: Vec<u8>,
    pub key_version: i32,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub sample_day: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
