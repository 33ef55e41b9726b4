//! Series of drop-in times: the page of one series with its sessions, and the handlers that
//! create, change, split and end a series.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::TimeDelta;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::dropin::{Repeat, Schedule as Rule, WEEKDAYS, WEEKS_OF_MONTH, parse_date};
use lotsen_store::{Scoped, SeriesInput, SeriesRecord, UserRecord, VenueRecord};
use serde::Deserialize;
use serde_json::json;

use super::series_form::SeriesForm;
use super::{Done, describe};
use crate::audit_log::by;
use crate::auth::{Actor, PlansDropin, Staff};
use crate::client::ClientIp;
use crate::dropin::{Schedule, SessionView, done_notice, rule_of, session_view, venue_map};
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "dropin/series_form.html")]
pub struct SeriesPage {
    c: Chrome,
    id: Option<i64>,
    f: SeriesForm,
    errors: FieldErrors,
    venues: Vec<Opt>,
    repeats: Vec<Opt>,
    weekdays: Vec<Opt>,
    weeks_of_month: Vec<Opt>,
    staff: Vec<Opt>,
    /// The series in words, when editing.
    summary: String,
}

impl SeriesPage {
    fn new(
        c: Chrome,
        id: Option<i64>,
        f: SeriesForm,
        errors: FieldErrors,
        venues: &[VenueRecord],
        users: &[UserRecord],
    ) -> Self {
        let t = &c.t;
        let opt = |value: String, label: String, selected: bool| Opt { value, label, selected };
        let venues =
            venues.iter().map(|v| opt(v.id.to_string(), v.name.clone(), f.venue == v.id.to_string())).collect();
        let repeats = Repeat::ALL
            .iter()
            .map(|r| opt(r.as_str().into(), t.of("dropin-repeat", r.as_str()), f.repeat == r.as_str()))
            .collect();
        let weekdays = WEEKDAYS
            .iter()
            .map(|(code, d)| {
                opt(
                    (*code).into(),
                    t.get(format!("weekday-{}", d.number_from_monday())),
                    f.weekdays.iter().any(|w| w == code),
                )
            })
            .collect();
        let weeks_of_month = WEEKS_OF_MONTH
            .iter()
            .map(|n| opt(n.to_string(), t.get(format!("dropin-nth-{n}")), f.week_of_month == n.to_string()))
            .collect();
        let staff = users
            .iter()
            .filter(|u| !u.disabled && u.role.runs_dropin())
            .map(|u| opt(u.id.to_string(), u.display_name.clone(), f.staff.contains(&u.id.to_string())))
            .collect();
        Self { c, id, f, errors, venues, repeats, weekdays, weeks_of_month, staff, summary: String::new() }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct NewSeriesQuery {
    #[serde(default)]
    repeat: Option<String>,
    #[serde(default)]
    venue: Option<String>,
}

pub async fn new_series(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Query(q): Query<NewSeriesQuery>,
) -> AppResult<SeriesPage> {
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let repeat = q.repeat.filter(|r| Repeat::parse(r).is_ok()).unwrap_or_else(|| Repeat::Weekly.as_str().into());
    let f = SeriesForm {
        repeat,
        venue: q.venue.unwrap_or_default(),
        start_date: state.clock.today().to_string(),
        week_of_month: "1".into(),
        ..Default::default()
    };
    Ok(SeriesPage::new(c, None, f, FieldErrors::default(), &venues, &users))
}

pub async fn create_series(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    ip: ClientIp,
    Form(f): Form<SeriesForm>,
) -> AppResult<Response> {
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let input = match f.check(&venues, &users) {
        Ok(i) => i,
        Err(errors) => {
            let page = SeriesPage::new(c, None, f, errors, &venues, &users);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let id = tx.create_series(actor.unit_id, &input).await?.id;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::DropinSeriesCreate,
        "dropin_series",
        id,
        json!({ "venue": input.venue_id, "dtstart": input.dtstart, "rrule": input.rrule }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/sessions/series/{id}?done=created")).into_response())
}

async fn own_series(state: &AppState, actor: &Actor, id: i64) -> AppResult<Scoped<SeriesRecord>> {
    Ok(state.store.unit_series(actor.unit_id, id).await?)
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/series.html")]
pub struct SeriesShowPage {
    c: Chrome,
    page: SeriesPage,
    sessions: Vec<SessionView>,
    plans: bool,
    done: String,
    end_on: String,
    end_error: Option<&'static str>,
}

async fn series_page(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    s: &SeriesRecord,
    form: Option<(SeriesForm, FieldErrors)>,
) -> AppResult<SeriesShowPage> {
    let sched = Schedule::load_window(
        &state.store,
        Some(actor.unit_id),
        state.clock.today() - TimeDelta::days(28),
        state.clock.today() + TimeDelta::days(120),
    )
    .await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let rule = rule_of(s);
    let (f, errors) = form
        .unwrap_or_else(|| (rule.as_ref().map(|r| SeriesForm::of(s, r)).unwrap_or_default(), FieldErrors::default()));
    let map = venue_map(&sched.venues);
    let sessions = sched
        .plan(s.id)
        .map(|p| {
            p.occurrences(state.clock.today() - TimeDelta::days(28), state.clock.today() + TimeDelta::days(120))
                .iter()
                .map(|o| session_view(&c.t, o, &map))
                .collect()
        })
        .unwrap_or_default();
    let mut page = SeriesPage::new(c.clone(), Some(s.id), f, errors, &sched.venues, &users);
    page.summary = rule.as_ref().map(|r| describe(&c.t, r)).unwrap_or_default();
    Ok(SeriesShowPage {
        page,
        sessions,
        plans: actor.role.plans_dropin(),
        done: String::new(),
        end_on: state.clock.today().to_string(),
        end_error: None,
        c,
    })
}

/// A series: its sessions (each links to its page) and, for planners, the form to change it.
pub async fn show_series(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Id(id): Id,
    Query(d): Query<Done>,
) -> AppResult<SeriesShowPage> {
    let s = own_series(&state, &actor, id).await?;
    let mut page = series_page(&state, c, &actor, &s, None).await?;
    page.done = done_notice(d.done);
    Ok(page)
}

pub async fn update_series(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Id(id): Id,
    ip: ClientIp,
    Form(f): Form<SeriesForm>,
) -> AppResult<Response> {
    let s = own_series(&state, &actor, id).await?;
    let venues = state.store.venues(Some(actor.unit_id)).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let input = match f.check(&venues, &users) {
        Ok(i) => i,
        Err(errors) => {
            let page = series_page(&state, c, &actor, &s, Some((f, errors))).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let today = state.clock.today();
    let old = rule_of(&s);
    let reschedules = input.dtstart != s.dtstart
        || input.minutes != s.minutes
        || input.rrule != s.rrule
        || input.venue_id != s.venue_id;
    let past =
        old.as_ref().filter(|r| r.start.date() < today).and_then(|r| r.ended_on(today - TimeDelta::days(1)).ok());
    let tx = state.store.begin().await?;
    let target = match (reschedules, past) {
        // Sessions already held keep their day, time and venue (and their visit log): the old
        // series ends yesterday and the new schedule starts as a series of its own today at the
        // earliest.
        (true, Some(ended)) => {
            let from_today = SeriesForm { start_date: f.start_date.clone().max(today.to_string()), ..f.clone() };
            let input = match from_today.check(&venues, &users) {
                Ok(i) => i,
                Err(errors) => {
                    drop(tx);
                    let page = series_page(&state, c, &actor, &s, Some((f, errors))).await?;
                    return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
                }
            };
            let kept = SeriesInput {
                venue_id: s.venue_id,
                dtstart: ended.start,
                minutes: ended.minutes,
                rrule: ended.rrule(),
                staff: s.staff.clone(),
            };
            tx.update_series(&s, &kept).await?;
            let new_id = tx.create_series(actor.unit_id, &input).await?.id;
            tx.audit(by(
                &actor,
                &ip,
                AuditAction::DropinSeriesSplit,
                "dropin_series",
                id,
                json!({ "ended": ended.until, "continued_as": new_id, "venue": input.venue_id, "dtstart": input.dtstart, "rrule": input.rrule }),
            ))
            .await?;
            new_id
        }
        _ => {
            tx.update_series(&s, &input).await?;
            // Exceptions for days that are no longer sessions would come back if the change were undone.
            if let Ok(rule) = Rule::from_stored(input.dtstart, input.minutes, input.rrule.as_deref()) {
                for e in state.store.exceptions(&[id]).await? {
                    if rule.occurrence_on(e.occurs_on).is_none() {
                        tx.remove_exception(&s, e.occurs_on).await?;
                    }
                }
            }
            tx.audit(by(
                &actor,
                &ip,
                AuditAction::DropinSeriesUpdate,
                "dropin_series",
                id,
                json!({ "venue": input.venue_id, "dtstart": input.dtstart, "rrule": input.rrule }),
            ))
            .await?;
            id
        }
    };
    tx.commit().await?;
    let done = if target == id { "saved" } else { "split" };
    Ok(Redirect::to(&format!("/sessions/series/{target}?done={done}")).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct EndForm {
    #[serde(default)]
    last_day: String,
}

/// Ends a series after a given day; sessions before it stay as they were.
pub async fn end_series(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Id(id): Id,
    ip: ClientIp,
    Form(f): Form<EndForm>,
) -> AppResult<Response> {
    let s = own_series(&state, &actor, id).await?;
    let rule = rule_of(&s).ok_or(crate::error::AppError::NotFound)?;
    let ended = if rule.repeat == Repeat::Once {
        Err("error-dropin-once-no-end")
    } else {
        parse_date(&f.last_day).and_then(|d| rule.ended_on(d)).map_err(|e| e.message_id)
    };
    let ended = match ended {
        Ok(r) => r,
        Err(message) => {
            let mut page = series_page(&state, c, &actor, &s, None).await?;
            page.end_on = f.last_day;
            page.end_error = Some(message);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let input = SeriesInput {
        venue_id: s.venue_id,
        dtstart: ended.start,
        minutes: ended.minutes,
        rrule: ended.rrule(),
        staff: s.staff.clone(),
    };
    let tx = state.store.begin().await?;
    tx.update_series(&s, &input).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::DropinSeriesEnd,
        "dropin_series",
        id,
        json!({ "last_day": ended.until, "rrule": input.rrule }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/sessions/series/{id}?done=ended")).into_response())
}
