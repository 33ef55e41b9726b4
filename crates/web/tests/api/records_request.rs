//! A resident's records request on both databases: only a manager of the unit opens the record,
//! every view is logged, ticked passages and listed words are masked so that they are absent from
//! the PDF's text layer (read back with pdftotext), bad input is refused per field with nothing
//! produced, and producing it is audited with what was masked but not the masked words.
use crate::both_backends;
use crate::helpers::*;

both_backends!(a_manager_hands_out_a_masked_record_whose_text_lacks_the_masked_words);

async fn a_manager_hands_out_a_masked_record_whose_text_lacks_the_masked_words(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/cases/{case}/person"),
            &[
                ("person_number", "811218-9876"),
                ("person_name", "Amina Hassan"),
                ("support_name", "Faduma Ali"),
                ("support_relation", "syster"),
                ("support_reach", "073-765 43 21"),
            ],
        )
        .await
        .assert_status(303);
    let today = app.store.clock().today().to_string();
    let journal = format!("/cases/{case}/journal");
    for text in [
        "Mötte Amina på biblioteket. Grannen Bertil Svensson klagade på ljud.",
        "Systern berättade om sin egen sjukdom och sina skulder.",
    ] {
        coord.post_form(&journal, &[("on", &today), ("text", text)]).await.assert_status(303);
    }
    let page = coord.get(&journal).await;
    let ids: Vec<String> = page
        .body
        .match_indices("id=\"note-")
        .filter_map(|(i, _)| page.body[i + 9..].split('"').next().map(str::to_owned))
        .filter(|s| s.chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(ids.len(), 2);

    let url = format!("/cases/{case}/records");
    // Only the unit's managers.
    coord.get(&url).await.assert_status(403);
    coord.post_form(&format!("{url}/review"), &[]).await.assert_status(403);
    app.login("admin.a").await.post_form(&format!("{url}/review"), &[]).await.assert_status(403);
    app.login("manager.b").await.post_form(&format!("{url}/review"), &[]).await.assert_status(404);

    let manager = app.login("manager.a").await;
    let intro = manager.get(&url).await;
    intro.assert_status(200);
    assert!(!intro.text().contains("Bertil"), "nothing of the record before the logged view");
    let (person_views, journal_views) = (app.audited("person.view").await, app.audited("journal.view").await);
    let review = manager.post_form(&format!("{url}/review"), &[]).await;
    review.assert_status(200);
    assert!(review.text().contains("Grannen Bertil Svensson") && review.text().contains("Amina Hassan"));
    assert_eq!(app.audited("person.view").await, person_views + 1);
    assert_eq!(app.audited("journal.view").await, journal_views + 1);

    // Bad input: each field says why; nothing is produced.
    let many = "ord\n".repeat(51);
    let bad =
        manager.post_form(&format!("{url}/pdf"), &[("mask", "note-999999"), ("phrases", &many), ("lang", "xx")]).await;
    bad.assert_status(422);
    let text = bad.text();
    assert!(text.contains("Högst 50 ord eller namn"), "{text}");
    assert!(bad.body.contains("id=\"lang-error\""));
    assert_eq!(app.audited("records.request").await, 0);

    let second = format!("note-{}", ids[1]);
    let (status, headers, bytes) = manager
        .post_for_bytes(&format!("{url}/pdf"), &[("mask", &second), ("phrases", "bertil svensson\n"), ("lang", "sv")])
        .await;
    assert_eq!(status, 200);
    assert_eq!(headers.get("content-type").unwrap(), "application/pdf");
    assert_eq!(headers.get("cache-control").unwrap(), "no-store");
    let text = pdf_text(&bytes);
    assert!(text.contains("Amina Hassan") && text.contains("19811218-9876"), "{text}");
    assert!(text.contains("Mötte Amina på biblioteket"), "{text}");
    assert!(text.contains("[maskerat]"), "{text}");
    for gone in ["Bertil", "Svensson", "sjukdom", "skulder"] {
        assert!(!text.contains(gone), "{gone} is in the PDF's text: {text}");
    }

    // The audit row says what was masked, not the masked words.
    let rows = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("records.request".into()), ..Default::default() }, 10)
        .await
        .unwrap();
    assert_eq!(rows.rows.len(), 1);
    let detail: serde_json::Value = serde_json::from_str(&rows.rows[0].detail).unwrap();
    assert_eq!(detail["masked_passages"], serde_json::json!([second]));
    assert_eq!(detail["phrase_occurrences"][format!("note-{}", ids[0])], 1);
    assert!(!rows.rows[0].detail.to_lowercase().contains("bertil"));

    // The same record in Arabic.
    let (status, _, bytes) =
        manager.post_for_bytes(&format!("{url}/pdf"), &[("phrases", "Bertil"), ("lang", "ar")]).await;
    assert_eq!(status, 200);
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(!pdf_text(&bytes).contains("Bertil"));
}
