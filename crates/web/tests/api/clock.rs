//! The app's time comes from its clock: a test can stand at 00:30 in Stockholm, when the date in
//! UTC is still yesterday, and every date the app writes or offers is Stockholm's.
use chrono::{NaiveDate, NaiveDateTime};
use lotsen_domain::clock::Clock;
use lotsen_domain::ids::CaseId;
use lotsen_domain::lists::ListKind as K;

use crate::both_backends;
use crate::helpers::*;

both_backends!(just_after_midnight_every_date_is_stockholms, a_fixed_clock_moves_the_days_the_app_offers);

fn at(s: &str) -> Clock {
    Clock::at_stockholm(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

async fn just_after_midnight_every_date_is_stockholms(b: Backend) {
    // 2026-03-01 00:30 in Stockholm is 2026-02-28 23:30 in UTC.
    let app = spawn_app_with_clock(b, at("2026-03-01 00:30")).await;
    let c = app.login("coord.a").await;
    let form = c.get("/cases/new").await;
    form.assert_status(200);
    assert!(form.body.contains(r#"value="2026-03-01""#), "the first contact is dated today in Stockholm");
    assert!(form.body.contains(r#"value="2026-03-15""#), "the follow-up is offered two weeks on");

    let channel = app.entry(K::Channel, "phone").await.to_string();
    let age = app.entry(K::AgeGroup, "19-65").await.to_string();
    let cat = app.entry(K::Category, "economy").await.to_string();
    let p = c
        .post_form(
            "/cases/new",
            &[("channel", &channel), ("age_group", &age), ("category", &cat), ("minutes", "15"), ("residency", "yes")],
        )
        .await;
    p.assert_status(303);
    let id: CaseId =
        p.location.as_deref().unwrap().trim_start_matches("/cases/").split('?').next().unwrap().parse().unwrap();
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!(d.case.first_contact_on, date("2026-03-01"));
    assert_eq!(d.contacts[0].on, date("2026-03-01"));

    // A date after today is refused against Stockholm's today, not UTC's.
    let p = c
        .post_form(
            "/cases/new",
            &[
                ("channel", &channel),
                ("age_group", &age),
                ("category", &cat),
                ("minutes", "15"),
                ("residency", "yes"),
                ("first_contact_on", "2026-03-02"),
            ],
        )
        .await;
    p.assert_status(422);
}

async fn a_fixed_clock_moves_the_days_the_app_offers(b: Backend) {
    let clock = at("2026-06-30 23:59");
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let c = app.login("coord.a").await;
    let form = c.get("/cases/new").await;
    assert!(form.body.contains(r#"value="2026-06-30""#));
    clock.advance(chrono::TimeDelta::minutes(2));
    let form = c.get("/cases/new").await;
    assert!(form.body.contains(r#"value="2026-07-01""#), "a minute past midnight it is July");
    assert!(!form.body.contains(r#"value="2026-06-30""#));
}
