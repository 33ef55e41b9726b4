//! What the effect report reads: each part of a period's figures in one grouped query, so a year of
//! a large city is a handful of passes over indexed rows (see bench/). The definitions are those of
//! `lotsen_domain::report::figures`; the case list's report filters use the same conditions.
//!
//! No value is written into the SQL text: each query names its values `$1`, `$2`, … and binds
//! them. PostgreSQL reads these placeholders itself; sqlx's SQLite driver binds `$n` to the n-th
//! value, a number used twice being one value, so one text serves both engines.
use chrono::NaiveDate;
use lotsen_domain::case::FollowUpOutcome;
use lotsen_domain::ids::{ListEntryId, UnitId};
use lotsen_domain::report::figures::{CaseCell, Facts, RefState, ReferralCell};
use lotsen_domain::survey::Colour;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QueryResult, QuerySelect, Statement,
    Value,
};

use crate::entity::case;

use crate::{Result, Store};

/// Cases of the unit `$1` handled in the period from `$2` to `$3`: first contact on or before the
/// last day, not closed before the first.
///
/// Written as two branches on `(unit_id, closed_on)` so both engines read only the cases closed
/// since the period began and the open ones, not every case that started before it ended.
const HANDLED: &str = "((cases.unit_id = $1 AND cases.closed_on >= $2 AND cases.first_contact_on <= $3) \
                       OR (cases.unit_id = $1 AND cases.closed_on IS NULL AND cases.first_contact_on <= $3))";

/// [`HANDLED`] as a condition on the case list's query, with its values bound there.
pub(crate) fn handled_condition(unit: UnitId, from: NaiveDate, to: NaiveDate) -> Condition {
    use case::Column as C;
    Condition::any()
        .add(Condition::all().add(C::UnitId.eq(unit)).add(C::ClosedOn.gte(from)).add(C::FirstContactOn.lte(to)))
        .add(Condition::all().add(C::UnitId.eq(unit)).add(C::ClosedOn.is_null()).add(C::FirstContactOn.lte(to)))
}

/// The values `$1`, `$2` and `$3` of the queries here: the unit, and the first and last day.
fn period(unit: UnitId, from: NaiveDate, to: NaiveDate) -> Vec<Value> {
    vec![unit.into(), from.into(), to.into()]
}

/// The given columns of the cases handled in the period (`$1` to `$3`), as a subquery: the two
/// branches of [`HANDLED`] as one `UNION ALL`, so each is read from the `cases_report` index
/// alone (an `OR` would make SQLite fetch every row from the table).
fn handled_rows(cols: &str) -> String {
    format!(
        "(SELECT {cols} FROM cases WHERE cases.unit_id = $1 AND cases.closed_on >= $2 \
         AND cases.first_contact_on <= $3 \
         UNION ALL SELECT {cols} FROM cases WHERE cases.unit_id = $1 AND cases.closed_on IS NULL \
         AND cases.first_contact_on <= $3)"
    )
}

