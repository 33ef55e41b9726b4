//! The OpenAPI 3.1 document of the JSON API, generated from the handlers' annotations. Like the
//! routes, it gathers the JSON handlers of every area: the case API, drop-in times and the report.
use axum::Json;
use serde_json::{Value, json};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api::{case_write, cases};
use crate::dropin::json as dropin;
use crate::report::api as report;

struct TokenAuth;

impl Modify for TokenAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal API token, created under My account → API tokens."))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Lotsen API", description = "Cases of a Råd och stöd unit, for integrations. Every call acts as the token's owner, within their unit and role. The drop-in schedule is public."),
    paths(cases::list, cases::read, case_write::create, case_write::update, case_write::close, cases::lists, dropin::sessions, report::report, report::units),
    modifiers(&TokenAuth),
    tags((name = "cases", description = "The case log"), (name = "drop-in", description = "Public drop-in times; no token needed"), (name = "report", description = "The effect report, small counts suppressed"))
)]
pub struct ApiDoc;

pub async fn document() -> Json<Value> {
    Json(described(ApiDoc::openapi()))
}

/// The generated document with the answers every operation can give that its annotations leave out:
/// 400 for a malformed query or body, and 401 and 403 where a token is needed. A sheet's cells are
/// text, whole numbers or null (the annotation says objects).
pub fn described(doc: utoipa::openapi::OpenApi) -> Value {
    let mut doc = serde_json::to_value(doc).unwrap_or_default();
    let error = json!({ "$ref": "#/components/schemas/ErrorBody" });
    let answer = |description: &str| json!({ "description": description, "content": { "application/json": { "schema": error } } });
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for op in paths.values_mut().filter_map(Value::as_object_mut).flat_map(|p| p.values_mut()) {
            let needs_token = op["security"].as_array().is_some_and(|s| s.iter().any(|r| r.get("token").is_some()));
            let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else { continue };
            responses.entry("400").or_insert_with(|| answer("A malformed query, path or body: `error` says why"));
            if needs_token {
                responses.entry("401").or_insert_with(|| answer("No token, or one that is revoked or unknown"));
                responses.entry("403").or_insert_with(|| answer("The token's owner has no role for this"));
            }
        }
    }
    if let Some(cell) = doc.pointer_mut("/components/schemas/SheetOut/properties/rows/items/items") {
        *cell = json!({ "type": ["string", "integer", "null"] });
    }
    doc
}
