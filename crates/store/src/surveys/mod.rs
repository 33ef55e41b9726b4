//! Surveys: definitions in versions, anonymous responses, one-time invitations.
//!
//! A response is written with the week it was given in and nothing that could tie it to a person,
//! a moment, a case or an invitation; see `entity::survey_response`.
use lotsen_domain::ids::UnitId;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use lotsen_domain::locale::Locale;
use lotsen_domain::survey::{Colour, Definition};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::entity::{survey, survey_response, survey_version};
use crate::{Result, Scoped, Store, StoreError};

mod manage;
mod responses;
mod results;
mod seed;

pub(crate) use seed::seed_unit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRecord {
    pub id: i64,
    pub survey_id: i64,
    pub number: i32,
    pub definition: Definition,
    pub created_at: i64,
}

fn version(m: survey_version::Model) -> Result<VersionRecord> {
    let definition = serde_json::from_str(&m.definition)
        .map_err(|e| StoreError::Unavailable(format!("survey version {}: {e}", m.id)))?;
    Ok(VersionRecord { id: m.id, survey_id: m.survey_id, number: m.number, definition, created_at: m.created_at })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyRecord {
    pub id: i64,
    pub unit_id: UnitId,
    pub code: String,
    pub seed: Option<String>,
    /// Goal per question key: the share of green answers aimed for, in percent.
    pub goals: BTreeMap<String, u8>,
    pub active: bool,
    /// At most this many answers a day.
    pub daily_cap: i32,
    pub current: VersionRecord,
    pub updated_at: i64,
}

/// A response ready to store, already checked.
#[derive(Debug, Clone)]
pub struct NewResponse {
    pub survey_id: i64,
    pub version_id: i64,
    pub unit_id: UnitId,
    pub venue_id: Option<i64>,
    pub locale: Locale,
    pub week: NaiveDate,
    pub answers: Vec<(String, Colour)>,
    pub free_text: Option<String>,
    /// The day it is given (Stockholm), for the survey's daily cap; not stored with the answer.
    pub day: NaiveDate,
    /// A hash of the form's one-time nonce: a second submit of the same form counts once.
    pub nonce: String,
    pub nonce_expires_at: i64,
    /// A hash of the invitation token, when the survey was opened from one.
    pub invitation: Option<String>,
}

/// What became of a submitted response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Saved,
    /// This form was already submitted; nothing was added.
    Duplicate,
    /// The invitation was used already or has expired; nothing was added.
    InvitationSpent,
    /// The survey has taken as many answers today as its manager allows; nothing was added.
    Full,
}

/// The state of a one-time invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvitationState {
    pub survey_id: i64,
    pub usable: bool,
}

pub(super) async fn current_of(conn: &impl ConnectionTrait, s: survey::Model) -> Result<SurveyRecord> {
    let vid = s.current_version_id.ok_or(StoreError::NotFound)?;
    let v = survey_version::Entity::find_by_id(vid).one(conn).await?.ok_or(StoreError::NotFound)?;
    Ok(SurveyRecord {
        id: s.id,
        unit_id: s.unit_id,
        code: s.code,
        seed: s.seed,
        goals: serde_json::from_str(&s.goals).unwrap_or_default(),
        active: s.active,
        daily_cap: s.daily_cap,
        current: version(v)?,
        updated_at: s.updated_at,
    })
}

impl Store {
    /// The unit's surveys, the built-in ones first.
    pub async fn surveys(&self, unit_id: UnitId) -> Result<Vec<SurveyRecord>> {
        let rows = survey::Entity::find()
            .filter(survey::Column::UnitId.eq(unit_id))
            .order_by_asc(survey::Column::Id)
            .all(self.conn())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for s in rows {
            out.push(current_of(self.conn(), s).await?);
        }
        Ok(out)
    }

    /// Survey `id` of unit `unit_id`, for changing it or inviting to it; not found when it is
    /// another unit's.
    pub async fn unit_survey(&self, unit_id: UnitId, id: i64) -> Result<Scoped<SurveyRecord>> {
        let s = survey::Entity::find_by_id(id)
            .filter(survey::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Scoped::new(unit_id, current_of(self.conn(), s).await?))
    }

    /// Any survey, as its public page shows it.
    pub async fn survey(&self, id: i64) -> Result<SurveyRecord> {
        let s = survey::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        current_of(self.conn(), s).await
    }

    /// The survey behind a public link.
    pub async fn survey_by_code(&self, code: &str) -> Result<SurveyRecord> {
        let s = survey::Entity::find()
            .filter(survey::Column::Code.eq(code))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        current_of(self.conn(), s).await
    }

    /// Every version of a survey, oldest first.
    pub async fn survey_versions(&self, survey_id: i64) -> Result<Vec<VersionRecord>> {
        survey_version::Entity::find()
            .filter(survey_version::Column::SurveyId.eq(survey_id))
            .order_by_asc(survey_version::Column::Number)
            .all(self.conn())
            .await?
            .into_iter()
            .map(version)
            .collect()
    }

    pub async fn survey_responses_total(&self, survey_id: i64) -> Result<u64> {
        Ok(survey_response::Entity::find()
            .filter(survey_response::Column::SurveyId.eq(survey_id))
            .count(self.conn())
            .await?)
    }
}
