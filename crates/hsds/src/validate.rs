//! Validation against the official HSDS 3.0 schemas (JSON Schema 2020-12, formats asserted), with
//! every `$ref` answered from the vendored files: nothing is ever fetched.
use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

/// The vendored schema files, by file name.
pub static SCHEMAS: &[(&str, &str)] = &[
    ("accessibility.json", include_str!("../hsds-3.0/schema/accessibility.json")),
    ("address.json", include_str!("../hsds-3.0/schema/address.json")),
    ("attribute.json", include_str!("../hsds-3.0/schema/attribute.json")),
    ("contact.json", include_str!("../hsds-3.0/schema/contact.json")),
    ("cost_option.json", include_str!("../hsds-3.0/schema/cost_option.json")),
    ("funding.json", include_str!("../hsds-3.0/schema/funding.json")),
    ("language.json", include_str!("../hsds-3.0/schema/language.json")),
    ("location.json", include_str!("../hsds-3.0/schema/location.json")),
    ("meta_table_description.json", include_str!("../hsds-3.0/schema/meta_table_description.json")),
    ("metadata.json", include_str!("../hsds-3.0/schema/metadata.json")),
    ("openapi.json", include_str!("../hsds-3.0/schema/openapi.json")),
    ("organization.json", include_str!("../hsds-3.0/schema/organization.json")),
    ("organization_identifier.json", include_str!("../hsds-3.0/schema/organization_identifier.json")),
    ("phone.json", include_str!("../hsds-3.0/schema/phone.json")),
    ("program.json", include_str!("../hsds-3.0/schema/program.json")),
    ("required_document.json", include_str!("../hsds-3.0/schema/required_document.json")),
    ("schedule.json", include_str!("../hsds-3.0/schema/schedule.json")),
    ("service.json", include_str!("../hsds-3.0/schema/service.json")),
    ("service_area.json", include_str!("../hsds-3.0/schema/service_area.json")),
    ("service_at_location.json", include_str!("../hsds-3.0/schema/service_at_location.json")),
    ("taxonomy.json", include_str!("../hsds-3.0/schema/taxonomy.json")),
    ("taxonomy_term.json", include_str!("../hsds-3.0/schema/taxonomy_term.json")),
];

/// The text of a vendored schema file.
pub fn schema_text(file: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(f, _)| *f == file).map(|(_, t)| *t)
}

/// Answers `$ref`s ("attribute.json", or the spec's raw.githubusercontent.com URLs) from the vendored
/// files by their last path segment.
struct Vendored;

impl jsonschema::Retrieve for Vendored {
    fn retrieve(&self, uri: &jsonschema::Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let file = uri.as_str().rsplit('/').next().unwrap_or_default();
        let text = schema_text(file).ok_or_else(|| format!("{uri} is not a vendored HSDS schema"))?;
        Ok(serde_json::from_str(text)?)
    }
}

static VALIDATORS: LazyLock<HashMap<&'static str, jsonschema::Validator>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for (file, text) in SCHEMAS.iter().filter(|(f, _)| *f != "openapi.json") {
        let Ok(schema) = serde_json::from_str::<Value>(text) else { continue };
        let built = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .with_retriever(Vendored)
            .build(&schema);
        if let (Ok(v), Some(name)) = (built, file.strip_suffix(".json")) {
            out.insert(name, v);
        }
    }
    out
});

/// One violation: where in the instance (a JSON pointer) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub pointer: String,
    pub message: String,
}

/// What is wrong with `value` as an HSDS `object`; empty when it is valid. An unknown object is one
/// violation.
pub fn violations(object: &str, value: &Value) -> Vec<Violation> {
    let Some(v) = VALIDATORS.get(object) else {
        return vec![Violation { pointer: String::new(), message: format!("{object} is not an HSDS object") }];
    };
    v.iter_errors(value)
        .map(|e| Violation { pointer: e.instance_path().as_str().to_owned(), message: e.to_string() })
        .collect()
}

/// What is wrong with `value` as a page of `object`s: the specification's `Page` envelope (from its
/// `openapi.json`, with every field of it required here), `contents` an array of valid `object`s.
pub fn page_violations(object: &str, value: &Value) -> Vec<Violation> {
    let openapi: Value = schema_text("openapi.json").and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default();
    let page = openapi["components"]["schemas"]["Page"].clone();
    let schema = serde_json::json!({
        "allOf": [page],
        "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
        "properties": { "contents": { "type": "array", "items": { "$ref": format!("{object}.json") } } }
    });
    let built = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_retriever(Vendored)
        .build(&schema);
    match built {
        Ok(v) => v
            .iter_errors(value)
            .map(|e| Violation { pointer: e.instance_path().as_str().to_owned(), message: e.to_string() })
            .collect(),
        Err(e) => vec![Violation { pointer: String::new(), message: e.to_string() }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_object_schema_builds_offline() {
        assert_eq!(VALIDATORS.len(), 21);
    }

    #[test]
    fn formats_and_required_fields_are_asserted() {
        let ok = json!({"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Stöd", "status": "active"});
        assert_eq!(violations("service", &ok), vec![]);
        let bad = json!({"id": "1", "name": "Stöd", "status": "open", "email": "nobody"});
        let v = violations("service", &bad);
        let at: Vec<&str> = v.iter().map(|x| x.pointer.as_str()).collect();
        assert!(at.contains(&"/id") && at.contains(&"/status") && at.contains(&"/email"), "{v:?}");
        // Nested objects are checked through their own vendored schemas.
        let nested = json!({"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Stöd", "status": "active",
            "phones": [{"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f11"}]});
        assert_eq!(violations("service", &nested)[0].pointer, "/phones/0");
    }

    #[test]
    fn the_official_list_examples_are_valid_pages() {
        for (file, obj) in [
            ("service_list.json", "service"),
            ("organization_list.json", "organization"),
            ("service_at_location_list.json", "service_at_location"),
            ("taxonomy_list.json", "taxonomy"),
            ("taxonomy_term_list.json", "taxonomy_term"),
        ] {
            let path = format!("{}/hsds-3.0/examples/{file}", env!("CARGO_MANIFEST_DIR"));
            let doc: Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).unwrap_or_default();
            assert_eq!(page_violations(obj, &doc), vec![], "{file}");
        }
        let bad = json!({"total_items": "ten", "contents": [{"id": "x"}]});
        let v = page_violations("service", &bad);
        let at: Vec<&str> = v.iter().map(|x| x.pointer.as_str()).collect();
        assert!(at.contains(&"/total_items") && at.contains(&"/contents/0") && at.contains(&""), "{v:?}");
    }
}
