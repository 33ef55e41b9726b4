//! Checking the table's rows against the unit's lists and the domain's rules.
use lotsen_domain::ids::{ListEntryId, UnitId, UserId};
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use lotsen_domain::case::{ReferralStatus, Residency};
use lotsen_domain::lists::{ListKind, match_key};
use lotsen_store::{Lists, NewCase, NewContact, NewReferral};

use super::{COLUMNS, ImportCase, MAX_CONTACTS, MAX_MINUTES, MAX_ROWS, Parsed, Problem, REQUIRED};
use crate::case::default_mode;

/// Finds an entry by any of its labels (sv, en, ar) or its code, ignoring case, accents and spacing.
struct Matcher<'a> {
    by_key: HashMap<(ListKind, String), &'a lotsen_store::ListEntry>,
}

impl<'a> Matcher<'a> {
    fn new(lists: &'a Lists) -> Self {
        let mut by_key = HashMap::new();
        for kind in ListKind::ALL {
            for e in lists.all(kind) {
                for name in
                    [Some(e.label_sv.as_str()), e.label_en.as_deref(), e.label_ar.as_deref(), Some(e.code.as_str())]
                        .into_iter()
                        .flatten()
                {
                    by_key.entry((kind, match_key(name))).or_insert(e);
                }
            }
        }
        Self { by_key }
    }

    fn find(&self, kind: ListKind, value: &str) -> Option<ListEntryId> {
        self.by_key.get(&(kind, match_key(value))).map(|e| e.id)
    }
}

fn yes_no(v: &str) -> Option<bool> {
    match match_key(v).as_str() {
        "" | "no" | "nej" | "0" | "false" | "n" => Some(false),
        "yes" | "ja" | "1" | "true" | "j" | "y" => Some(true),
        _ => None,
    }
}

fn residency(v: &str) -> Option<Residency> {
    match match_key(v).as_str() {
        "" | "notapplicable" | "not_applicable" | "ejaktuellt" | "na" | "-" => Some(Residency::NotApplicable),
        "yes" | "ja" | "1" => Some(Residency::Yes),
        "no" | "nej" | "0" => Some(Residency::No),
        _ => None,
    }
}

fn referral_status(v: &str) -> Option<ReferralStatus> {
    let k = match_key(v);
    if k.is_empty() {
        return Some(ReferralStatus::Suggested);
    }
    let aliases: [(&str, ReferralStatus); 12] = [
        ("foreslagen", ReferralStatus::Suggested),
        ("suggested", ReferralStatus::Suggested),
        ("personentarkontaktsjalv", ReferralStatus::ResidentWillContact),
        ("residentwillcontact", ReferralStatus::ResidentWillContact),
        ("kontakttagen", ReferralStatus::ContactMade),
        ("contactmade", ReferralStatus::ContactMade),
        ("stodetaretablerat", ReferralStatus::SupportEstablished),
        ("supportestablished", ReferralStatus::SupportEstablished),
        ("tackadenej", ReferralStatus::Declined),
        ("declined", ReferralStatus::Declined),
        ("naddeintefram", ReferralStatus::NotReached),
        ("notreached", ReferralStatus::NotReached),
    ];
    ReferralStatus::ALL
        .iter()
        .find(|s| match_key(s.as_str()) == k)
        .copied()
        .or_else(|| aliases.iter().find(|(a, _)| *a == k.replace('-', "")).map(|(_, s)| *s))
}

fn date(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok()
}

/// The problems found, each with its row (1 is the header) and column.
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, row: usize, column: &str, message_id: &'static str, value: &str) {
        self.0.push(Problem { row, column: column.to_owned(), message_id, value: value.chars().take(80).collect() });
    }
}

/// Which column holds what, or `None` when a required column is missing (each one reported).
fn columns(header: &[String], problems: &mut Problems) -> Option<HashMap<&'static str, usize>> {
    let mut at: HashMap<&'static str, usize> = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let key = h.trim().to_lowercase().replace([' ', '-'], "_");
        match COLUMNS.iter().find(|(_, names)| names.contains(&key.as_str())) {
            Some((name, _)) => {
                at.insert(name, i);
            }
            None if key.is_empty() => {}
            // An unknown column is reported but does not stop the check of the rows.
            None => problems.add(1, h, "import-error-unknown-column", h),
        }
    }
    let mut header_ok = true;
    for r in REQUIRED {
        if !at.contains_key(r) {
            header_ok = false;
            problems.add(1, r, "import-error-missing-column", "");
        }
    }
    header_ok.then_some(at)
}

