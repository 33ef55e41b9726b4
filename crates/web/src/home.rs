//! The start page after signing in: the way to register a case, and the follow-ups due.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use crate::auth::Staff;
use lotsen_app::dropin::Schedule;

use crate::dropin::{SessionView, session_view, venue_map};
use crate::error::AppResult;
use crate::pages::Chrome;
use crate::state::AppState;

pub struct DueView {
    pub case_id: i64,
    pub due_on: String,
    pub overdue: bool,
    pub today: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    c: Chrome,
    name: String,
    unit: String,
    works_cases: bool,
    due: Vec<DueView>,
    /// Today's drop-in sessions of the unit.
    sessions: Vec<SessionView>,
    /// Contact-form requests waiting for someone.
    waiting: u64,
    /// The unit's goals over the last quarters (managers and analysts).
    goals: Option<crate::report::goals::Trends>,
}

pub async fn show(State(state): State<AppState>, c: Chrome, Staff(actor): Staff) -> AppResult<HomePage> {
    let works_cases = actor.role.works_cases();
    let today = state.clock.today();
    let due = if works_cases {
        state
            .store
            .open_follow_ups(actor.user_id, 20)
            .await?
            .into_iter()
            .map(|f| DueView {
                case_id: f.case_id,
                due_on: f.due_on.to_string(),
                overdue: f.due_on < today,
                today: f.due_on == today,
            })
            .collect()
    } else {
        Vec::new()
    };
    let sessions = if actor.role.runs_dropin() {
        let s = Schedule::load_window(&state.store, Some(actor.unit_id), today, today).await?;
        let map = venue_map(&s.venues);
        s.sessions(today, today, None).iter().map(|o| session_view(&c.t, o, &map)).collect()
    } else {
        Vec::new()
    };
    let waiting = if works_cases {
        state.store.open_inquiries(actor.unit_id, lotsen_domain::inquiry::Kind::Request).await?
    } else {
        0
    };
    let goals = if actor.role.reads_report() && actor.role != lotsen_domain::role::Role::Coordinator {
        Some(crate::report::goals::trends(&state, actor.unit_id, &c.t, today).await?)
    } else {
        None
    };
    Ok(HomePage { c, name: actor.display_name, unit: actor.unit_name, works_cases, due, sessions, waiting, goals })
}
