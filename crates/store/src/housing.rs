//! Housing First: enrolments with their home, and the logs of landlord contacts and practical
//! support, read through the enrolment as read for its unit.
use chrono::NaiveDate;
use lotsen_domain::ids::{PersonId, UnitId, UserId};
use lotsen_domain::records::housing::{Landlord, LandlordTopic, SupportKind, TenancyStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{housing_enrolment as he, housing_event as hv};
use crate::{Result, Scoped, SealedIdentity, Store, StoreError, Tx};

/// A tenancy: its start, its status and the day the status was set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenancyRecord {
    pub starts_on: NaiveDate,
    pub status: TenancyStatus,
    pub since: NaiveDate,
}

/// An enrolment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentRecord {
    pub id: i64,
    pub person_id: PersonId,
    /// The staff member responsible.
    pub coordinator_id: UserId,
    pub enrolled_on: NaiveDate,
    pub landlord: Option<Landlord>,
    /// The home's address, sealed.
    pub address: Option<SealedIdentity>,
    pub tenancy: Option<TenancyRecord>,
}

/// What a logged event was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HousingEvent {
    Landlord(LandlordTopic),
    Support(SupportKind),
}

impl HousingEvent {
    fn kind(self) -> &'static str {
        match self {
            Self::Landlord(_) => "landlord",
            Self::Support(_) => "support",
        }
    }

    fn topic(self) -> &'static str {
        match self {
            Self::Landlord(t) => t.as_str(),
            Self::Support(k) => k.as_str(),
        }
    }
}

/// An event as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HousingEventRecord {
    pub id: i64,
    pub event: HousingEvent,
    pub held_on: NaiveDate,
    pub created_by: UserId,
}

fn bad(id: i64) -> StoreError {
    StoreError::Unavailable(format!("housing record {id} holds a value this version does not know"))
}

fn enrolment(m: he::Model) -> Result<Scoped<EnrolmentRecord>> {
    let landlord = match m.landlord.as_deref() {
        None => None,
        Some(l) => Some(Landlord::parse(l).map_err(|_| bad(m.id))?),
    };
    let address = match (m.key_version, m.nonce, m.sealed) {
        (Some(key_version), Some(nonce), Some(sealed)) => Some(SealedIdentity { key_version, nonce, sealed }),
        _ => None,
    };
    let tenancy = match (m.tenancy_start, m.tenancy_status.as_deref(), m.status_since) {
        (Some(starts_on), Some(status), Some(since)) => {
            Some(TenancyRecord { starts_on, status: TenancyStatus::parse(status).map_err(|_| bad(m.id))?, since })
        }
        _ => None,
    };
    Ok(Scoped::new(
        m.unit_id,
        EnrolmentRecord {
            id: m.id,
            person_id: m.person_id,
            coordinator_id: m.coordinator_id,
            enrolled_on: m.enrolled_on,
            landlord,
            address,
            tenancy,
        },
    ))
}

fn event(m: hv::Model) -> Result<HousingEventRecord> {
    let e = match m.kind.as_str() {
        "landlord" => HousingEvent::Landlord(LandlordTopic::parse(&m.topic).map_err(|_| bad(m.id))?),
        "support" => HousingEvent::Support(SupportKind::parse(&m.topic).map_err(|_| bad(m.id))?),
        _ => return Err(bad(m.id)),
    };
    Ok(HousingEventRecord { id: m.id, event: e, held_on: m.held_on, created_by: m.created_by })
}

