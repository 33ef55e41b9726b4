//! Nested HSDS JSON → one [`Row`] per object and id. Parent ids come from where an object is
//! nested; an object met several times (one phone under a service, its location and its contact)
//! becomes one row holding every parent; copies that differ are an error. Every problem is named
//! by object, id, JSON pointer and field, as an error (the data cannot be stored as it is) or a
//! warning (stored, but worth a look).
use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::Row;
use crate::spec::{Col, Link, Obj, Type, link, object};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub object: &'static str,
    pub id: Option<String>,
    /// JSON pointer of the value ("/service_at_locations/0/location/name").
    pub pointer: String,
    pub field: String,
    pub message: String,
}

/// The rows of one or more HSDS documents, in the order first met (a parent before its children).
#[derive(Debug, Default)]
pub struct Flat {
    pub rows: Vec<Row>,
    at: HashMap<(&'static str, String), usize>,
    pub problems: Vec<Problem>,
}

/// Flattens one document holding an `obj`.
pub fn flatten(value: &Value, obj: &'static Obj) -> Flat {
    let mut f = Flat::default();
    f.add(value, obj, "");
    f
}

/// A hyphenated UUID, as JSON Schema's `uuid` format wants it.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter()
            .enumerate()
            .all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { *c == b'-' } else { c.is_ascii_hexdigit() })
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_date(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    let num = |x: &str, n: usize| x.len() == n && x.bytes().all(|c| c.is_ascii_digit());
    if p.len() != 3 || !num(p[0], 4) || !num(p[1], 2) || !num(p[2], 2) {
        return false;
    }
    let (y, m, d) =
        (p[0].parse::<u32>().unwrap_or(0), p[1].parse::<u32>().unwrap_or(0), p[2].parse::<u32>().unwrap_or(0));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&d)
}

impl Flat {
    /// The problems that stop the data from being stored.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }

