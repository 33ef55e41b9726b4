//! Residents of a unit's documented record ("persons"), sealed; found again by a keyed hash of
//! their identity number, never by a number in the clear.
use std::collections::HashSet;

use lotsen_domain::ids::{CaseId, PersonId, UnitId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::cases::case_record;
use crate::entity::{case, case_category, person};
use crate::{CaseRecord, Result, Scoped, SealedIdentity, Store, StoreError, Tx};

/// A person as stored: the sealed details and what the database may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub id: PersonId,
    pub unit_id: UnitId,
    /// The keyed hash of the identity number, unique within the unit.
    pub number_key: Vec<u8>,
    pub sealed: SealedIdentity,
    /// Born on the 5th, 15th or 25th (a research sample day).
    pub sample_day: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A person's details to store: sealed by the caller, with the number's keyed hash.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub number_key: Vec<u8>,
    pub sealed: SealedIdentity,
    pub sample_day: bool,
}

fn record(m: person::Model) -> PersonRecord {
    PersonRecord {
        id: m.id,
        unit_id: m.unit_id,
        number_key: m.number_key,
        sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
        sample_day: m.sample_day,
        created_at: m.created_at,
        updated_at: m.updated_at,
    }
}

async fn read_person<C: ConnectionTrait>(conn: &C, unit_id: UnitId, id: PersonId) -> Result<Scoped<PersonRecord>> {
    let m = person::Entity::find_by_id(id)
        .filter(person::Column::UnitId.eq(unit_id))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(Scoped::new(unit_id, record(m)))
}

async fn by_number<C: ConnectionTrait>(conn: &C, unit_id: UnitId, key: &[u8]) -> Result<Option<Scoped<PersonRecord>>> {
    Ok(person::Entity::find()
        .filter(person::Column::UnitId.eq(unit_id))
        .filter(person::Column::NumberKey.eq(key.to_vec()))
        .one(conn)
        .await?
        .map(|m| Scoped::new(unit_id, record(m))))
}

impl Store {
    /// Person `id` of unit `unit_id`; not found when they belong to another unit.
    pub async fn person(&self, unit_id: UnitId, id: PersonId) -> Result<Scoped<PersonRecord>> {
        read_person(self.conn(), unit_id, id).await
    }

    /// The unit's person with this number's keyed hash, if the unit has one.
    pub async fn person_by_number(&self, unit_id: UnitId, key: &[u8]) -> Result<Option<Scoped<PersonRecord>>> {
        by_number(self.conn(), unit_id, key).await
    }

    /// Every person of the unit, newest first, still sealed: a search by name opens them.
    pub async fn persons(&self, unit_id: UnitId) -> Result<Vec<PersonRecord>> {
        Ok(person::Entity::find()
            .filter(person::Column::UnitId.eq(unit_id))
            .order_by_desc(person::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(record)
            .collect())
    }

    /// The unit's persons `user` keeps: residents of cases they are responsible for, and of
    /// running continued contact they are the contact person of.
    pub async fn persons_in_care_of(&self, unit_id: UnitId, user: UserId) -> Result<HashSet<PersonId>> {
        let mut out: HashSet<PersonId> = case::Entity::find()
            .select_only()
            .column(case::Column::PersonId)
            .filter(case::Column::UnitId.eq(unit_id))
            .filter(case::Column::CoordinatorId.eq(user))
            .filter(case::Column::PersonId.is_not_null())
            .into_tuple::<Option<PersonId>>()
            .all(self.conn())
            .await?
            .into_iter()
            .flatten()
            .collect();
        let contact: Vec<Option<PersonId>> = crate::entity::contact_agreement::Entity::find()
            .select_only()
            .column(crate::entity::contact_agreement::Column::PersonId)
            .filter(crate::entity::contact_agreement::Column::UnitId.eq(unit_id))
            .filter(crate::entity::contact_agreement::Column::ContactId.eq(user))
            .filter(crate::entity::contact_agreement::Column::EndedOn.is_null())
            .into_tuple()
            .all(self.conn())
            .await?;
        out.extend(contact.into_iter().flatten());
        Ok(out)
    }

    /// The person's cases, newest first.
    pub async fn person_cases(&self, p: &Scoped<PersonRecord>) -> Result<Vec<CaseRecord>> {
        let models = case::Entity::find()
            .filter(case::Column::UnitId.eq(p.unit_id()))
            .filter(case::Column::PersonId.eq(p.id))
            .order_by_desc(case::Column::Id)
            .all(self.conn())
            .await?;
        let mut out = Vec::with_capacity(models.len());
        for m in models {
            let secondary = case_category::Entity::find()
                .filter(case_category::Column::CaseId.eq(m.id))
                .all(self.conn())
                .await?
                .into_iter()
                .map(|c| c.category_id)
                .collect();
            out.push(case_record(m, secondary)?);
        }
        Ok(out)
    }
}

impl Tx {
    /// The unit's person with this number key, read in the transaction.
    pub async fn person_by_number(&self, unit_id: UnitId, key: &[u8]) -> Result<Option<Scoped<PersonRecord>>> {
        by_number(self.conn(), unit_id, key).await
    }

