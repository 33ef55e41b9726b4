use crate::both_backends;
use crate::helpers::*;

both_backends!(nothing_a_client_sends_causes_a_server_error);

async fn nothing_a_client_sends_causes_a_server_error(b: Backend) {
    let app = spawn_app(b).await;
    let anon = app.client();
    let p = anon.get("/no/such/page").await;
    p.assert_status(404);
    assert!(p.body.contains("Sidan finns inte") && p.body.contains("lang=\"sv\""));

    let admin = app.login("admin.a").await;
    for path in [
        "/admin/users/abc",
        "/admin/users/999999",
        "/admin/users/-1",
        "/admin/users/99999999999999999999999",
        "/units/0/theme.css",
    ] {
        admin.get(path).await.assert_status(404);
    }
    admin.post_form("/admin/users/abc/disable", &[]).await.assert_status(404);

    // A body over the limit.
    let huge = "x".repeat(lotsen_web::MAX_BODY_BYTES + 10);
    let token = admin.csrf().await;
    let r = admin
        .http
        .post(format!("{}/admin/users/new", app.addr))
        .form(&[("csrf", token.as_str()), ("display_name", &huge)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);

    // Wrong content type, broken encoding, odd fields, a wrong method.
    let r = admin
        .http
        .post(format!("{}/admin/users/new", app.addr))
        .header("content-type", "application/json")
        .header("x-csrf-token", token.as_str())
        .body("{\"username\": 1}")
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    let r = admin
        .http
        .post(format!("{}/admin/users/new", app.addr))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={token}&username=%FF%FE&display_name=%00&role=admin&password=&password=x"))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    let p = admin
        .post_form(
            "/admin/users/new",
            &[
                ("username", "åäö"),
                ("display_name", &"n".repeat(5000)),
                ("role", "admin\u{0}"),
                ("password", "\u{202e}\u{202e}"),
            ],
        )
        .await;
    p.assert_status(422);
    let r = admin
        .http
        .delete(format!("{}/admin/users", app.addr))
        .header("x-csrf-token", token.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    let p = admin.get("/audit?before=notanumber").await;
    assert!(p.status.is_client_error(), "{}", p.status);
    let p = admin.get("/lang/xx?next=https://evil.example").await;
    p.assert_status(404);
    let p = admin.get("/lang/ar?next=//evil.example").await;
    assert_eq!(p.location.as_deref(), Some("/"), "no open redirect");
    let p = app.client().get("/login?next=https://evil.example").await;
    assert!(p.body.contains("name=\"next\" value=\"/\""));
    // Health endpoints.
    assert_eq!(anon.get("/healthz").await.body, "ok");
    assert_eq!(anon.get("/readyz").await.body, "ready");
    // Metrics are off without a token (see hardening::metrics_need_their_token).
    anon.get("/metrics").await.assert_status(404);
}