    /// The row of `obj` with `id`, if met.
    pub fn get(&self, obj: &str, id: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.obj.name == obj && r.id() == id)
    }

    fn problem(
        &mut self,
        severity: Severity,
        obj: &'static Obj,
        id: Option<&str>,
        pointer: &str,
        field: &str,
        message: String,
    ) {
        self.problems.push(Problem {
            severity,
            object: obj.name,
            id: id.map(str::to_owned),
            pointer: pointer.to_owned(),
            field: field.to_owned(),
            message,
        });
    }

    /// Adds a document holding an `obj` at `pointer`.
    pub fn add(&mut self, value: &Value, obj: &'static Obj, pointer: &str) {
        self.walk(value, obj, pointer, None);
    }

    /// Adds one flat row as read from a CSV file: every column as text, converted by its type.
    pub fn add_flat(&mut self, obj: &'static Obj, cells: &[(String, String)], pointer: &str) {
        let mut map = Map::new();
        for (k, v) in cells {
            if v.is_empty() {
                continue;
            }
            let value = match obj.column(k).map(|c| c.ty) {
                Some(Type::Number) => {
                    v.trim().parse::<f64>().ok().and_then(number).unwrap_or_else(|| Value::String(v.clone()))
                }
                _ => Value::String(v.clone()),
            };
            map.insert(k.clone(), value);
        }
        self.walk(&Value::Object(map), obj, pointer, None);
    }

    /// One object and what it nests; returns its id.
    fn walk(
        &mut self,
        v: &Value,
        obj: &'static Obj,
        ptr: &str,
        parent: Option<(&'static str, &str, &'static Obj)>,
    ) -> Option<String> {
        let Some(map) = v.as_object() else {
            self.problem(Severity::Error, obj, None, ptr, "", format!("a {} must be a JSON object", obj.name));
            return None;
        };
        let id = match map.get("id") {
            Some(Value::String(s)) if is_uuid(s) => s.clone(),
            Some(Value::String(s)) => {
                self.problem(Severity::Error, obj, Some(s), &format!("{ptr}/id"), "id", "the id must be a UUID".into());
                return None;
            }
            _ => {
                self.problem(Severity::Error, obj, None, &format!("{ptr}/id"), "id", "every object needs an id".into());
                return None;
            }
        };
        let mut row = Row::new(obj);
        let nested = self.fields(map, obj, &id, ptr, &mut row);
        // A single nested object first: this row points at it.
        for (key, val) in &nested {
            let Some(n) = obj.nest(key) else { continue };
            let (Some(child), Some(Link::ParentColumn(col))) = (object(n.object), link(obj, n)) else { continue };
            if let Some(child_id) = self.walk(val, child, &format!("{ptr}/{key}"), None) {
                self.point(&mut row, col, &child_id, &id, &format!("{ptr}/{key}"));
            }
        }
        if let Some((col, pid, pobj)) = parent {
            self.point(&mut row, col, pid, &id, ptr);
            let (entity, name) = match obj.name {
                "attribute" => ("link_entity", pobj.name),
                "metadata" => ("resource_type", pobj.name),
                _ => ("", ""),
            };
            if !entity.is_empty() && !row.fields.contains_key(entity) {
                row.fields.insert(entity.into(), Value::String(name.into()));
            }
        }
        for req in obj.required {
            if !row.fields.contains_key(*req) {
                self.problem(
                    Severity::Error,
                    obj,
                    Some(&id),
                    &format!("{ptr}/{req}"),
                    req,
                    format!("{req} is required"),
                );
            }
        }
        self.merge(row, &id, ptr);
        for (key, val) in nested {
            let Some(n) = obj.nest(key) else { continue };
            let (Some(child), Some(Link::ChildColumn(col))) = (object(n.object), link(obj, n)) else { continue };
            let Some(items) = val.as_array() else {
                self.problem(
                    Severity::Error,
                    obj,
                    Some(&id),
                    &format!("{ptr}/{key}"),
                    key,
                    format!("{key} must be an array"),
                );
                continue;
            };
            for (i, item) in items.iter().enumerate() {
                self.walk(item, child, &format!("{ptr}/{key}/{i}"), Some((col, &id, obj)));
            }
        }
        Some(id)
    }

    /// The object's own fields into `row`, each checked; answers what it nests, by key.
    fn fields<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        obj: &'static Obj,
        id: &str,
        ptr: &str,
        row: &mut Row,
    ) -> Vec<(&'static str, &'v Value)> {
        let mut nested: Vec<(&'static str, &'v Value)> = Vec::new();
        for (k, val) in map {
            let here = format!("{ptr}/{k}");
            if let Some(col) = obj.column(k) {
                if val.is_null() {
                    self.problem(
                        Severity::Warning,
                        obj,
                        Some(id),
                        &here,
                        k,
                        "null is not an HSDS value; read as absent".into(),
                    );
                    continue;
                }
                if let Some(value) = self.scalar(val, col, obj, id, &here) {
                    row.fields.insert(k.clone(), value);
                }
            } else if obj.nest(k).is_some() {
                nested.push((obj.nest(k).map_or("", |n| n.key), val));
            } else {
                self.problem(
                    Severity::Warning,
                    obj,
                    Some(id),
                    &here,
                    k,
                    format!("{k} is not a field of {}; left out", obj.name),
                );
            }
        }
        nested
    }

    /// Sets a reference column; one already pointing elsewhere is kept, with a warning.
    fn point(&mut self, row: &mut Row, col: &'static str, target: &str, id: &str, ptr: &str) {
        match row.text(col) {
            None => {
                row.fields.insert(col.into(), Value::String(target.into()));
            }
            Some(t) if t == target => {}
            Some(t) => {
                let message = format!("{col} is {t}, but it is nested under {target}; kept {t}");
                self.problem(Severity::Warning, row.obj, Some(id), &format!("{ptr}/{col}"), col, message);
            }
        }
    }

    /// A value of a column, converted to the column's type where that is safe.
    fn scalar(&mut self, val: &Value, col: &Col, obj: &'static Obj, id: &str, ptr: &str) -> Option<Value> {
        let value = match (col.ty, val) {
            (Type::Text, Value::String(_)) | (Type::Number, Value::Number(_)) => val.clone(),
            (Type::Text, Value::Number(n)) => {
                let msg = format!("{} should be text; {n} read as text", col.name);
                self.problem(Severity::Warning, obj, Some(id), ptr, col.name, msg);
                Value::String(n.to_string())
            }
            (Type::Number, Value::String(s)) if s.trim().parse::<f64>().is_ok_and(f64::is_finite) => {
                let msg = format!("{} should be a number; \"{s}\" read as one", col.name);
                self.problem(Severity::Warning, obj, Some(id), ptr, col.name, msg);
                s.trim().parse::<f64>().ok().and_then(number)?
            }
            _ => {
                let want = if col.ty == Type::Number { "a number" } else { "text" };
                self.problem(Severity::Error, obj, Some(id), ptr, col.name, format!("{} must be {want}", col.name));
                return None;
            }
        };
        if let Value::String(s) = &value {
            let bad = |what: &str| format!("{} must be {what}: \"{s}\"", col.name);
            let problem = if !col.choices.is_empty() && !col.choices.contains(&s.as_str()) {
                Some(bad(&format!("one of {}", col.choices.join(", "))))
            } else if col.format == "uuid" && !is_uuid(s) {
                Some(bad("a UUID"))
            } else if col.format == "date" && !is_date(s) {
                Some(bad("a date (YYYY-MM-DD)"))
            } else {
                None
            };
            if let Some(message) = problem {
                self.problem(Severity::Error, obj, Some(id), ptr, col.name, message);
                return None;
            }
        }
        Some(value)
    }

    /// Adds a row, or merges it into the copy met before; copies that differ are an error.
    fn merge(&mut self, row: Row, id: &str, ptr: &str) {
        let key = (row.obj.name, id.to_owned());
        let Some(&i) = self.at.get(&key) else {
            self.at.insert(key, self.rows.len());
            self.rows.push(row);
            return;
        };
        let mut clashes = Vec::new();
        for (k, v) in row.fields {
            match self.rows[i].fields.get(&k) {
                None => {
                    self.rows[i].fields.insert(k, v);
                }
                Some(old) if *old == v => {}
                Some(old) => clashes.push((k, old.clone(), v)),
            }
        }
        for (k, old, new) in clashes {
            let message = format!("two copies of {} {id} differ in {k}: {old} and {new}", row.obj.name);
            self.problem(Severity::Error, row.obj, Some(id), &format!("{ptr}/{k}"), &k, message);
        }
    }
}

/// A number as HSDS JSON writes it: whole numbers without a fraction (`12`, not `12.0`).
pub fn number(f: f64) -> Option<Value> {
    if !f.is_finite() {
        return None;
    }
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        return Some(Value::from(f as i64));
    }
    serde_json::Number::from_f64(f).map(Value::Number)
}
