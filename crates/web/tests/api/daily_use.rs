//! Daily use over HTTP: finding a case (the search box, the new filters, the next follow-up, the
//! list as a file), correcting contacts and follow-ups, outreach planned ahead, intake requests
//! claimed, and why residents came back, counted in the report. Always within the caller's unit.
use chrono::{Datelike, Days, NaiveDate};
use lotsen_domain::lists::ListKind as K;
use lotsen_store::ActivityFilter;

use crate::both_backends;
use crate::helpers::*;
use crate::import::HEADER;

both_backends!(
    the_search_box_and_filters_find_cases_only_in_the_callers_unit,
    the_filtered_list_downloads_as_csv_and_xlsx_audited,
    a_contact_is_corrected_or_removed_with_the_original_in_the_audit,
    a_follow_up_is_moved_handed_over_or_cancelled_with_a_reason,
    outreach_is_planned_ahead_and_marked_held_afterwards,
    intake_requests_are_claimed_shown_to_colleagues_and_let_go,
    why_residents_came_back_is_recorded_and_counted_in_the_report,
);

/// The case numbers the list links to.
fn listed(p: &Page) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = p.body.as_str();
    while let Some(i) = rest.find("<a href=\"/cases/") {
        rest = &rest[i + 16..];
        let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !id.is_empty() && rest[id.len()..].starts_with("\">#") {
            out.push(id);
        }
    }
    out
}

/// Adds a contact with `note` to case `id` of `unit` as `c`.
async fn contact_in(app: &TestApp, unit: lotsen_domain::ids::UnitId, c: &Client, id: &str, note: &str) {
    let lists = app.store.lists(unit).await.unwrap();
    let mode = lists.by_code(K::ContactMode, "phone").unwrap().id.to_string();
    c.post_form(
        &format!("/cases/{id}/contacts"),
        &[
            ("contact-on", &today().to_string()),
            ("contact-mode", &mode),
            ("contact-minutes", "15"),
            ("contact-note", note),
        ],
    )
    .await
    .assert_status(303);
}

/// Adds a contact with `note` to case `id` of unit A as `c`.
async fn contact(app: &TestApp, c: &Client, id: &str, note: &str) {
    contact_in(app, app.unit_a, c, id, note).await;
}

