//! A directory file as someone uploads it, read into rows: HSDS JSON (one object, an array of
//! them, a `Page`, or the `tabular.json` shape keyed by file name) or the tabular package as a zip
//! of CSV files. Which object a JSON document holds is read from its fields. Every row is then
//! checked against its official schema, so the dry run reports all that is wrong, by record and field.
use std::io::{Cursor, Read, Write};

use serde_json::Value;

use crate::flat::{Flat, Severity};
use crate::spec::{Obj, object};
use crate::{Problem, Row, tabular, validate};

/// The file's form, for the report and the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Json,
    TabularJson,
    CsvZip,
}

impl Form {
    pub const fn code(self) -> &'static str {
        match self {
            Form::Json => "json",
            Form::TabularJson => "tabular-json",
            Form::CsvZip => "csv-zip",
        }
    }
}

/// Which HSDS object a JSON document is, from the fields only that object has.
pub fn detect(v: &Value) -> Option<&'static Obj> {
    let m = v.as_object()?;
    let has = |k: &str| m.contains_key(k);
    let name = if has("services") || (has("name") && has("description") && (has("website") || has("legal_status"))) {
        "organization"
    } else if has("status") {
        "service"
    } else if has("location_type") {
        "location"
    } else if has("taxonomy_detail") || has("term_uri") || has("parent_id") || has("code") {
        "taxonomy_term"
    } else if (has("service") || has("location")) && !has("name") {
        "service_at_location"
    } else if has("version") || has("uri") {
        "taxonomy"
    } else if has("name") && has("description") {
        "organization"
    } else {
        return None;
    };
    object(name)
}

fn problem(pointer: &str, message: String) -> Problem {
    Problem { severity: Severity::Error, object: "", id: None, pointer: pointer.into(), field: String::new(), message }
}

/// Reads an uploaded file. Errors about the file as a whole (not JSON, not a zip) are problems at
/// the empty pointer.
pub fn read(bytes: &[u8]) -> (Form, Flat) {
    if bytes.starts_with(b"PK\x03\x04") {
        let mut flat = match csv_files(bytes) {
            Ok(files) => tabular::read_csv(&files),
            Err(e) => {
                let mut f = Flat::default();
                f.problems.push(problem("", format!("the zip cannot be read: {e}")));
                f
            }
        };
        check(&mut flat);
        return (Form::CsvZip, flat);
    }
    let text = bytes.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(bytes);
    let value: Value = match serde_json::from_slice(text) {
        Ok(v) => v,
        Err(e) => {
            let mut f = Flat::default();
            f.problems.push(problem("", format!("the file is neither HSDS JSON nor a zip of CSV files ({e})")));
            return (Form::Json, f);
        }
    };
    if value.as_object().is_some_and(|m| !m.is_empty() && m.keys().all(|k| k.ends_with(".csv"))) {
        let mut flat = tabular::read_json(&value);
        check(&mut flat);
        return (Form::TabularJson, flat);
    }
    let mut flat = Flat::default();
    let (items, base): (Vec<&Value>, &str) = match &value {
        Value::Array(a) => (a.iter().collect(), ""),
        Value::Object(m) if m.get("contents").is_some_and(Value::is_array) => {
            (m["contents"].as_array().map(|a| a.iter().collect()).unwrap_or_default(), "/contents")
        }
        v => (vec![v], ""),
    };
    for (i, item) in items.iter().enumerate() {
        let pointer =
            if matches!(value, Value::Object(_)) && base.is_empty() { String::new() } else { format!("{base}/{i}") };
        match detect(item) {
            Some(obj) => flat.add(item, obj, &pointer),
            None => flat.problems.push(problem(&pointer, "cannot tell which HSDS object this is".into())),
        }
    }
    check(&mut flat);
    (Form::Json, flat)
}

/// Every CSV file of a zip, by name.
fn csv_files(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, zip::result::ZipError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i)?;
        let name = f.name()?.to_string();
        if !name.ends_with(".csv") {
            continue;
        }
        let mut buf = Vec::new();
        f.read_to_end(&mut buf)?;
        out.push((name, buf));
    }
    Ok(out)
}

