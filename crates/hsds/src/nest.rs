//! Rows → nested HSDS JSON, in the shapes of the compiled schemas: a full object with everything it
//! nests (`/services/{id}`, `/organizations/{id}`, `/service_at_locations/{id}`), or a list item
//! with its single nested objects only (`/services`, …). Reference columns that nesting stands for
//! are left out, as in the official examples; empty arrays are left out.
use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::Row;
use crate::spec::{Link, Obj, link, nesting_reference, object};

/// How deep to nest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nesting {
    /// Everything the object nests, and what those nest.
    Full,
    /// Single nested objects only (a list item: a service with its organization and program).
    ListItem,
    /// No nested objects at all.
    Flat,
}

/// Rows looked up by id and by parent. It owns the rows, so a directory read once can be kept and
/// shared between requests.
#[derive(Debug, Default)]
pub struct Index {
    rows: Vec<Row>,
    by_obj: HashMap<&'static str, Vec<usize>>,
    by_id: HashMap<&'static str, HashMap<String, usize>>,
    by_ref: HashMap<(&'static str, &'static str), HashMap<String, Vec<usize>>>,
}

impl Index {
    pub fn new(rows: Vec<Row>) -> Self {
        let mut by_obj: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut by_id: HashMap<&'static str, HashMap<String, usize>> = HashMap::new();
        let mut by_ref: HashMap<(&'static str, &'static str), HashMap<String, Vec<usize>>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            by_obj.entry(r.obj.name).or_default().push(i);
            by_id.entry(r.obj.name).or_default().insert(r.id().to_owned(), i);
            for c in r.obj.columns.iter().filter(|c| c.name != "id" && c.format == "uuid") {
                if let Some(v) = r.fields.get(c.name).and_then(Value::as_str) {
                    by_ref.entry((r.obj.name, c.name)).or_default().entry(v.to_owned()).or_default().push(i);
                }
            }
        }
        for lists in by_ref.values_mut() {
            for list in lists.values_mut() {
                list.sort_by(|a, b| rows[*a].id().cmp(rows[*b].id()));
            }
        }
        Index { rows, by_obj, by_id, by_ref }
    }

    /// Every row, in the order given.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The rows of one object, in the order given.
    pub fn all<'a>(&'a self, obj: &'a str) -> impl Iterator<Item = &'a Row> + 'a {
        self.by_obj.get(obj).into_iter().flatten().map(|i| &self.rows[*i])
    }

    pub fn get(&self, obj: &str, id: &str) -> Option<&Row> {
        let obj = object(obj)?.name;
        self.by_id.get(obj)?.get(id).map(|i| &self.rows[*i])
    }

    /// Rows of `obj` whose `col` is `id`, by id.
    pub fn referring(&self, obj: &str, col: &str, id: &str) -> Vec<&Row> {
        let (Some(o), Some(c)) = (object(obj), object(obj).and_then(|o| o.column(col))) else { return Vec::new() };
        self.by_ref
            .get(&(o.name, c.name))
            .and_then(|m| m.get(id))
            .map(|v| v.iter().map(|i| &self.rows[*i]).collect())
            .unwrap_or_default()
    }

    /// The JSON of `row`, nested as asked.
    pub fn nest(&self, row: &Row, nesting: Nesting) -> Value {
        self.nest_in(row, nesting, &mut vec![row.obj.name])
    }

    fn nest_in(&self, row: &Row, nesting: Nesting, path: &mut Vec<&'static str>) -> Value {
        let obj: &'static Obj = row.obj;
        let mut out = Map::new();
        for c in obj.columns {
            if let Some(v) = row.fields.get(c.name) {
                let nested_by_parent = nesting != Nesting::Flat && nesting_reference(c.name);
                if !nested_by_parent {
                    out.insert(c.name.into(), v.clone());
                }
            }
        }
        if nesting == Nesting::Flat {
            return Value::Object(out);
        }
        for n in obj.all_nests() {
            // Never back up the path: a service's organization does not list the services again.
            if path.contains(&n.object) || (nesting == Nesting::ListItem && n.many) {
                continue;
            }
            let Some(l) = link(obj, n) else { continue };
            path.push(n.object);
            match l {
                Link::ParentColumn(col) => {
                    if let Some(child) = row.text(col).and_then(|id| self.get(n.object, id)) {
                        out.insert(n.key.into(), self.nest_in(child, nesting, path));
                    }
                }
                Link::ChildColumn(col) => {
                    let items: Vec<Value> = self
                        .referring(n.object, col, row.id())
                        .into_iter()
                        .map(|child| self.nest_in(child, nesting, path))
                        .collect();
                    if !items.is_empty() {
                        out.insert(n.key.into(), Value::Array(items));
                    }
                }
            }
            path.pop();
        }
        Value::Object(out)
    }
}
