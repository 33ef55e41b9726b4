//! The HSDS 3.0 API under `/api/hsds/`, on both databases: every one of the eleven paths answers
//! what the official schemas accept (checked with a JSON Schema validator against the vendored
//! schemas), on a directory holding the official examples and a small Swedish one with English and
//! Arabic text; paging, the AND of filters, and 404/400 answers with a message.
use lotsen_hsds::validate::{page_violations, violations};
use lotsen_hsds::{flatten, object};
use serde_json::{Value, json};

use crate::both_backends;
use crate::directory::example;
use crate::helpers::*;

both_backends!(every_path_answers_as_the_official_schemas_say, paging_and_filters_combine_as_and);

const TAXONOMY: &str = "5888ba0c-dfae-459c-bffa-026c8ec20eaa";
const ECONOMY: &str = "4f64301f-5ff0-4d1f-ac48-681d238b7472";
pub const DEBT: &str = "70e7c138-6045-4339-b387-479654d131f4";
const HOUSING: &str = "4e5e245f-d8f6-41e0-85b0-00b18dcf3026";
const CITY: &str = "cac14274-c975-49e5-8379-533af66cbe50";
const NGO: &str = "c42937f8-a90d-4342-954d-22570874f87c";
pub const BISTAND: &str = "fc7d2c3f-2e4e-463f-b51f-b2b748b747b3";
pub const SKULD: &str = "7189de7c-c59a-4b29-b149-97057a3ff139";
const BOSTAD: &str = "2a304e61-a3e9-4465-a941-7a6c3af23712";
const LIBRARY: &str = "a232aab2-4ee7-4b00-a98b-97126d5b2e68";
const HOUSE: &str = "95a4665b-99c4-422e-beab-abb7251c1d8a";

/// Three services of two organisations, tagged with terms of one taxonomy (debt under economy),
/// offered at two places with Swedish addresses; names and descriptions in Swedish with English and
/// Arabic beside them.
fn swedish_directory() -> Vec<(Value, &'static str)> {
    let taxonomy = json!({"id": TAXONOMY, "name": "Problemområden", "description": "Lotsens problemkategorier"});
    let term = |id: &str, name: &str, parent: Option<&str>| {
        let mut t = json!({"id": id, "name": name, "description": format!("Problemkategori: {name}"), "taxonomy_id": TAXONOMY, "language": "sv"});
        if let Some(p) = parent {
            t["parent_id"] = json!(p);
        }
        t
    };
    let tag = |id: &str, term: &str| json!({"id": id, "taxonomy_term_id": term, "link_type": "category", "link_entity": "service"});
    let location = |id: &str, name: &str, street: &str, postcode: &str| {
        json!({"id": id, "location_type": "physical", "name": name, "addresses": [{
            "id": format!("{}0", &id[..35]), "address_1": street, "city": "Lund", "state_province": "Skåne län",
            "postal_code": postcode, "country": "SE", "address_type": "physical"}]})
    };
    let city = json!({
        "id": CITY, "name": "Lunds kommun, socialförvaltningen", "description": "Kommunens socialtjänst. English: Social services. العربية: الخدمات الاجتماعية",
        "services": [
            {"id": BISTAND, "name": "Ekonomiskt bistånd", "alternate_name": "Financial assistance · المساعدة المالية",
             "description": "Stöd till försörjning när andra inkomster inte räcker.", "status": "active",
             "last_modified": "2026-03-01T09:00:00+01:00",
             "attributes": [tag("6a642df1-73f0-475c-a808-c9e43197c049", ECONOMY)],
             "service_at_locations": [{"id": "206dd8e2-a6d2-4b81-9a40-2bea13473569", "location": location(LIBRARY, "Stadsbiblioteket", "Sankt Petri kyrkogata 6", "222 21")}]},
            {"id": BOSTAD, "name": "Bostadssociala teamet", "alternate_name": "Housing support · دعم السكن",
             "description": "Råd vid hot om vräkning.", "status": "temporarily closed",
             "last_modified": "2025-11-01T10:00:00+01:00",
             "attributes": [tag("df1810b4-0cf3-41ea-adbf-5b839aaccab9", HOUSING)],
             "service_at_locations": [{"id": "eab26a6a-7d04-4ae7-9489-90a547c50b26", "location": location(HOUSE, "Medborgarhuset", "Stortorget 1", "252 25")}]}
        ]
    });
    let ngo = json!({
        "id": NGO, "name": "Skuldrådgivning Syd", "description": "Ideell förening. English: Debt advice charity. العربية: جمعية استشارات الديون",
        "services": [
            {"id": SKULD, "name": "Budget- och skuldrådgivning", "alternate_name": "Debt advice · استشارات الديون",
             "description": "Hjälp med ekonomisk planering och skulder.", "status": "active",
             "last_modified": "2026-06-15T12:00:00+02:00",
             "attributes": [tag("db85fab7-2379-494e-af01-38c19914a9b3", DEBT), tag("f396645f-e727-432a-b586-11b07c89001e", ECONOMY)],
             "service_at_locations": [{"id": "caa9f39b-df02-4d12-b08f-7ae20aaa54ad", "location": location(HOUSE, "Medborgarhuset", "Stortorget 1", "252 25")}]}
        ]
    });
    vec![
        (taxonomy, "taxonomy"),
        (term(ECONOMY, "Ekonomi", None), "taxonomy_term"),
        (term(DEBT, "Skulder", Some(ECONOMY)), "taxonomy_term"),
        (term(HOUSING, "Boende", None), "taxonomy_term"),
        (city, "organization"),
        (ngo, "organization"),
    ]
}

