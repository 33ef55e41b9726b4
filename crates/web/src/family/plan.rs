//! A family's mapping and plan: the areas' current and desired states on the 1–5 scale, mapped at
//! the first meeting and revisited, the progress per area as a chart with the same figures in a
//! table, and the plan's goals and actions with who is responsible, a due day and a status.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_app::family::{self, FamilyError};
use lotsen_app::family_plan::{self as plan, NewAction};
use lotsen_domain::case::{parse_due_date, parse_past_date};
use lotsen_domain::ids::{FamilyId, ListEntryId};
use lotsen_domain::lists::ListKind;
use lotsen_domain::records::family::{ActorKind, Role as MemberRole};
use lotsen_domain::records::family_plan::{
    ActionStatus, AreaInput, Responsible, SCORE_MAX, SCORE_MIN, parse_mapping, parse_text, progress,
};
use lotsen_store::{FamilyRecord, Scoped};
use serde::Deserialize;

use super::{Done, actor_label, failed, family_for, organizations};
use crate::audit_log::caller;
use crate::auth::{Actor as Staff, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt, code_options, options};
use crate::i18n::Tr;
use crate::id::Id;
use crate::pages::Chrome;
use crate::report::chart::{Dumbbell, progress as progress_chart};
use crate::state::AppState;

/// One area's row of the mapping form: its current and desired state.
pub struct AreaRow {
    pub label: String,
    pub fields: [ScoreField; 2],
}

/// One of an area's two selects.
pub struct ScoreField {
    pub name: String,
    pub label: &'static str,
    pub current: String,
    pub error: Option<&'static str>,
}

/// One area's progress as the table shows it.
pub struct ProgressRow {
    pub label: String,
    pub first: u8,
    pub first_on: NaiveDate,
    pub latest: u8,
    pub latest_on: NaiveDate,
    pub desired: u8,
    pub change: i32,
}

pub struct ActionView {
    pub id: i64,
    pub text: String,
    pub responsible: String,
    pub due_on: NaiveDate,
    pub status: &'static str,
    pub overdue: bool,
    pub statuses: Vec<Opt>,
}

pub struct GoalView {
    pub id: i64,
    pub area: String,
    pub text: String,
    pub actions: Vec<ActionView>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoalForm {
    pub goal_area: String,
    pub goal_text: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    pub action_goal: String,
    pub action_text: String,
    pub action_responsible: String,
    pub action_due_on: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub status: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "family/plan.html")]
