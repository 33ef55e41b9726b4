//! The effect report at scale: a unit with 100,000 and 1,000,000 cases spread over ten years
//! (closed within two months of the first contact, the last two months still open), each with a
//! contact, a third with a secondary category, two in five with a referral, half with a follow-up;
//! forty drop-in venues. Measured through the real server (`GET /api/v1/report`, the whole report
//! with the previous period, drop-in, outreach, surveys and money), beside the floor: one plain
//! pass over the same tables (`COUNT(*)` over cases, case categories, referrals, follow-ups and
//! contacts of the unit).
use lotsen_domain::ids::{ListEntryId, UnitId, UserId};
use std::time::{Duration, Instant};

use chrono::{Datelike, TimeDelta};
use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::lists::ListKind;
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewUser, Store};
use lotsen_web::{AppState, WebSettings};

use crate::PASSWORD;
use crate::fill::fill_dropin;
use crate::load::login;

/// Years the cases are spread over, ending yesterday.
const YEARS: i64 = 10;

async fn fill(store: &Store, unit: UnitId, coordinator: UserId, n: u64) -> anyhow::Result<Duration> {
    let lists = store.lists(unit).await?;
    let ids = |k: ListKind| lists.all(k).iter().map(|e| e.id).collect::<Vec<_>>();
    let (channels, ages, cats) = (ids(ListKind::Channel), ids(ListKind::AgeGroup), ids(ListKind::Category));
    let (dests, kinds, outcomes) =
        (ids(ListKind::ReferralDestination), ids(ListKind::ReferralKind), ids(ListKind::ClosingOutcome));
    let mode = lists
        .by_code(ListKind::ContactMode, "phone")
        .map(|e| e.id)
        .ok_or_else(|| anyhow::anyhow!("the seed lists hold no phone"))?;
    let today = lotsen_domain::clock::Clock::system().today();
    let first_day = today - TimeDelta::days(365 * YEARS);
    let span = (today - first_day).num_days() as u64;
    let start = Instant::now();
    let mut i = 0_u64;
    while i < n {
        let batch = (n - i).min(2_000);
        let mut sql = String::from(
            "INSERT INTO cases (unit_id, channel_id, first_contact_on, age_group_id, main_category_id, \"returning\", \
             residency, coordinator_id, status, closed_on, closing_outcome_id, contact_count, contact_minutes, \
             wait_days, support_days, created_at, updated_at) VALUES ",
        );
        for j in 0..batch {
            let k = i + j;
            // Evenly over the years, in order of id like real registrations.
            let first = first_day + TimeDelta::days((k * span / n) as i64);
            let closed = first + TimeDelta::days((k % 60) as i64);
            let open = closed > today - TimeDelta::days(1) || first > today - TimeDelta::days(60);
            if j > 0 {
                sql.push(',');
            }
            let (closed_on, outcome, status) = if open {
                ("NULL".to_owned(), "NULL".to_owned(), "open")
            } else {
                (format!("'{closed}'"), outcomes[(k as usize / 5) % outcomes.len()].to_string(), "closed")
            };
            let wait = if k.is_multiple_of(4) { "NULL".to_owned() } else { (k % 21).to_string() };
            let support = if k % 5 < 2 { ((k % 50) + 5).to_string() } else { "NULL".to_owned() };
            sql.push_str(&format!(
                "({unit},{},'{first}',{},{},{},'yes',{coordinator},'{status}',{closed_on},{outcome},{},{},{wait},{support},0,0)",
                channels[(k as usize) % channels.len()],
                ages[(k as usize / 7) % ages.len()],
                cats[(k as usize / 3) % cats.len()],
                if k.is_multiple_of(13) { "true" } else { "false" },
                1 + k % 7,
                (k * 37) % 400,
            ));
        }
        store.unsafe_execute(&sql).await?;
        i += batch;
    }
    let case_when = |list: &[ListEntryId], modulo: &str| {
        let mut s = format!("CASE {modulo} ");
        for (n, id) in list.iter().enumerate() {
            s.push_str(&format!("WHEN {n} THEN {id} "));
        }
        s.push_str(&format!("ELSE {} END", list[0]));
        s
    };
    let statements = [
        format!(
            "INSERT INTO contacts (case_id, on_date, mode_id, minutes, note, author_id, created_at) \
             SELECT id, first_contact_on, {mode}, 30, '', {coordinator}, 0 FROM cases WHERE unit_id = {unit}"
        ),
        format!(
            "INSERT INTO case_categories (case_id, category_id) SELECT id, {} FROM cases \
             WHERE unit_id = {unit} AND id % 3 = 0",
            case_when(&cats[1..], &format!("id % {}", cats.len() - 1))
        ),
        format!(
            "INSERT INTO referrals (case_id, destination_id, kind_id, on_date, consent, info_shared, status, \
             established_on, created_at, updated_at) SELECT id, {}, {}, first_contact_on, true, false, \
             CASE WHEN closed_on IS NULL THEN 'suggested' ELSE 'support_established' END, closed_on, 0, 0 \
             FROM cases WHERE unit_id = {unit} AND id % 5 < 2",
            case_when(&dests, &format!("id % {}", dests.len())),
            case_when(&kinds, &format!("id % {}", kinds.len())),
        ),
        format!(
            "INSERT INTO follow_ups (case_id, unit_id, assigned_to, due_on, outcome, done_on, created_at) \
             SELECT id, {unit}, {coordinator}, closed_on, CASE id % 4 WHEN 0 THEN 'no' WHEN 1 THEN 'partly' \
             ELSE 'yes' END, closed_on, 0 FROM cases WHERE unit_id = {unit} AND id % 2 = 0 AND closed_on IS NOT NULL"
        ),
        // A database in use has been vacuumed by autovacuum, which lets PostgreSQL answer from an
        // index alone; right after a bulk load it has not, so do it here (SQLite only analyses).
        match store.backend() {
            lotsen_store::Backend::Postgres => "VACUUM ANALYZE".to_owned(),
            _ => "ANALYZE".to_owned(),
        },
    ];
    for s in statements {
        store.unsafe_execute(&s).await?;
    }
    Ok(start.elapsed())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The floor: one pass over each table the report reads, nothing else; the time of each of `runs`.
async fn floor(store: &Store, u: UnitId, runs: usize) -> anyhow::Result<Vec<Duration>> {
    let floor_sql = [
        format!("SELECT CAST(COUNT(*) AS TEXT) FROM cases WHERE unit_id = {u}"),
        format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM case_categories cc JOIN cases c ON c.id = cc.case_id WHERE c.unit_id = {u}"
        ),
        format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM referrals r JOIN cases c ON c.id = r.case_id WHERE c.unit_id = {u}"
        ),
        format!("SELECT CAST(COUNT(*) AS TEXT) FROM follow_ups WHERE unit_id = {u}"),
        format!("SELECT CAST(COUNT(*) AS TEXT) FROM contacts k JOIN cases c ON c.id = k.case_id WHERE c.unit_id = {u}"),
    ];
    let mut floors = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        for s in &floor_sql {
            store.unsafe_query_text(s).await?;
        }
        floors.push(t.elapsed());
    }
    Ok(floors)
}

