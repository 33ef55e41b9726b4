//! `GET /api/v1/report`: the effect report's figures as JSON, the same as the page shows, with the
//! same counts suppressed (a hidden count is `null` with `suppressed: true`). Open to the roles
//! that read the report, analysts included; labels follow the `Accept-Language` of the call.
use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use chrono::NaiveDate;
use lotsen_domain::ids::UnitId;
use lotsen_domain::report::Count;
use lotsen_domain::report::figures::{Days, RowKey};
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use super::{PeriodQuery, gather};
use crate::auth::Actor;
use crate::i18n::Tr;
use crate::json::{ApiError, ApiResult};
use crate::state::AppState;

/// A coordinator, manager or analyst calling the API.
pub struct ApiReportReader(pub Actor, pub Tr);

impl<S: Send + Sync> FromRequestParts<S> for ApiReportReader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let t = Tr::new(crate::i18n::locale_of(parts));
        let actor = parts.extensions.get::<Actor>().cloned().ok_or(ApiError::Unauthorized)?;
        if actor.role.reads_report() { Ok(ApiReportReader(actor, t)) } else { Err(ApiError::Forbidden) }
    }
}

#[derive(Debug, Default, serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// `this-year` (default), `month`, `quarter`, `half-year`, `year`, `since-start`, or `custom` with from and to.
    pub period: Option<String>,
    /// First month (YYYY-MM) of a custom period. A day (YYYY-MM-DD) stands for its whole month:
    /// reports cover whole calendar months only.
    pub from: Option<String>,
    /// Last month (YYYY-MM) of a custom period, at the latest the last complete month. A day
    /// (YYYY-MM-DD) stands for its whole month.
    pub to: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PeriodOut {
    #[schema(value_type = String, format = Date)]
    pub from: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub to: NaiveDate,
    /// The preset, or null for a custom period.
    pub preset: Option<String>,
}

/// One published count. `value` is null when it is suppressed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountOut {
    pub value: Option<i64>,
    pub suppressed: bool,
}

