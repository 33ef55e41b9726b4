//! Staff roles. Every role is held within one unit ("verksamhet").
use serde::{Deserialize, Serialize};

use crate::Invalid;

/// What a staff member may do, always within their own unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// "Råd- och stödkoordinator": logs cases and contacts, refers onwards, follows up.
    Coordinator,
    /// "Enhetschef": sees every case of the unit, the effect report and the audit log.
    Manager,
    /// Development officer or economist: aggregated statistics only, never identified data.
    Analyst,
    /// Configures lists, users and retention for the unit.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Coordinator, Role::Manager, Role::Analyst, Role::Admin];

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Manager => "manager",
            Role::Analyst => "analyst",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(Invalid::new("error-role"))
    }

    /// Managers review the audit log ("loggkontroll").
    pub const fn reviews_audit_log(self) -> bool {
        matches!(self, Role::Manager)
    }

    /// Coordinators and managers work with cases; analysts see only aggregates, admins only settings.
    pub const fn works_cases(self) -> bool {
        matches!(self, Role::Coordinator | Role::Manager)
    }

    /// Admins and managers plan drop-in times: venues and series.
    pub const fn plans_dropin(self) -> bool {
        matches!(self, Role::Admin | Role::Manager)
    }

    /// Everyone but analysts runs drop-in sessions: cancels, moves, records who came.
    pub const fn runs_dropin(self) -> bool {
        matches!(self, Role::Admin | Role::Manager | Role::Coordinator)
    }

    /// Keeps the support directory: adds, edits, checks and retires services. Analysts read
    /// figures only.
    pub const fn keeps_directory(self) -> bool {
        matches!(self, Role::Admin | Role::Manager | Role::Coordinator)
    }

    /// Admins and managers word the unit's surveys and set their goals.
    pub const fn plans_surveys(self) -> bool {
        matches!(self, Role::Admin | Role::Manager)
    }

    /// Survey free text is read by those who act on it, not by analysts (it may name someone
    /// despite the notice not to).
    pub const fn reads_free_text(self) -> bool {
        matches!(self, Role::Admin | Role::Manager | Role::Coordinator)
    }

    /// Coordinators, managers and analysts read the effect report; only those who work cases
    /// follow its figures to the cases behind them.
    /// May be let read another unit's report: those who read reports but never cases of that
    /// unit anyway.
    pub const fn may_read_other_units(self) -> bool {
        matches!(self, Role::Manager | Role::Analyst)
    }

    pub const fn reads_report(self) -> bool {
        matches!(self, Role::Coordinator | Role::Manager | Role::Analyst)
    }

    /// Admins manage accounts and the unit's settings.
    pub const fn administers(self) -> bool {
        matches!(self, Role::Admin)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_role_by_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("superuser").is_err());
        assert!(Role::parse("").is_err());
    }

    #[test]
    fn only_managers_review_the_audit_log() {
        let reviewers: Vec<_> = Role::ALL.into_iter().filter(|r| r.reviews_audit_log()).collect();
        assert_eq!(reviewers, vec![Role::Manager]);
    }
}
