//! `spawn_app()`: a real server on a random port over a fresh database, SQLite or PostgreSQL.
use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use std::collections::HashMap;
use std::sync::OnceLock;

use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewUser, Store};
use lotsen_web::{AppState, WebSettings};
use reqwest::StatusCode;
use reqwest::redirect::Policy;

pub const PASSWORD: &str = "ett långt lösenord för test";
pub const SECRET: &[u8] = b"test-secret-key-0123456789abcdef0123456789";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where PostgreSQL is; CI starts it. A missing server fails the test loudly.
pub fn pg_admin_url() -> String {
    std::env::var("LOTSEN_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh, empty database for one test, removed when dropped.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("lotsen.db").display());
                TestDb { url, _dir: Some(dir), pg_name: None }
            }
            Backend::Postgres => {
                let name = format!("lotsen_test_{}", uuid_like());
                let admin = Store::connect(&pg_admin_url()).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL must be running for the test suite ({}): {e}", pg_admin_url())
                });
                admin.unsafe_execute(&format!("CREATE DATABASE {name}")).await.expect("create test database");
                admin.close().await.ok();
                let base = pg_admin_url();
                let url = format!("{}/{name}", &base[..base.rfind('/').expect("database in URL")]);
                TestDb { url, _dir: None, pg_name: Some(name) }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = self.pg_name.take() {
            // Drop runs outside async; a short-lived runtime on its own thread does the clean-up.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                rt.block_on(async {
                    if let Ok(admin) = Store::connect(&pg_admin_url()).await {
                        let _ = admin.unsafe_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
                        let _ = admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

fn uuid_like() -> String {
    use rand::RngCore;
    let mut b = [0_u8; 8];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

pub struct TestApp {
    pub addr: String,
    pub store: Store,
    /// Held so the database lives as long as the test.
    #[allow(dead_code)]
    pub db: TestDb,
    pub unit_a: UnitId,
    #[allow(dead_code)]
    pub unit_b: UnitId,
    /// user name → id
    pub users: HashMap<&'static str, UserId>,
}

/// The users every test app has. Unit A holds one of each role plus a `target` coordinator that
/// tests may change; unit B holds an admin and a coordinator of its own.
pub const USERS_A: &[(&str, Role)] = &[
    ("coord.a", Role::Coordinator),
    ("manager.a", Role::Manager),
    ("analyst.a", Role::Analyst),
    ("admin.a", Role::Admin),
    ("target.a", Role::Coordinator),
];
pub const USERS_B: &[(&str, Role)] =
    &[("admin.b", Role::Admin), ("coord.b", Role::Coordinator), ("manager.b", Role::Manager)];

fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| lotsen_web::auth::hash_now(PASSWORD).expect("hash"))
}

pub fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        if std::env::var("TEST_LOG").is_ok() {
            let _ = tracing_subscriber::fmt().with_env_filter("info,sqlx=warn").with_test_writer().try_init();
        }
    });
}

/// Today in Stockholm by the system's clock, as an app started with [`spawn_app`] sees it.
pub fn today() -> chrono::NaiveDate {
    lotsen_domain::clock::Clock::system().today()
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with_clock(backend, lotsen_domain::clock::Clock::system()).await
}

/// An app whose time is `clock`'s (a fixed clock stands where the test puts it).
pub async fn spawn_app_with_clock(backend: Backend, clock: lotsen_domain::clock::Clock) -> TestApp {
    init_logs();
    let db = TestDb::new(backend).await;
    let store = Store::connect(&db.url).await.expect("connect").with_clock(clock);
    store.migrate().await.expect("migrate");

    let hash = password_hash().to_owned();
    let mut users = HashMap::new();
    let tx = store.begin().await.expect("begin");
    let unit_a = tx.create_unit(&UnitName::parse("Råd och stöd A").unwrap()).await.unwrap().id;
    let unit_b = tx.create_unit(&UnitName::parse("Råd och stöd B").unwrap()).await.unwrap().id;
    for (unit, list) in [(unit_a, USERS_A), (unit_b, USERS_B)] {
        for (name, role) in list {
            let u = tx
                .create_user(NewUser {
                    unit_id: unit,
                    username: &Username::parse(name).unwrap(),
                    display_name: &DisplayName::parse(&format!("Test {name}")).unwrap(),
                    role: *role,
                    password_hash: hash.clone(),
                })
                .await
                .unwrap();
            users.insert(*name, u.id);
        }
    }
    tx.commit().await.unwrap();

    let addr = start_server(store.clone()).await;
    TestApp { addr, store, db, unit_a, unit_b, users }
}