/// One size on one backend: rows for the results table.
async fn one(label: &str, url: &str, n: u64, runs: usize) -> anyhow::Result<Vec<String>> {
    let store = Store::connect(url).await?;
    store.migrate().await?;
    let tx = store.begin().await?;
    let unit = tx.create_unit(&UnitName::parse("Råd och stöd Bench").map_err(|e| anyhow::anyhow!("{e}"))?).await?;
    let hash = lotsen_web::auth::hash_password(PASSWORD.into()).await?;
    let mut ids = Vec::new();
    for (name, role) in [("bench.0", Role::Manager), ("bench.1", Role::Coordinator)] {
        let u = tx
            .create_user(NewUser {
                unit_id: unit.id,
                username: &Username::parse(name).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: &DisplayName::parse(name).map_err(|e| anyhow::anyhow!("{e}"))?,
                role,
                password_hash: hash.clone(),
            })
            .await?;
        ids.push(u.id);
    }
    tx.commit().await?;
    let filled = fill(&store, unit.id, ids[1], n).await?;
    fill_dropin(&store, unit.id, ids[1], 40).await?;
    eprintln!("{label}: {n} cases filled in {:.1} s", filled.as_secs_f64());

    let floors = floor(&store, unit.id, runs).await?;

    // Where a year report's time goes, part by part (one run each, after the floor warmed the cache).
    let last_year = lotsen_domain::clock::Clock::system().today().year() - 1;
    let (from, to) = (
        chrono::NaiveDate::from_ymd_opt(last_year, 1, 1).unwrap_or_default(),
        chrono::NaiveDate::from_ymd_opt(last_year, 12, 31).unwrap_or_default(),
    );
    let t = Instant::now();
    store.report_facts(unit.id, from, to).await?;
    let facts = t.elapsed();
    let t = Instant::now();
    store.report_referrals(unit.id, from, to).await?;
    let referrals = t.elapsed();
    let t = Instant::now();
    store.cases_opened_at_venues(unit.id, from, to).await?;
    let venues = t.elapsed();
    eprintln!(
        "{label} {n}: year facts {:.0} ms (of which referrals {:.0} ms), cases opened at venues {:.0} ms",
        ms(facts),
        ms(referrals),
        ms(venues)
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let settings = WebSettings {
        public_per_minute: 0,
        ..WebSettings::new(base.clone(), b"bench-secret-0123456789abcdef0123456789".to_vec())
    };
    tokio::spawn(lotsen_web::serve(listener, AppState::new(store.clone(), settings), std::future::pending()));
    let (client, _) = login(&base, "bench.0").await?;
    let year = format!("period=custom&from={last_year}-01-01&to={last_year}-12-31");
    let mut rows = Vec::new();
    for (what, query) in [("year report (last year)", year.as_str()), ("since start (all cases)", "period=since-start")]
    {
        let url = format!("{base}/api/v1/report?{query}");
        // One warm-up, then the measured runs, one at a time.
        let first = client.get(&url).send().await?;
        anyhow::ensure!(first.status().is_success(), "{what}: {}", first.status());
        let body: serde_json::Value = first.json().await?;
        let handled = body["tables"][0]["rows"][0]["count"]["value"].as_i64().unwrap_or(0);
        let mut times = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            let r = client.get(&url).send().await?;
            anyhow::ensure!(r.status().is_success(), "{what}: {}", r.status());
            r.bytes().await?;
            times.push(t.elapsed());
        }
        let worst = times.iter().max().copied().unwrap_or_default();
        rows.push(format!(
            "| {label} | {n} | {what} | {handled} | {:.0} | {:.0} | {:.0} |",
            ms(median(times)),
            ms(worst),
            ms(median(floors.clone())),
        ));
        eprintln!("{}", rows.last().map(String::as_str).unwrap_or(""));
    }
    Ok(rows)
}

