use crate::both_backends;
use crate::helpers::*;

both_backends!(
    sign_in_sets_a_safe_cookie_and_sign_out_ends_it,
    a_wrong_password_is_refused_keeps_the_name_and_is_audited,
    guessing_at_an_account_is_slowed_and_never_locks_out_its_owner,
    an_address_guessing_many_accounts_is_slowed,
    attempts_sent_at_once_each_count_the_ones_before,
    forms_without_the_right_csrf_token_are_refused,
    changing_the_password_checks_every_field_and_ends_other_sessions,
    disabling_a_user_ends_their_sessions_at_once,
    a_session_is_valid_on_every_node,
);

async fn sign_in_sets_a_safe_cookie_and_sign_out_ends_it(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    let login = c.get("/login").await;
    login.assert_status(200);
    for (h, v) in
        [("x-frame-options", "DENY"), ("x-content-type-options", "nosniff"), ("referrer-policy", "same-origin")]
    {
        assert_eq!(login.headers.get(h).unwrap(), v);
    }
    let csp = login.headers.get("content-security-policy").unwrap().to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");

    let p =
        c.post_form("/login", &[("username", "Coord.A"), ("password", PASSWORD), ("next", "/account/password")]).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/account/password"));
    let cookie = p
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|v| v.starts_with("lotsen_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain-http base URL: no Secure flag");

    let home = c.get("/").await;
    home.assert_status(200);
    assert!(home.body.contains("Test coord.a"));
    assert_eq!(home.headers.get("cache-control").unwrap(), "no-store");

    c.post_form("/logout", &[]).await.assert_status(303);
    let after = c.get("/cases").await;
    after.assert_status(303);
    assert_eq!(after.location.as_deref(), Some("/login?next=%2Fcases"));
    // Signed out, `/` is the public start page again.
    assert!(!c.get("/").await.body.contains("Test coord.a"));
}

async fn a_wrong_password_is_refused_keeps_the_name_and_is_audited(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    let p = c.post_form("/login", &[("username", "coord.a"), ("password", "not the password")]).await;
    p.assert_status(401);
    assert!(p.body.contains("value=\"coord.a\""), "the user name stays in the form");
    assert!(p.body.contains("Användarnamnet eller lösenordet stämmer inte"));
    // An unknown user gets the very same answer.
    let q = c.post_form("/login", &[("username", "nobody.here"), ("password", "not the password")]).await;
    q.assert_status(401);
    let missing = c.post_form("/login", &[("username", ""), ("password", "")]).await;
    missing.assert_status(422);

    let rows = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("login.failure".into()), ..Default::default() }, 10)
        .await
        .unwrap()
        .rows;
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .any(|r| r.actor_name == "coord.a" && r.unit_id == Some(app.unit_a) && r.detail.contains("wrong password"))
    );
    assert!(rows.iter().any(|r| r.actor_name == "nobody.here" && r.unit_id.is_none()));
}

async fn guessing_at_an_account_is_slowed_and_never_locks_out_its_owner(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    for _ in 0..3 {
        c.post_form("/login", &[("username", "coord.a"), ("password", "wrong password!")]).await.assert_status(401);
    }
    // From this address the next try waits, even with the right password.
    let p = c.post_form("/login", &[("username", "coord.a"), ("password", PASSWORD)]).await;
    p.assert_status(429);
    let wait: i64 = p.headers.get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    assert!(p.text().contains("Vänta") && p.text().contains("sekund"), "{}", p.text());
    // Other accounts are not slowed by it, nor is the account's owner at their own desk.
    app.login("manager.a").await;
    let desk = start_server_with(app.store.clone(), |s| s.trusted_proxies = 1).await;
    let owner = Client::new(&desk);
    let token = owner.csrf().await;
    let r = owner
        .http
        .post(format!("{desk}/login"))
        .header("x-forwarded-for", "198.51.100.20")
        .form(&[("csrf", token.as_str()), ("username", "coord.a"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "the owner signs in from elsewhere at once");
    let audit = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("login.throttled".into()), ..Default::default() }, 10)
        .await
        .unwrap();
    assert_eq!(audit.rows.len(), 1);
    // After the wait the guesser may try again (and a turned-away try did not count).
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    c.post_form("/login", &[("username", "coord.a"), ("password", "wrong again!")]).await.assert_status(401);
}

async fn an_address_guessing_many_accounts_is_slowed(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    // Each account stays under its own limit; the address does not.
    for i in 0..20 {
        let name = format!("guess.{i}");
        c.post_form("/login", &[("username", name.as_str()), ("password", "wrong password!")]).await.assert_status(401);
    }
    c.post_form("/login", &[("username", "manager.a"), ("password", PASSWORD)]).await.assert_status(429);
}

