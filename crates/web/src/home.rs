//! The start page after signing in: the way to register a case, and the follow-ups due.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use lotsen_domain::ids::CaseId;

use chrono::Datelike;
use lotsen_app::dropin::Schedule;
use lotsen_app::report::goals::{self, GoalOf};

use crate::auth::Staff;
use crate::error::AppResult;
use crate::i18n::{Tr, percent};
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::sessions::{SessionView, session_view, venue_map};

/// A running agreement of extended contact the signed-in staff member keeps.
pub struct ExtendedDue {
    pub case_id: CaseId,
    /// The last day of the current period, when no check-in has reached the resident in it.
    pub due_by: Option<String>,
    /// The first day of the next period, when the current one is kept.
    pub next_from: Option<String>,
    /// Periods missed one after the other up to now.
    pub missed: usize,
    pub last_held: Option<String>,
}

pub struct DueView {
    pub case_id: CaseId,
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
    /// Extended contact the staff member keeps: check-ins due first.
    extended: Vec<ExtendedDue>,
    /// Today's drop-in sessions of the unit.
    sessions: Vec<SessionView>,
    /// Contact-form requests waiting for someone.
    waiting: u64,
    /// Whose they are and how long they have waited.
    intake: Vec<IntakeLine>,
    /// The unit's goals over the last quarters (managers and analysts).
    goals: Option<Trends>,
}

/// One quarter's share: as printed (a dash when too few to say) and whether the goal was met.
pub struct GoalCell {
    pub value: String,
    /// The message id of "met" / "not met", empty when there is no share.
    pub status: &'static str,
    pub met: bool,
}

pub struct GoalRow {
    pub label: String,
    pub goal: String,
    /// Per quarter, oldest first.
    pub cells: Vec<GoalCell>,
    /// Message id of the change between the last two quarters with a share.
    pub trend: &'static str,
}

/// The goals' table.
pub struct Trends {
    /// The quarters' names, oldest first.
    pub quarters: Vec<String>,
    pub rows: Vec<GoalRow>,
}

fn trend(values: &[Option<i64>]) -> &'static str {
    let known: Vec<i64> = values.iter().flatten().copied().collect();
    match known.as_slice() {
        [.., a, b] if b > a => "report-trend-up",
        [.., a, b] if b < a => "report-trend-down",
        [.., _, _] => "report-trend-same",
        _ => "report-trend-unknown",
    }
}

fn trends(t: &Tr, g: goals::Trends) -> Trends {
    let l = t.locale;
    let quarters = g
        .quarters
        .iter()
        .map(|from| {
            t.args(
                "survey-period-quarter",
                &[("n", ((from.month() - 1) / 3 + 1).to_string()), ("year", from.year().to_string())],
            )
        })
        .collect();
    let rows = g
        .goals
        .into_iter()
        .map(|goal| GoalRow {
            label: match goal.of {
                GoalOf::Question { question, survey } => format!("{question} – {survey}"),
                GoalOf::Applications => t.get("report-applications-share"),
            },
            goal: percent(l, goal.goal),
            cells: goal
                .shares
                .iter()
                .map(|s| GoalCell {
                    value: s.map_or_else(|| "–".to_owned(), |v| percent(l, v)),
                    status: match s {
                        Some(v) if *v >= goal.goal => "survey-goal-met",
                        Some(_) => "survey-goal-not-met",
                        None => "",
                    },
                    met: s.is_some_and(|v| v >= goal.goal),
                })
                .collect(),
            trend: trend(&goal.shares),
        })
        .collect();
    Trends { quarters, rows }
}

/// Open contact-form requests per coordinator who has taken them (`None`: not taken yet).
pub struct IntakeLine {
    pub who: Option<String>,
    pub count: usize,
    /// Whole days the oldest of them has waited.
    pub oldest_days: i64,
}

/// The start page's summary of the intake list: the requests no one has taken first, then per
/// coordinator, each with how long the oldest has waited.
fn intake_lines(open: &[lotsen_store::InquiryRecord], users: &[lotsen_store::UserRecord], now: i64) -> Vec<IntakeLine> {
    let mut lines: Vec<(Option<lotsen_domain::ids::UserId>, IntakeLine)> = Vec::new();
    for r in open {
        let days = (now - r.received_at).max(0) / 86_400;
        match lines.iter_mut().find(|(u, _)| *u == r.claimed_by) {
            Some((_, l)) => {
                l.count += 1;
                l.oldest_days = l.oldest_days.max(days);
            }
            None => lines.push((
                r.claimed_by,
                IntakeLine {
                    who: r.claimed_by.map(|u| crate::views::labels::user_name(users, u)),
                    count: 1,
                    oldest_days: days,
                },
            )),
        }
    }
    lines.sort_by_key(|(u, l)| (u.is_some(), l.who.clone()));
    lines.into_iter().map(|(_, l)| l).collect()
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
    let extended = if works_cases {
        lotsen_app::extended::due_for(&state.store, actor.unit_id, actor.user_id, today)
            .await?
            .into_iter()
            .map(|d| ExtendedDue {
                case_id: d.agreement.case_id,
                due_by: d.standing.open().map(|p| p.due_by().to_string()),
                next_from: d.standing.next_from.map(|n| n.to_string()),
                missed: d.standing.missed_in_a_row(),
                last_held: d.last_held.map(|n| n.to_string()),
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
    let (waiting, intake) = if works_cases {
        let n = state.store.open_inquiries(actor.unit_id, lotsen_domain::inquiry::Kind::Request).await?;
        let open = state
            .store
            .inquiries(actor.unit_id, lotsen_domain::inquiry::Kind::Request, lotsen_store::Shown::Open, 500)
            .await?;
        let users = state.store.users(Some(actor.unit_id)).await?;
        (n, intake_lines(&open, &users, state.clock.timestamp()))
    } else {
        (0, Vec::new())
    };
    let goals = if actor.role.reads_report() && actor.role != lotsen_domain::role::Role::Coordinator {
        Some(trends(&c.t, goals::trends(&state.store, actor.unit_id, c.t.locale, today).await?))
    } else {
        None
    };
    Ok(HomePage {
        c,
        name: actor.display_name,
        unit: actor.unit_name,
        works_cases,
        due,
        extended,
        sessions,
        waiting,
        intake,
        goals,
    })
}

#[cfg(test)]
mod tests {
    use super::trend;

    #[test]
    fn the_trend_compares_the_last_two_quarters_with_a_share() {
        assert_eq!(trend(&[Some(600), None, Some(700), Some(650)]), "report-trend-down");
        assert_eq!(trend(&[Some(600), Some(700), None, None]), "report-trend-up");
        assert_eq!(trend(&[None, None, Some(700), None]), "report-trend-unknown");
    }
}
