//! The guardians' consents and the coordinators' contacts with actors, read and written through
//! the family as read for its unit.
use chrono::NaiveDate;
use lotsen_domain::ids::{ConsentId, FamilyContactId, FamilyId, PersonId, UnitId, UserId};
use lotsen_domain::records::family::{Actor, Consent, ConsentTerms, ContactKind, read_actors, write_actors};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

use crate::entity::{family_consent as fc, family_contact as fx};
use crate::family::bad;
use crate::{FamilyRecord, Result, Scoped, Store, StoreError, Tx};

/// A guardian's consent as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord {
    pub id: ConsentId,
    pub family_id: FamilyId,
    pub guardian_id: PersonId,
    pub consent: Consent,
    pub created_by: UserId,
    pub created_at: i64,
}

/// A contact with an actor as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyContactRecord {
    pub id: FamilyContactId,
    pub actor: Actor,
    pub held_on: NaiveDate,
    pub kind: ContactKind,
    pub created_by: UserId,
    pub created_at: i64,
}

fn consent(m: fc::Model) -> Result<ConsentRecord> {
    let actors = read_actors(&m.actors).map_err(|_| bad("consent", m.id))?;
    Ok(ConsentRecord {
        id: m.id,
        family_id: m.family_id,
        guardian_id: m.guardian_id,
        consent: Consent {
            terms: ConsentTerms { given_on: m.given_on, expires_on: m.expires_on, actors },
            withdrawn_on: m.withdrawn_on,
        },
        created_by: m.created_by,
        created_at: m.created_at,
    })
}

async fn consents<C: ConnectionTrait>(conn: &C, f: &Scoped<FamilyRecord>) -> Result<Vec<ConsentRecord>> {
    fc::Entity::find()
        .filter(fc::Column::UnitId.eq(f.unit_id()))
        .filter(fc::Column::FamilyId.eq(f.id))
        .order_by_desc(fc::Column::GivenOn)
        .order_by_desc(fc::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(consent)
        .collect()
}

impl Store {
    /// The family's consents, the latest first.
    pub async fn family_consents(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<ConsentRecord>> {
        consents(self.conn(), f).await
    }

    /// Every consent of the unit's families that has not been withdrawn and ends on or after
    /// `from`, by the day it ends.
    pub async fn consents_ending(&self, unit_id: UnitId, from: NaiveDate) -> Result<Vec<ConsentRecord>> {
        fc::Entity::find()
            .filter(fc::Column::UnitId.eq(unit_id))
            .filter(fc::Column::WithdrawnOn.is_null())
            .filter(fc::Column::ExpiresOn.gte(from))
            .order_by_asc(fc::Column::ExpiresOn)
            .order_by_asc(fc::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(consent)
            .collect()
    }

    /// How many contacts with actors the unit's families had from `from` to `to`.
    pub async fn family_contacts_between(&self, unit_id: UnitId, from: NaiveDate, to: NaiveDate) -> Result<i64> {
        let n = fx::Entity::find()
            .filter(fx::Column::UnitId.eq(unit_id))
            .filter(fx::Column::HeldOn.gte(from))
            .filter(fx::Column::HeldOn.lte(to))
            .count(self.conn())
            .await?;
        Ok(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// The family's contacts with actors, the latest first.
    pub async fn family_contacts(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<FamilyContactRecord>> {
        fx::Entity::find()
            .filter(fx::Column::UnitId.eq(f.unit_id()))
            .filter(fx::Column::FamilyId.eq(f.id))
            .order_by_desc(fx::Column::HeldOn)
            .order_by_desc(fx::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                Ok(FamilyContactRecord {
                    id: m.id,
                    actor: Actor::parse(&m.actor).map_err(|_| bad("family contact", m.id))?,
                    held_on: m.held_on,
                    kind: ContactKind::parse(&m.kind).map_err(|_| bad("family contact", m.id))?,
                    created_by: m.created_by,
                    created_at: m.created_at,
                })
            })
            .collect()
    }
}

impl Tx {
    /// The family's consents, read in the transaction.
    pub async fn family_consents(&self, f: &Scoped<FamilyRecord>) -> Result<Vec<ConsentRecord>> {
        consents(self.conn(), f).await
    }

    /// Records a guardian's consent.
    pub async fn add_consent(
        &self,
        f: &Scoped<FamilyRecord>,
        guardian: PersonId,
        terms: &ConsentTerms,
        by: UserId,
    ) -> Result<ConsentRecord> {
        let t = self.now();
        let m = fc::ActiveModel {
            family_id: Set(f.id),
            unit_id: Set(f.unit_id()),
            guardian_id: Set(guardian),
            given_on: Set(terms.given_on),
            expires_on: Set(terms.expires_on),
            actors: Set(write_actors(&terms.actors)),
            withdrawn_on: Set(None),
            created_by: Set(by),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        consent(m)
    }

    /// Withdraws a consent of the family from `on`; one withdrawn before, or of another family, is
    /// not found.
    pub async fn withdraw_consent(&self, f: &Scoped<FamilyRecord>, id: ConsentId, on: NaiveDate) -> Result<()> {
        let r = fc::Entity::update_many()
            .col_expr(fc::Column::WithdrawnOn, Expr::value(on))
            .col_expr(fc::Column::UpdatedAt, Expr::value(self.now()))
            .filter(fc::Column::Id.eq(id))
            .filter(fc::Column::FamilyId.eq(f.id))
            .filter(fc::Column::UnitId.eq(f.unit_id()))
            .filter(fc::Column::WithdrawnOn.is_null())
            .exec(self.conn())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Logs a contact with an actor about the family.
    pub async fn add_family_contact(
        &self,
        f: &Scoped<FamilyRecord>,
        actor: &Actor,
        held_on: NaiveDate,
        kind: ContactKind,
        by: UserId,
    ) -> Result<FamilyContactId> {
        let m = fx::ActiveModel {
            family_id: Set(f.id),
            unit_id: Set(f.unit_id()),
            actor: Set(actor.as_str().to_owned()),
            held_on: Set(held_on),
            kind: Set(kind.as_str().to_owned()),
            created_by: Set(by),
            created_at: Set(self.now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(m.id)
    }
}