pub async fn seed(app: &TestApp) {
    let mut docs = swedish_directory();
    for (file, obj) in [
        ("service_full.json", "service"),
        ("service_at_location_full.json", "service_at_location"),
        ("taxonomy_term.json", "taxonomy_term"),
    ] {
        docs.push((example(file), obj));
    }
    let tx = app.store.begin().await.unwrap();
    for (doc, obj) in docs {
        let flat = flatten(&doc, object(obj).unwrap());
        let errors: Vec<_> = flat.errors().collect();
        assert!(errors.is_empty(), "{obj}: {errors:#?}");
        tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn get(c: &Client, path: &str) -> (u16, Value) {
    let r = c.http.get(format!("{}{path}", c.base)).send().await.unwrap();
    let status = r.status().as_u16();
    let body = r.text().await.unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::String(body)))
}

async fn ok(c: &Client, path: &str) -> Value {
    let (status, body) = get(c, path).await;
    assert_eq!(status, 200, "{path}: {body}");
    body
}

fn ids(page: &Value) -> Vec<String> {
    let mut v: Vec<String> =
        page["contents"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect();
    v.sort();
    v
}

fn sorted(mut v: Vec<&str>) -> Vec<String> {
    v.sort();
    v.into_iter().map(str::to_owned).collect()
}

async fn every_path_answers_as_the_official_schemas_say(b: Backend) {
    let app = spawn_app(b).await;
    seed(&app).await;
    let c = app.client();

    // `/`: the version and where the OpenAPI document is.
    for path in ["/api/hsds", "/api/hsds/"] {
        let meta = ok(&c, path).await;
        assert_eq!(meta["version"], "3.0");
        assert_eq!(meta["openapi_url"], format!("{}/api/hsds/openapi.json", app.addr));
        assert!(meta["profile"].as_str().unwrap().starts_with("https://"));
    }
    let doc = ok(&c, "/api/hsds/openapi.json").await;
    assert_eq!(doc["paths"].as_object().unwrap().len(), 11);
    assert!(!doc["info"]["title"].as_str().unwrap().contains("REQUIRED"));
    assert_eq!(doc["servers"][0]["url"], format!("{}/api/hsds", app.addr));

    // Every list, plain and in full, is a valid page of valid objects.
    for (path, obj) in [
        ("/api/hsds/services", "service"),
        ("/api/hsds/services?full=true", "service"),
        ("/api/hsds/services?minimal=true", "service"),
        ("/api/hsds/organizations", "organization"),
        ("/api/hsds/organizations?full=true", "organization"),
        ("/api/hsds/organizations?full_service=true", "organization"),
        ("/api/hsds/taxonomies", "taxonomy"),
        ("/api/hsds/taxonomy_terms", "taxonomy_term"),
        ("/api/hsds/service_at_locations", "service_at_location"),
        ("/api/hsds/service_at_locations?full=true", "service_at_location"),
    ] {
        let page = ok(&c, path).await;
        assert_eq!(page_violations(obj, &page), vec![], "{path}");
        assert!(page["total_items"].as_u64().unwrap() >= 1, "{path}");
        // The organisations' services (nested in full) are valid services too.
        for item in page["contents"].as_array().unwrap() {
            for s in item["services"].as_array().into_iter().flatten() {
                if path.contains("full_service") {
                    assert_eq!(violations("service", s), vec![], "{path}");
                } else {
                    assert_eq!(s.as_object().unwrap().len(), 3, "id, name, status: {s}");
                }
            }
        }
    }
    let minimal = ok(&c, "/api/hsds/services?minimal=true").await;
    for item in minimal["contents"].as_array().unwrap() {
        let keys: Vec<&String> = item.as_object().unwrap().keys().collect();
        assert!(keys.iter().all(|k| ["id", "name", "status", "last_modified"].contains(&k.as_str())), "{item}");
    }
    // A list item carries its single nested objects only; the full form everything.
    let list = ok(&c, "/api/hsds/service_at_locations").await;
    let item = list["contents"].as_array().unwrap().iter().find(|i| i["service"]["id"] == SKULD).unwrap();
    assert_eq!(item["location"]["name"], "Medborgarhuset");
    assert_eq!(item["service"]["organization"]["name"], "Skuldrådgivning Syd");
    assert!(item["location"].get("addresses").is_none());
    let full = ok(&c, "/api/hsds/service_at_locations?full=true").await;
    let item = full["contents"].as_array().unwrap().iter().find(|i| i["service"]["id"] == SKULD).unwrap();
    assert_eq!(item["location"]["addresses"][0]["postal_code"], "252 25");

    // Each object by id, full.
    for (path, obj) in [
        (format!("/api/hsds/services/{SKULD}"), "service"),
        (format!("/api/hsds/services/{}", example("service_full.json")["id"].as_str().unwrap()), "service"),
        (format!("/api/hsds/organizations/{CITY}"), "organization"),
        (format!("/api/hsds/organizations/{CITY}?full_service=true"), "organization"),
        (format!("/api/hsds/taxonomies/{TAXONOMY}"), "taxonomy"),
        (format!("/api/hsds/taxonomy_terms/{DEBT}"), "taxonomy_term"),
        (
            format!(
                "/api/hsds/service_at_locations/{}",
                example("service_at_location_full.json")["id"].as_str().unwrap()
            ),
            "service_at_location",
        ),
    ] {
        let one = ok(&c, &path).await;
        assert_eq!(violations(obj, &one), vec![], "{path}");
    }
    // The official service comes back as the example has it.
    let official = example("service_full.json");
    let back = ok(&c, &format!("/api/hsds/services/{}", official["id"].as_str().unwrap())).await;
    assert_eq!(crate::directory::sorted(&back), crate::directory::sorted(&official));
    let service = ok(&c, &format!("/api/hsds/services/{SKULD}")).await;
    assert_eq!(service["organization"]["id"], NGO);
    assert_eq!(service["attributes"].as_array().unwrap().len(), 2);
    assert_eq!(service["alternate_name"], "Debt advice · استشارات الديون");
    let term = ok(&c, &format!("/api/hsds/taxonomy_terms/{DEBT}")).await;
    assert_eq!(term["taxonomy_detail"]["name"], "Problemområden");
    assert_eq!(term["parent_id"], ECONOMY);

    // Unknown ids: 404 with a message, on every path with an id.
    for path in ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"] {
        for id in ["b6ab52c6-4ffe-4ea6-ab59-12ebfcbf756f", "not-an-id"] {
            let (status, body) = get(&c, &format!("/api/hsds/{path}/{id}")).await;
            assert_eq!(status, 404, "{path}/{id}");
            assert!(body["message"].as_str().unwrap().contains(id), "{body}");
        }
    }
    // ndjson: every item, one per line, no envelope.
    let r = c.http.get(format!("{}/api/hsds/services?format=ndjson&per_page=1", c.base)).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "application/x-ndjson");
    let lines: Vec<Value> = r.text().await.unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 6, "four seeded, and each unit's own service");
    for l in &lines {
        assert_eq!(violations("service", l), vec![]);
    }
}

