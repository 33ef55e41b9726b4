//! The published shapes of the figures: a count that may be hidden, rows beside the previous
//! period, tables of rows, and waiting times as a median and 90th percentile.
use super::keys::RowKey;

/// A count as published: its value and whether it must be hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    pub value: i64,
    pub hidden: bool,
}

impl Count {
    /// The value when it may be shown.
    pub fn shown(self) -> Option<i64> {
        (!self.hidden).then_some(self.value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub key: RowKey,
    pub now: Count,
    /// The previous period's count, when there is a previous period.
    pub before: Option<Count>,
    /// A total or subtotal row.
    pub total: bool,
}

impl Row {
    /// The change from the previous period, when both counts may be shown.
    pub fn change(&self) -> Option<i64> {
        Some(self.now.shown()? - self.before?.shown()?)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Stable name: "channels", "age_groups", … (file and sheet names in exports).
    pub id: &'static str,
    pub rows: Vec<Row>,
}

impl Table {
    pub fn row(&self, key: &RowKey) -> Option<&Row> {
        self.rows.iter().find(|r| &r.key == key)
    }
}

/// A median and 90th percentile of days, over `n` cases; hidden when `n` is small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    pub n: i64,
    pub median: Option<i64>,
    pub p90: Option<i64>,
    pub hidden: bool,
}

/// The value at `p` percent by the nearest-rank method: the smallest value with at least `p` % of
/// the cases at or below it. `hist` is (value, cases).
pub fn nearest_rank(hist: &[(i64, i64)], p: i64) -> Option<i64> {
    let mut h: Vec<(i64, i64)> = hist.iter().filter(|(_, n)| *n > 0).map(|(v, n)| ((*v).max(0), *n)).collect();
    h.sort_unstable();
    let n: i64 = h.iter().map(|(_, c)| c).sum();
    if n == 0 {
        return None;
    }
    // rank = ceil(p × n / 100), at least 1.
    let rank = ((p * n + 99) / 100).max(1);
    let mut seen = 0;
    for (v, c) in h {
        seen += c;
        if seen >= rank {
            return Some(v);
        }
    }
    None
}

pub(super) fn days(hist: &[(i64, i64)], threshold: i64) -> Days {
    let n = hist.iter().map(|(_, c)| c).sum();
    let hidden = n > 0 && n < threshold;
    Days { n, median: nearest_rank(hist, 50), p90: nearest_rank(hist, 90), hidden }
}
