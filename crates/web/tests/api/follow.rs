//! A resident following their own case over HTTP: a code and PIN handed out, the sign-in (right,
//! wrong, locked after five, revoked, expired), the case as the resident sees it, a message and a
//! wish to close, the coordinator reading them; and staff of another unit kept out.
use chrono::NaiveDateTime;
use lotsen_domain::clock::Clock;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_resident_follows_the_case_with_code_and_pin_and_writes_to_the_coordinator,
    wrong_pins_lock_the_code_and_revoked_or_expired_codes_open_nothing,
    an_address_guessing_at_many_codes_is_made_to_wait,
);

async fn give_code(app: &TestApp, coordinator: &Client, case: lotsen_domain::ids::CaseId) -> (String, String) {
    let p = coordinator.post_form(&format!("/cases/{case}/follow"), &[]).await;
    p.assert_status(200);
    assert_eq!(p.headers.get("cache-control").unwrap(), "no-store");
    let (code, pin) = slip(&p);
    assert_eq!((code.len(), pin.len()), (9, 6), "{code} {pin}");
    let _ = app;
    (code, pin)
}

async fn a_resident_follows_the_case_with_code_and_pin_and_writes_to_the_coordinator(b: Backend) {
    let app = spawn_app(b).await;
    let case = app.make_case("coord.a").await;
    let (_, follow_up) = app.add_referral_and_follow_up(case).await;
    let coord = app.login("coord.a").await;
    let (code, pin) = give_code(&app, &coord, case).await;
    assert_eq!(app.audited("case.follow.create").await, 1);
    let page = coord.get(&format!("/cases/{case}")).await;
    assert!(page.body.contains(&code) && !page.body.contains(&pin), "the case page lists the code, never the PIN");

    // The resident, on their own phone: no staff session.
    let resident = app.client();
    resident.get("/follow?lang=ar").await.assert_status(200);
    let p = resident.post_form("/follow", &[("code", &code.to_lowercase()), ("pin", &pin)]).await;
    p.assert_status(303);
    assert!(p.location.as_deref().unwrap().starts_with("/follow/case"));
    let cookie = p.headers.get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(
        cookie.contains("Path=/follow") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let view = resident.get("/follow/case").await;
    view.assert_status(200);
    let t = view.text();
    assert!(t.contains("Pågår") && t.contains("Test"), "status and the coordinator's first name: {t}");
    assert!(!t.contains("coord.a"), "only the first name");
    let fu = app.store.case_detail(app.unit_a, case).await.unwrap();
    let due = fu.follow_ups.iter().find(|f| f.id == follow_up).unwrap().due_on.to_string();
    assert!(t.contains(&format!("senast {due}")), "the next step and its day");
    assert!(t.contains("Socialtjänsten") || t.contains("föreslagen"), "the referral and its state: {t}");
    assert_eq!(app.audited("follow.sign_in").await, 1);
    assert_eq!(app.audited("follow.view").await, 1);

    // A message, one too long, and a wish to close.
    let long = "x".repeat(1_001);
    let bad = resident.post_form("/follow/case", &[("message", &long)]).await;
    bad.assert_status(422);
    assert!(bad.body.contains("id=\"message-error\""));
    resident.post_form("/follow/case", &[("message", "Jag har fått en tid hos BUP, tack!")]).await.assert_status(303);
    resident.post_form("/follow/case", &[("message", ""), ("close", "1")]).await.assert_status(303);
    assert_eq!(app.audited("follow.message").await, 2);
    let stored = app.store.case_messages(&app.store.case(app.unit_a, case).await.unwrap()).await.unwrap();
    assert_eq!(stored.len(), 2);
    assert!(!String::from_utf8_lossy(&stored[0].sealed.sealed).contains("BUP"), "sealed at rest");

    // The coordinator sees that there are messages, and reads them with a button (audited).
    let page = coord.get(&format!("/cases/{case}")).await;
    assert!(page.text().contains("Invånaren vill avsluta ärendet."));
    assert!(!page.text().contains("Jag har fått en tid"), "the text opens on its own page");
    let read = coord.post_form(&format!("/cases/{case}/messages"), &[]).await;
    read.assert_status(200);
    assert!(read.text().contains("Jag har fått en tid hos BUP, tack!") && read.text().contains("Vill avsluta ärendet"));
    assert_eq!(app.audited("case.messages.view").await, 1);
    assert!(!coord.get(&format!("/cases/{case}")).await.text().contains("Invånaren vill avsluta ärendet."), "read now");

    // Staff of another unit can neither hand out codes nor read messages of this case.
    let other = app.login("coord.b").await;
    other.post_form(&format!("/cases/{case}/follow"), &[]).await.assert_status(404);
    other.post_form(&format!("/cases/{case}/messages"), &[]).await.assert_status(404);
    let access = app.store.case_accesses(&app.store.case(app.unit_a, case).await.unwrap()).await.unwrap()[0].id;
    other.post_form(&format!("/cases/{case}/follow/{access}/revoke"), &[]).await.assert_status(404);
    let b_case = app.make_case_in(app.unit_b, "coord.b").await;
    other.post_form(&format!("/cases/{b_case}/follow/{access}/revoke"), &[]).await.assert_status(404);
    // A forged sign-in cookie opens nothing.
    let forged = app.client();
    let forged_cookie = format!("lotsen_follow={access}.9999999999.AAAA");
    let r =
        forged.http.get(format!("{}/follow/case", forged.base)).header("cookie", forged_cookie).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // Signing out ends it.
    resident.post_form("/follow/sign-out", &[]).await.assert_status(303);
    resident.get("/follow/case").await.assert_status(303);
}

fn at(s: &str) -> Clock {
    Clock::at_stockholm(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
}

async fn wrong_pins_lock_the_code_and_revoked_or_expired_codes_open_nothing(b: Backend) {
    let clock = at("2026-12-07 10:00");
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    let (code, pin) = give_code(&app, &coord, case).await;
    let wrong = if pin == "000000" { "111111" } else { "000000" };
    let resident = app.client();
    // Bad input is named; an unknown code reads like a revoked one.
    let p = resident.post_form("/follow", &[("code", "nope"), ("pin", &pin)]).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"code-error\"") && p.body.contains("value=\"nope\""), "named, the code kept");
    resident.post_form("/follow", &[("code", "ABCD-EFGH"), ("pin", &pin)]).await.assert_status(422);
    for _ in 0..5 {
        resident.post_form("/follow", &[("code", &code), ("pin", wrong)]).await.assert_status(422);
    }
    // Locked now: even the right PIN waits, with Retry-After.
    let locked = resident.post_form("/follow", &[("code", &code), ("pin", &pin)]).await;
    locked.assert_status(429);
    assert_eq!(locked.headers.get("retry-after").unwrap(), "60");
    assert_eq!(app.audited("follow.sign_in_failure").await, 5);
    // A minute later the right PIN opens it, and the count starts over.
    clock.advance(chrono::TimeDelta::seconds(61));
    resident.post_form("/follow", &[("code", &code), ("pin", &pin)]).await.assert_status(303);
    resident.get("/follow/case").await.assert_status(200);

    // A new code turns the old one off; revoking ends even a sign-in in progress.
    let (second, second_pin) = give_code(&app, &coord, case).await;
    resident.get("/follow/case").await.assert_status(303);
    let again = resident.post_form("/follow", &[("code", &code), ("pin", &pin)]).await;
    again.assert_status(422);
    assert!(again.text().contains("Koden gäller inte"));
    resident.post_form("/follow", &[("code", &second), ("pin", &second_pin)]).await.assert_status(303);
    let c = app.store.case(app.unit_a, case).await.unwrap();
    let id = app.store.case_accesses(&c).await.unwrap()[0].id;
    coord.post_form(&format!("/cases/{case}/follow/{id}/revoke"), &[]).await.assert_status(303);
    assert_eq!(app.audited("case.follow.revoke").await, 1);
    resident.get("/follow/case").await.assert_status(303);
    resident.post_form("/follow", &[("code", &second), ("pin", &second_pin)]).await.assert_status(422);

    // Codes expire after 180 days.
    let (third, third_pin) = give_code(&app, &coord, case).await;
    clock.advance(chrono::TimeDelta::days(181));
    resident.post_form("/follow", &[("code", &third), ("pin", &third_pin)]).await.assert_status(422);
}

async fn an_address_guessing_at_many_codes_is_made_to_wait(b: Backend) {
    let clock = at("2026-12-07 10:00");
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let case = app.make_case("coord.a").await;
    let (code, pin) = give_code(&app, &app.login("coord.a").await, case).await;
    let guesser = app.client();
    // Twenty wrong codes cost nothing (an office network shares its address); then the address waits.
    for i in 0..20 {
        let guess = format!("ABCD-{:04}", 2222 + i).replace('0', "2").replace('1', "3");
        guesser.post_form("/follow", &[("code", &guess), ("pin", "123456")]).await.assert_status(422);
    }
    let p = guesser.post_form("/follow", &[("code", &code), ("pin", &pin)]).await;
    p.assert_status(429);
    assert!(p.headers.get("retry-after").is_some());
    // The wait passes; the right code and PIN then open the case.
    clock.advance(chrono::TimeDelta::seconds(5));
    guesser.post_form("/follow", &[("code", &code), ("pin", &pin)]).await.assert_status(303);
}
