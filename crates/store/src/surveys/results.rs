//! What a survey's results are computed from: responses and answers counted by week, venue,
//! language and version, and the free-text answers.
use chrono::NaiveDate;
use lotsen_domain::locale::Locale;
use lotsen_domain::survey::Colour;
use lotsen_domain::survey::results::{AnswerCount, ResponseCount};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entity::{survey_answer, survey_response};
use crate::{Result, Store};

impl Store {
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
}
