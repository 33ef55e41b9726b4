//! Family coordination over HTTP, on both databases: the programme a unit turns on, a family of
//! guardians and children refused per field and saved whole, pairs and their caseload with the
//! waiting list, consents whose scope, expiry and withdrawal decide every contact with an actor,
//! and who may see a family.
use chrono::{NaiveDateTime, TimeDelta};
use lotsen_domain::clock::Clock;
use lotsen_domain::ids::FamilyId;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_family_needs_a_guardian_and_a_child_and_is_saved_whole,
    each_pair_holds_its_caseload_and_the_rest_wait,
    consent_scope_expiry_and_withdrawal_decide_every_contact,
    only_the_pair_and_the_managers_see_a_family,
    a_mapping_is_revisited_and_the_plan_printed_in_the_familys_language,
    the_report_counts_family_coordination_with_small_counts_hidden,
);

fn clock() -> Clock {
    Clock::at_stockholm(NaiveDateTime::parse_from_str("2026-11-02 10:00", "%Y-%m-%d %H:%M").unwrap())
}

/// Unit A keeps documented records and runs family coordination.
async fn programme_on(app: &TestApp) {
    let admin = app.login("admin.a").await;
    admin
        .post_form("/admin/unit/records", &[("mode", "documented"), ("family_coordination", "1")])
        .await
        .assert_status(303);
}

/// manager.a pairs `first` and `second`; the pair's id.
async fn pair(app: &TestApp, first: &str, second: &str, capacity: &str) -> String {
    let manager = app.login("manager.a").await;
    let (a, b) = (app.id(first).to_string(), app.id(second).to_string());
    manager
        .post_form("/families/pairs", &[("pair_first", &a), ("pair_second", &b), ("pair_capacity", capacity)])
        .await
        .assert_status(303);
    app.store.coordinator_pairs(app.unit_a).await.unwrap().last().unwrap().id.to_string()
}

/// Two guardians with joint custody and one child; `n` tells the families' numbers apart.
fn members(n: usize) -> Vec<(&'static str, String)> {
    let g1 = ["811218-9876", "850101-2341", "790615-3452", "120909-5676"];
    let child = ["150312-1236", "180704-4563", "200202-6785", "B-7"];
    vec![
        ("g1_name", format!("Sara Ek {n}")),
        ("g1_number", g1[n].into()),
        ("g1_custody", "1".into()),
        ("g2_name", format!("Omar Ek {n}")),
        ("g2_number", format!("R-{n}")),
        ("g2_reserve", "1".into()),
        ("g2_custody", "1".into()),
        ("c1_name", format!("Lina Ek {n}")),
        ("c1_number", child[n].into()),
        ("language", "ar".into()),
    ]
    .into_iter()
    .chain((child[n] == "B-7").then(|| ("c1_reserve", "1".to_owned())))
    .collect()
}

/// `user` adds family `n`, with `pair` when given; the page the server answers.
async fn add_family(app: &TestApp, user: &str, n: usize, pair: Option<&str>) -> Page {
    let mut form = members(n);
    if let Some(p) = pair {
        form.push(("start_pair", p.to_owned()));
        form.push(("start_on", "2026-11-02".into()));
    }
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.login(user).await.post_form("/families/new", &fields).await
}

