//! Retention ("gallring") in the database: which documented records of a unit are past their time,
//! which call-back details are due to go, and culling them. A culled case stays, without its
//! resident, journal, call-back details or contact notes, so the effect report keeps its figures.
//! The plan is read the same way for a dry run and inside the real run's transaction, so the two
//! list the same records.
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{AgreementId, CaseId, PersonId, UnitId};
use lotsen_domain::records::retention::{RecordAge, Retention};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::entity::{
    case, case_access, case_message, contact, contact_agreement, contact_check_in, family_member, housing_enrolment,
    identity, intake_note, journal_note, person, unit_referral,
};
use crate::{Result, Store, Tx};

/// One documented record that retention culls: a resident's cases in the unit, or one documented
/// case that never had its resident recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CullRecord {
    pub person_id: Option<PersonId>,
    pub cases: Vec<CaseId>,
    pub last_entry: NaiveDate,
    /// The day the culling must be done by.
    pub cull_by: NaiveDate,
}

/// What retention takes from one unit on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionPlan {
    pub unit_id: UnitId,
    pub records: Vec<CullRecord>,
    /// Anonymous cases whose call-back details go.
    pub callbacks: Vec<CaseId>,
    /// Records past their time that the research sample or a "never cull" flag keeps.
    pub kept: usize,
}

impl RetentionPlan {
    pub fn case_ids(&self) -> impl Iterator<Item = CaseId> + '_ {
        self.records.iter().flat_map(|r| r.cases.iter().copied())
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.callbacks.is_empty()
    }
}

/// What a real run removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Culled {
    pub cases: u64,
    pub persons: u64,
    pub notes: u64,
    pub callbacks: u64,
}

/// Bound parameters per statement, well under SQLite's and PostgreSQL's limits.
const CHUNK: usize = 1000;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Person(PersonId),
    Case(CaseId),
}

fn unculled(unit_id: UnitId) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(case::Column::Id)
        .from(case::Entity)
        .and_where(case::Column::UnitId.eq(unit_id))
        .and_where(case::Column::Documented.eq(true))
        .and_where(case::Column::CulledOn.is_null())
        .to_owned()
}

