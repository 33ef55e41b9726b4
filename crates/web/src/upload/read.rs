//! Reading the cells of an uploaded spreadsheet or CSV file as text, within bounds: a file may
//! not unpack to more than [`MAX_UNPACKED_BYTES`], a sheet may not declare or use more than
//! [`MAX_ROWS`] rows or [`MAX_COLUMNS`] columns, and the table read may not hold more than
//! [`MAX_CELLS`] cells. A sheet is read cell by cell, so what it claims never decides how much
//! memory is taken; each bound that is crossed is its own message.
use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};
use chrono::NaiveDate;

/// The most rows a sheet may have (the import takes 200 000 cases and a header).
pub const MAX_ROWS: u32 = 200_001;
/// The most columns a sheet may have.
pub const MAX_COLUMNS: u32 = 200;
/// The most cells, empty ones between filled ones included, a table may hold.
pub const MAX_CELLS: usize = 4_000_000;
/// The most bytes a spreadsheet may unpack to, all its parts together.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
/// The most parts a spreadsheet's zip may hold.
const MAX_ENTRIES: usize = 1_000;

/// Reads the cells of the first sheet of an XLSX file or of a CSV file (comma or semicolon).
/// The error is the message id of what is wrong with the file.
pub fn read_table(bytes: &[u8], file_name: &str) -> Result<Vec<Vec<String>>, &'static str> {
    let lower = file_name.to_lowercase();
    if lower.ends_with(".xls") || lower.ends_with(".ods") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err("import-error-format");
    }
    if lower.ends_with(".xlsx") || bytes.starts_with(b"PK\x03\x04") {
        // The spreadsheet reader does arithmetic on what a file claims (a reversed dimension, a
        // column of seven letters) that can overflow: a file it cannot read is unreadable, not a
        // crash.
        return std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_xlsx(bytes)))
            .unwrap_or(Err("import-error-unreadable"));
    }
    read_csv(bytes)
}

fn read_csv(bytes: &[u8]) -> Result<Vec<Vec<String>>, &'static str> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| "import-error-encoding")?;
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0_usize;
    for rec in rdr.records() {
        let rec = rec.map_err(|_| "import-error-unreadable")?;
        if rows.len() >= MAX_ROWS as usize || rec.len() > MAX_COLUMNS as usize {
            return Err("import-error-dimensions");
        }
        cells += rec.len();
        if cells > MAX_CELLS {
            return Err("import-error-cells");
        }
        rows.push(rec.iter().map(|s| s.trim().to_owned()).collect());
    }
    Ok(rows)
}

/// Checks that a zip unpacks to at most [`MAX_UNPACKED_BYTES`], counting what its parts really
/// inflate to (a part may claim any size), and that no part announces more shared strings than a
/// table may hold cells (a spreadsheet reader would set room aside for every one it announces).
pub fn check_unpacked(bytes: &[u8]) -> Result<(), &'static str> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| "import-error-unreadable")?;
    if zip.len() > MAX_ENTRIES {
        return Err("import-error-unpacked");
    }
    let mut total = 0_u64;
    let mut part_bytes = Vec::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|_| "import-error-unreadable")?;
        let room = MAX_UNPACKED_BYTES - total;
        if part.size() > room {
            return Err("import-error-unpacked");
        }
        part_bytes.clear();
        (&mut part).take(room + 1).read_to_end(&mut part_bytes).map_err(|_| "import-error-unreadable")?;
        let read = part_bytes.len() as u64;
        if read > room {
            return Err("import-error-unpacked");
        }
        if announced_strings(&part_bytes) > MAX_CELLS as u64 {
            return Err("import-error-cells");
        }
        total += read;
    }
    Ok(())
}

