//! `cargo run --release -p lotsen-bench -- --cases 1000000`: fills a database with cases and drop-in
//! series, starts the real server, and measures the case list (unfiltered, filtered, a deep page),
//! quick registration, and the drop-in page, feed, JSON and staff overview with concurrent signed-in
//! users, on SQLite and PostgreSQL side by side. Prints the machine and a
//! Markdown table for bench/RESULTS.md. Only loopback traffic; every loop is bounded.
//!
//! `-- --report-sizes 100000,1000000` measures the effect report instead (see `report.rs`).
#![forbid(unsafe_code)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::lists::ListKind;
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewUser, Store};
use lotsen_web::{AppState, WebSettings};

mod report;
mod search;

#[derive(Debug, Parser)]
struct Args {
    /// Cases to fill before measuring.
    #[arg(long, default_value_t = 1_000_000)]
    cases: u64,
    /// Concurrent users.
    #[arg(long, default_value_t = 20)]
    users: usize,
    /// Requests per scenario (spread over the users).
    #[arg(long, default_value_t = 2_000)]
    requests: usize,
    /// sqlite, postgres or both.
    #[arg(long, default_value = "both")]
    backend: String,
    /// Drop-in venues, each with a weekly series three years long and an exception every fifth week.
    #[arg(long, default_value_t = 40)]
    venues: u32,
    /// Survey submissions (load the form, send it) in the survey scenario.
    #[arg(long, default_value_t = 5_000)]
    survey_submissions: usize,
    /// Concurrent clients answering the survey.
    #[arg(long, default_value_t = 50)]
    survey_clients: usize,
    /// Only the survey scenario (no case list or drop-in pages).
    #[arg(long)]
    surveys_only: bool,
    /// Only the effect report, at each of these numbers of cases (comma-separated).
    #[arg(long, value_delimiter = ',')]
    report_sizes: Vec<u64>,
    /// Measured runs of each report request (after one warm-up).
    #[arg(long, default_value_t = 7)]
    report_runs: usize,
    /// Keep each SQLite report database in this directory (`report-<cases>.db`) to study its
    /// query plans afterwards; by default it is made in a temporary directory and removed.
    #[arg(long)]
    report_keep: Option<std::path::PathBuf>,
    /// Only the public directory search, with this many services.
    #[arg(long)]
    search_services: Option<usize>,
    /// Concurrent residents searching.
    #[arg(long, default_value_t = 50)]
    search_users: usize,
    /// Searches in all (spread over the residents).
    #[arg(long, default_value_t = 10_000)]
    search_requests: usize,
    /// PostgreSQL server for the benchmark database (it is created and dropped).
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    pg: String,
}

const PASSWORD: &str = "benchmark password 2026";

pub(crate) struct Scenario {
    pub(crate) name: &'static str,
    pub(crate) latencies: Vec<Duration>,
    pub(crate) elapsed: Duration,
    pub(crate) errors: usize,
    /// Bytes of all answers' bodies.
    pub(crate) bytes: usize,
}

impl Scenario {
    pub(crate) fn pct(&self, p: f64) -> f64 {
        let mut v: Vec<f64> = self.latencies.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        v.sort_by(f64::total_cmp);
        if v.is_empty() {
            return 0.0;
        }
        v[((v.len() as f64 - 1.0) * p).round() as usize]
    }
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .next()
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse::<u64>().unwrap_or(0) / 1024 / 1024)
        })
        .unwrap_or(0);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    format!("{cores} cores ({cpu}), {mem} GiB RAM")
}

