//! QR codes (SVG) for addresses on this server, printed on posters for drop-in times and surveys.
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use qrcode::QrCode;
use qrcode::render::svg;

use crate::error::{AppError, AppResult};

/// A QR code (SVG) for an address on this server.
pub fn qr(url: &str) -> AppResult<Response> {
    let code = QrCode::new(url.as_bytes()).map_err(|e| AppError::Internal(anyhow::anyhow!("QR code: {e}")))?;
    let image = code.render::<svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
    Ok(([(CONTENT_TYPE, "image/svg+xml; charset=utf-8"), (CACHE_CONTROL, "public, max-age=86400")], image)
        .into_response())
}
