//! Units ("verksamheter") and their theme.
use lotsen_domain::ids::UnitId;
use lotsen_domain::records::retention::Retention;
use lotsen_domain::records::{Decision, Mode, Programmes};
use lotsen_domain::unit::{Privacy, Theme, UnitName};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::unit;
use crate::{Result, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRecord {
    pub id: UnitId,
    pub name: String,
    pub theme_primary: String,
    pub font_scale: i32,
    pub has_logo: bool,
    pub updated_at: i64,
    /// How the unit keeps its record, on the committee's decision.
    pub records: Decision,
    pub suppression_threshold: i64,
    pub survey_text_days: i64,
    pub inquiry_days: i64,
    /// How long the documented record and call-back details are kept.
    pub retention: Retention,
    /// The long-term programmes the unit runs.
    pub programmes: Programmes,
    /// Takes referrals from the installation's other units into its intake list.
    pub takes_referrals: bool,
}

impl From<unit::Model> for UnitRecord {
    fn from(m: unit::Model) -> Self {
        Self {
            id: m.id,
            name: m.name,
            theme_primary: m.theme_primary,
            font_scale: m.font_scale,
            has_logo: m.logo.is_some(),
            updated_at: m.updated_at,
            records: Decision {
                // A mode this version does not know is read as the stricter one.
                mode: Mode::parse(&m.documentation_mode).unwrap_or(Mode::Documented),
                anonymous_walk_ins: m.anonymous_walk_ins,
                reference: m.decision_ref,
                decided_on: m.decided_on,
            },
            suppression_threshold: i64::from(m.suppression_threshold),
            survey_text_days: i64::from(m.survey_text_days),
            inquiry_days: i64::from(m.inquiry_days),
            retention: Retention {
                years: u32::try_from(m.retention_years).unwrap_or(Retention::default().years),
                keep_sample_days: m.keep_sample_days,
                callback_days: u32::try_from(m.callback_days).unwrap_or(Retention::default().callback_days),
            },
            programmes: Programmes { family_coordination: m.family_coordination, housing_first: m.housing_first },
            takes_referrals: m.takes_referrals,
        }
    }
}

impl Store {
    pub async fn unit(&self, id: UnitId) -> Result<UnitRecord> {
        unit::Entity::find_by_id(id).one(self.conn()).await?.map(Into::into).ok_or(StoreError::NotFound)
    }

    pub async fn units(&self) -> Result<Vec<UnitRecord>> {
        Ok(unit::Entity::find()
            .order_by_asc(unit::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The unit's logo bytes and media type, if it has one.
    pub async fn unit_logo(&self, id: UnitId) -> Result<Option<(Vec<u8>, String)>> {
        let m = unit::Entity::find_by_id(id).one(self.conn()).await?.ok_or(StoreError::NotFound)?;
        Ok(m.logo.zip(m.logo_type))
    }
}

impl Tx {
    pub async fn create_unit(&self, name: &UnitName) -> Result<UnitRecord> {
        let t = self.now();
        let m = unit::ActiveModel {
            name: Set(name.as_str().to_owned()),
            theme_primary: Set("#1a5c8e".into()),
            font_scale: Set(100),
            logo: Set(None),
            logo_type: Set(None),
            created_at: Set(t),
            updated_at: Set(t),
            documentation_mode: Set("anonymous".into()),
            decision_ref: Set(None),
            decided_on: Set(None),
            anonymous_walk_ins: Set(false),
            suppression_threshold: Set(5),
            survey_text_days: Set(365),
            inquiry_days: Set(30),
            retention_years: Set(5),
            keep_sample_days: Set(true),
            callback_days: Set(90),
            family_coordination: Set(false),
            housing_first: Set(false),
            takes_referrals: Set(false),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        crate::lists::seed_unit(self.conn(), m.id, self.now()).await?;
        crate::surveys::seed_unit(self.conn(), m.id, self.now()).await?;
        self.sync_directory_lists(m.id).await?;
        Ok(m.into())
    }

    pub async fn update_unit(&self, id: UnitId, name: &UnitName, theme: &Theme) -> Result<()> {
        // Column updates without reading the row back: one statement, nothing to go stale.
        unit::Entity::update_many()
            .col_expr(unit::Column::Name, Expr::value(name.as_str()))
            .col_expr(unit::Column::ThemePrimary, Expr::value(theme.primary.as_str()))
            .col_expr(unit::Column::FontScale, Expr::value(i32::from(theme.font_scale.percent())))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        // The unit's category taxonomy carries its name.
        self.sync_directory_lists(id).await
    }

    /// How the unit keeps its record from now on, on the committee's decision. Cases already
    /// registered keep the mode they were registered in.
    pub async fn set_records(&self, id: UnitId, d: &Decision) -> Result<()> {
        unit::Entity::update_many()
            .col_expr(unit::Column::DocumentationMode, Expr::value(d.mode.as_str()))
            .col_expr(unit::Column::AnonymousWalkIns, Expr::value(d.anonymous_walk_ins))
            .col_expr(unit::Column::DecisionRef, Expr::value(d.reference.clone()))
            .col_expr(unit::Column::DecidedOn, Expr::value(d.decided_on))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// The long-term programmes the unit runs.
    pub async fn set_programmes(&self, id: UnitId, p: Programmes) -> Result<()> {
        unit::Entity::update_many()
            .col_expr(unit::Column::FamilyCoordination, Expr::value(p.family_coordination))
            .col_expr(unit::Column::HousingFirst, Expr::value(p.housing_first))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Whether the unit takes referrals from the installation's other units.
    pub async fn set_takes_referrals(&self, id: UnitId, takes: bool) -> Result<()> {
        unit::Entity::update_many()
            .col_expr(unit::Column::TakesReferrals, Expr::value(takes))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// The unit's privacy settings: the suppression threshold for statistics, how long survey free
    /// text and anonymous feedback are kept, and how long an unanswered contact request is kept.
    pub async fn set_unit_privacy(&self, id: UnitId, p: &Privacy) -> Result<()> {
        unit::Entity::update_many()
            .col_expr(unit::Column::SuppressionThreshold, Expr::value(p.threshold))
            .col_expr(unit::Column::SurveyTextDays, Expr::value(p.text_days))
            .col_expr(unit::Column::InquiryDays, Expr::value(p.inquiry_days))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// The unit's retention periods, from the next run on.
    pub async fn set_retention(&self, id: UnitId, r: &Retention) -> Result<()> {
        let years = i32::try_from(r.years).unwrap_or(i32::MAX);
        let days = i32::try_from(r.callback_days).unwrap_or(i32::MAX);
        unit::Entity::update_many()
            .col_expr(unit::Column::RetentionYears, Expr::value(years))
            .col_expr(unit::Column::KeepSampleDays, Expr::value(r.keep_sample_days))
            .col_expr(unit::Column::CallbackDays, Expr::value(days))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_unit_logo(&self, id: UnitId, logo: Option<(Vec<u8>, String)>) -> Result<()> {
        let (bytes, kind) = logo.unzip();
        unit::Entity::update_many()
            .col_expr(unit::Column::Logo, Expr::value(bytes))
            .col_expr(unit::Column::LogoType, Expr::value(kind))
            .col_expr(unit::Column::UpdatedAt, Expr::value(self.now()))
            .filter(unit::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
