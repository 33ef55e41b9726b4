//! The report summary kept on each case (see migration m0011): recomputed in one statement when a
//! case changes, and for a unit's new cases after an import.
use sea_orm::{ConnectionTrait, DbBackend};

use crate::{Result, Tx, now};

/// The statement that recomputes what the effect report reads from a case (see migration m0011):
/// the number of contacts and their minutes, and the days from the first contact to the first
/// contact in a meeting mode and to the first established support. For one case, or for all.
pub(crate) fn summary_sql(backend: DbBackend, case_id: Option<i64>) -> String {
    let days = |later: &str| match backend {
        DbBackend::Postgres => format!("(({later}) - cases.first_contact_on)"),
        _ => format!("CAST(julianday(({later})) - julianday(cases.first_contact_on) AS INTEGER)"),
    };
    let first_meeting = "SELECT MIN(k.on_date) FROM contacts k JOIN list_entries l ON l.id = k.mode_id \
                         WHERE k.case_id = cases.id AND l.meeting";
    let established = "SELECT MIN(r.established_on) FROM referrals r \
                       WHERE r.case_id = cases.id AND r.established_on IS NOT NULL";
    let filter = case_id.map(|id| format!(" WHERE id = {id}")).unwrap_or_default();
    format!(
        "UPDATE cases SET \
         contact_count = (SELECT COUNT(*) FROM contacts k WHERE k.case_id = cases.id), \
         contact_minutes = (SELECT COALESCE(SUM(k.minutes), 0) FROM contacts k WHERE k.case_id = cases.id), \
         wait_days = {}, support_days = {}{filter}",
        days(first_meeting),
        days(established)
    )
}

impl Tx {
    /// Marks the case changed and brings its report summary up to date, in one statement.
    pub(crate) async fn touch_case(&self, id: i64) -> Result<()> {
        let sql =
            summary_sql(self.db_backend(), Some(id)).replacen(" SET ", &format!(" SET updated_at = {}, ", now()), 1);
        self.conn().execute_unprepared(&sql).await?;
        Ok(())
    }

    /// Brings the report summary of a unit's cases from `first_id` on up to date (after an import).
    pub async fn refresh_summaries(&self, unit_id: i64, first_id: i64) -> Result<()> {
        let sql = summary_sql(self.db_backend(), None) + &format!(" WHERE unit_id = {unit_id} AND id >= {first_id}");
        self.conn().execute_unprepared(&sql).await?;
        Ok(())
    }
}
