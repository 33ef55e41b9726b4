//! Retention ("gallring") on both databases: a documented record goes five years after its last
//! entry and no sooner, the research sample and the "never cull" flag keep a record, call-back
//! details of anonymous cases go after the unit's days, the dry run lists exactly what the real
//! run then culls, a second run culls nothing, the effect report's figures survive, and with two
//! nodes on one database exactly one takes the nightly job.
use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Europe::Stockholm;
use lotsen_app::retention::{self, Scheduled};
use lotsen_domain::clock::Clock;
use lotsen_domain::ids::CaseId;
use lotsen_domain::lists::ListKind as K;
use lotsen_store::Store;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_documented_record_goes_five_years_after_its_last_entry_and_the_figures_stay,
    retention_settings_under_the_legal_minimum_are_refused_and_nothing_is_saved,
    only_a_manager_of_the_unit_flags_a_case_never_to_be_culled,
    two_nodes_take_the_nightly_run_once,
    a_check_in_of_continued_contact_is_an_entry_of_the_record,
);

const KEY: [u8; 32] = [7; 32];

fn at(local: &str) -> chrono::DateTime<chrono::Utc> {
    let t = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    Stockholm.from_local_datetime(&t).earliest().unwrap().with_timezone(&chrono::Utc)
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

async fn documenting(app: &TestApp) {
    let admin = app.login("admin.a").await;
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
}

/// A case of coord.a's for the resident with `number`, with one journal note.
async fn record(app: &TestApp, number: &str, name: &str) -> CaseId {
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(&format!("/cases/{case}/person"), &[("person_number", number), ("person_name", name)])
        .await
        .assert_status(303);
    let today = app.store.clock().today().to_string();
    coord
        .post_form(&format!("/cases/{case}/journal"), &[("on", &today), ("text", &format!("Mötte {name}."))])
        .await
        .assert_status(303);
    case
}

async fn count(store: &Store, sql: &str) -> usize {
    store.unsafe_query_text(sql).await.unwrap().len()
}

async fn a_documented_record_goes_five_years_after_its_last_entry_and_the_figures_stay(b: Backend) {
    let clock = Clock::fixed(at("2020-03-10 10:00"));
    let app = spawn_app_with_clock(b, clock.clone()).await;
    documenting(&app).await;
    // Amina: one case, culled on 2025-03-10. Born on the 5th: kept for research. Hassan: a second
    // case a year later moves his whole record on. Sara: a manager flags her case.
    let amina = record(&app, "811218-9876", "Amina Hassan").await;
    let sample = record(&app, "20100105-0002", "Liten Sample").await;
    let hassan = record(&app, "701063-2391", "Hassan Ali").await;
    let sara = record(&app, "19811225-1239", "Sara Berg").await;
    let manager = app.login("manager.a").await;
    manager
        .post_form(&format!("/cases/{sara}/keep"), &[("reason", "Handlingar om faderskap")])
        .await
        .assert_status(303);
    // An anonymous case with call-back details, closed today.
    let anon = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(&format!("/cases/{anon}/identity"), &[("phone", "0701234567"), ("reason", "ringa tillbaka")])
        .await
        .assert_status(303);
    let outcome = app.entry(K::ClosingOutcome, "advice_only").await;
    let tx = app.store.begin().await.unwrap();
    let c = tx.case(app.unit_a, anon).await.unwrap();
    tx.close_case(&c, day("2020-03-10"), outcome).await.unwrap();
    tx.commit().await.unwrap();
    // Amina, the anonymous resident and Sara followed their cases with a code and wrote.
    for case in [amina, anon, sara] {
        let tx = app.store.begin().await.unwrap();
        let c = tx.case(app.unit_a, case).await.unwrap();
        tx.create_access(&c, &format!("CODE{case:04}"), "hash", app.id("coord.a"), i64::MAX).await.unwrap();
        let sealed = lotsen_store::SealedIdentity { key_version: 1, nonce: vec![0; 24], sealed: vec![1, 2, 3] };
        tx.add_case_message(case, app.unit_a, "message", sealed).await.unwrap();
        tx.commit().await.unwrap();
    }
    // Sara is born on the 25th as well: her flag keeps her record once the sample no longer does.
    clock.set(at("2021-03-09 10:00"));
    let later = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(&format!("/cases/{later}/person"), &[("person_number", "701063-2391"), ("person_name", "x")])
        .await
        .assert_status(303);

    let unit = app.store.unit(app.unit_a).await.unwrap();
    // Ninety days after closing the call-back details go; no record is old enough yet.
    let plan = retention::preview(&app.store, &unit, day("2020-06-07")).await.unwrap();
    assert!(plan.records.is_empty() && plan.callbacks.is_empty(), "89 days: nothing yet");
    let plan = retention::preview(&app.store, &unit, day("2020-06-08")).await.unwrap();
    assert_eq!(plan.callbacks, [anon]);
    assert!(plan.records.is_empty());

    // The day before the fifth anniversary nothing is culled; on it, Amina's record.
    clock.set(at("2025-03-09 10:00"));
    let plan = retention::preview(&app.store, &unit, day("2025-03-09")).await.unwrap();
    assert!(plan.records.is_empty(), "{plan:?}");
    clock.set(at("2025-03-10 10:00"));
    let figures_before = app.store.report_facts(app.unit_a, day("2020-01-01"), day("2021-12-31")).await.unwrap();
    let dry = retention::preview(&app.store, &unit, day("2025-03-10")).await.unwrap();
    assert_eq!(dry.records.len(), 1, "{dry:?}");
    assert_eq!(dry.records[0].cases, [amina]);
    assert_eq!(dry.records[0].cull_by, day("2026-12-31"), "done by the end of the next year");
    assert_eq!(dry.kept, 2, "the research sample and the flagged case are past their time but kept");
    assert_eq!(dry.callbacks, [anon]);
    // A dry run changes nothing.
    assert_eq!(count(&app.store, "SELECT CAST(id AS TEXT) FROM persons").await, 4);

    let runs = retention::run(&app.store, &KEY, "test", day("2025-03-10")).await.unwrap();
    let a = runs.iter().find(|r| r.unit.id == app.unit_a).unwrap();
    assert_eq!(a.plan, dry, "the real run culls exactly what the dry run listed");
    let culled = a.culled.unwrap();
    assert_eq!((culled.cases, culled.persons, culled.notes, culled.callbacks), (1, 1, 1, 1));

    let c = app.store.case(app.unit_a, amina).await.unwrap();
    assert_eq!(c.culled_on, Some(day("2025-03-10")));
    assert_eq!(c.person_id, None);
    assert_eq!(count(&app.store, "SELECT CAST(id AS TEXT) FROM persons").await, 3);
    assert_eq!(
        count(&app.store, &format!("SELECT CAST(id AS TEXT) FROM journal_notes WHERE case_id = {amina}")).await,
        0
    );
    assert!(app.store.identity(anon).await.unwrap().is_none(), "call-back details erased");
    for (case, left) in [(amina, 0), (anon, 0), (sara, 1)] {
        let c = app.store.case(app.unit_a, case).await.unwrap();
        assert_eq!(app.store.case_messages(&c).await.unwrap().len(), left, "messages of case {case}");
        assert_eq!(app.store.case_accesses(&c).await.unwrap().len(), left, "codes of case {case}");
    }
    for kept in [sample, hassan, sara] {
        let c = app.store.case(app.unit_a, kept).await.unwrap();
        assert!(c.person_id.is_some() && c.culled_on.is_none(), "case {kept} kept");
    }
    // The figures of the period are the same.
    let figures_after = app.store.report_facts(app.unit_a, day("2020-01-01"), day("2021-12-31")).await.unwrap();
    assert_eq!(figures_before, figures_after);

    // The audit log has the counts and hashed ids, never the ids in the clear.
    let rows = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("retention.cull".into()), ..Default::default() }, 10)
        .await
        .unwrap();
    assert_eq!(rows.rows.len(), 1);
    let detail: serde_json::Value = serde_json::from_str(&rows.rows[0].detail).unwrap();
    assert_eq!(detail["cases"], 1);
    assert_eq!(detail["case_ids"][0], retention::hashed_id(&KEY, "case", amina.get()));
    assert_eq!(app.audited("retention.run").await, 1);

    // The case page says the record was culled; the case stays in the list.
    let manager = app.login("manager.a").await;
    let page = manager.get(&format!("/cases/{amina}")).await;
    page.assert_status(200);
    assert!(page.text().contains("Akten gallrades 2025-03-10"));

    // Running again culls nothing more.
    let again = retention::run(&app.store, &KEY, "test", day("2025-03-10")).await.unwrap();
    assert!(again.iter().all(|r| r.plan.is_empty() && r.culled == Some(Default::default())));
    assert_eq!(app.audited("retention.cull").await, 1, "nothing culled, no cull row");

    // Hassan's record goes five years after his later case; without the sample setting the
    // research sample goes too; Sara's flag still keeps hers.
    let admin = app.login("admin.a").await;
    admin
        .post_form("/admin/unit/retention", &[("retention_years", "5"), ("callback_days", "90")])
        .await
        .assert_status(303);
    let unit = app.store.unit(app.unit_a).await.unwrap();
    assert!(!unit.retention.keep_sample_days);
    let plan = retention::preview(&app.store, &unit, day("2026-03-08")).await.unwrap();
    assert_eq!(plan.case_ids().collect::<Vec<_>>(), [sample]);
    let plan = retention::preview(&app.store, &unit, day("2026-03-09")).await.unwrap();
    let mut ids: Vec<CaseId> = plan.case_ids().collect();
    ids.sort();
    let mut want = vec![sample, hassan, later];
    want.sort();
    assert_eq!(ids, want);
    assert!(!ids.contains(&sara));
}

