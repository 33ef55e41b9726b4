//! Reading the cells of an uploaded spreadsheet or CSV file as text.
use std::io::Cursor;

use calamine::{Data, Reader};
use chrono::NaiveDate;

/// Reads the cells of the first sheet (XLSX/XLS/ODS) or of a CSV file (comma or semicolon).
pub fn read_table(bytes: &[u8], file_name: &str) -> Result<Vec<Vec<String>>, &'static str> {
    let lower = file_name.to_lowercase();
    if lower.ends_with(".xlsx")
        || lower.ends_with(".xls")
        || lower.ends_with(".ods")
        || bytes.starts_with(b"PK\x03\x04")
    {
        let mut wb =
            calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|_| "import-error-unreadable")?;
        let range = wb.worksheet_range_at(0).ok_or("import-error-empty")?.map_err(|_| "import-error-unreadable")?;
        return Ok(range.rows().map(|r| r.iter().map(cell_text).collect()).collect());
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| "import-error-encoding")?;
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|_| "import-error-unreadable")?;
        rows.push(rec.iter().map(|s| s.trim().to_owned()).collect());
    }
    Ok(rows)
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        // Excel stores dates as days since 1899-12-30.
        Data::DateTime(dt) => NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|base| base.checked_add_days(chrono::Days::new(dt.as_f64().floor().max(0.0) as u64)))
            .map(|d| d.to_string())
            .unwrap_or_default(),
        Data::Error(_) => "#ERROR".into(),
    }
}