pub struct PlanPage {
    c: Chrome,
    id: FamilyId,
    closed: bool,
    children: Vec<String>,
    scale: Vec<(u8, String)>,
    areas: Vec<AreaRow>,
    map_on: String,
    map_errors: FieldErrors,
    /// The mapping's refusals as the summary lists them: (field, what it is, message).
    map_summary: Vec<(String, String, &'static str)>,
    mappings: usize,
    chart: Option<String>,
    rows: Vec<ProgressRow>,
    goals: Vec<GoalView>,
    area_opts: Vec<Opt>,
    goal: GoalForm,
    goal_errors: FieldErrors,
    goal_opts: Vec<Opt>,
    responsibles: Vec<Opt>,
    action: ActionForm,
    action_errors: FieldErrors,
    notice: Option<&'static str>,
}

#[derive(Default)]
struct Submitted {
    map: Option<(String, Vec<(String, String)>)>,
    map_errors: FieldErrors,
    goal: Option<GoalForm>,
    goal_errors: FieldErrors,
    action: Option<ActionForm>,
    action_errors: FieldErrors,
    notice: Option<&'static str>,
}

/// The scale's words: `family-score-1` … `family-score-5`.
fn scale(t: &Tr) -> Vec<(u8, String)> {
    (SCORE_MIN..=SCORE_MAX).map(|n| (n, t.get(format!("family-score-{n}")))).collect()
}

pub(super) fn responsible_label(t: &Tr, r: &Responsible, orgs: &[(String, String)]) -> String {
    match r {
        Responsible::Family => t.get("family-responsible-family"),
        Responsible::Coordinators => t.get("family-responsible-coordinators"),
        Responsible::Actor(a) => actor_label(t, a, orgs),
    }
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    ip: &ClientIp,
    f: &Scoped<FamilyRecord>,
    s: Submitted,
) -> AppResult<PlanPage> {
    let today = state.clock.today();
    let key = &state.keys.fields;
    let members = family::open(&state.store, &caller(actor, ip), key, f).await.map_err(failed)?;
    let lists = state.store.lists(actor.unit_id).await?;
    let t = &c.t;
    let locale = c.locale();
    let area_label = |id: ListEntryId| crate::forms::label(&lists, id, locale);
    let active: Vec<ListEntryId> = lists.active(ListKind::FamilyArea).map(|e| e.id).collect();
    let mappings = state.store.family_mappings(f).await?;
    let all_areas: Vec<ListEntryId> = lists.all(ListKind::FamilyArea).iter().map(|e| e.id).collect();
    let by_day: Vec<(NaiveDate, Vec<_>)> = mappings.iter().map(|m| (m.made_on, m.scores.clone())).collect();
    let prog = progress(&all_areas, &by_day);
    let rows: Vec<ProgressRow> = prog
        .iter()
        .filter_map(|p| {
            let (first, latest) = (p.points.first()?, p.points.last()?);
            Some(ProgressRow {
                label: area_label(p.area),
                first: first.1.get(),
                first_on: first.0,
                latest: latest.1.get(),
                latest_on: latest.0,
                desired: latest.2.get(),
                change: p.change(),
            })
        })
        .collect();
    let chart = (!rows.is_empty()).then(|| {
        let bars: Vec<Dumbbell> = rows
            .iter()
            .map(|r| Dumbbell { label: r.label.clone(), first: r.first, latest: r.latest, desired: r.desired })
            .collect();
        progress_chart("progress-chart", &t.get("family-progress-chart"), &bars, c.t.locale.dir() == "rtl")
    });
    let (map_on, submitted): (String, Vec<(String, String)>) = s.map.unwrap_or_else(|| (today.to_string(), Vec::new()));
    let value = |name: &str| submitted.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let field = |name: String, label| ScoreField { current: value(&name), error: s.map_errors.get(&name), name, label };
    let areas: Vec<AreaRow> = active
        .iter()
        .map(|&id| AreaRow {
            label: area_label(id),
            fields: [field(format!("now_{id}"), "field-map-now"), field(format!("goal_{id}"), "field-map-goal")],
        })
        .collect();
    let map_summary = s
        .map_errors
        .iter()
        .map(|(field, msg)| {
            let what = areas
                .iter()
                .flat_map(|a: &AreaRow| a.fields.iter().map(move |f| (a, f)))
                .find(|(_, f)| f.name == field)
                .map_or_else(|| t.field_label(field), |(a, f)| format!("{}: {}", a.label, t.get(f.label)));
            (field.to_owned(), what, msg)
        })
        .collect();
    let orgs = organizations(state).await?;
    let opened = plan::open_plan(&state.store, key, f).await.map_err(failed)?;
    let status_codes: Vec<&'static str> = ActionStatus::ALL.iter().map(|s| s.as_str()).collect();
    let goals: Vec<GoalView> = opened
        .iter()
        .map(|g| GoalView {
            id: g.goal.id,
            area: area_label(g.goal.area_id),
            text: g.text.clone(),
            actions: g
                .actions
                .iter()
                .map(|(a, text)| ActionView {
                    id: a.id,
                    text: text.clone(),
                    responsible: responsible_label(t, &a.responsible, &orgs),
                    due_on: a.due_on,
                    status: a.status.as_str(),
                    overdue: a.due_on < today && matches!(a.status, ActionStatus::Planned | ActionStatus::Ongoing),
                    statuses: code_options(t, "family-action", &status_codes, a.status.as_str()),
                })
                .collect(),
        })
        .collect();
    let goal = s.goal.unwrap_or_default();
    let action = s.action.unwrap_or_else(|| ActionForm {
        action_due_on: (today + chrono::Days::new(30)).to_string(),
        ..Default::default()
    });
    let goal_opts = goals
        .iter()
        .map(|g| Opt {
            value: g.id.to_string(),
            label: format!("{}: {}", g.area, g.text),
            selected: g.id.to_string() == action.action_goal,
        })
        .collect();
    let mut responsibles = vec![
        Opt {
            value: "family".into(),
            label: t.get("family-responsible-family"),
            selected: action.action_responsible == "family",
        },
        Opt {
            value: "coordinators".into(),
            label: t.get("family-responsible-coordinators"),
            selected: action.action_responsible == "coordinators",
        },
    ];
    let kinds: Vec<&'static str> = ActorKind::ALL.iter().map(|k| k.as_str()).collect();
    responsibles.extend(code_options(t, "family-actor", &kinds, &action.action_responsible));
    responsibles.extend(orgs.iter().map(|(id, name)| Opt {
        value: format!("org:{id}"),
        label: name.clone(),
        selected: action.action_responsible == format!("org:{id}"),
    }));
    let children =
        members.iter().filter(|m| m.member.role == MemberRole::Child).map(|m| m.person.name.clone()).collect();
    Ok(PlanPage {
        id: f.id,
        closed: f.status == lotsen_domain::records::family::Status::Closed,
        children,
        scale: scale(t),
        areas,
        map_on,
        map_errors: s.map_errors,
        map_summary,
        mappings: mappings.len(),
        chart,
        rows,
        goals,
        area_opts: options(&lists, ListKind::FamilyArea, locale, &goal.goal_area),
        goal,
        goal_errors: s.goal_errors,
        goal_opts,
        responsibles,
        action,
        action_errors: s.action_errors,
        notice: s.notice,
        c,
    })
}

/// `GET /families/{id}/plan`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Query(q): Query<Done>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let notice = match q.done.as_deref() {
        Some("mapped") => Some("family-mapped"),
        Some("goal") => Some("family-goal-saved"),
        Some("action") => Some("family-action-saved"),
        Some("status") => Some("family-action-status-saved"),
        _ => None,
    };
    Ok(page(&state, c, &actor, &ip, &f, Submitted { notice, ..Default::default() }).await?.into_response())
}

