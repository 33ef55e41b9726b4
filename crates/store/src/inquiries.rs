//! The contact form's requests and feedback. The store keeps sealed bytes it cannot open; an
//! inquiry that is handled or runs out of time loses them and keeps only what the counts need.
use chrono::NaiveDate;
use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use lotsen_domain::inquiry::{Kind, Status};
use lotsen_domain::locale::Locale;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entity::{inquiry, unit};
use crate::{Result, SealedIdentity, Store, StoreError, Tx};

/// An inquiry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InquiryRecord {
    pub id: i64,
    /// The random reference the seal is bound to.
    pub reference: String,
    pub unit_id: UnitId,
    pub kind: Kind,
    pub received_at: i64,
    pub locale: Locale,
    pub on_behalf: bool,
    pub category_id: Option<ListEntryId>,
    pub age_group_id: Option<ListEntryId>,
    pub sealed: Option<SealedIdentity>,
    pub status: Status,
    pub case_id: Option<CaseId>,
    pub handled_by: Option<UserId>,
    pub handled_at: Option<i64>,
    /// The coordinator who has taken the request, and when.
    pub claimed_by: Option<UserId>,
    pub claimed_at: Option<i64>,
}

impl From<inquiry::Model> for InquiryRecord {
    fn from(m: inquiry::Model) -> Self {
        let sealed = match (m.key_version, m.nonce, m.sealed) {
            (Some(key_version), Some(nonce), Some(sealed)) => Some(SealedIdentity { key_version, nonce, sealed }),
            _ => None,
        };
        Self {
            id: m.id,
            reference: m.r#ref,
            unit_id: m.unit_id,
            kind: Kind::parse(&m.kind).unwrap_or(Kind::Request),
            received_at: m.received_at,
            locale: Locale::parse(&m.locale).unwrap_or_default(),
            on_behalf: m.on_behalf,
            category_id: m.category_id,
            age_group_id: m.age_group_id,
            sealed,
            status: Status::parse(&m.status).unwrap_or(Status::Closed),
            case_id: m.case_id,
            handled_by: m.handled_by,
            handled_at: m.handled_at,
            claimed_by: m.claimed_by,
            claimed_at: m.claimed_at,
        }
    }
}

/// A new inquiry from the public form, sealed by the web layer against `reference`.
#[derive(Debug, Clone)]
pub struct NewInquiry {
    pub reference: String,
    pub unit_id: UnitId,
    pub kind: Kind,
    pub locale: Locale,
    pub on_behalf: bool,
    pub category_id: Option<ListEntryId>,
    pub age_group_id: Option<ListEntryId>,
    pub sealed: SealedIdentity,
    /// The form's nonce, spent so that a second submit of the same page counts once.
    pub nonce: String,
    pub nonce_expires_at: i64,
}

/// The outcome of storing a submitted form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    Saved(i64),
    /// The same form was sent before; nothing new was stored.
    Duplicate,
}

/// Which inquiries a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Waiting for someone, oldest first.
    Open,
    /// Handled or expired since the given time, newest first.
    HandledSince(i64),
    /// Everything that still holds its text (open and read feedback), newest first.
    WithText,
}

