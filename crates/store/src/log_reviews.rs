//! The monthly log review in the database: the month's views of identified data from the audit
//! log, the review row and its items, marks and the signature. A review is read for its unit and
//! changed only through that reading.
use std::collections::HashMap;

use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{CaseId, PersonId, UnitId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entity::{audit_log, case, log_review, log_review_item};
use crate::{AuditRow, Result, Scoped, Store, StoreError, Tx};

/// The audited actions that are views of identified data.
pub const IDENTIFIED_VIEWS: [AuditAction; 4] =
    [AuditAction::IdentityView, AuditAction::PersonView, AuditAction::JournalView, AuditAction::RecordsRequest];

/// The most views one month's review reads from the log.
pub const MONTH_VIEWS_MAX: u64 = 200_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRecord {
    pub id: i64,
    pub month: String,
    pub created_by: UserId,
    pub created_at: i64,
    pub signed_by: Option<UserId>,
    pub signed_at: Option<i64>,
    pub summary: Option<String>,
}

/// One view in a review, with its audit row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    pub id: i64,
    pub audit: AuditRow,
    /// Why it is there, as stored (`sample`, `not_responsible`, …).
    pub findings: Vec<String>,
    pub reviewed_by: Option<UserId>,
    pub reviewed_at: Option<i64>,
    pub comment: Option<String>,
}

fn record(m: log_review::Model) -> Scoped<ReviewRecord> {
    Scoped::new(
        m.unit_id,
        ReviewRecord {
            id: m.id,
            month: m.month,
            created_by: m.created_by,
            created_at: m.created_at,
            signed_by: m.signed_by,
            signed_at: m.signed_at,
            summary: m.summary,
        },
    )
}

impl Store {
    /// The unit's views of identified data with audit times in `[from, until)` (audit time text),
    /// oldest first.
    pub async fn identified_views(&self, unit_id: UnitId, from: &str, until: &str) -> Result<Vec<AuditRow>> {
        use audit_log::Column as C;
        Ok(audit_log::Entity::find()
            .filter(C::UnitId.eq(unit_id))
            .filter(C::Action.is_in(IDENTIFIED_VIEWS.map(AuditAction::as_str)))
            .filter(C::At.gte(from))
            .filter(C::At.lt(until))
            .order_by_asc(C::Id)
            .limit(MONTH_VIEWS_MAX)
            .all(self.conn())
            .await?
            .into_iter()
            .map(crate::audit::row)
            .collect())
    }

    /// Who is responsible for each of these cases of the unit.
    pub async fn case_coordinators(&self, unit_id: UnitId, ids: &[CaseId]) -> Result<HashMap<CaseId, UserId>> {
        let mut out = HashMap::new();
        for chunk in ids.chunks(1000) {
            let rows: Vec<(CaseId, UserId)> = case::Entity::find()
                .select_only()
                .columns([case::Column::Id, case::Column::CoordinatorId])
                .filter(case::Column::UnitId.eq(unit_id))
                .filter(case::Column::Id.is_in(chunk.to_vec()))
                .into_tuple()
                .all(self.conn())
                .await?;
            out.extend(rows);
        }
        Ok(out)
    }

    /// Who is responsible for some case of each of these persons of the unit.
    pub async fn person_coordinators(&self, unit_id: UnitId, ids: &[PersonId]) -> Result<Vec<(PersonId, UserId)>> {
        let mut out = Vec::new();
        for chunk in ids.chunks(1000) {
            let rows: Vec<(Option<PersonId>, UserId)> = case::Entity::find()
                .select_only()
                .columns([case::Column::PersonId, case::Column::CoordinatorId])
                .filter(case::Column::UnitId.eq(unit_id))
                .filter(case::Column::PersonId.is_in(chunk.to_vec()))
                .into_tuple()
                .all(self.conn())
                .await?;
            out.extend(rows.into_iter().filter_map(|(p, u)| p.map(|p| (p, u))));
        }
        Ok(out)
    }

    /// The unit's review of `month`, if it was started.
    pub async fn log_review(&self, unit_id: UnitId, month: &str) -> Result<Option<Scoped<ReviewRecord>>> {
        Ok(log_review::Entity::find()
            .filter(log_review::Column::UnitId.eq(unit_id))
            .filter(log_review::Column::Month.eq(month))
            .one(self.conn())
            .await?
            .map(record))
    }

    /// The unit's reviews, newest month first.
    pub async fn log_reviews(&self, unit_id: UnitId) -> Result<Vec<Scoped<ReviewRecord>>> {
        Ok(log_review::Entity::find()
            .filter(log_review::Column::UnitId.eq(unit_id))
            .order_by_desc(log_review::Column::Month)
            .all(self.conn())
            .await?
            .into_iter()
            .map(record)
            .collect())
    }