async fn the_search_box_and_filters_find_cases_only_in_the_callers_unit(b: Backend) {
    let app = spawn_app(b).await;
    // Imported cases keep their ids from the spreadsheet; one was referred by a school.
    let mut csv = format!("{HEADER}\n");
    csv.push_str("2023-017,2023-03-02,phone,19-65,economy,,nej,ja,Bergsskolan,1,20,,,,,,,\n");
    csv.push_str("2023-018,2023-03-03,phone,19-65,economy,,nej,ja,,1,20,,,,,,,\n");
    app.import_cases("admin.a", "coord.a", csv).await;
    let imported = app.store.cases(&lotsen_store::CaseFilter::new(app.unit_a), 10).await.unwrap().rows;
    let by_ext =
        |e: &str| imported.iter().find(|r| r.case.external_id.as_deref() == Some(e)).unwrap().case.id.to_string();
    let (c17, c18) = (by_ext("2023-017"), by_ext("2023-018"));
    let mine = app.make_case("coord.a").await.to_string();
    let theirs = app.make_case("manager.a").await.to_string();
    let c = app.login("coord.a").await;
    contact(&app, &c, &mine, "Pratade om hyresskulden och ett möte med budgetrådgivningen").await;
    // The same words in unit B: never found from unit A.
    let other = app.make_case_in(app.unit_b, "coord.b").await.to_string();
    contact_in(&app, app.unit_b, &app.login("coord.b").await, &other, "Hyresskulden igen").await;

    let find = |q: &str| {
        let c = &c;
        let q = q.to_owned();
        async move { listed(&c.get(&format!("/cases?q={}", encode(&q))).await) }
    };
    assert_eq!(find("2023-017").await, vec![c17.clone()], "an imported id");
    assert_eq!(find(&mine).await, vec![mine.clone()], "a case number");
    assert_eq!(find(&format!("#{theirs}")).await, vec![theirs.clone()], "a case number with #");
    assert_eq!(find("bergsskolan").await, vec![c17.clone()], "the referring organisation, any case");
    assert_eq!(find("hyresskulden").await, vec![mine.clone()], "words of a note, this unit only");
    assert_eq!(find("100%_").await, Vec::<String>::new(), "wildcards are matched as themselves");
    assert!(!find(&other).await.contains(&other), "another unit's case number is not found");
    let b = app.login("coord.b").await;
    assert!(listed(&b.get("/cases?q=2023-017").await).is_empty(), "unit B does not find unit A's import");

    // The search with filters: responsible coordinator, referral destination and state.
    let manager = app.id("manager.a").to_string();
    assert!(listed(&c.get(&format!("/cases?q=bergsskolan&coordinator={manager}")).await).is_empty());
    let coord = app.id("coord.a").to_string();
    assert_eq!(listed(&c.get(&format!("/cases?q=bergsskolan&coordinator={coord}")).await), vec![c17.clone()]);
    let all_mine = listed(&c.get(&format!("/cases?coordinator={coord}")).await);
    for id in [&c17, &c18, &mine] {
        assert!(all_mine.contains(id), "{id} in {all_mine:?}");
    }
    assert!(!all_mine.contains(&theirs));
    let (_, follow_up) = app.add_referral_and_follow_up(theirs.parse().unwrap()).await;
    let dest = app.store.case_detail(app.unit_a, theirs.parse().unwrap()).await.unwrap().referrals[0].destination_id;
    let waiting = listed(&c.get(&format!("/cases?destination={dest}&ref_state=pending")).await);
    assert_eq!(waiting, vec![theirs.clone()], "waiting for that destination");
    assert!(listed(&c.get(&format!("/cases?destination={dest}&ref_state=established")).await).is_empty());
    // Met at a drop-in venue: the venue filter finds that case only.
    let (venue, _) = app.make_series("2026-01-05", "weekly", "MO").await;
    let f = |k, code: &'static str| {
        let app = &app;
        async move { app.entry(k, code).await.to_string() }
    };
    let p = c
        .post_form(
            "/cases/new",
            &[
                ("channel", &f(K::Channel, "drop_in").await),
                ("age_group", &f(K::AgeGroup, "19-65").await),
                ("category", &f(K::Category, "economy").await),
                ("minutes", "20"),
                ("residency", "yes"),
                ("venue", &venue.to_string()),
            ],
        )
        .await;
    p.assert_status(303);
    let at_venue = listed(&c.get(&format!("/cases?venue={venue}")).await);
    assert_eq!(at_venue.len(), 1, "{at_venue:?}");
    assert!(![&c17, &c18, &mine, &theirs].contains(&&at_venue[0]));
    // The next follow-up is a column of the list.
    let fu = app.store.case_detail(app.unit_a, theirs.parse().unwrap()).await.unwrap();
    let due = fu.follow_ups.iter().find(|f| f.id == follow_up).unwrap().due_on.to_string();
    let row = c.get(&format!("/cases?q={theirs}")).await;
    assert!(row.body.contains(&format!("<time datetime=\"{due}\">")), "next follow-up {due} shown");
    assert!(row.text().contains("Nästa uppföljning"));

    // Bad filters are named per field, the search kept, nothing listed.
    let long = "x".repeat(201);
    let bad = c.get(&format!("/cases?q=bergsskolan&coordinator={}&venue=abc&ref_state=soon", app.id("coord.b"))).await;
    bad.assert_status(422);
    for field in ["coordinator", "venue", "ref_state"] {
        assert!(bad.body.contains(&format!("id=\"{field}-error\"")), "{field} named");
    }
    assert!(bad.body.contains("value=\"bergsskolan\""), "the search is kept");
    assert!(listed(&bad).is_empty());
    c.get(&format!("/cases?q={long}")).await.assert_status(422);
}

/// A percent-encoded query value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }
        })
        .collect()
}