async fn plan<C: ConnectionTrait>(
    conn: &C,
    unit_id: UnitId,
    rules: &Retention,
    today: NaiveDate,
) -> Result<RetentionPlan> {
    type Row = (CaseId, Option<PersonId>, NaiveDate, Option<NaiveDate>, Option<String>);
    let cases: Vec<Row> = case::Entity::find()
        .select_only()
        .columns([case::Column::Id, case::Column::PersonId, case::Column::FirstContactOn, case::Column::ClosedOn])
        .column(case::Column::KeepReason)
        .filter(case::Column::UnitId.eq(unit_id))
        .filter(case::Column::Documented.eq(true))
        .filter(case::Column::CulledOn.is_null())
        .into_tuple()
        .all(conn)
        .await?;
    let contacts: HashMap<CaseId, NaiveDate> = contact::Entity::find()
        .select_only()
        .column(contact::Column::CaseId)
        .column_as(contact::Column::OnDate.max(), "last")
        .filter(contact::Column::CaseId.in_subquery(unculled(unit_id)))
        .group_by(contact::Column::CaseId)
        .into_tuple::<(CaseId, NaiveDate)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let notes: HashMap<CaseId, NaiveDate> = journal_note::Entity::find()
        .select_only()
        .column(journal_note::Column::CaseId)
        .column_as(journal_note::Column::WrittenOn.max(), "last")
        .filter(journal_note::Column::UnitId.eq(unit_id))
        .group_by(journal_note::Column::CaseId)
        .into_tuple::<(CaseId, NaiveDate)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    // An agreement of extended contact and its check-ins are entries of the case's record.
    let check_ins: HashMap<AgreementId, NaiveDate> = contact_check_in::Entity::find()
        .select_only()
        .column(contact_check_in::Column::AgreementId)
        .column_as(contact_check_in::Column::HeldOn.max(), "last")
        .filter(contact_check_in::Column::UnitId.eq(unit_id))
        .group_by(contact_check_in::Column::AgreementId)
        .into_tuple::<(AgreementId, NaiveDate)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let mut agreed: HashMap<CaseId, NaiveDate> = HashMap::new();
    let rows: Vec<(AgreementId, CaseId, NaiveDate, Option<NaiveDate>)> = contact_agreement::Entity::find()
        .select_only()
        .columns([contact_agreement::Column::Id, contact_agreement::Column::CaseId])
        .columns([contact_agreement::Column::StartsOn, contact_agreement::Column::EndedOn])
        .filter(contact_agreement::Column::UnitId.eq(unit_id))
        .into_tuple()
        .all(conn)
        .await?;
    for (id, case_id, starts_on, ended_on) in rows {
        let last = [Some(starts_on), ended_on, check_ins.get(&id).copied()].into_iter().flatten().max();
        let e = agreed.entry(case_id).or_insert(starts_on);
        *e = (*e).max(last.unwrap_or(starts_on));
    }
    let samples: HashMap<PersonId, bool> = person::Entity::find()
        .select_only()
        .columns([person::Column::Id, person::Column::SampleDay])
        .filter(person::Column::UnitId.eq(unit_id))
        .into_tuple::<(PersonId, bool)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();

    let mut records: BTreeMap<Key, (Vec<CaseId>, RecordAge)> = BTreeMap::new();
    for (id, person_id, opened, closed, keep) in cases {
        let last =
            [Some(opened), closed, contacts.get(&id).copied(), notes.get(&id).copied(), agreed.get(&id).copied()]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(opened);
        let key = person_id.map_or(Key::Case(id), Key::Person);
        let sample_day = person_id.and_then(|p| samples.get(&p).copied()).unwrap_or(false);
        let entry = records
            .entry(key)
            .or_insert_with(|| (Vec::new(), RecordAge { last_entry: last, sample_day, never_cull: false }));
        entry.0.push(id);
        entry.1.last_entry = entry.1.last_entry.max(last);
        entry.1.never_cull |= keep.is_some();
    }
    let mut kept = 0;
    let mut culled = Vec::new();
    for (key, (mut cases, age)) in records {
        if rules.culls(&age, today) {
            cases.sort();
            culled.push(CullRecord {
                person_id: match key {
                    Key::Person(p) => Some(p),
                    Key::Case(_) => None,
                },
                cases,
                last_entry: age.last_entry,
                cull_by: rules.cull_by(age.last_entry),
            });
        } else if today >= rules.cull_from(age.last_entry) {
            kept += 1;
        }
    }

    let closed_by = rules.callback_cutoff(today);
    // The unit's anonymous cases closed on or before `closed_by`.
    let closed_anonymous = |unit_id: UnitId, closed_by: NaiveDate| {
        Query::select()
            .column(case::Column::Id)
            .from(case::Entity)
            .and_where(case::Column::UnitId.eq(unit_id))
            .and_where(case::Column::Documented.eq(false))
            .and_where(case::Column::Status.eq(CaseStatus::Closed.as_str()))
            .and_where(case::Column::ClosedOn.lte(closed_by))
            .to_owned()
    };
    let callbacks: Vec<CaseId> = identity::Entity::find()
        .select_only()
        .column(identity::Column::CaseId)
        .filter(identity::Column::CaseId.in_subquery(closed_anonymous(unit_id, closed_by)))
        .into_tuple()
        .all(conn)
        .await?;
    // An anonymous case's intake note goes at the same time, call-back details or not.
    let notes: Vec<CaseId> = intake_note::Entity::find()
        .select_only()
        .column(intake_note::Column::CaseId)
        .filter(intake_note::Column::UnitId.eq(unit_id))
        .filter(intake_note::Column::CaseId.in_subquery(closed_anonymous(unit_id, closed_by)))
        .into_tuple()
        .all(conn)
        .await?;
    let mut callbacks = callbacks;
    callbacks.extend(notes);
    callbacks.sort();
    callbacks.dedup();
    Ok(RetentionPlan { unit_id, records: culled, callbacks, kept })
}

