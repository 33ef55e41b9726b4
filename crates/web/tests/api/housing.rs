//! Housing First over HTTP, on both databases: the programme a unit turns on, an enrolment refused
//! per field and saved whole, the home with its sealed address and the tenancy's status, the logs
//! of landlord contacts and practical support, the months a tenancy has held, the report's
//! tenancies held with small counts hidden, and who may see an enrolment.
use chrono::NaiveDateTime;
use lotsen_domain::clock::Clock;
use lotsen_domain::lists::ListKind as K;

use crate::both_backends;
use crate::helpers::*;

both_backends!(a_tenancy_is_followed_with_its_landlord_and_support, only_the_responsible_and_managers_see_an_enrolment,);

fn clock() -> Clock {
    Clock::at_stockholm(NaiveDateTime::parse_from_str("2026-11-02 10:00", "%Y-%m-%d %H:%M").unwrap())
}

async fn programme_on(app: &TestApp) {
    let admin = app.login("admin.a").await;
    admin.post_form("/admin/unit/records", &[("mode", "documented"), ("housing_first", "1")]).await.assert_status(303);
}

async fn enrol(app: &TestApp, user: &str, responsible: &str) -> i64 {
    let who = app.id(responsible).to_string();
    let p = app
        .login(user)
        .await
        .post_form(
            "/housing",
            &[
                ("hf_name", "Kent Ahl"),
                ("hf_number", "790615-3452"),
                ("hf_coordinator", &who),
                ("hf_enrolled_on", "2026-03-15"),
            ],
        )
        .await;
    p.assert_status(303);
    p.location.as_deref().unwrap().trim_start_matches("/housing/").split('?').next().unwrap().parse().unwrap()
}