    /// The review's views in the order they happened, each with its audit row (of the same unit).
    pub async fn log_review_items(&self, review: &Scoped<ReviewRecord>) -> Result<Vec<ReviewItem>> {
        let items = log_review_item::Entity::find()
            .filter(log_review_item::Column::ReviewId.eq(review.id))
            .order_by_asc(log_review_item::Column::AuditId)
            .all(self.conn())
            .await?;
        let mut rows: HashMap<i64, AuditRow> = HashMap::new();
        let ids: Vec<i64> = items.iter().map(|i| i.audit_id).collect();
        for chunk in ids.chunks(1000) {
            let found = audit_log::Entity::find()
                .filter(audit_log::Column::Id.is_in(chunk.to_vec()))
                .filter(audit_log::Column::UnitId.eq(review.unit_id()))
                .all(self.conn())
                .await?;
            rows.extend(found.into_iter().map(|m| (m.id, crate::audit::row(m))));
        }
        Ok(items
            .into_iter()
            .filter_map(|i| {
                Some(ReviewItem {
                    id: i.id,
                    audit: rows.remove(&i.audit_id)?,
                    findings: i.findings.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                    reviewed_by: i.reviewed_by,
                    reviewed_at: i.reviewed_at,
                    comment: i.comment,
                })
            })
            .collect())
    }
}

impl Tx {
    /// Starts the unit's review of `month` with its views (audit id and findings, comma-separated).
    /// [`StoreError::Conflict`]`("log_review")` when the month was started before.
    pub async fn create_log_review(
        &self,
        unit_id: UnitId,
        month: &str,
        by: UserId,
        items: &[(i64, String)],
    ) -> Result<Scoped<ReviewRecord>> {
        let exists = log_review::Entity::find()
            .filter(log_review::Column::UnitId.eq(unit_id))
            .filter(log_review::Column::Month.eq(month))
            .one(self.conn())
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict("log_review"));
        }
        let m = log_review::ActiveModel {
            unit_id: Set(unit_id),
            month: Set(month.to_owned()),
            created_by: Set(by),
            created_at: Set(self.now()),
            signed_by: Set(None),
            signed_at: Set(None),
            summary: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        for chunk in items.chunks(500) {
            let models = chunk.iter().map(|(audit_id, findings)| log_review_item::ActiveModel {
                review_id: Set(m.id),
                audit_id: Set(*audit_id),
                findings: Set(findings.clone()),
                reviewed_by: Set(None),
                reviewed_at: Set(None),
                comment: Set(None),
                ..Default::default()
            });
            log_review_item::Entity::insert_many(models).exec_without_returning(self.conn()).await?;
        }
        Ok(record(m))
    }

    /// Marks item `item` of an unsigned `review` reviewed by `by` with `comment`. False when the
    /// item is not the review's or the review is signed.
    pub async fn mark_log_item(
        &self,
        review: &Scoped<ReviewRecord>,
        item: i64,
        by: UserId,
        comment: &str,
    ) -> Result<bool> {
        if review.signed_at.is_some() {
            return Ok(false);
        }
        let n = log_review_item::Entity::update_many()
            .col_expr(log_review_item::Column::ReviewedBy, Expr::value(by))
            .col_expr(log_review_item::Column::ReviewedAt, Expr::value(self.now()))
            .col_expr(log_review_item::Column::Comment, Expr::value(comment))
            .filter(log_review_item::Column::Id.eq(item))
            .filter(log_review_item::Column::ReviewId.eq(review.id))
            .exec(self.conn())
            .await?
            .rows_affected;
        Ok(n == 1)
    }

    /// How many items of the review are not marked yet.
    pub async fn unmarked_log_items(&self, review: &Scoped<ReviewRecord>) -> Result<u64> {
        use sea_orm::PaginatorTrait;
        Ok(log_review_item::Entity::find()
            .filter(log_review_item::Column::ReviewId.eq(review.id))
            .filter(log_review_item::Column::ReviewedAt.is_null())
            .count(self.conn())
            .await?)
    }

    /// Signs `review` with `summary`; false when it was signed already.
    pub async fn sign_log_review(&self, review: &Scoped<ReviewRecord>, by: UserId, summary: &str) -> Result<bool> {
        let n = log_review::Entity::update_many()
            .col_expr(log_review::Column::SignedBy, Expr::value(by))
            .col_expr(log_review::Column::SignedAt, Expr::value(self.now()))
            .col_expr(log_review::Column::Summary, Expr::value(summary))
            .filter(log_review::Column::Id.eq(review.id))
            .filter(log_review::Column::UnitId.eq(review.unit_id()))
            .filter(log_review::Column::SignedAt.is_null())
            .exec(self.conn())
            .await?
            .rows_affected;
        Ok(n == 1)
    }

    /// The unit's review of `month`, read inside the transaction.
    pub async fn log_review(&self, unit_id: UnitId, month: &str) -> Result<Scoped<ReviewRecord>> {
        log_review::Entity::find()
            .filter(log_review::Column::UnitId.eq(unit_id))
            .filter(log_review::Column::Month.eq(month))
            .one(self.conn())
            .await?
            .map(record)
            .ok_or(StoreError::NotFound)
    }
}
