//! Lotsen's application layer: the use cases, as functions over the store and the domain.
//!
//! A handler, HTML or JSON, extracts the request into a typed command, calls one use case here and
//! renders what it answers. Nothing in this crate knows HTTP, templates or languages; the time
//! comes from the [`Clock`](lotsen_domain::clock::Clock) the store carries.
#![forbid(unsafe_code)]

pub mod caller;
pub mod case;
pub mod directory;
pub mod dropin;
mod error;
pub mod extended;
pub mod family;
pub mod family_plan;
pub mod housing;
pub mod import;
pub mod inquiry;
pub mod journal;
pub mod log_review;
pub mod person;
pub mod privacy;
pub mod records_request;
pub mod report;
pub mod retention;
pub mod transfer;

pub use caller::Caller;
pub use error::Error;
