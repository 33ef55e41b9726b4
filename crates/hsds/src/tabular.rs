//! The tabular form of HSDS: one CSV file per object (`organizations.csv`, …) with every column
//! of the object's schema, references included, described by a Frictionless `datapackage.json`.
//! Also read from the official `tabular.json` shape: an object keyed by file name.
use lotsen_domain::spreadsheet::{neutralise, restore};
use serde_json::{Map, Value, json};

use crate::flat::{Flat, Severity};
use crate::spec::{OBJECTS, Obj, Type};
use crate::{Problem, Row};

fn by_file(file: &str) -> Option<&'static Obj> {
    OBJECTS.iter().find(|o| o.file == file || o.file.strip_suffix(".csv") == Some(file))
}

/// Errors for rows of `obj` added since `from` that lack a column the tabular form requires.
fn tabular_required(flat: &mut Flat, obj: &'static Obj, from: usize) {
    let mut missing = Vec::new();
    for r in flat.rows[from..].iter().filter(|r| r.obj.name == obj.name) {
        for col in obj.tabular_required.iter().filter(|c| !r.fields.contains_key(**c)) {
            missing.push((r.id().to_owned(), (*col).to_owned()));
        }
    }
    for (id, col) in missing {
        flat.problems.push(Problem {
            severity: Severity::Error,
            object: obj.name,
            id: Some(id),
            pointer: format!("/{}", obj.file),
            field: col.clone(),
            message: format!("{col} is required in {}", obj.file),
        });
    }
}

fn unknown_file(flat: &mut Flat, file: &str) {
    flat.problems.push(Problem {
        severity: Severity::Warning,
        object: "",
        id: None,
        pointer: format!("/{file}"),
        field: String::new(),
        message: format!("{file} is not a file of the HSDS tabular package; left out"),
    });
}

/// Rows from the `tabular.json` shape: `{"services.csv": [{…}, …], …}`.
pub fn read_json(value: &Value) -> Flat {
    let mut flat = Flat::default();
    let Some(files) = value.as_object() else {
        flat.problems.push(Problem {
            severity: Severity::Error,
            object: "",
            id: None,
            pointer: String::new(),
            field: String::new(),
            message: "the tabular form is an object keyed by file name".into(),
        });
        return flat;
    };
    for (file, rows) in files {
        let Some(obj) = by_file(file) else {
            unknown_file(&mut flat, file);
            continue;
        };
        let from = flat.rows.len();
        for (i, row) in rows.as_array().map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
            if flat.rows.len() >= crate::MAX_RECORDS {
                flat.problems.push(too_many_records());
                return flat;
            }
            flat.add(row, obj, &format!("/{file}/{i}"));
        }
        tabular_required(&mut flat, obj, from);
    }
    flat
}

/// The file holds more records than one upload may.
pub fn too_many_records() -> Problem {
    Problem {
        severity: Severity::Error,
        object: "",
        id: None,
        pointer: String::new(),
        field: String::new(),
        message: format!(
            "the file holds more than {} records, more than one upload may; split it up",
            crate::MAX_RECORDS
        ),
    }
}

/// Rows from CSV files (name, bytes): UTF-8 with or without a byte-order mark, a header row.
pub fn read_csv(files: &[(String, Vec<u8>)]) -> Flat {
    let mut flat = Flat::default();
    for (name, bytes) in files {
        let file = name.rsplit('/').next().unwrap_or(name);
        let Some(obj) = by_file(file) else {
            unknown_file(&mut flat, file);
            continue;
        };
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
            Err(e) => {
                flat.problems.push(Problem {
                    severity: Severity::Error,
                    object: obj.name,
                    id: None,
                    pointer: format!("/{file}"),
                    field: String::new(),
                    message: format!("{file} cannot be read: {e}"),
                });
                continue;
            }
        };
        let from = flat.rows.len();
        for (i, record) in reader.records().enumerate() {
            if flat.rows.len() >= crate::MAX_RECORDS {
                flat.problems.push(too_many_records());
                return flat;
            }
            // Row 1 is the header.
            let pointer = format!("/{file}/{}", i + 2);
            match record {
                Ok(r) => {
                    let cells: Vec<(String, String)> =
                        header.iter().cloned().zip(r.iter().map(|c| restore(c).to_owned())).collect();
                    flat.add_flat(obj, &cells, &pointer);
                }
                Err(e) => flat.problems.push(Problem {
                    severity: Severity::Error,
                    object: obj.name,
                    id: None,
                    pointer,
                    field: String::new(),
                    message: format!("row {} of {file} cannot be read: {e}", i + 2),
                }),
            }
        }
        tabular_required(&mut flat, obj, from);
    }
    flat
}

