//! Administration of a unit: its staff accounts, its settings and look, and new units.
pub mod import;
pub mod lists;
pub mod public_info;
pub mod readers;
pub mod retention;
pub mod tokens;
pub mod unit;
pub mod units;
pub mod users;