impl From<Count> for CountOut {
    fn from(c: Count) -> Self {
        CountOut { value: c.shown(), suppressed: c.hidden }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RowOut {
    /// What the row counts, as in the case list's `figure` parameter ("channel-12", "handled", …).
    pub key: String,
    /// The list entry's stable code, when the row is a list entry.
    pub code: Option<String>,
    pub label: String,
    pub total: bool,
    pub count: CountOut,
    /// The previous period's count, when there is a previous period.
    pub previous: Option<CountOut>,
    /// The change, when both counts are shown.
    pub change: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TableOut {
    pub id: String,
    pub title: String,
    pub rows: Vec<RowOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DaysOut {
    pub cases: i64,
    pub median: Option<i64>,
    pub p90: Option<i64>,
    pub suppressed: bool,
}

impl From<Days> for DaysOut {
    fn from(d: Days) -> Self {
        if d.hidden {
            DaysOut { cases: 0, median: None, p90: None, suppressed: true }
        } else {
            DaysOut { cases: d.n, median: d.median, p90: d.p90, suppressed: false }
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SavingOut {
    /// Investigation cost − cost per case, kronor.
    pub per_case: i64,
    /// Investigations estimated to be avoided, in hundredths.
    pub avoided_hundredths: i64,
    pub total: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MoneyOut {
    /// The unit's cost for the period, pro-rated by days, kronor.
    pub unit_cost: Option<i64>,
    pub cases: CountOut,
    pub cost_per_case: Option<i64>,
    pub investigation_cost: Option<i64>,
    /// Tenths of a percent.
    pub school_avoided_share: Option<i64>,
    pub school_cases: CountOut,
    pub school_saving: Option<SavingOut>,
    pub concern_reach_share: Option<i64>,
    pub led_to_investigation: Option<CountOut>,
    pub concern_saving: Option<SavingOut>,
    /// Applications for aid among all referrals, tenths of a percent, and its goal.
    pub applications_share: Option<i64>,
    pub applications_goal: Option<i64>,
}

/// A sheet of the report that is not a count table (drop-in, outreach, surveys, concern reports):
/// its columns and its cells as printed.
#[derive(Debug, Serialize, ToSchema)]
pub struct SheetOut {
    pub id: String,
    pub title: String,
    pub columns: Vec<String>,
    /// Cells as numbers where they are counts or amounts, null where suppressed or empty, text otherwise.
    #[schema(value_type = Vec<Vec<Object>>)]
    pub rows: Vec<Vec<serde_json::Value>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportOut {
    #[schema(value_type = i64)]
    pub unit_id: UnitId,
    pub unit: String,
    pub period: PeriodOut,
    pub previous: Option<PeriodOut>,
    pub suppression_threshold: i64,
    pub tables: Vec<TableOut>,
    pub waiting_days_to_first_meeting: DaysOut,
    pub waiting_days_to_support: DaysOut,
    pub money: MoneyOut,
    pub sheets: Vec<SheetOut>,
}

fn saving(s: &Option<lotsen_domain::report::Saving>) -> Option<SavingOut> {
    s.as_ref().map(|s| SavingOut { per_case: s.per_case, avoided_hundredths: s.avoided_hundredths, total: s.total })
}

fn period(p: &lotsen_domain::report::period::Period) -> PeriodOut {
    PeriodOut { from: p.from, to: p.to, preset: p.preset.map(|x| x.code().to_owned()) }
}

/// The cell of a sheet as a JSON value.
fn cell(v: &super::sheets::V) -> serde_json::Value {
    use super::sheets::V;
    match v {
        V::Text(s) => s.clone().into(),
        V::Int(n) | V::Money(n) | V::Percent(n) => (*n).into(),
        V::Hidden | V::Empty => serde_json::Value::Null,
    }
}

/// The effect report of the caller's unit for a period, with the period before.
#[utoipa::path(get, path = "/api/v1/report", params(ReportParams), security(("token" = [])), tag = "report",
    responses((status = 200, body = ReportOut), (status = 401, body = crate::json::ErrorBody),
        (status = 403, body = crate::json::ErrorBody), (status = 422, body = crate::json::ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    ApiReportReader(actor, t): ApiReportReader,
    crate::json::ApiQuery(p): crate::json::ApiQuery<ReportParams>,
) -> ApiResult<Json<ReportOut>> {
    let first = state.store.first_case_on(actor.unit_id).await?;
    let range = p.query().resolve(state.clock.today(), first).map_err(|e| ApiError::Invalid(e, t))?;
    let unit = state.store.unit(actor.unit_id).await?;
    Ok(Json(build(&state, unit, range, &t).await?))
}

/// The reports of several units for one period.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitsOut {
    /// The caller's own unit first, then each unit whose report its admin let the caller read, by
    /// name; every unit's counts hidden by its own threshold.
    pub units: Vec<ReportOut>,
}

/// The effect report of the caller's unit and of every other unit whose report the caller has been
/// let read (managers and analysts), for one period.
#[utoipa::path(get, path = "/api/v1/report/units", params(ReportParams), security(("token" = [])), tag = "report",
    responses((status = 200, body = UnitsOut), (status = 401, body = crate::json::ErrorBody),
        (status = 403, body = crate::json::ErrorBody), (status = 422, body = crate::json::ErrorBody)))]
pub async fn units(
    State(state): State<AppState>,
    ApiReportReader(actor, t): ApiReportReader,
    crate::json::ApiQuery(p): crate::json::ApiQuery<ReportParams>,
) -> ApiResult<Json<UnitsOut>> {
    let others = super::compare::others(&state, &actor).await?;
    let first = super::compare::first_case(&state, actor.unit_id, &others).await?;
    let range = p.query().resolve(state.clock.today(), first).map_err(|e| ApiError::Invalid(e, t))?;
    let mut units = vec![build(&state, state.store.unit(actor.unit_id).await?, range, &t).await?];
    for u in others {
        units.push(build(&state, u, range, &t).await?);
    }
    Ok(Json(UnitsOut { units }))
}

impl ReportParams {
    fn query(&self) -> PeriodQuery {
        PeriodQuery {
            period: self.period.clone().unwrap_or_default(),
            from: self.from.clone().unwrap_or_default(),
            to: self.to.clone().unwrap_or_default(),
            units: String::new(),
        }
    }
}

/// One unit's report as JSON.
async fn build(
    state: &AppState,
    unit: lotsen_store::UnitRecord,
    range: lotsen_domain::report::period::Period,
    t: &Tr,
) -> ApiResult<ReportOut> {
    let unit_id = unit.id;
    let data = gather(&state.store, unit, range).await?;
    let lists = state.store.lists(unit_id).await?;
    let code = |k: &RowKey| k.entry().and_then(|id| lists.get(id)).map(|e| e.code.clone());
    let tables = data
        .cases
        .tables
        .iter()
        .map(|tb| TableOut {
            id: tb.id.to_owned(),
            title: t.get(format!("report-table-{}", tb.id.replace('_', "-"))),
            rows: tb
                .rows
                .iter()
                .map(|r| RowOut {
                    key: r.key.code(),
                    code: code(&r.key),
                    label: super::sheets::row_label(&r.key, &lists, t),
                    total: r.total,
                    count: r.now.into(),
                    previous: r.before.map(Into::into),
                    change: r.change(),
                })
                .collect(),
        })
        .collect();
    let m = &data.money;
    let money = MoneyOut {
        unit_cost: m.cost.as_ref().map(|c| c.0),
        cases: m.cases.into(),
        cost_per_case: m.cost_per_case,
        investigation_cost: m.investigation_cost,
        school_avoided_share: m.school_share,
        school_cases: m.school_cases.into(),
        school_saving: saving(&m.school),
        concern_reach_share: m.concern_share,
        led_to_investigation: m.led_to_investigation.map(Into::into),
        concern_saving: saving(&m.concern),
        applications_share: m.applications,
        applications_goal: m.applications_goal,
    };
    let sheets = super::sheets::sheets(&data, &lists, t, false)
        .into_iter()
        .filter(|s| matches!(s.section, "dropin" | "outreach" | "surveys" | "concern"))
        .map(|s| SheetOut {
            id: s.id,
            title: s.title,
            columns: s.columns,
            rows: s.rows.iter().map(|r| r.cells.iter().map(cell).collect()).collect(),
        })
        .collect();
    Ok(ReportOut {
        unit_id: data.unit.id,
        unit: data.unit.name.clone(),
        period: period(&data.period),
        previous: data.previous.as_ref().map(period),
        suppression_threshold: data.threshold,
        tables,
        waiting_days_to_first_meeting: data.cases.waits.into(),
        waiting_days_to_support: data.cases.to_support.into(),
        money,
        sheets,
    })
}