async fn the_filtered_list_downloads_as_csv_and_xlsx_audited(b: Backend) {
    let app = spawn_app(b).await;
    let mut csv = format!("{HEADER}\n");
    for i in 0..3 {
        csv.push_str(&format!("X-{i},2024-05-0{},phone,19-65,economy,,nej,ja,=SUM(A1),1,20,,,,,,,\n", i + 1));
    }
    app.import_cases("admin.a", "coord.a", csv).await;
    app.make_case("manager.a").await;
    app.make_case_in(app.unit_b, "coord.b").await;
    let c = app.login("coord.a").await;
    let coord = app.id("coord.a");
    let (status, headers, body) = c.get_bytes(&format!("/cases/export/csv?coordinator={coord}")).await;
    assert_eq!(status, 200);
    assert!(headers["content-disposition"].to_str().unwrap().contains(".csv"));
    let text = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 3, "a header and coord.a's three cases, not the manager's: {text}");
    assert!(lines[0].starts_with("\u{feff}Ärende,Importerat id"), "{}", lines[0]);
    for i in 0..3 {
        assert!(text.contains(&format!("X-{i}")), "X-{i}");
    }
    assert!(text.contains("'=SUM(A1)"), "a formula-like cell is written as text");
    assert!(!text.contains(",=SUM"));
    // The whole unit, as a spreadsheet: a zip with the sheet inside.
    let (status, _, xlsx) = c.get_bytes("/cases/export/xlsx").await;
    assert_eq!(status, 200);
    assert!(xlsx.starts_with(b"PK"), "an XLSX file");
    assert_eq!(app.audited("case.export").await, 2);
    // Unit B's coordinator gets unit B's case only; an analyst gets nothing.
    let (_, _, b_csv) = app.login("coord.b").await.get_bytes("/cases/export/csv").await;
    let b_csv = String::from_utf8(b_csv).unwrap();
    assert_eq!(b_csv.lines().count(), 2, "{b_csv}");
    assert!(!b_csv.contains("X-0"));
    assert_eq!(app.login("analyst.a").await.get_bytes("/cases/export/csv").await.0, 403);
    // A bad filter is refused, not exported; an unknown format is not found.
    assert_eq!(c.get_bytes("/cases/export/csv?venue=nine").await.0, 422);
    assert_eq!(c.get_bytes("/cases/export/pdf").await.0, 404);
    assert_eq!(app.audited("case.export").await, 3, "one more: unit B's coordinator");
}

async fn a_contact_is_corrected_or_removed_with_the_original_in_the_audit(b: Backend) {
    let app = spawn_app(b).await;
    let id = app.make_case("coord.a").await;
    let c = app.login("coord.a").await;
    contact(&app, &c, &id.to_string(), "Ringde om räkningen").await;
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!(d.contacts.len(), 2);
    let (first, second) = (d.contacts[0].clone(), d.contacts[1].clone());
    let show = c.get(&format!("/cases/{id}")).await;
    assert!(show.body.contains(&format!("href=\"/cases/{id}/contacts/{}\"", second.id)), "a link to correct it");
    let page = c.get(&format!("/cases/{id}/contacts/{}", second.id)).await;
    page.assert_status(200);
    assert!(page.body.contains("Ringde om räkningen"), "the form holds the note");

    // Bad input: named per field, the input kept, nothing changed.
    let mode = app.entry(K::ContactMode, "meeting").await.to_string();
    let bad = c
        .post_form(
            &format!("/cases/{id}/contacts/{}", second.id),
            &[
                ("contact-on", "2999-01-01"),
                ("contact-mode", "x"),
                ("contact-minutes", "0"),
                ("contact-note", "Ändrad"),
            ],
        )
        .await;
    bad.assert_status(422);
    for f in ["contact-on", "contact-mode", "contact-minutes"] {
        assert!(bad.body.contains(&format!("id=\"{f}-error\"")), "{f}");
    }
    assert!(bad.body.contains(">Ändrad</textarea>"), "the note is kept");
    assert_eq!(app.store.case_detail(app.unit_a, id).await.unwrap().contacts[1], second, "nothing saved");

    // The correction: a visit of 45 minutes; the case's totals follow.
    let p = c
        .post_form(
            &format!("/cases/{id}/contacts/{}", second.id),
            &[
                ("contact-on", &today().to_string()),
                ("contact-mode", &mode),
                ("contact-minutes", "45"),
                ("contact-note", "Besök om räkningen"),
            ],
        )
        .await;
    p.assert_status(303);
    let after = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!((after.contacts[1].minutes, after.contacts[1].note.as_str()), (45, "Besök om räkningen"));
    assert_eq!(after.contacts[1].author_id, second.author_id, "the author stays");
    let sum = app.store.cases(&lotsen_store::CaseFilter::new(app.unit_a), 5).await.unwrap();
    let row = sum.rows.iter().find(|r| r.case.id == id).unwrap();
    assert_eq!(row.minutes, i64::from(first.minutes) + 45);
    let audit = app.audit_details("contact.update").await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0]["before"]["note"], "Ringde om räkningen", "the original is kept in the audit");
    assert_eq!(audit[0]["before"]["minutes"], 15);
    assert_eq!(audit[0]["after"]["minutes"], 45);

    // Removal needs the box ticked, and a case keeps one contact.
    let remove = format!("/cases/{id}/contacts/{}/remove", second.id);
    c.post_form(&remove, &[]).await.assert_status(422);
    c.post_form(&remove, &[("confirm", "1")]).await.assert_status(303);
    let left = app.store.case_detail(app.unit_a, id).await.unwrap().contacts;
    assert_eq!(left, vec![first.clone()]);
    let audit = app.audit_details("contact.remove").await;
    assert_eq!(audit[0]["before"]["note"], "Besök om räkningen");
    let last = c.post_form(&format!("/cases/{id}/contacts/{}/remove", first.id), &[("confirm", "1")]).await;
    last.assert_status(422);
    assert!(last.text().contains("minst en kontakt"));
    // Another unit's coordinator finds neither the case nor its contact; a made-up contact is 404.
    let b = app.login("coord.b").await;
    b.get(&format!("/cases/{id}/contacts/{}", first.id)).await.assert_status(404);
    b.post_form(&format!("/cases/{id}/contacts/{}/remove", first.id), &[("confirm", "1")]).await.assert_status(404);
    c.get(&format!("/cases/{id}/contacts/999999")).await.assert_status(404);
    let other = app.make_case("coord.a").await;
    c.get(&format!("/cases/{other}/contacts/{}", first.id)).await.assert_status(404);
    assert_eq!(app.store.case_detail(app.unit_a, id).await.unwrap().contacts.len(), 1);
}