/// Each row against its object's schema, as stored (references included).
fn check(flat: &mut Flat) {
    let mut found = Vec::new();
    for r in &flat.rows {
        for v in validate::violations(r.obj.name, &Value::Object(r.fields.clone())) {
            found.push(Problem {
                severity: Severity::Error,
                object: r.obj.name,
                id: Some(r.id().to_owned()),
                pointer: format!("/{}/{}{}", r.obj.name, r.id(), v.pointer),
                field: v.pointer.trim_start_matches('/').to_owned(),
                message: v.message,
            });
        }
    }
    flat.problems.extend(found);
}

/// The whole directory as the tabular package zipped: `datapackage.json` and one CSV per file.
pub fn zip_package(rows: &[Row], name: &str, title: &str) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("datapackage.json", options)?;
    let package = serde_json::to_vec_pretty(&tabular::datapackage(name, title)).unwrap_or_default();
    zip.write_all(&package)?;
    for (file, text) in tabular::write_csv(rows) {
        zip.start_file(file, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn objects_are_told_apart_by_their_fields() {
        let kind = |v: Value| detect(&v).map(|o| o.name);
        assert_eq!(kind(json!({"id": "x", "name": "S", "status": "active"})), Some("service"));
        assert_eq!(kind(json!({"id": "x", "name": "O", "services": []})), Some("organization"));
        assert_eq!(kind(json!({"id": "x", "name": "O", "description": "d"})), Some("organization"));
        assert_eq!(kind(json!({"id": "x", "location_type": "physical"})), Some("location"));
        assert_eq!(kind(json!({"id": "x", "service": {}, "location": {}})), Some("service_at_location"));
        assert_eq!(
            kind(json!({"id": "x", "name": "T", "description": "d", "taxonomy_detail": {}})),
            Some("taxonomy_term")
        );
        assert_eq!(kind(json!({"id": "x", "name": "T", "description": "d", "version": "1"})), Some("taxonomy"));
        assert_eq!(kind(json!({"hello": 1})), None);
    }

    #[test]
    fn what_is_not_a_directory_file_is_said_so() {
        let (_, f) = read(b"id;name\n1;x\n");
        assert!(f.problems[0].message.contains("neither HSDS JSON"), "{:?}", f.problems);
        let (_, f) = read(b"PK\x03\x04garbage");
        assert!(f.problems[0].message.contains("zip"), "{:?}", f.problems);
        let (_, f) = read(br#"[{"hello": 1}]"#);
        assert_eq!(f.problems[0].pointer, "/0");
    }

    #[test]
    fn a_schema_violation_is_reported_by_record_and_field() {
        let doc = json!({"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "S", "status": "active", "email": "not an address"});
        let (_, f) = read(doc.to_string().as_bytes());
        let e: Vec<_> = f.errors().collect();
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].object, e[0].field.as_str()), ("service", "email"));
    }

    #[test]
    fn the_zipped_package_reads_back_the_same_rows() {
        let doc = json!({"id": "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Stöd, \"bra\"", "status": "active",
            "organization": {"id": "1b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10", "name": "Kommunen", "description": "d"}});
        let (_, f) = read(doc.to_string().as_bytes());
        assert!(f.errors().next().is_none(), "{:?}", f.problems);
        let zip = zip_package(&f.rows, "lotsen", "Hitta stöd").unwrap_or_default();
        let (form, back) = read(&zip);
        assert_eq!(form, Form::CsvZip);
        assert!(back.errors().next().is_none(), "{:?}", back.problems);
        assert_eq!(back.rows.len(), 2);
        assert_eq!(
            back.get("service", "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10").map(|r| r.fields.clone()),
            f.get("service", "0b2bd0e4-5c1b-4a55-9d36-4b1e4a2d6f10").map(|r| r.fields.clone())
        );
    }
}
