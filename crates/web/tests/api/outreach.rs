//! The outreach log over HTTP: logging, the list with its filters and totals, corrections, bad
//! input per field, and other units kept out.
use chrono::Days;
use lotsen_domain::lists::ListKind;
use lotsen_store::ActivityFilter;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    activities_are_logged_listed_with_totals_filtered_and_corrected,
    bad_input_is_named_per_field_kept_and_nothing_is_saved,
    other_units_and_analysts_neither_see_nor_change_activities,
);

/// A day as the server counts days (in Stockholm).
fn day(ago: u64) -> String {
    (crate::helpers::today() - Days::new(ago)).to_string()
}

async fn activities_are_logged_listed_with_totals_filtered_and_corrected(b: Backend) {
    let app = spawn_app(b).await;
    let network = app.entry(ListKind::ActivityType, "network").await.to_string();
    let event = app.entry(ListKind::ActivityType, "event").await.to_string();
    let (coord, manager) = (app.id("coord.a").to_string(), app.id("manager.a").to_string());
    let c = app.login("coord.a").await;
    let form = c.get("/outreach/new").await;
    form.assert_status(200);
    assert!(form.body.contains(&format!("value=\"{}\"", day(0))), "today is filled in");

    let first = [
        ("activity_type", network.as_str()),
        ("activity_on", &*day(10)),
        ("reached", "25"),
        ("minutes", "90"),
        ("partners_present", "Rinkebyskolan, Socialtjänsten"),
        ("coordinators_present", coord.as_str()),
        ("coordinators_present", manager.as_str()),
        ("note", "Föräldrar till elever i årskurs 7."),
    ];
    let p = c.post_form("/outreach/new", &first).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/outreach?done=created"));
    c.post_form("/outreach/new", &[("activity_type", &event), ("activity_on", &day(40)), ("reached", "100")])
        .await
        .assert_status(303);
    assert_eq!(app.audited("outreach.create").await, 2);

    let all = app.store.activities(app.unit_a, &ActivityFilter::default()).await.unwrap();
    assert_eq!(all.len(), 2);
    let mut who = vec![app.id("coord.a"), app.id("manager.a")];
    who.sort_unstable();
    assert_eq!(all[0].coordinators, who, "both coordinators recorded");
    assert_eq!((all[0].reached, all[0].minutes), (25, 90));

    let list = c.get("/outreach").await;
    list.assert_status(200);
    let t = list.text();
    assert!(t.contains("Rinkebyskolan, Socialtjänsten") && t.contains("Test manager.a"), "{t}");
    assert!(list.body.contains("<dd>125</dd>"), "125 people reached in all");
    assert!(list.body.contains("<dd>1,5</dd>"), "90 minutes are 1,5 hours");
    // Filters narrow the totals: one type, or a date range.
    let only_events = c.get(&format!("/outreach?activity_type={event}")).await;
    assert!(only_events.body.contains("<dd>100</dd>") && !only_events.text().contains("Rinkebyskolan"));
    let recent = c.get(&format!("/outreach?from={}&to={}", day(20), day(0))).await;
    assert!(recent.body.contains("<dd>25</dd>") && !recent.body.contains("<dd>125</dd>"));

    // A correction: more people than first written, one coordinator fewer.
    let id = all[0].id;
    let edit = c.get(&format!("/outreach/{id}")).await;
    edit.assert_status(200);
    assert!(edit.body.contains("value=\"Rinkebyskolan, Socialtjänsten\""));
    c.post_form(
        &format!("/outreach/{id}"),
        &[("activity_type", &network), ("activity_on", &day(10)), ("reached", "30"), ("coordinators_present", &coord)],
    )
    .await
    .assert_status(303);
    let a = app.store.activity(app.unit_a, id).await.unwrap();
    assert_eq!((a.reached, a.minutes, a.coordinators.clone()), (30, 0, vec![app.id("coord.a")]));
    assert_eq!(app.audited("outreach.update").await, 1);

    // A type retired since can be kept when correcting an old activity, but not chosen anew.
    app.login("admin.a")
        .await
        .post_form(&format!("/admin/lists/activity_type/{network}/retire"), &[])
        .await
        .assert_status(303);
    let keep = [("activity_type", network.as_str()), ("activity_on", &*day(10)), ("reached", "31")];
    c.post_form(&format!("/outreach/{id}"), &keep).await.assert_status(303);
    assert_eq!(app.store.activity(app.unit_a, id).await.unwrap().reached, 31);
    c.post_form("/outreach/new", &keep).await.assert_status(422);
    // The list still filters by it.
    c.get(&format!("/outreach?activity_type={network}")).await.assert_status(200);
    // An analyst is not a coordinator who can have been present.
    let analyst = app.id("analyst.a").to_string();
    let p = c
        .post_form(
            "/outreach/new",
            &[
                ("activity_type", &event),
                ("activity_on", &day(1)),
                ("reached", "3"),
                ("coordinators_present", &analyst),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"coordinators_present-error\""));
}

