#![allow(clippy::unwrap_used)]
//! The `lotsen` binary as operators use it: real processes, real databases.
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const SECRET: &str = "binary-test-secret-0123456789abcdef0123456789";
const PASSWORD: &str = "ett långt lösenord för test";

fn lotsen() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lotsen"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("LOTSEN_")) {
        c.env_remove(k);
    }
    c.env("LOTSEN_LOG", "warn");
    c
}

fn pg_admin_url() -> String {
    std::env::var("LOTSEN_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh PostgreSQL database, dropped afterwards. Fails loudly when PostgreSQL is not running.
struct PgDb {
    url: String,
    name: String,
}

impl PgDb {
    fn new() -> Self {
        let name = format!("lotsen_bin_{}_{}", std::process::id(), rand_suffix());
        psql(&format!("CREATE DATABASE {name}"));
        let base = pg_admin_url();
        let url = format!("{}/{name}", &base[..base.rfind('/').unwrap()]);
        PgDb { url, name }
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        let _ = Command::new("psql")
            .arg(pg_admin_url())
            .arg("-qc")
            .arg(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
            .output();
    }
}

fn psql_on(url: &str, sql: &str) {
    let out = Command::new("psql")
        .arg(url)
        .arg("-v")
        .arg("ON_ERROR_STOP=1")
        .arg("-qc")
        .arg(sql)
        .output()
        .expect("psql must be installed");
    assert!(out.status.success(), "psql failed: {}", String::from_utf8_lossy(&out.stderr));
}

fn psql(sql: &str) {
    psql_on(&pg_admin_url(), sql);
}

fn rand_suffix() -> String {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{t:x}")
}

fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd.output().expect("run lotsen");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

fn add_user(env: &[(&str, &str)], username: &str, role: &str) {
    let mut c = lotsen();
    c.envs(env.iter().copied()).args([
        "user",
        "add",
        "--role",
        role,
        "--unit",
        "Råd och stöd Test",
        "--username",
        username,
        "--password-stdin",
    ]);
    c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "user add: {}", String::from_utf8_lossy(&out.stderr));
}

/// A running `lotsen serve`, killed on drop. Reads the address it prints.
struct Server {
    child: Child,
    base: String,
    stdout: Vec<String>,
}

impl Server {
    fn start(env: &[(&str, &str)]) -> Self {
        let mut child = lotsen()
            .envs(env.iter().copied())
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        let mut base = None;
        for _ in 0..20 {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            if let Some(rest) = line.split("listening on ").nth(1) {
                base = Some(format!("http://{}", rest.split(',').next().unwrap()));
            }
            let last = line.starts_with("Press Ctrl+C");
            lines.push(line);
            if last {
                break;
            }
        }
        let base = base.unwrap_or_else(|| panic!("server did not start: {lines:?}"));
        // Keep draining stdout so the process never blocks on a full pipe.
        std::thread::spawn(move || for _ in reader.lines() {});
        Server { child, base, stdout: lines }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

async fn csrf(c: &reqwest::Client, base: &str, path: &str) -> String {
    let body = c.get(format!("{base}{path}")).send().await.unwrap().text().await.unwrap();
    let i = body.find("name=\"csrf\" value=\"").expect("csrf field") + 19;
    body[i..].split('"').next().unwrap().to_owned()
}

async fn login(c: &reqwest::Client, base: &str, username: &str) {
    let token = csrf(c, base, "/login").await;
    let r = c
        .post(format!("{base}/login"))
        .form(&[("csrf", token.as_str()), ("username", username), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "login on {base}");
}

#[tokio::test]
async fn two_nodes_on_one_postgres_share_sessions() {
    let db = PgDb::new();
    let env = [("LOTSEN_DATABASE_URL", db.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let (ok, out) = run(lotsen().envs(env).arg("migrate"));
    assert!(ok, "{out}");
    add_user(&env, "anna.chef", "manager");
    let a = Server::start(&env);
    let b = Server::start(&env);
    assert_ne!(a.base, b.base);
    let c = client();
    login(&c, &a.base, "anna.chef").await;
    let r = c.get(format!("{}/audit", b.base)).send().await.unwrap();
    assert_eq!(r.status(), 200, "the session made on node A is valid on node B");
    assert!(r.text().await.unwrap().contains("anna.chef"));
    // Signing out on B ends it on A too.
    let token = csrf(&c, &b.base, "/").await;
    c.post(format!("{}/logout", b.base)).form(&[("csrf", token)]).send().await.unwrap();
    assert_eq!(c.get(format!("{}/audit", a.base)).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn the_embedded_default_prints_a_setup_link_and_keeps_data_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_s = data.to_str().unwrap();
    let env = [("LOTSEN_DATA_DIR", data_s)];
    let first = Server::start(&env);
    let link = first
        .stdout
        .iter()
        .find_map(|l| l.split_whitespace().find(|w| w.contains("/setup?token=")))
        .expect("a setup link")
        .to_owned();
    assert!(data.join("lotsen.db").exists() && data.join("secret.key").exists());
    let c = client();
    let path = link.trim_start_matches(&first.base);
    let token = path.split("token=").nth(1).unwrap().to_owned();
    let csrf_token = csrf(&c, &first.base, path).await;
    let r = c
        .post(format!("{}/setup", first.base))
        .form(&[
            ("csrf", csrf_token.as_str()),
            ("token", token.as_str()),
            ("unit_name", "Råd och stöd Test"),
            ("display_name", "Anna Admin"),
            ("username", "anna"),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // The first admin sets up two-step verification before the session starts.
    assert_eq!(r.headers()["location"], "/login/enrol");
    let page = c.get(format!("{}/login/enrol", first.base)).send().await.unwrap().text().await.unwrap();
    let i = page.find("class=\"totp-key\" dir=\"ltr\">").expect("the key to type into the app") + 27;
    let key = page[i..].split('<').next().unwrap();
    let secret = lotsen_domain::two_factor::from_base32(key).expect("a base32 key");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let code = lotsen_domain::two_factor::code_at(&secret, lotsen_domain::two_factor::step_at(now.try_into().unwrap()));
    let csrf_token = csrf(&c, &first.base, "/login/enrol").await;
    let r = c
        .post(format!("{}/login/enrol", first.base))
        .form(&[("csrf", csrf_token.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap().matches("<li><code>").count(), 10, "ten recovery codes, shown once");
    let home = c.get(format!("{}/", first.base)).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Anna Admin"));
    // The link works once.
    assert_eq!(c.get(format!("{}{path}", first.base)).send().await.unwrap().status(), 404);
    drop(first);

    let second = Server::start(&env);
    assert!(!second.stdout.iter().any(|l| l.contains("/setup?token=")), "no setup link once an account exists");
    let r = c.get(format!("{}/", second.base)).send().await.unwrap();
    assert_eq!(r.status(), 200, "the session and the data survived the restart");
    let (ok, out) = run(lotsen().envs(env).args(["user", "list"]));
    assert!(ok && out.contains("anna") && out.contains("admin"), "{out}");
}

fn tamper_and_verify(env: &[(&str, &str)], break_it: impl FnOnce()) {
    add_user(env, "anna.chef", "manager");
    add_user(env, "kim.k", "coordinator");
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["user", "disable", "kim.k"]));
    assert!(ok, "{out}");
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "verify"]));
    assert!(ok && out.contains("intact") && out.contains("4 rows"), "{out}");
    break_it();
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "verify"]));
    assert!(!ok, "a changed row must fail verification: {out}");
    assert!(out.contains("row 3 was changed"), "{out}");
}

#[test]
fn audit_verify_detects_a_row_changed_in_postgres() {
    let db = PgDb::new();
    let env = [("LOTSEN_DATABASE_URL", db.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let url = db.url.clone();
    tamper_and_verify(&env, || {
        // Someone with owner rights removes the guard and edits a row.
        psql_on(
            &url,
            "DROP TRIGGER audit_log_append_only ON audit_log; UPDATE audit_log SET actor_name = 'someone' WHERE id = 3",
        );
    });
}

#[test]
fn audit_verify_detects_a_row_changed_in_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let env = [("LOTSEN_DATA_DIR", data.as_str())];
    let db = dir.path().join("lotsen.db");
    tamper_and_verify(&env, || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let store = lotsen_store::Store::connect(&format!("sqlite://{}", db.display())).await.unwrap();
            store.unsafe_execute("DROP TRIGGER audit_log_no_update").await.unwrap();
            store.unsafe_execute("UPDATE audit_log SET detail = '{}' WHERE id = 3").await.unwrap();
        });
    });
}

#[test]
fn check_config_explains_every_problem_on_its_own_line() {
    let (ok, out) = run(lotsen()
        .env("LOTSEN_DATABASE_URL", "mysql://x")
        .env("LOTSEN_BIND", "everywhere")
        .env("LOTSEN_LOG_FORMAT", "xml")
        .arg("check-config"));
    assert!(!ok);
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 4, "{out}");
    assert!(out.contains("4 problem(s) found"));
    let dir = tempfile::tempdir().unwrap();
    let (ok, out) = run(lotsen().env("LOTSEN_DATA_DIR", dir.path()).env("LOTSEN_TYPO", "1").arg("check-config"));
    assert!(ok, "{out}");
    assert!(out.contains("configuration ok") && out.contains("LOTSEN_TYPO"));
    let (ok, out) = run(lotsen()
        .env("LOTSEN_DATABASE_URL", "postgres://u:pw@h/db")
        .env("LOTSEN_SECRET_KEY", SECRET)
        .arg("check-config"));
    assert!(ok && !out.contains("pw@") && !out.contains(SECRET), "{out}");
}

/// Four rows, a checkpoint of them, then the newest row cut off: the shorter chain is whole in
/// itself, and only the checkpoint shows what went missing.
fn checkpoint_and_cut(env: &[(&str, &str)], cut: impl FnOnce()) {
    add_user(env, "anna.chef", "manager");
    add_user(env, "kim.k", "coordinator");
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["user", "disable", "kim.k"]));
    assert!(ok, "{out}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audit.checkpoint");
    let file = file.to_str().unwrap();
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "checkpoint", "--out", file]));
    assert!(ok && out.contains("4 rows"), "{out}");
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "verify", "--checkpoint", file]));
    assert!(ok && out.contains("checkpoint of") && out.contains("holds"), "{out}");
    // A forged checkpoint (fewer rows) is refused by its signature.
    let text = std::fs::read_to_string(file).unwrap();
    let forged = dir.path().join("forged");
    std::fs::write(&forged, text.replace("rows=4", "rows=3")).unwrap();
    let (ok, out) =
        run(lotsen().envs(env.iter().copied()).args(["audit", "verify", "--checkpoint", forged.to_str().unwrap()]));
    assert!(!ok && out.contains("signature"), "{out}");
    cut();
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "verify"]));
    assert!(ok && out.contains("3 rows"), "without the checkpoint the cut is not visible: {out}");
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "verify", "--checkpoint", file]));
    assert!(!ok && out.contains("rows were removed"), "{out}");
}

