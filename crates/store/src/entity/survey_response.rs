use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

/// One anonymous response: no time finer than its week, no address, no link to a case or an
/// invitation. The id is random, so it tells nothing about order either.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub survey_id: i64,
    pub version_id: i64,
    pub unit_id: UnitId,
    pub venue_id: Option<i64>,
    pub locale: String,
    /// The Monday of the ISO week, `YYYY-MM-DD`.
    pub week: String,
    /// Removed by the retention job after the unit's set time.
    pub free_text: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
