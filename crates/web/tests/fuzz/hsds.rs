//! Directory uploads: HSDS 3.0 JSON (the official examples), the `tabular.json` shape and the
//! tabular package as a zip of CSV files, each changed in its structure or its bytes.
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use serde_json::{Map, Value, json};

use crate::noise;
use crate::sheet;

pub struct Corpus {
    pub json: Vec<Value>,
    /// The CSV files of a tabular package, by name.
    pub csv: Vec<Vec<(String, Vec<u8>)>>,
}

/// The official examples, and what Lotsen itself writes of them (tabular JSON and the zip).
pub fn corpus() -> Corpus {
    let dir = format!("{}/../hsds/hsds-3.0/examples", env!("CARGO_MANIFEST_DIR"));
    let mut json = Vec::new();
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    names.sort();
    for path in names {
        if let Some(v) = std::fs::read(&path).ok().and_then(|b| serde_json::from_slice::<Value>(&b).ok()) {
            json.push(v);
        }
    }
    assert!(json.len() >= 10, "the HSDS examples are not in {dir}");
    let mut csv = Vec::new();
    // The tabular package of each whole record (a list item may lack what a file requires, as a
    // service's program does its organization).
    let whole: Vec<Value> = json.iter().filter(|v| v.get("contents").is_none()).cloned().collect();
    for v in whole {
        let (_, flat) = lotsen_hsds::file::read(v.to_string().as_bytes());
        if flat.rows.is_empty() {
            continue;
        }
        json.push(lotsen_hsds::tabular::write_json(&flat.rows));
        let files: Vec<(String, Vec<u8>)> = lotsen_hsds::tabular::write_csv(&flat.rows)
            .into_iter()
            .map(|(name, text)| (name.to_owned(), text.into_bytes()))
            .collect();
        csv.push(files);
    }
    Corpus { json, csv }
}

fn random_value(rng: &mut StdRng, depth: usize) -> Value {
    match rng.random_range(0..10) {
        0 => Value::Null,
        1 => json!(rng.random_bool(0.5)),
        2 => json!([i64::MIN, -1, 0, 1, i64::MAX, u64::MAX as i64][rng.random_range(0..6)]),
        3 => json!([1e308, -0.0, 5e-324, 0.1][rng.random_range(0..4)]),
        4 if depth < 4 => Value::Array((0..rng.random_range(0..4)).map(|_| random_value(rng, depth + 1)).collect()),
        5 if depth < 4 => {
            let keys = ["id", "name", "services", "status", "location_type", "parent_id", "contents", "x"];
            let mut m = Map::new();
            for _ in 0..rng.random_range(0..4) {
                m.insert(keys.choose(rng).copied().unwrap_or("x").into(), random_value(rng, depth + 1));
            }
            Value::Object(m)
        }
        6 => json!(uuid_like(rng)),
        _ => json!(noise::nasty(rng)),
    }
}

fn uuid_like(rng: &mut StdRng) -> String {
    let hex: String = (0..32).map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)])).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// A random node of `v` (by a walk down from the root).
fn pick<'a>(rng: &mut StdRng, v: &'a mut Value) -> &'a mut Value {
    let len = match &*v {
        Value::Array(a) => a.len(),
        Value::Object(m) => m.len(),
        _ => 0,
    };
    if len == 0 || !rng.random_bool(0.75) {
        return v;
    }
    let i = rng.random_range(0..len);
    match v {
        Value::Array(a) => pick(rng, &mut a[i]),
        Value::Object(m) => pick(rng, m.values_mut().nth(i).expect("i is below the length")),
        other => other,
    }
}