#[test]
fn a_checkpoint_catches_the_newest_rows_cut_off_in_postgres() {
    let db = PgDb::new();
    let env = [("LOTSEN_DATABASE_URL", db.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let url = db.url.clone();
    checkpoint_and_cut(&env, || {
        psql_on(&url, "DROP TRIGGER audit_log_append_only ON audit_log; DELETE FROM audit_log WHERE id = 4");
    });
}

#[test]
fn a_checkpoint_catches_the_newest_rows_cut_off_and_a_rechained_row_in_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let env = [("LOTSEN_DATA_DIR", data.as_str())];
    let db = dir.path().join("lotsen.db");
    let url = format!("sqlite://{}", db.display());
    checkpoint_and_cut(&env, || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let store = lotsen_store::Store::connect(&url).await.unwrap();
            store.unsafe_execute("DROP TRIGGER audit_log_no_delete").await.unwrap();
            store.unsafe_execute("DELETE FROM audit_log WHERE id = 4").await.unwrap();
        });
    });
    // Someone without the secret edits row 3 and writes its hash anew: it is not keyed, so it shows.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = lotsen_store::Store::connect(&url).await.unwrap();
        let rows = store.search_audit(&Default::default(), 10).await.unwrap().rows;
        let r = rows.iter().find(|r| r.id == 3).unwrap();
        let prev = store.audit_hash(2).await.unwrap().unwrap();
        let fields = lotsen_domain::audit::AuditFields {
            id: 3,
            at: &r.at,
            actor_id: r.actor_id,
            actor_name: "someone else",
            unit_id: r.unit_id,
            action: &r.action,
            record_type: &r.record_type,
            record_id: &r.record_id,
            detail: &r.detail,
            ip: &r.ip,
        };
        let hash = lotsen_domain::audit::chain_hash(&prev, &fields);
        store.unsafe_execute("DROP TRIGGER audit_log_no_update").await.unwrap();
        store
            .unsafe_execute(&format!("UPDATE audit_log SET actor_name = 'someone else', hash = '{hash}' WHERE id = 3"))
            .await
            .unwrap();
    });
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["audit", "verify"]));
    assert!(!ok && out.contains("row 3 is not keyed"), "{out}");
}

