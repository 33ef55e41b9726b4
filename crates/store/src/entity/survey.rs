use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

/// A unit's survey; its wording is in `survey_versions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "surveys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    /// The short public link: `/s/{code}`.
    pub code: String,
    /// Which built-in survey this started as ("resident", "school_staff"), if any.
    pub seed: Option<String>,
    pub current_version_id: Option<i64>,
    /// Goals per question key as JSON: `{"q3": 70}`.
    pub goals: String,
    pub active: bool,
    /// At most this many answers a day.
    pub daily_cap: i32,
    /// The day `cap_count` counts (Stockholm, `YYYY-MM-DD`); only today's count is kept.
    pub cap_day: Option<String>,
    pub cap_count: i32,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