async fn a_follow_up_is_moved_handed_over_or_cancelled_with_a_reason(b: Backend) {
    let app = spawn_app(b).await;
    let id = app.make_case("coord.a").await;
    let (_, fu) = app.add_referral_and_follow_up(id).await;
    let c = app.login("coord.a").await;
    let page = c.get(&format!("/cases/{id}/follow-ups/{fu}")).await;
    page.assert_status(200);
    assert!(page.text().contains("Test manager.a"), "colleagues to hand it to");

    let later = (today() + Days::new(21)).to_string();
    let manager = app.id("manager.a").to_string();
    let bad = c
        .post_form(&format!("/cases/{id}/follow-ups/{fu}/move"), &[("due_on", "2001-01-01"), ("assigned_to", "7")])
        .await;
    bad.assert_status(422);
    assert!(bad.body.contains("id=\"due_on-error\"") && bad.body.contains("id=\"assigned_to-error\""));
    c.post_form(&format!("/cases/{id}/follow-ups/{fu}/move"), &[("due_on", &later), ("assigned_to", &manager)])
        .await
        .assert_status(303);
    let moved = app.store.case_detail(app.unit_a, id).await.unwrap().follow_ups[0].clone();
    assert_eq!((moved.due_on.to_string(), moved.assigned_to), (later.clone(), app.id("manager.a")));
    let audit = app.audit_details("follow_up.move").await;
    assert_eq!(audit[0]["after"]["due_on"], later.as_str());
    assert_eq!(audit[0]["before"]["assigned_to"].as_i64(), Some(app.id("coord.a").get()));
    // Unit B's coordinator cannot be handed it.
    let b_coord = app.id("coord.b").to_string();
    c.post_form(&format!("/cases/{id}/follow-ups/{fu}/move"), &[("due_on", &later), ("assigned_to", &b_coord)])
        .await
        .assert_status(422);

    // Cancelled with a reason: no longer due, not overdue, not counted as made.
    c.post_form(&format!("/cases/{id}/follow-ups/{fu}/cancel"), &[("reason", "because")]).await.assert_status(422);
    c.post_form(&format!("/cases/{id}/follow-ups/{fu}/cancel"), &[("reason", "resident_declined")])
        .await
        .assert_status(303);
    let cancelled = app.store.case_detail(app.unit_a, id).await.unwrap().follow_ups[0].clone();
    assert_eq!(cancelled.cancelled, Some(lotsen_domain::case::FollowUpCancel::ResidentDeclined));
    assert_eq!((cancelled.outcome, cancelled.done_on), (None, Some(today())));
    let show = c.get(&format!("/cases/{id}")).await;
    assert!(show.text().contains("Avbokad: invånaren vill inte bli kontaktad"));
    assert!(!app.store.open_follow_ups(app.id("manager.a"), 10).await.unwrap().iter().any(|f| f.id == fu));
    // Done is done: neither moved nor cancelled again.
    c.post_form(&format!("/cases/{id}/follow-ups/{fu}/move"), &[("due_on", &later), ("assigned_to", &manager)])
        .await
        .assert_status(422);
    assert_eq!(app.audited("follow_up.cancel").await, 1);
    app.login("coord.b").await.get(&format!("/cases/{id}/follow-ups/{fu}")).await.assert_status(404);
}