async fn retention_settings_under_the_legal_minimum_are_refused_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let page = admin.get("/admin/unit/retention").await;
    page.assert_status(200);
    assert!(page.text().contains("Gallringen har inte körts ännu"));
    let p = admin
        .post_form(
            "/admin/unit/retention",
            &[("retention_years", "4"), ("keep_sample_days", "1"), ("callback_days", "0")],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("minst 5 år efter den sista anteckningen"), "the rule is named");
    assert!(text.contains("mellan 1 och 3 650"));
    assert!(p.body.contains("value=\"4\""), "what was typed is kept");
    let unit = app.store.unit(app.unit_a).await.unwrap();
    assert_eq!(unit.retention, Default::default(), "nothing saved");
    assert_eq!(app.audited("unit.retention").await, 0);

    admin
        .post_form(
            "/admin/unit/retention",
            &[("retention_years", "7"), ("keep_sample_days", "1"), ("callback_days", "30")],
        )
        .await
        .assert_status(303);
    let r = app.store.unit(app.unit_a).await.unwrap().retention;
    assert_eq!((r.years, r.keep_sample_days, r.callback_days), (7, true, 30));
    assert_eq!(app.audited("unit.retention").await, 1);
    assert_eq!(app.store.unit(app.unit_b).await.unwrap().retention, Default::default(), "unit B untouched");

    // Only admins set retention.
    for who in ["coord.a", "manager.a", "analyst.a"] {
        let c = app.login(who).await;
        c.get("/admin/unit/retention").await.assert_status(403);
        c.post_form("/admin/unit/retention", &[("retention_years", "9"), ("callback_days", "9")])
            .await
            .assert_status(403);
    }
    assert_eq!(app.store.unit(app.unit_a).await.unwrap().retention.years, 7);
}

