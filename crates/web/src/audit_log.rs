//! Building audit rows from the request's actor.
use lotsen_store::NewAudit;
use serde_json::Value;

use crate::auth::Actor;
use crate::client::ClientIp;

pub fn by(
    actor: &Actor,
    ip: &ClientIp,
    action: &'static str,
    record_type: &'static str,
    record_id: impl ToString,
    detail: Value,
) -> NewAudit {
    NewAudit {
        actor_id: Some(actor.user_id),
        actor_name: actor.username.clone(),
        unit_id: Some(actor.unit_id),
        action,
        record_type,
        record_id: record_id.to_string(),
        detail,
        ip: ip.0.clone(),
    }
}
