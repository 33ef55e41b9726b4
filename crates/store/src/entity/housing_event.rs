use lotsen_domain::ids::{UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A contact with the landlord or practical support given, logged against an enrolment.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "housing_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enrolment_id: i64,
    pub unit_id: UnitId,
    pub kind: String,
    pub topic: String,
    pub held_on: Date,
    pub created_by: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
