use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

/// A recurring (or one-off) drop-in time: DTSTART in local time and an RFC 5545 rule.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dropin_series")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    pub venue_id: i64,
    pub dtstart: DateTime,
    pub minutes: i32,
    pub rrule: Option<String>,
    pub staff: String,
    pub sequence: i32,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
