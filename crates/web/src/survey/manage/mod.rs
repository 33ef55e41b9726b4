//! Staff pages for surveys: the list, the wording and goals (admins and managers), the printable
//! card with its QR code, kiosk links per venue, and one-time invitations (coordinators).
use lotsen_domain::audit_action::AuditAction;
use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::locale::Locale;
use lotsen_domain::survey::{Definition, DraftDefinition, parse_goal};
use lotsen_store::{SurveyRecord, VenueRecord};
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::answer::INVITATION_DAYS;
use super::{public_url, survey_name};
use crate::audit_log::by;
use crate::auth::session::random_token;
use crate::auth::{Actor, CaseWorker, PlansSurveys, Staff};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

/// Goals by question key, in percent.
type Goals = BTreeMap<String, u8>;

/// The most answers a day a manager may allow a survey.
const MAX_DAILY_CAP: i32 = 100_000;
/// A refused form: errors per field, and (field, message) for the summary in form order.
type Refusal = (FieldErrors, Vec<(String, String)>);

/// Rows for new questions shown under the existing ones.
const NEW_ROWS: usize = 2;

pub struct SurveyRow {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub languages: String,
    pub questions: usize,
    pub version: i32,
    pub active: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/list.html")]
pub struct ListPage {
    c: Chrome,
    surveys: Vec<SurveyRow>,
    plans: bool,
    done: &'static str,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

fn done_notice(d: Option<&str>) -> &'static str {
    match d {
        Some("saved") => "survey-done-saved",
        Some("version") => "survey-done-version",
        Some("created") => "survey-done-created",
        _ => "",
    }
}

pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Query(d): Query<Done>,
) -> AppResult<ListPage> {
    let surveys = state
        .store
        .surveys(actor.unit_id)
        .await?
        .iter()
        .map(|s| SurveyRow {
            id: s.id,
            name: survey_name(s, c.locale()),
            url: public_url(&state.settings.base_url, s),
            languages: s.current.definition.locales.iter().map(|l| l.endonym()).collect::<Vec<_>>().join(", "),
            questions: s.current.definition.questions.len(),
            version: s.current.number,
            active: s.active,
        })
        .collect();
    Ok(ListPage { c, surveys, plans: actor.role.plans_surveys(), done: done_notice(d.done.as_deref()) })
}

pub(super) async fn own_survey(state: &AppState, actor: &Actor, id: i64) -> AppResult<SurveyRecord> {
    let s = state.store.survey(id).await?;
    actor.check_unit(s.unit_id)?;
    Ok(s)
}

// ---------------------------------------------------------------------------------------------
// Wording and goals

/// One question row of the edit form.
#[derive(Debug, Clone, Default)]
pub struct QuestionRow {
    pub n: usize,
    pub key: String,
    pub text: BTreeMap<Locale, String>,
    pub goal: String,
}

impl QuestionRow {
    pub fn text_in(&self, l: &Locale) -> &str {
        self.text.get(l).map_or("", String::as_str)
    }
}

/// The edit form as submitted: field names are made per row and language.
#[derive(Debug, Clone, Default)]
pub struct EditForm {
    pub locales: Vec<String>,
    pub title: BTreeMap<Locale, String>,
    pub rows: Vec<QuestionRow>,
    pub free_text: bool,
    pub free_text_prompt: BTreeMap<Locale, String>,
    pub active: bool,
    /// At most this many answers a day, as typed.
    pub daily_cap: String,
}

impl EditForm {
    fn of(s: &SurveyRecord) -> Self {
        let d = &s.current.definition;
        let mut rows: Vec<QuestionRow> = d
            .questions
            .iter()
            .enumerate()
            .map(|(n, q)| QuestionRow {
                n,
                key: q.key.clone(),
                text: q.text.clone(),
                goal: s.goals.get(&q.key).map(|g| g.to_string()).unwrap_or_default(),
            })
            .collect();
        let len = rows.len();
        rows.extend((len..len + NEW_ROWS).map(|n| QuestionRow { n, ..Default::default() }));
        Self {
            locales: d.locales.iter().map(|l| l.code().to_owned()).collect(),
            title: d.title.clone(),
            rows,
            free_text: d.free_text.is_some(),
            free_text_prompt: d.free_text.clone().unwrap_or_default(),
            active: s.active,
            daily_cap: s.daily_cap.to_string(),
        }
    }

