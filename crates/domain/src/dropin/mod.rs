//! Drop-in times ("drop-in-tider"): a series is an RFC 5545 recurrence rule in Europe/Stockholm
//! local time, expanded by the `rrule` crate (no date arithmetic of our own), so a session at 12:30
//! stays at 12:30 across the spring and autumn clock changes. Exceptions cancel or move single
//! occurrences, each named by the local date it originally falls on.
mod fields;
mod plan;
mod schedule;
mod text;

pub use fields::{Repeat, WEEKDAYS, WEEKS_OF_MONTH, parse_date, parse_span, parse_time, parse_weekday, weekday_code};
pub use plan::{Change, Exception, Expansion, MAX_MOVE_DAYS, Occurrence, Plan, Status};
pub use schedule::{Schedule, ScheduleInput, to_instant};
pub use text::{parse_coordinates, parse_line, parse_reason, parse_text, parse_visitors};

/// The time zone every drop-in time is planned in.
pub const TZID: &str = "Europe/Stockholm";

/// The longest a single session may last; longer is almost certainly a typing mistake.
pub const MAX_MINUTES: i64 = 12 * 60;

/// The most occurrences a series may be limited to by count.
pub const MAX_COUNT: u32 = 520;

#[cfg(test)]
mod tests;
