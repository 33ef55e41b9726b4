//! The support directory ("Hitta stöd") on Open Referral HSDS 3.0. [`hsds`] is the standard's
//! read API under `/api/hsds/`.
pub mod hsds;
pub mod params;
pub mod search;
pub mod staff;
pub mod transfer;

pub use lotsen_app::directory::{cache, languages, opening, own, suggest};

use crate::auth::Actor;
use crate::error::{AppError, AppResult};

/// Before showing a form that changes entry `id`, or taking one: the actor's unit maintains it,
/// or the answer is "not found" for what they may not see (another unit's internal entry, or
/// none) and "forbidden" for another unit's public entry, which they may read and refer to but
/// not change. The store checks again when it writes (`lotsen_store::Owned`).
pub fn may_change(snap: &cache::Snapshot, actor: &Actor, obj: &str, id: &str) -> AppResult<()> {
    if snap.all.get(obj, id).is_none() {
        Err(AppError::NotFound)
    } else if snap.flags.owned_by(actor.unit_id, id) {
        Ok(())
    } else if snap.flags.seen_by(actor.unit_id, id) {
        Err(AppError::Forbidden)
    } else {
        Err(AppError::NotFound)
    }
}
