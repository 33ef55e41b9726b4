//! Lotsen's domain: the types and rules of the work, with no I/O, no async and no SQL.
//!
//! Values with rules are newtypes with a private field and a `parse` constructor, so an invalid
//! value cannot exist past the edge of the system. Ids are typed (`ids`); with the `sea-orm` feature,
//! which only the store turns on, they are also database values.
#![forbid(unsafe_code)]

pub mod account;
pub mod audit;
pub mod audit_action;
pub mod audit_checkpoint;
pub mod case;
pub mod clock;
pub mod concern;
pub mod directory;
pub mod dropin;
pub mod follow;
pub mod ids;
pub mod inquiry;
pub mod lists;
pub mod locale;
pub mod log_review;
pub mod outbox;
pub mod outreach;
pub mod privacy;
pub mod public_page;
pub mod records;
pub mod report;
pub mod report_input;
pub mod role;
pub mod search;
pub mod signin;
pub mod spreadsheet;
pub mod survey;
pub mod transfer;
pub mod two_factor;
pub mod unit;

/// Why a submitted value was refused. `message_id` names the Fluent message that explains it to a
/// person in their language; the domain never holds UI text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{message_id}")]
pub struct Invalid {
    pub message_id: &'static str,
}

impl Invalid {
    pub const fn new(message_id: &'static str) -> Self {
        Self { message_id }
    }
}
