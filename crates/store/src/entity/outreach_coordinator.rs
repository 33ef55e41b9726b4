use lotsen_domain::ids::UserId;
use sea_orm::entity::prelude::*;

/// A coordinator who took part in an outreach activity.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outreach_coordinators")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub activity_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