async fn refused(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    ip: &ClientIp,
    f: &Scoped<FamilyRecord>,
    s: Submitted,
) -> AppResult<Response> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page(state, c, actor, ip, f, s).await?).into_response())
}

fn done(id: FamilyId, what: &str) -> Response {
    Redirect::to(&format!("/families/{id}/plan?done={what}")).into_response()
}

/// `POST /families/{id}/mappings`: the areas' current and desired states on a day.
pub async fn map(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let today = state.clock.today();
    let lists = state.store.lists(actor.unit_id).await?;
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    let mut e = FieldErrors::default();
    let on = e.check("map_on", parse_past_date(get("map_on"), today));
    if let Some(on) = on
        && on < f.listed_on
    {
        e.add("map_on", "error-family-before-listed");
    }
    let names: Vec<(ListEntryId, String, String)> =
        lists.active(ListKind::FamilyArea).map(|a| (a.id, format!("now_{}", a.id), format!("goal_{}", a.id))).collect();
    let inputs: Vec<AreaInput<'_>> = names
        .iter()
        .map(|(area, now, goal)| AreaInput {
            area: *area,
            current_field: now.clone(),
            desired_field: goal.clone(),
            current: get(now),
            desired: get(goal),
        })
        .collect();
    let scores = parse_mapping(&inputs).map_err(|list| {
        for (field, err) in list {
            e.add_owned(field, err.message_id);
        }
    });
    if let (Some(on), Ok(scores)) = (on, &scores)
        && e.is_empty()
    {
        match plan::map(&state.store, &caller(&actor, &ip), &f, on, scores).await {
            Ok(_) => return Ok(done(id, "mapped")),
            Err(FamilyError::WrongState) => e.add("map_on", "error-family-closed"),
            Err(err) => return Err(failed(err)),
        }
    }
    let s = Submitted { map: Some((get("map_on").to_owned(), fields.clone())), map_errors: e, ..Default::default() };
    refused(&state, c, &actor, &ip, &f, s).await
}

/// `POST /families/{id}/goals`: a goal in an area.
pub async fn add_goal(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(form): Form<GoalForm>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let mut e = FieldErrors::default();
    let area = e.check("goal_area", crate::forms::pick(&lists, ListKind::FamilyArea, &form.goal_area));
    let text = e.check("goal_text", parse_text(&form.goal_text));
    if let (Some(area), Some(text)) = (area, text)
        && e.is_empty()
    {
        match plan::add_goal(&state.store, &caller(&actor, &ip), &state.keys.fields, &f, area, &text).await {
            Ok(_) => return Ok(done(id, "goal")),
            Err(FamilyError::WrongState) => e.add("goal_text", "error-family-closed"),
            Err(err) => return Err(failed(err)),
        }
    }
    refused(&state, c, &actor, &ip, &f, Submitted { goal: Some(form), goal_errors: e, ..Default::default() }).await
}

/// `POST /families/{id}/actions`: an action towards a goal, with who is responsible and by when.
pub async fn add_action(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<FamilyId>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    let (f, _) = family_for(&state, &actor, id).await?;
    let today = state.clock.today();
    let mut e = FieldErrors::default();
    let goal = form.action_goal.trim().parse::<i64>().ok();
    if goal.is_none() {
        e.add("action_goal", "error-choose");
    }
    let text = e.check("action_text", parse_text(&form.action_text));
    let responsible = e.check("action_responsible", Responsible::parse(&form.action_responsible));
    let due_on = e.check("action_due_on", parse_due_date(&form.action_due_on, today));
    if let (Some(goal), Some(text), Some(responsible), Some(due_on)) = (goal, text, responsible, due_on)
        && e.is_empty()
    {
        let a = NewAction { goal, text, responsible, due_on };
        match plan::add_action(&state.store, &caller(&actor, &ip), &state.keys.fields, &f, &a).await {
            Ok(_) => return Ok(done(id, "action")),
            Err(FamilyError::WrongState) => e.add("action_goal", "error-choose"),
            Err(err) => return Err(failed(err)),
        }
    }
    refused(&state, c, &actor, &ip, &f, Submitted { action: Some(form), action_errors: e, ..Default::default() }).await
}

/// `POST /families/{id}/actions/{action}`: where an action stands.
pub async fn set_status(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let id: FamilyId = id.parse().map_err(|_| AppError::NotFound)?;
    let action: i64 = action.parse().map_err(|_| AppError::NotFound)?;
    let (f, _) = family_for(&state, &actor, id).await?;
    let mut e = FieldErrors::default();
    if let Some(status) = e.check("action_goal", ActionStatus::parse(&form.status)) {
        match plan::set_action(&state.store, &caller(&actor, &ip), &f, action, status).await {
            Ok(()) => return Ok(done(id, "status")),
            Err(FamilyError::WrongState) => e.add("action_goal", "error-family-action-gone"),
            Err(err) => return Err(failed(err)),
        }
    }
    refused(&state, c, &actor, &ip, &f, Submitted { action_errors: e, ..Default::default() }).await
}
