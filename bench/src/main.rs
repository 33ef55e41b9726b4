//! `cargo run --release -p lotsen-bench -- --cases 1000000`: fills a database with cases and drop-in
//! series, starts the real server, and measures the case list (unfiltered, filtered, a deep page),
//! quick registration, and the drop-in page, feed, JSON and staff overview with concurrent signed-in
//! users, on SQLite and PostgreSQL side by side. Prints the machine and a
//! Markdown table for bench/RESULTS.md. Only loopback traffic; every loop is bounded.
//!
//! `-- --report-sizes 100000,1000000` measures the effect report instead (see `report.rs`);
//! `-- --records 200000` the documented record's retention and journal page (see `records.rs`).
#![forbid(unsafe_code)]

use lotsen_domain::ids::UnitId;
use std::sync::Arc;
use std::time::Instant;

use clap::Parser;
use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::lists::ListKind;
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewUser, Store};
use lotsen_web::{AppState, WebSettings};

mod fill;
mod load;
mod records;
mod report;
mod search;
mod survey;

use fill::{fill, fill_dropin};
use load::{Request, login, run};
use survey::survey_bench;

#[derive(Debug, Parser)]
pub(crate) struct Args {
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
    /// Only the documented record: retention of this many documented cases, and the journal page
    /// of a case with 500 notes.
    #[arg(long)]
    records: Option<u64>,
    /// PostgreSQL server for the benchmark database (it is created and dropped).
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    pg: String,
}

pub(crate) const PASSWORD: &str = "benchmark password 2026";

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

/// The scenarios measured, each a request a signed-in coordinator (or a resident) sends.
async fn scenarios(store: &Store, unit_id: UnitId, args: &Args) -> anyhow::Result<Vec<(&'static str, Request)>> {
    let lists = store.lists(unit_id).await?;
    let cat = lists
        .by_code(ListKind::Category, "economy")
        .map(|e| e.id)
        .ok_or_else(|| anyhow::anyhow!("the seed lists hold no economy"))?;
    let channel = lists
        .by_code(ListKind::Channel, "phone")
        .map(|e| e.id)
        .ok_or_else(|| anyhow::anyhow!("the seed lists hold no phone"))?;
    let age = lists
        .by_code(ListKind::AgeGroup, "19-65")
        .map(|e| e.id)
        .ok_or_else(|| anyhow::anyhow!("the seed lists hold no 19-65"))?;
    let mid = args.cases / 2;
    let year_from = lotsen_domain::clock::Clock::system().today();
    let year_to = year_from + chrono::TimeDelta::days(365);

    Ok(vec![
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
    ])
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
    let scenarios = scenarios(&store, unit.id, args).await?;
    let mut out = Vec::new();
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
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,lotsen_app::directory::cache=info"));
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
    if let Some(records) = args.records {
        let rows = records::records_bench(records, args.users, args.requests, &args.backend, &args.pg).await?;
        println!("Machine: {}\n", machine());
        println!("| backend | measure | documented cases | culled | time |");
        println!("|---|---|---:|---:|---:|");
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
