//! Family coordination: coordinator pairs and families with their members (the guardians'
//! consents and the contacts with actors are in `family_consent`). Every read names the unit; a
//! family's parts are read and written through the family as read for its unit.
use chrono::NaiveDate;
use lotsen_domain::ids::{FamilyId, PairId, PersonId, UnitId, UserId};
use lotsen_domain::locale::Locale;
use lotsen_domain::records::family::{Outcome, Role, Status};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

use crate::entity::{coordinator_pair as cp, family as fa, family_member as fm};
use crate::{Result, Scoped, Store, StoreError, Tx};

/// Two coordinators who hold families together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairRecord {
    pub id: PairId,
    pub first_id: UserId,
    pub second_id: UserId,
    pub capacity: u32,
    pub retired: bool,
}

impl PairRecord {
    pub fn has(&self, user: UserId) -> bool {
        self.first_id == user || self.second_id == user
    }
}

/// A family as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyRecord {
    pub id: FamilyId,
    pub pair_id: Option<PairId>,
    pub status: Status,
    /// The family's language, for what it is given to keep.
    pub language: Locale,
    pub listed_on: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    pub created_by: UserId,
    pub created_at: i64,
}

/// A guardian or child of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRecord {
    pub person_id: PersonId,
    pub role: Role,
    pub custody: bool,
}

/// A new family: on the waiting list, or started at once with a pair.
#[derive(Debug, Clone)]
pub struct NewFamily {
    pub language: Locale,
    pub listed_on: NaiveDate,
    /// The pair and the day they start, when the family is not to wait.
    pub start: Option<(PairId, NaiveDate)>,
    pub created_by: UserId,
}

pub(crate) fn bad(what: &str, id: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(format!("{what} {id} holds a value this version does not know"))
}

fn pair(m: cp::Model) -> Scoped<PairRecord> {
    Scoped::new(
        m.unit_id,
        PairRecord {
            id: m.id,
            first_id: m.first_id,
            second_id: m.second_id,
            capacity: u32::try_from(m.capacity).unwrap_or(0),
            retired: m.retired,
        },
    )
}

fn family(m: fa::Model) -> Result<Scoped<FamilyRecord>> {
    let outcome = match m.outcome.as_deref() {
        None => None,
        Some(o) => Some(Outcome::parse(o).map_err(|_| bad("family", m.id))?),
    };
    Ok(Scoped::new(
        m.unit_id,
        FamilyRecord {
            id: m.id,
            pair_id: m.pair_id,
            status: Status::parse(&m.status).map_err(|_| bad("family", m.id))?,
            language: Locale::parse(&m.language).ok_or_else(|| bad("family", m.id))?,
            listed_on: m.listed_on,
            started_on: m.started_on,
            closed_on: m.closed_on,
            outcome,
            created_by: m.created_by,
            created_at: m.created_at,
        },
    ))
}

async fn read_family<C: ConnectionTrait>(conn: &C, unit_id: UnitId, id: FamilyId) -> Result<Scoped<FamilyRecord>> {
    let m = fa::Entity::find_by_id(id)
        .filter(fa::Column::UnitId.eq(unit_id))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    family(m)
}

async fn read_pair<C: ConnectionTrait>(conn: &C, unit_id: UnitId, id: PairId) -> Result<Scoped<PairRecord>> {
    cp::Entity::find_by_id(id)
        .filter(cp::Column::UnitId.eq(unit_id))
        .one(conn)
        .await?
        .map(pair)
        .ok_or(StoreError::NotFound)
}

async fn members<C: ConnectionTrait>(conn: &C, f: &Scoped<FamilyRecord>) -> Result<Vec<MemberRecord>> {
    fm::Entity::find()
        .filter(fm::Column::UnitId.eq(f.unit_id()))
        .filter(fm::Column::FamilyId.eq(f.id))
        .order_by_asc(fm::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(MemberRecord {
                person_id: m.person_id,
                role: Role::parse(&m.role).map_err(|_| bad("family member", m.id))?,
                custody: m.custody,
            })
        })
        .collect()
}

