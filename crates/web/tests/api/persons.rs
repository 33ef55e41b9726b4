//! The residents of a documented record, through the application layer on both databases: sealed,
//! found again by number or name within the unit only, every view audited, one person per number.
use chrono::NaiveDate;
use lotsen_app::Caller;
use lotsen_app::person::{PersonError, add, find_by_number, open, search_by_name};
use lotsen_domain::records::person::{Person, PersonInput};
use lotsen_domain::records::person_number::PersonNumber;
use lotsen_store::StoreError;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_person_is_sealed_and_found_again_by_number_within_the_unit,
    a_name_search_shows_only_the_units_own_persons_and_is_audited,
    a_case_takes_a_person_of_its_own_unit_only,
    a_coordinator_records_the_resident_and_finds_them_again_on_the_next_case,
    no_person_is_recorded_in_an_anonymous_unit_or_by_someone_not_responsible,
    quick_registration_in_a_documenting_unit_documents_unless_the_walk_in_only_gets_advice,
    staff_find_a_person_by_number_or_name_on_the_search_page_within_their_unit,
);

const KEY: [u8; 32] = [9; 32];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn caller(app: &TestApp, username: &str, unit_b: bool) -> Caller {
    Caller {
        user_id: app.id(username),
        username: username.into(),
        unit_id: if unit_b { app.unit_b } else { app.unit_a },
        ip: "127.0.0.1".into(),
    }
}

fn person(name: &str, number: &str) -> (Person, PersonNumber) {
    let i = PersonInput {
        name,
        number,
        phone: "070-123 45 67",
        support_name: "Faduma Ali",
        support_reach: "073-765 43 21",
        ..Default::default()
    };
    Person::parse(&i, today()).unwrap()
}

async fn a_person_is_sealed_and_found_again_by_number_within_the_unit(b: Backend) {
    let app = spawn_app(b).await;
    let a = caller(&app, "coord.a", false);
    let (p, n) = person("Amina Hassan", "811218-9876");
    let stored = add(&app.store, &a, &KEY, &p, &n).await.unwrap();
    assert!(!String::from_utf8_lossy(&stored.sealed.sealed).contains("Amina"), "no name in the clear");
    assert!(!String::from_utf8_lossy(&stored.number_key).contains("811218"), "no number in the clear");

    // The same number in another written form is the same person.
    let again = PersonNumber::parse("198112189876", today()).unwrap();
    let found = find_by_number(&app.store, &a, &KEY, &again).await.unwrap().unwrap();
    assert_eq!(found.record.id, stored.id);
    assert_eq!(found.person.support.as_ref().unwrap().name, "Faduma Ali");
    let (p2, n2) = person("Someone Else", "19811218-9876");
    assert!(matches!(add(&app.store, &a, &KEY, &p2, &n2).await, Err(PersonError::NumberTaken)));

    // Unit B neither finds nor opens unit A's person, and may have its own with the same number.
    let b_caller = caller(&app, "coord.b", true);
    assert!(find_by_number(&app.store, &b_caller, &KEY, &n).await.unwrap().is_none());
    assert!(matches!(
        open(&app.store, &b_caller, &KEY, stored.id).await,
        Err(PersonError::Store(StoreError::NotFound))
    ));
    let theirs = add(&app.store, &b_caller, &KEY, &p2, &n2).await.unwrap();
    assert_ne!(theirs.number_key, stored.number_key, "the keyed hash does not link units");

    // A wrong key opens nothing.
    assert!(matches!(open(&app.store, &a, &[1; 32], stored.id).await, Err(PersonError::Seal(_))));
    assert_eq!(app.audited("person.create").await, 2);
    assert_eq!(app.audited("person.view").await, 1, "the one view that opened");
}

async fn a_name_search_shows_only_the_units_own_persons_and_is_audited(b: Backend) {
    let app = spawn_app(b).await;
    let a = caller(&app, "coord.a", false);
    let b_caller = caller(&app, "coord.b", true);
    for (name, number) in [("Amina Hassan", "811218-9876"), ("Hassan Ali", "701063-2391")] {
        let (p, n) = person(name, number);
        add(&app.store, &a, &KEY, &p, &n).await.unwrap();
    }
    let (p, n) = person("Amina Hassan", "20100105-0002");
    add(&app.store, &b_caller, &KEY, &p, &n).await.unwrap();

    let hits = search_by_name(&app.store, &a, &KEY, "hassan").await.unwrap();
    assert_eq!(hits.len(), 2);
    let hits = search_by_name(&app.store, &a, &KEY, " amina  HASSAN ").await.unwrap();
    assert_eq!(hits.len(), 1, "every word must be in the name; unit B's Amina is not shown");
    assert_eq!(hits[0].1.number, "19811218-9876");
    assert!(search_by_name(&app.store, &a, &KEY, "   ").await.unwrap().is_empty());
    assert_eq!(app.audited("person.view").await, 2, "each search that ran is audited");
}

