//! The report summary kept on each case (see migration m0011): recomputed in one statement when a
//! case changes, and for a unit's new cases after an import.
use lotsen_domain::ids::{CaseId, UnitId};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::{Result, Tx};

/// The statement that recomputes what the effect report reads from a case (see migration m0011):
/// the number of contacts and their minutes, and the days from the first contact to the first
/// contact in a meeting mode and to the first established support. For every case; the callers
/// that recompute fewer add a `WHERE` whose values they bind.
pub(crate) fn summary_sql(backend: DbBackend) -> String {
    summary_update(backend, "")
}

/// [`summary_sql`] with `set`, fixed SQL that names its values by placeholder, first in its `SET`
/// list.
fn summary_update(backend: DbBackend, set: &str) -> String {
    let days = |later: &str| match backend {
        DbBackend::Postgres => format!("(({later}) - cases.first_contact_on)"),
        _ => format!("CAST(julianday(({later})) - julianday(cases.first_contact_on) AS INTEGER)"),
    };
    let first_meeting = "SELECT MIN(k.on_date) FROM contacts k JOIN list_entries l ON l.id = k.mode_id \
                         WHERE k.case_id = cases.id AND l.meeting";
    let established = "SELECT MIN(r.established_on) FROM referrals r \
                       WHERE r.case_id = cases.id AND r.established_on IS NOT NULL";
    format!(
        "UPDATE cases SET {set}\
         contact_count = (SELECT COUNT(*) FROM contacts k WHERE k.case_id = cases.id), \
         contact_minutes = (SELECT COALESCE(SUM(k.minutes), 0) FROM contacts k WHERE k.case_id = cases.id), \
         wait_days = {}, support_days = {}",
        days(first_meeting),
        days(established)
    )
}

impl Tx {
    /// Marks the case changed and brings its report summary up to date, in one statement.
    pub(crate) async fn touch_case(&self, id: CaseId) -> Result<()> {
        let backend = self.db_backend();
        let sql = format!("{} WHERE id = $2", summary_update(backend, "updated_at = $1, "));
        self.conn().execute_raw(Statement::from_sql_and_values(backend, sql, [self.now().into(), id.into()])).await?;
        Ok(())
    }

    /// Brings the report summary of a unit's cases from `first_id` on up to date (after an import).
    pub async fn refresh_summaries(&self, unit_id: UnitId, first_id: CaseId) -> Result<()> {
        let backend = self.db_backend();
        let sql = format!("{} WHERE unit_id = $1 AND id >= $2", summary_sql(backend));
        self.conn()
            .execute_raw(Statement::from_sql_and_values(backend, sql, [unit_id.into(), first_id.into()]))
            .await?;
        Ok(())
    }
}
