use lotsen_domain::ids::{CaseId, ListEntryId, PersonId, UnitId, UserId};
use sea_orm::entity::prelude::*;

/// A case ("ärende"). It holds no name: identified details live apart, encrypted, in `identities`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cases")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: CaseId,
    pub unit_id: UnitId,
    pub channel_id: ListEntryId,
    pub first_contact_on: Date,
    pub age_group_id: ListEntryId,
    pub main_category_id: ListEntryId,
    pub returning: bool,
    pub previous_case_id: Option<CaseId>,
    pub residency: String,
    pub referring_org: Option<String>,
    pub coordinator_id: UserId,
    pub status: String,
    pub closed_on: Option<Date>,
    pub closing_outcome_id: Option<ListEntryId>,
    /// The id a row had in an imported file, so importing the same file twice adds nothing.
    pub external_id: Option<String>,
    /// Kept by `cases::summary_sql` for the effect report: contacts, their minutes, days from first
    /// contact to the first meeting and to the first established support.
    pub contact_count: i32,
    pub contact_minutes: i32,
    pub wait_days: Option<i32>,
    pub support_days: Option<i32>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The resident of a documented case, a person of the case's own unit.
    pub person_id: Option<PersonId>,
    /// Registered while the unit documented (and not as an anonymous walk-in).
    pub documented: bool,
    /// Why the case is never culled, when a manager flagged it.
    pub keep_reason: Option<String>,
    /// The day retention culled the case's record; the case stays for the figures.
    pub culled_on: Option<Date>,
    pub returning_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
