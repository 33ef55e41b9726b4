//! SeaORM entities. They stay inside the store crate: the domain never sees them.
pub mod audit_log;
pub mod login_failure;
pub mod session;
pub mod setup_token;
pub mod unit;
pub mod user;
