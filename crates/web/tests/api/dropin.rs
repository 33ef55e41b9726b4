//! Drop-in times over HTTP: series across the clock changes, exceptions, the public page, the
//! JSON API, the iCalendar feed (cross-checked by Python's `icalendar` + `recurring-ical-events`),
//! caching, the visit log, statistics and bad input.
use lotsen_domain::ids::UnitId;
use std::collections::BTreeSet;

use serde_json::Value;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_series_keeps_its_local_times_across_both_clock_changes_with_a_cancelled_and_a_moved_session,
    the_calendar_feed_expanded_by_a_calendar_library_lists_exactly_the_published_sessions,
    the_feed_answers_conditional_requests_and_bumps_sequence_on_every_change,
    bad_series_and_sessions_are_refused_with_a_reason_and_nothing_is_saved,
    the_visit_log_quick_registration_and_statistics,
    the_public_pages_show_cancellations_in_every_language,
);

/// Creates a venue through the form; returns its id.
async fn venue(admin: &Client, store: &lotsen_store::Store, unit: UnitId, name: &str) -> i64 {
    admin
        .post_form(
            "/sessions/venues/new",
            &[
                ("venue_name", name),
                ("room", "Gröna rummet"),
                ("address", "Biblioteksgatan 1"),
                ("coordinates", "59.3326, 18.0649"),
                ("accessibility", "Entré utan trappsteg, hörslinga"),
                ("partners", "Hyresgästföreningen"),
                ("description_sv", "Kom förbi utan tidsbokning."),
                ("description_en", "Drop by, no appointment needed."),
                ("description_ar", "تعال بدون موعد."),
            ],
        )
        .await
        .assert_status(303);
    store.venues(Some(unit)).await.unwrap().into_iter().find(|v| v.name == name).expect("venue saved").id
}

/// Creates a series through the form; returns its id.
async fn series(admin: &Client, fields: &[(&str, &str)]) -> i64 {
    let p = admin.post_form("/sessions/series/new", fields).await;
    p.assert_status(303);
    let loc = p.location.clone().unwrap();
    loc.trim_start_matches("/sessions/series/").split('?').next().unwrap().parse().unwrap()
}

async fn sessions(c: &Client, query: &str) -> Vec<Value> {
    let p = c.get(&format!("/api/v1/dropin/sessions?{query}")).await;
    p.assert_status(200);
    let v: Value = serde_json::from_str(&p.body).unwrap();
    v["sessions"].as_array().unwrap().clone()
}

fn starts(list: &[Value]) -> Vec<(String, String)> {
    list.iter().map(|s| (s["start"].as_str().unwrap().to_owned(), s["status"].as_str().unwrap().to_owned())).collect()
}

fn own(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
}

