//! "Hitta stöd", the public search of the directory: no sign-in, inflections and missing å/ä/ö
//! find the same services, a problem area narrows them, each service says how to reach it, and
//! every page stays under 50 kB in Swedish, English and Arabic.
use crate::both_backends;
use crate::helpers::*;
use crate::hsds::{BISTAND, DEBT, SKULD, seed};

both_backends!(a_resident_finds_support_without_signing_in);

async fn a_resident_finds_support_without_signing_in(b: Backend) {
    let app = spawn_app(b).await;
    seed(&app).await;
    let c = app.client();
    let all = c.get("/support").await;
    all.assert_status(200);
    assert!(all.text().contains("6 stöd i katalogen"), "four seeded and each unit's own: {}", all.text());
    // The same services for each way of writing it.
    let mut seen = Vec::new();
    for q in ["ekonomi", "ekonomisk", "ekonomiskt+bistand"] {
        let p = c.get(&format!("/support?q={q}")).await;
        p.assert_status(200);
        let text = p.text();
        assert!(text.contains(&format!("id=\"s-{BISTAND}\"")), "{q}");
        seen.push(text.matches("<article").count());
    }
    assert!(seen[0] >= 1 && seen[0] == seen[1], "ekonomi and ekonomisk find the same: {seen:?}");
    let narrow = c.get("/support?q=ekonomiskt+bistand").await.text();
    assert!(narrow.contains("Ett stöd hittades") && !narrow.contains(&format!("s-{SKULD}")), "{narrow}");
    // A problem area narrows to the services tagged with it.
    let debt = c.get(&format!("/support?category={DEBT}")).await.text();
    assert!(debt.contains(&format!("s-{SKULD}")) && !debt.contains(&format!("s-{BISTAND}")));
    assert!(debt.contains("Stortorget 1, 252 25 Lund"), "where: {debt}");
    // A temporarily closed service says so; nothing found says what to do.
    assert!(c.get("/support?q=vrakning").await.text().contains("Tillfälligt stängt."));
    assert!(c.get("/support?q=zzzz").await.text().contains("Inget stöd matchar din sökning."));
    // Small in every language, and Arabic right to left.
    for lang in ["sv", "en", "ar"] {
        let r = c.http.get(format!("{}/support", c.base)).header("accept-language", lang).send().await.unwrap();
        let body = r.text().await.unwrap();
        assert!(body.len() < 50_000, "{lang}: {} bytes", body.len());
        assert!(body.contains(&format!("lang=\"{lang}\"")), "{lang}");
    }
}

both_backends!(filters_narrow_and_each_service_has_a_page);

const DALBY: &str = "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c01";

/// A free service given in Arabic, at a library in Dalby.
async fn seed_dalby(app: &TestApp) {
    let doc = serde_json::json!({
        "id": DALBY, "name": "Läxhjälp på arabiska", "status": "active",
        "description": "Läxhjälp för barn och unga.",
        "languages": [{"id": "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c02", "name": "arabiska", "code": "ar"}],
        "cost_options": [{"id": "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c03", "amount": 0, "currency": "SEK"}],
        "service_at_locations": [{"id": "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c04", "location": {
            "id": "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c05", "location_type": "physical", "name": "Dalby bibliotek",
            "addresses": [{"id": "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c06", "address_1": "Tornavägen 5", "city": "Dalby",
                "state_province": "Skåne län", "postal_code": "247 30", "country": "SE", "address_type": "physical"}]}}]
    });
    let flat = lotsen_hsds::flatten(&doc, lotsen_hsds::object("service").unwrap());
    assert!(flat.errors().next().is_none());
    let tx = app.store.begin().await.unwrap();
    tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
}

async fn filters_narrow_and_each_service_has_a_page(b: Backend) {
    let app = spawn_app(b).await;
    seed(&app).await;
    seed_dalby(&app).await;
    let c = app.client();
    let all = c.get("/support").await.text();
    for option in ["<option value=\"ar\">arabiska</option>", "<option value=\"Dalby\">Dalby</option>", "value=\"free\""]
    {
        assert!(all.contains(option), "{option}");
    }
    for query in ["language=ar", "cost=free", "place=Dalby", "q=laxhjalp&language=ar&cost=free&place=Dalby"] {
        let p = c.get(&format!("/support?{query}")).await.text();
        assert!(p.contains(&format!("s-{DALBY}")), "{query}");
        assert!(!p.contains(&format!("s-{BISTAND}")) && !p.contains(&format!("s-{SKULD}")), "{query}");
        // The units' own services are free too.
        assert!(query == "cost=free" || p.contains("Ett stöd hittades"), "{query}");
    }
    // Filters combine: free, but not in Lund.
    assert!(!c.get("/support?cost=free&place=Lund").await.text().contains(&format!("s-{DALBY}")));
    assert!(c.get("/support?place=Lund").await.text().contains(&format!("s-{BISTAND}")));
    // A page per service, linked from the list.
    assert!(all.contains(&format!("href=\"/support/{DALBY}\"")));
    let page = c.get(&format!("/support/{DALBY}")).await;
    page.assert_status(200);
    let text = page.text();
    assert!(text.contains("Läxhjälp på arabiska</h1>") && text.contains("Tornavägen 5, 247 30 Dalby"), "{text}");
    assert!(text.len() < 50_000);
    c.get("/support/0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3cff").await.assert_status(404);
    c.get("/support/nonsense").await.assert_status(404);
    // An internal service has no public page.
    let internal = app.store.destination_services(app.unit_a).await.unwrap().into_values().next().unwrap();
    c.get(&format!("/support/{internal}")).await.assert_status(404);
}

both_backends!(problem_areas_are_named_in_the_pages_language);

/// The unit's problem areas come from its lists, which name them in Swedish, English and Arabic;
/// the filter on Hitta stöd names them in the page's language.
async fn problem_areas_are_named_in_the_pages_language(b: Backend) {
    use lotsen_domain::lists::ListKind as K;
    let app = spawn_app(b).await;
    seed_dalby(&app).await;
    let terms = app.store.category_terms(app.unit_a).await.unwrap();
    let economy = app.store.lists(app.unit_a).await.unwrap().by_code(K::Category, "economy").unwrap().clone();
    let term = terms[&economy.id].clone();
    let tag = serde_json::json!({"id": "0d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c07", "link_id": DALBY,
        "link_entity": "service", "link_type": "category", "taxonomy_term_id": term});
    let flat = lotsen_hsds::flatten(&tag, lotsen_hsds::object("attribute").unwrap());
    let tx = app.store.begin().await.unwrap();
    tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    tx.commit().await.unwrap();

    let c = app.client();
    let page = |lang: &'static str| {
        let c = &c;
        async move {
            let r = c.http.get(format!("{}/support", c.base)).header("accept-language", lang).send().await.unwrap();
            r.text().await.unwrap()
        }
    };
    let (en, ar) = (economy.label_en.clone().expect("English name"), economy.label_ar.clone().expect("Arabic name"));
    assert_ne!(en, economy.label_sv);
    for (lang, label) in [("sv", &economy.label_sv), ("en", &en), ("ar", &ar)] {
        let body = page(lang).await;
        assert!(body.contains(&format!("<option value=\"{term}\">{label}</option>")), "{lang}: {body}");
    }
    // Filtering by the term finds the service whatever the page's language.
    assert!(c.get(&format!("/support?category={term}")).await.text().contains(&format!("s-{DALBY}")));
}
