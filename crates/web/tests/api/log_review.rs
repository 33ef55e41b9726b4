//! The monthly log review on both databases: a month is reviewed once it is over; its random
//! sample and the views that stand out (not responsible, many in a short time, outside working
//! hours) become the review's items; each is marked with a comment; the month is signed only when
//! all are; and the review and the audit log export as CSV within the manager's unit.
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Europe::Stockholm;
use lotsen_domain::clock::Clock;

use crate::both_backends;
use crate::helpers::*;

both_backends!(a_manager_reviews_and_signs_a_month_of_views_of_identified_data);

fn at(local: &str) -> chrono::DateTime<chrono::Utc> {
    let t = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    Stockholm.from_local_datetime(&t).earliest().unwrap().with_timezone(&chrono::Utc)
}

fn item_ids(body: &str) -> Vec<String> {
    body.match_indices("/audit/review/2026-11/items/")
        .filter_map(|(i, m)| body[i + m.len()..].split('"').next().map(str::to_owned))
        .collect()
}

async fn a_manager_reviews_and_signs_a_month_of_views_of_identified_data(b: Backend) {
    let clock = Clock::fixed(at("2026-11-10 10:00"));
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let admin = app.login("admin.a").await;
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/cases/{case}/person"),
            &[("person_number", "811218-9876"), ("person_name", "Amina Hassan")],
        )
        .await
        .assert_status(303);
    let view = format!("/cases/{case}/person/view");
    // The responsible coordinator in working hours; a manager who is not responsible; twenty
    // views in a few minutes; one late in the evening.
    coord.post_form(&view, &[]).await.assert_status(200);
    let manager = app.login("manager.a").await;
    manager.post_form(&view, &[]).await.assert_status(200);
    clock.set(at("2026-11-12 09:00"));
    let coord = app.login("coord.a").await;
    for _ in 0..20 {
        coord.post_form(&view, &[]).await.assert_status(200);
    }
    clock.set(at("2026-11-13 22:30"));
    let coord = app.login("coord.a").await;
    coord.get(&format!("/cases/{case}/journal")).await.assert_status(200);
    // Unit B's views are not unit A's to review.
    let other = app.make_case_in(app.unit_b, "coord.b").await;
    let coord_b = app.login("coord.b").await;
    coord_b.post_form(&format!("/cases/{other}/identity"), &[("phone", "0701234567"), ("reason", "x")]).await;
    coord_b.post_form(&format!("/cases/{other}/identity/view"), &[]).await.assert_status(200);

    // November is not over: it cannot be started.
    clock.set(at("2026-11-30 16:00"));
    let manager = app.login("manager.a").await;
    let page = manager.get("/audit/review?month=2026-11").await;
    page.assert_status(200);
    assert!(page.text().contains("Månaden är inte slut ännu"));
    manager.post_form("/audit/review/2026-11/start", &[]).await.assert_status(422);
    manager.get("/audit/review?month=2026-13").await.assert_status(422);
    for who in ["coord.a", "analyst.a", "admin.a"] {
        let c = app.login(who).await;
        c.get("/audit/review").await.assert_status(403);
        c.post_form("/audit/review/2026-10/start", &[]).await.assert_status(403);
    }

    clock.set(at("2026-12-02 09:00"));
    let manager = app.login("manager.a").await;
    let page = manager.get("/audit/review").await;
    assert!(page.text().contains("Loggkontroll 2026-11"), "the month before by default");
    manager.post_form("/audit/review/2026-11/start", &[]).await.assert_status(303);
    manager.post_form("/audit/review/2026-11/start", &[]).await.assert_status(303);
    assert_eq!(app.audited("log_review.start").await, 1, "started once");
    let page = manager.get("/audit/review?month=2026-11").await;
    page.assert_status(200);
    let text = page.text();
    for finding in
        ["Slumpmässigt urval", "Inte ansvarig för ärendet", "Många visningar på kort tid", "Utanför arbetstid"]
    {
        assert!(text.contains(finding), "{finding} missing");
    }
    let items = item_ids(&page.body);
    // 23 views of unit A: the sample of ten, the manager's, the twenty in a burst, the late one.
    assert!(items.len() >= 22 && items.len() <= 23, "{}", items.len());
    let review = app.store.log_review(app.unit_a, "2026-11").await.unwrap().unwrap();
    let stored = app.store.log_review_items(&review).await.unwrap();
    assert!(stored.iter().all(|i| i.audit.unit_id == Some(app.unit_a)), "only unit A's views");
    assert_eq!(stored.iter().filter(|i| i.findings.contains(&"sample".to_owned())).count(), 10);
    assert!(stored.iter().any(|i| i.findings.contains(&"after_hours".to_owned()) && i.audit.action == "journal.view"));
    assert!(
        stored.iter().any(|i| i.findings.contains(&"not_responsible".to_owned()) && i.audit.actor_name == "manager.a")
    );

    // Signing waits for every view; a comment is required; another unit's manager finds nothing.
    let p = manager.post_form("/audit/review/2026-11/sign", &[("summary", "Inget att anmärka.")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Alla visningar måste vara granskade"));
    let p = manager.post_form(&format!("/audit/review/2026-11/items/{}", items[0]), &[("comment", " ")]).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"comment-error\""));
    app.login("manager.b")
        .await
        .post_form(&format!("/audit/review/2026-11/items/{}", items[0]), &[("comment", "x")])
        .await
        .assert_status(404);
    for (n, id) in items.iter().enumerate() {
        let comment = if n == 0 { "=HYPERLINK(\"http://x\")" } else { "I tjänsten, ansvarig för uppföljning." };
        manager
            .post_form(&format!("/audit/review/2026-11/items/{id}"), &[("comment", comment)])
            .await
            .assert_status(303);
    }
    manager.post_form("/audit/review/2026-11/sign", &[("summary", "  ")]).await.assert_status(422);
    manager.post_form("/audit/review/2026-11/sign", &[("summary", "Inget att anmärka.")]).await.assert_status(303);
    let page = manager.get("/audit/review?month=2026-11").await;
    assert!(page.text().contains("Signerad av Test manager.a"));
    let p = manager.post_form(&format!("/audit/review/2026-11/items/{}", items[1]), &[("comment", "ändrat")]).await;
    p.assert_status(422);
    assert!(p.text().contains("redan signerad"));
    assert_eq!(app.audited("log_review.mark").await, items.len());
    assert_eq!(app.audited("log_review.sign").await, 1);

    // The review as CSV: its signature, each view with its comment, no cell a formula.
    let csv = manager.get("/audit/review/2026-11/export.csv").await;
    csv.assert_status(200);
    assert!(csv.body.contains("Signerad av") && csv.body.contains("Inget att anmärka."));
    assert!(csv.body.contains("'=HYPERLINK"), "a formula is written as text");
    assert_eq!(csv.body.matches("I tjänsten, ansvarig för uppföljning.").count(), items.len() - 1);
    app.login("manager.b").await.get("/audit/review/2026-11/export.csv").await.assert_status(404);

    // The audit log as CSV with the search's filters, within the unit.
    let all = manager.get("/audit/export.csv?action=person.view").await;
    all.assert_status(200);
    let rows = all.body.lines().count() - 1;
    assert_eq!(rows, 22, "the 22 views of the resident in unit A");
    assert!(!all.body.contains("coord.b"));
    manager.get("/audit/export.csv?from=igår").await.assert_status(422);
    assert_eq!(app.audited("audit.export").await, 1);
    app.login("coord.a").await.get("/audit/export.csv").await.assert_status(403);
}
