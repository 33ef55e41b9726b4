//! Messages out, against a real mail server (aiosmtpd, STARTTLS required, a throwaway certificate
//! the app is told to trust): a coordinator sends a survey link by e-mail; it waits sealed in the
//! outbox, goes out once though two nodes send at the same moment, is tried again after the mail
//! server was down, and is erased of who it went to and what it said once sent.
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use chrono::TimeDelta;
use lotsen_domain::clock::Clock;
use lotsen_domain::outbox::{Content, Purpose, Recipient};
use lotsen_web::outbox::{MailSettings, SmsSettings, queue, send_due};
use lotsen_web::{AppState, WebSettings};

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_survey_link_goes_out_by_email_once_and_is_erased_after,
    a_message_waits_while_the_mail_server_is_down,
    an_sms_goes_through_the_gateway_with_its_token_and_is_tried_again
);

fn clock() -> Clock {
    Clock::at_stockholm(chrono::NaiveDateTime::parse_from_str("2026-12-07 10:00", "%Y-%m-%d %H:%M").unwrap())
}

/// The test mail server: scripts/smtp_sink.py under the test Python (with aiosmtpd).
struct Sink {
    child: Option<Child>,
    port: u16,
    dir: tempfile::TempDir,
}

impl Sink {
    /// A certificate for localhost from a CA of its own (as a municipality's internal CA would
    /// issue it), and a port nothing listens on yet.
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let openssl = |args: &[&str]| {
            let ok = Command::new("openssl")
                .args(args)
                .current_dir(dir.path())
                .stderr(Stdio::null())
                .status()
                .expect("openssl runs (scripts/test.sh installs it)");
            assert!(ok.success(), "openssl {args:?}");
        };
        std::fs::write(
            dir.path().join("leaf.cnf"),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        let ca = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Lotsen test CA"];
        openssl(&[&ca[..], &["-keyout", "ca.key", "-out", "ca.pem"]].concat());
        openssl(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            "key.pem",
            "-out",
            "leaf.csr",
        ]);
        openssl(&[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "leaf.cnf",
            "-out",
            "cert.pem",
        ]);
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        Sink { child: None, port, dir }
    }

    fn start(&mut self) {
        let python = std::env::var("LOTSEN_PYTHON").unwrap_or_else(|_| "python3".into());
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/smtp_sink.py");
        let mut child = Command::new(python)
            .arg(script)
            .arg(self.port.to_string())
            .arg(self.dir.path().join("cert.pem"))
            .arg(self.dir.path().join("key.pem"))
            .arg(self.dir.path().join("mail.jsonl"))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the test Python runs (LOTSEN_PYTHON, with aiosmtpd from scripts/requirements-test.txt)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready", "the mail server did not start (is aiosmtpd installed?)");
        self.child = Some(child);
    }

    fn settings(&self) -> MailSettings {
        MailSettings {
            smtp_url: format!("smtp://localhost:{}", self.port),
            from: "Råd och stöd <radochstod@kommun.test>".into(),
            ca_pem: Some(std::fs::read(self.dir.path().join("ca.pem")).unwrap()),
        }
    }

    /// Every message received, oldest first.
    fn received(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.dir.path().join("mail.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A node of the installation over the same store, with mail on.
fn node(app: &TestApp, mail: &MailSettings) -> AppState {
    let mut settings = WebSettings::new("http://lotsen.test", SECRET);
    settings.mail = Some(mail.clone());
    settings.outbox_every = None;
    AppState::new(app.store.clone(), settings)
}

async fn rows(app: &TestApp) -> Vec<Vec<(String, Option<String>)>> {
    app.store
        .unsafe_query_text(
            "SELECT state, CAST(attempts AS TEXT) AS attempts, CAST(sealed IS NULL AS TEXT) AS erased, last_error, \
             CAST(sent_at AS TEXT) AS sent_at FROM outbox ORDER BY id",
        )
        .await
        .unwrap()
}

async fn a_survey_link_goes_out_by_email_once_and_is_erased_after(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let mut sink = Sink::new();
    sink.start();
    let mail = sink.settings();
    let base = start_server_with(app.store.clone(), |s| s.mail = Some(mail.clone())).await;
    let coord = Client::new(&base);
    coord.post_form("/login", &[("username", "coord.a"), ("password", PASSWORD)]).await.assert_status(303);
    let survey = app.store.surveys(app.unit_a).await.unwrap().into_iter().find(|s| s.active).unwrap();
    let inv = coord.post_form("/surveys/invitations", &[("survey", &survey.id.to_string())]).await;
    inv.assert_status(200);
    assert!(inv.text().contains("Skicka länken"));
    let token = inv.text().split("/s/i/").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let sid = survey.id.to_string();

    // Refused per field, the typed address kept, nothing queued.
    let p = coord
        .post_form("/surveys/invitations/send", &[("survey", &sid), ("token", &token), ("recipient", "sara@")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Skriv en e-postadress"));
    assert!(p.body.contains(r#"value="sara@""#));
    let p = coord
        .post_form("/surveys/invitations/send", &[("survey", &sid), ("token", &token), ("recipient", "070-123 45 67")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("kan inte skicka dit"), "SMS is not set up here");
    coord
        .post_form(
            "/surveys/invitations/send",
            &[("survey", &sid), ("token", "not-a-token"), ("recipient", "sara@exempel.se")],
        )
        .await
        .assert_status(404);
    let other = app.login("coord.b").await;
    other
        .post_form(
            "/surveys/invitations/send",
            &[("survey", &sid), ("token", &token), ("recipient", "sara@exempel.se")],
        )
        .await
        .assert_status(404);
    assert!(rows(&app).await.is_empty());

    let p = coord
        .post_form(
            "/surveys/invitations/send",
            &[("survey", &sid), ("token", &token), ("recipient", "Sara.Haddad@Exempel.se"), ("lang", "ar")],
        )
        .await;
    p.assert_status(200);
    assert!(p.text().contains("Länken skickas inom någon minut."));
    let detail = app.audit_details("survey_invitation.send").await;
    assert_eq!(detail.len(), 1);
    assert_eq!(detail[0]["channel"], "email");
    assert!(!detail[0].to_string().contains("Sara"), "the log does not hold the address");
    // Waiting, sealed: the address is nowhere in plain text.
    let dump = app.store.unsafe_query_text("SELECT channel, purpose, reference, state FROM outbox").await.unwrap();
    assert_eq!(dump.len(), 1);
    assert!(!format!("{dump:?}").contains("Sara"));

    // Two nodes send at the same moment, with eleven more messages queued: each goes out once.
    let a = node(&app, &mail);
    let b2 = node(&app, &mail);
    let tx = app.store.begin().await.unwrap();
    for i in 0..11 {
        let content = Content {
            to: Recipient::parse(&format!("person{i}@exempel.se")).unwrap(),
            subject: "Vad tyckte du om ditt besök hos oss?".into(),
            body: format!("Meddelande {i}"),
        };
        lotsen_web::outbox::enqueue(&tx, queue(&a, Some(app.unit_a), Purpose::SurveyInvitation, &content).unwrap())
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let (sent_a, sent_b) = tokio::join!(send_due(&a, "node-a"), send_due(&b2, "node-b"));
    assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 12);
    let mail_in = sink.received();
    assert_eq!(mail_in.len(), 12, "every message once");
    let mut to: Vec<String> = mail_in.iter().map(|m| m["to"][0].as_str().unwrap().to_owned()).collect();
    to.sort();
    to.dedup();
    assert_eq!(to.len(), 12, "no one got two");
    assert!(mail_in.iter().all(|m| m["tls"] == true), "STARTTLS every time");

    // The resident's message: in Arabic, the link whole, a subject with nothing typed in it.
    let sara = mail_in.iter().find(|m| m["to"][0] == "Sara.Haddad@exempel.se").expect("Sara's message");
    let data = sara["data"].as_str().unwrap();
    assert!(data.lines().any(|l| l.starts_with("Subject:") && !l.contains("Sara")), "{data}");
    assert!(data.contains("radochstod@kommun.test"), "{data}");
    let body = decoded_body(data);
    assert!(body.contains(&format!("/s/i/{token}")), "{body}");
    assert!(body.contains("أجب هنا"), "{body}");
    assert!(!body.contains('\u{2068}'), "no isolation marks around the link");

    // Sent: kept as sent, with who and what erased; sending again sends nothing.
    let r = rows(&app).await;
    assert_eq!(r.len(), 12);
    assert!(
        r.iter().all(|row| row[0].1.as_deref() == Some("sent") && matches!(row[2].1.as_deref(), Some("1" | "true"))),
        "{r:?}"
    );
    assert_eq!(send_due(&a, "node-a").await.unwrap(), 0);
    assert_eq!(sink.received().len(), 12);
}

/// The text of a message as a person reads it (the body may be quoted-printable or base64).
fn decoded_body(data: &str) -> String {
    let (head, body) = data.split_once("\r\n\r\n").or_else(|| data.split_once("\n\n")).unwrap();
    if head.to_ascii_lowercase().contains("content-transfer-encoding: base64") {
        use base64::Engine;
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(base64::engine::general_purpose::STANDARD.decode(joined).unwrap()).unwrap()
    } else if head.to_ascii_lowercase().contains("quoted-printable") {
        let soft = body.replace("=\r\n", "").replace("=\n", "");
        let mut out = Vec::new();
        let bytes = soft.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'=' && i + 2 < bytes.len() && u8::from_str_radix(&soft[i + 1..i + 3], 16).is_ok() {
                out.push(u8::from_str_radix(&soft[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    } else {
        body.to_owned()
    }
}

async fn a_message_waits_while_the_mail_server_is_down(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let mut sink = Sink::new();
    let mail = sink.settings();
    let a = node(&app, &mail);
    let content = Content {
        to: Recipient::parse("sara@exempel.se").unwrap(),
        subject: "Vad tyckte du om ditt besök hos oss?".into(),
        body: "Svara här".into(),
    };
    let tx = app.store.begin().await.unwrap();
    lotsen_web::outbox::enqueue(&tx, queue(&a, Some(app.unit_a), Purpose::SurveyInvitation, &content).unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();

    // Nothing listens: the try fails, is counted, and waits a minute.
    assert_eq!(send_due(&a, "node-a").await.unwrap(), 0);
    let r = rows(&app).await;
    assert_eq!(r[0][0].1.as_deref(), Some("waiting"));
    assert_eq!(r[0][1].1.as_deref(), Some("1"));
    let error = r[0][3].1.clone().unwrap();
    assert!(error.contains("mail server") && !error.contains("sara"), "{error}");
    assert!(matches!(r[0][2].1.as_deref(), Some("0" | "false")), "still sealed while it waits");

    // Up again, but not yet a minute on: it waits. After the minute it goes out.
    sink.start();
    assert_eq!(send_due(&a, "node-a").await.unwrap(), 0);
    assert!(sink.received().is_empty());
    app.store.clock().advance(TimeDelta::seconds(61));
    assert_eq!(send_due(&a, "node-a").await.unwrap(), 1);
    assert_eq!(sink.received().len(), 1);
    let r = rows(&app).await;
    assert_eq!(r[0][0].1.as_deref(), Some("sent"));
    assert_eq!(r[0][1].1.as_deref(), Some("2"), "two tries in all");
    assert!(r[0][3].1.is_none(), "the error is cleared");

    // Given up after eight tries: erased all the same.
    drop(sink);
    let tx = app.store.begin().await.unwrap();
    lotsen_web::outbox::enqueue(&tx, queue(&a, Some(app.unit_a), Purpose::SurveyInvitation, &content).unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    for _ in 0..8 {
        send_due(&a, "node-a").await.unwrap();
        app.store.clock().advance(TimeDelta::hours(1));
    }
    let r = rows(&app).await;
    assert_eq!(r[1][0].1.as_deref(), Some("failed"));
    assert_eq!(r[1][1].1.as_deref(), Some("8"));
    assert!(matches!(r[1][2].1.as_deref(), Some("1" | "true")), "erased when given up");
}

/// A stand-in for the SMS gateway: records each request (its authorisation and JSON body) and
/// answers 503 to the first, 202 after.
async fn sms_stub() -> (String, std::sync::Arc<std::sync::Mutex<Vec<(String, serde_json::Value)>>>) {
    use axum::http::{HeaderMap, StatusCode};
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    let app = axum::Router::new().route(
        "/v1/messages",
        axum::routing::post(move |headers: HeaderMap, axum::Json(body): axum::Json<serde_json::Value>| {
            let record = record.clone();
            async move {
                let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
                let mut seen = record.lock().unwrap();
                seen.push((auth, body));
                if seen.len() == 1 { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::ACCEPTED }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}/v1/messages", listener.local_addr().unwrap().port());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, seen)
}

async fn an_sms_goes_through_the_gateway_with_its_token_and_is_tried_again(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let (url, seen) = sms_stub().await;
    let sms = SmsSettings { url, token: "test-token-123".into(), from: "Lotsen".into() };
    let base = start_server_with(app.store.clone(), |s| s.sms = Some(sms.clone())).await;
    let coord = Client::new(&base);
    coord.post_form("/login", &[("username", "coord.a"), ("password", PASSWORD)]).await.assert_status(303);
    let survey = app.store.surveys(app.unit_a).await.unwrap().into_iter().find(|s| s.active).unwrap();
    let sid = survey.id.to_string();
    let inv = coord.post_form("/surveys/invitations", &[("survey", &sid)]).await;
    assert!(inv.text().contains("E-post eller mobilnummer"));
    let token = inv.text().split("/s/i/").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let p = coord
        .post_form("/surveys/invitations/send", &[("survey", &sid), ("token", &token), ("recipient", "ring mig")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("eller ett mobilnummer"));
    let p = coord
        .post_form(
            "/surveys/invitations/send",
            &[("survey", &sid), ("token", &token), ("recipient", "sara@exempel.se")],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("kan inte skicka dit"), "e-mail is not set up here");
    coord
        .post_form("/surveys/invitations/send", &[("survey", &sid), ("token", &token), ("recipient", "070-123 45 67")])
        .await
        .assert_status(200);

    let mut settings = WebSettings::new("http://lotsen.test", SECRET);
    settings.sms = Some(sms);
    settings.outbox_every = None;
    let node = AppState::new(app.store.clone(), settings);
    assert_eq!(send_due(&node, "node-a").await.unwrap(), 0);
    let r = rows(&app).await;
    assert_eq!(r[0][0].1.as_deref(), Some("waiting"));
    assert_eq!(r[0][3].1.as_deref(), Some("the SMS gateway answered 503"));
    app.store.clock().advance(TimeDelta::seconds(61));
    assert_eq!(send_due(&node, "node-a").await.unwrap(), 1);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "one failed try, one that went through");
    let (auth, body) = &seen[1];
    assert_eq!(auth, "Bearer test-token-123");
    assert_eq!(body["to"], "+46701234567");
    assert_eq!(body["from"], "Lotsen");
    assert!(body["reference"].as_str().is_some_and(|r| r.len() > 20), "a reference to drop repeats by");
    assert_eq!(seen[0].1["reference"], body["reference"], "the same on every try");
    let message = body["message"].as_str().unwrap();
    assert!(message.contains(&format!("/s/i/{token}")) && message.contains("Vad tyckte du?"), "{message}");
    let r = rows(&app).await;
    assert_eq!(r[0][0].1.as_deref(), Some("sent"));
    assert!(matches!(r[0][2].1.as_deref(), Some("1" | "true")), "erased once sent");
}
