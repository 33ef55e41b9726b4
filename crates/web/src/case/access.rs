//! Who may see who a case is about: its call-back details, its resident and its journal.
use lotsen_domain::ids::{CaseId, UserId};
use lotsen_store::{CaseRecord, Scoped};

use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Who may see identified details: the responsible coordinator and the unit's managers.
pub fn may_see_identity(actor: &Actor, coordinator_id: UserId) -> bool {
    actor.user_id == coordinator_id || actor.role.reviews_audit_log()
}

/// Case `id` of the actor's unit, for someone who may see and change who it is about (its
/// call-back details, its resident, its journal): the responsible coordinator and the unit's
/// managers; forbidden to anyone else, not found in another unit.
pub async fn identified_case(state: &AppState, actor: &Actor, id: CaseId) -> AppResult<Scoped<CaseRecord>> {
    let case = state.store.case(actor.unit_id, id).await?;
    if may_see_identity(actor, case.coordinator_id) { Ok(case) } else { Err(AppError::Forbidden) }
}

/// The same, and also for the contact person of the resident's running continued contact, who
/// keeps in touch: they read the resident's details, keep the agreement's check-ins and write in
/// the journal, but do not change the resident's details or call-back details.
pub async fn contact_case(state: &AppState, actor: &Actor, id: CaseId) -> AppResult<Scoped<CaseRecord>> {
    let case = state.store.case(actor.unit_id, id).await?;
    if may_see_identity(actor, case.coordinator_id)
        || (case.person_id.is_some() && state.store.keeps_contact(&case, actor.user_id).await?)
    {
        Ok(case)
    } else {
        Err(AppError::Forbidden)
    }
}
