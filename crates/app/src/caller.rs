//! Who is acting: the staff member, their unit and where the request came from, as the audit log
//! records every change.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{UnitId, UserId};
use lotsen_store::NewAudit;
use serde_json::Value;

/// A signed-in staff member acting in their unit.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: UserId,
    pub username: String,
    pub unit_id: UnitId,
    /// The client's address as the web layer read it.
    pub ip: String,
}

impl Caller {
    /// An audit row of this caller's.
    pub fn audit(
        &self,
        action: AuditAction,
        record_type: &'static str,
        record_id: impl ToString,
        detail: Value,
    ) -> NewAudit {
        NewAudit {
            actor_id: Some(self.user_id),
            actor_name: self.username.clone(),
            unit_id: Some(self.unit_id),
            action,
            record_type,
            record_id: record_id.to_string(),
            detail,
            ip: self.ip.clone(),
        }
    }
}
