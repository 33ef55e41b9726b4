//! Spreadsheets as users upload them: CSV (comma or semicolon) and a minimal XLSX written here
//! part by part, so its cells, references and dimension can be anything.
use std::io::{Cursor, Write};

use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::{IndexedMutRandom, IndexedRandom};
use zip::write::SimpleFileOptions;

use crate::noise::{self, MAX_LEN};

/// The file names an upload may have; the first byte of a saved input picks one.
pub const NAMES: &[&str] = &["import.csv", "import.xlsx", "IMPORT.XLS", "import.ods", "import"];

/// Splits a saved input into its file name and bytes.
pub fn split(input: &[u8]) -> (&'static str, &[u8]) {
    match input.split_first() {
        Some((tag, rest)) => (NAMES[usize::from(*tag) % NAMES.len()], rest),
        None => (NAMES[0], input),
    }
}

fn tagged(name_index: usize, bytes: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 1);
    out.push(name_index as u8);
    out.extend(bytes);
    out
}

pub fn csv(rows: &[Vec<String>], delimiter: u8) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().flexible(true).delimiter(delimiter).from_writer(Vec::new());
    for r in rows {
        if w.write_record(r).is_err() {
            break;
        }
    }
    w.into_inner().unwrap_or_default()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Column letters of a 0-based column: 0 is A, 16383 is XFD.
pub fn column(mut c: u64) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// One cell as written in sheet1.xml.
pub struct Cell {
    pub r: Option<String>,
    pub xml: String,
}

/// A sheet: its rows of cells, shared strings and the `<dimension>` it claims.
#[derive(Default)]
pub struct Sheet {
    pub rows: Vec<(Option<String>, Vec<Cell>)>,
    pub shared: Vec<String>,
    pub dimension: Option<String>,
}

impl Sheet {
    /// Text cells of `rows`, as shared strings; numbers as numbers.
    pub fn of(rows: &[Vec<String>]) -> Self {
        let mut s = Sheet::default();
        for (i, row) in rows.iter().enumerate() {
            let cells = row
                .iter()
                .enumerate()
                .filter(|(_, v)| !v.is_empty())
                .map(|(j, v)| {
                    let r = Some(format!("{}{}", column(j as u64), i + 1));
                    if v.len() < 10 && v.bytes().all(|b| b.is_ascii_digit()) {
                        Cell { r, xml: format!("><v>{v}</v>") }
                    } else {
                        s.shared.push(v.clone());
                        Cell { r, xml: format!(" t=\"s\"><v>{}</v>", s.shared.len() - 1) }
                    }
                })
                .collect();
            s.rows.push((Some((i + 1).to_string()), cells));
        }
        let width = rows.iter().filter_map(|r| r.iter().rposition(|c| !c.is_empty())).max().unwrap_or(0) + 1;
        s.dimension = Some(format!("A1:{}{}", column(width as u64 - 1), rows.len().max(1)));
        s
    }

    /// The cells of the smallest dense range that holds every cell, as far as the references say.
    pub fn area(&self) -> u64 {
        let (mut rows, mut columns) = (self.rows.len() as u64, 1);
        let dimension = self.dimension.iter().flat_map(|d| d.split(':'));
        for (_, cells) in &self.rows {
            columns = columns.max(cells.len() as u64);
            for r in cells.iter().filter_map(|c| c.r.as_deref()).chain(dimension.clone()) {
                let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
                let column = r.bytes().take(letters).fold(0u64, |n, b| {
                    n.saturating_mul(26).saturating_add(u64::from(b.to_ascii_uppercase() - b'A' + 1))
                });
                columns = columns.max(column);
                rows = rows.max(r[letters..].parse().unwrap_or(0));
            }
        }
        rows.saturating_mul(columns)
    }

