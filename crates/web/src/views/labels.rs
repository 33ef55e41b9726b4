//! Labels several areas' pages write the same way: a report figure's name, a language's name, when
//! a service opens, visitors per drop-in session, a staff member's name.
use chrono::{Datelike, NaiveDateTime, Timelike};
use lotsen_app::dropin::stats::VenueFigures;
use lotsen_domain::ids::UserId;
use lotsen_domain::locale::Locale;
use lotsen_domain::report::figures::{CONTACT_BUCKETS, RowKey, TIME_BUCKETS};
use lotsen_store::{Lists, UserRecord};

use crate::i18n::Tr;

/// A staff member's name as pages show it; `#id` for an account no longer among `users`.
pub fn user_name(users: &[UserRecord], id: UserId) -> String {
    users.iter().find(|u| u.id == id).map_or_else(|| format!("#{id}"), |u| u.display_name.clone())
}

/// The label of a figure in `t`'s language.
pub fn row_label(key: &RowKey, lists: &Lists, t: &Tr) -> String {
    match key {
        RowKey::Handled => t.get("report-handled"),
        RowKey::Closed => t.get("report-closed"),
        RowKey::Returning => t.get("report-returning"),
        RowKey::ReturnedFor(r) => {
            t.get(format!("returning-reason-{}", r.map_or("not_given", lotsen_domain::case::ReturningReason::as_str)))
        }
        RowKey::AdviceOnly => t.get("report-advice-only"),
        RowKey::Contacts(b) => t.get(format!("report-contacts-{}", CONTACT_BUCKETS[usize::from(*b).min(2)])),
        RowKey::Time(b) => t.get(format!("report-time-{}", TIME_BUCKETS[usize::from(*b).min(2)])),
        RowKey::Referrals => t.get("report-referrals-all"),
        RowKey::Group(g) => t.get(format!("group-{g}")),
        RowKey::State(s) => t.get(format!("report-state-{}", s.code())),
        RowKey::FollowUps => t.get("report-follow-ups-all"),
        RowKey::FollowUp(o) => t.get(format!("follow-up-outcome-{}", o.as_str())),
        // A channel, a category, a destination, …: the entry's label.
        _ => key.entry().map_or_else(String::new, |id| crate::forms::label(lists, id, t.locale)),
    }
}

/// A language's name in the page's language for the three Lotsen speaks; else the name given.
pub fn language_name(t: &Tr, code: &str, given: &str) -> String {
    match code {
        "sv" | "en" | "ar" => t.get(format!("directory-language-{code}")),
        _ if !given.is_empty() => given.to_owned(),
        _ => code.to_owned(),
    }
}

fn hhmm(d: NaiveDateTime) -> String {
    format!("{:02}:{:02}", d.hour(), d.minute())
}

/// "Öppet nu, till 12:00", "Öppnar torsdag 09:00", or nothing when nothing is known.
pub fn open_when(t: &Tr, open: Option<(NaiveDateTime, NaiveDateTime)>, now: NaiveDateTime) -> String {
    match open {
        Some((o, c)) if o <= now => t.args("suggest-open-now", &[("closes", hhmm(c))]),
        Some((o, _)) if o.date() == now.date() => t.args("suggest-opens-today", &[("time", hhmm(o))]),
        Some((o, _)) => t.args(
            "suggest-opens",
            &[("day", t.get(format!("weekday-{}", o.weekday().number_from_monday()))), ("time", hhmm(o))],
        ),
        None => String::new(),
    }
}

/// Visitors per logged session at a venue, one decimal, with the language's decimal sign.
pub fn per_session(locale: Locale, f: &VenueFigures) -> String {
    f.per_session().map_or_else(|| "–".to_owned(), |v| crate::i18n::decimal(locale, v))
}