impl Store {
    pub async fn receive_inquiry(&self, n: NewInquiry) -> Result<Received> {
        let tx = self.begin().await?;
        if !tx.spend_nonce(&n.nonce, n.nonce_expires_at).await? {
            return Ok(Received::Duplicate);
        }
        let t = self.now();
        // Anonymous feedback is dated to the day: the hour could tell who wrote it.
        let received_at = if n.kind == Kind::Feedback { t - t.rem_euclid(86_400) } else { t };
        let m = inquiry::ActiveModel {
            r#ref: Set(n.reference),
            unit_id: Set(n.unit_id),
            kind: Set(n.kind.as_str().to_owned()),
            received_at: Set(received_at),
            locale: Set(n.locale.code().to_owned()),
            on_behalf: Set(n.on_behalf),
            category_id: Set(n.category_id),
            age_group_id: Set(n.age_group_id),
            key_version: Set(Some(n.sealed.key_version)),
            nonce: Set(Some(n.sealed.nonce)),
            sealed: Set(Some(n.sealed.sealed)),
            status: Set(Status::Open.as_str().to_owned()),
            case_id: Set(None),
            handled_by: Set(None),
            handled_at: Set(None),
            ..Default::default()
        }
        .insert(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(Received::Saved(m.id))
    }

    /// A unit's inquiries of one kind.
    pub async fn inquiries(&self, unit_id: UnitId, kind: Kind, shown: Shown, limit: u64) -> Result<Vec<InquiryRecord>> {
        let q = inquiry::Entity::find()
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .filter(inquiry::Column::Kind.eq(kind.as_str()));
        let q = match shown {
            Shown::Open => q
                .filter(inquiry::Column::Status.eq(Status::Open.as_str()))
                .order_by_asc(inquiry::Column::ReceivedAt)
                .order_by_asc(inquiry::Column::Id),
            Shown::HandledSince(t) => q
                .filter(inquiry::Column::Status.ne(Status::Open.as_str()))
                .filter(inquiry::Column::HandledAt.gte(t))
                .order_by_desc(inquiry::Column::HandledAt)
                .order_by_desc(inquiry::Column::Id),
            // Within a day by the random reference: the order of arrival is not shown.
            Shown::WithText => q
                .filter(inquiry::Column::Sealed.is_not_null())
                .order_by_desc(inquiry::Column::ReceivedAt)
                .order_by_asc(inquiry::Column::Ref),
        };
        Ok(q.limit(limit).all(self.conn()).await?.into_iter().map(Into::into).collect())
    }

    /// How many of a unit's inquiries of one kind are open.
    pub async fn open_inquiries(&self, unit_id: UnitId, kind: Kind) -> Result<u64> {
        use sea_orm::PaginatorTrait;
        Ok(inquiry::Entity::find()
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .filter(inquiry::Column::Kind.eq(kind.as_str()))
            .filter(inquiry::Column::Status.eq(Status::Open.as_str()))
            .count(self.conn())
            .await?)
    }

    /// One of the unit's inquiries; another unit's is not found.
    pub async fn inquiry(&self, unit_id: UnitId, id: i64) -> Result<InquiryRecord> {
        inquiry::Entity::find_by_id(id)
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .map(Into::into)
            .ok_or(StoreError::NotFound)
    }

    /// One of the unit's inquiries by its random reference (feedback is never shown by id: ids
    /// are shared with requests, whose times are known).
    pub async fn inquiry_by_reference(&self, unit_id: UnitId, reference: &str) -> Result<InquiryRecord> {
        inquiry::Entity::find()
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .filter(inquiry::Column::Ref.eq(reference))
            .one(self.conn())
            .await?
            .map(Into::into)
            .ok_or(StoreError::NotFound)
    }

    /// Removes the details of requests left open longer than each unit's set time, and of
    /// feedback older than the unit's time for free text. Returns per unit how many were removed.
    pub async fn purge_inquiries(&self, today: NaiveDate) -> Result<Vec<(UnitId, u64)>> {
        let _g = self.write_guard().await;
        let midnight = today.and_hms_opt(0, 0, 0).map(|d| d.and_utc().timestamp()).unwrap_or_else(|| self.now());
        let mut out = Vec::new();
        for u in unit::Entity::find().all(self.conn()).await? {
            let mut removed = 0;
            for (kind, days) in [(Kind::Request, u.inquiry_days), (Kind::Feedback, u.survey_text_days)] {
                let cutoff = midnight - i64::from(days.max(0)) * 86_400;
                removed += inquiry::Entity::update_many()
                    .col_expr(inquiry::Column::KeyVersion, Expr::value(Option::<i32>::None))
                    .col_expr(inquiry::Column::Nonce, Expr::value(Option::<Vec<u8>>::None))
                    .col_expr(inquiry::Column::Sealed, Expr::value(Option::<Vec<u8>>::None))
                    .col_expr(inquiry::Column::Status, Expr::value(Status::Expired.as_str()))
                    .col_expr(inquiry::Column::HandledAt, Expr::value(self.now()))
                    .filter(inquiry::Column::UnitId.eq(u.id))
                    .filter(inquiry::Column::Kind.eq(kind.as_str()))
                    .filter(inquiry::Column::Sealed.is_not_null())
                    .filter(inquiry::Column::ReceivedAt.lt(cutoff))
                    .exec(self.conn())
                    .await?
                    .rows_affected;
            }
            // Heads-ups from other units carry nothing; unread, they leave the list in the same time.
            let cutoff = midnight - i64::from(u.inquiry_days.max(0)) * 86_400;
            removed += inquiry::Entity::update_many()
                .col_expr(inquiry::Column::Status, Expr::value(Status::Expired.as_str()))
                .col_expr(inquiry::Column::HandledAt, Expr::value(self.now()))
                .filter(inquiry::Column::UnitId.eq(u.id))
                .filter(inquiry::Column::Kind.eq(Kind::Notice.as_str()))
                .filter(inquiry::Column::Status.eq(Status::Open.as_str()))
                .filter(inquiry::Column::ReceivedAt.lt(cutoff))
                .exec(self.conn())
                .await?
                .rows_affected;
            if removed > 0 {
                out.push((u.id, removed));
            }
        }
        self.expire_transfers().await?;
        Ok(out)
    }
}

impl Tx {
    /// Takes open request `id` of the unit for `user_id` (`Some`), taking it over from whoever had
    /// it, or lets it go (`None`). Returns who had it before; not found once it is handled.
    pub async fn claim_inquiry(&self, unit_id: UnitId, id: i64, user_id: Option<UserId>) -> Result<Option<UserId>> {
        let current = inquiry::Entity::find_by_id(id)
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .filter(inquiry::Column::Kind.eq(Kind::Request.as_str()))
            .filter(inquiry::Column::Status.eq(Status::Open.as_str()))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        inquiry::Entity::update_many()
            .col_expr(inquiry::Column::ClaimedBy, Expr::value(user_id))
            .col_expr(inquiry::Column::ClaimedAt, Expr::value(user_id.map(|_| self.now())))
            .filter(inquiry::Column::Id.eq(id))
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .exec(self.conn())
            .await?;
        Ok(current.claimed_by)
    }

