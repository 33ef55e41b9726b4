//! A survey's results for staff: per question and period, green / yellow / red with the share of
//! green against the unit's goal, and the same per venue, language and version, every figure
//! protected by `lotsen_domain::survey::results` (small counts and whatever would reveal them are
//! shown as "<5").
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::Datelike;
use lotsen_domain::survey::Colour;
use lotsen_domain::survey::results::{Figure, Measure, Period, Results, Slice, Split};
use lotsen_store::{VenueRecord, VersionRecord};
use serde::Deserialize;

use super::manage::own_survey;
use super::survey_name;
use crate::auth::Staff;
use crate::error::AppResult;
use crate::i18n::{Tr, decimal};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct ResultsQuery {
    #[serde(default)]
    year: Option<String>,
    #[serde(default)]
    split: Option<String>,
    #[serde(default)]
    period: Option<String>,
}

/// One row of a question's table.
pub struct Row {
    pub label: String,
    pub total: String,
    pub colours: Vec<String>,
    pub share: String,
    /// "met", "not-met" or "" (no goal, or the share is hidden).
    pub goal: &'static str,
    pub is_total: bool,
}

pub struct QuestionTable {
    pub key: String,
    pub text: String,
    pub goal: Option<u8>,
    pub rows: Vec<Row>,
}

/// One row of a breakdown (per venue, language or version) for the chosen period.
pub struct SliceRow {
    pub label: String,
    pub responses: String,
    pub shares: Vec<String>,
}

