//! What the effect report reads: each part of a period's figures in one grouped query, so a year of
//! a large city is a handful of passes over indexed rows (see bench/). The definitions are those of
//! `lotsen_domain::report::figures`; the case list's report filters use the same conditions.
use chrono::NaiveDate;
use lotsen_domain::case::FollowUpOutcome;
use lotsen_domain::report::figures::{CaseCell, Facts, RefState, ReferralCell};
use lotsen_domain::survey::Colour;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QueryResult, QuerySelect, Statement,
};

use crate::entity::case;

use crate::{Result, Store};

/// Cases of `unit` handled in `from..=to`: first contact on or before the last day, not closed
/// before the first. Dates and ids are formatted by us, never taken from text.
///
/// Written as two branches on `(unit_id, closed_on)` so both engines read only the cases closed
/// since the period began and the open ones, not every case that started before it ended.
pub(crate) fn handled_sql(unit: i64, from: NaiveDate, to: NaiveDate) -> String {
    format!(
        "((cases.unit_id = {unit} AND cases.closed_on >= '{from}' AND cases.first_contact_on <= '{to}') \
         OR (cases.unit_id = {unit} AND cases.closed_on IS NULL AND cases.first_contact_on <= '{to}'))"
    )
}

/// The given columns of the cases of `unit` handled in `from..=to`, as a subquery: the two
/// branches of [`handled_sql`] as one `UNION ALL`, so each is read from the `cases_report` index
/// alone (an `OR` would make SQLite fetch every row from the table).
fn handled_rows(unit: i64, from: NaiveDate, to: NaiveDate, cols: &str) -> String {
    format!(
        "(SELECT {cols} FROM cases WHERE cases.unit_id = {unit} AND cases.closed_on >= '{from}' \
         AND cases.first_contact_on <= '{to}' \
         UNION ALL SELECT {cols} FROM cases WHERE cases.unit_id = {unit} AND cases.closed_on IS NULL \
         AND cases.first_contact_on <= '{to}')"
    )
}

/// A SQL list of text values (our own codes only).
fn codes(list: &[&str]) -> String {
    list.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")
}

/// The CASE expression giving a referral's [`RefState`] code number (its position in `ALL`).
fn state_sql() -> String {
    format!(
        "CASE WHEN r.status IN ({}) THEN 0 WHEN r.status IN ({}) THEN 2 ELSE 1 END",
        codes(RefState::Established.statuses()),
        codes(RefState::Ended.statuses())
    )
}

/// A nullable integer column that may come back as 32 or 64 bits.
fn int_at(r: &QueryResult, i: usize) -> Result<Option<i64>> {
    Ok(match r.try_get_by_index::<Option<i64>>(i) {
        Ok(v) => v,
        Err(_) => r.try_get_by_index::<Option<i32>>(i)?.map(i64::from),
    })
}

/// Survey answers of a period: (survey, question, colour, answers).
pub type SurveyCounts = Vec<(i64, String, Colour, i64)>;

impl Store {
    async fn rows(&self, sql: String) -> Result<Vec<QueryResult>> {
        let backend = self.conn().get_database_backend();
        Ok(self.conn().query_all_raw(Statement::from_string(backend, sql)).await?)
    }

