//! How a unit keeps its record: the mode, and the committee's decision behind any anonymity.
use lotsen_domain::records::Mode;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    anonymity_is_refused_without_the_committees_decision,
    a_unit_switches_to_documenting_and_the_audit_keeps_what_it_was,
    each_admin_sets_only_their_own_units_record,
);

async fn records_audit(app: &TestApp) -> Vec<lotsen_store::AuditRow> {
    app.store
        .search_audit(&lotsen_store::AuditFilter { action: Some("unit.records".into()), ..Default::default() }, 10)
        .await
        .unwrap()
        .rows
}

async fn anonymity_is_refused_without_the_committees_decision(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let p = admin
        .post_form("/admin/unit/records", &[("mode", "anonymous"), ("decision_ref", ""), ("decided_on", "")])
        .await;
    p.assert_status(422);
    let text = p.text();
    // Both fields say why, in the summary at the top and at the field.
    assert_eq!(text.matches("Anonymitet kräver nämndens beslut").count(), 4);
    assert!(p.body.contains("href=\"#decision_ref\"") && p.body.contains("href=\"#decided_on\""));

    // A documenting unit with anonymous walk-ins needs the decision too; valid input is kept.
    let p = admin
        .post_form(
            "/admin/unit/records",
            &[
                ("mode", "documented"),
                ("anonymous_walk_ins", "1"),
                ("decision_ref", "SN 2025/77"),
                ("decided_on", "2099-01-01"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Datumet kan inte ligga i framtiden"));
    assert!(p.body.contains("value=\"SN 2025/77\"") && p.body.contains("value=\"2099-01-01\""));
    let p = admin.post_form("/admin/unit/records", &[("mode", "both")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Välj"));

    let unit = app.store.unit(app.unit_a).await.unwrap();
    assert_eq!(unit.records.mode, Mode::Anonymous, "nothing saved");
    assert_eq!(unit.records.reference, None);
    assert!(records_audit(&app).await.is_empty());
}

async fn a_unit_switches_to_documenting_and_the_audit_keeps_what_it_was(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    admin
        .post_form(
            "/admin/unit/records",
            &[("mode", "anonymous"), ("decision_ref", "SN 2025/123"), ("decided_on", "2025-09-18")],
        )
        .await
        .assert_status(303);
    admin
        .post_form(
            "/admin/unit/records",
            &[
                ("mode", "documented"),
                ("anonymous_walk_ins", "1"),
                ("decision_ref", "SN 2026/4"),
                ("decided_on", "2026-02-02"),
            ],
        )
        .await
        .assert_status(303);
    let unit = app.store.unit(app.unit_a).await.unwrap();
    assert_eq!(unit.records.mode, Mode::Documented);
    assert!(unit.records.anonymous_walk_ins);
    assert_eq!(unit.records.reference.as_deref(), Some("SN 2026/4"));
    assert_eq!(unit.records.decided_on.map(|d| d.to_string()).as_deref(), Some("2026-02-02"));

    let rows = records_audit(&app).await;
    assert_eq!(rows.len(), 2);
    let last: serde_json::Value = serde_json::from_str(&rows[0].detail).unwrap();
    assert_eq!(last["from"]["mode"], "anonymous");
    assert_eq!(last["from"]["decision_ref"], "SN 2025/123");
    assert_eq!(last["to"]["mode"], "documented");
    assert_eq!(last["to"]["anonymous_walk_ins"], true);

    let page = admin.get("/admin/unit?done=records").await;
    page.assert_status(200);
    assert!(page.body.contains("value=\"documented\" id=\"mode-documented\" checked"), "the mode is shown as chosen");
    assert!(!page.text().contains("saknas för den anonymitet"), "the decision is there");

    // Without anonymous walk-ins a documenting unit needs no decision.
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    let unit = app.store.unit(app.unit_a).await.unwrap();
    assert!(!unit.records.anonymous_walk_ins);
    assert_eq!(unit.records.reference, None);
}

async fn each_admin_sets_only_their_own_units_record(b: Backend) {
    let app = spawn_app(b).await;
    let admin_b = app.login("admin.b").await;
    admin_b.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    assert_eq!(app.store.unit(app.unit_b).await.unwrap().records.mode, Mode::Documented);
    assert_eq!(app.store.unit(app.unit_a).await.unwrap().records.mode, Mode::Anonymous);
    let coordinator = app.login("coord.a").await;
    coordinator.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(403);
    assert_eq!(app.store.unit(app.unit_a).await.unwrap().records.mode, Mode::Anonymous);
}
