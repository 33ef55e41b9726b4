//! The outreach and collaboration log ("samverkan"): quick entry on a phone, and a list with
//! filters and totals. Coordinators and managers log and read it; nothing in it names a resident.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{ListEntryId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_domain::outreach::{Activity, ActivityDraft};
use lotsen_store::{ActivityFilter, ActivityInput, ActivityRecord, Lists, UserRecord};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::pick_keep;
use crate::forms::{Opt, options};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use lotsen_app::case::edit::may_be_responsible;

/// The list shows this many rows; the totals count every activity the filters match.
const SHOWN: usize = 200;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    #[serde(rename = "activity_type")]
    pub kind: String,
    #[serde(rename = "activity_on")]
    pub on: String,
    #[serde(rename = "partners_present")]
    pub partners: String,
    pub reached: String,
    pub minutes: String,
    #[serde(rename = "coordinators_present")]
    pub coordinators: Vec<String>,
    pub note: String,
    /// Booked ahead, not yet held.
    pub planned: Option<String>,
}

impl ActivityForm {
    fn of(a: &ActivityRecord) -> Self {
        Self {
            kind: a.type_id.to_string(),
            on: a.on.to_string(),
            partners: a.partners.clone(),
            reached: a.reached.to_string(),
            minutes: if a.minutes == 0 { String::new() } else { a.minutes.to_string() },
            coordinators: a.coordinators.iter().map(ToString::to_string).collect(),
            note: a.note.clone(),
            planned: a.planned.then(|| "1".to_owned()),
        }
    }
}

/// Staff who can have taken part: the unit's coordinators and managers, and anyone already listed.
fn staff_options(users: &[UserRecord], chosen: &[String]) -> Vec<Opt> {
    users
        .iter()
        .filter(|u| (u.role.works_cases() && !u.disabled) || chosen.contains(&u.id.to_string()))
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.display_name.clone(),
            selected: chosen.contains(&u.id.to_string()),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "outreach/form.html")]
pub struct FormPage {
    c: Chrome,
    /// `None` for a new activity.
    id: Option<i64>,
    f: ActivityForm,
    types: Vec<Opt>,
    staff: Vec<Opt>,
    errors: FieldErrors,
}

fn form_page(
    c: Chrome,
    id: Option<i64>,
    f: ActivityForm,
    lists: &Lists,
    users: &[UserRecord],
    errors: FieldErrors,
) -> FormPage {
    let types = options(lists, ListKind::ActivityType, c.locale(), &f.kind);
    let staff = staff_options(users, &f.coordinators);
    FormPage { c, id, f, types, staff, errors }
}

/// Checks the form against the domain's rules and the unit's lists and staff. `stored` is the
/// activity being corrected: it may keep a type since retired and people since disabled.
fn check(
    f: &ActivityForm,
    lists: &Lists,
    users: &[UserRecord],
    stored: Option<&ActivityRecord>,
    today: NaiveDate,
) -> Result<ActivityInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let type_id =
        errors.check("activity_type", pick_keep(lists, ListKind::ActivityType, &f.kind, stored.map(|a| a.type_id)));
    let draft = ActivityDraft {
        on: &f.on,
        partners: &f.partners,
        reached: &f.reached,
        minutes: &f.minutes,
        note: &f.note,
        planned: f.planned.is_some(),
    };
    let activity = match Activity::parse(&draft, today) {
        Ok(a) => Some(a),
        Err(errs) => {
            for (field, e) in errs {
                errors.add(field, e.message_id);
            }
            None
        }
    };
    let mut coordinators = Vec::new();
    for raw in &f.coordinators {
        let kept = |id: UserId| stored.is_some_and(|a| a.coordinators.contains(&id));
        let allowed = |id: UserId| users.iter().any(|u| u.id == id && may_be_responsible(u, kept(id).then_some(id)));
        match raw.trim().parse::<UserId>().ok().filter(|id| allowed(*id)) {
            Some(id) => coordinators.push(id),
            None => errors.add("coordinators_present", "error-choose"),
        }
    }
    match (type_id, activity) {
        (Some(type_id), Some(activity)) if errors.is_empty() => Ok(ActivityInput { type_id, activity, coordinators }),
        _ => Err(errors),
    }
}

