//! `lotsen serve`.
use std::process::ExitCode;

use lotsen_store::Store;
use lotsen_web::{AppState, WebSettings};

use crate::config::Config;

pub async fn run(mut config: Config, store: Store) -> anyhow::Result<ExitCode> {
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
    let addr = listener.local_addr()?;
    if !config.base_url_given && config.bind.port() == 0 {
        // Port 0 asks the system for a free port; the address people use is the one we got.
        let host = if addr.ip().is_unspecified() { "127.0.0.1".to_owned() } else { addr.ip().to_string() };
        config.base_url = format!("http://{host}:{}", addr.port());
    }
    let secret = config.secret_key.as_ref().ok_or_else(|| anyhow::anyhow!("no secret key"))?;
    let settings = WebSettings {
        base_url: config.base_url.clone(),
        secret_key: secret.expose().as_bytes().to_vec(),
        trusted_proxies: config.trusted_proxies,
        public_per_minute: config.public_per_minute,
        metrics_token: config.metrics_token.as_ref().map(|t| t.expose().to_owned()),
        admin_two_factor: config.admin_two_factor,
        mail: config.mail.as_ref().map(|m| lotsen_web::outbox::MailSettings {
            smtp_url: m.smtp_url.expose().to_owned(),
            from: m.from.clone(),
            ca_pem: m.ca_pem.clone(),
        }),
        sms: config.sms.as_ref().map(|s| lotsen_web::outbox::SmsSettings {
            url: s.url.clone(),
            token: s.token.expose().to_owned(),
            from: s.from.clone(),
        }),
        outbox_every: Some(std::time::Duration::from_secs(10)),
    };
    tracing::info!(%addr, backend = store.backend().as_str(), "listening");
    println!("Lotsen is running at {} (listening on {addr}, database: {}).", config.base_url, store.backend().as_str());
    if let Some(token) = lotsen_web::setup::issue_link_if_empty(&store).await? {
        println!();
        println!("No account exists yet. Open this one-time link within 24 hours to create the first admin:");
        println!("  {}/setup?token={token}", config.base_url);
        println!("or create one from the command line:");
        println!("  lotsen user add --role admin --unit \"Råd och stöd\" --username YOUR.NAME --name \"Your Name\"");
        println!();
    }
    println!("Press Ctrl+C to stop.");
    lotsen_web::serve(listener, AppState::new(store, settings), shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