/// Structural changes: nodes replaced, removed or repeated; ids duplicated; deep nesting.
fn mutate_json(rng: &mut StdRng, doc: &Value, others: &[Value]) -> Value {
    let mut doc = doc.clone();
    for _ in 0..rng.random_range(1..=4) {
        match rng.random_range(0..7) {
            0 | 1 => *pick(rng, &mut doc) = random_value(rng, 0),
            2 => {
                let node = pick(rng, &mut doc);
                match node {
                    Value::Object(m) if !m.is_empty() => {
                        let i = rng.random_range(0..m.len());
                        if let Some(k) = m.keys().nth(i).cloned() {
                            m.remove(&k);
                        }
                    }
                    Value::Array(a) if !a.is_empty() => {
                        a.truncate(rng.random_range(0..a.len()));
                    }
                    _ => {}
                }
            }
            3 => {
                // An array repeated many times: the same ids met again and again.
                let node = pick(rng, &mut doc);
                if let Value::Array(a) = node
                    && let Some(first) = a.first().cloned()
                {
                    // At most about a megabyte more a time: repeats of repeats would otherwise make
                    // inputs of gigabytes in the harness itself, before the upload reads any.
                    let size = serde_json::to_vec(&first).map_or(1, |b| b.len().max(1));
                    let times = rng.random_range(10..500).min(1_000_000 / size);
                    a.extend(std::iter::repeat_n(first, times));
                }
            }
            4 => {
                let depth = rng.random_range(10..3000);
                let mut deep = json!("bottom");
                for i in 0..depth.min(100) {
                    deep = if i % 2 == 0 { json!([deep]) } else { json!({"services": deep}) };
                }
                *pick(rng, &mut doc) = deep;
            }
            5 => {
                if let Some(other) = others.choose(rng) {
                    *pick(rng, &mut doc) = other.clone();
                }
            }
            _ => {
                let node = pick(rng, &mut doc);
                if let Value::Object(m) = node {
                    m.insert("id".into(), json!(uuid_like(rng)));
                }
            }
        }
    }
    doc
}

/// Nesting deeper than serde_json's limit, written as text.
fn too_deep(rng: &mut StdRng) -> Vec<u8> {
    let depth = rng.random_range(100..20_000);
    let (open, close) = if rng.random_bool(0.5) { ("[", "]") } else { ("{\"a\":", "}") };
    let mut s = open.repeat(depth);
    s.push('1');
    if rng.random_bool(0.8) {
        s.push_str(&close.repeat(depth));
    }
    s.into_bytes()
}

/// An upload's bytes.
pub fn input(rng: &mut StdRng, c: &Corpus) -> Vec<u8> {
    let Some(doc) = c.json.choose(rng) else { return Vec::new() };
    match rng.random_range(0..8) {
        0 | 1 => {
            let v = mutate_json(rng, doc, &c.json);
            let mut out = serde_json::to_vec(&v).unwrap_or_default();
            out.truncate(noise::MAX_LEN);
            out
        }
        2 => {
            let other = c.json.choose(rng).map(Value::to_string).unwrap_or_default();
            noise::mutate(rng, doc.to_string().as_bytes(), other.as_bytes())
        }
        3 => too_deep(rng),
        4..=6 => {
            let Some(files) = c.csv.choose(rng) else { return Vec::new() };
            let mut files = files.clone();
            for _ in 0..rng.random_range(0..3) {
                if files.is_empty() {
                    break;
                }
                let i = rng.random_range(0..files.len());
                match rng.random_range(0..4) {
                    0 => {
                        let other = files.choose(rng).map(|f| f.1.clone()).unwrap_or_default();
                        files[i].1 = noise::mutate(rng, &files[i].1, &other);
                    }
                    1 => {
                        files[i].0 = ["../services.csv", "x/locations.csv", "a.txt", "", "services.csv"]
                            [rng.random_range(0..5)]
                        .into()
                    }
                    2 => files.push(files[i].clone()),
                    _ => {
                        files.remove(i);
                    }
                }
            }
            let method =
                if rng.random_bool(0.5) { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
            let mut zip = sheet::zip_of(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())), method);
            match rng.random_range(0..3) {
                0 => sheet::lie_about_sizes(rng, &mut zip),
                1 => zip = noise::mutate(rng, &zip, &[]),
                _ => {}
            }
            zip
        }
        _ => {
            // Many small objects in one array.
            let n = rng.random_range(100..3000);
            let items: Vec<Value> =
                (0..n).map(|_| json!({"id": uuid_like(rng), "name": noise::nasty(rng), "status": "active"})).collect();
            let mut out = serde_json::to_vec(&items).unwrap_or_default();
            out.truncate(noise::MAX_LEN);
            out
        }
    }
}