async fn outreach_is_planned_ahead_and_marked_held_afterwards(b: Backend) {
    let app = spawn_app(b).await;
    let kind = app.entry(K::ActivityType, "parents_meeting").await.to_string();
    let c = app.login("coord.a").await;
    let term = (today() + Days::new(90)).to_string();
    let p = c.post_form("/outreach/new", &[("activity_type", &kind), ("activity_on", &term), ("planned", "1")]).await;
    p.assert_status(303);
    // Held activities need a past day and how many were reached; a plan needs a day ahead.
    let past = (today() - Days::new(3)).to_string();
    let bad = c.post_form("/outreach/new", &[("activity_type", &kind), ("activity_on", &past), ("planned", "1")]).await;
    bad.assert_status(422);
    assert!(bad.body.contains("id=\"activity_on-error\""));
    c.post_form("/outreach/new", &[("activity_type", &kind), ("activity_on", &term)]).await.assert_status(422);
    let all = app.store.activities(app.unit_a, &ActivityFilter::default()).await.unwrap();
    assert_eq!(all.len(), 1);
    assert!(all[0].planned && all[0].reached == 0);
    let list = c.get("/outreach").await;
    assert!(list.text().contains("Planerade aktiviteter") && list.body.contains(&term));
    assert!(list.body.contains("<dd>0</dd>"), "a plan counts nowhere yet");
    let held = app.store.activities(app.unit_a, &ActivityFilter { planned: Some(false), ..Default::default() }).await;
    assert!(held.unwrap().is_empty());

    // The meeting was moved forward and held: marked held with how many came.
    let id = all[0].id;
    c.post_form(&format!("/outreach/{id}"), &[("activity_type", &kind), ("activity_on", &past), ("reached", "40")])
        .await
        .assert_status(303);
    let a = app.store.activity(app.unit_a, id).await.unwrap();
    assert!(!a.planned && a.reached == 40 && a.on.to_string() == past);
    assert!(c.get("/outreach").await.body.contains("<dd>40</dd>"));
    app.login("coord.b").await.get(&format!("/outreach/{id}")).await.assert_status(404);
}

async fn intake_requests_are_claimed_shown_to_colleagues_and_let_go(b: Backend) {
    let app = spawn_app(b).await;
    let sent = app.send_inquiry("request", &app.aged_token("request", app.unit_a), &[("phone", "070-111 22 33")]).await;
    sent.assert_status(303);
    let open = lotsen_store::Shown::Open;
    let kind = lotsen_domain::inquiry::Kind::Request;
    let id = app.store.inquiries(app.unit_a, kind, open, 10).await.unwrap()[0].id;
    let coord = app.login("coord.a").await;
    let manager = app.login("manager.a").await;
    let start = manager.get("/").await;
    assert!(start.text().contains("Inte tagna av någon: 1 förfrågan"), "{}", start.text());
    coord.post_form(&format!("/intake/{id}/claim"), &[]).await.assert_status(303);
    let r = app.store.inquiry(app.unit_a, id).await.unwrap();
    assert_eq!(r.claimed_by, Some(app.id("coord.a")));
    // Colleagues see who has it, on the list and on the start page.
    let list = manager.get("/intake").await;
    assert!(list.text().contains("Test coord.a") && list.text().contains("Ta över"));
    assert!(manager.get("/").await.text().contains("Tagna av Test coord.a: 1 förfrågan"));
    // Unit B knows nothing of it.
    app.login("coord.b").await.post_form(&format!("/intake/{id}/claim"), &[]).await.assert_status(404);
    assert_eq!(app.store.inquiry(app.unit_a, id).await.unwrap().claimed_by, Some(app.id("coord.a")));
    // Taken over, then let go.
    manager.post_form(&format!("/intake/{id}/claim"), &[]).await.assert_status(303);
    assert_eq!(app.store.inquiry(app.unit_a, id).await.unwrap().claimed_by, Some(app.id("manager.a")));
    manager.post_form(&format!("/intake/{id}/claim"), &[("release", "1")]).await.assert_status(303);
    assert_eq!(app.store.inquiry(app.unit_a, id).await.unwrap().claimed_by, None);
    let audit = app.audit_details("inquiry.claim").await;
    assert_eq!(audit.len(), 3);
    assert_eq!(audit[1]["before"].as_i64(), Some(app.id("coord.a").get()), "who had it is kept");
    // Once handled it can no longer be claimed.
    coord.post_form(&format!("/intake/{id}/close"), &[("reason", "handled")]).await.assert_status(303);
    let late = coord.post_form(&format!("/intake/{id}/claim"), &[]).await;
    assert_eq!(late.location.as_deref(), Some("/intake?done=already"));
    assert_eq!(app.audited("inquiry.claim").await, 3);
}