/// The CASE expression giving a referral's [`RefState`] code number (its position in `ALL`), and
/// the statuses it names, bound from `$4` on (after [`period`]'s), one placeholder each.
fn state_sql() -> (String, Vec<Value>) {
    let mut statuses: Vec<Value> = Vec::new();
    let mut list = |state: RefState| {
        let names: Vec<String> = state
            .statuses()
            .iter()
            .map(|s| {
                statuses.push((*s).into());
                format!("${}", 3 + statuses.len())
            })
            .collect();
        names.join(", ")
    };
    let established = list(RefState::Established);
    let ended = list(RefState::Ended);
    (format!("CASE WHEN r.status IN ({established}) THEN 0 WHEN r.status IN ({ended}) THEN 2 ELSE 1 END"), statuses)
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
    async fn rows(&self, sql: impl Into<String>, values: Vec<Value>) -> Result<Vec<QueryResult>> {
        let backend = self.conn().get_database_backend();
        Ok(self.conn().query_all_raw(Statement::from_sql_and_values(backend, sql, values)).await?)
    }

    /// The grouped facts of one period for one unit.
    pub async fn report_facts(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> Result<Facts> {
        let cells = handled_rows(
            "channel_id, age_group_id, main_category_id, \"returning\" AS h_returning, returning_reason AS h_reason, \
             CASE WHEN closed_on >= $2 AND closed_on <= $3 THEN closing_outcome_id END AS h_outcome, \
             CASE WHEN contact_count <= 2 THEN 0 WHEN contact_count <= 5 THEN 1 ELSE 2 END AS h_contacts, \
             CASE WHEN contact_minutes < 60 THEN 0 WHEN contact_minutes <= 180 THEN 1 ELSE 2 END AS h_time",
        );
        let cells_sql = format!(
            "SELECT channel_id, age_group_id, main_category_id, h_returning, h_outcome, h_contacts, h_time, h_reason, \
             COUNT(*) FROM {cells} h GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
        );
        // Driven from the handled cases (CROSS JOIN keeps that order in SQLite; in PostgreSQL it
        // is the same inner join), each looked up in case_categories by its primary key.
        let ids = handled_rows("cases.id AS id");
        let secondary_sql = format!(
            "SELECT cc.category_id, COUNT(*) FROM {ids} h CROSS JOIN case_categories cc \
             WHERE cc.case_id = h.id GROUP BY 1"
        );
        // Both waiting times in one pass: (days to first meeting, days to support, cases).
        let waits_sql = "SELECT wait_days, support_days, COUNT(*) FROM cases \
                         WHERE cases.unit_id = $1 AND cases.first_contact_on >= $2 AND cases.first_contact_on <= $3 \
                         AND (wait_days IS NOT NULL OR support_days IS NOT NULL) GROUP BY 1, 2";
        let follow_sql = "SELECT outcome, COUNT(DISTINCT case_id) FROM follow_ups WHERE unit_id = $1 \
                          AND done_on >= $2 AND done_on <= $3 AND outcome IS NOT NULL GROUP BY 1";
        let values = period(unit, from, to);
        // Independent reads, run at once: SQLite in WAL mode and PostgreSQL both read in parallel.
        let (cell_rows, secondary, referrals, wait_rows, follow_rows) = tokio::try_join!(
            self.rows(cells_sql, values.clone()),
            self.pairs(secondary_sql, values.clone()),
            self.report_referrals(unit, from, to),
            self.rows(waits_sql, values.clone()),
            self.rows(follow_sql, values),
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
                returning_reason: r
                    .try_get_by_index::<Option<String>>(7)?
                    .and_then(|c| lotsen_domain::case::ReturningReason::parse(&c).ok()),
                count: r.try_get_by_index(8)?,
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
        let secondary = secondary.into_iter().map(|(k, n)| (ListEntryId::new(k), n)).collect();
        Ok(Facts { cells, secondary, referrals, waits, to_support, follow_ups })
    }

    /// Referrals made in `from..=to` on cases handled then, per destination, kind and state, each
    /// case counted once per cell.
    pub async fn report_referrals(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> Result<Vec<ReferralCell>> {
        let (state, statuses) = state_sql();
        let sql = format!(
            "SELECT r.destination_id, r.kind_id, {state}, COUNT(DISTINCT r.case_id) FROM referrals r \
             JOIN cases ON cases.id = r.case_id WHERE {HANDLED} \
             AND r.on_date >= $2 AND r.on_date <= $3 GROUP BY 1, 2, 3"
        );
        let mut values = period(unit, from, to);
        values.extend(statuses);
        let mut referrals = Vec::new();
        for r in self.rows(sql, values).await? {
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
    async fn pairs(&self, sql: String, values: Vec<Value>) -> Result<Vec<(i64, i64)>> {
        let mut out = Vec::new();
        for r in self.rows(sql, values).await? {
            let k = match r.try_get_by_index::<i64>(0) {
                Ok(k) => k,
                Err(_) => i64::from(r.try_get_by_index::<i32>(0)?),
            };
            out.push((k, r.try_get_by_index(1)?));
        }
        Ok(out)
    }

    /// Survey answers of a unit given in weeks starting in `from..=to`.
    pub async fn report_survey_counts(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> Result<SurveyCounts> {
        // A week is stored as the text of its Monday's date, so the bounds are bound as text.
        let sql = "SELECT r.survey_id, a.question, a.value, COUNT(*) FROM survey_answers a \
                   JOIN survey_responses r ON r.id = a.response_id \
                   WHERE r.unit_id = $1 AND r.week >= $2 AND r.week <= $3 GROUP BY 1, 2, 3";
        let values = vec![unit.into(), from.to_string().into(), to.to_string().into()];
        let mut out = Vec::new();
        for r in self.rows(sql, values).await? {
            let value: i16 = r.try_get_by_index(2)?;
            let Some(colour) = Colour::from_value(value) else { continue };
            out.push((r.try_get_by_index(0)?, r.try_get_by_index(1)?, colour, r.try_get_by_index(3)?));
        }
        Ok(out)
    }

    /// The first contact of the unit's first case, which starts "since start".
    pub async fn first_case_on(&self, unit: UnitId) -> Result<Option<NaiveDate>> {
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