    /// Marks an open inquiry handled: `Case` (with the case it became) or `Closed`. A request
    /// loses its sealed details; read feedback keeps its text until the retention job. False when
    /// it was not open (someone else got there first).
    pub async fn handle_inquiry(
        &self,
        unit_id: UnitId,
        id: i64,
        status: Status,
        case_id: Option<CaseId>,
        user_id: UserId,
    ) -> Result<bool> {
        let current = inquiry::Entity::find_by_id(id)
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut q = inquiry::Entity::update_many()
            .col_expr(inquiry::Column::Status, Expr::value(status.as_str()))
            .col_expr(inquiry::Column::CaseId, Expr::value(case_id))
            .col_expr(inquiry::Column::HandledBy, Expr::value(user_id))
            .col_expr(inquiry::Column::HandledAt, Expr::value(self.now()));
        if current.kind == Kind::Request.as_str() {
            q = q
                .col_expr(inquiry::Column::KeyVersion, Expr::value(Option::<i32>::None))
                .col_expr(inquiry::Column::Nonce, Expr::value(Option::<Vec<u8>>::None))
                .col_expr(inquiry::Column::Sealed, Expr::value(Option::<Vec<u8>>::None));
        }
        let changed = q
            .filter(inquiry::Column::Id.eq(id))
            .filter(inquiry::Column::UnitId.eq(unit_id))
            .filter(inquiry::Column::Status.eq(Status::Open.as_str()))
            .exec(self.conn())
            .await?
            .rows_affected;
        Ok(changed == 1)
    }
}