async fn a_case_takes_a_person_of_its_own_unit_only(b: Backend) {
    let app = spawn_app(b).await;
    let a = caller(&app, "coord.a", false);
    let (p, n) = person("Amina Hassan", "811218-9876");
    let person_a = add(&app.store, &a, &KEY, &p, &n).await.unwrap();
    let (p, n) = person("Other", "701063-2391");
    let person_b = add(&app.store, &caller(&app, "coord.b", true), &KEY, &p, &n).await.unwrap();
    let case_id = app.make_case("coord.a").await;

    let tx = app.store.begin().await.unwrap();
    let case = tx.case(app.unit_a, case_id).await.unwrap();
    assert!(!case.documented && case.person_id.is_none(), "a case is anonymous until it has a person");
    assert!(matches!(tx.set_case_person(&case, &person_b).await, Err(StoreError::NotFound)));
    tx.set_case_person(&case, &person_a).await.unwrap();
    tx.commit().await.unwrap();

    let case = app.store.case(app.unit_a, case_id).await.unwrap();
    assert_eq!(case.person_id, Some(person_a.id));
    assert!(case.documented);
    let earlier = app.store.person_cases(&person_a).await.unwrap();
    assert_eq!(earlier.iter().map(|c| c.id).collect::<Vec<_>>(), [case_id]);
    assert!(app.store.person_cases(&person_b).await.unwrap().is_empty());
}

async fn documenting(app: &TestApp) {
    let admin = app.login("admin.a").await;
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
}

async fn a_coordinator_records_the_resident_and_finds_them_again_on_the_next_case(b: Backend) {
    let app = spawn_app(b).await;
    documenting(&app).await;
    let coord = app.login("coord.a").await;
    let first = app.make_case("coord.a").await;
    let page = coord.get(&format!("/cases/{first}")).await;
    assert!(page.text().contains("ingen person kopplad ännu"), "the case page says the resident is missing");
    coord.get(&format!("/cases/{first}/person")).await.assert_status(200);

    // Every bad field is named; what was right is kept; nothing is saved.
    let bad = coord
        .post_form(
            &format!("/cases/{first}/person"),
            &[
                ("person_number", "811218-9875"),
                ("person_name", "Amina Hassan"),
                ("phone", "12"),
                ("support_relation", "syster"),
            ],
        )
        .await;
    bad.assert_status(422);
    let text = bad.text();
    for m in ["Kontrollsiffran stämmer inte", "5–15 siffror", "Fyll i fältet"] {
        assert!(text.contains(m), "missing {m}");
    }
    assert!(bad.body.contains("value=\"Amina Hassan\""));
    assert!(app.store.case(app.unit_a, first).await.unwrap().person_id.is_none());
    assert_eq!(app.audited("person.create").await, 0);

    let saved = coord
        .post_form(
            &format!("/cases/{first}/person"),
            &[
                ("person_number", "811218-9876"),
                ("person_name", "Amina Hassan"),
                ("language", "somaliska"),
                ("interpreter", "1"),
                ("support_name", "Faduma Ali"),
                ("support_relation", "syster"),
                ("support_reach", "073-765 43 21"),
            ],
        )
        .await;
    saved.assert_status(303);
    assert!(saved.location.as_deref().unwrap().ends_with("?done=added"));
    let case = app.store.case(app.unit_a, first).await.unwrap();
    assert!(case.documented && case.person_id.is_some());
    let before = coord.get(&format!("/cases/{first}/person")).await;
    assert!(!before.text().contains("Amina"), "who it is shows only after a logged view");

    // The next case of the same resident, the number written another way: the same person.
    let second = app.make_case("coord.a").await;
    let found = coord.post_form(&format!("/cases/{second}/person"), &[("person_number", "198112189876")]).await;
    found.assert_status(303);
    assert!(found.location.as_deref().unwrap().ends_with("?done=found"));
    let second_case = app.store.case(app.unit_a, second).await.unwrap();
    assert_eq!(second_case.person_id, case.person_id);
    assert!(second_case.returning, "returning is known from the earlier case, not asked");
    assert_eq!(second_case.previous_case_id, Some(first));
    assert!(!app.store.case(app.unit_a, first).await.unwrap().returning, "the first case is not returning");
    assert_eq!(app.audited("person.create").await, 1, "one person, not two");

    let views = app.audited("person.view").await;
    let shown = coord.post_form(&format!("/cases/{second}/person/view"), &[]).await;
    shown.assert_status(200);
    let text = shown.text();
    assert!(
        text.contains("Amina Hassan")
            && text.contains("19811218-9876")
            && text.contains("Faduma Ali</bdi> (<bdi>syster</bdi>)")
    );
    assert!(shown.body.contains(&format!("href=\"/cases/{first}\"")), "the earlier case is listed");
    assert_eq!(app.audited("person.view").await, views + 1);
    // A manager of the unit may look; the view is theirs in the log.
    app.login("manager.a").await.post_form(&format!("/cases/{second}/person/view"), &[]).await.assert_status(200);
    assert_eq!(app.audited("person.view").await, views + 2);
}

