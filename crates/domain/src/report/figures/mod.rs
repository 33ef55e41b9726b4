//! The effect report's counts: from the grouped facts the store reads for a period (and for the
//! period before it) to tables of figures, each row knowing what it counts so it can link to the
//! cases behind it, with small counts and whatever would give them away hidden (DESIGN rule 6).
//!
//! Definitions, printed on the report as well:
//! - a case is *handled* in a period when its first contact is on or before the period's last day
//!   and it was not closed before the period's first day;
//! - *closed*, the closing outcomes and the effort (contacts, time) count the cases closed in the
//!   period, whose effort is final;
//! - referrals count the referrals made in the period on handled cases, one per case and cell;
//! - waiting times are over the cases whose first contact is in the period;
//! - follow-ups count the cases whose follow-up was done in the period, per outcome.
use std::collections::HashMap;

mod facts;
mod keys;
mod layout;
mod tables;

pub use facts::{
    CONTACT_BUCKETS, CaseCell, Entries, Entry, Facts, RefState, ReferralCell, TIME_BUCKETS, contact_bucket, time_bucket,
};
pub use keys::{GROUPS, RowKey};
use layout::{hidden, layouts, tally};
use tables::days;
pub use tables::{Count, Days, Row, Table, nearest_rank};

/// The case figures of a report: tables for this period beside the previous one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFigures {
    pub tables: Vec<Table>,
    pub waits: Days,
    pub waits_before: Option<Days>,
    pub to_support: Days,
    pub to_support_before: Option<Days>,
}

impl CaseFigures {
    pub fn table(&self, id: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// A count anywhere in the report (the same key has the same count in every table).
    pub fn count(&self, key: &RowKey) -> Option<Count> {
        self.tables.iter().find_map(|t| t.row(key)).map(|r| r.now)
    }
}

impl CaseFigures {
    /// Builds the tables for `now` beside `before` (when there is a previous period), hiding counts
    /// below `threshold` and whatever would reveal them, in each period on its own.
    pub fn build(e: &Entries, now: &Facts, before: Option<&Facts>, threshold: i64) -> Self {
        let tn = tally(now, e);
        let tb = before.map(|b| tally(b, e));
        let empty = HashMap::new();
        let ls = layouts(e, &tn, tb.as_ref().unwrap_or(&empty));
        let hn = hidden(&tn, &ls, threshold);
        let hb = tb.as_ref().map(|tb| hidden(tb, &ls, threshold));
        let count = |t: &HashMap<RowKey, i64>, h: &HashMap<RowKey, bool>, k: &RowKey| Count {
            value: t.get(k).copied().unwrap_or(0),
            hidden: h.get(k).copied().unwrap_or(false),
        };
        let row = |k: &RowKey, total: bool| Row {
            key: k.clone(),
            now: count(&tn, &hn, k),
            before: tb.as_ref().zip(hb.as_ref()).map(|(t, h)| count(t, h, k)),
            total,
        };
        let mut tables: Vec<Table> = Vec::new();
        for l in &ls {
            let mut rows: Vec<Row> = Vec::new();
            if l.id == "cases" {
                rows.extend(l.total.iter().map(|k| row(k, true)));
                rows.extend(l.extra.iter().map(|k| row(k, false)));
            } else {
                rows.extend(l.parts.iter().map(|k| row(k, false)));
                if l.id != "referral_destinations" {
                    rows.extend(l.total.iter().map(|k| row(k, true)));
                } else {
                    // A group's destinations come under the group's own row.
                    rows.splice(0..0, l.total.iter().map(|k| row(k, true)));
                }
            }
            match tables.iter_mut().find(|t| t.id == l.id) {
                Some(t) => t.rows.extend(rows),
                None => tables.push(Table { id: l.id, rows }),
            }
        }
        let wb = before.map(|b| days(&b.waits, threshold));
        let sb = before.map(|b| days(&b.to_support, threshold));
        CaseFigures {
            tables,
            waits: days(&now.waits, threshold),
            waits_before: wb,
            to_support: days(&now.to_support, threshold),
            to_support_before: sb,
        }
    }
}

#[cfg(test)]
mod tests;
