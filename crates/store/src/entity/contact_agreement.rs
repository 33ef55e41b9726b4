use lotsen_domain::ids::{AgreementId, CaseId, PersonId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// An agreement of extended voluntary contact ("trygghetsbistånd").
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact_agreements")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: AgreementId,
    pub unit_id: UnitId,
    pub case_id: CaseId,
    pub person_id: Option<PersonId>,
    pub contact_id: UserId,
    pub form: String,
    pub every: i32,
    pub per: String,
    pub starts_on: Date,
    pub ended_on: Option<Date>,
    pub end_reason: Option<String>,
    pub created_by: UserId,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