async fn a_series_keeps_its_local_times_across_both_clock_changes_with_a_cancelled_and_a_moved_session(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let library = venue(&admin, &app.store, app.unit_a, "Stadsbiblioteket").await;
    let house = venue(&admin, &app.store, app.unit_a, "Kulturhuset").await;
    let lib = library.to_string();
    // Every Monday 12:30–14:30 from 16 March 2026: summer time starts on Sunday 29 March.
    let spring = series(
        &admin,
        &[
            ("venue", &lib),
            ("repeat", "weekly"),
            ("weekdays", "MO"),
            ("start_date", "2026-03-16"),
            ("start_time", "12:30"),
            ("end_time", "14:30"),
        ],
    )
    .await;
    // Every other Tuesday 10:00–12:00 from 13 October 2026: winter time starts on 25 October.
    let autumn = series(
        &admin,
        &[
            ("venue", &lib),
            ("repeat", "biweekly"),
            ("weekdays", "TU"),
            ("start_date", "2026-10-13"),
            ("start_time", "10:00"),
            ("end_time", "12:00"),
        ],
    )
    .await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/sessions/series/{spring}/on/2026-03-23/cancel"),
            &[("cancel_reason", "Inställt på grund av snö")],
        )
        .await
        .assert_status(303);
    coord
        .post_form(
            &format!("/sessions/series/{spring}/on/2026-03-30/move"),
            &[
                ("date", "2026-03-31"),
                ("start_time", "13:00"),
                ("end_time", "15:00"),
                ("venue", &house.to_string()),
                ("move_reason", "Biblioteket är stängt"),
            ],
        )
        .await
        .assert_status(303);

    let list = sessions(&app.client(), &format!("unit={}&from=2026-03-16&to=2026-04-06", app.unit_a)).await;
    assert_eq!(
        starts(&list),
        own(&[
            ("2026-03-16T12:30:00+01:00", "scheduled"),
            ("2026-03-23T12:30:00+01:00", "cancelled"),
            ("2026-03-31T13:00:00+02:00", "moved"),
            ("2026-04-06T12:30:00+02:00", "scheduled"),
        ])
    );
    assert_eq!(list[1]["reason"], "Inställt på grund av snö");
    assert_eq!(list[2]["occurrence"], "2026-03-30");
    assert_eq!(list[2]["venue_id"], house);
    assert_eq!(list[2]["end"], "2026-03-31T15:00:00+02:00");
    assert_eq!(list[3]["local_start"], "12:30");

    let list = sessions(&app.client(), &format!("venue={library}&from=2026-10-01&to=2026-11-30")).await;
    let autumn_starts: Vec<_> = list.iter().filter(|s| s["series_id"] == autumn).map(|s| s["start"].clone()).collect();
    assert_eq!(
        autumn_starts,
        vec![
            "2026-10-13T10:00:00+02:00",
            "2026-10-27T10:00:00+01:00",
            "2026-11-10T10:00:00+01:00",
            "2026-11-24T10:00:00+01:00"
        ]
    );
    // The moved session belongs to the other venue's list now.
    let at_house = sessions(&app.client(), &format!("venue={house}&from=2026-03-01&to=2026-04-30")).await;
    assert_eq!(starts(&at_house), own(&[("2026-03-31T13:00:00+02:00", "moved")]));
    // Putting it back restores the planned time.
    coord.post_form(&format!("/sessions/series/{spring}/on/2026-03-30/restore"), &[]).await.assert_status(303);
    let back = sessions(&app.client(), &format!("venue={library}&from=2026-03-30&to=2026-03-31")).await;
    assert_eq!(starts(&back), own(&[("2026-03-30T12:30:00+02:00", "scheduled")]));
}

