//! Lotsen's web application: the axum router, its handlers, templates, languages and middleware.
//!
//! [`serve`] takes a bound listener and runs until shut down; the binary only parses its
//! configuration and calls it, and tests bind port 0.
#![forbid(unsafe_code)]

pub mod admin;
pub mod api;
pub mod audit;
pub mod audit_log;
pub mod audit_review;
pub mod auth;
pub mod case;
pub mod client;
pub mod concern;
pub mod directory;
pub mod dropin;
pub mod error;
pub mod family;
pub mod follow;
pub mod forms;
pub mod guide;
pub mod home;
pub mod housing;
pub mod i18n;
pub mod id;
pub mod inquiry;
pub mod json;
pub mod keys;
pub mod links;
pub mod openapi;
pub mod ops;
pub mod outbox;
pub mod outreach;
pub mod pages;
pub mod persons;
pub mod public_form;
pub mod public_pages;
pub mod qr;
pub mod report;
pub mod report_inputs;
pub mod routes;
pub mod setup;
pub mod state;
pub mod survey;
pub mod upload;
pub mod views;

use lotsen_domain::audit_action::AuditAction;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::middleware;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use routes::{RouteSpec, route_table};
pub use state::{AppState, WebSettings};

/// The largest form or logo accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// The largest file import accepted (a few hundred thousand rows of CSV).
pub const MAX_UPLOAD_BYTES: usize = 32 * 1024 * 1024;

/// The whole application with its layers, ready to serve.
pub fn app(state: AppState) -> Router {
    ops::init_metrics();
    // Outermost last. Router::layer wraps each route, so `track` sees the matched route template.
    routes::router(state)
        .layer(RequestBodyLimitLayer::new(MAX_UPLOAD_BYTES))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(ops::track))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn(pages::error_pages))
        .layer(middleware::from_fn(pages::security_headers))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

/// Serves the application on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let store = state.store.clone();
    let fields_key = state.keys.fields;
    if let Some(every) = state.settings.outbox_every {
        outbox::spawn(state.clone(), every);
    }
    // Housekeeping: expired sessions, old sign-in failures, survey and contact-form retention
    // (idempotent, so every node may run it), and the record's retention (one node, by its lease).
    tokio::spawn(async move {
        // The first round ten minutes after start: a node that restarts often does not purge in a
        // loop, and a test's own retention calls never race it.
        let every = Duration::from_secs(600);
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        loop {
            tick.tick().await;
            if let Err(e) = store.purge_sessions().await {
                tracing::warn!(error = %e, "session purge failed");
            }
            if let Err(e) = store.purge_login_failures(24 * 3600).await {
                tracing::warn!(error = %e, "sign-in failure purge failed");
            }
            // Sent and given-up messages are kept 90 days as a record (nothing personal is left in them).
            if let Err(e) = store.purge_outbox(90 * 86_400).await {
                tracing::warn!(error = %e, "outbox purge failed");
            }
            // Survey free text past each unit's time, spent form nonces, long-expired invitations.
            match store.purge_surveys(store.clock().today()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(removed = n, "survey free text removed by retention"),
                Err(e) => tracing::warn!(error = %e, "survey retention failed"),
            }
            // Contact requests nobody handled in time and old feedback lose their text; culling is logged.
            match store.purge_inquiries(store.clock().today()).await {
                Ok(units) => {
                    for (unit, n) in units {
                        let row = lotsen_store::NewAudit {
                            actor_id: None,
                            actor_name: "lotsen".into(),
                            unit_id: Some(unit),
                            action: AuditAction::InquiryExpire,
                            record_type: "unit",
                            record_id: unit.to_string(),
                            detail: serde_json::json!({ "removed": n }),
                            ip: String::new(),
                        };
                        if let Err(e) = store.audit(row).await {
                            tracing::warn!(error = %e, "retention audit failed");
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "contact form retention failed"),
            }
            // The documented record's retention, once a night, by whichever node takes the job.
            let holder = lotsen_app::retention::holder();
            match lotsen_app::retention::run_scheduled(&store, &fields_key, &holder, false).await {
                Ok(lotsen_app::retention::Scheduled::Ran(runs)) => {
                    let cases: u64 = runs.iter().filter_map(|r| r.culled).map(|c| c.cases).sum();
                    tracing::info!(cases, "retention ran");
                }
                Ok(lotsen_app::retention::Scheduled::NotTaken) => {}
                Err(e) => tracing::warn!(error = %e, "retention failed"),
            }
        }
    });
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
