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
    let doc = example("service_full.json");
    let flat = flatten(&doc, object("service").unwrap());
    assert!(flat.errors().next().is_none());
    let tx = app.store.begin().await.unwrap();
    let counts = tx.put_directory_rows(Some(app.unit_a), &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(counts.created, flat.rows.len());
    assert_eq!((counts.updated, counts.unchanged), (0, 0));

    let rows = app.store.directory_rows().await.unwrap();
    assert_eq!(rows.len(), flat.rows.len());
    let index = Index::new(&rows);
    let service = index.get("service", doc["id"].as_str().unwrap()).unwrap();
    assert_eq!(sorted(&index.nest(service, Nesting::Full)), sorted(&doc));
    // Numbers come back as the example wrote them (whole numbers without a fraction).
    let phone = rows.iter().find(|r| r.obj.name == "phone").unwrap();
    assert_eq!(phone.fields["extension"], 100);

    // The same again changes nothing.
    let tx = app.store.begin().await.unwrap();
    let again = tx.put_directory_rows(Some(app.unit_a), &flat.rows).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, flat.rows.len()));

    // location.json holds the same location with another identifier: it is updated in place.
    let loc = example("location.json");
    let flat = flatten(&loc, object("location").unwrap());
    let tx = app.store.begin().await.unwrap();
    let counts = tx.put_directory_rows(Some(app.unit_b), &flat.rows).await.unwrap();
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
    tx.put_directory_rows(Some(app.unit_a), &flat.rows).await.unwrap();
    drop(tx);
    assert!(
        app.store
            .directory_row(object("organization").unwrap(), "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10")
            .await
            .unwrap()
            .is_none()
    );
}