async fn active_count<C: ConnectionTrait>(conn: &C, unit_id: UnitId, p: PairId) -> Result<u32> {
    let n = fa::Entity::find()
        .filter(fa::Column::UnitId.eq(unit_id))
        .filter(fa::Column::PairId.eq(p))
        .filter(fa::Column::Status.eq(Status::Active.as_str()))
        .count(conn)
        .await?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

impl Store {
    /// The unit's coordinator pairs, in the order they were made.
    pub async fn coordinator_pairs(&self, unit_id: UnitId) -> Result<Vec<Scoped<PairRecord>>> {
        Ok(cp::Entity::find()
            .filter(cp::Column::UnitId.eq(unit_id))
            .order_by_asc(cp::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(pair)
            .collect())
    }

    /// Pair `id` of the unit.
    pub async fn pair(&self, unit_id: UnitId, id: PairId) -> Result<Scoped<PairRecord>> {
        read_pair(self.conn(), unit_id, id).await
    }

    /// Every family of the unit, the newest first.
    pub async fn families(&self, unit_id: UnitId) -> Result<Vec<Scoped<FamilyRecord>>> {
        fa::Entity::find()
            .filter(fa::Column::UnitId.eq(unit_id))
            .order_by_desc(fa::Column::ListedOn)
            .order_by_desc(fa::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(family)
            .collect()
    }

    /// Family `id` of the unit; not found in another unit.
    pub async fn family(&self, unit_id: UnitId, id: FamilyId) -> Result<Scoped<FamilyRecord>> {
        read_family(self.conn(), unit_id, id).await
    }

    /// The family's guardians and children, in the order they were added.
    pub async fn family_members(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<MemberRecord>> {
        members(self.conn(), f).await
    }
}

impl Tx {
    /// Pair `id` of the unit, read in the transaction.
    pub async fn pair(&self, unit_id: UnitId, id: PairId) -> Result<Scoped<PairRecord>> {
        read_pair(self.conn(), unit_id, id).await
    }

    /// The families the pair holds now.
    pub async fn pair_active(&self, p: &Scoped<PairRecord>) -> Result<u32> {
        active_count(self.conn(), p.unit_id(), p.id).await
    }

    /// Makes a pair of two coordinators of the unit.
    pub async fn create_pair(
        &self,
        unit_id: UnitId,
        first: UserId,
        second: UserId,
        capacity: u32,
    ) -> Result<Scoped<PairRecord>> {
        let t = self.now();
        let m = cp::ActiveModel {
            unit_id: Set(unit_id),
            first_id: Set(first),
            second_id: Set(second),
            capacity: Set(i32::try_from(capacity).unwrap_or(i32::MAX)),
            retired: Set(false),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(pair(m))
    }

    /// Changes a pair's capacity, or retires it.
    pub async fn set_pair(&self, p: &Scoped<PairRecord>, capacity: u32, retired: bool) -> Result<()> {
        cp::Entity::update_many()
            .col_expr(cp::Column::Capacity, Expr::value(i32::try_from(capacity).unwrap_or(i32::MAX)))
            .col_expr(cp::Column::Retired, Expr::value(retired))
            .col_expr(cp::Column::UpdatedAt, Expr::value(self.now()))
            .filter(cp::Column::Id.eq(p.id))
            .filter(cp::Column::UnitId.eq(p.unit_id()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Family `id` of the unit, read in the transaction.
    pub async fn family(&self, unit_id: UnitId, id: FamilyId) -> Result<Scoped<FamilyRecord>> {
        read_family(self.conn(), unit_id, id).await
    }

    /// Adds a family with its members (persons of the unit's record).
    pub async fn create_family(
        &self,
        unit_id: UnitId,
        n: NewFamily,
        people: &[MemberRecord],
    ) -> Result<Scoped<FamilyRecord>> {
        let t = self.now();
        let (status, pair_id, started_on) = match n.start {
            Some((p, on)) => (Status::Active, Some(p), Some(on)),
            None => (Status::Waiting, None, None),
        };
        let m = fa::ActiveModel {
            unit_id: Set(unit_id),
            pair_id: Set(pair_id),
            status: Set(status.as_str().to_owned()),
            language: Set(n.language.code().to_owned()),
            listed_on: Set(n.listed_on),
            started_on: Set(started_on),
            closed_on: Set(None),
            outcome: Set(None),
            created_by: Set(n.created_by),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        for p in people {
            fm::ActiveModel {
                family_id: Set(m.id),
                unit_id: Set(unit_id),
                person_id: Set(p.person_id),
                role: Set(p.role.as_str().to_owned()),
                custody: Set(p.custody),
                created_at: Set(t),
                ..Default::default()
            }
            .insert(self.conn())
            .await?;
        }
        family(m)
    }

    /// Starts a waiting family with a pair; a family that is not waiting is not found.
    pub async fn start_family(&self, f: &Scoped<FamilyRecord>, p: &Scoped<PairRecord>, on: NaiveDate) -> Result<()> {
        let r = fa::Entity::update_many()
            .col_expr(fa::Column::Status, Expr::value(Status::Active.as_str()))
            .col_expr(fa::Column::PairId, Expr::value(p.id))
            .col_expr(fa::Column::StartedOn, Expr::value(on))
            .col_expr(fa::Column::UpdatedAt, Expr::value(self.now()))
            .filter(fa::Column::Id.eq(f.id))
            .filter(fa::Column::UnitId.eq(f.unit_id()))
            .filter(fa::Column::Status.eq(Status::Waiting.as_str()))
            .exec(self.conn())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Closes a family that is waiting or active; a closed one is not found.
    pub async fn close_family(&self, f: &Scoped<FamilyRecord>, on: NaiveDate, outcome: Outcome) -> Result<()> {
        let r = fa::Entity::update_many()
            .col_expr(fa::Column::Status, Expr::value(Status::Closed.as_str()))
            .col_expr(fa::Column::ClosedOn, Expr::value(on))
            .col_expr(fa::Column::Outcome, Expr::value(outcome.as_str()))
            .col_expr(fa::Column::UpdatedAt, Expr::value(self.now()))
            .filter(fa::Column::Id.eq(f.id))
            .filter(fa::Column::UnitId.eq(f.unit_id()))
            .filter(fa::Column::Status.ne(Status::Closed.as_str()))
            .exec(self.conn())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// The family's members, read in the transaction.
    pub async fn family_members(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<MemberRecord>> {
        members(self.conn(), f).await
    }
}
