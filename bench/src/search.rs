//! "Hitta stöd" at a large city's scale: a directory of 10,000 public services (500 organisations,
//! each service at its organisation's place with an address, weekly opening hours, two languages,
//! a cost option and one of the unit's problem areas), searched through the real server by
//! residents at the same time, each asking as soon as the last answer came (no pause: harder than
//! real use). Queries rotate over inflected and unaccented words, a problem area, a word and a
//! problem area together, a word that finds nothing, language, cost and place together, and
//! paging through the whole list, in Swedish, English and Arabic.
use std::sync::Arc;
use std::time::{Duration, Instant};

use lotsen_domain::lists::ListKind;
use lotsen_domain::unit::UnitName;
use lotsen_hsds::{Row, spec::object};
use lotsen_store::Store;
use lotsen_web::{AppState, WebSettings};
use serde_json::Value;

use crate::load::{Request, Scenario, run};

const NAMES: [&str; 10] = [
    "Ekonomiskt bistånd",
    "Budget- och skuldrådgivning",
    "Bostadsrådgivning",
    "Familjestöd",
    "Läxhjälp",
    "Stöd vid våld i nära relation",
    "Jobbcoachning",
    "Språkcafé",
    "Juridisk rådgivning",
    "Föräldrastöd",
];
const DISTRICTS: [&str; 10] = [
    "Centrum",
    "Norr",
    "Söder",
    "Öster",
    "Väster",
    "Linero",
    "Klostergården",
    "Norra Fäladen",
    "Dalby",
    "Södra Sandby",
];
const LANGS: [(&str, &str); 6] = [
    ("sv", "svenska"),
    ("en", "engelska"),
    ("ar", "arabiska"),
    ("so", "somaliska"),
    ("fa", "persiska"),
    ("ti", "tigrinja"),
];

fn id(kind: u32, n: usize) -> String {
    format!("5e{kind:06x}-0000-4000-8000-{n:012x}")
}

fn row(obj: &str, fields: &[(&str, Value)]) -> Row {
    let mut r = Row::new(object(obj).expect("HSDS object"));
    for (k, v) in fields {
        r.fields.insert((*k).to_owned(), v.clone());
    }
    r
}

/// Organisation `o` with its meeting place and address.
fn organization_rows(rows: &mut Vec<Row>, o: usize) {
    let district = DISTRICTS[o % DISTRICTS.len()];
    rows.push(row(
        "organization",
        &[
            ("id", id(1, o).into()),
            ("name", format!("Förening {o} i {district}").into()),
            ("description", "Ideell förening som ger råd och stöd till invånare.".into()),
        ],
    ));
    rows.push(row(
        "location",
        &[
            ("id", id(2, o).into()),
            ("location_type", "physical".into()),
            ("name", format!("Mötesplats {district} {o}").into()),
        ],
    ));
    rows.push(row(
        "address",
        &[
            ("id", id(3, o).into()),
            ("location_id", id(2, o).into()),
            ("address_1", format!("Storgatan {}", 1 + o % 90).into()),
            ("city", "Lund".into()),
            ("state_province", "Skåne län".into()),
            ("postal_code", format!("22{:03}", o % 1000).into()),
            ("country", "SE".into()),
            ("address_type", "physical".into()),
        ],
    ));
}

