//! The support directory ("Hitta stöd") on Open Referral HSDS 3.0. [`hsds`] is the standard's
//! read API under `/api/hsds/`.
pub mod cache;
pub mod hsds;
pub mod opening;
pub mod own;
pub mod params;
pub mod search;
pub mod staff;
pub mod suggest;
pub mod transfer;