async fn why_residents_came_back_is_recorded_and_counted_in_the_report(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.login("coord.a").await;
    // Cases of the month before this one: a whole month the report can show.
    let first_of_month = today().with_day(1).unwrap();
    let last_month = first_of_month - Days::new(1);
    let on = NaiveDate::from_ymd_opt(last_month.year(), last_month.month(), 10).unwrap().to_string();
    let (channel, age, cat) = (
        app.entry(K::Channel, "phone").await.to_string(),
        app.entry(K::AgeGroup, "19-65").await.to_string(),
        app.entry(K::Category, "economy").await.to_string(),
    );
    let register = |reason: &'static str, returning: bool| {
        let (c, channel, age, cat, on) = (&c, channel.clone(), age.clone(), cat.clone(), on.clone());
        async move {
            let mut f = vec![
                ("channel", channel.as_str()),
                ("age_group", age.as_str()),
                ("category", cat.as_str()),
                ("minutes", "20"),
                ("residency", "yes"),
                ("first_contact_on", on.as_str()),
                ("returning_reason", reason),
            ];
            if returning {
                f.push(("returning", "1"));
            }
            c.post_form("/cases/new", &f).await.assert_status(303);
        }
    };
    for _ in 0..6 {
        register("not_satisfied", false).await;
    }
    for _ in 0..5 {
        register("new_problem", true).await;
    }
    for _ in 0..5 {
        register("", true).await;
    }
    for _ in 0..4 {
        register("", false).await;
    }
    // A reason that is not one is refused by name and nothing saved.
    let bad = c
        .post_form(
            "/cases/new",
            &[
                ("channel", &channel),
                ("age_group", &age),
                ("category", &cat),
                ("minutes", "20"),
                ("residency", "yes"),
                ("returning_reason", "bored"),
            ],
        )
        .await;
    bad.assert_status(422);
    assert!(bad.body.contains("id=\"returning_reason-error\""));
    let all = app.store.cases(&lotsen_store::CaseFilter::new(app.unit_a), 50).await.unwrap().rows;
    assert_eq!(all.len(), 20);
    let given = all.iter().filter(|r| r.case.returning_reason.is_some()).count();
    assert_eq!(given, 11, "a reason marks the case returning");
    assert_eq!(all.iter().filter(|r| r.case.returning).count(), 16);
    // The case page and its edit form show and keep the reason.
    let case = all.iter().find(|r| r.case.returning_reason.is_some()).unwrap().case.id;
    let edit = c.get(&format!("/cases/{case}/edit")).await;
    assert!(edit.body.contains("selected>"), "the reason is chosen in the edit form");
    let show = c.get(&format!("/cases/{case}")).await.text();
    assert!(show.contains("Ja: Nytt problem") || show.contains("Ja: Var inte nöjd"), "the case page says why");

    let m = app.login("manager.a").await;
    let period = format!("period=custom&from={}&to={}", last_month.with_day(1).unwrap(), last_month);
    let r = crate::report::json(&m, &format!("/api/v1/report?{period}")).await;
    let t = r["tables"].as_array().unwrap().iter().find(|t| t["id"] == "returning").expect("a returning table");
    let count = |key: &str| {
        t["rows"].as_array().unwrap().iter().find(|x| x["key"] == key).map(|x| x["count"]["value"].as_i64())
    };
    assert_eq!(count("returning"), Some(Some(16)));
    assert_eq!(count("returned-not_satisfied"), Some(Some(6)));
    assert_eq!(count("returned-new_problem"), Some(Some(5)));
    assert_eq!(count("returned-not_given"), Some(Some(5)));
    assert_eq!(count("returned-something_else"), Some(Some(0)));
    let page = m.get(&format!("/report?{period}")).await;
    assert!(page.text().contains("Återkommande invånare efter skäl") && page.text().contains("Nytt problem"));
    // The figure's cases behind it are exactly those.
    let behind = m
        .get(&format!(
            "/cases?figure=returned-new_problem&report_from={}&report_to={last_month}",
            last_month.with_day(1).unwrap()
        ))
        .await;
    behind.assert_status(200);
    assert_eq!(listed(&behind).len(), 5);
}
