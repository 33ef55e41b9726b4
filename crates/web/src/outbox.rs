//! Sending what waits in the outbox. Every node runs the job; each message is claimed by one node
//! at a time (a conditional update in the store), sent, and then erased of who it went to and
//! what it said. A try that fails waits longer each time (one minute, doubling, at most an hour)
//! and after eight the message is given up and erased all the same.
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use lotsen_app::privacy::{open_outbox, seal_outbox};
use lotsen_domain::ids::UnitId;
use lotsen_domain::outbox::{Channel, Content, MAX_ATTEMPTS, Purpose, Recipient, backoff_secs};
use lotsen_store::{Claimed, NewMessage, Tx};

use crate::auth::session::random_token;
use crate::state::AppState;

/// How e-mail leaves: an SMTP server that must speak TLS (STARTTLS on `smtp://`, TLS from the
/// first byte on `smtps://`), and the sender shown to recipients.
#[derive(Clone)]
pub struct MailSettings {
    /// `smtp://user:password@host:587` or `smtps://host:465`.
    pub smtp_url: String,
    /// `Råd och stöd <radochstod@kommun.se>`.
    pub from: String,
    /// PEM certificates to trust besides the public roots (an internal CA).
    pub ca_pem: Option<Vec<u8>>,
}

impl std::fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut url = url::Url::parse(&self.smtp_url).ok();
        if let Some(u) = url.as_mut().filter(|u| u.password().is_some()) {
            let _ = u.set_password(Some("***"));
        }
        f.debug_struct("MailSettings")
            .field("smtp_url", &url.map_or_else(|| "(unreadable)".to_owned(), |u| u.to_string()))
            .field("from", &self.from)
            .finish()
    }
}

/// How SMS leave: an HTTP gateway that takes one JSON request per message (docs/operations.md):
/// `POST url` with `Authorization: Bearer token` and `{"from", "to", "message", "reference"}`; any
/// 2xx is sent.
#[derive(Clone)]
pub struct SmsSettings {
    /// `https://sms.example.se/v1/messages` (plain `http://` only to this machine).
    pub url: String,
    pub token: String,
    /// The sender shown on the phone: up to 11 letters and digits, or a number.
    pub from: String,
}

impl std::fmt::Debug for SmsSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsSettings").field("url", &self.url).field("token", &"***").field("from", &self.from).finish()
    }
}

/// How long a node holds a claimed message before another may take it, and how long one try may
/// take in all (well inside the lease, so no other node takes a message that is still going out).
const LEASE_SECS: i64 = 120;
const TRY_SECS: u64 = 60;

/// Puts a message for `to` in the outbox in `tx`, sealed; the sending job takes it from there.
pub fn queue(
    state: &AppState,
    unit_id: Option<UnitId>,
    purpose: Purpose,
    content: &Content,
) -> anyhow::Result<NewMessage> {
    let reference = random_token();
    let sealed = seal_outbox(&state.keys.fields, &reference, content)?;
    Ok(NewMessage { unit_id, channel: content.to.channel(), purpose, reference, sealed })
}

/// Puts the message in the outbox with the rest of `tx`.
pub async fn enqueue(tx: &Tx, message: NewMessage) -> anyhow::Result<i64> {
    Ok(tx.enqueue_message(message).await?)
}

/// Whether messages of `channel` can go out from this installation.
pub fn can_send(state: &AppState, channel: Channel) -> bool {
    match channel {
        Channel::Email => state.settings.mail.is_some(),
        Channel::Sms => state.settings.sms.is_some(),
    }
}

/// Sends what is due, as node `node`, until nothing is left or the mail server fails (the rest
/// wait for the next round). Returns how many went out.
pub async fn send_due(state: &AppState, node: &str) -> anyhow::Result<usize> {
    let mut sent = 0;
    while let Some(m) = state.store.claim_message(node, LEASE_SECS).await? {
        let tried = tokio::time::timeout(Duration::from_secs(TRY_SECS), deliver(state, &m)).await;
        match tried.unwrap_or_else(|_| Err("the try took too long".to_owned())) {
            Ok(()) => {
                if state.store.message_sent(m.id, node).await? {
                    sent += 1;
                }
            }
            Err(e) => {
                let attempts = m.attempts + 1;
                let retry = (attempts < MAX_ATTEMPTS).then(|| state.clock.timestamp() + backoff_secs(attempts));
                tracing::warn!(message = m.id, attempts, gives_up = retry.is_none(), error = %e, "a message could not be sent");
                state.store.message_failed(m.id, node, &e, retry).await?;
                break;
            }
        }
    }
    Ok(sent)
}

/// One try at sending `m`; the error says what went wrong, without who it was for.
async fn deliver(state: &AppState, m: &Claimed) -> Result<(), String> {
    let sealed = m.sealed.as_ref().ok_or("the message has no content")?;
    let content = open_outbox(&state.keys.fields, &m.reference, sealed).map_err(|e| e.to_string())?;
    match (&content.to, m.channel) {
        (Recipient::Email(to), Channel::Email) => {
            let mail = state.settings.mail.as_ref().ok_or("e-mail is not configured (LOTSEN_SMTP_URL)")?;
            send_mail(mail, to, &content.subject, &content.body).await
        }
        (Recipient::Sms(to), Channel::Sms) => {
            let sms = state.settings.sms.as_ref().ok_or("SMS is not configured (LOTSEN_SMS_URL)")?;
            send_sms(sms, &m.reference, to, &content.body).await
        }
        _ => Err("the message's channel and recipient do not match".into()),
    }
}