async fn paging_and_filters_combine_as_and(b: Backend) {
    let app = spawn_app(b).await;
    seed(&app).await;
    let c = app.client();
    let official = example("service_full.json")["id"].as_str().unwrap().to_owned();

    // Six services (four seeded, and each unit's own), three a page.
    let p1 = ok(&c, "/api/hsds/services?per_page=3").await;
    assert_eq!(
        (p1["total_items"].as_u64(), p1["total_pages"].as_u64(), p1["size"].as_u64()),
        (Some(6), Some(2), Some(3))
    );
    assert_eq!(
        (p1["first_page"].as_bool(), p1["last_page"].as_bool(), p1["empty"].as_bool()),
        (Some(true), Some(false), Some(false))
    );
    let p2 = ok(&c, "/api/hsds/services?per_page=3&page=2").await;
    assert_eq!(
        (p2["page_number"].as_u64(), p2["last_page"].as_bool(), p2["size"].as_u64()),
        (Some(2), Some(true), Some(3))
    );
    let mut both = ids(&p1);
    both.extend(ids(&p2));
    both.sort();
    both.dedup();
    assert_eq!(both.len(), 6, "two pages, six different services");
    let past = ok(&c, "/api/hsds/services?per_page=3&page=3").await;
    assert_eq!((past["size"].as_u64(), past["empty"].as_bool()), (Some(0), Some(true)));
    assert_eq!(past["contents"], json!([]));
    assert_eq!(page_violations("service", &past), vec![]);

    // Filters, alone and together.
    let q = |s: &str| format!("/api/hsds/services?{s}");
    assert_eq!(ids(&ok(&c, &q(&format!("organization_id={CITY}"))).await), sorted(vec![BISTAND, BOSTAD]));
    assert_eq!(ids(&ok(&c, &q(&format!("taxonomy_term_id={ECONOMY}"))).await), sorted(vec![BISTAND, SKULD]));
    assert_eq!(
        ids(&ok(&c, &q(&format!("taxonomy_term_id={ECONOMY}&organization_id={CITY}"))).await),
        sorted(vec![BISTAND])
    );
    assert_eq!(
        ids(&ok(&c, &q(&format!("taxonomy_term_id={DEBT}&organization_id={CITY}"))).await),
        Vec::<String>::new()
    );
    assert_eq!(ids(&ok(&c, &q(&format!("taxonomy_id={TAXONOMY}"))).await), sorted(vec![BISTAND, BOSTAD, SKULD]));
    assert_eq!(ids(&ok(&c, &q("modified_after=2026-01-01")).await), sorted(vec![BISTAND, SKULD]));
    assert_eq!(
        ids(&ok(&c, &q(&format!("modified_after=2026-04-01T00:00:00Z&taxonomy_term_id={ECONOMY}"))).await),
        sorted(vec![SKULD])
    );
    assert_eq!(ids(&ok(&c, &q("search=skuld")).await), sorted(vec![SKULD]));
    // Inflections and missing å/ä/ö find the same services.
    for search in ["ekonomi", "ekonomisk", "ekonomiskt%20bistand"] {
        let found = ids(&ok(&c, &q(&format!("search={search}"))).await);
        assert!(found.contains(&BISTAND.to_owned()), "{search}: {found:?}");
    }
    assert_eq!(ids(&ok(&c, &q("search=ekonomiskt%20bistand")).await), sorted(vec![BISTAND]));
    assert_eq!(ids(&ok(&c, &q(&format!("search=bistånd&taxonomy_id={TAXONOMY}"))).await), sorted(vec![BISTAND]));
    assert!(!ids(&ok(&c, &q("")).await).is_empty() && ids(&ok(&c, &q("")).await).contains(&official));

    // Service at locations: by postcode (spaces or not), with the service's filters.
    let s = |x: &str| format!("/api/hsds/service_at_locations?{x}");
    let at_house = ok(&c, &s("postcode=25225")).await;
    assert_eq!(at_house["total_items"], 2);
    let at_house_ngo = ok(&c, &s(&format!("postcode=252%2025&organization_id={NGO}"))).await;
    assert_eq!(at_house_ngo["contents"][0]["service"]["id"], SKULD);
    assert_eq!(at_house_ngo["total_items"], 1);

    // Free text on the other lists: an organisation by its own text (Arabic too), a service at a
    // location by its service's, a term by its name; with another filter it is AND.
    let o = |x: &str| format!("/api/hsds/organizations?{x}");
    assert_eq!(ids(&ok(&c, &o("search=skuldradgivning")).await), sorted(vec![NGO]));
    assert_eq!(ids(&ok(&c, &o("search=الديون")).await), sorted(vec![NGO]));
    assert_eq!(ids(&ok(&c, &o("search=socialforvaltning")).await), sorted(vec![CITY]));
    let skuld_at = ok(&c, &s("search=skuld")).await;
    assert_eq!(skuld_at["total_items"], 1, "{skuld_at}");
    assert_eq!(skuld_at["contents"][0]["service"]["id"], SKULD);
    assert_eq!(ok(&c, &s("search=skuld&postcode=11111")).await["total_items"], 0);
    assert_eq!(ok(&c, &s("search=zzzz")).await["total_items"], 0);
    let terms = ids(&ok(&c, &format!("/api/hsds/taxonomy_terms?search=ekonomi&taxonomy_id={TAXONOMY}")).await);
    assert!(terms.contains(&ECONOMY.to_owned()) && !terms.contains(&HOUSING.to_owned()), "{terms:?}");

    // Taxonomy terms: top level, children of a term, one taxonomy.
    let t = |x: &str| format!("/api/hsds/taxonomy_terms?{x}");
    assert_eq!(ids(&ok(&c, &t(&format!("parent_id={ECONOMY}"))).await), sorted(vec![DEBT]));
    let top = ids(&ok(&c, &t(&format!("top_only=true&taxonomy_id={TAXONOMY}"))).await);
    assert_eq!(top, sorted(vec![ECONOMY, HOUSING]));

    // Bad parameters are named, with 400.
    for (path, name) in [
        (q("page=0"), "page"),
        (q("per_page=abc"), "per_page"),
        (q("per_page=5000"), "per_page"),
        (q("format=xml"), "format"),
        (q("full=yes"), "full"),
        (q("organization_id=42"), "organization_id"),
        (q("modified_after=yesterday"), "modified_after"),
        (s("proximity=500"), "proximity"),
        (t("top_only=1"), "top_only"),
    ] {
        let (status, body) = get(&c, &path).await;
        assert_eq!(status, 400, "{path}: {body}");
        assert!(body["message"].as_str().unwrap().contains(name), "{path}: {body}");
    }
}

