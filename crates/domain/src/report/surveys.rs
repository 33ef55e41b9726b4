//! One survey question over a report period: answers by colour, the share of green and whether
//! the goal is met, small counts hidden.
use super::figures::Count;
use super::money::{round_div, to_i64};
use crate::privacy::{Sum, protect};
use crate::survey::Colour;

/// One survey question over a period: answers by colour, the share of green and the goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFigures {
    pub survey_id: i64,
    pub question: String,
    /// Green, yellow, red.
    pub colours: [Count; 3],
    pub total: Count,
    /// Share of green in tenths of a percent, when the counts may be shown.
    pub green_share: Option<i64>,
    pub goal: Option<u8>,
    /// Whether the goal is met; `None` without a goal or with too few answers to say.
    pub met: Option<bool>,
}

impl QuestionFigures {
    pub fn build(survey_id: i64, question: &str, counts: [i64; 3], goal: Option<u8>, threshold: i64) -> Self {
        let total: i64 = counts.iter().sum();
        let mut values = counts.to_vec();
        values.push(total);
        let h = protect(&values, &[Sum { total: 3, parts: vec![0, 1, 2] }], threshold);
        let c = |i: usize| Count { value: values[i], hidden: h[i] };
        // A share of a handful of answers says who answered what: it needs a shown total, no
        // hidden colour, and at least `threshold` answers.
        let enough = total >= threshold && !h.iter().any(|x| *x);
        let green_share = enough.then(|| to_i64(round_div(i128::from(counts[0]) * 1000, i128::from(total))));
        let met = match (green_share, goal) {
            (Some(s), Some(g)) => Some(s >= i64::from(g) * 10),
            _ => None,
        };
        QuestionFigures {
            survey_id,
            question: question.to_owned(),
            colours: [c(0), c(1), c(2)],
            total: c(3),
            green_share,
            goal,
            met,
        }
    }

    pub fn colour(&self, c: Colour) -> Count {
        self.colours[Colour::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }
}
