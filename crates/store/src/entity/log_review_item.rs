use lotsen_domain::ids::UserId;
use sea_orm::entity::prelude::*;

/// One view of identified data in a month's review.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "log_review_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub review_id: i64,
    pub audit_id: i64,
    /// Why it is in the review, comma-separated (`sample`, `not_responsible`, `burst`, `after_hours`).
    pub findings: String,
    pub reviewed_by: Option<UserId>,
    pub reviewed_at: Option<i64>,
    pub comment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
