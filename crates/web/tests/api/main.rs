#![allow(clippy::unwrap_used)]
//! Integration tests: the real server on a random port, driven over HTTP, on SQLite and PostgreSQL.
mod helpers;

mod admin;
mod api;
mod audit;
mod auth;
mod bad_input;
mod cases;
mod clock;
mod concern;
mod conformance;
mod contact;
mod directory;
mod directory_referrals;
mod directory_staff;
mod dropin;
mod extended;
mod families;
mod hardening;
mod housing;
mod hsds;
mod import;
mod journal;
mod log_review;
mod matrix;
mod outreach;
mod persons;
mod records;
mod records_request;
mod report;
mod report_inputs;
mod report_units;
mod retention;
mod scoped;
mod support;
mod survey;
