use lotsen_domain::ids::UnitId;
use sea_orm::entity::prelude::*;

/// A unit ("verksamhet"): a team with its own staff, lists and look.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "units")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: UnitId,
    pub name: String,
    pub theme_primary: String,
    pub font_scale: i32,
    pub logo: Option<Vec<u8>>,
    pub logo_type: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// "anonymous" (the committee decided the exception from the documentation duty) or
    /// "documented"; see DOMAIN.md, "Law and records".
    pub documentation_mode: String,
    /// The committee's decision reference ("nämndbeslut") behind the mode.
    pub decision_ref: Option<String>,
    /// The day the committee decided.
    pub decided_on: Option<Date>,
    /// A documented unit may register walk-ins who only get advice anonymously.
    pub anonymous_walk_ins: bool,
    /// Counts below this are hidden in results that leave the case view (DESIGN rule 6).
    pub suppression_threshold: i32,
    /// Days a survey's free-text answer is kept before the retention job removes it.
    pub survey_text_days: i32,
    /// Days an unanswered contact request keeps its details before the retention job removes them.
    pub inquiry_days: i32,
    /// Years after a documented record's last entry before it is culled.
    pub retention_years: i32,
    /// Records about people born on the 5th, 15th or 25th are kept for research.
    pub keep_sample_days: bool,
    /// Days after an anonymous case closes before its call-back details are erased.
    pub callback_days: i32,
    pub family_coordination: bool,
    pub housing_first: bool,
    /// Takes referrals from the installation's other units into its intake list.
    pub takes_referrals: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
