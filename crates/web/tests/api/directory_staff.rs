//! The directory for staff, on both databases: a coordinator adds a service with its place, hours,
//! languages, problem areas and English and Arabic text; bad input is named field by field with
//! nothing saved; edits take away what was removed; internal and retired services stay out of the
//! public search and API; the list of services not checked in twelve months; every change audited.
use lotsen_domain::lists::ListKind as K;
use lotsen_hsds::Row;
use lotsen_hsds::validate::violations;
use serde_json::Value;

use crate::both_backends;
use crate::helpers::*;

both_backends!(staff_keep_the_directory);

async fn service_named(app: &TestApp, name: &str) -> Option<Row> {
    app.store
        .directory_rows()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.obj.name == "service" && r.text("name") == Some(name))
}

async fn rows_of(app: &TestApp, obj: &str, col: &str, id: &str) -> Vec<Row> {
    app.store
        .directory_rows()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.obj.name == obj && r.text(col) == Some(id))
        .collect()
}

async fn staff_keep_the_directory(b: Backend) {
    let app = spawn_app(b).await;
    app.login("analyst.a").await.get("/directory").await.assert_status(403);
    let coord = app.login("coord.a").await;
    let list = coord.get("/directory").await;
    list.assert_status(200);
    // The referral destinations are there, internal and never checked.
    assert!(list.text().contains("Socialtjänsten"), "{}", list.text());
    assert!(list.text().contains("Aldrig kontrollerad"));
    coord.get("/directory/services/new").await.assert_status(200);

    let terms = app.store.category_terms(app.unit_a).await.unwrap();
    let economy = terms[&app.entry(K::Category, "economy").await].clone();
    let housing = terms[&app.entry(K::Category, "housing").await].clone();
    let before = app.store.directory_rows().await.unwrap().len();
    let bad = coord
        .post_form(
            "/directory/services",
            &[
                ("s_name", "Budgetrådgivning"),
                ("s_status", "active"),
                ("s_visibility", "public"),
                ("s_phone", "ring oss"),
                ("s_url", "www.exempel.se"),
                ("s_address", "Stortorget 1"),
                ("s_days", "MO"),
                ("s_opens_at", "12:00"),
                ("s_closes_at", "09:00"),
                ("s_opens_at_2", "13:00"),
                ("s_closes_at_2", "16:00"),
                ("s_description", "Hjälp med budget och skulder."),
            ],
        )
        .await;
    bad.assert_status(422);
    let no_place = coord
        .post_form(
            "/directory/services",
            &[
                ("s_name", "Budgetrådgivning"),
                ("s_new_organization", "Skuldrådgivning Syd"),
                ("s_status", "active"),
                ("s_visibility", "public"),
                ("s_accessibility", "Ramp vid entrén"),
            ],
        )
        .await;
    no_place.assert_status(422);
    assert!(no_place.text().contains("href=\"#s_accessibility\""), "accessibility without a place");
    assert!(no_place.text().contains("Ramp vid entrén"), "input kept");
    for field in
        ["s_organization", "s_phone", "s_url", "s_postal_code", "s_city", "s_county", "s_closes_at", "s_days_2"]
    {
        assert!(bad.text().contains(&format!("href=\"#{field}\"")), "{field}");
    }
    assert!(bad.text().contains("Hjälp med budget och skulder."), "input kept");
    assert_eq!(app.store.directory_rows().await.unwrap().len(), before, "nothing saved");

    let fields = [
        ("s_name", "Budgetrådgivning"),
        ("s_new_organization", "Skuldrådgivning Syd"),
        ("s_group", "ngo"),
        ("s_status", "active"),
        ("s_visibility", "public"),
        ("s_categories", economy.as_str()),
        ("s_description", "Hjälp med budget och skulder."),
        ("s_application_process", "Ring eller kom på öppettiden."),
        ("s_cost", "free"),
        ("s_languages", "sv"),
        ("s_languages", "ar"),
        ("s_other_languages", "so"),
        ("s_phone", "046-12 34 56"),
        ("s_email", "info@skuld.example.se"),
        ("s_place", "Medborgarhuset"),
        ("s_address", "Stortorget 1"),
        ("s_postal_code", "252 25"),
        ("s_city", "Lund"),
        ("s_county", "Skåne län"),
        ("s_accessibility", "Ramp vid entrén. Hörslinga i receptionen."),
        ("s_days", "MO"),
        ("s_days", "WE"),
        ("s_opens_at", "09:00"),
        ("s_closes_at", "12:00"),
        ("s_days_3", "TH"),
        ("s_opens_at_3", "13:00"),
        ("s_closes_at_3", "16:30"),
        ("s_name_en", "Budget and debt advice"),
        ("s_name_ar", "استشارات الميزانية والديون"),
        ("s_description_ar", "مساعدة في الميزانية والديون."),
        ("s_verified", "1"),
    ];
    coord.post_form("/directory/services", &fields).await.assert_status(303);
    let s = service_named(&app, "Budgetrådgivning").await.expect("saved");
    let id = s.id().to_owned();
    assert_eq!(s.text("assured_date"), Some(crate::helpers::today().to_string().as_str()));
    assert_eq!(rows_of(&app, "phone", "service_id", &id).await[0].text("number"), Some("046-12 34 56"));
    let hours = |rows: Vec<Row>| {
        let mut h: Vec<String> = rows
            .iter()
            .map(|r| {
                format!("{} {}-{}", r.text("byday").unwrap(), r.text("opens_at").unwrap(), r.text("closes_at").unwrap())
            })
            .collect();
        h.sort();
        h
    };
    assert_eq!(
        hours(rows_of(&app, "schedule", "service_id", &id).await),
        ["MO,WE 09:00-12:00", "TH 13:00-16:30"],
        "two lines of hours, two schedules"
    );
    let mut langs: Vec<String> = rows_of(&app, "language", "service_id", &id)
        .await
        .iter()
        .filter_map(|l| l.text("code").map(str::to_owned))
        .collect();
    langs.sort();
    assert_eq!(langs, ["ar", "so", "sv"]);
    let attrs = rows_of(&app, "attribute", "link_id", &id).await;
    assert!(attrs.iter().any(|a| a.text("taxonomy_term_id") == Some(economy.as_str())));
    assert_eq!(attrs.iter().filter(|a| a.text("link_type") == Some("translation")).count(), 3);
    assert_eq!(app.audited("directory.service.create").await, 1);

    // Public: found in Swedish, shown in Arabic where translated; the API's answer is valid HSDS.
    let c = app.client();
    assert!(c.get("/support?q=skuldradgivning").await.text().contains(&format!("s-{id}")));
    let r = c.http.get(format!("{}/support?q=budget", c.base)).header("accept-language", "ar").send().await.unwrap();
    let ar = r.text().await.unwrap();
    assert!(
        ar.contains(&format!("lang=\"ar\" dir=\"auto\"><a href=\"/support/{id}\">استشارات الميزانية والديون</a></h3>")),
        "{ar}"
    );
    let api: Value =
        c.http.get(format!("{}/api/hsds/services/{id}", c.base)).send().await.unwrap().json().await.unwrap();
    assert!(violations("service", &api).is_empty(), "{api}");
    assert!(api.to_string().contains("Budget and debt advice"), "translations travel as attributes");
    let location = &api["service_at_locations"][0]["location"];
    assert_eq!(location["accessibility"][0]["description"], "Ramp vid entrén. Hörslinga i receptionen.", "{api}");
    let card = c.get(&format!("/support/{id}")).await.text();
    assert!(card.contains("Tillgänglighet") && card.contains("Hörslinga i receptionen."), "{card}");

    // Editing takes away what was removed: the phone, a problem area changed, English name gone.
    let mut edited: Vec<(&str, &str)> = fields
        .iter()
        .copied()
        .filter(|(k, _)| {
            ![
                "s_phone",
                "s_new_organization",
                "s_group",
                "s_categories",
                "s_name_en",
                "s_verified",
                "s_days_3",
                "s_opens_at_3",
                "s_closes_at_3",
            ]
            .contains(k)
        })
        .collect();
    let org = s.text("organization_id").unwrap().to_owned();
    edited.push(("s_organization", &org));
    edited.push(("s_categories", &housing));
    coord.post_form(&format!("/directory/services/{id}"), &edited).await.assert_status(303);
    assert!(rows_of(&app, "phone", "service_id", &id).await.is_empty());
    assert_eq!(
        hours(rows_of(&app, "schedule", "service_id", &id).await),
        ["MO,WE 09:00-12:00"],
        "an emptied line goes"
    );
    let attrs = rows_of(&app, "attribute", "link_id", &id).await;
    assert!(attrs.iter().any(|a| a.text("taxonomy_term_id") == Some(housing.as_str())));
    assert!(!attrs.iter().any(|a| a.text("taxonomy_term_id") == Some(economy.as_str())));
    assert_eq!(attrs.iter().filter(|a| a.text("link_type") == Some("translation")).count(), 2);
    assert_eq!(app.audited("directory.service.update").await, 1);
    let page = coord.get(&format!("/directory/services/{id}")).await.text();
    assert!(
        page.contains("value=\"Medborgarhuset\"")
            && page.contains("استشارات الميزانية والديون")
            && page.contains("Hörslinga i receptionen."),
        "the form shows what is stored"
    );
    // Emptied, the accessibility note is taken away.
    let mut plain = edited.clone();
    plain.retain(|(k, _)| *k != "s_accessibility");
    coord.post_form(&format!("/directory/services/{id}"), &plain).await.assert_status(303);
    assert!(!c.get(&format!("/support/{id}")).await.text().contains("Hörslinga"));
    assert!(app.store.directory_rows().await.unwrap().iter().all(|r| r.obj.name != "accessibility"));

    // Internal: only staff see it.
    let mut internal = edited.clone();
    internal.retain(|(k, _)| *k != "s_visibility");
    internal.push(("s_visibility", "internal"));
    coord.post_form(&format!("/directory/services/{id}"), &internal).await.assert_status(303);
    c.get(&format!("/api/hsds/services/{id}")).await.assert_status(404);
    assert!(!c.get("/support?q=skuldradgivning").await.text().contains(&format!("s-{id}")));
    assert!(coord.get("/directory?show=internal&q=budget").await.text().contains(&id));

    // Retired: out of staff's current list too, back when restored.
    coord.post_form(&format!("/directory/services/{id}/retire"), &[]).await.assert_status(303);
    assert!(!coord.get("/directory?q=budget").await.text().contains(&id));
    assert!(coord.get("/directory?show=retired").await.text().contains(&id));
    assert_eq!(service_named(&app, "Budgetrådgivning").await.unwrap().text("status"), Some("defunct"));
    coord.post_form(&format!("/directory/services/{id}/restore"), &[]).await.assert_status(303);
    assert!(coord.get("/directory?q=budget").await.text().contains(&id));
    assert_eq!((app.audited("directory.service.retire").await, app.audited("directory.service.restore").await), (1, 1));

    // Not checked in twelve months: listed until marked checked.
    let mut old = service_named(&app, "Budgetrådgivning").await.unwrap();
    old.fields.insert("assured_date".into(), "2024-01-15".into());
    let tx = app.store.begin().await.unwrap();
    tx.put_directory_rows(app.unit_a, &[old]).await.unwrap();
    tx.commit().await.unwrap();
    assert!(coord.get("/directory?show=unverified").await.text().contains(&id));
    coord.post_form(&format!("/directory/services/{id}/verified"), &[]).await.assert_status(303);
    assert!(!coord.get("/directory?show=unverified").await.text().contains(&id));
    assert_eq!(app.audited("directory.service.verify").await, 1);
    coord.get("/directory/services/not-a-uuid").await.assert_status(404);
    coord.get("/directory/services/0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10").await.assert_status(404);
}