/// What the import checks a row with.
struct Context<'a> {
    lists: &'a Lists,
    matcher: Matcher<'a>,
    unit_id: UnitId,
    coordinator_id: UserId,
    today: NaiveDate,
}

/// One row's cells by column name, and whether a problem was found in it.
struct Cells<'a, 'p> {
    at: &'a HashMap<&'static str, usize>,
    cells: &'a [String],
    row: usize,
    problems: &'p mut Problems,
    ok: bool,
}

impl<'a> Cells<'a, '_> {
    fn get(&self, col: &str) -> &'a str {
        self.at.get(col).and_then(|&c| self.cells.get(c)).map(|s| s.trim()).unwrap_or("")
    }

    fn bad(&mut self, col: &str, msg: &'static str, value: &str) {
        self.ok = false;
        self.problems.add(self.row, col, msg, value);
    }

    /// An entry of `kind` named in `col`.
    fn list(&mut self, m: &Matcher, col: &str, kind: ListKind, required: bool) -> Option<ListEntryId> {
        let v = self.get(col);
        if v.is_empty() {
            if required {
                self.bad(col, "error-required", v);
            }
            return None;
        }
        let found = m.find(kind, v);
        if found.is_none() {
            self.bad(col, "import-error-unknown-value", v);
        }
        found
    }

    /// A whole number in `min..=max` in `col`, `default` when empty.
    fn number(&mut self, col: &str, min: u32, max: u32, default: u32, msg: &'static str) -> u32 {
        match self.get(col) {
            "" => default,
            v => match v.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => n,
                _ => {
                    self.bad(col, msg, v);
                    default
                }
            },
        }
    }

    /// A date in `col`, if one is given.
    fn optional_date(&mut self, col: &str) -> Option<NaiveDate> {
        match self.get(col) {
            "" => None,
            v => date(v).or_else(|| {
                self.bad(col, "import-error-date", v);
                None
            }),
        }
    }
}

/// Checks every row against the unit's lists. `existing` holds the ids imported before.
pub fn parse(
    rows: &[Vec<String>],
    lists: &Lists,
    unit_id: UnitId,
    coordinator_id: UserId,
    today: NaiveDate,
    existing: &HashSet<String>,
) -> Parsed {
    let mut problems = Problems(Vec::new());
    let Some(header) = rows.first() else {
        problems.add(1, "", "import-error-empty", "");
        return Parsed { problems: problems.0, ..Default::default() };
    };
    if rows.len() > MAX_ROWS + 1 {
        problems.add(1, "", "import-error-too-many", "");
        return Parsed { problems: problems.0, ..Default::default() };
    }
    let Some(at) = columns(header, &mut problems) else {
        return Parsed { problems: problems.0, ..Default::default() };
    };
    let ctx = Context { lists, matcher: Matcher::new(lists), unit_id, coordinator_id, today };
    let mut seen: HashSet<String> = HashSet::new();
    let mut cases = Vec::new();
    let mut already = 0;
    for (i, cells) in rows.iter().enumerate().skip(1) {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut c = Cells { at: &at, cells, row: i + 1, problems: &mut problems, ok: true };
        let id = c.get("id");
        if id.is_empty() || id.chars().count() > 100 {
            c.bad("id", "import-error-id", id);
        } else if !seen.insert(id.to_owned()) {
            c.bad("id", "import-error-duplicate-id", id);
        }
        if existing.contains(id) {
            already += 1;
            continue;
        }
        cases.extend(case_of(&ctx, &mut c, id));
    }
    Parsed { cases, problems: problems.0, already }
}