async fn no_person_is_recorded_in_an_anonymous_unit_or_by_someone_not_responsible(b: Backend) {
    let app = spawn_app(b).await;
    let coord = app.login("coord.a").await;
    let case = app.make_case("coord.a").await;
    let fields = [("person_number", "811218-9876"), ("person_name", "Amina Hassan")];
    let p = coord.post_form(&format!("/cases/{case}/person"), &fields).await;
    p.assert_status(422);
    assert!(p.text().contains("anonym logg"));
    assert!(!coord.get(&format!("/cases/{case}")).await.text().contains("Personuppgifter i journalen"));

    documenting(&app).await;
    app.login("target.a").await.post_form(&format!("/cases/{case}/person"), &fields).await.assert_status(403);
    app.login("coord.b").await.post_form(&format!("/cases/{case}/person"), &fields).await.assert_status(404);
    assert!(app.store.case(app.unit_a, case).await.unwrap().person_id.is_none());
    assert_eq!(app.audited("person.create").await, 0);
}

async fn quick_registration_in_a_documenting_unit_documents_unless_the_walk_in_only_gets_advice(b: Backend) {
    use lotsen_domain::lists::ListKind as K;
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    admin
        .post_form(
            "/admin/unit/records",
            &[
                ("mode", "documented"),
                ("anonymous_walk_ins", "1"),
                ("decision_ref", "SN 2025/77"),
                ("decided_on", "2025-06-01"),
            ],
        )
        .await
        .assert_status(303);
    let coord = app.login("coord.a").await;
    let form = coord.get("/cases/new").await;
    assert!(form.text().contains("Endast råd, anonym"), "the decision allows anonymous walk-ins");
    assert!(!form.body.contains("name=\"returning\""), "returning is known from the resident, not asked");
    let (channel, age, cat, mode) = (
        app.entry(K::Channel, "drop_in").await.to_string(),
        app.entry(K::AgeGroup, "19-65").await.to_string(),
        app.entry(K::Category, "economy").await.to_string(),
        app.entry(K::ContactMode, "drop_in").await.to_string(),
    );
    let fields = [
        ("channel", channel.as_str()),
        ("age_group", &age),
        ("category", &cat),
        ("minutes", "10"),
        ("mode", &mode),
        ("residency", "yes"),
    ];

    // A resident who is documented: on to recording who it is.
    let p = coord.post_form("/cases/new", &fields).await;
    p.assert_status(303);
    let to = p.location.clone().unwrap();
    assert!(to.ends_with("/person?done=created"), "{to}");
    let id: lotsen_domain::ids::CaseId = to.trim_start_matches("/cases/").split('/').next().unwrap().parse().unwrap();
    assert!(app.store.case(app.unit_a, id).await.unwrap().documented);
    assert!(coord.get(&to).await.text().contains("Ange nu vem det gäller"));

    // A walk-in who only gets advice stays anonymous.
    let mut anon = fields.to_vec();
    anon.push(("advice_only", "1"));
    let p = coord.post_form("/cases/new", &anon).await;
    p.assert_status(303);
    let to = p.location.clone().unwrap();
    assert!(to.ends_with("?done=created") && !to.contains("/person"), "{to}");
    let id: lotsen_domain::ids::CaseId = to.trim_start_matches("/cases/").split('?').next().unwrap().parse().unwrap();
    assert!(!app.store.case(app.unit_a, id).await.unwrap().documented);

    // Without the committee's leave for walk-ins the box is not offered, and ticking it anyway
    // changes nothing: the case is documented.
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    assert!(!coord.get("/cases/new").await.text().contains("Endast råd, anonym"));
    let p = coord.post_form("/cases/new", &anon).await;
    let to = p.location.clone().unwrap();
    assert!(to.ends_with("/person?done=created"), "{to}");
}

