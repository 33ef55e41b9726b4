#![allow(clippy::unwrap_used)]
//! The official HSDS 3.0 examples read into rows and nested back: each comes back as it was
//! (arrays compared in id order), and the rows hold what the tabular example says they should.
use lotsen_hsds::{Index, Nesting, Severity, flatten, object};
use serde_json::Value;

fn example(name: &str) -> Value {
    let path = format!("{}/hsds-3.0/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Arrays sorted by id (nesting lists children in id order), recursively.
fn sorted(v: &Value) -> Value {
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

#[test]
fn every_full_example_round_trips() {
    for (file, obj) in [
        ("service_full.json", "service"),
        ("organization_full.json", "organization"),
        ("service_at_location_full.json", "service_at_location"),
        ("location.json", "location"),
        ("taxonomy_term.json", "taxonomy_term"),
        ("taxonomy.json", "taxonomy"),
    ] {
        let doc = example(file);
        let flat = flatten(&doc, object(obj).unwrap());
        let errors: Vec<_> = flat.errors().collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        let index = Index::new(flat.rows.clone());
        let root = index.get(obj, doc["id"].as_str().unwrap()).unwrap();
        let back = index.nest(root, Nesting::Full);
        assert_eq!(sorted(&back), sorted(&doc), "{file}");
    }
}

#[test]
fn one_phone_met_ten_times_is_one_row_with_every_parent() {
    let doc = example("service_full.json");
    let flat = flatten(&doc, object("service").unwrap());
    let phones: Vec<_> = flat.rows.iter().filter(|r| r.obj.name == "phone").collect();
    assert_eq!(phones.len(), 1);
    let p = phones[0];
    for col in ["service_id", "location_id", "contact_id", "service_at_location_id", "organization_id"] {
        assert!(p.fields.contains_key(col), "{col}: {:?}", p.fields);
    }
    // The service's organization is referenced, not copied into the service.
    let service = flat.get("service", doc["id"].as_str().unwrap()).unwrap();
    assert_eq!(service.text("organization_id"), doc["organization"]["id"].as_str());
}

#[test]
fn list_items_nest_only_single_objects() {
    let doc = example("service_at_location_full.json");
    let flat = flatten(&doc, object("service_at_location").unwrap());
    let index = Index::new(flat.rows.clone());
    let sal = index.get("service_at_location", doc["id"].as_str().unwrap()).unwrap();
    let item = index.nest(sal, Nesting::ListItem);
    let list = example("service_at_location_list.json");
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&item), keys(&list["contents"][0]));
    assert_eq!(keys(&item["service"]), keys(&list["contents"][0]["service"]));
}

#[test]
fn bad_values_are_named_by_object_pointer_and_field() {
    let doc = serde_json::json!({
        "id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10",
        "name": "Ekonomiskt bistånd",
        "status": "open",
        "minimum_age": "18",
        "phones": [{ "id": "not-a-uuid", "number": "08-123 45 67" }],
        "cost_options": [{ "id": "1c2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "valid_from": "2026-02-30" }],
        "colour": "green"
    });
    let flat = flatten(&doc, object("service").unwrap());
    let find = |field: &str| {
        flat.problems.iter().find(|p| p.field == field).unwrap_or_else(|| panic!("{field}: {:#?}", flat.problems))
    };
    assert_eq!(find("status").severity, Severity::Error);
    assert!(find("status").message.contains("temporarily closed"));
    assert_eq!(find("minimum_age").severity, Severity::Warning, "a number given as text is read as a number");
    assert_eq!(flat.get("service", "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10").unwrap().fields["minimum_age"], 18);
    let id = find("id");
    assert_eq!((id.object, id.pointer.as_str()), ("phone", "/phones/0/id"));
    assert_eq!(find("valid_from").pointer, "/cost_options/0/valid_from");
    assert_eq!(find("colour").severity, Severity::Warning);
}

#[test]
fn what_is_nested_back_validates_against_the_official_schemas() {
    for (file, obj) in [
        ("service_full.json", "service"),
        ("organization_full.json", "organization"),
        ("service_at_location_full.json", "service_at_location"),
        ("location.json", "location"),
    ] {
        let doc = example(file);
        let flat = flatten(&doc, object(obj).unwrap());
        let index = Index::new(flat.rows.clone());
        for row in &flat.rows {
            for nesting in [Nesting::Full, Nesting::ListItem, Nesting::Flat] {
                let out = index.nest(row, nesting);
                let v = lotsen_hsds::validate::violations(row.obj.name, &out);
                assert!(v.is_empty(), "{file}: {} {} {nesting:?}: {v:#?}", row.obj.name, row.id());
            }
        }
    }
}

/// The rows of a flattening as (object, id) → fields, for comparing two readings.
fn keyed(rows: &[lotsen_hsds::Row]) -> std::collections::BTreeMap<(String, String), serde_json::Map<String, Value>> {
    rows.iter().map(|r| ((r.obj.name.to_owned(), r.id().to_owned()), r.fields.clone())).collect()
}

#[test]
fn the_tabular_example_reads_and_its_csv_files_read_back_the_same() {
    let tab = lotsen_hsds::tabular::read_json(&example("tabular.json"));
    let errors: Vec<_> = tab.errors().collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(tab.rows.len(), 21, "one row per file");
    // Its numbers in text columns are read as text, with a warning naming them.
    let loc = tab.rows.iter().find(|r| r.obj.name == "location").unwrap();
    assert_eq!(loc.text("external_identifier"), Some("10092008082"));
    assert!(tab.problems.iter().any(|p| p.field == "external_identifier" && p.severity == Severity::Warning));
    let files = lotsen_hsds::tabular::write_csv(&tab.rows);
    assert_eq!(files.len(), 21);
    let phones = &files.iter().find(|(f, _)| *f == "phones.csv").unwrap().1;
    assert!(phones.starts_with("id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,extension,type,description\r\n"));
    assert!(phones.contains("\"\"\"+44 1234 234567\"\"\""), "quotes inside a value are doubled: {phones}");
    let bytes: Vec<(String, Vec<u8>)> = files.iter().map(|(f, t)| ((*f).to_owned(), t.clone().into_bytes())).collect();
    let back = lotsen_hsds::tabular::read_csv(&bytes);
    assert!(back.errors().next().is_none(), "{:#?}", back.problems);
    assert_eq!(keyed(&back.rows), keyed(&tab.rows));
}

#[test]
fn a_nested_example_survives_the_csv_form() {
    for (file, obj) in [("service_full.json", "service"), ("organization_full.json", "organization")] {
        let doc = example(file);
        let flat = flatten(&doc, object(obj).unwrap());
        let files = lotsen_hsds::tabular::write_csv(&flat.rows);
        let bytes: Vec<(String, Vec<u8>)> =
            files.iter().map(|(f, t)| ((*f).to_owned(), t.clone().into_bytes())).collect();
        let back = lotsen_hsds::tabular::read_csv(&bytes);
        assert!(back.errors().next().is_none(), "{file}: {:#?}", back.errors().collect::<Vec<_>>());
        assert_eq!(keyed(&back.rows), keyed(&flat.rows), "{file}");
        let index = Index::new(back.rows.clone());
        let root = index.get(obj, doc["id"].as_str().unwrap()).unwrap();
        assert_eq!(sorted(&index.nest(root, Nesting::Full)), sorted(&doc), "{file}");
    }
}

#[test]
fn a_csv_row_without_what_the_tabular_form_requires_is_an_error() {
    let csv = "id,name,status\r\n0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10,Stöd,active\r\n";
    let flat = lotsen_hsds::tabular::read_csv(&[("services.csv".into(), format!("\u{feff}{csv}").into_bytes())]);
    let e: Vec<_> = flat.errors().collect();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!((e[0].field.as_str(), e[0].pointer.as_str()), ("organization_id", "/services.csv"));
}