/// Starts one more server over the same store (a second node).
pub async fn start_server(store: Store) -> String {
    start_server_with(store, |_| {}).await
}

/// The same with settings changed by `change` (trusted proxies, a metrics token).
pub async fn start_server_with(store: Store, change: impl FnOnce(&mut WebSettings)) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = format!("http://{}", listener.local_addr().unwrap());
    let mut settings = WebSettings::new(addr.clone(), SECRET);
    // The suite's admins sign in with a password alone; `two_factor.rs` turns the rule on.
    settings.admin_two_factor = false;
    // The outbox is sent by the tests that look at it, when they ask.
    settings.outbox_every = None;
    change(&mut settings);
    tokio::spawn(lotsen_web::serve(listener, AppState::new(store, settings), std::future::pending()));
    addr
}

/// A browser-like client: keeps cookies, does not follow redirects, knows its CSRF token.
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    csrf: tokio::sync::OnceCell<String>,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// The body as a person reads it: entities decoded, Fluent's invisible bidi isolation marks gone.
    pub fn text(&self) -> String {
        unescape(&self.body).replace(['\u{2068}', '\u{2069}'], "")
    }

    pub fn assert_status(&self, s: u16) -> &Self {
        assert_eq!(self.status.as_u16(), s, "body: {}", &self.body[..self.body.len().min(2000)]);
        self
    }
}

impl TestApp {
    pub fn client(&self) -> Client {
        Client::new(&self.addr)
    }

    /// A client signed in as `username`.
    pub async fn login(&self, username: &str) -> Client {
        let c = self.client();
        let p = c.post_form("/login", &[("username", username), ("password", PASSWORD)]).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "login as {username} failed: {}", p.body);
        c
    }

    pub fn id(&self, username: &str) -> UserId {
        self.users[username]
    }

    /// A personal API token of `username`, made through their token page as a person would.
    pub async fn make_token(&self, username: &str) -> String {
        let c = self.login(username).await;
        let p = c.post_form("/account/tokens", &[("token_name", "integration")]).await;
        p.assert_status(200);
        let i = p.body.find("lotsen_").expect("the new token is shown once");
        p.body[i..].split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || ch == '-')).next().unwrap().to_owned()
    }
}

impl Client {
    pub fn new(base: &str) -> Self {
        let http = reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).build().expect("client");
        Client { http, base: base.to_owned(), csrf: tokio::sync::OnceCell::new() }
    }

    /// A client that sends `Authorization: Bearer token` on every request, as an integration does.
    pub fn with_bearer(base: &str, token: &str) -> Self {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().expect("header"));
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .default_headers(headers)
            .build()
            .expect("client");
        Client { http, base: base.to_owned(), csrf: tokio::sync::OnceCell::new() }
    }

    pub async fn csrf(&self) -> String {
        self.csrf
            .get_or_init(|| async {
                let p = self.get("/login").await;
                extract_csrf(&p.body).expect("a CSRF token on the sign-in page")
            })
            .await
            .clone()
    }

    /// A download: the status, headers and the body's bytes as sent.
    pub async fn get_bytes(&self, path: &str) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
        let r = self.http.get(format!("{}{path}", self.base)).send().await.expect("GET");
        let (status, headers) = (r.status(), r.headers().clone());
        (status, headers, r.bytes().await.expect("body").to_vec())
    }

    pub async fn get(&self, path: &str) -> Page {
        page(self.http.get(format!("{}{path}", self.base)).send().await.expect("GET")).await
    }

    /// Posts a form with this client's CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts one file (field `file`, as the import forms take it) and these text fields, with this
    /// client's CSRF token.
    pub async fn post_file(&self, path: &str, file_name: &str, bytes: Vec<u8>, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf().await;
        let mut form = reqwest::multipart::Form::new()
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()));
        for (k, v) in fields {
            form = form.text((*k).to_owned(), (*v).to_owned());
        }
        let url = format!("{}{path}?csrf={token}", self.base);
        page(self.http.post(url).multipart(form).send().await.expect("POST")).await
    }

    /// Posts a form with this client's CSRF token and answers the status, headers and the body's
    /// bytes as sent (a download).
    pub async fn post_for_bytes(
        &self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        let r = self.http.post(format!("{}{path}", self.base)).form(&all).send().await.expect("POST");
        let (status, headers) = (r.status(), r.headers().clone());
        (status, headers, r.bytes().await.expect("body").to_vec())
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        page(self.http.post(format!("{}{path}", self.base)).form(fields).send().await.expect("POST")).await
    }
}