/// The rows of `services` services, each tagged with one of `terms`.
fn directory(services: usize, terms: &[String]) -> Vec<Row> {
    let mut rows = Vec::new();
    let orgs = services.div_ceil(20);
    for o in 0..orgs {
        organization_rows(&mut rows, o);
    }
    for s in 0..services {
        let o = s / 20;
        let name = NAMES[s % NAMES.len()];
        let district = DISTRICTS[o % DISTRICTS.len()];
        rows.push(row(
            "service",
            &[
                ("id", id(10, s).into()),
                ("organization_id", id(1, o).into()),
                ("name", format!("{name} {district} {s}").into()),
                (
                    "description",
                    format!("{name}: vi hjälper dig med ansökan, planering och kontakter med myndigheter.").into(),
                ),
                ("application_process", "Kom på öppettiden eller ring oss.".into()),
                ("status", "active".into()),
            ],
        ));
        rows.push(row(
            "service_at_location",
            &[("id", id(11, s).into()), ("service_id", id(10, s).into()), ("location_id", id(2, o).into())],
        ));
        rows.push(row(
            "schedule",
            &[
                ("id", id(12, s).into()),
                ("service_id", id(10, s).into()),
                ("freq", "WEEKLY".into()),
                ("byday", ["MO,WE", "TU,TH", "FR"][s % 3].into()),
                ("opens_at", "09:00".into()),
                ("closes_at", "15:00".into()),
            ],
        ));
        for (k, (code, lang)) in [LANGS[0], LANGS[1 + s % (LANGS.len() - 1)]].iter().enumerate() {
            rows.push(row(
                "language",
                &[
                    ("id", id(13 + k as u32, s).into()),
                    ("service_id", id(10, s).into()),
                    ("code", (*code).into()),
                    ("name", (*lang).into()),
                ],
            ));
        }
        rows.push(row(
            "cost_option",
            &[
                ("id", id(15, s).into()),
                ("service_id", id(10, s).into()),
                ("amount", Value::from(0)),
                ("currency", "SEK".into()),
            ],
        ));
        rows.push(row(
            "attribute",
            &[
                ("id", id(16, s).into()),
                ("link_id", id(10, s).into()),
                ("link_entity", "service".into()),
                ("link_type", "category".into()),
                ("taxonomy_term_id", terms[s % terms.len()].clone().into()),
            ],
        ));
    }
    rows
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A unit with `services` services in the directory, tagged with its problem areas; answers the
/// term of "economy".
async fn fill_directory(label: &str, store: &Store, services: usize) -> anyhow::Result<String> {
    let tx = store.begin().await?;
    let unit = tx.create_unit(&UnitName::parse("Råd och stöd Bench").map_err(|e| anyhow::anyhow!("{e}"))?).await?;
    tx.commit().await?;
    let terms = store.category_terms(unit.id).await?;
    let lists = store.lists(unit.id).await?;
    let term_ids: Vec<String> =
        lists.all(ListKind::Category).iter().filter_map(|e| terms.get(&e.id).cloned()).collect();
    let economy =
        lists.by_code(ListKind::Category, "economy").and_then(|e| terms.get(&e.id).cloned()).unwrap_or_default();
    let rows = directory(services, &term_ids);
    let t = Instant::now();
    for chunk in rows.chunks(5_000) {
        let tx = store.begin().await?;
        tx.put_directory_rows(unit.id, chunk).await?;
        tx.commit().await?;
    }
    eprintln!("{label}: {services} services ({} rows) stored in {:.1} s", rows.len(), t.elapsed().as_secs_f64());
    Ok(economy)
}

async fn one(label: &str, url: &str, services: usize, users: usize, requests: usize) -> anyhow::Result<Vec<String>> {
    let store = Store::connect(url).await?;
    store.migrate().await?;
    let economy = fill_directory(label, &store, services).await?;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let settings = WebSettings {
        public_per_minute: 0,
        ..WebSettings::new(base.clone(), b"bench-secret-0123456789abcdef0123456789".to_vec())
    };
    tokio::spawn(lotsen_web::serve(listener, AppState::new(store.clone(), settings), std::future::pending()));
    let c = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    // The first search after a change reads the whole directory; the rest use what it read.
    let t = Instant::now();
    let r = c.get(format!("{base}/support?q=ekonomi")).send().await?;
    anyhow::ensure!(r.status().is_success(), "first search: {}", r.status());
    let body = r.text().await?;
    let first = t.elapsed();
    anyhow::ensure!(
        body.contains("stöd hittades") && body.matches("<article").count() == 20,
        "the search finds the services: {}",
        body.find("<h2 id=\"results\"").map_or("", |i| &body[i..(i + 300).min(body.len())])
    );
    anyhow::ensure!(body.len() < 50_000, "a result page is {} bytes", body.len());

    let clients: Vec<(reqwest::Client, String)> = (0..users)
        .map(|_| {
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().map(|c| (c, String::new()))
        })
        .collect::<Result<_, _>>()?;
    let queries: Arc<Vec<String>> = Arc::new(vec![
        "q=ekonomi".into(),
        "q=ekonomisk".into(),
        "q=ekonomiskt+bistand".into(),
        "q=skuldradgivning".into(),
        "q=foraldrastod".into(),
        "q=sprakcafe+linero".into(),
        format!("category={economy}"),
        format!("q=radgivning&category={economy}"),
        "q=zzzz".into(),
        "q=stod&page=7".into(),
        "language=so&cost=free&place=Lund".into(),
    ]);
    // Besides these, one request in every twelve walks the unfiltered list page by page, so every
    // service's card is shown, and one in three asks in English or Arabic.
    let n = queries.len() + 1;
    let make: Request = {
        let queries = queries.clone();
        Arc::new(move |c: &reqwest::Client, base: &str, i: usize| {
            let q = match queries.get(i % n) {
                Some(q) => q.clone(),
                None => format!("page={}", 1 + (i / n) % services.div_ceil(20)),
            };
            let lang = ["sv", "sv", "en", "sv", "sv", "ar"][i % 6];
            c.get(format!("{base}/support?{q}")).header("accept-language", lang)
        })
    };
    // Every kind of request answers a whole page in every language before it is timed.
    for i in 0..n * 6 {
        let r = make(&c, &base, i).send().await?;
        let status = r.status();
        let body = r.text().await?;
        anyhow::ensure!(
            status.is_success() && body.contains("id=\"results\"") && body.len() < 50_000,
            "request {i}: {status}, {} bytes",
            body.len()
        );
    }
    let s: Scenario = run("Hitta stöd, rotating searches", &clients, &base, requests, make).await;
    let api: Request = Arc::new(|c: &reqwest::Client, base: &str, i: usize| {
        c.get(format!("{base}/api/hsds/services?per_page=50&page={}", 1 + i % 200))
    });
    let a: Scenario = run("HSDS /services, 50 a page", &clients, &base, requests / 2, api).await;
    let mut out = Vec::new();
    for s in [s, a] {
        out.push(format!(
            "| {label} | {services} | {users} | {} | {} | {:.1} | {:.1} | {:.1} | {:.0} | {} |",
            s.name,
            s.latencies.len(),
            s.bytes as f64 / s.latencies.len().max(1) as f64 / 1000.0,
            s.pct(0.5),
            s.pct(0.99),
            s.latencies.len() as f64 / s.elapsed.as_secs_f64(),
            s.errors
        ));
        eprintln!("{}", out.last().map(String::as_str).unwrap_or(""));
    }
    out.push(format!(
        "| {label} | {services} | 1 | first search after a change (reads the directory) | 1 | | {:.0} | | | 0 |",
        ms(first)
    ));
    Ok(out)
}

/// The search on the chosen backends, side by side.
pub async fn search_bench(
    services: usize,
    users: usize,
    requests: usize,
    backend: &str,
    pg: &str,
) -> anyhow::Result<Vec<String>> {
    let mut rows = Vec::new();
    if matches!(backend, "sqlite" | "both") {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("search.db").display());
        rows.extend(one("SQLite", &url, services, users, requests).await?);
    }
    if matches!(backend, "postgres" | "both") {
        let admin = Store::connect(pg).await?;
        admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench WITH (FORCE)").await?;
        admin.unsafe_execute("CREATE DATABASE lotsen_bench").await?;
        let url = format!("{}/lotsen_bench", &pg[..pg.rfind('/').unwrap_or(pg.len())]);
        let result = one("PostgreSQL", &url, services, users, requests).await;
        admin.unsafe_execute("DROP DATABASE IF EXISTS lotsen_bench WITH (FORCE)").await?;
        rows.extend(result?);
    }
    Ok(rows)
}
