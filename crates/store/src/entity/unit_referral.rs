use lotsen_domain::ids::{CaseId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A referral sent on to another unit of the installation (or an anonymous heads-up), with the
/// consent it went under and where it stands. What it carries lives sealed in the receiving
/// unit's inquiry, never here.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "unit_referrals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub referral_id: i64,
    pub case_id: CaseId,
    pub from_unit_id: UnitId,
    pub to_unit_id: UnitId,
    /// "referral" or "heads_up".
    pub kind: String,
    pub consent_on: Option<Date>,
    pub share_contact: bool,
    pub share_note: bool,
    /// The request in the receiving unit's intake list.
    pub inquiry_id: Option<i64>,
    pub state: String,
    pub sent_by: UserId,
    pub sent_at: i64,
    pub answered_at: Option<i64>,
    pub return_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
