//! The OpenAPI 3.1 document of the JSON API, generated from the handlers' annotations.
use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{case_write, cases};
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

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
