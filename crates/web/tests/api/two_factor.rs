//! Two-step verification of local sign-ins: admins set up an authenticator app at their first
//! sign-in and give a code each time after; a code works once, recovery codes stand in for a lost
//! phone, five wrong codes end the sign-in, staff turn it on and off with a current code, and an
//! admin resets a colleague's. The server runs with the rule on (the suite's default is off).
use chrono::TimeDelta;
use lotsen_domain::clock::Clock;
use lotsen_domain::two_factor::{code_at, from_base32, step_at};

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    admins_set_up_an_app_at_first_sign_in_and_give_a_code_after,
    five_wrong_codes_or_five_minutes_end_a_half_done_sign_in,
    staff_turn_it_on_and_off_with_a_code_and_admins_reset_it
);

fn clock() -> Clock {
    Clock::at_stockholm(chrono::NaiveDateTime::parse_from_str("2026-12-07 10:00", "%Y-%m-%d %H:%M").unwrap())
}

/// The base32 key the setup page shows for typing into an app, as bytes.
fn key_on(p: &Page) -> Vec<u8> {
    let marker = r#"class="totp-key" dir="ltr">"#;
    let i = p.body.find(marker).unwrap_or_else(|| panic!("no key on the page: {}", p.body)) + marker.len();
    from_base32(p.body[i..].split('<').next().unwrap()).expect("a base32 key")
}

/// The app's code for `secret` at the store's now.
fn code(app: &TestApp, secret: &[u8]) -> String {
    code_at(secret, step_at(app.store.clock().timestamp()))
}

/// The recovery codes a page shows once.
fn recovery_codes(p: &Page) -> Vec<String> {
    p.body.split("<li><code>").skip(1).map(|s| s.split('<').next().unwrap().to_owned()).collect()
}

/// Signs `username` in with a password on the two-step server; where it was sent next.
async fn password(c: &Client, username: &str) -> String {
    let p = c.post_form("/login", &[("username", username), ("password", PASSWORD)]).await;
    p.assert_status(303);
    p.location.clone().unwrap()
}

/// Signs an admin in for the first time and sets up their app: the secret and the recovery codes.
async fn enrol(app: &TestApp, c: &Client, username: &str) -> (Vec<u8>, Vec<String>) {
    assert_eq!(password(c, username).await, "/login/enrol");
    let secret = key_on(&c.get("/login/enrol").await);
    let p = c.post_form("/login/enrol", &[("code", &code(app, &secret))]).await;
    p.assert_status(200);
    (secret, recovery_codes(&p))
}

async fn two_step_server(app: &TestApp) -> Client {
    Client::new(&start_server_with(app.store.clone(), |s| s.admin_two_factor = true).await)
}