    /// The grouped facts of one period for one unit.
    pub async fn report_facts(&self, unit: i64, from: NaiveDate, to: NaiveDate) -> Result<Facts> {
        let cells = handled_rows(
            unit,
            from,
            to,
            &format!(
                "channel_id, age_group_id, main_category_id, \"returning\" AS h_returning, \
                 CASE WHEN closed_on >= '{from}' AND closed_on <= '{to}' THEN closing_outcome_id END AS h_outcome, \
                 CASE WHEN contact_count <= 2 THEN 0 WHEN contact_count <= 5 THEN 1 ELSE 2 END AS h_contacts, \
                 CASE WHEN contact_minutes < 60 THEN 0 WHEN contact_minutes <= 180 THEN 1 ELSE 2 END AS h_time"
            ),
        );
        let cells_sql = format!(
            "SELECT channel_id, age_group_id, main_category_id, h_returning, h_outcome, h_contacts, h_time, COUNT(*) \
             FROM {cells} h GROUP BY 1, 2, 3, 4, 5, 6, 7"
        );
        // Driven from the handled cases (CROSS JOIN keeps that order in SQLite; in PostgreSQL it
        // is the same inner join), each looked up in case_categories by its primary key.
        let ids = handled_rows(unit, from, to, "cases.id AS id");
        let secondary_sql = format!(
            "SELECT cc.category_id, COUNT(*) FROM {ids} h CROSS JOIN case_categories cc \
             WHERE cc.case_id = h.id GROUP BY 1"
        );
        let opened = format!(
            "cases.unit_id = {unit} AND cases.first_contact_on >= '{from}' AND cases.first_contact_on <= '{to}'"
        );
        // Both waiting times in one pass: (days to first meeting, days to support, cases).
        let waits_sql = format!(
            "SELECT wait_days, support_days, COUNT(*) FROM cases WHERE {opened} \
             AND (wait_days IS NOT NULL OR support_days IS NOT NULL) GROUP BY 1, 2"
        );
        let follow_sql = format!(
            "SELECT outcome, COUNT(DISTINCT case_id) FROM follow_ups WHERE unit_id = {unit} \
             AND done_on >= '{from}' AND done_on <= '{to}' AND outcome IS NOT NULL GROUP BY 1"
        );
        // Independent reads, run at once: SQLite in WAL mode and PostgreSQL both read in parallel.
        let (cell_rows, secondary, referrals, wait_rows, follow_rows) = tokio::try_join!(
            self.rows(cells_sql),
            self.pairs(secondary_sql),
            self.report_referrals(unit, from, to),
            self.rows(waits_sql),
            self.rows(follow_sql),
        )?;
        let mut cells = Vec::with_capacity(cell_rows.len());
        for r in cell_rows {
            let contacts: i32 = r.try_get_by_index(5)?;
            let time: i32 = r.try_get_by_index(6)?;
            cells.push(CaseCell {
                channel: r.try_get_by_index(0)?,
                age_group: r.try_get_by_index(1)?,
                category: r.try_get_by_index(2)?,
                returning: r.try_get_by_index(3)?,
                closed: r.try_get_by_index(4)?,
                contacts: u8::try_from(contacts).unwrap_or(0),
                time: u8::try_from(time).unwrap_or(0),
                count: r.try_get_by_index(7)?,
            });
        }
        let mut waits: Vec<(i64, i64)> = Vec::new();
        let mut to_support: Vec<(i64, i64)> = Vec::new();
        for r in wait_rows {
            let n: i64 = r.try_get_by_index(2)?;
            if let Some(w) = int_at(&r, 0)? {
                waits.push((w, n));
            }
            if let Some(s) = int_at(&r, 1)? {
                to_support.push((s, n));
            }
        }
        let mut follow_ups = Vec::new();
        for r in follow_rows {
            let code: String = r.try_get_by_index(0)?;
            if let Ok(o) = FollowUpOutcome::parse(&code) {
                follow_ups.push((o, r.try_get_by_index(1)?));
            }
        }
        Ok(Facts { cells, secondary, referrals, waits, to_support, follow_ups })
    }

    /// Referrals made in `from..=to` on cases handled then, per destination, kind and state, each
    /// case counted once per cell.
    pub async fn report_referrals(&self, unit: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<ReferralCell>> {
        let handled = handled_sql(unit, from, to);
        let sql = format!(
            "SELECT r.destination_id, r.kind_id, {}, COUNT(DISTINCT r.case_id) FROM referrals r \
             JOIN cases ON cases.id = r.case_id WHERE {handled} \
             AND r.on_date >= '{from}' AND r.on_date <= '{to}' GROUP BY 1, 2, 3",
            state_sql()
        );
        let mut referrals = Vec::new();
        for r in self.rows(sql).await? {
            let state: i32 = r.try_get_by_index(2)?;
            referrals.push(ReferralCell {
                destination: r.try_get_by_index(0)?,
                kind: r.try_get_by_index(1)?,
                state: RefState::ALL.get(usize::try_from(state).unwrap_or(1)).copied().unwrap_or(RefState::Pending),
                count: r.try_get_by_index(3)?,
            });
        }
        Ok(referrals)
    }

    /// (integer, count) rows; the integer may come back as 32 or 64 bits.
    async fn pairs(&self, sql: String) -> Result<Vec<(i64, i64)>> {
        let mut out = Vec::new();
        for r in self.rows(sql).await? {
            let k = match r.try_get_by_index::<i64>(0) {
                Ok(k) => k,
                Err(_) => i64::from(r.try_get_by_index::<i32>(0)?),
            };
            out.push((k, r.try_get_by_index(1)?));
        }
        Ok(out)
    }

    /// Survey answers of a unit given in weeks starting in `from..=to`.
    pub async fn report_survey_counts(&self, unit: i64, from: NaiveDate, to: NaiveDate) -> Result<SurveyCounts> {
        let sql = format!(
            "SELECT r.survey_id, a.question, a.value, COUNT(*) FROM survey_answers a \
             JOIN survey_responses r ON r.id = a.response_id \
             WHERE r.unit_id = {unit} AND r.week >= '{from}' AND r.week <= '{to}' GROUP BY 1, 2, 3"
        );
        let mut out = Vec::new();
        for r in self.rows(sql).await? {
            let value: i16 = r.try_get_by_index(2)?;
            let Some(colour) = Colour::from_value(value) else { continue };
            out.push((r.try_get_by_index(0)?, r.try_get_by_index(1)?, colour, r.try_get_by_index(3)?));
        }
        Ok(out)
    }

    /// The first contact of the unit's first case, which starts "since start".
    pub async fn first_case_on(&self, unit: i64) -> Result<Option<NaiveDate>> {
        Ok(case::Entity::find()
            .select_only()
            .column(case::Column::FirstContactOn)
            .filter(case::Column::UnitId.eq(unit))
            .order_by_asc(case::Column::FirstContactOn)
            .into_tuple()
            .one(self.conn())
            .await?)
    }
}
