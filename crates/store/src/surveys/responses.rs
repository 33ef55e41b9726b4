//! Taking responses: each stored with its answers under the form's one-time nonce, the invitation
//! it came from and the survey's daily cap, and purged of free text after the unit's set time.
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter};

use super::{InvitationState, NewResponse, Recorded};
use crate::entity::{form_nonce, survey, survey_answer, survey_invitation, survey_response, unit};
use crate::{Result, Store, Tx};

impl Store {
    /// Stores a response and its answers, spends the form's nonce and the invitation, all or
    /// nothing. A nonce already spent or an invitation already used stores nothing.
    pub async fn record_response(&self, r: NewResponse) -> Result<Recorded> {
        let tx = self.begin().await?;
        if !tx.spend_nonce(&r.nonce, r.nonce_expires_at).await? {
            return Ok(Recorded::Duplicate);
        }
        if let Some(hash) = &r.invitation {
            let spent = survey_invitation::Entity::update_many()
                .col_expr(survey_invitation::Column::Used, Expr::value(true))
                .filter(survey_invitation::Column::TokenHash.eq(hash))
                .filter(survey_invitation::Column::SurveyId.eq(r.survey_id))
                .filter(survey_invitation::Column::Used.eq(false))
                .filter(survey_invitation::Column::ExpiresAt.gt(self.now()))
                .exec(tx.conn())
                .await?
                .rows_affected;
            if spent == 0 {
                return Ok(Recorded::InvitationSpent);
            }
        }
        // Today's count goes up by one, or starts again at one on a new day, unless it is full.
        let day = r.day.to_string();
        let counted = survey::Entity::update_many()
            .col_expr(
                survey::Column::CapCount,
                Expr::case(
                    Expr::col(survey::Column::CapDay).eq(day.clone()),
                    Expr::col(survey::Column::CapCount).add(1),
                )
                .finally(1)
                .into(),
            )
            .col_expr(survey::Column::CapDay, Expr::value(day.clone()))
            .filter(survey::Column::Id.eq(r.survey_id))
            .filter(
                Condition::any()
                    .add(survey::Column::CapDay.is_null())
                    .add(survey::Column::CapDay.ne(day))
                    .add(Expr::col(survey::Column::CapCount).lt(Expr::col(survey::Column::DailyCap))),
            )
            .exec(tx.conn())
            .await?
            .rows_affected;
        if counted == 0 {
            return Ok(Recorded::Full);
        }
        let id = uuid::Uuid::new_v4().to_string();
        survey_response::ActiveModel {
            id: Set(id.clone()),
            survey_id: Set(r.survey_id),
            version_id: Set(r.version_id),
            unit_id: Set(r.unit_id),
            venue_id: Set(r.venue_id),
            locale: Set(r.locale.code().to_owned()),
            week: Set(r.week.to_string()),
            free_text: Set(r.free_text),
        }
        .insert(tx.conn())
        .await?;
        let answers = r.answers.iter().map(|(q, c)| survey_answer::ActiveModel {
            response_id: Set(id.clone()),
            question: Set(q.clone()),
            value: Set(c.value()),
        });
        survey_answer::Entity::insert_many(answers).exec_without_returning(tx.conn()).await?;
        tx.commit().await?;
        Ok(Recorded::Saved)
    }

    /// Whether an invitation can still be used, and for which survey.
    pub async fn invitation(&self, token_hash: &str) -> Result<Option<InvitationState>> {
        let m = survey_invitation::Entity::find()
            .filter(survey_invitation::Column::TokenHash.eq(token_hash))
            .one(self.conn())
            .await?;
        Ok(m.map(|m| InvitationState { survey_id: m.survey_id, usable: !m.used && m.expires_at > self.now() }))
    }

    /// Removes free text older than each unit's set time (counted from the end of its week), spent
    /// nonces past their time, and invitations expired a month ago. Returns the free texts removed.
    pub async fn purge_surveys(&self, today: NaiveDate) -> Result<u64> {
        let _g = self.write_guard().await;
        let mut removed = 0;
        for u in unit::Entity::find().all(self.conn()).await? {
            let days = u64::try_from(u.survey_text_days).unwrap_or(0);
            let Some(cutoff) = today.checked_sub_days(chrono::Days::new(days + 7)) else { continue };
            removed += survey_response::Entity::update_many()
                .col_expr(survey_response::Column::FreeText, Expr::value(Option::<String>::None))
                .filter(survey_response::Column::UnitId.eq(u.id))
                .filter(survey_response::Column::FreeText.is_not_null())
                .filter(survey_response::Column::Week.lt(cutoff.to_string()))
                .exec(self.conn())
                .await?
                .rows_affected;
        }
        form_nonce::Entity::delete_many()
            .filter(form_nonce::Column::ExpiresAt.lt(self.now()))
            .exec(self.conn())
            .await?;
        survey_invitation::Entity::delete_many()
            .filter(survey_invitation::Column::ExpiresAt.lt(self.now() - 30 * 86_400))
            .exec(self.conn())
            .await?;
        Ok(removed)
    }
}

impl Tx {
    /// Spends a public form's nonce; false when the same form was sent before (a double tap, or
    /// back and send again). The nonce table holds nothing about what was sent.
    /// Spends a public form's nonce; false when it was spent before. Kept until the end of the day
    /// (UTC) of `expires_at`, never to the second: the row is written with the answer, and an exact
    /// time would tell when the form was handed out.
    pub async fn spend_nonce(&self, nonce: &str, expires_at: i64) -> Result<bool> {
        const DAY: i64 = 86_400;
        let fresh = form_nonce::Entity::insert(form_nonce::ActiveModel {
            nonce: Set(nonce.to_owned()),
            expires_at: Set((expires_at.div_euclid(DAY) + 1) * DAY),
        })
        .on_conflict(OnConflict::column(form_nonce::Column::Nonce).do_nothing().to_owned())
        .exec_without_returning(self.conn())
        .await?;
        Ok(fresh > 0)
    }
}