/// The page's words as read, without tags, one space between them.
fn words(p: &Page) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in p.body.chars() {
        match ch {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out).replace(['\u{2068}', '\u{2069}', '\u{2066}'], "").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn family_id(p: &Page) -> FamilyId {
    let loc = p.location.as_deref().expect("a redirect");
    loc.trim_start_matches("/families/").split('?').next().unwrap().parse().unwrap()
}

async fn a_family_needs_a_guardian_and_a_child_and_is_saved_whole(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let coord = app.login("coord.a").await;
    coord.get("/families").await.assert_status(404);
    // The programme needs the documented record.
    let admin = app.login("admin.a").await;
    let p = admin.post_form("/admin/unit/records", &[("mode", "anonymous"), ("family_coordination", "1")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Programmen kräver att verksamheten dokumenterar."));
    programme_on(&app).await;
    let list = coord.get("/families").await;
    list.assert_status(200);
    assert!(list.body.contains(r#"href="/families""#), "the navigation names the families");

    // No child, a wrong check digit and an empty second guardian: each field says why, nothing
    // is saved, what was typed stays.
    let p = coord
        .post_form(
            "/families/new",
            &[("g1_name", "Sara Ek"), ("g1_number", "811218-9875"), ("g1_custody", "1"), ("language", "sv")],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("En familj måste ha minst ett barn."), "{text}");
    assert!(text.contains("Vårdnadshavare 1: personnummer"), "the field is named");
    assert!(p.body.contains(r#"value="Sara Ek""#), "the input is kept");
    let p = coord
        .post_form("/families/new", &[("c1_name", "Lina"), ("c1_number", "150312-1236"), ("language", "sv")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Ange minst en vårdnadshavare."));
    let p = coord
        .post_form(
            "/families/new",
            &[
                ("g1_name", "Sara Ek"),
                ("g1_number", "811218-9876"),
                ("c1_name", "Lina Ek"),
                ("c1_number", "811218-9876"),
                ("language", "sv"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Samma person finns två gånger i familjen."));
    assert!(app.store.families(app.unit_a).await.unwrap().is_empty(), "nothing saved");
    assert!(app.store.persons(app.unit_a).await.unwrap().is_empty(), "no person half-saved");

    // A whole family goes on the waiting list; its members are persons of the record.
    let p = add_family(&app, "coord.a", 0, None).await;
    p.assert_status(303);
    let id = family_id(&p);
    let f = app.store.family(app.unit_a, id).await.unwrap();
    assert_eq!(f.status.as_str(), "waiting");
    assert_eq!(f.language.code(), "ar");
    let m = app.store.family_members(&f).await.unwrap();
    assert_eq!(m.len(), 3);
    assert_eq!(m.iter().filter(|m| m.custody).count(), 2);
    assert_eq!(app.store.persons(app.unit_a).await.unwrap().len(), 3);
    assert_eq!(app.audited("family.create").await, 1);
    let page = coord.get(&format!("/families/{id}")).await;
    page.assert_status(200);
    let text = page.text();
    assert!(text.contains("Lina Ek 0") && text.contains("11 år"), "the child by name and age: {text}");
    assert!(text.contains("Väntar"));
    assert_eq!(app.audited("family.view").await, 1, "opening the family is audited");
    // A guardian already in the record is that person, not a second one.
    let p = add_family(&app, "coord.a", 0, None).await;
    p.assert_status(303);
    assert_eq!(app.store.persons(app.unit_a).await.unwrap().len(), 3);
}

async fn each_pair_holds_its_caseload_and_the_rest_wait(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    programme_on(&app).await;
    let manager = app.login("manager.a").await;
    let coord = app.id("coord.a").to_string();
    let p = manager
        .post_form("/families/pairs", &[("pair_first", &coord), ("pair_second", &coord), ("pair_capacity", "61")])
        .await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("Välj två olika koordinatorer.") && text.contains("Ange ett antal mellan 1 och 60."));
    let analyst = app.id("analyst.a").to_string();
    let p = manager.post_form("/families/pairs", &[("pair_first", &coord), ("pair_second", &analyst)]).await;
    p.assert_status(422);
    assert!(app.store.coordinator_pairs(app.unit_a).await.unwrap().is_empty());
    app.login("coord.a").await.post_form("/families/pairs", &[]).await.assert_status(403);

    let pair = pair(&app, "coord.a", "target.a", "2").await;
    add_family(&app, "coord.a", 0, Some(&pair)).await.assert_status(303);
    add_family(&app, "coord.a", 1, Some(&pair)).await.assert_status(303);
    let p = add_family(&app, "coord.a", 2, Some(&pair)).await;
    p.assert_status(422);
    assert!(p.text().contains("Paret har inte plats för fler familjer."));
    let waiting = family_id(&add_family(&app, "manager.a", 2, None).await);
    let list = manager.get("/families").await.text();
    assert!(list.contains("2 av 2") && list.contains("Fullt"), "the caseload: {list}");
    assert!(list.contains(&format!("Familj {waiting}")), "on the waiting list");

    // Full: the family stays waiting; with room it starts.
    let p = manager
        .post_form(&format!("/families/{waiting}/start"), &[("start_pair", &pair), ("start_on", "2026-11-02")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Paret har inte plats för fler familjer."));
    manager.post_form(&format!("/families/pairs/{pair}"), &[("capacity", "3")]).await.assert_status(303);
    manager
        .post_form(&format!("/families/{waiting}/start"), &[("start_pair", &pair), ("start_on", "2026-11-02")])
        .await
        .assert_status(303);
    let f = app.store.family(app.unit_a, waiting).await.unwrap();
    assert_eq!((f.status.as_str(), f.pair_id.map(|p| p.to_string())), ("active", Some(pair.clone())));
    assert!(manager.get("/families").await.text().contains("3 av 3"));
    // A pair holding families is not retired.
    let p = manager.post_form(&format!("/families/pairs/{pair}"), &[("capacity", "3"), ("retire", "1")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Paret har fortfarande familjer."));
    // Closing frees a place.
    manager
        .post_form(
            &format!("/families/{waiting}/close"),
            &[("family_close_on", "2026-11-02"), ("family_close_outcome", "moved")],
        )
        .await
        .assert_status(303);
    assert!(manager.get("/families").await.text().contains("2 av 3"));
    let p = manager
        .post_form(
            &format!("/families/{waiting}/close"),
            &[("family_close_on", "2026-11-02"), ("family_close_outcome", "moved")],
        )
        .await;
    p.assert_status(422);
    assert_eq!(app.audited("family.close").await, 1);
}

async fn consent_scope_expiry_and_withdrawal_decide_every_contact(b: Backend) {
    let clock = clock();
    let app = spawn_app_with_clock(b, clock.clone()).await;
    programme_on(&app).await;
    let pair = pair(&app, "coord.a", "target.a", "20").await;
    let id = family_id(&add_family(&app, "coord.a", 0, Some(&pair)).await);
    let f = app.store.family(app.unit_a, id).await.unwrap();
    let members = app.store.family_members(&f).await.unwrap();
    let (g1, g2) = (members[0].person_id.to_string(), members[1].person_id.to_string());
    let coord = app.login("coord.a").await;
    let consents = format!("/families/{id}/consents");
    let contacts = format!("/families/{id}/contacts");
    let contact =
        |actor: &'static str| [("contact_actor", actor), ("contact_held_on", "2026-11-02"), ("contact_kind", "shared")];

    // Bad consents: each field says why, nothing saved.
    let p = coord
        .post_form(
            &consents,
            &[("consent_guardian", &g1), ("consent_given_on", "2026-11-01"), ("consent_expires_on", "2026-10-01")],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("Slutdatumet måste vara efter dagen då samtycket gavs."), "{text}");
    assert!(text.contains("Välj minst en aktör."));
    let child = members[2].person_id.to_string();
    let p = coord
        .post_form(
            &consents,
            &[
                ("consent_guardian", &child),
                ("consent_actors", "school"),
                ("consent_given_on", "2026-11-01"),
                ("consent_expires_on", "2027-11-01"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(app.store.family_consents(&f).await.unwrap().is_empty(), "a child does not consent");

    // Nobody has consented: no contact at all.
    let p = coord.post_form(&contacts, &contact("school")).await;
    p.assert_status(422);
    assert!(p.text().contains("Det finns inget gällande samtycke för den aktören."));

    // The first guardian consents to school and health care; joint custody needs the second too.
    coord
        .post_form(
            &consents,
            &[
                ("consent_guardian", &g1),
                ("consent_actors", "school"),
                ("consent_actors", "health_care"),
                ("consent_given_on", "2026-11-01"),
                ("consent_expires_on", "2027-11-01"),
            ],
        )
        .await
        .assert_status(303);
    let p = coord.post_form(&contacts, &contact("school")).await;
    p.assert_status(422);
    assert!(p.text().contains("Samtycke som gäller saknas från: Omar Ek 0"), "{}", p.text());
    // The second consents to school only, until the end of the month.
    coord
        .post_form(
            &consents,
            &[
                ("consent_guardian", &g2),
                ("consent_actors", "school"),
                ("consent_given_on", "2026-11-02"),
                ("consent_expires_on", "2026-11-30"),
            ],
        )
        .await
        .assert_status(303);
    coord.post_form(&contacts, &contact("school")).await.assert_status(303);
    // Outside the scope: health care was not consented to by both.
    coord.post_form(&contacts, &contact("health_care")).await.assert_status(422);
    coord.post_form(&contacts, &contact("employment_service")).await.assert_status(422);
    let list = coord.get("/families").await.text();
    assert!(list.contains("Samtycken som snart går ut") && list.contains("2026-11-30"), "about to expire: {list}");

    // After the expiry the same contact is refused, also when dated back to a day it was valid.
    clock.advance(TimeDelta::days(29));
    let coord = app.login("coord.a").await;
    coord.post_form(&contacts, &contact("school")).await.assert_status(422);
    let page = coord.get(&format!("/families/{id}")).await.text();
    assert!(page.contains("Har gått ut"), "the consent shows as expired");

    // A new consent, then the first guardian withdraws theirs: refused at once.
    coord
        .post_form(
            &consents,
            &[
                ("consent_guardian", &g2),
                ("consent_actors", "school"),
                ("consent_given_on", "2026-12-01"),
                ("consent_expires_on", "2027-06-01"),
            ],
        )
        .await
        .assert_status(303);
    let today = [("contact_actor", "school"), ("contact_held_on", "2026-12-01"), ("contact_kind", "meeting")];
    coord.post_form(&contacts, &today).await.assert_status(303);
    let first = app
        .store
        .family_consents(&f)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.guardian_id == members[0].person_id)
        .unwrap();
    coord.post_form(&format!("/families/{id}/consents/{}/withdraw", first.id), &[]).await.assert_status(303);
    coord.post_form(&contacts, &today).await.assert_status(422);
    coord.post_form(&format!("/families/{id}/consents/{}/withdraw", first.id), &[]).await.assert_status(422);
    assert_eq!(app.store.family_contacts(&f).await.unwrap().len(), 2, "only the contacts within a consent");
    assert_eq!(app.audited("family.contact").await, 2);
    assert_eq!(app.audited("family.withdraw").await, 1);
    assert_eq!(app.audited("family.consent").await, 3);
}

async fn only_the_pair_and_the_managers_see_a_family(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    programme_on(&app).await;
    let pair = pair(&app, "coord.a", "manager.a", "20").await;
    let held = family_id(&add_family(&app, "coord.a", 0, Some(&pair)).await);
    let waiting = family_id(&add_family(&app, "coord.a", 1, None).await);
    let other = app.login("target.a").await;
    for id in [held, waiting] {
        other.get(&format!("/families/{id}")).await.assert_status(403);
        other.post_form(&format!("/families/{id}/contacts"), &[]).await.assert_status(403);
        other.post_form(&format!("/families/{id}/consents"), &[]).await.assert_status(403);
        other.post_form(&format!("/families/{id}/close"), &[]).await.assert_status(403);
    }
    let list = other.get("/families").await;
    list.assert_status(200);
    assert!(!list.text().contains(&format!("Familj {held}")), "another coordinator's list names neither");
    assert!(list.text().contains("En familj till väntar"), "but says one waits");
    app.login("analyst.a").await.get(&format!("/families/{held}")).await.assert_status(403);
    // Another unit: the programme is not there, and unit A's family does not exist for it.
    app.login("coord.b").await.get(&format!("/families/{held}")).await.assert_status(404);
    let b_unit = app.store.unit(app.unit_b).await.unwrap();
    assert!(!b_unit.programmes.family_coordination);
    let tx = app.store.begin().await.unwrap();
    tx.set_programmes(
        app.unit_b,
        lotsen_domain::records::Programmes { family_coordination: true, housing_first: false },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    app.login("manager.b").await.get(&format!("/families/{held}")).await.assert_status(404);
    // Only a manager starts a waiting family with a pair.
    app.login("coord.a")
        .await
        .post_form(&format!("/families/{waiting}/start"), &[("start_pair", &pair), ("start_on", "2026-11-02")])
        .await
        .assert_status(403);
    app.login("manager.a").await.get(&format!("/families/{waiting}")).await.assert_status(200);
    app.login("coord.a").await.get(&format!("/families/{held}")).await.assert_status(200);
}

async fn a_mapping_is_revisited_and_the_plan_printed_in_the_familys_language(b: Backend) {
    use lotsen_domain::lists::ListKind as K;
    let clock = clock();
    let app = spawn_app_with_clock(b, clock.clone()).await;
    programme_on(&app).await;
    let pair = pair(&app, "coord.a", "target.a", "20").await;
    let id = family_id(&add_family(&app, "coord.a", 0, Some(&pair)).await);
    let (school, health) = (app.entry(K::FamilyArea, "school").await, app.entry(K::FamilyArea, "health").await);
    let coord = app.login("coord.a").await;
    let plan = format!("/families/{id}/plan");
    let page = coord.get(&plan).await;
    page.assert_status(200);
    assert!(page.text().contains("Ingen kartläggning ännu."));
    assert!(page.text().contains("Barnens behov i fokus: Lina Ek 0"));
    let mappings = format!("/families/{id}/mappings");
    let (now_s, goal_s, now_h, goal_h) =
        (format!("now_{school}"), format!("goal_{school}"), format!("now_{health}"), format!("goal_{health}"));

    // Out of the scale, one of two scores, nothing at all: refused per field, nothing saved.
    let p = coord.post_form(&mappings, &[("map_on", "2026-11-02"), (&now_s, "6"), (&goal_s, "4"), (&now_h, "2")]).await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("Skola och förskola: Nuläge: Välj ett värde från 1 till 5."), "{text}");
    assert!(text.contains("Hälsa: Önskat läge: Fyll i fältet."), "{text}");
    assert!(p.body.contains(r#"<option value="4" selected>"#), "the input is kept");
    let p = coord.post_form(&mappings, &[("map_on", "2026-11-02")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Fyll i minst ett område."));
    let f = app.store.family(app.unit_a, id).await.unwrap();
    assert!(app.store.family_mappings(&f).await.unwrap().is_empty());

    // The first mapping, then the revisit two months on.
    coord
        .post_form(&mappings, &[("map_on", "2026-11-02"), (&now_s, "2"), (&goal_s, "4"), (&now_h, "3"), (&goal_h, "5")])
        .await
        .assert_status(303);
    clock.advance(TimeDelta::days(60));
    let coord = app.login("coord.a").await;
    coord
        .post_form(&mappings, &[("map_on", "2027-01-01"), (&now_s, "4"), (&goal_s, "4"), (&now_h, "3"), (&goal_h, "4")])
        .await
        .assert_status(303);
    let page = coord.get(&plan).await;
    assert!(page.body.contains(r#"<svg class="chart" id="progress-chart""#), "the progress chart");
    let text = words(&page);
    assert!(text.contains("2 kartläggningar"), "{text}");
    assert!(text.contains("Skola och förskola 2 2026-11-02 4 2027-01-01 4 +2"), "the table's figures: {text}");
    assert!(text.contains("Hälsa 3 2026-11-02 3 2027-01-01 4 0"), "{text}");
    assert_eq!(app.audited("family.map").await, 2);

    // A goal and its action; bad input refused per field.
    let goals = format!("/families/{id}/goals");
    let p = coord.post_form(&goals, &[("goal_area", &school.to_string()), ("goal_text", " ")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Mål: Fyll i fältet."), "{}", p.text());
    coord
        .post_form(&goals, &[("goal_area", &school.to_string()), ("goal_text", "Lina går till skolan varje dag")])
        .await
        .assert_status(303);
    let goal = app.store.family_goals(&f).await.unwrap()[0].clone();
    let sealed = String::from_utf8_lossy(&goal.sealed.sealed).into_owned();
    assert!(!sealed.contains("Lina"), "the goal's words are sealed");
    let actions = format!("/families/{id}/actions");
    let g = goal.id.to_string();
    let p = coord
        .post_form(
            &actions,
            &[("action_goal", &g), ("action_text", "Möte med mentor"), ("action_due_on", "2026-12-01")],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("Välj vem som är ansvarig."), "{text}");
    assert!(p.body.contains(r#"value="Möte med mentor""#), "the input is kept");
    coord
        .post_form(
            &actions,
            &[
                ("action_goal", &g),
                ("action_text", "Möte med mentor"),
                ("action_responsible", "school"),
                ("action_due_on", "2027-01-20"),
            ],
        )
        .await
        .assert_status(303);
    let action = app.store.family_actions(&f).await.unwrap()[0].id;
    coord.post_form(&format!("/families/{id}/actions/{action}"), &[("status", "done")]).await.assert_status(303);
    assert_eq!(app.store.family_actions(&f).await.unwrap()[0].status.as_str(), "done");
    // Another family's action is not this family's to change.
    let other = family_id(&add_family(&app, "coord.a", 1, Some(&pair)).await);
    coord.post_form(&format!("/families/{other}/actions/{action}"), &[("status", "dropped")]).await.assert_status(422);
    assert_eq!(app.store.family_actions(&f).await.unwrap()[0].status.as_str(), "done");

    // The printed plan is in the family's language (Arabic), with the goal and the figures.
    let (status, headers, bytes) = coord.get_bytes(&format!("/families/{id}/plan.pdf")).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/pdf");
    let text = pdf_text(&bytes);
    assert!(text.contains("Lina går till skolan varje dag"), "{text}");
    assert!(text.contains("خطة الأسرة"), "the family's language: {text}");
    assert!(text.contains("المدرسة"), "the area in Arabic: {text}");
    // Someone outside the pair gets neither the page nor the plan.
    let other_coord = app.login("coord.b").await;
    other_coord.get(&plan).await.assert_status(404);
    let (status, _, _) = app.login("analyst.a").await.get_bytes(&format!("/families/{id}/plan.pdf")).await;
    assert_eq!(status, 403);
}

/// A personal identity number born on `yymmdd` with serial `serial`, its check digit computed.
fn number(yymmdd: &str, serial: u32) -> String {
    let base = format!("{yymmdd}{serial:03}");
    let sum: u32 = base
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap() * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    format!("{yymmdd}-{serial:03}{}", (10 - sum % 10) % 10)
}

async fn the_report_counts_family_coordination_with_small_counts_hidden(b: Backend) {
    use lotsen_domain::lists::ListKind as K;
    let clock = clock();
    let app = spawn_app_with_clock(b, clock.clone()).await;
    programme_on(&app).await;
    let pair = pair(&app, "coord.a", "target.a", "20").await;
    let coord = app.login("coord.a").await;
    let mut ids = Vec::new();
    for i in 0..7_u32 {
        let (g, c) = (number("800101", 100 + i), number("150301", 200 + i));
        let name = format!("Förälder {i}");
        let mut form = vec![
            ("g1_name", name.as_str()),
            ("g1_number", g.as_str()),
            ("g1_custody", "1"),
            ("c1_name", "Barn"),
            ("c1_number", c.as_str()),
            ("language", "sv"),
        ];
        // Six start with the pair; the seventh waits.
        if i < 6 {
            form.extend([("start_pair", pair.as_str()), ("start_on", "2026-11-02")]);
        }
        let p = coord.post_form("/families/new", &form).await;
        p.assert_status(303);
        ids.push(family_id(&p));
    }
    let school = app.entry(K::FamilyArea, "school").await;
    let (now, goal) = (format!("now_{school}"), format!("goal_{school}"));
    for id in &ids[..6] {
        coord
            .post_form(&format!("/families/{id}/mappings"), &[("map_on", "2026-11-02"), (&now, "2"), (&goal, "4")])
            .await
            .assert_status(303);
    }
    clock.advance(TimeDelta::days(20));
    let coord = app.login("coord.a").await;
    for (i, id) in ids[..6].iter().enumerate() {
        let later = if i < 5 { "4" } else { "2" };
        coord
            .post_form(&format!("/families/{id}/mappings"), &[("map_on", "2026-11-20"), (&now, later), (&goal, "4")])
            .await
            .assert_status(303);
    }
    // The report reads whole months that are over.
    clock.advance(TimeDelta::days(10));
    let manager = app.login("manager.a").await;
    let page = manager.get("/report?period=custom&from=2026-11-01&to=2026-11-30").await;
    page.assert_status(200);
    let text = words(&page);
    assert!(text.contains("Långsiktigt stöd"), "{text}");
    assert!(text.contains("Familjer med koordinatorspar vid periodens slut 6"), "{text}");
    assert!(text.contains("Startade 6"), "{text}");
    assert!(text.contains("På väntelistan vid periodens slut <5"), "one family waits: {text}");
    assert!(text.contains("Väntetid till start, median i dagar 0"), "{text}");
    // Five families better and one the same: the one is hidden, and so are the five, which the
    // six mapped would otherwise give away.
    assert!(text.contains("Skola och förskola 6 <5 <5 0"), "{text}");
    assert!(!text.contains("Fortsatt kontakt (trygghetsbistånd)"), "no continued contact in this unit");
    // A unit that does not run the programme shows no such section.
    let other = app.login("manager.b").await.get("/report?period=custom&from=2026-11-01&to=2026-11-30").await;
    other.assert_status(200);
    assert!(!words(&other).contains("Familjekoordinering"));
}
