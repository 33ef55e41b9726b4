//! SeaORM entities. They stay inside the store crate: the domain never sees them.
pub mod api_token;
pub mod audit_log;
pub mod case;
pub mod case_category;
pub mod contact;
pub mod follow_up;
pub mod identity;
pub mod list_entry;
pub mod login_failure;
pub mod referral;
pub mod session;
pub mod setup_token;
pub mod unit;
pub mod user;