    pub fn xlsx(&self) -> Vec<u8> {
        let mut sheet = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
        );
        if let Some(d) = &self.dimension {
            sheet.push_str(&format!("<dimension ref=\"{}\"/>", xml_escape(d)));
        }
        sheet.push_str("<sheetData>");
        for (r, cells) in &self.rows {
            match r {
                Some(r) => sheet.push_str(&format!("<row r=\"{}\">", xml_escape(r))),
                None => sheet.push_str("<row>"),
            }
            for c in cells {
                match &c.r {
                    Some(r) => sheet.push_str(&format!("<c r=\"{}\"{}</c>", xml_escape(r), c.xml)),
                    None => sheet.push_str(&format!("<c{}</c>", c.xml)),
                }
            }
            sheet.push_str("</row>");
        }
        sheet.push_str("</sheetData></worksheet>");
        let mut sst = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{0}\" uniqueCount=\"{0}\">",
            self.shared.len()
        );
        for s in &self.shared {
            sst.push_str(&format!("<si><t xml:space=\"preserve\">{}</t></si>", xml_escape(s)));
        }
        sst.push_str("</sst>");
        package(&[("xl/worksheets/sheet1.xml", sheet.into_bytes()), ("xl/sharedStrings.xml", sst.into_bytes())])
    }
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\
<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>\
</Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>\
</Relationships>";

const WORKBOOK: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
<sheets><sheet name=\"Ärenden\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

const WORKBOOK_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>\
</Relationships>";

/// The fixed parts of an XLSX and the given ones, deflated.
fn package(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let fixed: [(&str, &[u8]); 4] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
    ];
    let files = fixed.into_iter().chain(parts.iter().map(|(n, b)| (*n, b.as_slice())));
    zip_of(files, zip::CompressionMethod::Deflated)
}

