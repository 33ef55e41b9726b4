//! PDF documents typeset with Typst as a library: an in-memory world holding one template, the
//! document's data as JSON in `sys.inputs`, and the fonts shipped in `fonts/` (Noto Sans for Latin
//! script, Noto Naskh Arabic for Arabic, shaped and set right to left by Typst). No file system,
//! no network, no system fonts: the same bytes on every machine.
#![forbid(unsafe_code)]

use std::sync::OnceLock;

use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Dict, Duration, Str, Value};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

static FONT_DATA: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
];

const REPORT: &str = include_str!("report.typ");
const RECORDS: &str = include_str!("records.typ");
const PLAN: &str = include_str!("plan.typ");

/// One row of a table: its cells as printed, and whether it is a total.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub cells: Vec<String>,
    pub total: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub id: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// An SVG chart drawn above the table.
    pub chart: Option<String>,
    /// Whether the chart takes the whole width (columns by month) rather than three quarters.
    pub wide_chart: bool,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub title: String,
    pub sheets: Vec<Table>,
}

/// The effect report as it is printed.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub title: String,
    pub unit: String,
    pub period: String,
    /// Label and value pairs under the title (period compared with, threshold, date made).
    pub facts: Vec<(String, String)>,
    pub suppression: String,
    /// BCP 47 language of the text ("sv", "en", "ar").
    pub lang: String,
    pub rtl: bool,
    pub sections: Vec<Section>,
}

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = FONT_DATA.iter().flat_map(|d| Font::iter(Bytes::new(*d))).collect();
        Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
    })
}

struct Doc {
    library: LazyHash<Library>,
    main: Source,
}