async fn only_a_manager_of_the_unit_flags_a_case_never_to_be_culled(b: Backend) {
    let app = spawn_app(b).await;
    documenting(&app).await;
    let anonymous = app.make_case("coord.a").await;
    let case = record(&app, "811218-9876", "Amina Hassan").await;
    let url = format!("/cases/{case}/keep");

    for who in ["coord.a", "analyst.a", "admin.a"] {
        let c = app.login(who).await;
        c.get(&url).await.assert_status(403);
        c.post_form(&url, &[("reason", "x")]).await.assert_status(403);
    }
    let other = app.login("manager.b").await;
    other.get(&url).await.assert_status(404);
    other.post_form(&url, &[("reason", "x")]).await.assert_status(404);

    let manager = app.login("manager.a").await;
    let p = manager.post_form(&url, &[("reason", "  ")]).await;
    p.assert_status(422);
    let p = manager.post_form(&format!("/cases/{anonymous}/keep"), &[("reason", "Adoption")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Bara ett dokumenterat ärende"));
    assert_eq!(app.audited("case.keep").await, 0);

    manager.post_form(&url, &[("reason", "Handlingar om adoption")]).await.assert_status(303);
    let c = app.store.case(app.unit_a, case).await.unwrap();
    assert_eq!(c.keep_reason.as_deref(), Some("Handlingar om adoption"));
    let page = manager.get(&format!("/cases/{case}")).await;
    assert!(page.text().contains("Handlingar om adoption"));
    manager.post_form(&url, &[("clear", "1")]).await.assert_status(303);
    assert_eq!(app.store.case(app.unit_a, case).await.unwrap().keep_reason, None);
    assert_eq!(app.audited("case.keep").await, 2);
}

async fn two_nodes_take_the_nightly_run_once(b: Backend) {
    let clock = Clock::fixed(at("2026-12-07 03:05"));
    let app = spawn_app_with_clock(b, clock.clone()).await;
    // A second node: its own connections to the same database.
    let other = Store::connect(&app.db.url).await.unwrap().with_clock(clock.clone());
    let (x, y) = tokio::join!(
        retention::run_scheduled(&app.store, &KEY, "node-1", false),
        retention::run_scheduled(&other, &KEY, "node-2", false),
    );
    let ran = [x.unwrap(), y.unwrap()].into_iter().filter(|s| matches!(s, Scheduled::Ran(_))).count();
    assert_eq!(ran, 1, "exactly one node ran retention");
    assert_eq!(app.audited("retention.run").await, 1);
    let job = app.store.job(retention::JOB).await.unwrap().unwrap();
    assert_eq!(job.next_run_at, at("2026-12-08 03:00").timestamp(), "the next run is tomorrow night");
    assert_eq!(job.lease_until, 0, "the lease is given back");

    // Not due again until then.
    assert!(matches!(retention::run_scheduled(&other, &KEY, "node-2", false).await.unwrap(), Scheduled::NotTaken));
    clock.set(at("2026-12-08 03:01"));
    assert!(matches!(retention::run_scheduled(&other, &KEY, "node-2", false).await.unwrap(), Scheduled::Ran(_)));
    // A node holding the lease keeps it from another, even one asked to run at once.
    clock.set(at("2026-12-09 03:01"));
    assert!(app.store.take_job(retention::JOB, "node-1", false, 600).await.unwrap());
    assert!(matches!(retention::run_scheduled(&other, &KEY, "node-2", true).await.unwrap(), Scheduled::NotTaken));
    // A lease not given back (a node that died) can be taken over once it has run out.
    clock.set(at("2026-12-09 03:12"));
    assert!(matches!(retention::run_scheduled(&other, &KEY, "node-2", false).await.unwrap(), Scheduled::Ran(_)));
    assert_eq!(app.audited("retention.run").await, 3);
}

async fn a_check_in_of_continued_contact_is_an_entry_of_the_record(b: Backend) {
    let clock = Clock::fixed(at("2020-03-10 10:00"));
    let app = spawn_app_with_clock(b, clock.clone()).await;
    documenting(&app).await;
    let amina = record(&app, "811218-9876", "Amina Hassan").await;
    let coord = app.login("coord.a").await;
    let outcome = app.entry(K::ClosingOutcome, "advice_only").await.to_string();
    coord
        .post_form(
            &format!("/cases/{amina}/close"),
            &[("close-outcome", &outcome), ("close-on", "2020-03-10"), ("close-extended", "1")],
        )
        .await
        .assert_status(303);
    let me = app.id("coord.a").to_string();
    let url = format!("/cases/{amina}/extended");
    coord
        .post_form(
            &url,
            &[
                ("ext_contact", &me),
                ("ext_form", "call"),
                ("ext_every", "1"),
                ("ext_per", "month"),
                ("ext_starts_on", "2020-03-10"),
            ],
        )
        .await
        .assert_status(303);
    // A call a year later is the record's last entry.
    clock.set(at("2021-03-01 10:00"));
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("{url}/check-ins"),
            &[("ext_held_on", "2021-03-01"), ("ext_outcome", "held"), ("ext_check_form", "call")],
        )
        .await
        .assert_status(303);
    let unit = app.store.unit(app.unit_a).await.unwrap();
    let plan = retention::preview(&app.store, &unit, day("2026-02-28")).await.unwrap();
    assert!(plan.records.is_empty(), "five years from the call, not from the closing: {plan:?}");
    let plan = retention::preview(&app.store, &unit, day("2026-03-01")).await.unwrap();
    assert_eq!(plan.records.len(), 1);
    assert_eq!(plan.records[0].cases, [amina]);

    // Culled, the agreement keeps its dates for the report but ends and loses its resident.
    clock.set(at("2026-03-01 10:00"));
    retention::run(&app.store, &KEY, "test", day("2026-03-01")).await.unwrap();
    let c = app.store.case(app.unit_a, amina).await.unwrap();
    let agreements = app.store.case_agreements(&c).await.unwrap();
    assert_eq!(agreements.len(), 1);
    assert_eq!(agreements[0].person_id, None);
    assert_eq!(agreements[0].ended_on, Some(day("2026-03-01")));
    assert_eq!(app.store.check_ins(app.unit_a, &[agreements[0].id]).await.unwrap().len(), 1);
}
