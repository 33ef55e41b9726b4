//! The effect report: its counts ([`figures`]), its periods ([`period`]), its money (cost per case
//! and estimated savings), and the tables of concern reports and survey answers beside them.
pub mod figures;
pub mod period;
pub mod programmes;

mod concerns;
mod money;
mod surveys;

pub use concerns::ConcernTable;
pub use figures::Count;
pub use money::{
    CostPart, Inputs, Money, Saving, concern_saving, cost_for_period, cost_per_case, holding_at, round_div,
    school_saving,
};
pub use surveys::QuestionFigures;

#[cfg(test)]
mod tests;
