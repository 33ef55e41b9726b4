//! What the API conformance check (schemathesis against both OpenAPI documents) found, kept fixed:
//! every refusal in JSON with a documented status, and documents that name every answer.
use serde_json::{Value, json};

use crate::api::token_for;
use crate::both_backends;
use crate::helpers::*;

both_backends!(
    unreadable_query_parameters_answer_400_in_json,
    an_api_write_without_a_token_answers_401_in_json,
    the_documents_name_every_answer_the_server_gives
);

fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn json_answer(r: reqwest::Response, status: u16) -> Value {
    assert_eq!(r.status(), status, "{}", r.url());
    let ct = r.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(ct.starts_with("application/json"), "{}: {ct}", r.url());
    r.json().await.unwrap()
}

async fn unreadable_query_parameters_answer_400_in_json(b: Backend) {
    let app = spawn_app(b).await;
    let token = token_for(&app, "coord.a").await;
    let http = client();
    let url = |p: &str| format!("{}{p}", app.addr);

    // GET /api/v1/cases?overdue=null answered 400 in plain text.
    let r = http.get(url("/api/v1/cases?overdue=null")).bearer_auth(&token).send().await.unwrap();
    let body = json_answer(r, 400).await;
    assert!(
        body["error"].as_str().unwrap().starts_with("bad_request: ")
            && body["error"].as_str().unwrap().contains("overdue"),
        "{body}"
    );
    let r = http.get(url("/api/v1/cases?limit=-1")).bearer_auth(&token).send().await.unwrap();
    json_answer(r, 400).await;
    // A parameter given twice.
    let r = http.get(url("/api/v1/dropin/sessions?from=2026-01-01&from=2026-02-01")).send().await.unwrap();
    json_answer(r, 400).await;
    let manager = token_for(&app, "manager.a").await;
    for path in ["/api/v1/report?period=year&period=month", "/api/v1/report/units?from=2024-01&from=2024-02"] {
        let r = http.get(url(path)).bearer_auth(&manager).send().await.unwrap();
        let body = json_answer(r, 400).await;
        assert!(body["error"].as_str().unwrap().contains("duplicate field"), "{path}: {body}");
    }
    // GET /api/hsds/services?per_page=null&per_page=null answered 400 in plain text.
    for path in [
        "/api/hsds/services?per_page=null&per_page=null",
        "/api/hsds/organizations?per_page=1&per_page=2",
        "/api/hsds/organizations/0?full_service=null&full_service=null",
        "/api/hsds/taxonomy_terms?top_only=null&top_only=null",
    ] {
        let body = json_answer(http.get(url(path)).send().await.unwrap(), 400).await;
        assert!(body["message"].as_str().unwrap().contains("duplicate field"), "{path}: {body}");
    }
}

async fn an_api_write_without_a_token_answers_401_in_json(b: Backend) {
    let app = spawn_app(b).await;
    let http = client();
    // POST /api/v1/cases with neither token nor session answered 403 with an empty body.
    let r = http.post(format!("{}/api/v1/cases", app.addr)).json(&json!({ "minutes": 5 })).send().await.unwrap();
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    let body = json_answer(r, 401).await;
    assert_eq!(body["error"], "unauthorized");
    // A signed-in session without its CSRF header is still refused, now in JSON.
    let c = app.login("coord.a").await;
    let r = c.http.post(format!("{}/api/v1/cases", app.addr)).json(&json!({ "minutes": 5 })).send().await.unwrap();
    let body = json_answer(r, 403).await;
    assert_eq!(body["error"], "forbidden");
    let token = token_for(&app, "coord.a").await;
    let list: Value =
        http.get(format!("{}/api/v1/cases", app.addr)).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["total"], 0, "nothing was created");
}

async fn the_documents_name_every_answer_the_server_gives(b: Backend) {
    let app = spawn_app(b).await;
    let http = client();
    let doc: Value = http.get(format!("{}/api/openapi.json", app.addr)).send().await.unwrap().json().await.unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            assert!(responses.contains_key("400"), "{method} {path}");
            if path != "/api/v1/dropin/sessions" {
                for s in ["401", "403"] {
                    assert!(responses.contains_key(s), "{method} {path} documents {s}");
                }
            }
        }
    }
    // A sheet's cells are text, numbers or null; they were documented as objects.
    let cell = &doc["components"]["schemas"]["SheetOut"]["properties"]["rows"]["items"]["items"];
    assert_eq!(cell["type"], json!(["string", "integer", "null"]));

    let hsds: Value =
        http.get(format!("{}/api/hsds/openapi.json", app.addr)).send().await.unwrap().json().await.unwrap();
    for (path, item) in hsds["paths"].as_object().unwrap().iter().filter(|(p, _)| *p != "/") {
        let responses = item["get"]["responses"].as_object().unwrap();
        assert!(responses.contains_key("400"), "{path}");
        assert_eq!(responses.contains_key("404"), path.ends_with("{id}"), "{path}");
        assert_eq!(responses["400"]["content"]["application/json"]["schema"]["required"], json!(["message"]));
    }
}
