//! Concern reports of a period's months as the report shows them: months by outcome, with totals,
//! small counts hidden.
use super::figures::Count;
use crate::concern::Outcome;
use crate::privacy::{Sum, protect};

/// Concern reports of the months in a period: months × outcomes with totals, protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcernTable {
    /// (year, month, counts per outcome in `Outcome::ALL` order, month total)
    pub months: Vec<((i32, u32), [Count; 3], Count)>,
    pub totals: [Count; 3],
    pub total: Count,
}

impl ConcernTable {
    /// `months` holds the months with figures, in order.
    pub fn build(months: &[((i32, u32), [i64; 3])], threshold: i64) -> Option<Self> {
        if months.is_empty() {
            return None;
        }
        // values: cells (m×3), month totals (m), outcome totals (3), grand total.
        let m = months.len();
        let mut values: Vec<i64> = months.iter().flat_map(|(_, c)| c.iter().copied()).collect();
        values.extend(months.iter().map(|(_, c)| c.iter().sum::<i64>()));
        values.extend((0..3).map(|o| months.iter().map(|(_, c)| c[o]).sum::<i64>()));
        values.push(months.iter().flat_map(|(_, c)| c.iter()).sum());
        let grand = values.len() - 1;
        let mut sums: Vec<Sum> =
            (0..m).map(|i| Sum { total: 3 * m + i, parts: (0..3).map(|o| 3 * i + o).collect() }).collect();
        sums.extend((0..3).map(|o| Sum { total: 4 * m + o, parts: (0..m).map(|i| 3 * i + o).collect() }));
        sums.push(Sum { total: grand, parts: (0..m).map(|i| 3 * m + i).collect() });
        sums.push(Sum { total: grand, parts: (0..3).map(|o| 4 * m + o).collect() });
        let h = protect(&values, &sums, threshold);
        let c = |i: usize| Count { value: values[i], hidden: h[i] };
        Some(ConcernTable {
            months: months
                .iter()
                .enumerate()
                .map(|(i, (ym, _))| (*ym, [c(3 * i), c(3 * i + 1), c(3 * i + 2)], c(3 * m + i)))
                .collect(),
            totals: [c(4 * m), c(4 * m + 1), c(4 * m + 2)],
            total: c(grand),
        })
    }

    pub fn outcome(&self, o: Outcome) -> Count {
        self.totals[Outcome::ALL.iter().position(|x| *x == o).unwrap_or(0)]
    }
}
