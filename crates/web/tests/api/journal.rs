//! The journal of a documented case over HTTP, on both databases: writing, changing and signing
//! one's own note, corrections that keep the original, a note that signs itself after a day, every
//! reading audited, and no journal for a case that is not documented.
use chrono::{NaiveDateTime, TimeDelta};
use lotsen_domain::clock::Clock;
use lotsen_domain::ids::CaseId;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_coordinator_writes_changes_signs_and_corrects_notes,
    a_note_signs_itself_after_a_day_and_is_then_corrected_not_changed,
    a_case_that_is_not_documented_keeps_no_journal,
);

fn clock() -> Clock {
    Clock::at_stockholm(NaiveDateTime::parse_from_str("2026-12-07 10:00", "%Y-%m-%d %H:%M").unwrap())
}

/// A documenting unit A with a case of coord.a's that has its resident recorded.
async fn documented_case(app: &TestApp) -> CaseId {
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
    case
}

fn note_ids(body: &str) -> Vec<String> {
    body.match_indices("id=\"note-")
        .filter_map(|(i, _)| body[i + 9..].split('"').next())
        .filter(|s| s.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

async fn a_coordinator_writes_changes_signs_and_corrects_notes(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let case = documented_case(&app).await;
    let coord = app.login("coord.a").await;
    let journal = format!("/cases/{case}/journal");

    // Bad input: each field says why; nothing is saved.
    let long = "x".repeat(10_001);
    let p = coord.post_form(&journal, &[("on", "2027-01-01"), ("text", &long)]).await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("Datumet kan inte ligga i framtiden") && text.contains("högst 10 000 tecken"));
    let p = coord.post_form(&journal, &[("on", "2026-12-07"), ("text", "  ")]).await;
    p.assert_status(422);
    assert!(note_ids(&p.body).is_empty(), "nothing saved");

    let views = app.audited("journal.view").await;
    coord
        .post_form(&journal, &[("on", "2026-12-06"), ("text", "Mötte Amina på biblioteket.\nBokade ny tid.")])
        .await
        .assert_status(303);
    let page = coord.get(&journal).await;
    page.assert_status(200);
    assert!(page.text().contains("Mötte Amina på biblioteket.\nBokade ny tid."));
    assert_eq!(app.audited("journal.view").await, views + 1, "a reading is logged");
    let first = note_ids(&page.body)[0].clone();

    // The text is sealed in the database.
    let stored = app.store.journal(&app.store.case(app.unit_a, case).await.unwrap()).await.unwrap();
    assert!(!String::from_utf8_lossy(&stored[0].sealed.sealed).contains("biblioteket"));

    // The author changes it until it is signed; a manager may read but not change it.
    coord
        .post_form(&format!("{journal}/{first}"), &[("on", "2026-12-06"), ("text", "Mötte Amina på biblioteket.")])
        .await
        .assert_status(303);
    let manager = app.login("manager.a").await;
    manager.get(&journal).await.assert_status(200);
    manager
        .post_form(&format!("{journal}/{first}"), &[("on", "2026-12-06"), ("text", "ändrat av chefen")])
        .await
        .assert_status(403);
    manager.post_form(&format!("{journal}/{first}/sign"), &[]).await.assert_status(403);
    coord.post_form(&format!("{journal}/{first}/sign"), &[]).await.assert_status(303);
    let p = coord.post_form(&format!("{journal}/{first}"), &[("on", "2026-12-06"), ("text", "för sent")]).await;
    p.assert_status(422);
    assert!(p.text().contains("kan inte ändras längre"));

    // A correction is a new note; the original stays readable, struck through.
    coord
        .post_form(
            &journal,
            &[("on", "2026-12-06"), ("text", "Rättelse: mötet var i Medborgarhuset."), ("corrects", &first)],
        )
        .await
        .assert_status(303);
    let page = coord.get(&journal).await;
    assert!(page.body.contains("<del>Mötte Amina på biblioteket.</del>"));
    assert!(page.text().contains("Rättelse: mötet var i Medborgarhuset."));
    assert_eq!(note_ids(&page.body).len(), 2);
    let print = coord.get(&format!("{journal}/print")).await;
    print.assert_status(200);
    assert!(print.body.contains("<del>Mötte Amina på biblioteket.</del>") && !print.body.contains("<textarea"));

    // A correction of a note of another case, or of one not signed yet, is refused.
    let other = documented_other_case(&app).await;
    let p = coord
        .post_form(&format!("/cases/{other}/journal"), &[("on", "2026-12-06"), ("text", "x"), ("corrects", &first)])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Bara en signerad anteckning i samma ärende"));
    coord.post_form(&journal, &[("on", "2026-12-07"), ("text", "Ringde Amina.")]).await.assert_status(303);
    let unsigned = note_ids(&coord.get(&journal).await.body).pop().unwrap();
    let p = coord.post_form(&journal, &[("on", "2026-12-07"), ("text", "y"), ("corrects", &unsigned)]).await;
    p.assert_status(422);
    assert_eq!(app.audited("journal.create").await, 3);
    assert_eq!(app.audited("journal.sign").await, 1);
}

/// A second documented case of the same resident.
async fn documented_other_case(app: &TestApp) -> CaseId {
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord.post_form(&format!("/cases/{case}/person"), &[("person_number", "811218-9876")]).await.assert_status(303);
    case
}

async fn a_note_signs_itself_after_a_day_and_is_then_corrected_not_changed(b: Backend) {
    let clock = clock();
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let case = documented_case(&app).await;
    let journal = format!("/cases/{case}/journal");
    let coord = app.login("coord.a").await;
    coord.post_form(&journal, &[("on", "2026-12-07"), ("text", "Hembesök.")]).await.assert_status(303);
    let page = coord.get(&journal).await;
    assert!(page.text().contains("Inte signerad ännu"));
    let note = note_ids(&page.body)[0].clone();

    clock.advance(TimeDelta::hours(24));
    let coord = app.login("coord.a").await;
    let page = coord.get(&journal).await;
    assert!(!page.text().contains("Inte signerad ännu"), "signed by itself after a day");
    let p = coord.post_form(&format!("{journal}/{note}"), &[("on", "2026-12-07"), ("text", "Hembesök, ändrat.")]).await;
    p.assert_status(422);
    coord
        .post_form(
            &journal,
            &[("on", "2026-12-08"), ("text", "Rättelse: besöket var ett telefonsamtal."), ("corrects", &note)],
        )
        .await
        .assert_status(303);
    assert_eq!(app.audited("journal.update").await, 0);
}

async fn a_case_that_is_not_documented_keeps_no_journal(b: Backend) {
    let app = spawn_app(b).await;
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    let page = coord.get(&format!("/cases/{case}/journal")).await;
    page.assert_status(200);
    assert!(page.text().contains("Ärendet dokumenteras inte"));
    let p = coord.post_form(&format!("/cases/{case}/journal"), &[("on", "2026-01-05"), ("text", "x")]).await;
    p.assert_status(422);
    assert_eq!(app.audited("journal.create").await, 0);
    assert_eq!(app.audited("journal.view").await, 0, "nothing was read");
    // Another unit's staff do not reach it; someone not responsible may not read it.
    app.login("coord.b").await.get(&format!("/cases/{case}/journal")).await.assert_status(404);
    app.login("target.a").await.get(&format!("/cases/{case}/journal")).await.assert_status(403);
}
