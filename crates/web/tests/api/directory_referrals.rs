//! Referrals and the directory, on both databases: every referral destination of the lists is a
//! service (internal until staff publish it), a database from before the directory gets them with
//! every old referral keeping its destination and its statistics, and a coordinator refers a case
//! to a service the directory suggests for its problem area.
use lotsen_domain::lists::ListKind as K;
use lotsen_hsds::{flatten, object};
use serde_json::json;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    destinations_are_services_and_old_referrals_keep_their_counts,
    a_case_is_referred_to_a_suggested_service
);

async fn destinations_are_services_and_old_referrals_keep_their_counts(b: Backend) {
    let app = spawn_app(b).await;
    let case = app.make_case("coord.a").await;
    app.add_referral_and_follow_up(case).await;
    let dest = app.entry(K::ReferralDestination, "social_services").await;
    let lists = app.store.lists(app.unit_a).await.unwrap();
    let links = app.store.destination_services(app.unit_a).await.unwrap();
    // Every destination, retired ones too, is a service of the directory.
    for e in lists.all(K::ReferralDestination) {
        let service = links.get(&e.id).unwrap_or_else(|| panic!("{} has no service", e.label_sv));
        let row = app.store.directory_row(object("service").unwrap(), service).await.unwrap().unwrap();
        assert_eq!(row.text("name"), Some(e.label_sv.as_str()));
    }
    let service = links[&dest].clone();
    assert_eq!(service, lotsen_store::derived_id(&format!("list-entry/{dest}/service")));
    let referral = |d: lotsen_store::CaseDetail| d.referrals[0].service_id.clone();
    assert_eq!(referral(app.store.case_detail(app.unit_a, case).await.unwrap()).as_deref(), Some(service.as_str()));
    // Internal: neither the open API nor "Hitta stöd" shows it.
    let c = app.client();
    c.get(&format!("/api/hsds/services/{service}")).await.assert_status(404);
    assert!(!c.get("/api/hsds/services?per_page=1000").await.text().contains(&service));
    assert!(!c.get("/support?q=socialtjansten").await.text().contains(&service));
    // The categories are terms of the unit's taxonomy, which is public.
    let economy = app.entry(K::Category, "economy").await;
    let term = app.store.category_terms(app.unit_a).await.unwrap()[&economy].clone();
    let t = c.get(&format!("/api/hsds/taxonomy_terms/{term}")).await;
    t.assert_status(200);
    assert!(t.text().contains(&lotsen_store::category_taxonomy_id(app.unit_a)), "{}", t.text());

    // A database from before the directory: no services, no links, no service on referrals.
    let today = crate::helpers::today();
    let from = today - chrono::Days::new(30);
    let before = app.store.report_referrals(app.unit_a, from, today).await.unwrap();
    assert!(!before.is_empty());
    for sql in [
        "UPDATE referrals SET service_id = NULL",
        "DELETE FROM dir_services",
        "DELETE FROM dir_organizations",
        "DELETE FROM dir_taxonomy_terms",
        "DELETE FROM dir_taxonomies",
        "DELETE FROM directory_destinations",
    ] {
        app.store.unsafe_execute(sql).await.unwrap();
    }
    app.store.migrate().await.unwrap();
    assert_eq!(referral(app.store.case_detail(app.unit_a, case).await.unwrap()).as_deref(), Some(service.as_str()));
    assert_eq!(app.store.report_referrals(app.unit_a, from, today).await.unwrap(), before, "statistics unchanged");
    // Run again, nothing changes.
    let rows = app.store.directory_rows().await.unwrap().len();
    let version = app.store.directory_version().await.unwrap();
    app.store.migrate().await.unwrap();
    assert_eq!(app.store.directory_rows().await.unwrap().len(), rows);
    assert_eq!(app.store.directory_version().await.unwrap(), version);

    // A destination added to the list is a service at once.
    let admin = app.login("admin.a").await;
    admin
        .post_form("/admin/lists/referral_destination", &[("label_sv", "Familjecentralen"), ("group", "region")])
        .await
        .assert_status(303);
    let lists = app.store.lists(app.unit_a).await.unwrap();
    let fc = lists.all(K::ReferralDestination).iter().find(|e| e.label_sv == "Familjecentralen").unwrap();
    assert!(app.store.destination_services(app.unit_a).await.unwrap().contains_key(&fc.id));
}

const ORG: &str = "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b2c01";
const BUDGET: &str = "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b2c02";
const HOUSING: &str = "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b2c03";
const CLOSED: &str = "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b2c04";

