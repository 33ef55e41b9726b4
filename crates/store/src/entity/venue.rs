use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

/// A place where drop-in sessions are held.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "venues")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub unit_id: UnitId,
    pub name: String,
    pub address: String,
    pub room: String,
    pub coordinates: Option<String>,
    pub accessibility: String,
    pub partners: String,
    pub description_sv: String,
    pub description_en: String,
    pub description_ar: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
