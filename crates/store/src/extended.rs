//! Extended voluntary contact ("trygghetsbistånd"): agreements read through their case, which is
//! read for its unit, and the check-ins logged against them.
use chrono::NaiveDate;
use lotsen_domain::ids::{AgreementId, CaseId, CheckInId, PersonId, UnitId, UserId};
use lotsen_domain::records::extended::{EndReason, Form, Frequency, Outcome, Per};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{contact_agreement as ca, contact_check_in as ci};
use crate::{CaseRecord, Result, Scoped, Store, StoreError, Tx};

/// An agreement as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementRecord {
    pub id: AgreementId,
    pub unit_id: UnitId,
    pub case_id: CaseId,
    pub person_id: Option<PersonId>,
    /// The staff member the resident chose.
    pub contact_id: UserId,
    pub form: Form,
    pub frequency: Frequency,
    pub starts_on: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    pub end_reason: Option<EndReason>,
    pub created_by: UserId,
    pub created_at: i64,
}

impl AgreementRecord {
    /// Not ended yet.
    pub fn running(&self) -> bool {
        self.ended_on.is_none()
    }
}

/// A check-in as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInRecord {
    pub id: CheckInId,
    pub agreement_id: AgreementId,
    pub held_on: NaiveDate,
    pub outcome: Outcome,
    pub form: Form,
    pub created_by: UserId,
    pub created_at: i64,
}

/// A new agreement of a case.
#[derive(Debug, Clone)]
pub struct NewAgreement {
    pub contact_id: UserId,
    pub form: Form,
    pub frequency: Frequency,
    pub starts_on: NaiveDate,
    pub created_by: UserId,
}

/// A new check-in.
#[derive(Debug, Clone)]
pub struct NewCheckIn {
    pub held_on: NaiveDate,
    pub outcome: Outcome,
    pub form: Form,
    pub created_by: UserId,
}

fn bad(what: &str, id: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(format!("{what} {id} holds a value this version does not know"))
}

fn agreement(m: ca::Model) -> Result<Scoped<AgreementRecord>> {
    let form = Form::parse(&m.form).map_err(|_| bad("agreement", m.id))?;
    let per = Per::parse(&m.per).map_err(|_| bad("agreement", m.id))?;
    let every = u32::try_from(m.every).map_err(|_| bad("agreement", m.id))?;
    let end_reason = match m.end_reason.as_deref() {
        None => None,
        Some(r) => Some(EndReason::parse(r).map_err(|_| bad("agreement", m.id))?),
    };
    Ok(Scoped::new(
        m.unit_id,
        AgreementRecord {
            id: m.id,
            unit_id: m.unit_id,
            case_id: m.case_id,
            person_id: m.person_id,
            contact_id: m.contact_id,
            form,
            frequency: Frequency { every, per },
            starts_on: m.starts_on,
            ended_on: m.ended_on,
            end_reason,
            created_by: m.created_by,
            created_at: m.created_at,
        },
    ))
}

fn check_in(m: ci::Model) -> Result<CheckInRecord> {
    Ok(CheckInRecord {
        id: m.id,
        agreement_id: m.agreement_id,
        held_on: m.held_on,
        outcome: Outcome::parse(&m.outcome).map_err(|_| bad("check-in", m.id))?,
        form: Form::parse(&m.form).map_err(|_| bad("check-in", m.id))?,
        created_by: m.created_by,
        created_at: m.created_at,
    })
}

async fn case_agreements<C: ConnectionTrait>(
    conn: &C,
    case: &Scoped<CaseRecord>,
) -> Result<Vec<Scoped<AgreementRecord>>> {
    ca::Entity::find()
        .filter(ca::Column::UnitId.eq(case.unit_id()))
        .filter(ca::Column::CaseId.eq(case.id))
        .order_by_desc(ca::Column::StartsOn)
        .order_by_desc(ca::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(agreement)
        .collect()
}

async fn check_ins<C: ConnectionTrait>(conn: &C, unit_id: UnitId, ids: &[AgreementId]) -> Result<Vec<CheckInRecord>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let rows = ci::Entity::find()
            .filter(ci::Column::UnitId.eq(unit_id))
            .filter(ci::Column::AgreementId.is_in(chunk.to_vec()))
            .order_by_asc(ci::Column::HeldOn)
            .order_by_asc(ci::Column::Id)
            .all(conn)
            .await?;
        for m in rows {
            out.push(check_in(m)?);
        }
    }
    Ok(out)
}

impl Store {
    /// The case's agreements, the latest first.
    pub async fn case_agreements(&self, case: &Scoped<CaseRecord>) -> Result<Vec<Scoped<AgreementRecord>>> {
        case_agreements(self.conn(), case).await
    }

    /// The check-ins of these agreements of the unit, oldest first.
    pub async fn check_ins(&self, unit_id: UnitId, ids: &[AgreementId]) -> Result<Vec<CheckInRecord>> {
        check_ins(self.conn(), unit_id, ids).await
    }

