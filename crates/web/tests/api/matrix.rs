//! The authorisation matrix: every route × anonymous, every role, and an admin of another unit.
//! Built from the server's own route table, so a new route without a row here fails the test.
use std::collections::BTreeMap;

use reqwest::Method;

use crate::both_backends;
use crate::helpers::*;

both_backends!(every_route_answers_every_caller_as_intended);

/// Callers, in the column order of the table below.
const CALLERS: [Option<&str>; 6] =
    [None, Some("coord.a"), Some("manager.a"), Some("analyst.a"), Some("admin.a"), Some("admin.b")];

/// Expected status per caller: anonymous, coordinator, manager, analyst, admin, admin of unit B.
/// Record routes point at a user of unit A. POSTs send an empty form with a valid CSRF token, so
/// an allowed caller reaches validation (422) and a refused one never gets that far.
fn expected() -> BTreeMap<(&'static str, &'static str), [u16; 6]> {
    const SIGNED_IN: [u16; 6] = [303, 200, 200, 200, 200, 200];
    const ADMIN_PAGE: [u16; 6] = [303, 403, 403, 403, 200, 200];
    const ADMIN_FORM: [u16; 6] = [303, 403, 403, 403, 422, 422];
    const ADMIN_RECORD_PAGE: [u16; 6] = [303, 403, 403, 403, 200, 404];
    const ADMIN_RECORD_FORM: [u16; 6] = [303, 403, 403, 403, 422, 404];
    const ADMIN_RECORD_ACTION: [u16; 6] = [303, 403, 403, 403, 303, 404];
    const OPEN: [u16; 6] = [200; 6];
    BTreeMap::from([
        (("GET", "/"), SIGNED_IN),
        (("GET", "/login"), [200, 303, 303, 303, 303, 303]),
        (("POST", "/login"), [422; 6]),
        (("POST", "/logout"), [303; 6]),
        (("GET", "/setup"), [404; 6]),
        (("POST", "/setup"), [404; 6]),
        (("GET", "/lang/{code}"), [303; 6]),
        (("GET", "/account/password"), SIGNED_IN),
        (("POST", "/account/password"), [303, 422, 422, 422, 422, 422]),
        (("GET", "/admin/users"), ADMIN_PAGE),
        (("GET", "/admin/users/new"), ADMIN_PAGE),
        (("POST", "/admin/users/new"), ADMIN_FORM),
        (("GET", "/admin/users/{id}"), ADMIN_RECORD_PAGE),
        (("POST", "/admin/users/{id}"), ADMIN_RECORD_FORM),
        (("POST", "/admin/users/{id}/disable"), ADMIN_RECORD_ACTION),
        (("POST", "/admin/users/{id}/enable"), ADMIN_RECORD_ACTION),
        (("POST", "/admin/users/{id}/password"), ADMIN_RECORD_FORM),
        (("GET", "/admin/unit"), ADMIN_PAGE),
        (("POST", "/admin/unit"), ADMIN_FORM),
        (("POST", "/admin/unit/logo"), ADMIN_FORM),
        (("GET", "/admin/units"), ADMIN_PAGE),
        (("POST", "/admin/units"), ADMIN_FORM),
        (("GET", "/audit"), [303, 403, 200, 403, 403, 403]),
        (("GET", "/healthz"), OPEN),
        (("GET", "/readyz"), OPEN),
        (("GET", "/metrics"), OPEN),
        (("GET", "/static/{name}"), OPEN),
        (("GET", "/units/{id}/theme.css"), OPEN),
        (("GET", "/units/{id}/logo"), OPEN),
    ])
}

async fn every_route_answers_every_caller_as_intended(b: Backend) {
    let app = spawn_app(b).await;
    let table = expected();
    let routes = lotsen_web::route_table();
    let registered: Vec<(&str, &str)> = routes.iter().map(|r| (r.method.as_str(), r.path)).collect();
    for r in &registered {
        assert!(table.contains_key(r), "route {r:?} has no row in the authorisation matrix");
    }
    for k in table.keys() {
        assert!(registered.contains(k), "matrix row {k:?} is not a route");
    }

    // The logo route needs a logo to exist.
    let tx = app.store.begin().await.unwrap();
    tx.set_unit_logo(app.unit_a, Some((b"\x89PNG\r\n\x1a\nxx".to_vec(), "image/png".into()))).await.unwrap();
    tx.commit().await.unwrap();

    let target = app.id("target.a").to_string();
    let unit = app.unit_a.to_string();
    let mut failures = Vec::new();
    for (col, caller) in CALLERS.iter().enumerate() {
        let client = match caller {
            Some(name) => app.login(name).await,
            None => app.client(),
        };
        // Sign-out last: it ends the caller's session.
        let mut order: Vec<_> = table.iter().collect();
        order.sort_by_key(|((_, path), _)| *path == "/logout");
        for ((method, path), statuses) in order {
            let url = path
                .replace("{id}", if path.starts_with("/units/") { &unit } else { &target })
                .replace("{code}", "sv")
                .replace("{name}", "app.css");
            let got = send(&client, method, &url).await;
            if got != statuses[col] {
                failures.push(format!(
                    "{method} {path} as {}: expected {}, got {got}",
                    caller.unwrap_or("anonymous"),
                    statuses[col]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "authorisation matrix mismatches:\n{}", failures.join("\n"));
}

async fn send(c: &Client, method: &str, url: &str) -> u16 {
    match Method::from_bytes(method.as_bytes()).unwrap() {
        Method::GET => c.get(url).await.status.as_u16(),
        _ if url == "/admin/unit/logo" => {
            let token = c.csrf().await;
            let form = reqwest::multipart::Form::new().text("note", "no file");
            c.http.post(format!("{}{url}?csrf={token}", c.base)).multipart(form).send().await.unwrap().status().as_u16()
        }
        _ => c.post_form(url, &[]).await.status.as_u16(),
    }
}
