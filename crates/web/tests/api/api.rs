use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::*;

both_backends!(an_integration_works_with_cases_through_a_token, the_api_refuses_what_it_should_in_json);

/// Creates a token through the page, as a person would, and returns it.
pub async fn token_for(app: &TestApp, user: &str) -> String {
    let c = app.login(user).await;
    let p = c.post_form("/account/tokens", &[("token_name", "statistikexport")]).await;
    p.assert_status(200);
    let i =
        p.body.find("<code class=\"token\">").expect("the new token is shown once") + "<code class=\"token\">".len();
    p.body[i..].split('<').next().unwrap().to_owned()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn an_integration_works_with_cases_through_a_token(b: Backend) {
    let app = spawn_app(b).await;
    let token = token_for(&app, "coord.a").await;
    assert!(token.starts_with("lotsen_"));
    let http = client();
    let url = |p: &str| format!("{}{p}", app.addr);

    let lists: Value = http.get(url("/api/v1/lists")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert!(lists["channel"].as_array().unwrap().iter().any(|e| e["code"] == "phone"));

    // Codes or ids; the mode follows the channel when left out.
    let r = http
        .post(url("/api/v1/cases"))
        .bearer_auth(&token)
        .json(&json!({ "channel": "phone", "age_group": "13-18", "category": "school", "secondary_categories": ["loneliness"], "minutes": 25, "residency": "yes" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let created: Value = r.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(location, format!("/api/v1/cases/{id}"));
    assert_eq!(created["contacts"][0]["mode"]["code"], "phone");
    assert_eq!(created["figures"]["minutes"], 25);
    assert_eq!(created["secondary_categories"][0]["code"], "loneliness");
    assert!(created.get("identity").is_none() && created["has_identity"] == false);

    let one: Value = http.get(url(&location)).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(one["id"], id);
    let changed: Value = http
        .patch(url(&location))
        .bearer_auth(&token)
        .json(&json!({ "residency": "no", "referring_org": "Centrumskolan" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!((changed["residency"].as_str(), changed["referring_org"].as_str()), (Some("no"), Some("Centrumskolan")));
    assert_eq!(changed["category"]["code"], "school", "fields left out keep their value");

    let list: Value = http
        .get(url("/api/v1/cases?status=open&limit=10"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    let closed: Value = http
        .post(url(&format!("{location}/close")))
        .bearer_auth(&token)
        .json(&json!({ "outcome": "advice_only" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["closing_outcome"]["code"], "advice_only");
    let audit = app
        .store
        .search_audit(
            &lotsen_store::AuditFilter {
                record_type: Some("case".into()),
                record_id: Some(id.to_string()),
                ..Default::default()
            },
            10,
        )
        .await
        .unwrap();
    assert!(audit.rows.iter().all(|r| r.actor_name == "coord.a"), "the token acts as its owner");
    assert_eq!(audit.rows.len(), 4, "create, contact, update, close");

    // The OpenAPI document describes every API route the server has.
    let doc: Value = http.get(url("/api/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for r in lotsen_web::route_table().iter().filter(|r| r.path.starts_with("/api/v1/")) {
        let op = &doc["paths"][r.path][r.method.as_str().to_lowercase()];
        assert!(op.is_object(), "{} {} is not in the OpenAPI document", r.method, r.path);
    }
}

async fn the_api_refuses_what_it_should_in_json(b: Backend) {
    let app = spawn_app(b).await;
    let token = token_for(&app, "coord.a").await;
    let http = client();
    let url = |p: &str| format!("{}{p}", app.addr);

    let r = http.get(url("/api/v1/cases")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "unauthorized");
    assert_eq!(http.get(url("/api/v1/cases")).bearer_auth("lotsen_forged").send().await.unwrap().status(), 401);

    let r = http
        .post(url("/api/v1/cases"))
        .bearer_auth(&token)
        .json(&json!({ "channel": "carrier-pigeon", "minutes": 0 }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"], "invalid");
    for f in ["channel", "age_group", "category", "minutes", "residency"] {
        assert!(body["fields"][f]["code"].is_string(), "no problem for {f}: {body}");
    }
    assert_eq!(body["fields"]["channel"]["code"], "error-choose");
    let r = http
        .post(url("/api/v1/cases"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert!(r.json::<Value>().await.unwrap()["error"].as_str().unwrap().starts_with("bad_request"));
    let r = http.get(url("/api/v1/cases?limit=100000&sort=sideways")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(http.get(url("/api/v1/nothing")).bearer_auth(&token).send().await.unwrap().status(), 404);

    // Another unit's case is not there; an analyst has no case access; a revoked token stops working.
    let other = app.make_case("coord.a").await;
    let b_token = token_for(&app, "coord.b").await;
    assert_eq!(
        http.get(url(&format!("/api/v1/cases/{other}"))).bearer_auth(&b_token).send().await.unwrap().status(),
        404
    );
    let analyst = token_for(&app, "analyst.a").await;
    assert_eq!(http.get(url("/api/v1/cases")).bearer_auth(&analyst).send().await.unwrap().status(), 403);
    let c = app.login("coord.a").await;
    let id = app.store.tokens(app.id("coord.a")).await.unwrap()[0].id;
    c.post_form(&format!("/account/tokens/{id}/revoke"), &[]).await.assert_status(303);
    assert_eq!(http.get(url("/api/v1/cases")).bearer_auth(&token).send().await.unwrap().status(), 401);

    // A signed-in browser may use the API too, but a change needs the CSRF token.
    let r = c
        .http
        .post(format!("{}/api/v1/cases/{other}/close", c.base))
        .json(&json!({ "outcome": "advice_only" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let csrf = c.csrf().await;
    let r = c
        .http
        .post(format!("{}/api/v1/cases/{other}/close", c.base))
        .header("x-csrf-token", csrf)
        .json(&json!({ "outcome": "advice_only" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}