/// Fills `n` cases with one contact each, spread over a year, in batches of plain INSERTs.
async fn fill(store: &Store, unit: i64, coordinator: i64, n: u64) -> anyhow::Result<Duration> {
    let lists = store.lists(unit).await?;
    let ids = |k: ListKind| lists.all(k).iter().map(|e| e.id).collect::<Vec<_>>();
    let (channels, ages, cats) = (ids(ListKind::Channel), ids(ListKind::AgeGroup), ids(ListKind::Category));
    let mode = lists.by_code(ListKind::ContactMode, "phone").map(|e| e.id).unwrap_or(1);
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
async fn fill_dropin(store: &Store, unit: i64, author: i64, venues: u32) -> anyhow::Result<usize> {
    use lotsen_domain::dropin::{Schedule, ScheduleInput};
    let today = chrono::Utc::now().date_naive();
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
                    &lotsen_store::ExceptionRecord {
                        series_id: series,
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
                    unit,
                    &lotsen_store::VisitRecord {
                        series_id: series,
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

async fn login(base: &str, username: &str) -> anyhow::Result<(reqwest::Client, String)> {
    let c = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build()?;
    let body = c.get(format!("{base}/login")).send().await?.text().await?;
    let i = body.find("name=\"csrf\" value=\"").ok_or_else(|| anyhow::anyhow!("no csrf"))? + 19;
    let csrf = body[i..].split('"').next().unwrap_or_default().to_owned();
    let r = c
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf.as_str()), ("username", username), ("password", PASSWORD)])
        .send()
        .await?;
    anyhow::ensure!(r.status() == 303, "login failed: {}", r.status());
    Ok((c, csrf))
}

pub(crate) type Request = Arc<dyn Fn(&reqwest::Client, &str, usize) -> reqwest::RequestBuilder + Send + Sync>;

pub(crate) async fn run(
    name: &'static str,
    clients: &[(reqwest::Client, String)],
    base: &str,
    total: usize,
    make: Request,
) -> Scenario {
    let start = Instant::now();
    let per = total.div_ceil(clients.len());
    let mut tasks = Vec::new();
    for (w, (c, csrf)) in clients.iter().enumerate() {
        let (c, csrf, base, make) = (c.clone(), csrf.clone(), base.to_owned(), make.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per);
            let mut errors = 0;
            let mut bytes = 0;
            for n in 0..per {
                let t = Instant::now();
                // The whole answer is read: the time is until its last byte, and the connection is reused.
                let ok = match make(&c, &base, w * per + n).header("x-csrf-token", csrf.as_str()).send().await {
                    Ok(r) => {
                        let good = r.status().is_success() || r.status().is_redirection();
                        let body = r.bytes().await;
                        bytes += body.as_ref().map_or(0, |b| b.len());
                        body.is_ok() && good
                    }
                    Err(_) => false,
                };
                lat.push(t.elapsed());
                if !ok {
                    errors += 1;
                }
            }
            (lat, errors, bytes)
        }));
    }
    let mut latencies = Vec::new();
    let (mut errors, mut bytes) = (0, 0);
    for t in tasks {
        if let Ok((l, e, b)) = t.await {
            latencies.extend(l);
            errors += e;
            bytes += b;
        }
    }
    Scenario { name, latencies, elapsed: start.elapsed(), errors, bytes }
}

/// The value of a hidden form field.
fn hidden(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let i = body.find(&marker)? + marker.len();
    Some(body[i..].split('"').next()?.to_owned())
}

/// What one survey client did: POST latencies, forms stored, forms sent twice, failures.
#[derive(Default)]
struct Answered {
    latencies: Vec<Duration>,
    sent: usize,
    resent: usize,
    errors: usize,
}

/// Residents answering the built-in survey at the same time, each through the public page: load
/// the form, send it; every tenth form is sent a second time (a double tap), which must not count.
/// Afterwards the stored responses are counted: none lost, none twice.
async fn survey_bench(label: &str, store: &Store, unit: i64, base: &str, args: &Args) -> anyhow::Result<String> {
    let survey = store
        .surveys(unit)
        .await?
        .into_iter()
        .find(|s| s.seed.as_deref() == Some("resident"))
        .ok_or_else(|| anyhow::anyhow!("no resident survey"))?;
    let before = store.survey_responses_total(survey.id).await?;
    let keys: Vec<String> = survey.current.definition.questions.iter().map(|q| format!("q_{}", q.key)).collect();
    let per = args.survey_submissions.div_ceil(args.survey_clients);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..args.survey_clients {
        let (base, code, keys) = (base.to_owned(), survey.code.clone(), keys.clone());
        tasks.push(tokio::spawn(async move {
            let c = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
            let mut a = Answered::default();
            for n in 0..per {
                let body = c.get(format!("{base}/s/{code}")).send().await?.text().await?;
                let (Some(token), Some(version)) = (hidden(&body, "token"), hidden(&body, "version")) else {
                    a.errors += 1;
                    continue;
                };
                let mut form =
                    vec![("token".to_owned(), token), ("version".to_owned(), version), ("lang".into(), "sv".into())];
                for (i, k) in keys.iter().enumerate() {
                    form.push((k.clone(), ["green", "yellow", "red"][(w + n + i) % 3].to_owned()));
                }
                let t = Instant::now();
                let r = c.post(format!("{base}/s/{code}")).form(&form).send().await?;
                a.latencies.push(t.elapsed());
                if r.status() == 303 {
                    a.sent += 1
                } else {
                    a.errors += 1
                }
                if n % 10 == 0 {
                    let again = c.post(format!("{base}/s/{code}")).form(&form).send().await?;
                    if again.status() == 303 { a.resent += 1 } else { a.errors += 1 }
                }
            }
            anyhow::Ok(a)
        }));
    }
    let mut all = Answered::default();
    for t in tasks {
        let a = t.await??;
        all.latencies.extend(a.latencies);
        all.sent += a.sent;
        all.resent += a.resent;
        all.errors += a.errors;
    }
    let elapsed = start.elapsed();
    let stored = (store.survey_responses_total(survey.id).await? - before) as usize;
    let s = Scenario { name: "survey", latencies: all.latencies, elapsed, errors: all.errors, bytes: 0 };
    Ok(format!(
        "| {label} | {} | {} | {} | {:.1} | {:.1} | {:.0} | {stored} | {} | {} | {} |",
        args.survey_clients,
        all.sent,
        all.resent,
        s.pct(0.50),
        s.pct(0.99),
        all.sent as f64 / elapsed.as_secs_f64(),
        all.sent.saturating_sub(stored),
        stored.saturating_sub(all.sent),
        all.errors,
    ))
}

