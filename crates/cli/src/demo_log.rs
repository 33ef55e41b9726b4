//! The demo's documented record in use: journal notes on the returning resident's latest case
//! (one names a neighbour, to be masked in a records request), and last month's views of
//! identified data for the monthly log review: the coordinator's in working hours, the manager's of
//! a case she is not responsible for, and one late in the evening. The views are made through the
//! application as they would have been made then, each with its audit row.
use chrono::{Datelike, Days, NaiveDate, Weekday};
use lotsen_app::Caller;
use lotsen_domain::clock::Clock;
use lotsen_domain::ids::PersonId;
use lotsen_domain::log_review::Month;
use lotsen_domain::records::journal::NoteText;
use lotsen_store::{CaseRecord, Scoped, Store, UserRecord};

const NOTES: &[&str] = &[
    "Amina kom till drop-in på biblioteket med sin syster. Vi gick igenom hyresavin och ett brev från Försäkringskassan. Hon vill ha hjälp att söka bostadsbidrag.",
    "Ringde Amina med tolk. Grannen Bertil Svensson har klagat hos hyresvärden; Amina vill inte att det ska påverka ansökan. Bokade ny tid på fredag.",
];

fn caller(u: &UserRecord) -> Caller {
    Caller { user_id: u.id, username: u.username.clone(), unit_id: u.unit_id, ip: "demo".into() }
}

/// The store as it was at `hh:mm` on `day` in Stockholm.
fn at(store: &Store, day: NaiveDate, hh: u32, mm: u32) -> Store {
    store.clone().with_clock(Clock::at_stockholm(day.and_hms_opt(hh, mm, 0).unwrap_or_default()))
}

pub async fn fill(
    store: &Store,
    cases: &[(PersonId, Scoped<CaseRecord>)],
    coordinator: &UserRecord,
    manager: &UserRecord,
    key: &[u8; 32],
    today: NaiveDate,
) -> anyhow::Result<()> {
    let Some((person, case)) = cases.iter().rev().find(|(p, _)| cases.iter().filter(|(q, _)| q == p).count() > 1)
    else {
        return Ok(());
    };
    let (c, m) = (caller(coordinator), caller(manager));
    for (i, text) in NOTES.iter().enumerate() {
        let on =
            case.first_contact_on.checked_add_days(Days::new(i as u64 * 3)).unwrap_or(case.first_contact_on).min(today);
        let text = NoteText::parse(text).map_err(|e| anyhow::anyhow!("demo note: {}", e.message_id))?;
        lotsen_app::journal::write(store, &c, key, case, on, &text, None).await?;
    }
    // Last month: the coordinator looks at her resident on most weekdays, the manager once, and
    // the coordinator once late in the evening.
    let month = Month::of(today).previous();
    let mut day = month.first_day();
    while day < month.end() {
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !day.day().is_multiple_of(3) {
            lotsen_app::person::open(&at(store, day, 10, 15), &c, key, *person).await?;
        }
        day = day.succ_opt().unwrap_or(month.end());
    }
    // The resident's first case was open then.
    let first = cases.iter().find(|(p, _)| p == person).map_or(case, |(_, c)| c);
    let mid = month.first_day().checked_add_days(Days::new(14)).unwrap_or(month.first_day());
    lotsen_app::journal::read(&at(store, mid, 13, 40), &m, key, first).await?;
    lotsen_app::journal::read(&at(store, mid, 21, 50), &c, key, first).await?;
    Ok(())
}
