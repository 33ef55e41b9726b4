//! Staff pages for drop-in times: the overview, venues and series. Admins and managers plan
//! (venues, series); coordinators run sessions (see `occurrence`).
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::TimeDelta;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::dropin::Occurrence;
use lotsen_domain::dropin::{
    Repeat, Schedule as Rule, ScheduleInput, WEEKDAYS, WEEKS_OF_MONTH, parse_coordinates, parse_date, parse_line,
    parse_text, weekday_code,
};
use lotsen_store::{SeriesInput, SeriesRecord, UserRecord, VenueInput, VenueRecord};
use serde::Deserialize;
use serde_json::json;

use super::{Schedule, SessionView, rule_of, session_view, venue_map};
use crate::audit_log::by;
use crate::auth::{Actor, PlansDropin, Staff};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::i18n::Tr;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// A series in words: "Every other Tuesday, 10:00–12:00".
pub fn describe(t: &Tr, r: &Rule) -> String {
    let days: Vec<String> = r.weekdays.iter().map(|d| t.get(format!("weekday-{}", d.number_from_monday()))).collect();
    let days = days.join(", ");
    let time = format!("{}–{}", r.start.format("%H:%M"), r.end_time().format("%H:%M"));
    let what = match r.repeat {
        Repeat::Once => super::day_label(t, r.start.date()),
        Repeat::Weekly => t.arg("dropin-rule-weekly", "days", days),
        Repeat::EveryOtherWeek => t.arg("dropin-rule-biweekly", "days", days),
        Repeat::Monthly => t.args(
            "dropin-rule-monthly",
            &[("days", days), ("nth", t.get(format!("dropin-nth-{}", r.week_of_month.unwrap_or(1))))],
        ),
    };
    let mut s = format!("{what}, {time}");
    if r.repeat != Repeat::Once {
        s.push_str(&format!(" · {}", t.arg("dropin-rule-from", "date", r.start.date())));
        if let Some(u) = r.until {
            s.push_str(&format!(" · {}", t.arg("dropin-rule-until", "date", u)));
        }
        if let Some(n) = r.count {
            s.push_str(&format!(" · {}", t.count("dropin-rule-count", n)));
        }
    }
    s
}

pub struct SeriesRow {
    pub id: i64,
    pub venue: String,
    pub rule: String,
    pub staff: String,
    pub ended: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/overview.html")]
pub struct OverviewPage {
    c: Chrome,
    plans: bool,
    today: Vec<SessionView>,
    recent: Vec<(SessionView, Option<i32>)>,
    coming: Vec<SessionView>,
    series: Vec<SeriesRow>,
    venues: Vec<VenueRecord>,
    unit_id: i64,
    done: String,
}

fn staff_names(users: &[UserRecord], ids: &[i64]) -> String {
    users.iter().filter(|u| ids.contains(&u.id)).map(|u| u.display_name.as_str()).collect::<Vec<_>>().join(", ")
}

/// The unit's drop-in: today's sessions, the last weeks to log, what is coming, series and venues.
pub async fn overview(
    State(state): State<AppState>,
    c: Chrome,
    Staff(actor): Staff,
    Query(d): Query<Done>,
) -> AppResult<OverviewPage> {
    let today = state.clock.today();
    let s = Schedule::load_window(
        &state.store,
        Some(actor.unit_id),
        today - TimeDelta::days(28),
        today + TimeDelta::days(28),
    )
    .await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let map = venue_map(&s.venues);
    let visits = state.store.visits(actor.unit_id, today - TimeDelta::days(28), today).await?;
    let view = |o: &Occurrence| session_view(&c.t, o, &map);
    let today_list = s.sessions(today, today, None).iter().map(view).collect();
    let recent = s
        .sessions(today - TimeDelta::days(28), today - TimeDelta::days(1), None)
        .iter()
        .rev()
        .map(|o| {
            let logged = visits.iter().find(|v| v.series_id == o.series_id && v.occurs_on == o.on).map(|v| v.visitors);
            (view(o), logged)
        })
        .collect();
    let coming = s.sessions(today + TimeDelta::days(1), today + TimeDelta::days(28), None).iter().map(view).collect();
    let series = s
        .series
        .iter()
        .filter_map(|r| {
            let rule = rule_of(r)?;
            let ended = s.plan(r.id).is_none_or(|p| p.originals(today, today + TimeDelta::days(800)).is_empty());
            Some(SeriesRow {
                id: r.id,
                venue: s.venue(r.venue_id).map(|v| v.name.clone()).unwrap_or_default(),
                rule: describe(&c.t, &rule),
                staff: staff_names(&users, &r.staff),
                ended,
            })
        })
        .collect();
    Ok(OverviewPage {
        plans: actor.role.plans_dropin(),
        today: today_list,
        recent,
        coming,
        series,
        venues: s.venues.clone(),
        unit_id: actor.unit_id,
        done: super::done_notice(d.done),
        c,
    })
}

// ---------------------------------------------------------------------------------------------
// Venues

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    #[serde(rename = "venue_name")]
    name: String,
    address: String,
    room: String,
    coordinates: String,
    accessibility: String,
    partners: String,
    description_sv: String,
    description_en: String,
    description_ar: String,
}

