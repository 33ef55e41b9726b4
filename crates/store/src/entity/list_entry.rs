use lotsen_domain::ids::{ListEntryId, UnitId};
use sea_orm::entity::prelude::*;

/// One entry of a unit's configurable list (a channel, an age group, a category, …).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "list_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ListEntryId,
    pub unit_id: UnitId,
    pub kind: String,
    /// Stable key of a seeded entry; admin-made entries get one derived from their label.
    pub code: String,
    pub label_sv: String,
    pub label_en: Option<String>,
    pub label_ar: Option<String>,
    /// Referral destinations: municipal, region, ngo or other.
    pub grp: Option<String>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    /// Contact modes that count as a meeting (for "days to first meeting").
    pub meeting: bool,
    pub ksi_code: Option<String>,
    pub position: i32,
    pub retired: bool,
    pub created_at: i64,
    pub hint_sv: Option<String>,
    pub hint_en: Option<String>,
    pub hint_ar: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
