//! Surveys: definitions in versions, anonymous responses, one-time invitations.
//!
//! A response is written with the week it was given in and nothing that could tie it to a person,
//! a moment, a case or an invitation; see `entity::survey_response`.
use std::collections::BTreeMap;

use chrono::NaiveDate;
use lotsen_domain::locale::Locale;
use lotsen_domain::survey::results::{AnswerCount, ResponseCount};
use lotsen_domain::survey::{Colour, Definition, Question, Texts};
use rand::Rng;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use serde::Deserialize;

use crate::entity::{form_nonce, survey, survey_answer, survey_invitation, survey_response, survey_version, unit};
use crate::{Result, Store, StoreError, Tx, now};

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
    pub unit_id: i64,
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
    pub unit_id: i64,
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

async fn current_of(conn: &impl ConnectionTrait, s: survey::Model) -> Result<SurveyRecord> {
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

/// A short code for the public link: 8 characters without look-alikes (no l, 1, o, 0).
fn new_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..8).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

async fn insert_survey(
    conn: &impl ConnectionTrait,
    unit_id: i64,
    seed: Option<String>,
    def: &Definition,
    goals: &BTreeMap<String, u8>,
) -> Result<i64> {
    let t = now();
    let s = survey::ActiveModel {
        unit_id: Set(unit_id),
        code: Set(new_code()),
        seed: Set(seed),
        current_version_id: Set(None),
        goals: Set(serde_json::to_string(goals).unwrap_or_else(|_| "{}".into())),
        active: Set(true),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let v = survey_version::ActiveModel {
        survey_id: Set(s.id),
        number: Set(1),
        definition: Set(serde_json::to_string(def).unwrap_or_default()),
        created_at: Set(t),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    survey::Entity::update_many()
        .col_expr(survey::Column::CurrentVersionId, Expr::value(v.id))
        .filter(survey::Column::Id.eq(s.id))
        .exec(conn)
        .await?;
    Ok(s.id)
}

#[derive(Debug, Deserialize)]
struct SeedFile {
    survey: Vec<SeedSurvey>,
}

#[derive(Debug, Deserialize)]
struct SeedSurvey {
    seed: String,
    locales: Vec<Locale>,
    goals: BTreeMap<String, u8>,
    title: Texts,
    question: Vec<SeedQuestion>,
    free_text: Option<Texts>,
}

#[derive(Debug, Deserialize)]
struct SeedQuestion {
    key: String,
    #[serde(flatten)]
    text: Texts,
}

fn seeds() -> Result<Vec<SeedSurvey>> {
    toml::from_str::<SeedFile>(include_str!("../seed/surveys.toml"))
        .map(|f| f.survey)
        .map_err(|e| StoreError::Unavailable(format!("seed surveys: {e}")))
}

/// Gives a unit the built-in surveys it does not have yet.
pub(crate) async fn seed_unit(conn: &impl ConnectionTrait, unit_id: i64) -> Result<()> {
    for s in seeds()? {
        let have = survey::Entity::find()
            .filter(survey::Column::UnitId.eq(unit_id))
            .filter(survey::Column::Seed.eq(&s.seed))
            .count(conn)
            .await?;
        if have > 0 {
            continue;
        }
        let def = Definition {
            locales: s.locales,
            title: s.title,
            questions: s.question.into_iter().map(|q| Question { key: q.key, text: q.text }).collect(),
            free_text: s.free_text,
        };
        insert_survey(conn, unit_id, Some(s.seed), &def, &s.goals).await?;
    }
    Ok(())
}

impl Store {
    /// The unit's surveys, the built-in ones first.
    pub async fn surveys(&self, unit_id: i64) -> Result<Vec<SurveyRecord>> {
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

    /// Responses and answers counted by week, venue, language and version: all results need.
    pub async fn survey_counts(&self, survey_id: i64) -> Result<(Vec<ResponseCount>, Vec<AnswerCount>)> {
        use survey_answer::Column as A;
        use survey_response::Column as R;
        let n = Alias::new("n");
        let responses = Query::select()
            .columns([R::Week, R::VenueId, R::Locale, R::VersionId])
            .expr_as(Expr::col(R::Id).count(), n.clone())
            .from(survey_response::Entity)
            .and_where(Expr::col(R::SurveyId).eq(survey_id))
            .group_by_columns([R::Week, R::VenueId, R::Locale, R::VersionId])
            .to_owned();
        let mut rc = Vec::new();
        for row in self.conn().query_all(&responses).await? {
            let week: String = row.try_get_by_index(0)?;
            let locale: String = row.try_get_by_index(2)?;
            let (Ok(week), Some(locale)) = (week.parse::<NaiveDate>(), Locale::parse(&locale)) else { continue };
            rc.push(ResponseCount {
                week,
                venue: row.try_get_by_index(1)?,
                locale,
                version: row.try_get_by_index(3)?,
                count: row.try_get_by_index(4)?,
            });
        }
        let answers = Query::select()
            .column((survey_response::Entity, R::Week))
            .column((survey_response::Entity, R::VenueId))
            .column((survey_response::Entity, R::Locale))
            .column((survey_response::Entity, R::VersionId))
            .column((survey_answer::Entity, A::Question))
            .column((survey_answer::Entity, A::Value))
            .expr_as(Expr::col((survey_answer::Entity, A::ResponseId)).count(), n)
            .from(survey_answer::Entity)
            .inner_join(
                survey_response::Entity,
                Expr::col((survey_response::Entity, R::Id)).equals((survey_answer::Entity, A::ResponseId)),
            )
            .and_where(Expr::col((survey_response::Entity, R::SurveyId)).eq(survey_id))
            .group_by_columns([
                (survey_response::Entity, R::Week),
                (survey_response::Entity, R::VenueId),
                (survey_response::Entity, R::Locale),
                (survey_response::Entity, R::VersionId),
            ])
            .group_by_columns([(survey_answer::Entity, A::Question), (survey_answer::Entity, A::Value)])
            .to_owned();
        let mut ac = Vec::new();
        for row in self.conn().query_all(&answers).await? {
            let week: String = row.try_get_by_index(0)?;
            let locale: String = row.try_get_by_index(2)?;
            let value: i16 = row.try_get_by_index(5)?;
            let (Ok(week), Some(locale), Some(colour)) =
                (week.parse::<NaiveDate>(), Locale::parse(&locale), Colour::from_value(value))
            else {
                continue;
            };
            ac.push(AnswerCount {
                week,
                venue: row.try_get_by_index(1)?,
                locale,
                version: row.try_get_by_index(3)?,
                question: row.try_get_by_index(4)?,
                colour,
                count: row.try_get_by_index(6)?,
            });
        }
        Ok((rc, ac))
    }

    /// Free-text answers given in weeks starting in `[from, to)`, in no telling order.
    pub async fn survey_free_text(&self, survey_id: i64, weeks: Option<(NaiveDate, NaiveDate)>) -> Result<Vec<String>> {
        use survey_response::Column as R;
        let mut q = survey_response::Entity::find().filter(R::SurveyId.eq(survey_id)).filter(R::FreeText.is_not_null());
        if let Some((from, to)) = weeks {
            q = q.filter(R::Week.gte(from.to_string())).filter(R::Week.lt(to.to_string()));
        }
        let mut texts: Vec<String> = q.all(self.conn()).await?.into_iter().filter_map(|r| r.free_text).collect();
        // Sorted by their own words, so the order says nothing about who answered when.
        texts.sort();
        Ok(texts)
    }

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
                .filter(survey_invitation::Column::ExpiresAt.gt(now()))
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
        Ok(m.map(|m| InvitationState { survey_id: m.survey_id, usable: !m.used && m.expires_at > now() }))
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
        form_nonce::Entity::delete_many().filter(form_nonce::Column::ExpiresAt.lt(now())).exec(self.conn()).await?;
        survey_invitation::Entity::delete_many()
            .filter(survey_invitation::Column::ExpiresAt.lt(now() - 30 * 86_400))
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

    pub async fn create_survey(&self, unit_id: i64, def: &Definition, goals: &BTreeMap<String, u8>) -> Result<i64> {
        insert_survey(self.conn(), unit_id, None, def, goals).await
    }

    /// Saves a new wording. While no one has answered the current version it is changed in place;
    /// after that a new version is made and answers keep the one they answered. Returns the
    /// version number now current.
    pub async fn save_survey_wording(&self, survey_id: i64, def: &Definition) -> Result<i32> {
        let s = survey::Entity::find_by_id(survey_id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        let vid = s.current_version_id.ok_or(StoreError::NotFound)?;
        let current = survey_version::Entity::find_by_id(vid).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        let json = serde_json::to_string(def).unwrap_or_default();
        let answered = survey_response::Entity::find()
            .filter(survey_response::Column::VersionId.eq(vid))
            .count(self.conn())
            .await?
            > 0;
        let t = now();
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
        survey_id: i64,
        goals: &BTreeMap<String, u8>,
        active: bool,
        daily_cap: i32,
    ) -> Result<()> {
        survey::Entity::update_many()
            .col_expr(survey::Column::Goals, Expr::value(serde_json::to_string(goals).unwrap_or_else(|_| "{}".into())))
            .col_expr(survey::Column::Active, Expr::value(active))
            .col_expr(survey::Column::DailyCap, Expr::value(daily_cap))
            .col_expr(survey::Column::UpdatedAt, Expr::value(now()))
            .filter(survey::Column::Id.eq(survey_id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// A one-time invitation; only the token's hash is stored, and no case.
    pub async fn create_invitation(&self, survey_id: i64, token_hash: &str, expires_at: i64) -> Result<i64> {
        let m = survey_invitation::ActiveModel {
            survey_id: Set(survey_id),
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