impl VenueForm {
    fn of(v: &VenueRecord) -> Self {
        Self {
            name: v.name.clone(),
            address: v.address.clone(),
            room: v.room.clone(),
            coordinates: v.coordinates.clone().unwrap_or_default(),
            accessibility: v.accessibility.clone(),
            partners: v.partners.clone(),
            description_sv: v.description_sv.clone(),
            description_en: v.description_en.clone(),
            description_ar: v.description_ar.clone(),
        }
    }

    /// Checks the form; nothing is saved on any error.
    pub fn check(&self) -> Result<VenueInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let name = e.check("venue_name", parse_line(&self.name, 120));
        if name.as_deref() == Some("") {
            e.add("venue_name", "error-required");
        }
        let room = e.check("room", parse_line(&self.room, 120));
        let address = e.check("address", parse_text(&self.address, 300));
        let coordinates = e
            .check("coordinates", parse_coordinates(&self.coordinates))
            .map(|c| c.map(|(a, b)| format!("{a:.6}, {b:.6}")));
        let accessibility = e.check("accessibility", parse_text(&self.accessibility, 1000));
        let partners = e.check("partners", parse_text(&self.partners, 1000));
        let description_sv = e.check("description_sv", parse_text(&self.description_sv, 2000));
        let description_en = e.check("description_en", parse_text(&self.description_en, 2000));
        let description_ar = e.check("description_ar", parse_text(&self.description_ar, 2000));
        match (
            name,
            room,
            address,
            coordinates,
            accessibility,
            partners,
            description_sv,
            description_en,
            description_ar,
        ) {
            (
                Some(name),
                Some(room),
                Some(address),
                Some(coordinates),
                Some(accessibility),
                Some(partners),
                Some(sv),
                Some(en),
                Some(ar),
            ) if e.is_empty() => Ok(VenueInput {
                name,
                address,
                room,
                coordinates,
                accessibility,
                partners,
                description_sv: sv,
                description_en: en,
                description_ar: ar,
            }),
            _ => Err(e),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "dropin/venue_form.html")]
pub struct VenuePage {
    c: Chrome,
    id: Option<i64>,
    f: VenueForm,
    errors: FieldErrors,
}

pub async fn new_venue(c: Chrome, PlansDropin(_): PlansDropin) -> VenuePage {
    VenuePage { c, id: None, f: VenueForm::default(), errors: FieldErrors::default() }
}

