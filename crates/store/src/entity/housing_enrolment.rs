use lotsen_domain::ids::{PersonId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A person's enrolment in Housing First, with their home.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "housing_enrolments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    pub person_id: PersonId,
    pub coordinator_id: UserId,
    pub enrolled_on: Date,
    pub landlord: Option<String>,
    pub key_version: Option<i32>,
    pub nonce: Option<Vec<u8>>,
    pub sealed: Option<Vec<u8>>,
    pub tenancy_start: Option<Date>,
    pub tenancy_status: Option<String>,
    pub status_since: Option<Date>,
    pub created_by: UserId,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