    fn blank() -> Self {
        Self {
            locales: vec!["sv".into()],
            rows: (0..3).map(|n| QuestionRow { n, ..Default::default() }).collect(),
            active: true,
            daily_cap: lotsen_store::DEFAULT_DAILY_CAP.to_string(),
            ..Default::default()
        }
    }

    fn from_fields(fields: &[(String, String)]) -> Self {
        let mut f = Self::default();
        let mut rows: BTreeMap<usize, QuestionRow> = BTreeMap::new();
        for (k, v) in fields {
            let v = v.clone();
            match k.as_str() {
                "locales" => f.locales.push(v.clone()),
                "free_text" => f.free_text = v == "1",
                "active" => f.active = v == "1",
                "daily_cap" => f.daily_cap = v.clone(),
                _ => {}
            }
            if let Some(rest) = k.strip_prefix("title_") {
                if let Some(l) = Locale::parse(rest) {
                    f.title.insert(l, v);
                }
            } else if let Some(rest) = k.strip_prefix("prompt_") {
                if let Some(l) = Locale::parse(rest) {
                    f.free_text_prompt.insert(l, v);
                }
            } else if let Some(rest) = k.strip_prefix("q_") {
                // q_{n}_{lang}, q_{n}_key, q_{n}_goal
                if let Some((n, what)) = rest.split_once('_')
                    && let Ok(n) = n.parse::<usize>()
                    && n < 50
                {
                    let row = rows.entry(n).or_insert_with(|| QuestionRow { n, ..Default::default() });
                    match what {
                        "key" => row.key = v,
                        "goal" => row.goal = v,
                        lang => {
                            if let Some(l) = Locale::parse(lang) {
                                row.text.insert(l, v);
                            }
                        }
                    }
                }
            }
        }
        f.rows = rows.into_values().collect();
        f
    }

    fn offers(&self, l: &Locale) -> bool {
        self.locales.iter().any(|c| c == l.code())
    }

    fn title_in(&self, l: &Locale) -> &str {
        self.title.get(l).map_or("", String::as_str)
    }

    fn prompt_in(&self, l: &Locale) -> &str {
        self.free_text_prompt.get(l).map_or("", String::as_str)
    }

    /// The definition, the goals by question key and the daily cap, or a message per field.
    fn check(&self) -> Result<(Definition, Goals, i32), Refusal> {
        let draft = DraftDefinition {
            locales: self.locales.clone(),
            title: self.title.clone(),
            questions: self.rows.iter().map(|r| (r.key.clone(), r.text.clone())).collect(),
            free_text: self.free_text,
            free_text_prompt: self.free_text_prompt.clone(),
        };
        let mut errors = FieldErrors::default();
        let mut summary = Vec::new();
        let cap = self.daily_cap.trim().parse::<i32>().ok().filter(|n| (1..=MAX_DAILY_CAP).contains(n));
        if cap.is_none() {
            summary.push(("daily_cap".to_owned(), "error-survey-daily-cap".to_owned()));
            errors.add("daily_cap", "error-survey-daily-cap");
        }
        let mut goals_by_row = Vec::new();
        for r in &self.rows {
            match parse_goal(&r.goal) {
                Ok(g) => goals_by_row.push((r, g)),
                Err(e) => {
                    let field = format!("q_{}_goal", r.n);
                    summary.push((field.clone(), e.message_id.to_owned()));
                    errors.add_owned(field, e.message_id);
                }
            }
        }
        match Definition::parse(&draft) {
            Ok(def) if errors.is_empty() => {
                // Kept rows are those with text, in order: the same order the definition has.
                let kept = goals_by_row.iter().filter(|(r, _)| r.text.values().any(|s| !s.trim().is_empty()));
                let goals = kept.zip(&def.questions).filter_map(|((_, g), q)| g.map(|g| (q.key.clone(), g))).collect();
                Ok((def, goals, cap.unwrap_or(lotsen_store::DEFAULT_DAILY_CAP)))
            }
            Ok(_) => Err((errors, summary)),
            Err(errs) => {
                for (f, e) in errs {
                    summary.push((f.clone(), e.message_id.to_owned()));
                    errors.add_owned(f, e.message_id);
                }
                Err((errors, summary))
            }
        }
    }
}