pub async fn create_venue(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    ip: ClientIp,
    Form(f): Form<VenueForm>,
) -> AppResult<Response> {
    let input = match f.check() {
        Ok(i) => i,
        Err(errors) => {
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, VenuePage { c, id: None, f, errors }).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let id = tx.create_venue(actor.unit_id, &input).await?;
    tx.audit(by(&actor, &ip, AuditAction::VenueCreate, "venue", id, json!({ "name": input.name }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/sessions?done=venue").into_response())
}

async fn own_venue(state: &AppState, actor: &Actor, id: i64) -> AppResult<VenueRecord> {
    let v = state.store.venue(id).await?;
    actor.check_unit(v.unit_id)?;
    Ok(v)
}

pub async fn edit_venue(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Id(id): Id,
) -> AppResult<VenuePage> {
    let v = own_venue(&state, &actor, id).await?;
    Ok(VenuePage { c, id: Some(id), f: VenueForm::of(&v), errors: FieldErrors::default() })
}

pub async fn update_venue(
    State(state): State<AppState>,
    c: Chrome,
    PlansDropin(actor): PlansDropin,
    Id(id): Id,
    ip: ClientIp,
    Form(f): Form<VenueForm>,
) -> AppResult<Response> {
    own_venue(&state, &actor, id).await?;
    let input = match f.check() {
        Ok(i) => i,
        Err(errors) => {
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, VenuePage { c, id: Some(id), f, errors }).into_response());
        }
    };
    let tx = state.store.begin().await?;
    tx.update_venue(id, &input).await?;
    tx.bump_series_at_venue(id).await?;
    tx.audit(by(&actor, &ip, AuditAction::VenueUpdate, "venue", id, json!({ "name": input.name }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/sessions?done=venue").into_response())
}

// ---------------------------------------------------------------------------------------------
// Series

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SeriesForm {
    venue: String,
    repeat: String,
    weekdays: Vec<String>,
    week_of_month: String,
    start_date: String,
    start_time: String,
    end_time: String,
    until: String,
    count: String,
    staff: Vec<String>,
}

impl SeriesForm {
    fn of(s: &SeriesRecord, r: &Rule) -> Self {
        Self {
            venue: s.venue_id.to_string(),
            repeat: r.repeat.as_str().to_owned(),
            weekdays: r.weekdays.iter().map(|d| weekday_code(*d).to_owned()).collect(),
            week_of_month: r.week_of_month.map(|n| n.to_string()).unwrap_or_default(),
            start_date: r.start.date().to_string(),
            start_time: r.start.format("%H:%M").to_string(),
            end_time: r.end_time().format("%H:%M").to_string(),
            until: r.until.map(|u| u.to_string()).unwrap_or_default(),
            count: r.count.map(|n| n.to_string()).unwrap_or_default(),
            staff: s.staff.iter().map(|i| i.to_string()).collect(),
        }
    }

    /// Checks the form against the unit's venues and staff. Nothing is saved on any error.
    pub fn check(&self, venues: &[VenueRecord], users: &[UserRecord]) -> Result<SeriesInput, FieldErrors> {
        let mut errors = FieldErrors::default();
        let venue = self.venue.trim().parse::<i64>().ok().filter(|v| venues.iter().any(|x| x.id == *v));
        if venue.is_none() {
            errors.add("venue", "error-dropin-venue");
        }
        let rule = Rule::parse(&ScheduleInput {
            start_date: &self.start_date,
            start_time: &self.start_time,
            end_time: &self.end_time,
            repeat: &self.repeat,
            weekdays: &self.weekdays,
            week_of_month: &self.week_of_month,
            until: &self.until,
            count: &self.count,
        });
        let rule = match rule {
            Ok(r) => Some(r),
            Err(list) => {
                for (field, e) in list {
                    errors.add(field, e.message_id);
                }
                None
            }
        };
        let mut staff = Vec::new();
        for raw in &self.staff {
            match raw.trim().parse::<i64>().ok().filter(|id| users.iter().any(|u| u.id == *id && !u.disabled)) {
                Some(id) if !staff.contains(&id) => staff.push(id),
                Some(_) => {}
                None => errors.add("staff", "error-choose"),
            }
        }
        match (venue, rule, errors.is_empty()) {
            (Some(venue_id), Some(r), true) => {
                Ok(SeriesInput { venue_id, dtstart: r.start, minutes: r.minutes, rrule: r.rrule(), staff })
            }
            _ => Err(errors),
        }
    }
}

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
    let id = tx.create_series(actor.unit_id, &input).await?;
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

async fn own_series(state: &AppState, actor: &Actor, id: i64) -> AppResult<SeriesRecord> {
    let s = state.store.series(id).await?;
    actor.check_unit(s.unit_id)?;
    Ok(s)
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
    page.done = super::done_notice(d.done);
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
            tx.update_series(id, &kept).await?;
            let new_id = tx.create_series(actor.unit_id, &input).await?;
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
            tx.update_series(id, &input).await?;
            // Exceptions for days that are no longer sessions would come back if the change were undone.
            if let Ok(rule) = Rule::from_stored(input.dtstart, input.minutes, input.rrule.as_deref()) {
                for e in state.store.exceptions(&[id]).await? {
                    if rule.occurrence_on(e.occurs_on).is_none() {
                        tx.remove_exception(id, e.occurs_on).await?;
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
    tx.update_series(id, &input).await?;
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
