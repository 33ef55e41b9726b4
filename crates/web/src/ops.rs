//! What operations teams need: liveness, readiness, Prometheus metrics, and the static assets.
use lotsen_domain::ids::UnitId;
use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::state::AppState;

/// The process is up.
pub async fn healthz() -> &'static str {
    "ok"
}

/// The process can serve: the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(&[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0])
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        // Several servers in one test process share the one global recorder; that is fine.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// Installs the recorder; called when the router is built.
pub fn init_metrics() {
    let _ = prometheus();
}

/// Counts requests and their latency by route template (never by raw path: ids would explode it).
pub async fn track(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = req.method().as_str().to_owned();
    let start = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("lotsen_http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("lotsen_http_request_duration_seconds", "method" => method, "route" => route)
        .record(start.elapsed().as_secs_f64());
    res
}

/// `GET /metrics`, for a scraper that sends `Authorization: Bearer` with the configured metrics
/// token. Without a configured token the endpoint does not exist; a wrong token is refused the same
/// way, so the route tells nothing to whoever guesses.
pub async fn metrics_text(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let given = crate::auth::session::bearer(&headers).unwrap_or_default();
    let allowed = state.settings.metrics_token.as_deref().is_some_and(|want| {
        use subtle::ConstantTimeEq;
        // Compared as digests, so the comparison takes the same time whatever the lengths.
        bool::from(Sha256::digest(want.as_bytes()).ct_eq(&Sha256::digest(given.as_bytes())))
    });
    if !allowed {
        return AppError::NotFound.into_response();
    }
    let pool = state.store.pool_stats();
    metrics::gauge!("lotsen_db_pool_connections", "state" => "open").set(f64::from(pool.size));
    metrics::gauge!("lotsen_db_pool_connections", "state" => "idle").set(f64::from(pool.idle));
    ([(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], prometheus().render()).into_response()
}

/// Assets compiled into the binary, so one file is the whole application.
const ASSETS: &[(&str, &str, &[u8])] = &[
    ("app.css", "text/css; charset=utf-8", include_bytes!("../static/app.css")),
    ("favicon.svg", "image/svg+xml", include_bytes!("../static/favicon.svg")),
    ("kiosk.js", "text/javascript; charset=utf-8", include_bytes!("../static/kiosk.js")),
];

/// A short hash of all assets; pages link `?v=` with it, so assets can be cached for a year.
pub fn asset_version() -> &'static str {
    static V: OnceLock<String> = OnceLock::new();
    V.get_or_init(|| {
        let mut h = Sha256::new();
        for (_, _, bytes) in ASSETS {
            h.update(bytes);
        }
        hex::encode(&h.finalize()[..6])
    })
}

pub async fn asset(axum::extract::Path(name): axum::extract::Path<String>, headers: HeaderMap) -> Response {
    let Some((_, kind, bytes)) = ASSETS.iter().find(|(n, _, _)| *n == name) else {
        return AppError::NotFound.into_response();
    };
    let etag = format!("\"{}\"", asset_version());
    if headers.get(IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes()) {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [
            (CONTENT_TYPE, (*kind).to_owned()),
            (CACHE_CONTROL, "public, max-age=31536000, immutable".to_owned()),
            (ETAG, etag),
        ],
        *bytes,
    )
        .into_response()
}

/// The unit's theme as CSS custom properties (names follow municipal design tokens, e.g.
/// Helsingborg's `--color--primary`). Served as a file because the CSP forbids inline styles.
pub async fn theme_css(
    State(state): State<AppState>,
    crate::id::Id(id): crate::id::Id<UnitId>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let unit = state.store.unit(id).await?;
    let etag = format!("\"{}-{}\"", unit.id, unit.updated_at);
    if headers.get(IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes()) {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    }
    // Both values were validated on the way in (#rrggbb and a bounded integer), so they are safe here.
    let css = format!(
        ":root {{\n  --color--primary: {};\n  --base-font-size: {}%;\n}}\n",
        unit.theme_primary, unit.font_scale
    );
    Ok((
        [(CONTENT_TYPE, "text/css; charset=utf-8".to_owned()), (CACHE_CONTROL, "no-cache".to_owned()), (ETAG, etag)],
        css,
    )
        .into_response())
}
