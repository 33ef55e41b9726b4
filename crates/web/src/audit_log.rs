//! Building audit rows from the request's actor.
use lotsen_app::Caller;
use lotsen_domain::audit_action::AuditAction;
use lotsen_store::NewAudit;
use serde_json::Value;

use crate::auth::Actor;
use crate::client::ClientIp;

/// The request's actor as the application layer knows them.
pub fn caller(actor: &Actor, ip: &ClientIp) -> Caller {
    Caller { user_id: actor.user_id, username: actor.username.clone(), unit_id: actor.unit_id, ip: ip.0.clone() }
}

pub fn by(
    actor: &Actor,
    ip: &ClientIp,
    action: AuditAction,
    record_type: &'static str,
    record_id: impl ToString,
    detail: Value,
) -> NewAudit {
    caller(actor, ip).audit(action, record_type, record_id, detail)
}