async fn staff_find_a_person_by_number_or_name_on_the_search_page_within_their_unit(b: Backend) {
    let app = spawn_app(b).await;
    for admin in ["admin.a", "admin.b"] {
        let a = app.login(admin).await;
        a.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    }
    // Amina in unit A with a case; Amina Berg in unit B.
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/cases/{case}/person"),
            &[("person_number", "811218-9876"), ("person_name", "Amina Hassan")],
        )
        .await
        .assert_status(303);
    let other = app.make_case_in(app.unit_b, "coord.b").await;
    let coord_b = app.login("coord.b").await;
    coord_b
        .post_form(
            &format!("/cases/{other}/person"),
            &[("person_number", "701063-2391"), ("person_name", "Amina Berg")],
        )
        .await
        .assert_status(303);

    coord.get("/persons").await.assert_status(200);
    let views = app.audited("person.view").await;
    // By number, in any usual form: the person and her case.
    let p = coord.post_form("/persons", &[("q", "19811218 9876")]).await;
    p.assert_status(200);
    let text = p.text();
    assert!(text.contains("En person hittades") && text.contains("Amina Hassan"), "{text}");
    assert!(p.body.contains(&format!("href=\"/cases/{case}\"")));
    // By name: words in any order and case; unit B's Amina is not found.
    let text = coord.post_form("/persons", &[("q", "hassan AMINA")]).await.text();
    assert!(text.contains("Amina Hassan") && !text.contains("Amina Berg"), "{text}");
    let text = coord.post_form("/persons", &[("q", "Amina")]).await.text();
    assert!(text.contains("En person hittades") && !text.contains("Amina Berg"));
    // A coordinator not responsible for her case does not find her; a manager does.
    let target = app.login("target.a").await;
    assert!(target.post_form("/persons", &[("q", "Amina")]).await.text().contains("Ingen person hittades"));
    assert!(target.post_form("/persons", &[("q", "811218-9876")]).await.text().contains("Ingen person hittades"));
    let manager = app.login("manager.a").await;
    assert!(manager.post_form("/persons", &[("q", "Amina")]).await.text().contains("Amina Hassan"));
    coord.post_form("/persons", &[("q", "A")]).await.assert_status(422);
    // Unit B's number finds nobody in unit A.
    let text = coord.post_form("/persons", &[("q", "701063-2391")]).await.text();
    assert!(text.contains("Ingen person hittades"), "{text}");
    assert!(app.audited("person.view").await >= views + 3, "each search that showed someone is logged");

    // A number with a wrong check digit says so; an empty search asks for something.
    let p = coord.post_form("/persons", &[("q", "811218-9875")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Kontrollsiffran stämmer inte"));
    assert!(p.body.contains("value=\"811218-9875\""), "the search is kept");
    coord.post_form("/persons", &[("q", "  ")]).await.assert_status(422);
    coord.post_form("/persons", &[("q", &"x".repeat(101))]).await.assert_status(422);
    // The responsible coordinator changes the phone number; a bad e-mail is refused, input kept.
    let edit = format!("/cases/{case}/person/edit");
    let form = [("person_name", "Amina Hassan"), ("phone", "070-123 45 67"), ("email", "inte-en-adress")];
    let p = coord.post_form(&edit, &form).await;
    p.assert_status(422);
    assert!(p.body.contains("070-123 45 67") && p.body.contains("aria-invalid"), "{}", p.body);
    assert_eq!(app.audited("person.update").await, 0, "nothing saved");
    coord.post_form(&edit, &[("person_name", "Amina Hassan"), ("phone", "070-123 45 67")]).await.assert_status(303);
    let shown = coord.post_form(&format!("/cases/{case}/person/view"), &[]).await.text();
    assert!(shown.contains("070-123 45 67") && shown.contains("19811218-9876"), "the number stays: {shown}");
    let rows = app
        .store
        .unsafe_query_text("SELECT CAST(detail AS TEXT) AS d FROM audit_log WHERE action = 'person.update'")
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let detail = rows[0][0].1.clone().unwrap_or_default();
    assert!(detail.contains("phone") && !detail.contains("070"), "which field, not its value: {detail}");
    // Someone not responsible for the case changes nothing.
    app.login("target.a").await.post_form(&edit, &[("person_name", "X")]).await.assert_status(403);

    // Analysts and admins do not search persons.
    app.login("analyst.a").await.post_form("/persons", &[("q", "Amina")]).await.assert_status(403);
    app.login("admin.a").await.get("/persons").await.assert_status(403);
}
