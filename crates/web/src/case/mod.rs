//! The case log: quick registration, the case list, the case page and the work on a case.
mod access;
pub mod close;
pub mod correct;
pub mod edit;
pub mod export;
pub mod extended;
mod extended_view;
pub mod identity;
pub mod journal;
pub mod keep;
pub mod list;
pub mod new;
pub mod page_forms;
pub mod person;
pub mod records;
pub mod show;
mod suggestions;
pub mod work;