/// `/outreach/new`: today, with the person logging it as present.
pub async fn new_form(State(state): State<AppState>, c: Chrome, CaseWorker(actor): CaseWorker) -> AppResult<FormPage> {
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let f = ActivityForm {
        on: state.clock.today().to_string(),
        coordinators: vec![actor.user_id.to_string()],
        ..Default::default()
    };
    Ok(form_page(c, None, f, &lists, &users, FieldErrors::default()))
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<ActivityForm>,
) -> AppResult<Response> {
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let input = match check(&f, &lists, &users, None, state.clock.today()) {
        Ok(i) => i,
        Err(errors) => {
            return Ok(
                (StatusCode::UNPROCESSABLE_ENTITY, form_page(c, None, f, &lists, &users, errors)).into_response()
            );
        }
    };
    let tx = state.store.begin().await?;
    let id = tx.create_activity(actor.unit_id, actor.user_id, &input).await?;
    let detail = json!({ "type": input.type_id, "reached": input.activity.reached, "minutes": input.activity.minutes });
    tx.audit(by(&actor, &ip, AuditAction::OutreachCreate, "outreach", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/outreach?done=created").into_response())
}

/// `/outreach/{id}`: the activity to correct.
pub async fn edit_form(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id,
) -> AppResult<FormPage> {
    let a = state.store.activity(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    Ok(form_page(c, Some(id), ActivityForm::of(&a), &lists, &users, FieldErrors::default()))
}

pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id,
    Form(f): Form<ActivityForm>,
) -> AppResult<Response> {
    let stored = state.store.activity(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let input = match check(&f, &lists, &users, Some(&stored), state.clock.today()) {
        Ok(i) => i,
        Err(errors) => {
            return Ok(
                (StatusCode::UNPROCESSABLE_ENTITY, form_page(c, Some(id), f, &lists, &users, errors)).into_response()
            );
        }
    };
    let tx = state.store.begin().await?;
    tx.update_activity(actor.unit_id, id, &input).await?;
    let detail = json!({ "type": input.type_id, "reached": input.activity.reached, "minutes": input.activity.minutes });
    tx.audit(by(&actor, &ip, AuditAction::OutreachUpdate, "outreach", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/outreach?done=saved").into_response())
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    from: String,
    to: String,
    #[serde(rename = "activity_type")]
    kind: String,
    done: Option<String>,
}

pub struct Row {
    pub id: i64,
    pub on: String,
    pub kind: String,
    pub partners: String,
    pub reached: u32,
    pub minutes: u32,
    pub who: String,
    pub note: String,
    /// A planned activity whose day has passed: it waits to be marked held.
    pub passed: bool,
}

/// Per activity type: how many activities and people reached.
pub struct TypeTotal {
    pub label: String,
    pub activities: usize,
    pub reached: u64,
}

#[derive(Template, WebTemplate)]
#[template(path = "outreach/list.html")]
pub struct ListPage {
    c: Chrome,
    q: ListQuery,
    types: Vec<Opt>,
    rows: Vec<Row>,
    planned: Vec<Row>,
    total: usize,
    reached: u64,
    hours: String,
    by_type: Vec<TypeTotal>,
    errors: FieldErrors,
    done: &'static str,
    status_ok: bool,
}

fn date_filter(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<NaiveDate> {
    match raw.trim() {
        "" => None,
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| errors.add(field, "error-date")).ok(),
    }
}

/// `/outreach`: the log, newest first, with totals for what the filters match.
pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let mut errors = FieldErrors::default();
    let from = date_filter(&mut errors, "from", &q.from);
    let to = date_filter(&mut errors, "to", &q.to);
    let type_id = match q.kind.trim() {
        "" => None,
        // Any of the unit's types, retired ones too: old activities keep theirs.
        raw => raw
            .parse::<ListEntryId>()
            .ok()
            .filter(|id| lists.all(ListKind::ActivityType).iter().any(|e| e.id == *id))
            .or_else(|| {
                errors.add("activity_type", "error-choose");
                None
            }),
    };
    let filter = ActivityFilter { from, to, type_id, planned: Some(false) };
    let all = if errors.is_empty() { state.store.activities(actor.unit_id, &filter).await? } else { Vec::new() };
    // Planned activities, the soonest first; those whose day has passed wait to be marked held.
    let mut planned =
        state.store.activities(actor.unit_id, &ActivityFilter { planned: Some(true), ..Default::default() }).await?;
    planned.reverse();
    let name = |id: UserId| crate::views::labels::user_name(&users, id);
    let label = |id: ListEntryId| lists.get(id).map(|e| e.label(c.locale()).to_owned()).unwrap_or_default();
    let mut by_type: Vec<TypeTotal> = Vec::new();
    for e in lists.all(ListKind::ActivityType) {
        let of_type: Vec<&ActivityRecord> = all.iter().filter(|a| a.type_id == e.id).collect();
        if !of_type.is_empty() {
            by_type.push(TypeTotal {
                label: e.label(c.locale()).to_owned(),
                activities: of_type.len(),
                reached: of_type.iter().map(|a| u64::from(a.reached)).sum(),
            });
        }
    }
    let minutes: u64 = all.iter().map(|a| u64::from(a.minutes)).sum();
    let today = state.clock.today();
    let row = |a: &ActivityRecord| Row {
        id: a.id,
        on: a.on.to_string(),
        kind: label(a.type_id),
        partners: a.partners.clone(),
        reached: a.reached,
        minutes: a.minutes,
        who: a.coordinators.iter().map(|id| name(*id)).collect::<Vec<_>>().join(", "),
        note: a.note.clone(),
        passed: a.planned && a.on < today,
    };
    let rows = all.iter().take(SHOWN).map(row).collect();
    let planned = planned.iter().map(row).collect();
    let page = ListPage {
        types: options(&lists, ListKind::ActivityType, c.locale(), &q.kind),
        total: all.len(),
        reached: all.iter().map(|a| u64::from(a.reached)).sum(),
        // Tenths of an hour, rounded half up (75 minutes are 1,3 hours).
        hours: crate::i18n::decimal(c.locale(), ((minutes * 10 + 30) / 60) as f64 / 10.0),
        by_type,
        rows,
        planned,
        done: match q.done.as_deref() {
            Some("created") => "outreach-created",
            Some("saved") => "outreach-saved",
            _ => "",
        },
        status_ok: errors.is_empty(),
        errors,
        q,
        c,
    };
    let status = if page.status_ok { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, page).into_response())
}