/// Services tagged with unit A's categories: budget advice (economy, open every day, Arabic and
/// Swedish), housing advice (housing) and a closed economy service.
async fn seed_tagged(app: &TestApp) {
    let terms = app.store.category_terms(app.unit_a).await.unwrap();
    let economy = &terms[&app.entry(K::Category, "economy").await];
    let housing = &terms[&app.entry(K::Category, "housing").await];
    let tag = |n: u32, term: &str| {
        json!({"id": format!("0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b3{n:03}"), "taxonomy_term_id": term,
               "link_type": "category", "link_entity": "service"})
    };
    let every_day = json!([{"id": "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b4001", "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]);
    let org = json!({"id": ORG, "name": "Skuldrådgivning Syd", "description": "Ideell förening.", "services": [
        {"id": BUDGET, "name": "Budgetrådgivning", "status": "active", "attributes": [tag(1, economy)],
         "schedules": every_day, "languages": [
            {"id": "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b5001", "name": "arabiska", "code": "ar"},
            {"id": "0f5c1a8e-1d3b-4c53-9d7e-0a8f6f1b5002", "name": "svenska", "code": "swe"}]},
        {"id": HOUSING, "name": "Boenderådgivning", "status": "active", "attributes": [tag(2, housing)]},
        {"id": CLOSED, "name": "Nedlagd ekonomirådgivning", "status": "inactive", "attributes": [tag(3, economy)]}
    ]});
    let flat = flatten(&org, object("organization").unwrap());
    assert!(flat.errors().next().is_none());
    let tx = app.store.begin().await.unwrap();
    tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
}

async fn a_case_is_referred_to_a_suggested_service(b: Backend) {
    let app = spawn_app(b).await;
    seed_tagged(&app).await;
    let case = app.make_case("coord.a").await; // main category: economy
    let coord = app.login("coord.a").await;
    let page = coord.get(&format!("/cases/{case}")).await;
    page.assert_status(200);
    let text = page.text();
    assert!(text.contains(&format!("value=\"{BUDGET}\"")), "suggested: {text}");
    assert!(text.contains("Öppet nu, till 23:59"), "open now");
    assert!(!text.contains(&format!("value=\"{HOUSING}\"")), "another problem area");
    assert!(!text.contains(&format!("value=\"{CLOSED}\"")), "not offered now");
    // In the resident's language: Arabic keeps it, Somali leaves it out.
    assert!(coord.get(&format!("/cases/{case}?language=ar")).await.text().contains(&format!("value=\"{BUDGET}\"")));
    assert!(!coord.get(&format!("/cases/{case}?language=so")).await.text().contains(&format!("value=\"{BUDGET}\"")));

    let kind = app.entry(K::ReferralKind, "no_aid_decision").await.to_string();
    let today = crate::helpers::today().to_string();
    let path = format!("/cases/{case}/referrals");
    // A suggestion and a list destination at once: which one is meant?
    let social = app.entry(K::ReferralDestination, "social_services").await.to_string();
    let p = coord
        .post_form(
            &path,
            &[
                ("referral-service", BUDGET),
                ("referral-destination", &social),
                ("referral-kind", &kind),
                ("referral-on", &today),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Välj antingen ett förslag eller en mottagare i listan, inte båda."));
    assert!(p.text().contains(&format!("value=\"{BUDGET}\" id=\"referral-service\" checked")), "choice kept");
    // A service that is not open for referrals.
    let p = coord
        .post_form(&path, &[("referral-service", CLOSED), ("referral-kind", &kind), ("referral-on", &today)])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("href=\"#referral-service\""));
    assert!(app.store.case_detail(app.unit_a, case).await.unwrap().referrals.is_empty(), "nothing half-saved");

    coord
        .post_form(&path, &[("referral-service", BUDGET), ("referral-kind", &kind), ("referral-on", &today)])
        .await
        .assert_status(303);
    let d = app.store.case_detail(app.unit_a, case).await.unwrap();
    assert_eq!(d.referrals.len(), 1);
    assert_eq!(d.referrals[0].service_id.as_deref(), Some(BUDGET));
    // Counted under a destination of the list named as the service, in its organisation's group.
    let lists = app.store.lists(app.unit_a).await.unwrap();
    let entry = lists.get(d.referrals[0].destination_id).unwrap();
    assert_eq!((entry.kind, entry.label_sv.as_str()), (K::ReferralDestination, "Budgetrådgivning"));
    assert!(coord.get(&format!("/cases/{case}")).await.text().contains("Budgetrådgivning"));
    assert_eq!(app.audited("referral.create").await, 1);
    // The same service again uses the same destination.
    coord
        .post_form(&path, &[("referral-service", BUDGET), ("referral-kind", &kind), ("referral-on", &today)])
        .await
        .assert_status(303);
    let d = app.store.case_detail(app.unit_a, case).await.unwrap();
    assert_eq!(d.referrals[1].destination_id, d.referrals[0].destination_id);
    let n = app.store.lists(app.unit_a).await.unwrap().all(K::ReferralDestination).len();
    assert_eq!(n, lists.all(K::ReferralDestination).len());
    // The case API names the service.
    let token = crate::api::token_for(&app, "coord.a").await;
    let r = coord.http.get(format!("{}/api/v1/cases/{case}", coord.base)).bearer_auth(token).send().await.unwrap();
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["referrals"][1]["service_id"], json!(BUDGET), "{body}");
}