pub struct Breakdown {
    pub heading: String,
    pub rows: Vec<SliceRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/results.html")]
pub struct ResultsPage {
    c: Chrome,
    id: i64,
    name: String,
    threshold: i64,
    year: i32,
    years: Vec<i32>,
    split: &'static str,
    splits: Vec<(&'static str, String)>,
    tables: Vec<QuestionTable>,
    period_code: String,
    period_label: String,
    periods: Vec<(String, String)>,
    responses: String,
    breakdowns: Vec<Breakdown>,
    free_text: Vec<String>,
    /// Why free text is not shown: "" when it is, or the message.
    free_text_note: &'static str,
    question_heads: Vec<String>,
}

fn show(t: &Tr, f: Figure, threshold: i64) -> String {
    match f {
        Figure::Shown(n) => n.to_string(),
        Figure::Hidden => t.arg("survey-hidden", "n", threshold),
    }
}

pub fn period_label(t: &Tr, p: Period) -> String {
    match p {
        Period::All => t.get("survey-period-all"),
        Period::Year(y) => y.to_string(),
        Period::Half(y, h) => t.args("survey-period-half", &[("year", y.to_string()), ("n", h.to_string())]),
        Period::Quarter(y, q) => t.args("survey-period-quarter", &[("year", y.to_string()), ("n", q.to_string())]),
        Period::Month(y, m) => format!("{} {y}", t.get(format!("month-{m}"))),
    }
}

fn share(t: &Tr, r: &Results, p: Period, s: Slice, q: &str) -> String {
    r.green_share(p, s, q).map_or_else(|| "–".to_owned(), |v| format!("{} %", decimal(t.locale, v)))
}

pub async fn show_results(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Id(id): Id,
    Query(q): Query<ResultsQuery>,
) -> AppResult<ResultsPage> {
    let s = own_survey(&state, &actor, id).await?;
    let unit = state.store.unit(s.unit_id).await?;
    let threshold = unit.suppression_threshold;
    let versions = state.store.survey_versions(id).await?;
    // Questions of the current wording first, then any only earlier versions asked.
    let mut keys: Vec<(String, String)> = Vec::new();
    for v in versions.iter().rev() {
        let d = &v.definition;
        for question in &d.questions {
            if !keys.iter().any(|(k, _)| *k == question.key) {
                keys.push((question.key.clone(), d.text(&question.text, c.locale()).to_owned()));
            }
        }
    }
    let (responses, answers) = state.store.survey_counts(id).await?;
    let this_year = state.clock.today().year();
    let question_keys: Vec<String> = keys.iter().map(|(k, _)| k.clone()).collect();
    let r = Results::build(&responses, &answers, &question_keys, &[this_year], threshold);
    let year =
        q.year.as_deref().and_then(|y| y.trim().parse().ok()).filter(|y| r.years.contains(y)).unwrap_or(this_year);
    let split = q.split.as_deref().and_then(Split::parse).unwrap_or_default();
    let mut periods_of_split = split.periods(year);
    if split == Split::Year {
        periods_of_split.clear();
    }
    let t = &c.t;
    let tables = question_tables(t, &r, &keys, &s.goals, &periods_of_split, year, threshold);

    // The breakdown and free text are for one period: the year unless another is chosen.
    let mut choosable: Vec<Period> = vec![Period::Year(year)];
    for sp in [Split::Half, Split::Quarter, Split::Month] {
        choosable.extend(sp.periods(year));
    }
    choosable.push(Period::All);
    let period =
        q.period.as_deref().and_then(Period::parse).filter(|p| choosable.contains(p)).unwrap_or(Period::Year(year));
    let venues = state.store.venues(Some(s.unit_id)).await?;
    let breakdowns = breakdowns(t, &r, period, &keys, &venues, &versions, threshold);

    let (free_text, free_text_note) =
        if s.current.definition.free_text.is_none() && versions.iter().all(|v| v.definition.free_text.is_none()) {
            (vec![], "survey-free-text-none-asked")
        } else if !actor.role.reads_free_text() {
            (vec![], "survey-free-text-not-for-role")
        } else if !r.free_text_allowed(period) {
            (vec![], "survey-free-text-too-few")
        } else {
            let texts = state.store.survey_free_text(id, period.weeks()).await?;
            let note = if texts.is_empty() { "survey-free-text-empty" } else { "" };
            (texts, note)
        };

    Ok(ResultsPage {
        id,
        name: survey_name(&s, c.locale()),
        threshold,
        year,
        years: r.years_newest_first(),
        split: split.code(),
        splits: Split::ALL.iter().map(|sp| (sp.code(), t.get(format!("survey-split-{}", sp.code())))).collect(),
        tables,
        period_code: period.code(),
        period_label: period_label(t, period),
        periods: choosable.iter().map(|p| (p.code(), period_label(t, *p))).collect(),
        responses: show(t, r.responses(period, Slice::All), threshold),
        breakdowns,
        free_text,
        free_text_note,
        question_heads: (1..=keys.len()).map(|n| t.arg("survey-question-n", "n", n)).collect(),
        c,
    })
}

/// One table per question: its answers per period of the split, the year and all time.
fn question_tables(
    t: &Tr,
    r: &Results,
    keys: &[(String, String)],
    goals: &std::collections::BTreeMap<String, u8>,
    periods_of_split: &[Period],
    year: i32,
    threshold: i64,
) -> Vec<QuestionTable> {
    keys.iter()
        .map(|(key, text)| {
            let goal = goals.get(key).copied();
            let row = |p: Period, is_total: bool| {
                let total = r.figure(p, Slice::All, &Measure::Answers(key.clone(), None));
                let sh = r.green_share(p, Slice::All, key);
                Row {
                    label: period_label(t, p),
                    total: show(t, total, threshold),
                    colours: Colour::ALL
                        .iter()
                        .map(|col| {
                            show(t, r.figure(p, Slice::All, &Measure::Answers(key.clone(), Some(*col))), threshold)
                        })
                        .collect(),
                    share: share(t, r, p, Slice::All, key),
                    goal: match (goal, sh) {
                        (Some(g), Some(v)) if v >= f64::from(g) => "met",
                        (Some(_), Some(_)) => "not-met",
                        _ => "",
                    },
                    is_total,
                }
            };
            let mut rows: Vec<Row> = periods_of_split.iter().map(|p| row(*p, false)).collect();
            rows.push(row(Period::Year(year), true));
            rows.push(row(Period::All, true));
            QuestionTable { key: key.clone(), text: text.clone(), goal, rows }
        })
        .collect()
}

/// The chosen period's answers by venue, by the language answered in and by the survey's version.
fn breakdowns(
    t: &Tr,
    r: &Results,
    period: Period,
    keys: &[(String, String)],
    venues: &[VenueRecord],
    versions: &[VersionRecord],
    threshold: i64,
) -> Vec<Breakdown> {
    let slice_row = |label: String, sl: Slice| SliceRow {
        label,
        responses: show(t, r.responses(period, sl), threshold),
        shares: keys.iter().map(|(k, _)| share(t, r, period, sl, k)).collect(),
    };
    let mut by_venue: Vec<SliceRow> = r
        .venues
        .iter()
        .map(|v| {
            let label = match v {
                Some(id) => venues.iter().find(|x| x.id == *id).map(|x| x.name.clone()).unwrap_or_default(),
                None => t.get("survey-no-venue"),
            };
            slice_row(label, Slice::Venue(*v))
        })
        .collect();
    by_venue.sort_by(|a, b| a.label.cmp(&b.label));
    let by_locale = r.locales.iter().map(|l| slice_row(l.endonym().to_owned(), Slice::Locale(*l))).collect();
    let by_version = r
        .versions
        .iter()
        .map(|v| {
            let n = versions.iter().find(|x| x.id == *v).map_or(0, |x| x.number);
            slice_row(t.arg("survey-version-n", "n", n), Slice::Version(*v))
        })
        .collect();
    vec![
        Breakdown { heading: t.get("survey-by-venue"), rows: by_venue },
        Breakdown { heading: t.get("survey-by-language"), rows: by_locale },
        Breakdown { heading: t.get("survey-by-version"), rows: by_version },
    ]
}
