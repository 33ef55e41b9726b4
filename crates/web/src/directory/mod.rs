//! The support directory ("Hitta stöd") on Open Referral HSDS 3.0. [`hsds`] is the standard's
//! read API under `/api/hsds/`.
pub mod hsds;
pub mod params;
pub mod search;
pub mod transfer;