async fn send_mail(mail: &MailSettings, to: &str, subject: &str, body: &str) -> Result<(), String> {
    let transport = smtp_transport(mail)?;
    let from: Mailbox = mail.from.parse().map_err(|e| format!("the sender address: {e}"))?;
    let to: Mailbox = to.parse().map_err(|_| "the recipient's address is not valid".to_owned())?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body.to_owned())
        .map_err(|e| format!("building the message: {e}"))?;
    // The server's answer may quote the recipient; only its kind is kept.
    transport.send(message).await.map(|_| ()).map_err(|e| smtp_error(&e))
}

async fn send_sms(sms: &SmsSettings, reference: &str, to: &str, body: &str) -> Result<(), String> {
    // The reference is the same on every try of one message: a gateway can drop a repeat.
    let json = serde_json::json!({ "from": sms.from, "to": to, "message": body, "reference": reference }).to_string();
    let status = tokio::time::timeout(Duration::from_secs(20), post_json(&sms.url, &sms.token, json))
        .await
        .map_err(|_| "the SMS gateway: a timeout".to_owned())??;
    if (200..300).contains(&status) { Ok(()) } else { Err(format!("the SMS gateway answered {status}")) }
}

/// One `POST` of a JSON body with a bearer token, over TLS (rustls with ring, the public roots)
/// for `https://`; the answer's status.
async fn post_json(url: &str, token: &str, json: String) -> Result<u16, String> {
    use http_body_util::{BodyExt, Full};
    use hyper_util::rt::TokioIo;

    let url = url::Url::parse(url).map_err(|e| format!("the SMS gateway's address: {e}"))?;
    let host = url.host_str().ok_or("the SMS gateway's address has no host")?.to_owned();
    let port = url.port_or_known_default().ok_or("the SMS gateway's address has no port")?;
    let tcp = tokio::net::TcpStream::connect((host.as_str(), port))
        .await
        .map_err(|_| "the SMS gateway: no connection".to_owned())?;
    let request = hyper::Request::post(&url[url::Position::BeforePath..])
        .header(hyper::header::HOST, url[url::Position::BeforeHost..url::Position::AfterPort].to_owned())
        .header(hyper::header::AUTHORIZATION, format!("Bearer {token}"))
        .header(hyper::header::CONTENT_TYPE, "application/json")
        .body(Full::new(axum::body::Bytes::from(json)))
        .map_err(|e| format!("the SMS request: {e}"))?;
    let failed = |e: hyper::Error| format!("the SMS gateway: a failed request ({e})");
    let response = if url.scheme() == "https" {
        let roots = rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let config =
            rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .map_err(|e| format!("TLS: {e}"))?
                .with_root_certificates(roots)
                .with_no_client_auth();
        let name = rustls::pki_types::ServerName::try_from(host).map_err(|e| format!("TLS: {e}"))?;
        let tls = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config))
            .connect(name, tcp)
            .await
            .map_err(|_| "the SMS gateway: a TLS failure".to_owned())?;
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls)).await.map_err(failed)?;
        tokio::spawn(conn);
        sender.send_request(request).await.map_err(failed)?
    } else {
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await.map_err(failed)?;
        tokio::spawn(conn);
        sender.send_request(request).await.map_err(failed)?
    };
    let status = response.status().as_u16();
    // Read the answer to its end so the connection closes cleanly; its content is not needed.
    let _ = response.into_body().collect().await;
    Ok(status)
}

fn smtp_error(e: &lettre::transport::smtp::Error) -> String {
    let kind = if e.is_transient() {
        "a temporary refusal"
    } else if e.is_permanent() {
        "a permanent refusal"
    } else if e.is_timeout() {
        "a timeout"
    } else if e.is_tls() {
        "a TLS failure"
    } else {
        "no connection"
    };
    match e.status() {
        Some(code) => format!("the mail server: {kind} ({code})"),
        None => format!("the mail server: {kind}"),
    }
}

/// The SMTP client for the settings: TLS always, by STARTTLS or from the start.
pub fn smtp_transport(mail: &MailSettings) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let url = url::Url::parse(&mail.smtp_url).map_err(|e| format!("the SMTP address: {e}"))?;
    let host = url.host_str().ok_or("the SMTP address has no host")?.to_owned();
    let implicit = match url.scheme() {
        "smtp" => false,
        "smtps" => true,
        other => return Err(format!("the SMTP address must start with smtp:// or smtps://, not {other}://")),
    };
    let mut tls = TlsParameters::builder(host.clone());
    if let Some(pem) = &mail.ca_pem {
        tls = tls.add_root_certificate(Certificate::from_pem(pem).map_err(|e| format!("the CA file: {e}"))?);
    }
    let tls = tls.build_rustls().map_err(|e| format!("TLS: {e}"))?;
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(url.port().unwrap_or(if implicit { 465 } else { 587 }))
        .tls(if implicit { Tls::Wrapper(tls) } else { Tls::Required(tls) })
        .timeout(Some(Duration::from_secs(20)));
    if !url.username().is_empty() {
        let decode = |s: &str| percent_decode(s);
        builder =
            builder.credentials(Credentials::new(decode(url.username()), decode(url.password().unwrap_or_default())));
    }
    Ok(builder.build())
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Runs the sending job on this node every `every`, as `node`.
pub fn spawn(state: AppState, every: Duration) {
    let node = format!("node-{}", uuid::Uuid::new_v4());
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = send_due(&state, &node).await {
                tracing::warn!(error = %e, "the outbox could not be read");
            }
        }
    });
}