impl Store {
    /// The unit's enrolments, the newest first.
    pub async fn enrolments(&self, unit_id: UnitId) -> Result<Vec<Scoped<EnrolmentRecord>>> {
        he::Entity::find()
            .filter(he::Column::UnitId.eq(unit_id))
            .order_by_desc(he::Column::EnrolledOn)
            .order_by_desc(he::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(enrolment)
            .collect()
    }

    /// Enrolment `id` of the unit; not found in another unit.
    pub async fn enrolment(&self, unit_id: UnitId, id: i64) -> Result<Scoped<EnrolmentRecord>> {
        let m = he::Entity::find_by_id(id)
            .filter(he::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        enrolment(m)
    }

    /// The enrolment's logged events, the latest first.
    pub async fn housing_events(&self, e: &Scoped<EnrolmentRecord>) -> Result<Vec<HousingEventRecord>> {
        hv::Entity::find()
            .filter(hv::Column::UnitId.eq(e.unit_id()))
            .filter(hv::Column::EnrolmentId.eq(e.id))
            .order_by_desc(hv::Column::HeldOn)
            .order_by_desc(hv::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(event)
            .collect()
    }

    /// Every event of the unit from `from` to `to`, for the report.
    pub async fn housing_events_between(
        &self,
        unit_id: UnitId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<HousingEventRecord>> {
        hv::Entity::find()
            .filter(hv::Column::UnitId.eq(unit_id))
            .filter(hv::Column::HeldOn.gte(from))
            .filter(hv::Column::HeldOn.lte(to))
            .all(self.conn())
            .await?
            .into_iter()
            .map(event)
            .collect()
    }
}

impl Tx {
    /// Enrols a person of the unit; a person enrolled before is a conflict.
    pub async fn create_enrolment(
        &self,
        unit_id: UnitId,
        person: PersonId,
        coordinator: UserId,
        enrolled_on: NaiveDate,
        by: UserId,
    ) -> Result<Scoped<EnrolmentRecord>> {
        let taken = he::Entity::find().filter(he::Column::PersonId.eq(person)).one(self.conn()).await?;
        if taken.is_some() {
            return Err(StoreError::Conflict("enrolment"));
        }
        let t = self.now();
        let m = he::ActiveModel {
            unit_id: Set(unit_id),
            person_id: Set(person),
            coordinator_id: Set(coordinator),
            enrolled_on: Set(enrolled_on),
            landlord: Set(None),
            key_version: Set(None),
            nonce: Set(None),
            sealed: Set(None),
            tenancy_start: Set(None),
            tenancy_status: Set(None),
            status_since: Set(None),
            created_by: Set(by),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        enrolment(m)
    }

    /// Records the home: its landlord, sealed address and tenancy start. A first tenancy is
    /// active from its start; a home recorded again keeps its status.
    pub async fn set_home(
        &self,
        e: &Scoped<EnrolmentRecord>,
        landlord: &Landlord,
        address: SealedIdentity,
        starts_on: NaiveDate,
    ) -> Result<()> {
        let (status, since) = match e.tenancy {
            Some(t) => (t.status, t.since.max(starts_on)),
            None => (TenancyStatus::Active, starts_on),
        };
        he::Entity::update_many()
            .col_expr(he::Column::Landlord, Expr::value(landlord.code()))
            .col_expr(he::Column::KeyVersion, Expr::value(address.key_version))
            .col_expr(he::Column::Nonce, Expr::value(address.nonce))
            .col_expr(he::Column::Sealed, Expr::value(address.sealed))
            .col_expr(he::Column::TenancyStart, Expr::value(starts_on))
            .col_expr(he::Column::TenancyStatus, Expr::value(status.as_str()))
            .col_expr(he::Column::StatusSince, Expr::value(since))
            .col_expr(he::Column::UpdatedAt, Expr::value(self.now()))
            .filter(he::Column::Id.eq(e.id))
            .filter(he::Column::UnitId.eq(e.unit_id()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Sets the tenancy's status from `since`; an enrolment without a home is not found.
    pub async fn set_tenancy_status(
        &self,
        e: &Scoped<EnrolmentRecord>,
        status: TenancyStatus,
        since: NaiveDate,
    ) -> Result<()> {
        let r = he::Entity::update_many()
            .col_expr(he::Column::TenancyStatus, Expr::value(status.as_str()))
            .col_expr(he::Column::StatusSince, Expr::value(since))
            .col_expr(he::Column::UpdatedAt, Expr::value(self.now()))
            .filter(he::Column::Id.eq(e.id))
            .filter(he::Column::UnitId.eq(e.unit_id()))
            .filter(he::Column::TenancyStart.is_not_null())
            .exec(self.conn())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Logs a landlord contact or practical support.
    pub async fn add_housing_event(
        &self,
        e: &Scoped<EnrolmentRecord>,
        ev: HousingEvent,
        on: NaiveDate,
        by: UserId,
    ) -> Result<i64> {
        let m = hv::ActiveModel {
            enrolment_id: Set(e.id),
            unit_id: Set(e.unit_id()),
            kind: Set(ev.kind().to_owned()),
            topic: Set(ev.topic().to_owned()),
            held_on: Set(on),
            created_by: Set(by),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }
}