async fn bad_input_is_named_per_field_kept_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.login("coord.a").await;
    let long = "x".repeat(501);
    let other_unit = app.id("coord.b").to_string();
    let p = c
        .post_form(
            "/outreach/new",
            &[
                ("activity_on", &*day(0).replace('-', "")),
                ("reached", "-1"),
                ("minutes", "2000"),
                ("partners_present", "Rinkebyskolan"),
                ("coordinators_present", &other_unit),
                ("note", &long),
            ],
        )
        .await;
    p.assert_status(422);
    for id in [
        "activity_type-error",
        "activity_on-error",
        "reached-error",
        "minutes-error",
        "coordinators_present-error",
        "note-error",
    ] {
        assert!(p.body.contains(&format!("id=\"{id}\"")), "no message at {id}");
    }
    let t = p.text();
    assert!(
        t.contains("Ange ett heltal från 0 till 100 000.")
            && t.contains("Ange minuter som ett heltal från 0 till 960.")
    );
    assert!(p.body.contains("value=\"Rinkebyskolan\""), "the rest is kept");
    assert!(p.body.contains(&long), "the note is kept as typed");
    let future = c
        .post_form(
            "/outreach/new",
            &[
                ("activity_type", &app.entry(ListKind::ActivityType, "event").await.to_string()),
                ("activity_on", &*{ (crate::helpers::today() + Days::new(3)).to_string() }),
                ("reached", "5"),
            ],
        )
        .await;
    future.assert_status(422);
    assert!(future.body.contains("id=\"activity_on-error\""));
    assert!(app.store.activities(app.unit_a, &ActivityFilter::default()).await.unwrap().is_empty(), "nothing saved");
    // Bad filters are named, not a server error.
    let l = c.get("/outreach?from=igår&activity_type=999999").await;
    l.assert_status(422);
    assert!(l.body.contains("id=\"from-error\"") && l.body.contains("id=\"activity_type-error\""));
}

async fn other_units_and_analysts_neither_see_nor_change_activities(b: Backend) {
    let app = spawn_app(b).await;
    let network = app.entry(ListKind::ActivityType, "network").await.to_string();
    let c = app.login("coord.a").await;
    c.post_form("/outreach/new", &[("activity_type", &network), ("activity_on", &day(1)), ("reached", "12")])
        .await
        .assert_status(303);
    let id = app.store.activities(app.unit_a, &ActivityFilter::default()).await.unwrap()[0].id;
    let b_coord = app.login("coord.b").await;
    b_coord.get(&format!("/outreach/{id}")).await.assert_status(404);
    b_coord
        .post_form(
            &format!("/outreach/{id}"),
            &[("activity_type", &network), ("activity_on", &day(1)), ("reached", "99")],
        )
        .await
        .assert_status(404);
    let theirs = b_coord.get("/outreach").await;
    theirs.assert_status(200);
    assert!(theirs.body.contains("<dd>0</dd>"), "unit B's log is empty");
    // Unit A's type is not one of unit B's.
    b_coord
        .post_form("/outreach/new", &[("activity_type", &network), ("activity_on", &day(1)), ("reached", "3")])
        .await
        .assert_status(422);
    app.login("analyst.a").await.get("/outreach").await.assert_status(403);
    assert_eq!(app.store.activity(app.unit_a, id).await.unwrap().reached, 12);
}