/// The code and PIN on the slip a coordinator prints for a resident to follow their case.
pub fn slip(p: &Page) -> (String, String) {
    let mut found = p.body.match_indices("class=\"slip-code\" dir=\"ltr\">").map(|(i, m)| {
        let rest = &p.body[i + m.len()..];
        rest[..rest.find('<').unwrap()].to_owned()
    });
    (found.next().unwrap(), found.next().unwrap())
}

pub fn extract_csrf(body: &str) -> Option<String> {
    let i = body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(body[i..].split('"').next()?.to_owned())
}

pub async fn page(r: reqwest::Response) -> Page {
    let status = r.status();
    let headers = r.headers().clone();
    let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let body = r.text().await.unwrap_or_default();
    Page { status, location, headers, body }
}

/// Runs a test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::helpers::Backend::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::helpers::Backend::Postgres).await
                }
            }
        )*
    };
}

/// Undoes the HTML escaping of attribute values and text (askama writes `&#38;` for `&`).
pub fn unescape(s: &str) -> String {
    s.replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

impl TestApp {
    /// The id of a list entry of unit A by its seeded code.
    pub async fn entry(&self, kind: lotsen_domain::lists::ListKind, code: &str) -> ListEntryId {
        self.store.lists(self.unit_a).await.unwrap().by_code(kind, code).unwrap_or_else(|| panic!("no {code}")).id
    }

    /// A case of unit A owned by `coordinator`, with one phone contact of 20 minutes.
    pub async fn make_case(&self, coordinator: &str) -> CaseId {
        self.make_case_in(self.unit_a, coordinator).await
    }

    /// The same in `unit`, with its own lists.
    pub async fn make_case_in(&self, unit: UnitId, coordinator: &str) -> CaseId {
        use lotsen_domain::lists::ListKind as K;
        let today = self.store.clock().today();
        let lists = self.store.lists(unit).await.unwrap();
        let entry = |kind, code: &str| lists.by_code(kind, code).unwrap_or_else(|| panic!("no {code}")).id;
        let tx = self.store.begin().await.unwrap();
        let case = tx
            .create_case(lotsen_store::NewCase {
                unit_id: unit,
                channel_id: entry(K::Channel, "phone"),
                first_contact_on: today,
                age_group_id: entry(K::AgeGroup, "19-65"),
                main_category_id: entry(K::Category, "economy"),
                secondary: vec![],
                returning: false,
                returning_reason: None,
                previous_case_id: None,
                residency: lotsen_domain::case::Residency::Yes,
                referring_org: None,
                coordinator_id: self.id(coordinator),
                external_id: None,
                documented: false,
            })
            .await
            .unwrap();
        tx.add_contact(
            &case,
            lotsen_store::NewContact {
                on: today,
                mode_id: entry(K::ContactMode, "phone"),
                minutes: 20,
                venue_id: None,
                note: String::new(),
                author_id: self.id(coordinator),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        case.id
    }

    /// Adds a suggested referral and a follow-up due in a week; returns their ids.
    pub async fn add_referral_and_follow_up(&self, case_id: CaseId) -> (i64, i64) {
        use lotsen_domain::lists::ListKind as K;
        let today = self.store.clock().today();
        let case = self.store.case(self.unit_a, case_id).await.unwrap();
        let tx = self.store.begin().await.unwrap();
        let r = tx
            .add_referral(
                &case,
                lotsen_store::NewReferral {
                    destination_id: self.entry(K::ReferralDestination, "social_services").await,
                    kind_id: self.entry(K::ReferralKind, "no_aid_decision").await,
                    on: today,
                    consent: false,
                    info_shared: false,
                    status: lotsen_domain::case::ReferralStatus::Suggested,
                    established_on: None,
                },
            )
            .await
            .unwrap();
        let f = tx.add_follow_up(&case, case.coordinator_id, today + chrono::Days::new(7)).await.unwrap();
        tx.commit().await.unwrap();
        (r.id, f.id)
    }

    /// A venue and a series of unit A, made directly in the store; returns their ids.
    pub async fn make_series(&self, start: &str, repeat: &str, day: &str) -> (i64, i64) {
        let days = [day.to_owned()];
        let rule = lotsen_domain::dropin::Schedule::parse(&lotsen_domain::dropin::ScheduleInput {
            start_date: start,
            start_time: "12:30",
            end_time: "14:30",
            repeat,
            weekdays: &days,
            ..Default::default()
        })
        .unwrap();
        let tx = self.store.begin().await.unwrap();
        let venue = tx
            .create_venue(
                self.unit_a,
                &lotsen_store::VenueInput {
                    name: "Stadsbiblioteket".into(),
                    room: "Gröna rummet".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let series = tx
            .create_series(
                self.unit_a,
                &lotsen_store::SeriesInput {
                    venue_id: venue,
                    dtstart: rule.start,
                    minutes: rule.minutes,
                    rrule: rule.rrule(),
                    staff: vec![],
                },
            )
            .await
            .unwrap();
        tx.commit().await.unwrap();
        (venue, series.id)
    }
}

/// The key the server derives from [`SECRET`] for `purpose` (e.g. `lotsen/forms/v1`).
pub fn derived_key(purpose: &[u8]) -> [u8; 32] {
    let mut k = [0_u8; 32];
    k.copy_from_slice(&lotsen_web::state::hmac(SECRET, purpose));
    k
}

impl TestApp {
    /// A contact-form token for `kind` ("request" or "feedback") of `unit`, as if the form had
    /// been opened a minute ago: the server checks it exactly as it checks a browser's.
    pub fn aged_token(&self, kind: &str, unit: UnitId) -> String {
        let now = chrono::Utc::now().timestamp();
        lotsen_web::public_form::issue(&derived_key(b"lotsen/forms/v1"), &format!("inquiry:{kind}:{unit}"), now - 60)
    }

    /// Sends the contact form of unit A (`kind` "request" or "feedback") without a cookie.
    pub async fn send_inquiry(&self, kind: &str, token: &str, fields: &[(&str, &str)]) -> Page {
        let path = if kind == "feedback" {
            format!("/contact/{}/feedback", self.unit_a)
        } else {
            format!("/contact/{}", self.unit_a)
        };
        let mut all: Vec<(&str, &str)> = vec![("token", token)];
        all.extend_from_slice(fields);
        let http = reqwest::Client::builder().redirect(Policy::none()).build().unwrap();
        let p = page(http.post(format!("{}{path}", self.addr)).form(&all).send().await.unwrap()).await;
        assert!(p.headers.get("set-cookie").is_none(), "the contact form sets no cookie");
        p
    }
}

impl TestApp {
    /// How many rows of the audit log record `action`.
    /// The details of every audit row of `action`, oldest first.
    pub async fn audit_details(&self, action: &str) -> Vec<serde_json::Value> {
        let sql = format!("SELECT detail FROM audit_log WHERE action = '{action}' ORDER BY id");
        self.store
            .unsafe_query_text(&sql)
            .await
            .unwrap()
            .into_iter()
            .map(|row| {
                let d = row[0].1.clone().unwrap_or_default();
                serde_json::from_str(&d).unwrap_or_else(|e| panic!("{d}: {e}"))
            })
            .collect()
    }

    pub async fn audited(&self, action: &str) -> usize {
        let sql = format!("SELECT CAST(id AS TEXT) AS id FROM audit_log WHERE action = '{action}'");
        self.store.unsafe_query_text(&sql).await.unwrap().len()
    }
}

impl TestApp {
    /// Imports a CSV of past cases through the case log's import, as `admin`, owned by `coordinator`.
    pub async fn import_cases(&self, admin: &str, coordinator: &str, csv: String) {
        let admin = self.login(admin).await;
        let token = admin.csrf().await;
        let form = reqwest::multipart::Form::new()
            .part("file", reqwest::multipart::Part::bytes(csv.into_bytes()).file_name("arenden.csv"))
            .text("coordinator", self.id(coordinator).to_string());
        let url = format!("{}/admin/import?csrf={token}", admin.base);
        let p = page(admin.http.post(url).multipart(form).send().await.unwrap()).await;
        assert!(p.status == 200 || p.status == 303, "import: {} {}", p.status, p.text());
    }
}

/// A PDF's text layer, read with pdftotext (poppler-utils, installed by the test command).
pub fn pdf_text(bytes: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("lotsen-records-{}-{}.pdf", std::process::id(), rand_name()));
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by the test command");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn rand_name() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}
