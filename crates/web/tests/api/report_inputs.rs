//! The manager's inputs to the effect report over HTTP: added with dates, what holds today, removal
//! of a mistaken one with an audit trail, bad input per field, and managers of the unit only.
use lotsen_domain::report_input::InputKind;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    inputs_are_added_with_dates_listed_and_a_mistake_removed,
    bad_inputs_are_named_per_field_kept_and_nothing_is_saved,
);

async fn inputs_are_added_with_dates_listed_and_a_mistake_removed(b: Backend) {
    let app = spawn_app(b).await;
    app.login("coord.a").await.get("/report-inputs").await.assert_status(403);
    let m = app.login("manager.a").await;
    for fields in [
        [("kind", "unit_cost"), ("value", "800 000"), ("valid_from", "2023-01-01"), ("valid_to", "2023-06-30")],
        [("kind", "investigation_cost"), ("value", "20000"), ("valid_from", "2023-01-01"), ("valid_to", "")],
        [("kind", "school_avoided_share"), ("value", "50"), ("valid_from", "2023-01-01"), ("valid_to", "")],
        [("kind", "concern_reach_share"), ("value", "25 %"), ("valid_from", "2023-01-01"), ("valid_to", "")],
        [("kind", "applications_goal"), ("value", "18"), ("valid_from", "2023-01-01"), ("valid_to", "")],
        [("kind", "investigation_cost"), ("value", "22000"), ("valid_from", "2024-01-01"), ("valid_to", "")],
    ] {
        m.post_form("/report-inputs", &fields).await.assert_status(303);
    }
    assert_eq!(app.audited("report_input.create").await, 6);
    let all = app.store.report_inputs(app.unit_a).await.unwrap();
    let cost = all.iter().find(|r| r.kind == InputKind::UnitCost).unwrap();
    assert_eq!((cost.value, cost.to.map(|d| d.to_string())), (800_000, Some("2023-06-30".into())));
    let share = all.iter().find(|r| r.kind == InputKind::ConcernReachShare).unwrap();
    assert_eq!(share.value, 250, "percentages are kept in tenths");

    let page = m.get("/report-inputs").await;
    page.assert_status(200);
    let t = page.text().replace('\u{a0}', " ");
    assert!(t.contains("800 000 kr") && t.contains("2023-01-01 – 2023-06-30") && t.contains("25 %"), "{t}");
    // The newer investigation cost holds today; removing it as a mistake brings back the older one.
    let newer = all.iter().find(|r| r.kind == InputKind::InvestigationCost && r.value == 22_000).unwrap().id;
    // The row marked as holding today, in the investigation cost's table.
    let holding = |body: &str| {
        let section = body.split("id=\"investigation_cost\"").nth(1).unwrap().split("</section>").next().unwrap();
        section
            .split("<tr")
            .find(|row| row.contains("Gäller i dag"))
            .map(|r| r.replace('\u{a0}', " ").replace(['\u{2068}', '\u{2069}'], ""))
    };
    let before = holding(&page.body).expect("a value holds today");
    assert!(before.contains("22 000 kr") && before.contains("från 2024-01-01"), "{before}");
    m.post_form(&format!("/report-inputs/{newer}/remove"), &[]).await.assert_status(303);
    assert_eq!(app.audited("report_input.remove").await, 1);
    let body = m.get("/report-inputs").await.body;
    assert!(body.contains("<del>22"), "the removed value stays, struck out");
    let after = holding(&body).expect("the older value holds again");
    assert!(after.contains("20 000 kr") && after.contains("från 2023-01-01"), "{after}");
    // Once removed is removed; another unit's manager cannot touch unit A's inputs.
    m.post_form(&format!("/report-inputs/{newer}/remove"), &[]).await.assert_status(404);
    let other = all.iter().find(|r| r.kind == InputKind::UnitCost).unwrap().id;
    app.login("manager.b").await.post_form(&format!("/report-inputs/{other}/remove"), &[]).await.assert_status(404);
    assert!(
        app.store.report_inputs(app.unit_a).await.unwrap().iter().find(|r| r.id == other).unwrap().removed.is_none()
    );
}

async fn bad_inputs_are_named_per_field_kept_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let m = app.login("manager.a").await;
    let p = m
        .post_form("/report-inputs", &[("value", "mycket"), ("valid_from", "2023-13-01"), ("note", "budget 2023")])
        .await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"kind-error\"") && p.body.contains("id=\"valid_from-error\""));
    assert!(p.body.contains("value=\"mycket\"") && p.body.contains("value=\"budget 2023\""), "input kept");
    let p = m
        .post_form(
            "/report-inputs",
            &[("kind", "unit_cost"), ("value", "800000"), ("valid_from", "2023-07-01"), ("valid_to", "2023-06-30")],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Slutdatum kan inte vara före startdatum."));
    let p = m
        .post_form(
            "/report-inputs",
            &[("kind", "school_avoided_share"), ("value", "150"), ("valid_from", "2023-01-01")],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Ange en procentsats från 0 till 100"));
    assert!(app.store.report_inputs(app.unit_a).await.unwrap().is_empty());
    // Two costs for the same days would be counted twice.
    let cost = |from: &'static str, to: &'static str| {
        [("kind", "unit_cost"), ("value", "800000"), ("valid_from", from), ("valid_to", to)]
    };
    m.post_form("/report-inputs", &cost("2023-01-01", "2023-06-30")).await.assert_status(303);
    let p = m.post_form("/report-inputs", &cost("2023-03-01", "2023-09-30")).await;
    p.assert_status(422);
    assert!(p.text().contains("En kostnad för samma dagar finns redan."));
    m.post_form("/report-inputs", &cost("2023-07-01", "2023-12-31")).await.assert_status(303);
    // A share with more digits than any percentage is refused, not wrapped around.
    let p = m
        .post_form(
            "/report-inputs",
            &[("kind", "applications_goal"), ("value", "1844674407370955162"), ("valid_from", "2023-01-01")],
        )
        .await;
    p.assert_status(422);
    assert_eq!(app.store.report_inputs(app.unit_a).await.unwrap().len(), 2);
}