impl World for Doc {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::NotFound(std::path::PathBuf::new())) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_owned()))
        } else {
            Err(FileError::NotFound(std::path::PathBuf::new()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn messages(errors: &[SourceDiagnostic]) -> String {
    errors.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// Typesets the report; the error names what Typst could not do.
pub fn report(r: &Report) -> Result<Vec<u8>, String> {
    typeset("/report.typ", REPORT, &serde_json::to_string(r).map_err(|e| e.to_string())?)
}

/// One entry of a person's record: a heading (a date and what it is) and its lines of text.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub heading: String,
    pub lines: Vec<String>,
}

/// One case of the record with its entries in time order.
#[derive(Debug, Clone, Serialize)]
pub struct RecordCase {
    pub title: String,
    pub facts: Vec<(String, String)>,
    pub entries: Vec<Entry>,
}

/// A person's record as handed out on a records request (GDPR art. 15). Masked passages are
/// replaced before they reach this struct, so they are not in the document at all.
#[derive(Debug, Clone, Serialize)]
pub struct Records {
    pub title: String,
    pub unit: String,
    /// Who the record is about and when it was produced, as label and value pairs.
    pub facts: Vec<(String, String)>,
    /// What masking means, printed under the facts.
    pub masking_note: String,
    pub lang: String,
    pub rtl: bool,
    pub cases: Vec<RecordCase>,
}

/// Typesets a person's record.
pub fn records(r: &Records) -> Result<Vec<u8>, String> {
    typeset("/records.typ", RECORDS, &serde_json::to_string(r).map_err(|e| e.to_string())?)
}

/// One goal of a family's plan with its actions, each as printed cells.
#[derive(Debug, Clone, Serialize)]
pub struct PlanGoal {
    pub title: String,
    pub actions: Vec<Vec<String>>,
}

/// A family's plan as the family keeps it, in the family's language.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub title: String,
    pub unit: String,
    /// Label and value pairs under the title (the family, the coordinators, the day printed).
    pub facts: Vec<(String, String)>,
    pub lang: String,
    pub rtl: bool,
    /// The mapping's figures per area: a heading, the columns and the rows.
    pub areas_title: String,
    pub area_columns: Vec<String>,
    pub areas: Vec<Vec<String>>,
    pub goals_title: String,
    pub action_columns: Vec<String>,
    pub goals: Vec<PlanGoal>,
    /// Printed when the plan has no goals yet.
    pub empty: String,
    /// Printed at the foot: confidentiality and whom to reach.
    pub note: String,
}

/// Typesets a family's plan.
pub fn plan(p: &Plan) -> Result<Vec<u8>, String> {
    typeset("/plan.typ", PLAN, &serde_json::to_string(p).map_err(|e| e.to_string())?)
}

fn typeset(name: &str, template: &str, json: &str) -> Result<Vec<u8>, String> {
    let mut inputs = Dict::new();
    inputs.insert(Str::from("data"), Value::Str(Str::from(json)));
    let path = VirtualPath::new(name).map_err(|e| format!("{e:?}"))?;
    let id = RootedPath::new(VirtualRoot::Project, path).intern();
    let doc = Doc {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::new(id, template.to_owned()),
    };
    let Warned { output, .. } = typst::compile::<PagedDocument>(&doc);
    let pages = output.map_err(|e| messages(&e))?;
    let pdf = typst_pdf::pdf(&pages, &PdfOptions::default()).map_err(|e| messages(&e));
    // Typst memoises across calls; a server makes many documents, so old entries are let go.
    typst::comemo::evict(10);
    pdf
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(lang: &str, rtl: bool) -> Report {
        Report {
            title: "Effektrapport".into(),
            unit: "Råd och stöd Centrum".into(),
            period: "2023-01-01 – 2023-06-30".into(),
            facts: vec![("Minsta antal som visas".into(), "5".into())],
            suppression: "Antal under 5 visas som <5.".into(),
            lang: lang.into(),
            rtl,
            sections: vec![Section {
                title: if rtl { "الحالات".into() } else { "Ärenden".into() },
                sheets: vec![Table {
                    id: "channels".into(),
                    title: "Kontaktvägar".into(),
                    columns: vec!["Kontaktväg".into(), "Perioden".into()],
                    rows: vec![
                        Row { cells: vec!["Telefon".into(), "111".into()], total: false },
                        Row { cells: vec!["الهاتف".into(), "<5".into()], total: false },
                        Row { cells: vec!["Totalt".into(), "268".into()], total: true },
                    ],
                    chart: Some(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\"><rect width=\"60\" height=\"10\"/></svg>"
                            .into(),
                    ),
                    wide_chart: false,
                    note: "Varje ärende räknas en gång.".into(),
                }],
            }],
        }
    }

    #[test]
    fn a_report_is_typeset_in_swedish_and_in_arabic() {
        for (lang, rtl) in [("sv", false), ("ar", true)] {
            let pdf = report(&sample(lang, rtl)).expect("typeset");
            assert!(pdf.starts_with(b"%PDF-"), "{lang}");
            assert!(pdf.len() > 2_000);
        }
    }

    #[test]
    fn a_record_is_typeset_in_swedish_and_in_arabic() {
        for (lang, rtl) in [("sv", false), ("ar", true)] {
            let r = Records {
                title: "Journal".into(),
                unit: "Råd och stöd Norr".into(),
                facts: vec![("Namn".into(), "Amina Hassan".into()), ("Framtagen".into(), "2026-12-07".into())],
                masking_note: "[maskerat] står där uppgifter om andra har tagits bort.".into(),
                lang: lang.into(),
                rtl,
                cases: vec![RecordCase {
                    title: "Ärende 12".into(),
                    facts: vec![("Första kontakt".into(), "2026-11-02".into())],
                    entries: vec![Entry {
                        heading: "2026-11-02 · Anteckning".into(),
                        lines: vec!["Mötte #Amina* på $biblioteket$.".into(), "التقيت بأمينة".into()],
                    }],
                }],
            };
            let pdf = records(&r).expect("typeset");
            assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        }
    }

    #[test]
    fn text_that_looks_like_markup_is_printed_as_text() {
        let mut r = sample("sv", false);
        r.unit = "#panic(\"no\") *bold* $x$ <label> @ref".into();
        assert!(report(&r).is_ok());
    }
}
