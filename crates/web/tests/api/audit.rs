use lotsen_domain::audit_action::AuditAction;
use lotsen_store::{AuditFilter, NewAudit};
use serde_json::json;

use crate::both_backends;
use crate::helpers::*;

both_backends!(a_manager_searches_the_audit_log_of_their_own_unit, the_chain_verifies_and_rows_cannot_be_changed);

async fn a_manager_searches_the_audit_log_of_their_own_unit(b: Backend) {
    let app = spawn_app(b).await;
    for i in 0..60 {
        app.store
            .audit(NewAudit {
                actor_id: Some(app.id("coord.a")),
                actor_name: "coord.a".into(),
                unit_id: Some(app.unit_a),
                action: AuditAction::UserUpdate,
                record_type: "user",
                record_id: (1000 + i).to_string(),
                detail: json!({ "n": i }),
                ip: "127.0.0.1".into(),
            })
            .await
            .unwrap();
    }
    app.login("coord.b").await; // a row in unit B
    let m = app.login("manager.a").await;

    let first = m.get("/audit?user=coord.a&action=user.update").await;
    first.assert_status(200);
    assert_eq!(first.body.matches("<tr>").count() - 1, 50, "a page holds 50 rows");
    let next =
        first.body.split("href=\"/audit?").nth(1).and_then(|s| s.split('"').next()).expect("a link to older rows");
    let next = unescape(next);
    assert!(next.contains("before="), "{next}");
    let second = m.get(&format!("/audit?{next}")).await;
    assert_eq!(second.body.matches("<tr>").count() - 1, 10);

    let one = m.get("/audit?record_type=user&record_id=1007").await;
    assert!(unescape(&one.body).contains("\"n\":7"), "the detail of that record");
    assert_eq!(one.body.matches("<tr>").count() - 1, 1);

    let all = m.get("/audit").await;
    assert!(all.body.contains("manager.a") && !all.body.contains("coord.b"), "another unit's rows stay hidden");

    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive();
    let p = m.get(&format!("/audit?from={today}&to={today}&action=login.success")).await;
    p.assert_status(200);
    assert!(p.body.contains("manager.a"));
    let tomorrow = today.succ_opt().unwrap();
    let p = m.get(&format!("/audit?from={tomorrow}&action=login.success")).await;
    assert_eq!(p.body.matches("<tr>").count() - 1, 0);

    let bad = m.get("/audit?from=2026-13-45&to=yesterday").await;
    bad.assert_status(422);
    assert!(bad.body.contains("ÅÅÅÅ-MM-DD"));
    assert!(bad.body.contains("value=\"2026-13-45\""));
}

async fn the_chain_verifies_and_rows_cannot_be_changed(b: Backend) {
    let app = spawn_app(b).await;
    app.login("coord.a").await;
    app.login("admin.a").await;
    let report = app.store.verify_audit().await.unwrap();
    assert!(report.broken.is_none());
    assert_eq!(report.rows, 2);
    assert!(
        app.store.unsafe_execute("UPDATE audit_log SET actor_name = 'x' WHERE id = 1").await.is_err(),
        "append-only"
    );
    assert!(app.store.unsafe_execute("DELETE FROM audit_log WHERE id = 1").await.is_err(), "append-only");
    let rows = app.store.search_audit(&AuditFilter::default(), 10).await.unwrap().rows;
    assert_eq!(rows.len(), 2);
}
