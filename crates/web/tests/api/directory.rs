//! The support directory's storage: official HSDS examples stored row by row on both databases,
//! read back and nested as they came, a second import changing nothing, a changed copy updating.
use lotsen_hsds::{Index, Nesting, flatten, object};
use serde_json::Value;

use crate::both_backends;
use crate::helpers::*;

both_backends!(official_examples_are_stored_and_come_back_unchanged);

pub fn example(name: &str) -> Value {
    let path = format!("{}/../hsds/hsds-3.0/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Arrays sorted by id, recursively.
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Array(a) => {
            let mut items: Vec<Value> = a.iter().map(sorted).collect();
            items.sort_by(|x, y| x["id"].as_str().cmp(&y["id"].as_str()));
            Value::Array(items)
        }
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), sorted(v))).collect()),
        other => other.clone(),
    }
}

async fn official_examples_are_stored_and_come_back_unchanged(b: Backend) {
    let app = spawn_app(b).await;
    // What Lotsen keeps there itself: the units' problem areas and referral destinations.
    let seeded = app.store.directory_rows().await.unwrap().len();
    let doc = example("service_full.json");
    let flat = flatten(&doc, object("service").unwrap());
    assert!(flat.errors().next().is_none());
    let tx = app.store.begin().await.unwrap();
    let counts = tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(counts.created, flat.rows.len());
    assert_eq!((counts.updated, counts.unchanged), (0, 0));

    let rows = app.store.directory_rows().await.unwrap();
    assert_eq!(rows.len(), seeded + flat.rows.len());
    let index = Index::new(rows.clone());
    let service = index.get("service", doc["id"].as_str().unwrap()).unwrap();
    assert_eq!(sorted(&index.nest(service, Nesting::Full)), sorted(&doc));
    // Numbers come back as the example wrote them (whole numbers without a fraction).
    let phone = rows.iter().find(|r| r.obj.name == "phone").unwrap();
    assert_eq!(phone.fields["extension"], 100);

    // The same again changes nothing.
    let tx = app.store.begin().await.unwrap();
    let again = tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, flat.rows.len()));

    // location.json holds the same location with another identifier: it is updated in place.
    let loc = example("location.json");
    let flat = flatten(&loc, object("location").unwrap());
    // Another unit may not change it: the store refuses, whoever calls.
    let tx = app.store.begin().await.unwrap();
    let refused = tx.put_directory_rows(app.unit_b, &flat.rows).await;
    assert!(matches!(refused, Err(lotsen_store::StoreError::NotOwned { .. })), "{refused:?}");
    drop(tx);
    let tx = app.store.begin().await.unwrap();
    let counts = tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
    assert!(counts.updated >= 1, "{counts:?}");
    let stored =
        app.store.directory_row(object("location").unwrap(), loc["id"].as_str().unwrap()).await.unwrap().unwrap();
    assert_eq!(stored.fields["external_identifier"], loc["external_identifier"]);
    // A rolled-back write leaves nothing behind.
    let other =
        serde_json::json!({"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Tillfälligt", "description": "x"});
    let flat = flatten(&other, object("organization").unwrap());
    let tx = app.store.begin().await.unwrap();
    tx.put_directory_rows(app.unit_a, &flat.rows).await.unwrap();
    drop(tx);
    assert!(
        app.store
            .directory_row(object("organization").unwrap(), "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10")
            .await
            .unwrap()
            .is_none()
    );
}

both_backends!(
    a_directory_file_is_imported_all_or_nothing_and_exported_again,
    the_official_examples_round_trip_through_import_and_export,
);

/// Uploads `bytes` to the directory import as `admin`, dry run or not.
async fn upload(c: &Client, name: &str, bytes: Vec<u8>, dry_run: bool) -> Page {
    let token = c.csrf().await;
    let mut form =
        reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()));
    if dry_run {
        form = form.text("dry_run", "1");
    }
    page(c.http.post(format!("{}/directory/import?csrf={token}", c.base)).multipart(form).send().await.unwrap()).await
}

async fn download(c: &Client, path: &str) -> Vec<u8> {
    let r = c.http.get(format!("{}{path}", c.base)).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.bytes().await.unwrap().to_vec()
}