async fn attempts_sent_at_once_each_count_the_ones_before(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    let token = c.csrf().await;
    let tries: Vec<_> = (0..12)
        .map(|_| {
            let send = c
                .http
                .post(format!("{}/login", app.addr))
                .form(&[("csrf", token.as_str()), ("username", "coord.a"), ("password", "wrong password!")])
                .send();
            tokio::spawn(send)
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        statuses.push(t.await.unwrap().unwrap().status().as_u16());
    }
    let checked = statuses.iter().filter(|s| **s == 401).count();
    assert!(checked <= 3, "only the free tries reach the password check: {statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 12 - checked, "{statuses:?}");
}

async fn forms_without_the_right_csrf_token_are_refused(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    c.csrf().await;
    let none = c.post_raw("/login", &[("username", "coord.a"), ("password", PASSWORD)]).await;
    none.assert_status(403);
    assert!(none.body.contains("Formuläret har gått ut"), "a friendly page, not a bare status");
    c.post_raw("/login", &[("csrf", "forged"), ("username", "coord.a"), ("password", PASSWORD)])
        .await
        .assert_status(403);
    // A token from another browser does not fit this browser's cookie.
    let other = app.client();
    let foreign = other.csrf().await;
    c.post_raw("/login", &[("csrf", &foreign), ("username", "coord.a"), ("password", PASSWORD)])
        .await
        .assert_status(403);
    // A cross-site request is refused even with the right token.
    let token = c.csrf().await;
    let r = c
        .http
        .post(format!("{}/login", c.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[("csrf", token.as_str()), ("username", "coord.a"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    // The token also works as a header (for htmx).
    let r = c
        .http
        .post(format!("{}/login", c.base))
        .header("x-csrf-token", token)
        .form(&[("username", "coord.a"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}

async fn changing_the_password_checks_every_field_and_ends_other_sessions(b: Backend) {
    let app = spawn_app(b).await;
    let phone = app.login("coord.a").await;
    let laptop = app.login("coord.a").await;
    let p = laptop.post_form("/account/password", &[("current", "wrong"), ("new", "short"), ("confirm", "x")]).await;
    p.assert_status(422);
    assert!(p.body.contains("Det nuvarande lösenordet stämmer inte"));
    assert!(p.body.contains("minst 12 tecken"));
    assert!(p.body.contains("aria-invalid=\"true\""));
    let p = laptop
        .post_form(
            "/account/password",
            &[("current", PASSWORD), ("new", "ett nytt långt lösenord"), ("confirm", "något annat helt")],
        )
        .await;
    p.assert_status(422);
    assert!(p.body.contains("Lösenorden är inte likadana"));
    laptop
        .post_form(
            "/account/password",
            &[("current", PASSWORD), ("new", "ett nytt långt lösenord"), ("confirm", "ett nytt långt lösenord")],
        )
        .await
        .assert_status(200);
    laptop.get("/account/password").await.assert_status(200);
    phone.get("/account/password").await.assert_status(303);
    let again = app.client();
    again.post_form("/login", &[("username", "coord.a"), ("password", PASSWORD)]).await.assert_status(401);
    again
        .post_form("/login", &[("username", "coord.a"), ("password", "ett nytt långt lösenord")])
        .await
        .assert_status(303);
}

async fn disabling_a_user_ends_their_sessions_at_once(b: Backend) {
    let app = spawn_app(b).await;
    let target = app.login("target.a").await;
    target.get("/account/password").await.assert_status(200);
    let admin = app.login("admin.a").await;
    let id = app.id("target.a");
    admin.post_form(&format!("/admin/users/{id}/disable"), &[]).await.assert_status(303);
    target.get("/account/password").await.assert_status(303);
    app.client().post_form("/login", &[("username", "target.a"), ("password", PASSWORD)]).await.assert_status(401);
    admin.post_form(&format!("/admin/users/{id}/enable"), &[]).await.assert_status(303);
    app.login("target.a").await;
    // An admin cannot lock themselves out.
    let own = app.id("admin.a");
    let p = admin.post_form(&format!("/admin/users/{own}/disable"), &[]).await;
    p.assert_status(422);
    admin.get("/account/password").await.assert_status(200);
}

async fn a_session_is_valid_on_every_node(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.login("manager.a").await;
    // A second node over the same database: the same cookie works there.
    let second = start_server(app.store.clone()).await;
    let r = c.http.get(format!("{second}/audit")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}
