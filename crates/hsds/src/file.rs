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
                f.problems.push(problem("", e.to_string()));
                f
            }
        };
        check(&mut flat);
        return (Form::CsvZip, flat);
    }
    let text = bytes.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(bytes);
    if most_values(text) > crate::MAX_JSON_VALUES {
        let mut f = Flat::default();
        f.problems.push(problem(
            "",
            format!(
                "the document holds more than {} JSON values, more than one upload may; split it up",
                crate::MAX_JSON_VALUES
            ),
        ));
        return (Form::Json, f);
    }
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
        if flat.rows.len() >= crate::MAX_RECORDS {
            flat.problems.push(tabular::too_many_records());
            break;
        }
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

/// At most how many values a JSON text holds: every value but the first follows one of `[ , :`,
/// so counting those (inside strings too) bounds the count from above without parsing.
fn most_values(text: &[u8]) -> usize {
    1 + text.iter().filter(|b| matches!(b, b'[' | b',' | b':')).count()
}

/// Why a zip is not read.
#[derive(Debug)]
enum ZipProblem {
    Zip(zip::result::ZipError),
    Io(std::io::Error),
    Unpacked,
}

impl std::fmt::Display for ZipProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ZipProblem::Zip(e) => write!(f, "the zip cannot be read: {e}"),
            ZipProblem::Io(e) => write!(f, "the zip cannot be read: {e}"),
            ZipProblem::Unpacked => write!(
                f,
                "the zip unpacks to more than {} MB, more than one upload may; split it up",
                crate::MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// Every CSV file of a zip, by name; all of them together at most [`crate::MAX_UNPACKED_BYTES`]
/// as they really inflate (a file may claim any size).
fn csv_files(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, ZipProblem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(ZipProblem::Zip)?;
    if zip.len() > 1_000 {
        return Err(ZipProblem::Unpacked);
    }
    let mut out = Vec::new();
    let mut total = 0_u64;
    for i in 0..zip.len() {
        let f = zip.by_index(i).map_err(ZipProblem::Zip)?;
        let name = f.name().map_err(ZipProblem::Zip)?.to_string();
        if !name.ends_with(".csv") {
            continue;
        }
        let room = crate::MAX_UNPACKED_BYTES - total;
        if f.size() > room {
            return Err(ZipProblem::Unpacked);
        }
        let mut buf = Vec::new();
        f.take(room + 1).read_to_end(&mut buf).map_err(ZipProblem::Io)?;
        if buf.len() as u64 > room {
            return Err(ZipProblem::Unpacked);
        }
        total += buf.len() as u64;
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
    fn a_zip_that_unpacks_too_far_or_a_document_too_large_is_refused_by_name() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("services.csv", o).unwrap();
        zip.write_all(b"id,name,status\n").unwrap();
        let block = vec![b'\n'; 1024 * 1024];
        for _ in 0..=(crate::MAX_UNPACKED_BYTES / block.len() as u64) {
            zip.write_all(&block).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        let (form, flat) = read(&bytes);
        assert_eq!(form, Form::CsvZip);
        assert!(flat.rows.is_empty());
        assert!(flat.problems.iter().any(|p| p.message.contains("unpacks to more than 64 MB")), "{:?}", flat.problems);

        let many = format!("[{}0]", "0,".repeat(crate::MAX_JSON_VALUES));
        let (_, flat) = read(many.as_bytes());
        assert!(flat.problems[0].message.contains("more than 2000000 JSON values"), "{:?}", flat.problems);

        let mut csv = String::from("id,name,status\n");
        for i in 0..=crate::MAX_RECORDS {
            csv.push_str(&format!("00000000-0000-4000-8000-{i:012},S,active\n"));
        }
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("services.csv", o).unwrap();
        zip.write_all(csv.as_bytes()).unwrap();
        let (_, flat) = read(&zip.finish().unwrap().into_inner());
        assert_eq!(flat.rows.len(), crate::MAX_RECORDS, "{:?}", &flat.problems[..3.min(flat.problems.len())]);
        assert!(flat.problems.iter().any(|p| p.message.contains("more than 100000 records")));
    }

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