pub struct SummaryItem {
    pub anchor: String,
    pub label: String,
    pub message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/edit.html")]
pub struct EditPage {
    c: Chrome,
    id: Option<i64>,
    f: EditForm,
    errors: FieldErrors,
    summary: Vec<SummaryItem>,
    answered: bool,
    locales: [Locale; 3],
}

/// Error summary lines in words: "Question 2, Arabic: This field is required".
fn summary_of(c: &Chrome, items: &[(String, String)]) -> Vec<SummaryItem> {
    items
        .iter()
        .map(|(field, msg)| {
            let lang = field.rsplit('_').next().and_then(Locale::parse).map(|l| l.endonym()).unwrap_or("");
            let label = if let Some(rest) = field.strip_prefix("q_") {
                let n: usize = rest.split('_').next().and_then(|n| n.parse().ok()).unwrap_or(0);
                let base = c.t.arg("survey-question-n", "n", n + 1);
                if field.ends_with("_goal") {
                    format!("{base}, {}", c.t.get("survey-goal-label"))
                } else {
                    format!("{base}, {lang}")
                }
            } else if field.starts_with("title_") {
                format!("{}, {lang}", c.t.get("survey-title-label"))
            } else if field.starts_with("free_text_") {
                format!("{}, {lang}", c.t.get("survey-free-text-prompt-label"))
            } else if field == "locales" {
                c.t.get("survey-locales-label")
            } else if field == "daily_cap" {
                c.t.get("survey-daily-cap-label")
            } else {
                c.t.get("survey-questions-label")
            };
            let anchor =
                if field == "questions" { "q_0_sv".to_owned() } else { field.replace("free_text_", "prompt_") };
            SummaryItem { anchor, label, message: c.t.get(msg.as_str()) }
        })
        .collect()
}

pub async fn new_form(c: Chrome, PlansSurveys(_): PlansSurveys) -> EditPage {
    EditPage {
        c,
        id: None,
        f: EditForm::blank(),
        errors: FieldErrors::default(),
        summary: vec![],
        answered: false,
        locales: Locale::ALL,
    }
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    PlansSurveys(actor): PlansSurveys,
    ip: ClientIp,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = EditForm::from_fields(&fields);
    let (def, goals, cap) = match f.check() {
        Ok(x) => x,
        Err((errors, items)) => {
            let summary = summary_of(&c, &items);
            let page = EditPage { c, id: None, f, errors, summary, answered: false, locales: Locale::ALL };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let id = tx.create_survey(actor.unit_id, &def, &goals).await?;
    tx.set_survey_settings(id, &goals, f.active, cap).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::SurveyCreate,
        "survey",
        id,
        json!({ "questions": def.questions.len(), "daily_cap": cap }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/surveys?done=created").into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Chrome,
    PlansSurveys(actor): PlansSurveys,
    Id(id): Id,
) -> AppResult<EditPage> {
    let s = own_survey(&state, &actor, id).await?;
    let answered = state.store.survey_responses_total(id).await? > 0;
    Ok(EditPage {
        c,
        id: Some(id),
        f: EditForm::of(&s),
        errors: FieldErrors::default(),
        summary: vec![],
        answered,
        locales: Locale::ALL,
    })
}

/// Saves wording, goals and whether the survey is open. New wording after answers exist becomes a
/// new version; goals and opening alone never do.
pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    PlansSurveys(actor): PlansSurveys,
    Id(id): Id,
    ip: ClientIp,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let s = own_survey(&state, &actor, id).await?;
    let f = EditForm::from_fields(&fields);
    let (def, goals, cap) = match f.check() {
        Ok(x) => x,
        Err((errors, items)) => {
            let answered = state.store.survey_responses_total(id).await? > 0;
            let summary = summary_of(&c, &items);
            let page = EditPage { c, id: Some(id), f, errors, summary, answered, locales: Locale::ALL };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let reworded = def != s.current.definition;
    let version = if reworded { tx.save_survey_wording(id, &def).await? } else { s.current.number };
    tx.set_survey_settings(id, &goals, f.active, cap).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::SurveyUpdate,
        "survey",
        id,
        json!({ "version": version, "reworded": reworded, "active": f.active, "goals": goals, "daily_cap": cap }),
    ))
    .await?;
    tx.commit().await?;
    let done = if version != s.current.number { "version" } else { "saved" };
    Ok(Redirect::to(&format!("/surveys?done={done}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The printable card and kiosk links

pub struct TitleIn {
    pub lang: &'static str,
    pub dir: &'static str,
    pub text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/card.html")]
pub struct CardPage {
    c: Chrome,
    code: String,
    url: String,
    titles: Vec<TitleIn>,
    venues: Vec<VenueRecord>,
    base: String,
}

pub async fn card(State(state): State<AppState>, c: Chrome, Staff(actor): Staff, Id(id): Id) -> AppResult<CardPage> {
    let s = own_survey(&state, &actor, id).await?;
    let d = &s.current.definition;
    let titles = d
        .locales
        .iter()
        .map(|l| TitleIn { lang: l.code(), dir: l.dir(), text: d.text(&d.title, *l).to_owned() })
        .collect();
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    Ok(CardPage {
        c,
        url: public_url(&state.settings.base_url, &s),
        code: s.code,
        titles,
        venues,
        base: state.settings.base_url.clone(),
    })
}

// ---------------------------------------------------------------------------------------------
// One-time invitations

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    survey: String,
    #[serde(default)]
    case: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/invitation.html")]
pub struct InvitationPage {
    c: Chrome,
    name: String,
    link: String,
    qr_svg: String,
    days: i64,
    case: Option<i64>,
}

/// Makes a one-time link to a survey for a resident. The link is shown once and stored only as a
/// hash; the invitation holds no case, and the audit row says which case it was given after.
pub async fn invite(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<InviteForm>,
) -> AppResult<InvitationPage> {
    let id: i64 = f.survey.trim().parse().map_err(|_| AppError::NotFound)?;
    let s = own_survey(&state, &actor, id).await?;
    if !s.active {
        return Err(AppError::NotFound);
    }
    let case = match f.case.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => None,
        Some(v) => {
            let case_id: i64 = v.parse().map_err(|_| AppError::NotFound)?;
            state.store.case(actor.unit_id, case_id).await?;
            Some(case_id)
        }
    };
    let token = random_token();
    let hash = hex::encode(Sha256::digest(token.as_bytes()));
    let expires = state.clock.timestamp() + INVITATION_DAYS * 86_400;
    let tx = state.store.begin().await?;
    tx.create_invitation(s.id, &hash, expires).await?;
    let (record_type, record_id) = match case {
        Some(c) => ("case", c),
        None => ("survey", s.id),
    };
    tx.audit(by(&actor, &ip, AuditAction::SurveyInvitationCreate, record_type, record_id, json!({ "survey": s.id })))
        .await?;
    tx.commit().await?;
    let link = format!("{}/s/i/{token}", state.settings.base_url);
    let qr_svg = QrCode::new(link.as_bytes())
        .map(|q| q.render::<svg::Color<'_>>().min_dimensions(180, 180).quiet_zone(true).build())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("QR code: {e}")))?;
    // The renderer writes an XML declaration first; inside a page only the <svg> element belongs.
    let qr_svg = qr_svg.find("<svg").map_or(qr_svg.clone(), |i| qr_svg[i..].to_owned());
    Ok(InvitationPage { name: survey_name(&s, c.locale()), link, qr_svg, days: INVITATION_DAYS, case, c })
}