/// The case row `c` makes, or `None` with its problems added.
fn case_of(ctx: &Context, c: &mut Cells, id: &str) -> Option<ImportCase> {
    let first = date(c.get("first_contact"));
    match first {
        None => c.bad("first_contact", "import-error-date", c.get("first_contact")),
        Some(d) if d > ctx.today => c.bad("first_contact", "error-date-future", c.get("first_contact")),
        _ => {}
    }
    let m = &ctx.matcher;
    let channel = c.list(m, "channel", ListKind::Channel, true);
    let age = c.list(m, "age_group", ListKind::AgeGroup, true);
    let category = c.list(m, "category", ListKind::Category, true);
    let mode = c.list(m, "contact_mode", ListKind::ContactMode, false);
    let destination = c.list(m, "referral_destination", ListKind::ReferralDestination, false);
    let kind = c.list(m, "referral_kind", ListKind::ReferralKind, false);
    let outcome = c.list(m, "closing_outcome", ListKind::ClosingOutcome, false);
    let mut secondary = Vec::new();
    for part in c.get("secondary_categories").split(';').map(str::trim).filter(|p| !p.is_empty()) {
        match m.find(ListKind::Category, part) {
            Some(s) if Some(s) != category && !secondary.contains(&s) => secondary.push(s),
            Some(_) => {}
            None => c.bad("secondary_categories", "import-error-unknown-value", part),
        }
    }
    let returning = yes_no(c.get("returning")).unwrap_or_else(|| {
        c.bad("returning", "import-error-yes-no", c.get("returning"));
        false
    });
    let residency = residency(c.get("residency")).unwrap_or_else(|| {
        c.bad("residency", "import-error-residency", c.get("residency"));
        Residency::NotApplicable
    });
    let org = c.get("referring_organisation");
    if org.chars().count() > 200 {
        c.bad("referring_organisation", "error-text", org);
    }
    let contacts = c.number("contacts", 1, MAX_CONTACTS, 1, "import-error-contacts");
    let minutes = c.number("minutes", 0, MAX_MINUTES, 0, "import-error-minutes");
    let status = referral_status(c.get("referral_status")).unwrap_or_else(|| {
        c.bad("referral_status", "import-error-unknown-value", c.get("referral_status"));
        ReferralStatus::Suggested
    });
    if destination.is_some() != kind.is_some() {
        let col = if destination.is_none() { "referral_destination" } else { "referral_kind" };
        c.bad(col, "import-error-referral-pair", "");
    }
    let established = c.optional_date("support_established");
    let closed = c.optional_date("closed");
    if closed.is_some() && outcome.is_none() && c.get("closing_outcome").is_empty() {
        c.bad("closing_outcome", "import-error-outcome-needed", "");
    }
    if let (Some(f), Some(d)) = (first, closed)
        && d < f
    {
        c.bad("closed", "error-before-first-contact", c.get("closed"));
    }
    if !c.ok {
        return None;
    }
    let (first, channel, age, category) = (first?, channel?, age?, category?);
    let Some(mode) = mode.or_else(|| default_mode(ctx.lists, channel)) else {
        c.problems.add(c.row, "contact_mode", "error-required", "");
        return None;
    };
    let contact_rows = contacts_of(first, mode, contacts, minutes, ctx.coordinator_id);
    let referral = destination.zip(kind).map(|(d, k)| NewReferral {
        destination_id: d,
        kind_id: k,
        on: first,
        consent: false,
        info_shared: false,
        status: if established.is_some() { ReferralStatus::SupportEstablished } else { status },
        established_on: established,
    });
    Some(ImportCase {
        row: c.row,
        case: NewCase {
            unit_id: ctx.unit_id,
            channel_id: channel,
            first_contact_on: first,
            age_group_id: age,
            main_category_id: category,
            secondary,
            returning,
            returning_reason: None,
            previous_case_id: None,
            residency,
            referring_org: Some(org.to_owned()).filter(|o| !o.is_empty()),
            coordinator_id: ctx.coordinator_id,
            external_id: Some(id.to_owned()),
            documented: false,
        },
        contacts: contact_rows,
        referral,
        closed: closed.zip(outcome),
    })
}

/// `contacts` contacts on `first`, sharing `minutes` (the remainder on the first).
fn contacts_of(first: NaiveDate, mode: ListEntryId, contacts: u32, minutes: u32, author: UserId) -> Vec<NewContact> {
    let per = minutes / contacts;
    (0..contacts)
        .map(|n| NewContact {
            on: first,
            mode_id: mode,
            minutes: (per + if n == 0 { minutes % contacts } else { 0 }) as i32,
            venue_id: None,
            note: String::new(),
            author_id: author,
        })
        .collect()
}
