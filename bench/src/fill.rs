//! Filling the benchmark's database: a year of cases, and drop-in series with their exceptions and
//! visit logs, written straight through the store.
use lotsen_domain::ids::{UnitId, UserId};
use std::time::{Duration, Instant};

use lotsen_domain::clock::Clock;
use lotsen_domain::lists::ListKind;
use lotsen_store::Store;

/// Fills `n` cases with one contact each, spread over a year, in batches of plain INSERTs.
pub(crate) async fn fill(store: &Store, unit: UnitId, coordinator: UserId, n: u64) -> anyhow::Result<Duration> {
    let lists = store.lists(unit).await?;
    let ids = |k: ListKind| lists.all(k).iter().map(|e| e.id).collect::<Vec<_>>();
    let (channels, ages, cats) = (ids(ListKind::Channel), ids(ListKind::AgeGroup), ids(ListKind::Category));
    let mode = lists
        .by_code(ListKind::ContactMode, "phone")
        .map(|e| e.id)
        .ok_or_else(|| anyhow::anyhow!("the seed lists hold no phone"))?;
    let start = Instant::now();
    let mut i = 0_u64;
    while i < n {
        let batch = (n - i).min(2_000);
        let mut sql = String::from(
            "INSERT INTO cases (unit_id, channel_id, first_contact_on, age_group_id, main_category_id, \"returning\", residency, coordinator_id, status, created_at, updated_at) VALUES ",
        );
        for j in 0..batch {
            let k = i + j;
            let day = 1 + (k % 365);
            let date = format!("2025-{:02}-{:02}", 1 + (day / 31).min(11), 1 + day % 28);
            let status = if k % 10 < 7 { "closed" } else { "open" };
            if j > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "({unit},{},'{date}',{},{},false,'yes',{coordinator},'{status}',0,0)",
                channels[(k as usize) % channels.len()],
                ages[(k as usize / 7) % ages.len()],
                cats[(k as usize / 3) % cats.len()],
            ));
        }
        store.unsafe_execute(&sql).await?;
        i += batch;
    }
    store
        .unsafe_execute(&format!(
            "INSERT INTO contacts (case_id, on_date, mode_id, minutes, note, author_id, created_at) \
             SELECT id, first_contact_on, {mode}, 30, '', {coordinator}, 0 FROM cases"
        ))
        .await?;
    store.unsafe_execute("ANALYZE").await?;
    Ok(start.elapsed())
}

/// Venues with a weekly series each from three years back, every fifth session cancelled and every
/// seventh moved a day later, and a visit log for every past session.
pub(crate) async fn fill_dropin(store: &Store, unit: UnitId, author: UserId, venues: u32) -> anyhow::Result<usize> {
    use lotsen_domain::dropin::{Schedule, ScheduleInput};
    let today = Clock::system().today();
    let start = (today - chrono::TimeDelta::days(3 * 365)).to_string();
    let days = ["MO", "TU", "WE", "TH", "FR"];
    let mut exceptions = 0;
    let tx = store.begin().await?;
    for v in 0..venues {
        let venue_id = tx
            .create_venue(
                unit,
                &lotsen_store::VenueInput {
                    name: format!("Plats {v}"),
                    room: "Rum 1".into(),
                    address: format!("Gatan {v}"),
                    description_sv: "Drop-in utan tidsbokning.".into(),
                    ..Default::default()
                },
            )
            .await?;
        let day = [days[v as usize % days.len()].to_owned()];
        let rule = Schedule::parse(&ScheduleInput {
            start_date: &start,
            start_time: "10:00",
            end_time: "12:00",
            repeat: if v % 2 == 0 { "weekly" } else { "biweekly" },
            weekdays: &day,
            ..Default::default()
        })
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let series = tx
            .create_series(
                unit,
                &lotsen_store::SeriesInput {
                    venue_id,
                    dtstart: rule.start,
                    minutes: rule.minutes,
                    rrule: rule.rrule(),
                    staff: vec![author],
                },
            )
            .await?;
        let all = rule.occurrence_starts(rule.start.date(), today + chrono::TimeDelta::days(365));
        for (k, s) in all.iter().enumerate() {
            let moved = k % 7 == 3;
            if k % 5 == 2 || moved {
                let next = s.date().succ_opt().unwrap_or(s.date()).and_time(s.time());
                tx.put_exception(
                    &series,
                    &lotsen_store::ExceptionRecord {
                        series_id: series.id,
                        occurs_on: s.date(),
                        status: if moved { "moved" } else { "cancelled" }.into(),
                        reason: "Sjukdom".into(),
                        new_start: moved.then_some(next),
                        new_end: moved.then_some(next + chrono::TimeDelta::hours(2)),
                        new_venue_id: moved.then_some(venue_id),
                        updated_at: 0,
                    },
                    author,
                )
                .await?;
                exceptions += 1;
            } else if s.date() < today {
                tx.put_visit(
                    &series,
                    &lotsen_store::VisitRecord {
                        series_id: series.id,
                        occurs_on: s.date(),
                        venue_id,
                        visitors: (k % 6) as i32,
                        staff: vec![author],
                        recorded_by: author,
                        updated_at: 0,
                    },
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(exceptions)
}
