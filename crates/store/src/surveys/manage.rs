//! A manager's changes to a survey: a new survey, its wording in versions, its goals and daily
//! cap, and one-time invitations.
use lotsen_domain::ids::UnitId;
use std::collections::BTreeMap;

use lotsen_domain::survey::Definition;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::seed::insert_survey;
use super::{SurveyRecord, current_of};
use crate::entity::{survey, survey_invitation, survey_response, survey_version};
use crate::{Result, Scoped, StoreError, Tx};

impl Tx {
    /// A new survey of `unit_id` with its first wording.
    pub async fn create_survey(
        &self,
        unit_id: UnitId,
        def: &Definition,
        goals: &BTreeMap<String, u8>,
    ) -> Result<Scoped<SurveyRecord>> {
        let id = insert_survey(self.conn(), unit_id, None, def, goals, self.now()).await?;
        let s = survey::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        Ok(Scoped::new(unit_id, current_of(self.conn(), s).await?))
    }

    /// Saves a new wording. While no one has answered the current version it is changed in place;
    /// after that a new version is made and answers keep the one they answered. Returns the
    /// version number now current.
    pub async fn save_survey_wording(&self, survey: &Scoped<SurveyRecord>, def: &Definition) -> Result<i32> {
        let survey_id = survey.id;
        let s = survey::Entity::find_by_id(survey_id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        let vid = s.current_version_id.ok_or(StoreError::NotFound)?;
        let current = survey_version::Entity::find_by_id(vid).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        let json = serde_json::to_string(def).unwrap_or_default();
        let answered = survey_response::Entity::find()
            .filter(survey_response::Column::VersionId.eq(vid))
            .count(self.conn())
            .await?
            > 0;
        let t = self.now();
        let number = if answered {
            let v = survey_version::ActiveModel {
                survey_id: Set(survey_id),
                number: Set(current.number + 1),
                definition: Set(json),
                created_at: Set(t),
                ..Default::default()
            }
            .insert(self.conn())
            .await?;
            survey::Entity::update_many()
                .col_expr(survey::Column::CurrentVersionId, Expr::value(v.id))
                .filter(survey::Column::Id.eq(survey_id))
                .exec(self.conn())
                .await?;
            v.number
        } else {
            survey_version::Entity::update_many()
                .col_expr(survey_version::Column::Definition, Expr::value(json))
                .filter(survey_version::Column::Id.eq(vid))
                .exec(self.conn())
                .await?;
            current.number
        };
        survey::Entity::update_many()
            .col_expr(survey::Column::UpdatedAt, Expr::value(t))
            .filter(survey::Column::Id.eq(survey_id))
            .exec(self.conn())
            .await?;
        Ok(number)
    }

    pub async fn set_survey_settings(
        &self,
        survey: &Scoped<SurveyRecord>,
        goals: &BTreeMap<String, u8>,
        active: bool,
        daily_cap: i32,
    ) -> Result<()> {
        survey::Entity::update_many()
            .col_expr(survey::Column::Goals, Expr::value(serde_json::to_string(goals).unwrap_or_else(|_| "{}".into())))
            .col_expr(survey::Column::Active, Expr::value(active))
            .col_expr(survey::Column::DailyCap, Expr::value(daily_cap))
            .col_expr(survey::Column::UpdatedAt, Expr::value(self.now()))
            .filter(survey::Column::Id.eq(survey.id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// A one-time invitation; only the token's hash is stored, and no case.
    pub async fn create_invitation(
        &self,
        survey: &Scoped<SurveyRecord>,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<i64> {
        let m = survey_invitation::ActiveModel {
            survey_id: Set(survey.id),
            token_hash: Set(token_hash.to_owned()),
            expires_at: Set(expires_at),
            used: Set(false),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }
}