impl Store {
    /// What retention would take from the unit on `today` (a dry run).
    pub async fn retention_plan(&self, unit_id: UnitId, rules: &Retention, today: NaiveDate) -> Result<RetentionPlan> {
        plan(self.conn(), unit_id, rules, today).await
    }
}

impl Tx {
    /// What retention takes from the unit on `today`, read inside the transaction that culls it.
    pub async fn retention_plan(&self, unit_id: UnitId, rules: &Retention, today: NaiveDate) -> Result<RetentionPlan> {
        plan(self.conn(), unit_id, rules, today).await
    }

    /// Removes the messages residents sent about cases `ids` of the unit, the codes they
    /// followed them with, the cases' intake notes, and where their referrals to other units went.
    async fn forget_follow(&self, unit_id: UnitId, ids: &[CaseId]) -> Result<()> {
        // Where referrals of these cases went, and the link to the other unit's request.
        unit_referral::Entity::delete_many()
            .filter(unit_referral::Column::FromUnitId.eq(unit_id))
            .filter(unit_referral::Column::CaseId.is_in(ids.to_vec()))
            .exec(self.conn())
            .await?;
        intake_note::Entity::delete_many()
            .filter(intake_note::Column::UnitId.eq(unit_id))
            .filter(intake_note::Column::CaseId.is_in(ids.to_vec()))
            .exec(self.conn())
            .await?;
        case_message::Entity::delete_many()
            .filter(case_message::Column::UnitId.eq(unit_id))
            .filter(case_message::Column::CaseId.is_in(ids.to_vec()))
            .exec(self.conn())
            .await?;
        case_access::Entity::delete_many()
            .filter(case_access::Column::UnitId.eq(unit_id))
            .filter(case_access::Column::CaseId.is_in(ids.to_vec()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Culls what `plan` lists: the journal notes, call-back details and contact notes of its
    /// cases go, the cases lose their resident and are marked culled on `today`, and a resident
    /// with no case left that is not culled goes. Call-back details of the listed anonymous cases
    /// go. Running the same plan again removes nothing more.
    pub async fn cull(&self, plan: &RetentionPlan, today: NaiveDate) -> Result<Culled> {
        let unit_id = plan.unit_id;
        let mut done = Culled::default();
        let cases: Vec<CaseId> = plan.case_ids().collect();
        for chunk in cases.chunks(CHUNK) {
            let ids = chunk.to_vec();
            done.notes += journal_note::Entity::delete_many()
                .filter(journal_note::Column::UnitId.eq(unit_id))
                .filter(journal_note::Column::CaseId.is_in(ids.clone()))
                .exec(self.conn())
                .await?
                .rows_affected;
            // What the resident wrote goes with the record, and so do the codes to follow it.
            self.forget_follow(unit_id, &ids).await?;
            let mine = Query::select()
                .column(case::Column::Id)
                .from(case::Entity)
                .and_where(case::Column::UnitId.eq(unit_id))
                .and_where(case::Column::Id.is_in(ids.clone()))
                .to_owned();
            identity::Entity::delete_many()
                .filter(identity::Column::CaseId.in_subquery(mine.clone()))
                .exec(self.conn())
                .await?;
            contact::Entity::update_many()
                .col_expr(contact::Column::Note, Expr::value(""))
                .filter(contact::Column::CaseId.in_subquery(mine))
                .exec(self.conn())
                .await?;
            // Continued contact keeps its dates for the report, but no longer its resident; one
            // still running (nothing entered for five years) ends today.
            contact_agreement::Entity::update_many()
                .col_expr(contact_agreement::Column::PersonId, Expr::value(Option::<i64>::None))
                .filter(contact_agreement::Column::UnitId.eq(unit_id))
                .filter(contact_agreement::Column::CaseId.is_in(ids.clone()))
                .exec(self.conn())
                .await?;
            contact_agreement::Entity::update_many()
                .col_expr(contact_agreement::Column::EndedOn, Expr::value(today))
                .col_expr(contact_agreement::Column::EndReason, Expr::value("no_contact"))
                .filter(contact_agreement::Column::UnitId.eq(unit_id))
                .filter(contact_agreement::Column::CaseId.is_in(ids.clone()))
                .filter(contact_agreement::Column::EndedOn.is_null())
                .exec(self.conn())
                .await?;
            done.cases += case::Entity::update_many()
                .col_expr(case::Column::PersonId, Expr::value(Option::<i64>::None))
                .col_expr(case::Column::CulledOn, Expr::value(today))
                .col_expr(case::Column::UpdatedAt, Expr::value(self.now()))
                .filter(case::Column::UnitId.eq(unit_id))
                .filter(case::Column::Id.is_in(ids))
                .filter(case::Column::CulledOn.is_null())
                .exec(self.conn())
                .await?
                .rows_affected;
        }
        let persons: Vec<PersonId> = plan.records.iter().filter_map(|r| r.person_id).collect();
        for chunk in persons.chunks(CHUNK) {
            done.persons += person::Entity::delete_many()
                .filter(person::Column::UnitId.eq(unit_id))
                .filter(person::Column::Id.is_in(chunk.to_vec()))
                .filter(
                    person::Column::Id.not_in_subquery(
                        Query::select()
                            .column(case::Column::PersonId)
                            .from(case::Entity)
                            .and_where(case::Column::UnitId.eq(unit_id))
                            .and_where(case::Column::PersonId.is_not_null())
                            .to_owned(),
                    ),
                )
                // A person enrolled in Housing First stays while the enrolment is kept.
                .filter(
                    person::Column::Id.not_in_subquery(
                        Query::select()
                            .column(housing_enrolment::Column::PersonId)
                            .from(housing_enrolment::Entity)
                            .and_where(housing_enrolment::Column::UnitId.eq(unit_id))
                            .to_owned(),
                    ),
                )
                // A guardian or child of a family stays while the family's record is kept.
                .filter(
                    person::Column::Id.not_in_subquery(
                        Query::select()
                            .column(family_member::Column::PersonId)
                            .from(family_member::Entity)
                            .and_where(family_member::Column::UnitId.eq(unit_id))
                            .to_owned(),
                    ),
                )
                .exec(self.conn())
                .await?
                .rows_affected;
        }
        for chunk in plan.callbacks.chunks(CHUNK) {
            self.forget_follow(unit_id, chunk).await?;
            done.callbacks += identity::Entity::delete_many()
                .filter(
                    identity::Column::CaseId.in_subquery(
                        Query::select()
                            .column(case::Column::Id)
                            .from(case::Entity)
                            .and_where(case::Column::UnitId.eq(unit_id))
                            .and_where(case::Column::Id.is_in(chunk.to_vec()))
                            .to_owned(),
                    ),
                )
                .exec(self.conn())
                .await?
                .rows_affected;
        }
        Ok(done)
    }

    /// Flags `case` "never cull" with `reason`, or clears the flag with `None`.
    pub async fn set_case_keep(&self, case: &crate::Scoped<crate::CaseRecord>, reason: Option<&str>) -> Result<()> {
        case::Entity::update_many()
            .col_expr(case::Column::KeepReason, Expr::value(reason.map(str::to_owned)))
            .col_expr(case::Column::UpdatedAt, Expr::value(self.now()))
            .filter(case::Column::Id.eq(case.id))
            .filter(case::Column::UnitId.eq(case.unit_id()))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
