//! Staff pages for drop-in times: the overview, venues and series. Admins and managers plan
//! (venues, series); coordinators run sessions (see `occurrence`).
//!
//! This module is the overview; [`venue`] edits venues, [`series_form`] reads the series form and
//! [`series`] shows, creates, changes and ends series.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::TimeDelta;
use lotsen_domain::dropin::Occurrence;
use lotsen_domain::dropin::{Repeat, Schedule as Rule};
use lotsen_domain::ids::{UnitId, UserId};
use lotsen_store::{UserRecord, VenueRecord};
use serde::Deserialize;

use super::{Schedule, SessionView, rule_of, session_view, venue_map};
use crate::auth::Staff;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::pages::Chrome;
use crate::state::AppState;

mod series;
mod series_form;
mod venue;

pub use series::{
    EndForm, NewSeriesQuery, SeriesPage, SeriesShowPage, create_series, end_series, new_series, show_series,
    update_series,
};
pub use series_form::SeriesForm;
pub use venue::{VenueForm, VenuePage, create_venue, edit_venue, new_venue, update_venue};

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
    unit_id: UnitId,
    done: String,
}

fn staff_names(users: &[UserRecord], ids: &[UserId]) -> String {
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