/// Every size on the chosen backends, side by side.
pub async fn report_bench(
    sizes: &[u64],
    backend: &str,
    pg: &str,
    runs: usize,
    keep: Option<&std::path::Path>,
) -> anyhow::Result<Vec<String>> {
    let mut rows = Vec::new();
    for &n in sizes {
        if matches!(backend, "sqlite" | "both") {
            let dir = tempfile::tempdir()?;
            let file = match keep {
                Some(k) => {
                    std::fs::create_dir_all(k)?;
                    let f = k.join(format!("report-{n}.db"));
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
                    }
                    f
                }
                None => dir.path().join("report.db"),
            };
            let url = format!("sqlite://{}?mode=rwc", file.display());
            rows.extend(one("SQLite", &url, n, runs).await?);
        }
        if matches!(backend, "postgres" | "both") {
            let admin = Store::connect(pg).await?;
            admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench WITH (FORCE)").await?;
            admin.unsafe_execute("CREATE DATABASE lotsen_bench").await?;
            let url = format!("{}/lotsen_bench", &pg[..pg.rfind('/').unwrap_or(pg.len())]);
            let result = one("PostgreSQL", &url, n, runs).await;
            admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench WITH (FORCE)").await?;
            rows.extend(result?);
        }
    }
    Ok(rows)
}