async fn a_directory_file_is_imported_all_or_nothing_and_exported_again(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let service = example("service_full.json").to_string().into_bytes();
    let seeded = app.store.directory_rows().await.unwrap().len();

    // A dry run says what would happen and saves nothing.
    let p = upload(&admin, "service_full.json", service.clone(), true).await;
    p.assert_status(200);
    assert!(p.text().contains("Filen kan läsas in."), "{}", p.text());
    assert_eq!(app.store.directory_rows().await.unwrap().len(), seeded);
    assert_eq!(app.audited("directory.import").await, 0);

    // The real run saves it all, audited; the same file again changes nothing.
    let p = upload(&admin, "service_full.json", service.clone(), false).await;
    p.assert_status(200);
    assert!(p.text().contains("Katalogen är inläst."));
    let stored = app.store.directory_rows().await.unwrap().len();
    assert!(stored > seeded + 15, "{stored}");
    assert_eq!(app.audited("directory.import").await, 1);
    let p = upload(&admin, "service_full.json", service.clone(), false).await;
    let text = p.text();
    let phones = &text[text.find("<code>phone</code>").unwrap()..];
    let cells: Vec<&str> =
        phones.split("<td class=\"num\">").skip(1).take(4).map(|c| c.split('<').next().unwrap()).collect();
    assert_eq!(cells, vec!["1", "0", "0", "1"], "one phone, unchanged");
    assert_eq!(app.store.directory_rows().await.unwrap().len(), stored);

    // A file with one bad record saves nothing of it, and names the record and field.
    let bad = serde_json::json!([
        {"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Nytt stöd", "status": "open"},
        {"id": "1b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Ny förening", "description": "Ideell"}
    ]);
    let p = upload(&admin, "bad.json", bad.to_string().into_bytes(), false).await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10") && text.contains("/0/status"), "{text}");
    assert!(text.contains("Inget är sparat."));
    assert_eq!(app.store.directory_rows().await.unwrap().len(), stored, "the good organisation was not saved either");
    // Not a directory file at all; no file.
    let p = upload(&admin, "notes.txt", b"hello".to_vec(), true).await;
    p.assert_status(422);
    assert!(p.text().contains("neither HSDS JSON nor a zip"));

    // Exports: the zipped package and the JSON, by a coordinator, audited; each reads back unchanged.
    let coord = app.login("coord.a").await;
    let zip = download(&coord, "/directory/export.zip").await;
    let json = download(&coord, "/directory/export.json").await;
    assert_eq!(app.audited("directory.export").await, 2);
    let tabular: Value = serde_json::from_slice(&json).unwrap();
    for (file, rows) in tabular.as_object().unwrap() {
        let obj = lotsen_hsds::spec::OBJECTS.iter().find(|o| o.file == file).unwrap();
        for r in rows.as_array().unwrap() {
            assert_eq!(lotsen_hsds::validate::violations(obj.name, r), vec![], "{file}");
        }
    }
    for (name, bytes) in [("export.zip", zip), ("export.json", json)] {
        let p = upload(&admin, name, bytes, false).await;
        p.assert_status(200);
        let text = p.text();
        assert!(!text.contains("<td class=\"num\">1</td><td class=\"num\">1</td>"), "nothing new: {name}");
    }
    assert_eq!(app.store.directory_rows().await.unwrap().len(), stored);
    // Analysts and admins of other units do not download the directory; unknown files are 404.
    assert_eq!(app.login("analyst.a").await.get("/directory/export.zip").await.status, 403);
    assert_eq!(coord.get("/directory/export.xml").await.status, 404);
}

async fn the_official_examples_round_trip_through_import_and_export(b: Backend) {
    // Each official example into a fresh database, exported, imported into another, exported again:
    // the two exports are the same.
    for file in [
        "service_full.json",
        "organization_full.json",
        "service_at_location_full.json",
        "location.json",
        "tabular.json",
    ] {
        let first = spawn_app(b).await;
        let admin = first.login("admin.a").await;
        let p = upload(&admin, file, example(file).to_string().into_bytes(), false).await;
        p.assert_status(200);
        let coord = first.login("coord.a").await;
        let exported = download(&coord, "/directory/export.json").await;
        let zip = download(&coord, "/directory/export.zip").await;
        for bytes in [exported.clone(), zip] {
            let second = spawn_app(b).await;
            let admin = second.login("admin.a").await;
            upload(&admin, "export", bytes, false).await.assert_status(200);
            let again = download(&second.login("coord.a").await, "/directory/export.json").await;
            let (a, z): (Value, Value) =
                (serde_json::from_slice(&exported).unwrap(), serde_json::from_slice(&again).unwrap());
            assert_eq!(a, z, "{file}");
        }
    }
}