fn cell(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => neutralise(s).into_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// Every file of the package, in the package's order, each with a header of all its columns and
/// its rows by id (a file with no rows has its header only).
pub fn write_csv(rows: &[Row]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for obj in OBJECTS {
        let mut mine: Vec<&Row> = rows.iter().filter(|r| r.obj.name == obj.name).collect();
        mine.sort_by(|a, b| a.id().cmp(b.id()));
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        let _ = w.write_record(obj.columns.iter().map(|c| c.name));
        for r in mine {
            let _ = w.write_record(obj.columns.iter().map(|c| cell(r.fields.get(c.name))));
        }
        let text = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
        out.push((obj.file, text));
    }
    out
}

/// Every row in the `tabular.json` shape: an object keyed by file name, each file's rows by id
/// (files without rows are left out).
pub fn write_json(rows: &[Row]) -> Value {
    let mut out = Map::new();
    for obj in OBJECTS {
        let mut mine: Vec<&Row> = rows.iter().filter(|r| r.obj.name == obj.name).collect();
        if mine.is_empty() {
            continue;
        }
        mine.sort_by(|a, b| a.id().cmp(b.id()));
        out.insert(obj.file.into(), Value::Array(mine.into_iter().map(|r| Value::Object(r.fields.clone())).collect()));
    }
    Value::Object(out)
}

/// The package's `datapackage.json`: one tabular resource per file, typed from the schemas.
pub fn datapackage(name: &str, title: &str) -> Value {
    let resources: Vec<Value> = OBJECTS
        .iter()
        .map(|o| {
            let fields: Vec<Value> = o
                .columns
                .iter()
                .map(|c| {
                    let ty = match (c.ty, c.format) {
                        (Type::Number, _) => "number",
                        (_, "date") => "date",
                        (_, "time") => "time",
                        (_, "date-time") => "datetime",
                        _ => "string",
                    };
                    let mut f = Map::new();
                    f.insert("name".into(), c.name.into());
                    f.insert("type".into(), ty.into());
                    if o.required.contains(&c.name) || o.tabular_required.contains(&c.name) {
                        f.insert("constraints".into(), json!({ "required": true }));
                    }
                    Value::Object(f)
                })
                .collect();
            json!({
                "name": o.file.trim_end_matches(".csv"),
                "path": o.file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields, "primaryKey": "id" }
            })
        })
        .collect();
    json!({
        "name": name,
        "title": title,
        "profile": "tabular-data-package",
        "resources": resources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_datapackage_describes_every_file_with_its_columns_and_types() {
        let p = datapackage("lotsen-directory", "Hitta stöd");
        let resources = p["resources"].as_array().map(Vec::as_slice).unwrap_or_default();
        assert_eq!(resources.len(), 21);
        let services = resources.iter().find(|r| r["path"] == "services.csv").cloned().unwrap_or_default();
        let fields = services["schema"]["fields"].as_array().cloned().unwrap_or_default();
        let header = write_csv(&[]).into_iter().find(|(f, _)| *f == "services.csv").map(|(_, t)| t).unwrap_or_default();
        let names: Vec<&str> = fields.iter().filter_map(|f| f["name"].as_str()).collect();
        assert_eq!(names.join(",") + "\r\n", header);
        let ty = |n: &str| fields.iter().find(|f| f["name"] == n).map(|f| f["type"].clone()).unwrap_or_default();
        assert_eq!(
            (ty("minimum_age"), ty("assured_date"), ty("name")),
            (json!("number"), json!("date"), json!("string"))
        );
        let org = fields.iter().find(|f| f["name"] == "organization_id").cloned().unwrap_or_default();
        assert_eq!(org["constraints"]["required"], true, "tabular_required");
    }
}