    /// The unit's running agreements; only those `contact` keeps when given.
    pub async fn running_agreements(
        &self,
        unit_id: UnitId,
        contact: Option<UserId>,
    ) -> Result<Vec<Scoped<AgreementRecord>>> {
        let mut q = ca::Entity::find().filter(ca::Column::UnitId.eq(unit_id)).filter(ca::Column::EndedOn.is_null());
        if let Some(c) = contact {
            q = q.filter(ca::Column::ContactId.eq(c));
        }
        q.order_by_asc(ca::Column::StartsOn)
            .order_by_asc(ca::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(agreement)
            .collect()
    }

    /// Every agreement of the unit, for the effect report.
    pub async fn unit_agreements(&self, unit_id: UnitId) -> Result<Vec<Scoped<AgreementRecord>>> {
        ca::Entity::find()
            .filter(ca::Column::UnitId.eq(unit_id))
            .order_by_asc(ca::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(agreement)
            .collect()
    }

    /// The first contact days of the unit's cases of these persons, for who came back to support.
    pub async fn case_starts_of(&self, unit_id: UnitId, persons: &[PersonId]) -> Result<Vec<(PersonId, NaiveDate)>> {
        let mut out = Vec::new();
        for chunk in persons.chunks(500) {
            let rows = crate::entity::case::Entity::find()
                .filter(crate::entity::case::Column::UnitId.eq(unit_id))
                .filter(crate::entity::case::Column::PersonId.is_in(chunk.to_vec()))
                .all(self.conn())
                .await?;
            out.extend(rows.into_iter().filter_map(|c| c.person_id.map(|p| (p, c.first_contact_on))));
        }
        Ok(out)
    }

    /// Whether `user` is the contact person of a running agreement of the case.
    pub async fn keeps_contact(&self, case: &Scoped<CaseRecord>, user: UserId) -> Result<bool> {
        Ok(ca::Entity::find()
            .filter(ca::Column::UnitId.eq(case.unit_id()))
            .filter(ca::Column::CaseId.eq(case.id))
            .filter(ca::Column::ContactId.eq(user))
            .filter(ca::Column::EndedOn.is_null())
            .one(self.conn())
            .await?
            .is_some())
    }

    /// The contact persons of running agreements of these cases of the unit.
    pub async fn agreement_contacts(&self, unit_id: UnitId, cases: &[CaseId]) -> Result<Vec<(CaseId, UserId)>> {
        let mut out = Vec::new();
        for chunk in cases.chunks(500) {
            let rows = ca::Entity::find()
                .filter(ca::Column::UnitId.eq(unit_id))
                .filter(ca::Column::CaseId.is_in(chunk.to_vec()))
                .filter(ca::Column::EndedOn.is_null())
                .all(self.conn())
                .await?;
            out.extend(rows.into_iter().map(|m| (m.case_id, m.contact_id)));
        }
        Ok(out)
    }
}

impl Tx {
    /// The case's running agreement, if it has one.
    pub async fn running_agreement(&self, case: &Scoped<CaseRecord>) -> Result<Option<Scoped<AgreementRecord>>> {
        Ok(case_agreements(self.conn(), case).await?.into_iter().find(|a| a.running()))
    }

    /// Adds an agreement to the case, for the case's resident. A case has one running agreement at
    /// a time: a second is a conflict.
    pub async fn create_agreement(
        &self,
        case: &Scoped<CaseRecord>,
        n: NewAgreement,
    ) -> Result<Scoped<AgreementRecord>> {
        if self.running_agreement(case).await?.is_some() {
            return Err(StoreError::Conflict("agreement"));
        }
        let t = self.now();
        let m = ca::ActiveModel {
            unit_id: Set(case.unit_id()),
            case_id: Set(case.id),
            person_id: Set(case.person_id),
            contact_id: Set(n.contact_id),
            form: Set(n.form.as_str().to_owned()),
            every: Set(i32::try_from(n.frequency.every).unwrap_or(1)),
            per: Set(n.frequency.per.as_str().to_owned()),
            starts_on: Set(n.starts_on),
            ended_on: Set(None),
            end_reason: Set(None),
            created_by: Set(n.created_by),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        agreement(m)
    }

    /// Logs a check-in against a running agreement; an ended one is not found.
    pub async fn add_check_in(&self, a: &Scoped<AgreementRecord>, n: NewCheckIn) -> Result<CheckInRecord> {
        let running = ca::Entity::find_by_id(a.id)
            .filter(ca::Column::UnitId.eq(a.unit_id()))
            .filter(ca::Column::EndedOn.is_null())
            .one(self.conn())
            .await?;
        if running.is_none() {
            return Err(StoreError::NotFound);
        }
        let m = ci::ActiveModel {
            agreement_id: Set(a.id),
            unit_id: Set(a.unit_id()),
            held_on: Set(n.held_on),
            outcome: Set(n.outcome.as_str().to_owned()),
            form: Set(n.form.as_str().to_owned()),
            created_by: Set(n.created_by),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        check_in(m)
    }

    /// The day of the agreement's latest check-in, if it has one.
    pub async fn latest_check_in(&self, a: &Scoped<AgreementRecord>) -> Result<Option<NaiveDate>> {
        Ok(check_ins(self.conn(), a.unit_id(), &[a.id]).await?.into_iter().map(|c| c.held_on).max())
    }

    /// Ends a running agreement; one ended before is not found.
    pub async fn end_agreement(&self, a: &Scoped<AgreementRecord>, on: NaiveDate, reason: EndReason) -> Result<()> {
        let r = ca::Entity::update_many()
            .col_expr(ca::Column::EndedOn, Expr::value(on))
            .col_expr(ca::Column::EndReason, Expr::value(reason.as_str()))
            .col_expr(ca::Column::UpdatedAt, Expr::value(self.now()))
            .filter(ca::Column::Id.eq(a.id))
            .filter(ca::Column::UnitId.eq(a.unit_id()))
            .filter(ca::Column::EndedOn.is_null())
            .exec(self.conn())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }
}