async fn a_tenancy_is_followed_with_its_landlord_and_support(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let coord = app.login("coord.a").await;
    coord.get("/housing").await.assert_status(404);
    programme_on(&app).await;
    let list = coord.get("/housing").await;
    list.assert_status(200);
    assert!(list.body.contains(r#"href="/housing""#), "the navigation names it");

    // Bad input: each field says why, nothing is saved.
    let p = coord
        .post_form(
            "/housing",
            &[("hf_name", ""), ("hf_number", "790615-3451"), ("hf_coordinator", "x"), ("hf_enrolled_on", "2027-01-01")],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    for msg in ["Namn: Fyll i fältet.", "Ansvarig: Välj ett alternativ i listan.", "Började: "] {
        assert!(text.contains(msg), "{msg} in {text}");
    }
    assert!(app.store.enrolments(app.unit_a).await.unwrap().is_empty());
    let id = enrol(&app, "coord.a", "coord.a").await;
    let who = app.id("coord.a").to_string();
    let p = coord
        .post_form(
            "/housing",
            &[
                ("hf_name", "Kent Ahl"),
                ("hf_number", "790615-3452"),
                ("hf_coordinator", &who),
                ("hf_enrolled_on", "2026-03-15"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Personen är redan deltagare."));

    let url = format!("/housing/{id}");
    let page = coord.get(&url).await;
    page.assert_status(200);
    assert!(page.text().contains("Kent Ahl") && page.text().contains("Ingen bostad registrerad ännu."));
    assert_eq!(app.audited("housing.view").await, 1);
    let p = coord
        .post_form(&format!("{url}/status"), &[("tenancy_status", "warned"), ("tenancy_since", "2026-10-01")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Registrera bostaden först."));

    // The home: refused per field, then saved with its address sealed.
    let p = coord
        .post_form(&format!("{url}/home"), &[("home_landlord", "list:999999"), ("home_start", "2027-01-01")])
        .await;
    p.assert_status(422);
    let text = p.text();
    for msg in ["Hyresvärd: Välj ett alternativ i listan.", "Adress: Fyll i fältet.", "Hyresavtalet började: "] {
        assert!(text.contains(msg), "{msg} in {text}");
    }
    let landlord = format!("list:{}", app.entry(K::Landlord, "municipal").await);
    coord
        .post_form(
            &format!("{url}/home"),
            &[("home_landlord", &landlord), ("home_address", "Storgatan 12 B"), ("home_start", "2026-04-01")],
        )
        .await
        .assert_status(303);
    let e = app.store.enrolment(app.unit_a, id).await.unwrap();
    let sealed = e.address.as_ref().unwrap();
    assert!(!String::from_utf8_lossy(&sealed.sealed).contains("Storgatan"), "the address is sealed");
    let text = coord.get(&url).await.text();
    assert!(text.contains("Storgatan 12 B") && text.contains("Kommunalt bostadsbolag"), "{text}");
    assert!(text.contains("7 månader"), "April to November: {text}");

    // The status, the landlord contacts and the support.
    let p = coord
        .post_form(&format!("{url}/status"), &[("tenancy_status", "warned"), ("tenancy_since", "2026-03-01")])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Datumet är före hyresavtalets start."));
    coord
        .post_form(&format!("{url}/status"), &[("tenancy_status", "warned"), ("tenancy_since", "2026-10-20")])
        .await
        .assert_status(303);
    coord
        .post_form(&format!("{url}/landlord"), &[("ll_topic", "rent"), ("ll_on", "2026-10-21")])
        .await
        .assert_status(303);
    coord
        .post_form(&format!("{url}/support"), &[("sup_kind", "bank_account"), ("sup_on", "2026-10-22")])
        .await
        .assert_status(303);
    let p = coord.post_form(&format!("{url}/support"), &[("sup_kind", "cleaning"), ("sup_on", "2026-10-22")]).await;
    p.assert_status(422);
    let p = coord.post_form(&format!("{url}/landlord"), &[("ll_topic", "rent"), ("ll_on", "2026-03-01")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Datumet är före att personen började."));
    let text = coord.get(&url).await.text();
    assert!(
        text.contains("Varning från hyresvärden") && text.contains("Hyra") && text.contains("Bankkonto och autogiro")
    );
    assert_eq!(app.audited("housing.log").await, 2);
    assert_eq!(app.audited("housing.status").await, 1);

    // The report: one tenancy reached six months, a small count, hidden.
    let report = app.login("manager.a").await.get("/report?period=custom&from=2026-10-01&to=2026-10-31").await;
    let text = report.text();
    assert!(text.contains("Hyresavtal som nått 6 månader"), "{text}");
    let at = text.find("Hyresavtal som nått 6 månader").unwrap();
    let row: String = text[at..].chars().take(160).collect();
    assert!(row.contains("<5") && !row.contains(">1<"), "the one tenancy is hidden: {row}");
}

async fn only_the_responsible_and_managers_see_an_enrolment(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    programme_on(&app).await;
    let id = enrol(&app, "manager.a", "coord.a").await;
    let url = format!("/housing/{id}");
    app.login("coord.a").await.get(&url).await.assert_status(200);
    app.login("manager.a").await.get(&url).await.assert_status(200);
    let other = app.login("target.a").await;
    other.get(&url).await.assert_status(403);
    other.post_form(&format!("{url}/home"), &[]).await.assert_status(403);
    other.post_form(&format!("{url}/support"), &[]).await.assert_status(403);
    assert!(other.get("/housing").await.text().contains("En deltagare till har en annan ansvarig."));
    app.login("analyst.a").await.get(&url).await.assert_status(403);
    app.login("coord.b").await.get(&url).await.assert_status(404);
    let tx = app.store.begin().await.unwrap();
    let on = lotsen_domain::records::Programmes { family_coordination: false, housing_first: true };
    tx.set_programmes(app.unit_b, on).await.unwrap();
    tx.commit().await.unwrap();
    app.login("manager.b").await.get(&url).await.assert_status(404);
    app.login("coord.a").await.get("/housing/x").await.assert_status(404);
}
