use lotsen_domain::ids::{AgreementId, CheckInId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A check-in logged against an agreement of extended contact.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact_check_ins")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: CheckInId,
    pub agreement_id: AgreementId,
    pub unit_id: UnitId,
    pub held_on: Date,
    pub outcome: String,
    pub form: String,
    pub created_by: UserId,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