/// The largest `uniqueCount="…"` a part's XML holds (0 when none).
fn announced_strings(xml: &[u8]) -> u64 {
    const NAME: &[u8] = b"uniqueCount";
    let mut most = 0_u64;
    let mut at = 0;
    while let Some(found) = xml[at..].windows(NAME.len()).position(|w| w == NAME) {
        let mut rest = &xml[at + found + NAME.len()..];
        rest = rest.trim_ascii_start();
        if let Some(r) = rest.strip_prefix(b"=") {
            let r = r.trim_ascii_start();
            let r = r.strip_prefix(b"\"").or_else(|| r.strip_prefix(b"'")).unwrap_or(r);
            let digits = r
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .fold(0_u64, |n, b| n.saturating_mul(10).saturating_add(u64::from(b - b'0')));
            most = most.max(digits);
        }
        at += found + NAME.len();
    }
    most
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Vec<String>>, &'static str> {
    check_unpacked(bytes)?;
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| "import-error-unreadable")?;
    let name = wb.sheet_names().first().cloned().ok_or("import-error-empty")?;
    let mut reader = wb.worksheet_cells_reader(&name).map_err(|_| "import-error-unreadable")?;
    let declared = reader.dimensions();
    if declared.end.0 >= MAX_ROWS || declared.end.1 >= MAX_COLUMNS {
        return Err("import-error-dimensions");
    }
    // The filled cells, then the table from the first filled row and column, as a sheet's range is.
    let mut filled: Vec<(u32, u32, String)> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(|_| "import-error-unreadable")? {
        let (row, col) = cell.get_position();
        if row >= MAX_ROWS || col >= MAX_COLUMNS {
            return Err("import-error-dimensions");
        }
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        if filled.len() >= MAX_CELLS {
            return Err("import-error-cells");
        }
        filled.push((row, col, text));
    }
    let (Some(top), Some(left)) = (filled.iter().map(|c| c.0).min(), filled.iter().map(|c| c.1).min()) else {
        return Ok(Vec::new());
    };
    let bottom = filled.iter().map(|c| c.0).max().unwrap_or(top);
    let right = filled.iter().map(|c| c.1).max().unwrap_or(left);
    let (height, width) = ((bottom - top + 1) as usize, (right - left + 1) as usize);
    if height.saturating_mul(width) > MAX_CELLS {
        return Err("import-error-cells");
    }
    let mut table = vec![vec![String::new(); width]; height];
    for (row, col, text) in filled {
        table[(row - top) as usize][(col - left) as usize] = text;
    }
    Ok(table)
}

