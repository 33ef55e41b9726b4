use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "unit_public")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub unit_id: UnitId,
    pub about_sv: Option<String>,
    pub about_en: Option<String>,
    pub about_ar: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub controller: Option<String>,
    pub dpo: Option<String>,
    pub accessibility_contact: Option<String>,
    pub accessibility_issues: Option<String>,
    pub reviewed_on: Option<Date>,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