async fn bench(label: &str, url: &str, args: &Args) -> anyhow::Result<(Vec<String>, String)> {
    let store = Store::connect(url).await?;
    store.migrate().await?;
    let tx = store.begin().await?;
    let unit = tx.create_unit(&UnitName::parse("Råd och stöd Bench").map_err(|e| anyhow::anyhow!("{e}"))?).await?;
    let hash = lotsen_web::auth::hash_password(PASSWORD.into()).await?;
    let mut users = Vec::new();
    for i in 0..args.users {
        let name = format!("bench.{i}");
        let u = tx
            .create_user(NewUser {
                unit_id: unit.id,
                username: &Username::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: &DisplayName::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?,
                role: Role::Coordinator,
                password_hash: hash.clone(),
            })
            .await?;
        users.push((name, u.id));
    }
    tx.commit().await?;
    let filled = fill(&store, unit.id, users[0].1, args.cases).await?;
    eprintln!("{label}: filled {} cases in {:.1} s", args.cases, filled.as_secs_f64());
    let t = Instant::now();
    let exceptions = fill_dropin(&store, unit.id, users[0].1, args.venues).await?;
    eprintln!(
        "{label}: {} drop-in series with {exceptions} exceptions in {:.1} s",
        args.venues,
        t.elapsed().as_secs_f64()
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let settings = WebSettings {
        // The bench sends everything from one address; the limit would be what it measured.
        public_per_minute: 0,
        ..WebSettings::new(base.clone(), b"bench-secret-0123456789abcdef0123456789".to_vec())
    };
    tokio::spawn(lotsen_web::serve(listener, AppState::new(store.clone(), settings), std::future::pending()));
    let mut clients = Vec::new();
    for (name, _) in &users {
        clients.push(login(&base, name).await?);
    }
    let lists = store.lists(unit.id).await?;
    let cat = lists.by_code(ListKind::Category, "economy").map(|e| e.id).unwrap_or(1);
    let channel = lists.by_code(ListKind::Channel, "phone").map(|e| e.id).unwrap_or(1);
    let age = lists.by_code(ListKind::AgeGroup, "19-65").map(|e| e.id).unwrap_or(1);
    let mid = args.cases / 2;
    let unit_id = unit.id;
    let year_from = chrono::Utc::now().date_naive();
    let year_to = year_from + chrono::TimeDelta::days(365);

    let mut out = Vec::new();
    let scenarios: Vec<(&'static str, Request)> = vec![
        ("case list, first page", Arc::new(|c, b, _| c.get(format!("{b}/cases")))),
        (
            "case list, filtered (open, one category)",
            Arc::new(move |c, b, _| c.get(format!("{b}/cases?status=open&category={cat}"))),
        ),
        (
            "case list, a page deep in the list",
            Arc::new(move |c, b, n| c.get(format!("{b}/cases?after={}", mid + (n as u64 % 1000)))),
        ),
        (
            "quick registration (POST)",
            Arc::new(move |c, b, _| {
                c.post(format!("{b}/cases/new")).form(&[
                    ("channel", channel.to_string()),
                    ("age_group", age.to_string()),
                    ("category", cat.to_string()),
                    ("minutes", "20".to_owned()),
                    ("residency", "yes".to_owned()),
                ])
            }),
        ),
        ("public drop-in page (6 weeks)", Arc::new(move |c, b, _| c.get(format!("{b}/dropin/units/{unit_id}")))),
        (
            "drop-in calendar feed (.ics)",
            Arc::new(move |c, b, _| c.get(format!("{b}/dropin/units/{unit_id}/calendar.ics"))),
        ),
        (
            "drop-in sessions JSON (one year)",
            Arc::new(move |c, b, _| {
                c.get(format!("{b}/api/v1/dropin/sessions?unit={unit_id}&from={year_from}&to={year_to}"))
            }),
        ),
        ("drop-in overview (staff)", Arc::new(|c, b, _| c.get(format!("{b}/sessions")))),
    ];
    let survey = survey_bench(label, &store, unit.id, &base, args).await?;
    eprintln!("{survey}");
    if args.surveys_only {
        return Ok((out, survey));
    }
    for (name, make) in scenarios {
        // A short warm-up, then the measured run.
        let _ = run(name, &clients, &base, args.users * 2, make.clone()).await;
        let s = run(name, &clients, &base, args.requests, make).await;
        out.push(format!(
            "| {label} | {} | {} | {:.1} | {:.1} | {:.0} | {} |",
            s.name,
            s.latencies.len(),
            s.pct(0.50),
            s.pct(0.99),
            s.latencies.len() as f64 / s.elapsed.as_secs_f64(),
            s.errors
        ));
        eprintln!("{}", out.last().map(String::as_str).unwrap_or(""));
    }
    Ok((out, survey))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // The server's own account of slow steps (the directory's reading), on stderr; RUST_LOG changes it.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,lotsen_web::directory::cache=info"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
    if let Some(services) = args.search_services {
        let rows =
            search::search_bench(services, args.search_users, args.search_requests, &args.backend, &args.pg).await?;
        println!("Machine: {}\n", machine());
        println!(
            "| backend | services | residents at once | scenario | requests | kB an answer | p50 ms | p99 ms | req/s | errors |"
        );
        println!("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        for r in rows {
            println!("{r}");
        }
        return Ok(());
    }
    if !args.report_sizes.is_empty() {
        let rows = report::report_bench(
            &args.report_sizes,
            &args.backend,
            &args.pg,
            args.report_runs,
            args.report_keep.as_deref(),
        )
        .await?;
        println!("Machine: {}\n", machine());
        println!("| backend | cases | report | cases handled | p50 ms | slowest ms | floor ms |");
        println!("|---|---:|---|---:|---:|---:|---:|");
        for r in rows {
            println!("{r}");
        }
        return Ok(());
    }
    let mut rows = Vec::new();
    let mut surveys = Vec::new();
    if matches!(args.backend.as_str(), "sqlite" | "both") {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
        let (r, s) = bench("SQLite", &url, &args).await?;
        rows.extend(r);
        surveys.push(s);
    }
    if matches!(args.backend.as_str(), "postgres" | "both") {
        let admin = Store::connect(&args.pg).await?;
        admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench WITH (FORCE)").await?;
        admin.unsafe_execute("CREATE DATABASE lotsen_bench").await?;
        let url = format!("{}/lotsen_bench", &args.pg[..args.pg.rfind('/').unwrap_or(args.pg.len())]);
        let result = bench("PostgreSQL", &url, &args).await;
        admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench WITH (FORCE)").await?;
        let (r, s) = result?;
        rows.extend(r);
        surveys.push(s);
    }
    println!("Machine: {}", machine());
    println!(
        "Cases: {}, drop-in series: {}, concurrent users: {}, requests per scenario: {}\n",
        args.cases, args.venues, args.users, args.requests
    );
    println!("| backend | scenario | requests | p50 ms | p99 ms | req/s | errors |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for r in rows {
        println!("{r}");
    }
    println!("\nSurvey submissions through the public page (each: load the form, send it; every tenth sent twice):\n");
    println!(
        "| backend | clients | submissions | sent twice | p50 ms | p99 ms | submissions/s | stored | lost | duplicated | errors |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for s in surveys {
        println!("{s}");
    }
    Ok(())
}
