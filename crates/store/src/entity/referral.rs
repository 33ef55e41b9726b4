use lotsen_domain::ids::{CaseId, ListEntryId};
use sea_orm::entity::prelude::*;

/// A referral ("hänvisning", "lotsning") to support elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referrals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: CaseId,
    pub destination_id: ListEntryId,
    pub kind_id: ListEntryId,
    pub on_date: Date,
    pub consent: bool,
    pub info_shared: bool,
    pub status: String,
    pub established_on: Option<Date>,
    /// The service of the directory the referral went to (set from the destination).
    pub service_id: Option<String>,
    /// The day the resident consented, and what may go with the referral.
    pub consent_on: Option<Date>,
    pub consent_contact: bool,
    pub consent_note: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