fn cell_text(d: &DataRef<'_>) -> String {
    match d {
        DataRef::Empty => String::new(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.trim().to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => b.to_string(),
        // Excel stores dates as days since 1899-12-30.
        DataRef::DateTime(dt) => NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|base| {
                let days = dt.as_f64();
                (days.is_finite() && (0.0..3_000_000.0).contains(&days))
                    .then(|| base.checked_add_days(chrono::Days::new(days.floor() as u64)))
                    .flatten()
            })
            .map(|d| d.to_string())
            .unwrap_or_default(),
        DataRef::Error(_) => "#ERROR".into(),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A one-sheet XLSX whose sheet XML is `sheet` (inline strings, no shared strings).
    pub(crate) fn xlsx(sheet: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let parts = [
            (
                "[Content_Types].xml",
                r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
            ),
            (
                "_rels/.rels",
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
            ),
            (
                "xl/workbook.xml",
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            ),
            (
                "xl/_rels/workbook.xml.rels",
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
            ),
        ];
        for (name, text) in parts {
            zip.start_file(name, o).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.start_file("xl/worksheets/sheet1.xml", o).unwrap();
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
        );
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    fn cell(r: &str, text: &str) -> String {
        format!(r#"<c r="{r}" t="inlineStr"><is><t>{text}</t></is></c>"#)
    }

    #[test]
    fn a_sheet_is_read_from_its_first_filled_cell() {
        let sheet = format!(
            "<sheetData><row r=\"2\">{}{}</row><row r=\"3\">{}<c r=\"C3\"><v>42</v></c></row></sheetData>",
            cell("B2", "id"),
            cell("C2", "channel"),
            cell("B3", "A-1")
        );
        let t = read_table(&xlsx(&sheet), "cases.xlsx").unwrap();
        assert_eq!(t, vec![vec!["id", "channel"], vec!["A-1", "42"]]);
    }

    #[test]
    fn a_sheet_that_claims_or_uses_the_whole_grid_is_refused_without_reading_it_whole() {
        let far = format!(
            "<sheetData><row r=\"1\">{}</row><row r=\"1048576\">{}</row></sheetData>",
            cell("A1", "x"),
            cell("XFD1048576", "y")
        );
        assert_eq!(read_table(&xlsx(&far), "bomb.xlsx"), Err("import-error-dimensions"));
        let wide = format!("<sheetData><row r=\"1\">{}{}</row></sheetData>", cell("A1", "x"), cell("GS1", "y"));
        assert_eq!(read_table(&xlsx(&wide), "wide.xlsx"), Err("import-error-dimensions"));
        let declared =
            format!("<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\">{}</row></sheetData>", cell("A1", "x"));
        assert_eq!(read_table(&xlsx(&declared), "declared.xlsx"), Err("import-error-dimensions"));
        // Within both bounds but too many cells between them.
        let sparse = format!(
            "<sheetData><row r=\"1\">{}</row><row r=\"200000\">{}</row></sheetData>",
            cell("A1", "x"),
            cell("GR200000", "y")
        );
        assert_eq!(read_table(&xlsx(&sparse), "sparse.xlsx"), Err("import-error-cells"));
    }

    #[test]
    fn a_zip_that_unpacks_too_far_is_refused() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/worksheets/sheet1.xml", o).unwrap();
        let block = vec![b' '; 1024 * 1024];
        for _ in 0..=(MAX_UNPACKED_BYTES / block.len() as u64) {
            zip.write_all(&block).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(bytes.len() < 1024 * 1024, "packed small: {}", bytes.len());
        assert_eq!(read_table(&bytes, "big.xlsx"), Err("import-error-unpacked"));
    }

    #[test]
    fn csv_is_bounded_and_old_formats_are_named() {
        assert_eq!(read_table(b"a;b\n1;2\n", "x.csv").unwrap(), vec![vec!["a", "b"], vec!["1", "2"]]);
        let wide = ",".repeat(MAX_COLUMNS as usize + 1);
        assert_eq!(read_table(wide.as_bytes(), "x.csv"), Err("import-error-dimensions"));
        assert_eq!(read_table(b"\xD0\xCF\x11\xE0rest", "old.xls"), Err("import-error-format"));
        assert_eq!(read_table(b"PK\x03\x04", "x.ods"), Err("import-error-format"));
        assert_eq!(read_table(b"PK\x03\x04junk", "x.xlsx"), Err("import-error-unreadable"));
    }

    #[test]
    fn what_the_reader_cannot_count_is_unreadable() {
        let reversed =
            format!("<dimension ref=\"H34:E29\"/><sheetData><row r=\"1\">{}</row></sheetData>", cell("A1", "x"));
        assert!(read_table(&xlsx(&reversed), "r.xlsx").is_err());
        let long = format!("<sheetData><row r=\"1\">{}</row></sheetData>", cell("ABCDEFGH1", "x"));
        assert!(read_table(&xlsx(&long), "l.xlsx").is_err());
    }

    #[test]
    fn shared_strings_may_not_announce_more_than_a_table_holds() {
        assert_eq!(announced_strings(b"<sst count=\"3\" uniqueCount = '99999999999999999999999'>"), u64::MAX);
        assert_eq!(announced_strings(b"<sst uniqueCount=\"12\"><si/></sst>"), 12);
        assert_eq!(announced_strings(b"<worksheet/>"), 0);
    }
}