async fn admins_set_up_an_app_at_first_sign_in_and_give_a_code_after(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let c = two_step_server(&app).await;

    // The right password is not yet a session: the admin sets up an app first.
    assert_eq!(password(&c, "admin.a").await, "/login/enrol");
    c.get("/admin/users").await.assert_status(303);
    assert_eq!(c.get("/login/code").await.location.as_deref(), Some("/login"), "no code is asked for yet");
    let setup = c.get("/login/enrol").await;
    setup.assert_status(200);
    assert!(
        setup.body.contains(r#"<div class="totp-qr" role="img" aria-label="QR-kod för appen"#),
        "the QR code is an image with a name"
    );
    let secret = key_on(&setup);
    assert_eq!(secret.len(), 20);

    let p = c.post_form("/login/enrol", &[("code", "12345")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Skriv de sex siffror som appen visar."));
    let later = code_at(&secret, step_at(app.store.clock().timestamp()) + 4);
    let p = c.post_form("/login/enrol", &[("code", &later)]).await;
    p.assert_status(401);
    assert!(p.text().contains("Koden stämmer inte."));
    c.get("/admin/users").await.assert_status(303);

    let first = code(&app, &secret);
    let p = c.post_form("/login/enrol", &[("code", &first)]).await;
    p.assert_status(200);
    let codes = recovery_codes(&p);
    assert_eq!(codes.len(), 10);
    assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'), "{codes:?}");
    c.get("/admin/users").await.assert_status(200);
    assert_eq!(app.audited("user.two_factor.on").await, 1);
    let hashes = app.store.unsafe_query_text("SELECT code_hash FROM recovery_codes").await.unwrap();
    assert_eq!(hashes.len(), 10);
    assert!(
        hashes.iter().all(|r| !codes.iter().any(|c| r[0].1.as_deref().unwrap().contains(&c[..5]))),
        "only keyed hashes are kept"
    );

    // The next sign-in asks for a code; the one just used is refused, the next step's works.
    c.post_form("/logout", &[]).await;
    assert_eq!(password(&c, "admin.a").await, "/login/code");
    c.get("/admin/users").await.assert_status(303);
    let p = c.post_form("/login/code", &[("code", &first)]).await;
    p.assert_status(401);
    assert!(p.text().contains("kan bara användas en gång"));
    app.store.clock().advance(TimeDelta::seconds(30));
    let p = c.post_form("/login/code", &[("code", &code(&app, &secret))]).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/"));
    c.get("/admin/users").await.assert_status(200);
    let success = app.audit_details("login.success").await;
    assert_eq!(success.last().unwrap()["second_factor"], "app");

    // A recovery code, typed in capitals with a space, stands in for the phone once.
    c.post_form("/logout", &[]).await;
    password(&c, "admin.a").await;
    let typed = codes[3].to_uppercase().replace('-', " ");
    let p = c.post_form("/login/code", &[("code", &typed)]).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/account/two-factor?done=recovery"));
    let page = c.get("/account/two-factor?done=recovery").await;
    assert!(page.text().contains("Du har 9 reservkoder kvar."), "{}", page.text());
    c.post_form("/logout", &[]).await;
    password(&c, "admin.a").await;
    c.post_form("/login/code", &[("code", &codes[3])]).await.assert_status(401);

    // Staff who have not turned it on sign in with a password; another unit's admin sets it up.
    let other = Client::new(&c.base);
    assert_eq!(password(&other, "coord.a").await, "/");
    let other = Client::new(&c.base);
    assert_eq!(password(&other, "admin.b").await, "/login/enrol");

    // Made an admin, a coordinator's sessions end at once: the next sign-in sets up an app.
    let coord = Client::new(&c.base);
    assert_eq!(password(&coord, "coord.a").await, "/");
    let admin = Client::new(&c.base);
    assert_eq!(password(&admin, "admin.a").await, "/login/code");
    app.store.clock().advance(TimeDelta::seconds(30));
    admin.post_form("/login/code", &[("code", &code(&app, &secret))]).await.assert_status(303);
    let coord_id = app.id("coord.a").to_string();
    let p = admin
        .post_form(&format!("/admin/users/{coord_id}"), &[("display_name", "Kim Koordinator"), ("role", "admin")])
        .await;
    p.assert_status(303);
    coord.get("/cases").await.assert_status(303);
    assert_eq!(password(&coord, "coord.a").await, "/login/enrol");
}

async fn five_wrong_codes_or_five_minutes_end_a_half_done_sign_in(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let c = two_step_server(&app).await;
    let (secret, _) = enrol(&app, &c, "admin.a").await;
    c.post_form("/logout", &[]).await;

    assert_eq!(password(&c, "admin.a").await, "/login/code");
    for i in 0..5 {
        // Half a minute between tries, so the sign-in throttle (which counts wrong codes too)
        // does not answer first.
        app.store.clock().advance(TimeDelta::seconds(30));
        let wrong = code_at(&secret, step_at(app.store.clock().timestamp()) + 5);
        let p = c.post_form("/login/code", &[("code", &wrong)]).await;
        p.assert_status(401);
        if i == 4 {
            assert!(p.text().contains("Logga in igen med ditt lösenord."), "{}", p.text());
        } else {
            assert!(p.text().contains("Koden stämmer inte."), "{}", p.text());
        }
    }
    app.store.clock().advance(TimeDelta::seconds(30));
    let p = c.post_form("/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(p.location.as_deref(), Some("/login"), "the half-done sign-in has ended");
    c.get("/admin/users").await.assert_status(303);
    let failures = app.audit_details("login.failure").await;
    assert_eq!(failures.iter().filter(|d| d["reason"] == "wrong code").count(), 5);

    // Waited too long: the code page sends the person back to the password.
    app.store.clock().advance(TimeDelta::minutes(20));
    assert_eq!(password(&c, "admin.a").await, "/login/code");
    app.store.clock().advance(TimeDelta::minutes(6));
    assert_eq!(c.get("/login/code").await.location.as_deref(), Some("/login"));
    let p = c.post_form("/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(p.location.as_deref(), Some("/login"));
}

async fn staff_turn_it_on_and_off_with_a_code_and_admins_reset_it(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let c = two_step_server(&app).await;
    let coord = Client::new(&c.base);
    assert_eq!(password(&coord, "coord.a").await, "/");

    let page = coord.get("/account/two-factor").await;
    page.assert_status(200);
    assert!(page.text().contains("Tvåstegsverifiering är av."));
    let setup = coord.post_form("/account/two-factor/setup", &[]).await;
    setup.assert_status(200);
    let secret = key_on(&setup);
    let p = coord.post_form("/account/two-factor/confirm", &[("code", "")]).await;
    p.assert_status(422);
    let wrong = code_at(&secret, step_at(app.store.clock().timestamp()) + 3);
    coord.post_form("/account/two-factor/confirm", &[("code", &wrong)]).await.assert_status(401);
    let p = coord.post_form("/account/two-factor/confirm", &[("code", &code(&app, &secret))]).await;
    p.assert_status(200);
    let codes = recovery_codes(&p);
    assert_eq!(codes.len(), 10);
    assert!(coord.get("/account/two-factor").await.text().contains("Du har 10 reservkoder kvar."));

    // New recovery codes take a current code, and the old ones stop working.
    coord.post_form("/account/two-factor/recovery-codes", &[("code", "")]).await.assert_status(422);
    coord.post_form("/account/two-factor/recovery-codes", &[("code", &wrong)]).await.assert_status(422);
    app.store.clock().advance(TimeDelta::seconds(30));
    let p = coord.post_form("/account/two-factor/recovery-codes", &[("code", &code(&app, &secret))]).await;
    p.assert_status(200);
    let fresh = recovery_codes(&p);
    assert_eq!(fresh.len(), 10);
    let p = coord.post_form("/account/two-factor/off", &[("code", &codes[0])]).await;
    p.assert_status(422);
    assert!(p.text().contains("Koden stämmer inte."));

    // Turning it off takes a current code too (here a recovery code).
    coord.post_form("/account/two-factor/off", &[("code", "")]).await.assert_status(422);
    let p = coord.post_form("/account/two-factor/off", &[("code", &fresh[0])]).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/account/two-factor?done=off"));
    assert_eq!(app.audited("user.two_factor.off").await, 1);
    assert!(app.store.totp(app.id("coord.a")).await.unwrap().is_none());

    // On again; the admin sees it, and resets it for a lost phone: the colleague's session ends.
    let setup = coord.post_form("/account/two-factor/setup", &[]).await;
    let secret = key_on(&setup);
    coord.post_form("/account/two-factor/confirm", &[("code", &code(&app, &secret))]).await.assert_status(200);
    // Moving to a new phone takes a current code; until the new app's first code, the old one
    // still signs in (an abandoned move leaves the account as it was).
    app.store.clock().advance(TimeDelta::seconds(30));
    coord.post_form("/account/two-factor/setup", &[("code", "")]).await.assert_status(422);
    let moving = coord.post_form("/account/two-factor/setup", &[("code", &code(&app, &secret))]).await;
    moving.assert_status(200);
    let new_secret = key_on(&moving);
    assert_ne!(new_secret, secret);
    let old_app = Client::new(&c.base);
    assert_eq!(password(&old_app, "coord.a").await, "/login/code");
    // (Half a minute on: the wrong codes above still count with the throttle.)
    app.store.clock().advance(TimeDelta::seconds(30));
    old_app.post_form("/login/code", &[("code", &code(&app, &secret))]).await.assert_status(303);
    app.store.clock().advance(TimeDelta::seconds(30));
    coord.post_form("/account/two-factor/confirm", &[("code", &code(&app, &new_secret))]).await.assert_status(200);
    let moved = app.audit_details("user.two_factor.on").await;
    assert_eq!(moved.last().unwrap()["replaced_an_app"], true);
    let secret = new_secret;
    app.store.clock().advance(TimeDelta::seconds(30));

    // A sign-in half done elsewhere (the password known to someone else) ends when the password
    // is changed: the right code no longer opens a session there.
    let elsewhere = Client::new(&c.base);
    assert_eq!(password(&elsewhere, "coord.a").await, "/login/code");
    let new_password = "ett helt nytt lösenord";
    coord
        .post_form("/account/password", &[("current", PASSWORD), ("new", new_password), ("confirm", new_password)])
        .await
        .assert_status(200);
    app.store.clock().advance(TimeDelta::seconds(30));
    let p = elsewhere.post_form("/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(p.location.as_deref(), Some("/login"), "the half-done sign-in ended with the old password");
    let me = app.store.unit_user(app.unit_a, app.id("coord.a")).await.unwrap();
    let tx = app.store.begin().await.unwrap();
    tx.change_password(&me, lotsen_web::auth::hash_now(PASSWORD).unwrap(), None).await.unwrap();
    tx.commit().await.unwrap();

    let admin = Client::new(&c.base);
    let (_, _) = enrol(&app, &admin, "admin.a").await;
    let users = admin.get("/admin/users").await;
    assert!(users.text().contains("<td>På</td>"), "the list shows who has it on");
    let coord_id = app.id("coord.a").to_string();
    let page = admin.get(&format!("/admin/users/{coord_id}")).await;
    assert!(page.text().contains("Återställ tvåstegsverifiering"));
    let admin_b = Client::new(&c.base);
    enrol(&app, &admin_b, "admin.b").await;
    admin_b.post_form(&format!("/admin/users/{coord_id}/two-factor/reset"), &[]).await.assert_status(404);
    let admin_id = app.id("admin.a").to_string();
    admin.post_form(&format!("/admin/users/{admin_id}/two-factor/reset"), &[]).await.assert_status(403);
    let p = admin.post_form(&format!("/admin/users/{coord_id}/two-factor/reset"), &[]).await;
    assert_eq!(p.location.as_deref(), Some("/admin/users?done=two-factor"));
    let reset = app.audit_details("user.two_factor.reset").await;
    assert_eq!(reset.len(), 1);
    assert_eq!(reset[0]["was_on"], true);
    coord.get("/cases").await.assert_status(303);
    assert!(app.store.totp(app.id("coord.a")).await.unwrap().is_none());
    assert_eq!(password(&coord, "coord.a").await, "/", "a coordinator may sign in without it again");

    // An admin under the rule can move it to a new phone, not turn it off.
    app.store.clock().advance(TimeDelta::seconds(30));
    let p = admin.post_form("/account/two-factor/off", &[("code", "123456")]).await;
    p.assert_status(403);
    assert!(p.text().contains("Administratörer måste ha tvåstegsverifiering."));
}
