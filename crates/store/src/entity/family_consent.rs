use lotsen_domain::ids::{ConsentId, FamilyId, PersonId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A guardian's consent naming the actors the coordinators may contact.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "family_consents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ConsentId,
    pub family_id: FamilyId,
    pub unit_id: UnitId,
    pub guardian_id: PersonId,
    pub given_on: Date,
    pub expires_on: Date,
    pub actors: String,
    pub withdrawn_on: Option<Date>,
    pub created_by: UserId,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