both_backends!(an_organisation_is_edited_on_its_own_page);

/// An organisation's name, description, contact, group and visibility are edited once, on its
/// own page, for all its services: bad input named field by field with nothing saved, the public
/// API showing the change, audited.
async fn an_organisation_is_edited_on_its_own_page(b: Backend) {
    let app = spawn_app(b).await;
    let service = app.store.destination_services(app.unit_a).await.unwrap().into_values().next().unwrap();
    let stored = app.store.directory_rows().await.unwrap();
    let s = stored.iter().find(|r| r.obj.name == "service" && r.id() == service).unwrap();
    let org = s.text("organization_id").unwrap().to_owned();
    let path = format!("/directory/organizations/{org}");
    app.login("analyst.a").await.get(&path).await.assert_status(403);
    let coord = app.login("coord.a").await;
    assert!(coord.get("/directory?show=internal").await.text().contains(&format!("href=\"{path}\"")));
    let page = coord.get(&path).await;
    page.assert_status(200);
    assert!(page.text().contains(&format!("href=\"/directory/services/{service}\"")), "its services are listed");
    coord.get("/directory/organizations/not-a-uuid").await.assert_status(404);
    coord.get("/directory/organizations/0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10").await.assert_status(404);

    let before = app.store.directory_rows().await.unwrap();
    let bad = coord
        .post_form(
            &path,
            &[
                ("o_name", ""),
                ("o_description", "Stöd till familjer i kris."),
                ("o_website", "familjestod.se"),
                ("o_phone", "ring oss"),
                ("o_group", "kyrkan"),
                ("o_visibility", "public"),
            ],
        )
        .await;
    bad.assert_status(422);
    for field in ["o_name", "o_website", "o_phone", "o_group"] {
        assert!(bad.text().contains(&format!("href=\"#{field}\"")), "{field}: {}", bad.text());
    }
    assert!(bad.text().contains("Stöd till familjer i kris."), "input kept");
    assert_eq!(app.store.directory_rows().await.unwrap(), before, "nothing saved");

    let good = [
        ("o_name", "Familjestöd Lund"),
        ("o_description", "Stöd till familjer i kris."),
        ("o_website", "https://familjestod.example.se"),
        ("o_email", "info@familjestod.example.se"),
        ("o_phone", "046-35 00 00"),
        ("o_group", "ngo"),
        ("o_visibility", "public"),
    ];
    let r = coord.post_form(&path, &good).await;
    r.assert_status(303);
    let after = coord.get(&format!("{path}?done=saved")).await.text();
    assert!(after.contains("Organisationen är sparad.") && after.contains("value=\"046-35 00 00\""), "{after}");
    assert!(after.contains("<option value=\"ngo\" selected"), "the group is kept: {after}");
    assert_eq!(app.audited("directory.organization.update").await, 1);
    let flags = app.store.directory_flags().await.unwrap();
    assert_eq!(flags.groups.get(&org).map(String::as_str), Some("ngo"));
    assert!(!flags.internal.contains(&org), "now public");

    // The public API shows the organisation as edited, as valid HSDS; its internal service stays out.
    let c = app.client();
    let api: Value =
        c.http.get(format!("{}/api/hsds/organizations/{org}", c.base)).send().await.unwrap().json().await.unwrap();
    assert!(violations("organization", &api).is_empty(), "{api}");
    assert_eq!(
        (api["name"].as_str(), api["website"].as_str()),
        (Some("Familjestöd Lund"), Some("https://familjestod.example.se"))
    );
    assert_eq!(api["phones"][0]["number"], "046-35 00 00", "{api}");
    assert!(!api.to_string().contains(&service), "the internal service is not shown: {api}");

    // Emptied, the phone goes; made internal, the organisation leaves the API.
    let mut internal: Vec<(&str, &str)> =
        good.iter().copied().filter(|(k, _)| !["o_phone", "o_visibility"].contains(k)).collect();
    internal.push(("o_visibility", "internal"));
    coord.post_form(&path, &internal).await.assert_status(303);
    assert!(rows_of(&app, "phone", "organization_id", &org).await.is_empty());
    c.get(&format!("/api/hsds/organizations/{org}")).await.assert_status(404);
    assert_eq!(app.audited("directory.organization.update").await, 2);
}
