//! Reading a unit's past statistics from a table (CSV or XLSX, read by the web layer): one row per
//! case, columns documented in docs/import.md. Every problem is reported by row and column;
//! nothing is saved unless the whole file is right.
use chrono::NaiveDate;
use lotsen_domain::ids::ListEntryId;
use lotsen_store::{NewCase, NewContact, NewReferral};

mod parse;
pub use parse::parse;

/// Columns, by the header names the documentation gives (English or Swedish).
pub const COLUMNS: &[(&str, &[&str])] = &[
    ("id", &["id", "external_id", "ärende", "arende", "löpnummer"]),
    ("first_contact", &["first_contact", "första_kontakt", "datum"]),
    ("channel", &["channel", "kontaktväg"]),
    ("age_group", &["age_group", "åldersgrupp"]),
    ("category", &["category", "problemområde"]),
    ("secondary_categories", &["secondary_categories", "andra_problemområden"]),
    ("returning", &["returning", "återkommande"]),
    ("residency", &["residency", "folkbokförd"]),
    ("referring_organisation", &["referring_organisation", "hänvisande_organisation"]),
    ("contacts", &["contacts", "kontakter"]),
    ("minutes", &["minutes", "minuter"]),
    ("contact_mode", &["contact_mode", "kontaktsätt"]),
    ("referral_destination", &["referral_destination", "lotsad_till"]),
    ("referral_kind", &["referral_kind", "typ_av_stöd"]),
    ("referral_status", &["referral_status", "lotsningsstatus"]),
    ("support_established", &["support_established", "stöd_etablerat"]),
    ("closed", &["closed", "avslutat"]),
    ("closing_outcome", &["closing_outcome", "utfall"]),
];

const REQUIRED: &[&str] = &["id", "first_contact", "channel", "age_group", "category"];
/// Generous bounds for one historical case.
const MAX_CONTACTS: u32 = 200;
const MAX_MINUTES: u32 = 100_000;
pub const MAX_ROWS: usize = 200_000;

/// One problem in the file. `row` is the spreadsheet's row number (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub column: String,
    pub message_id: &'static str,
    pub value: String,
}

/// A row ready to be saved.
#[derive(Debug, Clone)]
pub struct ImportCase {
    pub row: usize,
    pub case: NewCase,
    pub contacts: Vec<NewContact>,
    pub referral: Option<NewReferral>,
    pub closed: Option<(NaiveDate, ListEntryId)>,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub cases: Vec<ImportCase>,
    pub problems: Vec<Problem>,
    /// Rows whose id was imported before; they are left alone.
    pub already: usize,
}
