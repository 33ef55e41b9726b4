//! `-- --records 200000`: the documented record at scale. A unit with that many documented cases,
//! each with its resident and every second one with a journal note, last entries in 2025; the
//! retention dry run and the real run on 2031-06-01 (when all but the research sample are past
//! their time), timed; then the journal page of one case with 500 notes, read by signed-in users
//! at once (each reading is audited, as in use).
use std::time::Instant;

use chrono::NaiveDate;
use lotsen_app::Caller;
use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::records::journal::NoteText;
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{Backend, NewUser, Store};
use lotsen_web::{AppState, WebSettings};

use crate::fill::fill;
use crate::load::{login, run};

const SECRET: &[u8] = b"bench-secret-0123456789abcdef0123456789";

/// Rows for bench/RESULTS.md, one per measure, on one backend.
async fn one(label: &str, url: &str, records: u64, users: usize, requests: usize) -> anyhow::Result<Vec<String>> {
    let store = Store::connect(url).await?;
    store.migrate().await?;
    let tx = store.begin().await?;
    let unit = tx.create_unit(&UnitName::parse("Råd och stöd Bench").map_err(|e| anyhow::anyhow!("{e}"))?).await?;
    let hash = lotsen_web::auth::hash_password(crate::PASSWORD.into()).await?;
    let mut ids = Vec::new();
    for i in 0..users {
        let name = format!("bench.{i}");
        let u = tx
            .create_user(NewUser {
                unit_id: unit.id,
                username: &Username::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: &DisplayName::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?,
                role: if i == 0 { Role::Coordinator } else { Role::Manager },
                password_hash: hash.clone(),
            })
            .await?;
        ids.push((name, u.id));
    }
    tx.commit().await?;
    let coordinator = ids[0].1;
    let t = Instant::now();
    fill(&store, unit.id, coordinator, records).await?;
    // One resident per case (ids line up in fresh tables), every tenth born on a sample day, and a
    // journal note on every second case. The sealed bytes are placeholders: retention never opens them.
    let (blob, key_of) = match store.backend() {
        Backend::Sqlite => ("x'00'", "CAST(id AS BLOB)"),
        Backend::Postgres => ("'\\x00'::bytea", "convert_to(id::text, 'UTF8')"),
    };
    store
        .unsafe_execute(&format!(
            "INSERT INTO persons (unit_id, number_key, key_version, nonce, sealed, sample_day, created_at, updated_at) \
             SELECT unit_id, {key_of}, 1, {blob}, {blob}, (id % 10 = 0), 0, 0 FROM cases ORDER BY id"
        ))
        .await?;
    store.unsafe_execute("UPDATE cases SET documented = true, person_id = id").await?;
    store
        .unsafe_execute(&format!(
            "INSERT INTO journal_notes (case_id, unit_id, author_id, written_on, key_version, nonce, sealed, corrects_id, signed_at, created_at, updated_at) \
             SELECT id, unit_id, coordinator_id, first_contact_on, 1, {blob}, {blob}, NULL, 0, 0, 0 FROM cases WHERE id % 2 = 0"
        ))
        .await?;
    store.unsafe_execute("ANALYZE").await?;
    eprintln!("{label}: {records} documented cases with residents and notes in {:.1} s", t.elapsed().as_secs_f64());

    let mut rows = Vec::new();
    let on = NaiveDate::from_ymd_opt(2031, 6, 1).unwrap_or_default();
    let unit_record = store.unit(unit.id).await?;
    let t = Instant::now();
    let plan = lotsen_app::retention::preview(&store, &unit_record, on).await?;
    let dry = t.elapsed();
    let listed = plan.case_ids().count();
    let keys = lotsen_web::state::Keys::derive(SECRET);
    let t = Instant::now();
    let runs = lotsen_app::retention::run(&store, &keys.fields, "bench", on).await?;
    let real = t.elapsed();
    let culled = runs.iter().filter_map(|r| r.culled).map(|c| c.cases).sum::<u64>();
    anyhow::ensure!(culled as usize == listed, "the real run culled {culled}, the dry run listed {listed}");
    rows.push(format!("| {label} | retention, dry run | {records} | {listed} | {:.2} s |", dry.as_secs_f64()));
    rows.push(format!(
        "| {label} | retention, real run (audited) | {records} | {culled} | {:.2} s |",
        real.as_secs_f64()
    ));
    eprintln!("{}\n{}", rows[0], rows[1]);

    // The journal page of one case with 500 notes, through the server.
    let who = Caller { user_id: coordinator, username: ids[0].0.clone(), unit_id: unit.id, ip: "bench".into() };
    let tx = store.begin().await?;
    let case = tx
        .create_case(lotsen_store::NewCase {
            unit_id: unit.id,
            channel_id: store.lists(unit.id).await?.all(lotsen_domain::lists::ListKind::Channel)[0].id,
            first_contact_on: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default(),
            age_group_id: store.lists(unit.id).await?.all(lotsen_domain::lists::ListKind::AgeGroup)[0].id,
            main_category_id: store.lists(unit.id).await?.all(lotsen_domain::lists::ListKind::Category)[0].id,
            secondary: Vec::new(),
            returning: false,
            returning_reason: None,
            previous_case_id: None,
            residency: lotsen_domain::case::Residency::Yes,
            referring_org: None,
            coordinator_id: coordinator,
            external_id: None,
            documented: true,
        })
        .await?;
    tx.commit().await?;
    let text = NoteText::parse(&"Samtal om hyra, ekonomi och nästa steg. ".repeat(8))
        .map_err(|e| anyhow::anyhow!("{}", e.message_id))?;
    for i in 0..500_u64 {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default() + chrono::Days::new(i % 300);
        lotsen_app::journal::write(&store, &who, &keys.fields, &case, day, &text, None).await?;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let settings = WebSettings { public_per_minute: 0, ..WebSettings::new(base.clone(), SECRET.to_vec()) };
    tokio::spawn(lotsen_web::serve(listener, AppState::new(store.clone(), settings), std::future::pending()));
    let mut clients = Vec::new();
    for (name, _) in &ids {
        clients.push(login(&base, name).await?);
    }
    let id = case.id;
    let make: crate::load::Request = std::sync::Arc::new(move |c, b, _| c.get(format!("{b}/cases/{id}/journal")));
    let _ = run("journal, 500 notes", &clients, &base, users * 2, make.clone()).await;
    let s = run("journal, 500 notes", &clients, &base, requests, make).await;
    rows.push(format!(
        "| {label} | journal page, 500 notes ({} users, {} requests, {} errors, {:.0} kB each) | p50 {:.1} ms | p99 {:.1} ms | {:.0} req/s |",
        users,
        s.latencies.len(),
        s.errors,
        s.bytes as f64 / s.latencies.len().max(1) as f64 / 1024.0,
        s.pct(0.50),
        s.pct(0.99),
        s.latencies.len() as f64 / s.elapsed.as_secs_f64()
    ));
    eprintln!("{}", rows[2]);
    Ok(rows)
}

/// Both backends (or the one asked for), one after the other.
pub(crate) async fn records_bench(
    records: u64,
    users: usize,
    requests: usize,
    backend: &str,
    pg: &str,
) -> anyhow::Result<Vec<String>> {
    let mut rows = Vec::new();
    if matches!(backend, "sqlite" | "both") {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("records.db").display());
        rows.extend(one("SQLite", &url, records, users, requests).await?);
    }
    if matches!(backend, "postgres" | "both") {
        let admin = Store::connect(pg).await?;
        admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench_records WITH (FORCE)").await?;
        admin.unsafe_execute("CREATE DATABASE lotsen_bench_records").await?;
        let url = format!("{}/lotsen_bench_records", &pg[..pg.rfind('/').unwrap_or(pg.len())]);
        let result = one("PostgreSQL", &url, records, users, requests).await;
        admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench_records WITH (FORCE)").await?;
        rows.extend(result?);
    }
    Ok(rows)
}