    /// Person `id` of unit `unit_id`, read in the transaction.
    pub async fn person(&self, unit_id: UnitId, id: PersonId) -> Result<Scoped<PersonRecord>> {
        read_person(self.conn(), unit_id, id).await
    }

    /// Adds a person to the unit's record. A number the unit already has is
    /// [`StoreError::Conflict`]`("person_number")`: one person per number and unit.
    pub async fn create_person(&self, unit_id: UnitId, p: NewPerson) -> Result<Scoped<PersonRecord>> {
        if by_number(self.conn(), unit_id, &p.number_key).await?.is_some() {
            return Err(StoreError::Conflict("person_number"));
        }
        let t = self.now();
        let m = person::ActiveModel {
            unit_id: Set(unit_id),
            number_key: Set(p.number_key),
            key_version: Set(p.sealed.key_version),
            nonce: Set(p.sealed.nonce),
            sealed: Set(p.sealed.sealed),
            sample_day: Set(p.sample_day),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(Scoped::new(unit_id, record(m)))
    }

    /// Replaces the person's details. A number another person of the unit has is
    /// [`StoreError::Conflict`]`("person_number")`.
    pub async fn update_person(&self, p: &Scoped<PersonRecord>, n: NewPerson) -> Result<()> {
        if let Some(other) = by_number(self.conn(), p.unit_id(), &n.number_key).await?
            && other.id != p.id
        {
            return Err(StoreError::Conflict("person_number"));
        }
        person::Entity::update_many()
            .col_expr(person::Column::NumberKey, Expr::value(n.number_key))
            .col_expr(person::Column::KeyVersion, Expr::value(n.sealed.key_version))
            .col_expr(person::Column::Nonce, Expr::value(n.sealed.nonce))
            .col_expr(person::Column::Sealed, Expr::value(n.sealed.sealed))
            .col_expr(person::Column::SampleDay, Expr::value(n.sample_day))
            .col_expr(person::Column::UpdatedAt, Expr::value(self.now()))
            .filter(person::Column::Id.eq(p.id))
            .filter(person::Column::UnitId.eq(p.unit_id()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Makes `person` the resident of `case`, a documented case from now on. Both are read for
    /// the same unit, or nothing is written.
    pub async fn set_case_person(&self, c: &Scoped<CaseRecord>, p: &Scoped<PersonRecord>) -> Result<Option<CaseId>> {
        if c.unit_id() != p.unit_id() {
            return Err(StoreError::NotFound);
        }
        // The person's latest case before this one: the resident is returning, known rather than asked.
        let previous: Option<CaseId> = case::Entity::find()
            .select_only()
            .column(case::Column::Id)
            .filter(case::Column::PersonId.eq(p.id))
            .filter(case::Column::UnitId.eq(c.unit_id()))
            .filter(case::Column::Id.ne(c.id))
            .filter(case::Column::FirstContactOn.lte(c.first_contact_on))
            .order_by_desc(case::Column::FirstContactOn)
            .order_by_desc(case::Column::Id)
            .into_tuple()
            .one(self.conn())
            .await?;
        let mut q = case::Entity::update_many()
            .col_expr(case::Column::PersonId, Expr::value(p.id))
            .col_expr(case::Column::Documented, Expr::value(true))
            .col_expr(case::Column::UpdatedAt, Expr::value(self.now()));
        if let Some(prev) = previous {
            q = q
                .col_expr(case::Column::Returning, Expr::value(true))
                .col_expr(case::Column::PreviousCaseId, Expr::value(prev));
        }
        q.filter(case::Column::Id.eq(c.id)).filter(case::Column::UnitId.eq(c.unit_id())).exec(self.conn()).await?;
        Ok(previous)
    }
}
