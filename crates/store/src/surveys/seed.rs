//! The built-in surveys every unit starts with, and the insert of a new survey with its first
//! version, shared by the seeds and by managers' own surveys.
use lotsen_domain::ids::UnitId;
use std::collections::BTreeMap;

use lotsen_domain::locale::Locale;
use lotsen_domain::survey::{Definition, Question, Texts};
use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use serde::Deserialize;

use crate::entity::{survey, survey_version};
use crate::{Result, StoreError};

/// A short code for the public link: 8 characters without look-alikes (no l, 1, o, 0).
fn new_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..8).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

pub(super) async fn insert_survey(
    conn: &impl ConnectionTrait,
    unit_id: UnitId,
    seed: Option<String>,
    def: &Definition,
    goals: &BTreeMap<String, u8>,
    t: i64,
) -> Result<i64> {
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
    toml::from_str::<SeedFile>(include_str!("../../seed/surveys.toml"))
        .map(|f| f.survey)
        .map_err(|e| StoreError::Unavailable(format!("seed surveys: {e}")))
}

/// Gives a unit the built-in surveys it does not have yet.
pub(crate) async fn seed_unit(conn: &impl ConnectionTrait, unit_id: UnitId, t: i64) -> Result<()> {
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
        insert_survey(conn, unit_id, Some(s.seed), &def, &s.goals, t).await?;
    }
    Ok(())
}