both_backends!(drop_in_times_are_schedules_of_the_units_own_service);

async fn drop_in_times_are_schedules_of_the_units_own_service(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.client();
    let own = lotsen_web::directory::own::service_id(app.unit_a);
    let before = ok(&c, &format!("/api/hsds/services/{own}")).await;
    assert!(before.get("schedules").is_none(), "no drop-in yet: {before}");
    // A weekly series on Mondays: the open API shows it at once, as a schedule with the venue's feed.
    let (venue, _) = app.make_series("2026-01-05", "weekly", "MO").await;
    let s = ok(&c, &format!("/api/hsds/services/{own}")).await;
    assert!(violations("service", &s).is_empty(), "{:#?}", violations("service", &s));
    let schedule = &s["schedules"][0];
    assert!(schedule.is_object(), "{s:#}");
    assert_eq!((schedule["freq"].as_str(), schedule["byday"].as_str()), (Some("WEEKLY"), Some("MO")));
    assert_eq!((schedule["opens_at"].as_str(), schedule["dtstart"].as_str()), (Some("12:30"), Some("2026-01-05")));
    let link = schedule["schedule_link"].as_str().unwrap();
    assert!(link.ends_with(&format!("/dropin/venues/{venue}/calendar.ics")), "{link}");
    // The feed it links to answers.
    let path = &link[link.find("/dropin/").unwrap()..];
    c.get(path).await.assert_status(200);
    let sal = &s["service_at_locations"][0];
    assert_eq!(sal["schedules"][0]["id"], schedule["id"]);
    // In English and Arabic as attributes; found by the public search.
    assert!(s.to_string().contains("Come to a drop-in session without booking"));
    assert!(c.get("/support?q=drop-in").await.text().contains(&format!("s-{own}")));
}