/// A zip of the given files.
pub fn zip_of<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>, method: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in files {
        if zip.start_file(name, options).is_err() || zip.write_all(bytes).is_err() {
            break;
        }
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// Makes the sizes a zip declares lie: each local and central header's sizes are replaced, at
/// random, with huge, zero or slightly wrong values.
pub fn lie_about_sizes(rng: &mut StdRng, zip: &mut [u8]) {
    let values = [u32::MAX, 0x7fff_ffff, 0x1000_0000, 0, 1, 300 * 1024 * 1024];
    let mut i = 0;
    while i + 30 <= zip.len() {
        let (compressed, uncompressed) = match &zip[i..i + 4] {
            b"PK\x03\x04" => (i + 18, i + 22),
            b"PK\x01\x02" if i + 28 <= zip.len() => (i + 20, i + 24),
            _ => {
                i += 1;
                continue;
            }
        };
        for at in [compressed, uncompressed] {
            if rng.random_bool(0.5) {
                let v = if rng.random_bool(0.7) {
                    *values.choose(rng).unwrap_or(&0)
                } else {
                    let old = u32::from_le_bytes([zip[at], zip[at + 1], zip[at + 2], zip[at + 3]]);
                    old.wrapping_add(rng.random_range(0..8)).wrapping_sub(4)
                };
                zip[at..at + 4].copy_from_slice(&v.to_le_bytes());
            }
        }
        i += 4;
    }
}

/// Changes to a table's cells: hostile values, many columns, many rows, empty rows, a shuffled
/// or renamed header.
pub fn mutate_rows(rng: &mut StdRng, rows: &[Vec<String>], good: &[String]) -> Vec<Vec<String>> {
    let mut rows = rows.to_vec();
    for _ in 0..rng.random_range(1..=4) {
        let n = rows.len();
        match rng.random_range(0..8) {
            0..=2 if n > 0 => {
                let r = rng.random_range(0..n);
                let width = rows[r].len().max(1);
                let c = rng.random_range(0..width + 2);
                if rows[r].len() <= c {
                    rows[r].resize(c + 1, String::new());
                }
                rows[r][c] = noise::field(rng, good);
            }
            3 if n > 0 => {
                // Many columns.
                let r = rng.random_range(0..n);
                let extra = rng.random_range(100..4000);
                rows[r].extend((0..extra).map(|i| {
                    if i % 7 == 0 { noise::field(rng, good).chars().take(20).collect() } else { String::new() }
                }));
            }
            4 if n > 1 => {
                // Many rows.
                let r = rng.random_range(1..n);
                let copy = rows[r].clone();
                let row_size = copy.iter().map(|c| c.len() + 1).sum::<usize>().max(1);
                let times = rng.random_range(10..3000).min(MAX_LEN / row_size);
                rows.extend(std::iter::repeat_n(copy, times));
            }
            5 => rows.insert(rng.random_range(0..=n), vec![String::new(); rng.random_range(0..30)]),
            6 if n > 0 => {
                let header = &mut rows[0];
                let i = rng.random_range(0..header.len().max(1));
                let j = rng.random_range(0..header.len().max(1));
                if i < header.len() && j < header.len() {
                    header.swap(i, j);
                    header[i] = match rng.random_range(0..4) {
                        0 => header[i].to_uppercase(),
                        1 => format!(" {} ", header[i].replace('_', " ")),
                        2 => header[i].replace('_', "-"),
                        _ => noise::field(rng, good),
                    };
                }
            }
            _ if n > 0 => {
                let r = rng.random_range(0..n);
                let cut = rng.random_range(0..=rows[r].len());
                rows[r].truncate(cut);
            }
            _ => {}
        }
    }
    // At most MAX_LEN of text, so an iteration stays quick.
    let mut size = 0;
    let keep = rows
        .iter()
        .take_while(|r| {
            size += r.iter().map(|c| c.len() + 1).sum::<usize>();
            size <= MAX_LEN
        })
        .count();
    rows.truncate(keep.max(1));
    if let Some(first) = rows.first_mut()
        && size > MAX_LEN
        && keep == 0
    {
        first.truncate(16);
        for c in first.iter_mut() {
            *c = c.chars().take(1000).collect();
        }
    }
    rows
}

/// Changes to an XLSX sheet's structure: cells at random or enormous references, a huge
/// `<dimension>`, wrong shared-string indexes, huge strings, odd types and values.
fn mutate_sheet(rng: &mut StdRng, sheet: &mut Sheet, good: &[String], huge_refs: bool) {
    for _ in 0..rng.random_range(1..=4) {
        let at = rng.random_range(0..=sheet.rows.len());
        let reference = |rng: &mut StdRng| -> String {
            match rng.random_range(0..6) {
                0 if huge_refs => "XFD1048576".into(),
                1 if huge_refs => format!("{}{}", column(rng.random_range(0..16384)), rng.random_range(1..=1_048_576)),
                2 => format!("{}{}", column(rng.random_range(0..30)), rng.random_range(1..200)),
                3 => ["A0", "1A", "", "A", "$A$1", "a1", "A-1"].choose(rng).map_or(String::new(), |s| (*s).to_owned()),
                4 if huge_refs => ["ZZZZZZ1", "ZZZZZZZ1", "A4294967297", "XFE1", "A1048577"]
                    .choose(rng)
                    .map_or(String::new(), |s| (*s).to_owned()),
                _ => format!("{}{}", column(rng.random_range(0..20)), rng.random_range(1..50)),
            }
        };
        match rng.random_range(0..9) {
            0 => {
                let r = reference(rng);
                let v = xml_escape(&noise::field(rng, good));
                let cell = Cell { r: Some(r), xml: format!(" t=\"inlineStr\"><is><t>{v}</t></is>") };
                sheet.rows.insert(at, (None, vec![cell]));
            }
            1 if huge_refs => {
                let d = ["A1:XFD1048576", "A1:A1048576", "A1:XFD1", "XFD1048576", "J10:F2"].choose(rng).copied();
                sheet.dimension = d.map(String::from);
            }
            2 if huge_refs => sheet.dimension = Some(reference(rng) + ":" + &reference(rng)),
            3 => {
                let piece = noise::field(rng, good);
                let big = std::iter::repeat_n(piece.as_str(), rng.random_range(1..200)).flat_map(str::chars);
                sheet.shared.push(big.take(MAX_LEN / 4).collect());
            }
            4 => {
                let xml = match rng.random_range(0..7) {
                    0 => format!(" t=\"s\"><v>{}</v>", rng.random_range(0..u32::MAX)),
                    1 => " t=\"s\"><v>-1</v>".into(),
                    2 => " t=\"b\"><v>2</v>".into(),
                    3 => " t=\"e\"><v>#DIV/0!</v>".into(),
                    4 => format!(
                        "><v>{}</v>",
                        ["1e308", "-0", "NaN", "4.5e-324", "45000.5", "-1", "2958466"][rng.random_range(0..7)]
                    ),
                    5 => format!(" s=\"{}\"><v>45000</v>", rng.random_range(0..100)),
                    _ => " t=\"str\"><f>1/0</f><v></v>".into(),
                };
                let r = if rng.random_bool(0.8) { Some(reference(rng)) } else { None };
                match sheet.rows.get_mut(at) {
                    Some((_, cells)) => cells.push(Cell { r, xml }),
                    None => sheet.rows.push((None, vec![Cell { r, xml }])),
                }
            }
            5 => {
                if let Some((r, _)) = sheet.rows.get_mut(at) {
                    *r = Some(reference(rng).trim_start_matches(|c: char| c.is_ascii_alphabetic()).to_owned());
                }
            }
            6 => {
                // Many cells in one row.
                let n = rng.random_range(100..5000);
                let row = sheet.rows.len() + 1;
                let cells = (0..n)
                    .map(|c| Cell { r: Some(format!("{}{row}", column(c))), xml: format!("><v>{c}</v>") })
                    .collect();
                sheet.rows.push((Some(row.to_string()), cells));
            }
            7 => {
                if let Some((_, cells)) = sheet.rows.get_mut(at)
                    && let Some(c) = cells.choose_mut(rng)
                {
                    c.r = Some(reference(rng));
                }
            }
            _ => sheet.rows.truncate(at),
        }
    }
}

/// An input for `read_table`: a tag byte naming the file (see [`split`]), then the bytes.
/// `seeds` are valid tables; `good` are cell values the parser accepts.
pub fn input(rng: &mut StdRng, seeds: &[Vec<Vec<String>>], good: &[String], huge_refs: bool) -> Vec<u8> {
    let Some(seed) = seeds.choose(rng) else { return vec![0] };
    let other = seeds.choose(rng).map(|s| csv(s, b',')).unwrap_or_default();
    let delimiter = if rng.random_bool(0.3) { b';' } else { b',' };
    match rng.random_range(0..6) {
        0 => tagged(0, csv(&mutate_rows(rng, seed, good), delimiter)),
        1 => tagged(0, noise::mutate(rng, &csv(seed, delimiter), &other)),
        2 | 3 => {
            let mut sheet =
                if rng.random_bool(0.5) { Sheet::of(&mutate_rows(rng, seed, good)) } else { Sheet::of(seed) };
            mutate_sheet(rng, &mut sheet, good, huge_refs);
            if !huge_refs && sheet.area() > 200_000 {
                // Left out: a sparse sheet's dense range (the bounds of read_table are due).
                sheet = Sheet::of(seed);
            }
            tagged(rng.random_range(1..NAMES.len()), sheet.xlsx())
        }
        4 => {
            // Bytes of the zip itself changed: mostly unreadable, which must be said, not crash.
            let mut zip = Sheet::of(seed).xlsx();
            if rng.random_bool(0.5) {
                lie_about_sizes(rng, &mut zip);
            } else {
                zip = noise::mutate(rng, &zip, &other);
            }
            tagged(rng.random_range(0..NAMES.len()), zip)
        }
        _ if !huge_refs => {
            let sheet = Sheet::of(&mutate_rows(rng, seed, good));
            let sheet = if sheet.area() > 200_000 { Sheet::of(seed) } else { sheet };
            tagged(1, sheet.xlsx())
        }
        _ => {
            // The sheet's XML changed byte by byte, then packed properly (its references too).
            let sheet = Sheet::of(seed);
            let mut xml = String::new();
            for (r, cells) in &sheet.rows {
                xml.push_str(&format!("<row r=\"{}\">", r.as_deref().unwrap_or("")));
                for c in cells {
                    xml.push_str(&format!("<c r=\"{}\"{}</c>", c.r.as_deref().unwrap_or(""), c.xml));
                }
                xml.push_str("</row>");
            }
            let xml = format!(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{xml}</sheetData></worksheet>"
            );
            let xml = noise::mutate(rng, xml.as_bytes(), &other);
            let sst: String = sheet.shared.iter().map(|s| format!("<si><t>{}</t></si>", xml_escape(s))).collect();
            let sst = format!("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">{sst}</sst>");
            tagged(1, package(&[("xl/worksheets/sheet1.xml", xml), ("xl/sharedStrings.xml", sst.into_bytes())]))
        }
    }
}