/// Runs the cross-check script: the feed as a calendar library expands it, (uid, start, end).
fn expand_with_python(ics: &str, from: &str, to: &str) -> BTreeSet<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.ics");
    std::fs::write(&path, ics).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/ics_expand.py");
    // scripts/test.sh points LOTSEN_PYTHON at a virtual environment with the packages.
    let python = std::env::var("LOTSEN_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(python)
        .arg(script)
        .arg(&path)
        .arg(from)
        .arg(to)
        .output()
        .expect("python3 runs (scripts/test.sh installs icalendar and recurring-ical-events)");
    assert!(out.status.success(), "ics_expand.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    v.iter()
        .map(|e| {
            (
                e["uid"].as_str().unwrap().to_owned(),
                e["start"].as_str().unwrap().to_owned(),
                e["end"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn published(list: &[Value]) -> BTreeSet<(String, String, String)> {
    list.iter()
        .filter(|s| s["status"] != "cancelled")
        .map(|s| {
            (
                s["uid"].as_str().unwrap().to_owned(),
                s["start"].as_str().unwrap().to_owned(),
                s["end"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn the_calendar_feed_expanded_by_a_calendar_library_lists_exactly_the_published_sessions(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let library = venue(&admin, &app.store, app.unit_a, "Stadsbiblioteket").await;
    let office = venue(&admin, &app.store, app.unit_a, "Områdeskontoret").await;
    let (lib, off) = (library.to_string(), office.to_string());
    let weekly = series(
        &admin,
        &[
            ("venue", &lib),
            ("repeat", "weekly"),
            ("weekdays", "MO"),
            ("start_date", "2026-01-05"),
            ("start_time", "12:30"),
            ("end_time", "14:30"),
        ],
    )
    .await;
    let biweekly = series(
        &admin,
        &[
            ("venue", &off),
            ("repeat", "biweekly"),
            ("weekdays", "TU"),
            ("weekdays", "TH"),
            ("start_date", "2026-02-04"),
            ("start_time", "13:00"),
            ("end_time", "15:00"),
            ("until", "2026-11-30"),
        ],
    )
    .await;
    let monthly = series(
        &admin,
        &[
            ("venue", &lib),
            ("repeat", "monthly"),
            ("weekdays", "TH"),
            ("week_of_month", "-1"),
            ("start_date", "2026-01-01"),
            ("start_time", "17:00"),
            ("end_time", "19:00"),
            ("count", "8"),
        ],
    )
    .await;
    let once = series(
        &admin,
        &[
            ("venue", &off),
            ("repeat", "once"),
            ("start_date", "2026-06-10"),
            ("start_time", "09:00"),
            ("end_time", "11:30"),
        ],
    )
    .await;
    let coord = app.login("coord.a").await;
    let cancel = |s: i64, on: &'static str| (format!("/sessions/series/{s}/on/{on}/cancel"), on);
    for (url, _) in [
        cancel(weekly, "2026-03-30"),
        cancel(weekly, "2026-10-26"),
        cancel(biweekly, "2026-02-05"),
        cancel(once, "2026-06-10"),
    ] {
        coord.post_form(&url, &[("cancel_reason", "Sjukdom")]).await.assert_status(303);
    }
    let mv = |s: i64, on: &str, date: &str, from: &str, to: &str, v: &str| {
        let url = format!("/sessions/series/{s}/on/{on}/move");
        let fields = vec![
            ("date".to_owned(), date.to_owned()),
            ("start_time".to_owned(), from.to_owned()),
            ("end_time".to_owned(), to.to_owned()),
            ("venue".to_owned(), v.to_owned()),
        ];
        (url, fields)
    };
    for (url, fields) in [
        // Same venue, new time, across the spring change.
        mv(weekly, "2026-03-23", "2026-03-24", "10:00", "11:00", &lib),
        // To the other venue.
        mv(weekly, "2026-06-01", "2026-06-02", "12:30", "14:30", &off),
        // Into the next month, at the other venue.
        mv(monthly, "2026-04-30", "2026-05-04", "17:00", "19:00", &off),
    ] {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        coord.post_form(&url, &fields).await.assert_status(303);
    }

    let (from, to) = ("2026-01-01", "2026-12-31");
    let anon = app.client();
    let api = sessions(&anon, &format!("unit={}&from={from}&to={to}", app.unit_a)).await;
    let feed = anon.get(&format!("/dropin/units/{}/calendar.ics", app.unit_a)).await;
    feed.assert_status(200);
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    for needle in [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Stockholm",
        "WKST=MO",
        "EXDATE;TZID=Europe/Stockholm:20260330T123000",
        "RECURRENCE-ID;TZID=Europe/Stockholm:20260323T123000",
    ] {
        assert!(feed.body.contains(needle), "the feed lacks {needle}:\n{}", feed.body);
    }
    let expanded = expand_with_python(&feed.body, from, to);
    let listed = published(&api);
    assert!(listed.len() > 60, "a year of sessions: {}", listed.len());
    assert_eq!(
        expanded.symmetric_difference(&listed).collect::<Vec<_>>(),
        Vec::<&(String, String, String)>::new(),
        "the feed and the API disagree"
    );
    // The public page lists the same sessions (dates and times) for the weeks it shows.
    let cancelled_in_api = api.iter().filter(|s| s["status"] == "cancelled").count();
    assert_eq!(cancelled_in_api, 4);

    // Per venue: the moved-away session is gone from the library's feed and appears at the office.
    for v in [library, office] {
        let api = sessions(&anon, &format!("venue={v}&from={from}&to={to}")).await;
        let feed = anon.get(&format!("/dropin/venues/{v}/calendar.ics")).await;
        feed.assert_status(200);
        // A session moved here from another venue's series is an event of its own in this feed,
        // with a UID of its own, so only the times are compared.
        let times = |set: BTreeSet<(String, String, String)>| -> BTreeSet<(String, String)> {
            set.into_iter().map(|(_, s, e)| (s, e)).collect()
        };
        let expanded = times(expand_with_python(&feed.body, from, to));
        let listed = times(published(&api));
        assert!(!listed.is_empty());
        assert_eq!(
            expanded.symmetric_difference(&listed).collect::<Vec<_>>(),
            Vec::<&(String, String)>::new(),
            "venue {v}: the feed and the API disagree"
        );
    }
    let office_api = sessions(&anon, &format!("venue={office}&from=2026-06-01&to=2026-06-03")).await;
    assert_eq!(starts(&office_api), own(&[("2026-06-02T12:30:00+02:00", "moved")]));
}

async fn the_feed_answers_conditional_requests_and_bumps_sequence_on_every_change(b: Backend) {
    let app = spawn_app(b).await;
    let (venue, series) = app.make_series("2026-01-05", "weekly", "MO").await;
    let anon = app.client();
    let url = format!("/dropin/venues/{venue}/calendar.ics");
    let first = anon.get(&url).await;
    first.assert_status(200);
    let etag = first.headers["etag"].to_str().unwrap().to_owned();
    assert!(first.headers.contains_key("last-modified"));
    assert!(first.headers["cache-control"].to_str().unwrap().contains("max-age"));
    assert!(first.body.contains("SEQUENCE:0"));
    // The same feed twice is byte for byte the same (no fresh timestamps or random UIDs).
    assert_eq!(anon.get(&url).await.body, first.body);
    let again = anon.http.get(format!("{}{url}", anon.base)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 304);
    let lm = first.headers["last-modified"].to_str().unwrap().to_owned();
    let since = anon.http.get(format!("{}{url}", anon.base)).header("if-modified-since", &lm).send().await.unwrap();
    assert_eq!(since.status().as_u16(), 304);

    let coord = app.login("coord.a").await;
    coord
        .post_form(&format!("/sessions/series/{series}/on/2026-01-12/cancel"), &[("cancel_reason", "Halka")])
        .await
        .assert_status(303);
    let changed = anon.http.get(format!("{}{url}", anon.base)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(changed.status().as_u16(), 200);
    let body = changed.text().await.unwrap();
    assert!(body.contains("SEQUENCE:1"), "{body}");
    assert!(body.contains("EXDATE;TZID=Europe/Stockholm:20260112T123000"), "{body}");
    assert!(body.contains(&format!("UID:dropin-{series}@127.0.0.1")), "{body}");

    // Renaming the venue changes the events' text, so their SEQUENCE goes up too.
    app.login("admin.a")
        .await
        .post_form(&format!("/sessions/venues/{venue}"), &[("venue_name", "Stadsbiblioteket, Gröna rummet")])
        .await
        .assert_status(303);
    let renamed = anon.get(&url).await.body;
    assert!(renamed.contains("SEQUENCE:2"), "{renamed}");
    assert!(renamed.contains("SUMMARY:Drop-in: Stadsbiblioteket\\, Gröna rummet"), "{renamed}");

    // The JSON API is cacheable the same way.
    let api = anon.get("/api/v1/dropin/sessions?from=2026-01-01&to=2026-02-01").await;
    api.assert_status(200);
    let etag = api.headers["etag"].to_str().unwrap().to_owned();
    let again = anon
        .http
        .get(format!("{}/api/v1/dropin/sessions?from=2026-01-01&to=2026-02-01", anon.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 304);
}

async fn bad_series_and_sessions_are_refused_with_a_reason_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let library = venue(&admin, &app.store, app.unit_a, "Stadsbiblioteket").await.to_string();
    let good = [
        ("venue", library.as_str()),
        ("repeat", "biweekly"),
        ("weekdays", "TU"),
        ("start_date", "2026-03-03"),
        ("start_time", "10:00"),
        ("end_time", "12:00"),
    ];
    let with = |k: &'static str, v: &'static str| -> Vec<(&str, &str)> {
        good.iter().map(|(a, b)| if *a == k { (*a, v) } else { (*a, *b) }).collect()
    };

    // End before start: the field says why, the rest is kept.
    let p = admin.post_form("/sessions/series/new", &with("end_time", "09:00")).await;
    p.assert_status(422);
    assert!(p.text().contains("Sluttiden måste vara efter starttiden."), "{}", p.text());
    assert!(p.body.contains("value=\"2026-03-03\""));
    assert!(p.body.contains("aria-invalid=\"true\""));
    // An unknown weekday.
    let p = admin.post_form("/sessions/series/new", &with("weekdays", "XX")).await;
    p.assert_status(422);
    assert!(p.text().contains("Välj veckodagar i listan."), "{}", p.text());
    // A last day before the first.
    let mut until = good.to_vec();
    until.push(("until", "2026-02-01"));
    let p = admin.post_form("/sessions/series/new", &until).await;
    p.assert_status(422);
    assert!(p.text().contains("Sista dagen kan inte vara före startdatumet."));
    // A venue of another unit.
    let admin_b = app.login("admin.b").await;
    let other = admin_b.post_form("/sessions/venues/new", &[("venue_name", "Annan enhets lokal")]).await;
    other.assert_status(303);
    let other_id = app.store.venues(None).await.unwrap().into_iter().find(|v| v.unit_id != app.unit_a).unwrap().id;
    let other_id = other_id.to_string();
    let mut foreign = good.to_vec();
    foreign[0] = ("venue", other_id.as_str());
    let p = admin.post_form("/sessions/series/new", &foreign).await;
    p.assert_status(422);
    assert!(p.text().contains("Välj en av verksamhetens platser."));
    // Unit B's venue page is not found for unit A.
    admin.get(&format!("/sessions/venues/{other_id}")).await.assert_status(404);
    // A venue without a name, bad coordinates.
    let p = admin.post_form("/sessions/venues/new", &[("venue_name", " "), ("coordinates", "Stockholm")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Skriv latitud och longitud"));
    assert_eq!(app.store.series_list(Some(app.unit_a)).await.unwrap().len(), 0, "nothing half-saved");
    assert_eq!(app.store.venues(Some(app.unit_a)).await.unwrap().len(), 1);

    // An occurrence that does not exist: a Wednesday, and an off week of an every-other-week series.
    let id = series(&admin, &good).await;
    let coord = app.login("coord.a").await;
    for on in ["2026-03-04", "2026-03-10", "not-a-date"] {
        let p = coord.post_form(&format!("/sessions/series/{id}/on/{on}/cancel"), &[("cancel_reason", "Snö")]).await;
        p.assert_status(404);
        assert!(p.text().contains("Det finns inget sådant tillfälle"), "{}", p.text());
    }
    assert!(app.store.exceptions(&[id]).await.unwrap().is_empty());
    // A cancellation needs a reason; a move needs an end after its start.
    let p = coord.post_form(&format!("/sessions/series/{id}/on/2026-03-17/cancel"), &[("cancel_reason", "  ")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Skriv varför tillfället ställs in"));
    let p = coord
        .post_form(
            &format!("/sessions/series/{id}/on/2026-03-17/move"),
            &[("date", "2026-03-18"), ("start_time", "14:00"), ("end_time", "13:00"), ("venue", &library)],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Sluttiden måste vara efter starttiden."));
    assert!(p.body.contains("value=\"2026-03-18\""));
    assert!(app.store.exceptions(&[id]).await.unwrap().is_empty());
    // Another unit's series is not there for unit B.
    admin_b.get(&format!("/sessions/series/{id}")).await.assert_status(404);
    app.login("coord.b")
        .await
        .post_form(&format!("/sessions/series/{id}/on/2026-03-17/cancel"), &[("cancel_reason", "x")])
        .await
        .assert_status(404);
    // The JSON API explains bad ranges.
    let anon = app.client();
    let p = anon.get("/api/v1/dropin/sessions?from=2026-05-01&to=2026-04-01").await;
    p.assert_status(422);
    assert!(p.body.contains("\"to\""));
    anon.get("/api/v1/dropin/sessions?from=2026-13-01").await.assert_status(422);
    anon.get("/api/v1/dropin/sessions?from=2026-01-01&to=2028-01-01").await.assert_status(422);
    anon.get("/api/v1/dropin/sessions?venue=999999").await.assert_status(404);
    anon.get("/api/v1/dropin/sessions?unit=abc").await.assert_status(422);
}

async fn the_visit_log_quick_registration_and_statistics(b: Backend) {
    let app = spawn_app(b).await;
    let (venue, series) = app.make_series("2026-01-05", "weekly", "MO").await;
    let coord = app.login("coord.a").await;
    // Nobody came on 5 January (0 is an answer); three came on 12 January; 19 January cancelled.
    coord
        .post_form(&format!("/sessions/series/{series}/on/2026-01-05/visit"), &[("visitors", "0")])
        .await
        .assert_status(303);
    let coord_id = app.id("coord.a").to_string();
    coord
        .post_form(
            &format!("/sessions/series/{series}/on/2026-01-12/visit"),
            &[("visitors", "3"), ("staff", &coord_id)],
        )
        .await
        .assert_status(303);
    coord
        .post_form(&format!("/sessions/series/{series}/on/2026-01-19/cancel"), &[("cancel_reason", "Sjuk")])
        .await
        .assert_status(303);
    let p = coord.post_form(&format!("/sessions/series/{series}/on/2026-01-19/visit"), &[("visitors", "2")]).await;
    p.assert_status(422);
    let p = coord.post_form(&format!("/sessions/series/{series}/on/2026-01-26/visit"), &[("visitors", "-1")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Ange antalet besökare"));
    let v = app.store.visit(series, chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()).await.unwrap().unwrap();
    assert_eq!((v.visitors, v.staff.clone()), (3, vec![app.id("coord.a")]));
    assert_eq!(
        app.store.visit(series, chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()).await.unwrap().unwrap().visitors,
        0
    );

    // Quick registration from the session: channel drop-in and the venue are filled in.
    let form = coord.get(&format!("/cases/new?dropin={series}&on=2026-01-12")).await;
    form.assert_status(200);
    let channel = app.entry(lotsen_domain::lists::ListKind::Channel, "drop_in").await;
    assert!(form.body.contains(&format!("<option value=\"{channel}\" selected>")), "channel drop-in chosen");
    assert!(form.body.contains(&format!("<option value=\"{venue}\" selected>")), "venue chosen");
    assert!(form.body.contains("value=\"2026-01-12\""), "the session's date");
    let age = app.entry(lotsen_domain::lists::ListKind::AgeGroup, "19-65").await.to_string();
    let cat = app.entry(lotsen_domain::lists::ListKind::Category, "economy").await.to_string();
    let p = coord
        .post_form(
            "/cases/new",
            &[
                ("channel", &channel.to_string()),
                ("venue", &venue.to_string()),
                ("age_group", &age),
                ("category", &cat),
                ("minutes", "20"),
                ("residency", "yes"),
                ("first_contact_on", "2026-01-12"),
            ],
        )
        .await;
    p.assert_status(303);
    // A venue of no unit is refused, the rest kept.
    let p = coord
        .post_form(
            "/cases/new",
            &[
                ("channel", &channel.to_string()),
                ("venue", "999999"),
                ("age_group", &age),
                ("category", &cat),
                ("minutes", "20"),
                ("residency", "yes"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Välj en av verksamhetens platser."));

    let opened = app
        .store
        .cases_opened_at_venues(
            app.unit_a,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(opened.get(&venue), Some(&1));

    // Statistics for January: Mondays 5, 12, 26 held (19 cancelled), two logged, three visitors.
    let stats = app.login("analyst.a").await.get("/sessions/stats?from=2026-01-01&to=2026-01-31").await;
    stats.assert_status(200);
    let text = stats.text();
    let row = text.split("Stadsbiblioteket").nth(1).unwrap();
    let cells: Vec<&str> = row.split("<td>").skip(1).map(|c| c.split('<').next().unwrap()).collect();
    assert_eq!(&cells[..6], &["3", "1", "2", "3", "1,5", "1"], "{row}");
    // One case started here: fewer than five, so it is not shown.
    assert!(row.contains("&lt;5") || row.contains("<5"), "{row}");
    let p = app.login("analyst.a").await.get("/sessions/stats?from=2026-02-01&to=2026-01-01").await;
    assert!(p.text().contains("Slutdatum kan inte vara före startdatum."), "{}", p.text());

    // A new time for a series that has been held: past sessions keep theirs (and their log); the
    // new time applies from today as a series of its own.
    let admin = app.login("admin.a").await;
    let p = admin
        .post_form(
            &format!("/sessions/series/{series}"),
            &[
                ("venue", &venue.to_string()),
                ("repeat", "weekly"),
                ("weekdays", "MO"),
                ("start_date", "2026-01-05"),
                ("start_time", "13:00"),
                ("end_time", "15:00"),
            ],
        )
        .await;
    p.assert_status(303);
    let loc = p.location.clone().unwrap();
    assert!(loc.ends_with("?done=split"), "{loc}");
    let new_id: i64 = loc.trim_start_matches("/sessions/series/").split('?').next().unwrap().parse().unwrap();
    assert_ne!(new_id, series);
    let anon = app.client();
    let january = sessions(&anon, "from=2026-01-01&to=2026-01-31").await;
    assert!(january.iter().all(|s| s["local_start"] == "12:30" && s["series_id"] == series), "{january:?}");
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive();
    let ahead = sessions(&anon, &format!("from={today}&to={}", today + chrono::Days::new(28))).await;
    assert!(!ahead.is_empty());
    assert!(ahead.iter().all(|s| s["local_start"] == "13:00" && s["series_id"] == new_id), "{ahead:?}");
    assert_eq!(
        app.store.visit(series, chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()).await.unwrap().unwrap().visitors,
        3
    );
}

async fn the_public_pages_show_cancellations_in_every_language(b: Backend) {
    let app = spawn_app(b).await;
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive();
    let monday = today + chrono::Days::new(u64::from(7 - chrono::Datelike::weekday(&today).num_days_from_monday()));
    let (venue, series) = app.make_series(&monday.to_string(), "weekly", "MO").await;
    let coord = app.login("coord.a").await;
    let next = monday + chrono::Days::new(7);
    coord
        .post_form(
            &format!("/sessions/series/{series}/on/{next}/cancel"),
            &[("cancel_reason", "Inställt på grund av snö")],
        )
        .await
        .assert_status(303);
    let anon = app.client();
    for (lang, cancelled) in [("sv", "Inställt"), ("en", "Cancelled"), ("ar", "ملغاة")] {
        anon.get(&format!("/lang/{lang}?next=/")).await;
        for url in ["/dropin".to_owned(), format!("/dropin/units/{}", app.unit_a), format!("/dropin/venues/{venue}")] {
            let p = anon.get(&url).await;
            p.assert_status(200);
            let text = p.text();
            assert!(text.contains(&format!("lang=\"{lang}\"")), "{url} in {lang}");
            assert!(text.contains("Stadsbiblioteket"), "{url}");
            assert!(text.contains("Inställt på grund av snö"), "{url} in {lang} shows the reason");
            assert!(text.contains("is-cancelled"), "{url}");
            let badge = text.split("badge badge-off\">").nth(1).unwrap_or_default();
            assert!(badge.starts_with(cancelled), "{url} in {lang}: {badge:.40}");
            assert!(p.body.len() < 30_000, "{url} is {} bytes", p.body.len());
            assert!(!p.body.contains("<script"), "no JavaScript");
        }
    }
    // The unit page lists exactly what the JSON API lists for the same six weeks.
    anon.get("/lang/sv?next=/").await;
    let page = anon.get(&format!("/dropin/units/{}", app.unit_a)).await.text();
    let mut on_page = Vec::new();
    for li in page.split("<li class=\"session").skip(1) {
        let date = li.split("datetime=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let time = li.split("class=\"time\" dir=\"ltr\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
        on_page.push((date, time, li.starts_with(" is-cancelled")));
    }
    let to = today + chrono::Days::new(42);
    let api = sessions(&anon, &format!("unit={}&from={today}&to={to}", app.unit_a)).await;
    let in_api: Vec<_> = api
        .iter()
        .map(|s| {
            (
                s["local_date"].as_str().unwrap().to_owned(),
                format!("{}–{}", s["local_start"].as_str().unwrap(), s["local_end"].as_str().unwrap()),
                s["status"] == "cancelled",
            )
        })
        .collect();
    assert!(in_api.len() >= 5);
    assert_eq!(on_page, in_api);

    let qr = anon.get(&format!("/dropin/venues/{venue}/qr.svg")).await;
    qr.assert_status(200);
    assert!(qr.body.contains("<svg"));
    anon.get("/dropin/venues/999999").await.assert_status(404);
}
