//! Checking the table's rows against the unit's lists and the domain's rules.
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

    fn find(&self, kind: ListKind, value: &str) -> Option<i64> {
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

/// Checks every row against the unit's lists. `existing` holds the ids imported before.
pub fn parse(
    rows: &[Vec<String>],
    lists: &Lists,
    unit_id: i64,
    coordinator_id: i64,
    today: NaiveDate,
    existing: &HashSet<String>,
) -> Parsed {
    let mut problems: Vec<Problem> = Vec::new();
    let mut problem = |row: usize, column: &str, message_id: &'static str, value: &str| {
        problems.push(Problem { row, column: column.to_owned(), message_id, value: value.chars().take(80).collect() });
    };
    let Some(header) = rows.first() else {
        problem(1, "", "import-error-empty", "");
        return Parsed { problems, ..Default::default() };
    };
    if rows.len() > MAX_ROWS + 1 {
        problem(1, "", "import-error-too-many", "");
        return Parsed { problems, ..Default::default() };
    }
    // Which column holds what.
    let mut at: HashMap<&str, usize> = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let key = h.trim().to_lowercase().replace([' ', '-'], "_");
        match COLUMNS.iter().find(|(_, names)| names.contains(&key.as_str())) {
            Some((name, _)) => {
                at.insert(name, i);
            }
            None if key.is_empty() => {}
            None => problem(1, h, "import-error-unknown-column", h),
            // An unknown column is reported but does not stop the check of the rows.
        }
    }
    let mut header_ok = true;
    for r in REQUIRED {
        if !at.contains_key(r) {
            header_ok = false;
            problem(1, r, "import-error-missing-column", "");
        }
    }
    if !header_ok {
        return Parsed { problems, ..Default::default() };
    }
    let matcher = Matcher::new(lists);
    let mut seen: HashSet<String> = HashSet::new();
    let mut cases = Vec::new();
    let mut already = 0;
    for (i, cells) in rows.iter().enumerate().skip(1) {
        let row = i + 1;
        let get = |col: &str| at.get(col).and_then(|&c| cells.get(c)).map(|s| s.trim()).unwrap_or("");
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut ok = true;
        let mut bad = |col: &str, msg: &'static str, value: &str| {
            ok = false;
            problem(row, col, msg, value);
        };
        let id = get("id");
        if id.is_empty() || id.chars().count() > 100 {
            bad("id", "import-error-id", id);
        } else if !seen.insert(id.to_owned()) {
            bad("id", "import-error-duplicate-id", id);
        }
        if existing.contains(id) {
            already += 1;
            continue;
        }
        let first = date(get("first_contact"));
        match first {
            None => bad("first_contact", "import-error-date", get("first_contact")),
            Some(d) if d > today => bad("first_contact", "error-date-future", get("first_contact")),
            _ => {}
        }
        let mut list = |col: &str, kind: ListKind, required: bool| -> Option<i64> {
            let v = get(col);
            if v.is_empty() {
                if required {
                    bad(col, "error-required", v);
                }
                return None;
            }
            let found = matcher.find(kind, v);
            if found.is_none() {
                bad(col, "import-error-unknown-value", v);
            }
            found
        };
        let channel = list("channel", ListKind::Channel, true);
        let age = list("age_group", ListKind::AgeGroup, true);
        let category = list("category", ListKind::Category, true);
        let mode = list("contact_mode", ListKind::ContactMode, false);
        let destination = list("referral_destination", ListKind::ReferralDestination, false);
        let kind = list("referral_kind", ListKind::ReferralKind, false);
        let outcome = list("closing_outcome", ListKind::ClosingOutcome, false);
        let mut secondary = Vec::new();
        for part in get("secondary_categories").split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match matcher.find(ListKind::Category, part) {
                Some(s) if Some(s) != category && !secondary.contains(&s) => secondary.push(s),
                Some(_) => {}
                None => bad("secondary_categories", "import-error-unknown-value", part),
            }
        }
        let returning = yes_no(get("returning")).unwrap_or_else(|| {
            bad("returning", "import-error-yes-no", get("returning"));
            false
        });
        let residency = residency(get("residency")).unwrap_or_else(|| {
            bad("residency", "import-error-residency", get("residency"));
            Residency::NotApplicable
        });
        let org = get("referring_organisation");
        if org.chars().count() > 200 {
            bad("referring_organisation", "error-text", org);
        }
        let contacts = match get("contacts") {
            "" => 1,
            v => match v.parse::<u32>() {
                Ok(n) if (1..=MAX_CONTACTS).contains(&n) => n,
                _ => {
                    bad("contacts", "import-error-contacts", v);
                    1
                }
            },
        };
        let minutes = match get("minutes") {
            "" => 0,
            v => match v.parse::<u32>() {
                Ok(n) if n <= MAX_MINUTES => n,
                _ => {
                    bad("minutes", "import-error-minutes", v);
                    0
                }
            },
        };
        let status = referral_status(get("referral_status")).unwrap_or_else(|| {
            bad("referral_status", "import-error-unknown-value", get("referral_status"));
            ReferralStatus::Suggested
        });
        if destination.is_some() != kind.is_some() {
            let col = if destination.is_none() { "referral_destination" } else { "referral_kind" };
            bad(col, "import-error-referral-pair", "");
        }
        let established = match get("support_established") {
            "" => None,
            v => date(v).or_else(|| {
                bad("support_established", "import-error-date", v);
                None
            }),
        };
        let closed = match get("closed") {
            "" => None,
            v => date(v).or_else(|| {
                bad("closed", "import-error-date", v);
                None
            }),
        };
        if closed.is_some() && outcome.is_none() && get("closing_outcome").is_empty() {
            bad("closing_outcome", "import-error-outcome-needed", "");
        }
        if let (Some(f), Some(c)) = (first, closed)
            && c < f
        {
            bad("closed", "error-before-first-contact", get("closed"));
        }
        if !ok {
            continue;
        }
        let (Some(first), Some(channel), Some(age), Some(category)) = (first, channel, age, category) else { continue };
        let Some(mode) = mode.or_else(|| default_mode(lists, channel)) else {
            problem(row, "contact_mode", "error-required", "");
            continue;
        };
        let per = minutes / contacts;
        let contact_rows = (0..contacts)
            .map(|n| NewContact {
                on: first,
                mode_id: mode,
                minutes: (per + if n == 0 { minutes % contacts } else { 0 }) as i32,
                venue_id: None,
                note: String::new(),
                author_id: coordinator_id,
            })
            .collect();
        let referral = destination.zip(kind).map(|(d, k)| NewReferral {
            destination_id: d,
            kind_id: k,
            on: first,
            consent: false,
            info_shared: false,
            status: if established.is_some() { ReferralStatus::SupportEstablished } else { status },
            established_on: established,
        });
        cases.push(ImportCase {
            row,
            case: NewCase {
                unit_id,
                channel_id: channel,
                first_contact_on: first,
                age_group_id: age,
                main_category_id: category,
                secondary,
                returning,
                previous_case_id: None,
                residency,
                referring_org: Some(org.to_owned()).filter(|o| !o.is_empty()),
                coordinator_id,
                external_id: Some(id.to_owned()),
            },
            contacts: contact_rows,
            referral,
            closed: closed.zip(outcome),
        });
    }
    Parsed { cases, problems, already }
}
