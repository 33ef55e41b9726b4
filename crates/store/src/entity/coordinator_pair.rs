use lotsen_domain::ids::{PairId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// Two coordinators who hold families together.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coordinator_pairs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: PairId,
    pub unit_id: UnitId,
    pub first_id: UserId,
    pub second_id: UserId,
    pub capacity: i32,
    pub retired: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
