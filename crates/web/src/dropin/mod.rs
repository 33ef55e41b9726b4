//! Drop-in times: venues and session series for staff, the public schedule, the iCalendar feed,
//! the JSON API, the visit log and its statistics.
//!
//! One function, `lotsen_app::dropin::Schedule::load`, turns the stored series and exceptions into sessions; the
//! public page, the JSON API and the feed all list what it gives, so they cannot disagree.
pub mod feed;
pub mod json;
pub mod manage;
pub mod occurrence;
pub mod public;
pub mod stats;

pub use lotsen_app::dropin::{Schedule, plan_of, rule_of};

pub use crate::views::sessions::{SessionView, day_label, description, session_view, time_span, venue_map};

/// How far ahead the public page looks by default, and at most.
pub const DEFAULT_WEEKS: i64 = 6;
pub const MAX_WEEKS: i64 = 26;

/// The notices a drop-in page may show after a change; anything else in `?done=` is ignored.
pub fn done_notice(done: Option<String>) -> String {
    const KNOWN: [&str; 9] =
        ["venue", "created", "saved", "ended", "split", "cancelled", "moved", "restored", "logged"];
    done.filter(|d| KNOWN.contains(&d.as_str())).unwrap_or_default()
}