#[tokio::test]
async fn user_token_prints_a_working_api_token_and_audits_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let env = [("LOTSEN_DATA_DIR", data.as_str())];
    add_user(&env, "anna.chef", "manager");
    add_user(&env, "kim.k", "coordinator");
    let out = lotsen().envs(env).args(["user", "token", "anna.chef", "--name", "uppföljning"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let token = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(token.starts_with("lotsen_") && !token.contains('\n'), "stdout is the token alone: {token:?}");

    let (ok, out) = run(lotsen().envs(env).args(["user", "token", "nobody", "--name", "x"]));
    assert!(!ok && out.contains("no user"), "{out}");
    let (ok, out) = run(lotsen().envs(env).args(["user", "token", "kim.k", "--name", " "]));
    assert!(!ok && out.contains("1–80"), "{out}");
    let (ok, out) = run(lotsen().envs(env).args(["user", "disable", "kim.k"]));
    assert!(ok, "{out}");
    let (ok, out) = run(lotsen().envs(env).args(["user", "token", "kim.k", "--name", "x"]));
    assert!(!ok && out.contains("disabled"), "{out}");

    let server = Server::start(&env);
    let c = reqwest::Client::new();
    let r = c.get(format!("{}/api/v1/cases", server.base)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 200, "the token opens the API as its owner");
    drop(server);

    let store =
        lotsen_store::Store::connect(&format!("sqlite://{}", dir.path().join("lotsen.db").display())).await.unwrap();
    let filter = lotsen_store::AuditFilter { action: Some("token.create".into()), ..Default::default() };
    let rows = store.search_audit(&filter, 10).await.unwrap().rows;
    assert_eq!(rows.len(), 1, "one token made, one row: {rows:?}");
    assert_eq!(rows[0].actor_name, "cli");
    assert!(rows[0].detail.contains("uppföljning"), "{}", rows[0].detail);
    let (ok, out) = run(lotsen().envs(env).args(["audit", "verify"]));
    assert!(ok && out.contains("intact"), "{out}");
}

fn psql_value(url: &str, sql: &str) -> String {
    let out = Command::new("psql").arg(url).args(["-v", "ON_ERROR_STOP=1", "-qtAc", sql]).output().expect("psql");
    assert!(out.status.success(), "psql failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn the_demo_has_a_documenting_unit_with_sealed_residents() {
    let db = PgDb::new();
    let env = [("LOTSEN_DATABASE_URL", db.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let (ok, out) = run(lotsen().envs(env).arg("demo"));
    assert!(ok, "{out}");
    assert!(out.contains("keeps a documented record"), "{out}");
    let mode = psql_value(
        &db.url,
        "SELECT documentation_mode || ' ' || anonymous_walk_ins || ' ' || decision_ref FROM units WHERE name = 'Råd och stöd Norr'",
    );
    assert_eq!(mode, "documented true SN 2025/123");
    let norr = "(SELECT id FROM units WHERE name = 'Råd och stöd Norr')";
    assert_eq!(psql_value(&db.url, &format!("SELECT count(*) FROM persons WHERE unit_id = {norr}")), "3");
    let cases = psql_value(&db.url, "SELECT count(*) FROM cases WHERE documented AND person_id IS NOT NULL");
    assert_eq!(cases, "4", "one resident returns");
    let clear =
        psql_value(&db.url, "SELECT count(*) FROM persons WHERE position('Amina' in encode(sealed, 'escape')) > 0");
    assert_eq!(clear, "0", "no name in the clear");
    // The family coordination team holds families in two pairs, with consents and contacts.
    let team = "(SELECT id FROM units WHERE name = 'Samverkande koordinatorer Väster')";
    assert_eq!(psql_value(&db.url, &format!("SELECT count(*) FROM families WHERE unit_id = {team}")), "6");
    assert_eq!(psql_value(&db.url, &format!("SELECT count(*) FROM coordinator_pairs WHERE unit_id = {team}")), "2");
    let waiting = psql_value(&db.url, "SELECT count(*) FROM families WHERE status = 'waiting'");
    assert_eq!(waiting, "2");
    assert!(psql_value(&db.url, "SELECT count(*) FROM family_contacts").parse::<u32>().unwrap() >= 8);
    // The Housing First team follows its participants' tenancies.
    assert_eq!(psql_value(&db.url, "SELECT count(*) FROM housing_enrolments"), "8");
    assert_eq!(psql_value(&db.url, "SELECT count(*) FROM housing_enrolments WHERE tenancy_status = 'terminated'"), "1");
    // The anonymous unit stays as it was.
    let centrum = psql_value(&db.url, "SELECT documentation_mode FROM units WHERE name = 'Råd och stöd Centrum'");
    assert_eq!(centrum, "anonymous");
}

#[test]
fn purge_lists_what_it_culls_and_two_processes_run_it_once_on_postgres() {
    let db = PgDb::new();
    let env = [("LOTSEN_DATABASE_URL", db.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let (ok, out) = run(lotsen().envs(env).arg("demo"));
    assert!(ok, "{out}");
    // The documented unit's record ages ten years: everything in it is past its time.
    psql_on(
        &db.url,
        "UPDATE contacts SET on_date = on_date - 3660 WHERE case_id IN (SELECT id FROM cases WHERE documented);
         UPDATE cases SET first_contact_on = first_contact_on - 3660, closed_on = closed_on - 3660 WHERE documented;
         UPDATE journal_notes SET written_on = written_on - 3660;
         UPDATE contact_agreements SET starts_on = starts_on - 3660;
         UPDATE contact_check_ins SET held_on = held_on - 3660;
         UPDATE persons SET sample_day = false;",
    );
    let persons = psql_value(
        &db.url,
        "SELECT count(*) FROM persons WHERE unit_id = (SELECT id FROM units WHERE name = 'Råd och stöd Norr')",
    );
    assert_eq!(persons, "3");

    let (ok, dry) = run(lotsen().envs(env).args(["purge", "--dry-run"]));
    assert!(ok, "{dry}");
    assert!(dry.contains("Råd och stöd Norr: would cull 3 records (4 cases)"), "{dry}");
    let norr_persons =
        "SELECT count(*) FROM persons WHERE unit_id = (SELECT id FROM units WHERE name = 'Råd och stöd Norr')";
    assert_eq!(psql_value(&db.url, norr_persons), "3", "a dry run changes nothing");

    // Two nodes ask for the nightly run at the same moment: one runs it.
    let spawn = || lotsen().envs(env).args(["purge", "--due"]).stdout(Stdio::piped()).spawn().unwrap();
    let (a, b) = (spawn(), spawn());
    let outs: Vec<String> = [a, b]
        .into_iter()
        .map(|c| {
            let o = c.wait_with_output().unwrap();
            assert!(o.status.success());
            String::from_utf8_lossy(&o.stdout).into_owned()
        })
        .collect();
    let ran: Vec<&String> = outs.iter().filter(|o| o.contains("done, and written to the audit log")).collect();
    assert_eq!(ran.len(), 1, "{outs:?}");
    assert!(ran[0].contains("Råd och stöd Norr: culled 3 records (4 cases, 3 residents"), "{}", ran[0]);
    assert!(outs.iter().any(|o| o.contains("not due, or another node is running it")), "{outs:?}");
    assert_eq!(psql_value(&db.url, "SELECT count(*) FROM audit_log WHERE action = 'retention.run'"), "1");
    assert_eq!(psql_value(&db.url, norr_persons), "0");
    assert_eq!(psql_value(&db.url, "SELECT count(*) FROM journal_notes"), "0");
    assert_eq!(psql_value(&db.url, "SELECT count(*) FROM cases WHERE documented AND culled_on IS NULL"), "0");

    // Not due again today; asked to run at once it runs and finds nothing more.
    let (ok, out) = run(lotsen().envs(env).args(["purge", "--due"]));
    assert!(ok && out.contains("not due"), "{out}");
    let (ok, out) = run(lotsen().envs(env).arg("purge"));
    assert!(ok && out.contains("Råd och stöd Norr: culled 0 records"), "{out}");
    let (ok, out) = run(lotsen().envs(env).args(["audit", "verify"]));
    assert!(ok, "the audit chain holds after culling: {out}");
}

/// A change made after the backup: a new unit.
fn change(env: &[(&str, &str)], unit: &str) {
    let (ok, out) = run(lotsen().envs(env.iter().copied()).args(["unit", "add", unit]));
    assert!(ok, "{out}");
}

/// Every table, index and trigger of an embedded database, with every row, as `sqlite3 .dump`
/// writes them; sorted, since a copy may list the schema's objects in another order.
fn sqlite_dump(db: &std::path::Path) -> Vec<String> {
    let out = Command::new("sqlite3").arg(db).arg(".dump").output().expect("sqlite3 must be installed");
    assert!(out.status.success(), "sqlite3: {}", String::from_utf8_lossy(&out.stderr));
    let mut lines: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
    lines.sort();
    lines
}

/// Every table's rows of a PostgreSQL database, as `pg_dump --data-only --inserts` writes them.
fn pg_data(url: &str) -> String {
    let out = Command::new("pg_dump")
        .args(["--data-only", "--inserts", "--no-owner", "--dbname", url])
        .output()
        .expect("pg_dump must be installed");
    assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));
    // The dump's header names the database; the rows are what must match.
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("--") && !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn backup_while_serving_and_restore_give_back_every_table_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_s = data.to_str().unwrap().to_owned();
    let env = [("LOTSEN_DATA_DIR", data_s.as_str())];
    let (ok, out) = run(lotsen().envs(env).arg("demo"));
    assert!(ok, "{out}");
    let db = data.join("lotsen.db");
    let file = dir.path().join("lotsen-backup.db");
    {
        // Taken while the server runs.
        let server = Server::start(&env);
        let (ok, out) = run(lotsen().envs(env).arg("backup").arg(&file));
        assert!(ok, "{out}");
        assert!(out.contains("key fingerprint"), "{out}");
        drop(server);
    }
    let (ok, out) = run(lotsen().envs(env).arg("backup").arg(&file));
    assert!(!ok && out.contains("exists already"), "an existing file is never overwritten: {out}");
    let before = sqlite_dump(&db);
    assert!(before.iter().any(|l| l.starts_with("INSERT INTO cases")));
    assert!(before.iter().any(|l| l.starts_with("INSERT INTO audit_log")));
    assert_eq!(sqlite_dump(&file), before, "the backup holds every table as it was");

    // Work goes on, then the backup is put back: every table is as it was.
    change(&env, "Efter säkerhetskopian");
    assert_ne!(sqlite_dump(&db), before);
    let (ok, out) = run(lotsen().envs(env).arg("restore").arg(&file));
    assert!(ok, "{out}");
    assert_eq!(sqlite_dump(&db), before, "restored: every table identical");

    // Under another key nothing is restored; a damaged file neither.
    let other =
        [("LOTSEN_DATA_DIR", data_s.as_str()), ("LOTSEN_SECRET_KEY", "another-secret-key-0123456789abcdef0123")];
    change(&env, "Behålls");
    let now = sqlite_dump(&db);
    let (ok, out) = run(lotsen().envs(other).arg("restore").arg(&file));
    assert!(!ok && out.contains("another secret key") && out.contains("Nothing was restored"), "{out}");
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let (ok, out) = run(lotsen().envs(env).arg("restore").arg(&junk));
    assert!(!ok && out.contains("Nothing was restored"), "{out}");
    assert_eq!(sqlite_dump(&db), now, "a refused restore changes nothing");
}

#[test]
fn backup_and_restore_give_back_every_table_on_postgres() {
    let source = PgDb::new();
    let env = [("LOTSEN_DATABASE_URL", source.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let (ok, out) = run(lotsen().envs(env).arg("demo"));
    assert!(ok, "{out}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lotsen.dump");
    let (ok, out) = run(lotsen().envs(env).arg("backup").arg(&file));
    assert!(ok, "{out}");
    let before = pg_data(&source.url);
    assert!(before.contains("INSERT INTO public.cases"));

    // Into an empty database, as after losing the server: every table identical.
    let target = PgDb::new();
    let into = [("LOTSEN_DATABASE_URL", target.url.as_str()), ("LOTSEN_SECRET_KEY", SECRET)];
    let (ok, out) = run(lotsen().envs(into).arg("restore").arg(&file));
    assert!(ok, "{out}");
    assert_eq!(pg_data(&target.url), before, "restored: every table identical");
    // Over a database that went on: back to the backup.
    change(&env, "Efter säkerhetskopian");
    let (ok, out) = run(lotsen().envs(env).arg("restore").arg(&file));
    assert!(ok, "{out}");
    assert_eq!(pg_data(&source.url), before);
    // Under another key: refused, nothing changed.
    let wrong = [
        ("LOTSEN_DATABASE_URL", target.url.as_str()),
        ("LOTSEN_SECRET_KEY", "another-secret-key-0123456789abcdef0123"),
    ];
    change(&into, "Behålls");
    let now = pg_data(&target.url);
    let (ok, out) = run(lotsen().envs(wrong).arg("restore").arg(&file));
    assert!(!ok && out.contains("another secret key"), "{out}");
    assert_eq!(pg_data(&target.url), now);
}
