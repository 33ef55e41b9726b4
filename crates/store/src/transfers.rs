//! Telling one's story once and referrals between units: a case's intake note, and referrals sent
//! on to another unit of the installation. The sender's side (`unit_referrals`) keeps the consent
//! and where the referral stands; what it carries goes sealed into the receiving unit's intake list
//! as an inquiry, which that unit alone reads, accepts (by making a case of it) or returns.
use chrono::NaiveDate;
use lotsen_domain::ids::{CaseId, UnitId, UserId};
use lotsen_domain::inquiry::{Kind, Status};
use lotsen_domain::locale::Locale;
use lotsen_domain::transfer::{Consent, ReturnReason, TransferKind, TransferState};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{inquiry, intake_note, referral, unit, unit_referral};
use crate::{CaseRecord, Result, Scoped, SealedIdentity, Store, StoreError, Tx, UnitRecord};

/// A case's intake note as stored (sealed by the web layer, bound to the case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntakeNoteRecord {
    pub case_id: CaseId,
    pub sealed: SealedIdentity,
    /// The day the resident agreed to the summary.
    pub agreed_on: NaiveDate,
    pub written_by: UserId,
    pub written_at: i64,
}

/// A referral sent on to another unit, as its sender sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferRecord {
    pub id: i64,
    pub referral_id: i64,
    pub case_id: CaseId,
    pub from_unit_id: UnitId,
    pub to_unit_id: UnitId,
    pub kind: TransferKind,
    /// The consent it went under; `None` for a heads-up.
    pub consent: Option<Consent>,
    pub inquiry_id: Option<i64>,
    pub state: TransferState,
    pub sent_by: UserId,
    pub sent_at: i64,
    pub answered_at: Option<i64>,
    pub return_reason: Option<ReturnReason>,
}

impl TransferRecord {
    /// Still waiting for the receiver, or taken on: the referral cannot be sent again.
    pub fn in_force(&self) -> bool {
        matches!(self.state, TransferState::Sent | TransferState::Accepted)
    }
}

fn transfer(m: unit_referral::Model) -> TransferRecord {
    let consent = m.consent_on.map(|on| Consent { on, contact: m.share_contact, note: m.share_note });
    TransferRecord {
        id: m.id,
        referral_id: m.referral_id,
        case_id: m.case_id,
        from_unit_id: m.from_unit_id,
        to_unit_id: m.to_unit_id,
        kind: TransferKind::parse(&m.kind).unwrap_or(TransferKind::HeadsUp),
        consent,
        inquiry_id: m.inquiry_id,
        // A state this version does not know reads as still waiting.
        state: TransferState::parse(&m.state).unwrap_or(TransferState::Sent),
        sent_by: m.sent_by,
        sent_at: m.sent_at,
        answered_at: m.answered_at,
        return_reason: m.return_reason.as_deref().and_then(|r| ReturnReason::parse(r).ok()),
    }
}

/// A referral to send on: where, under which consent, and what lands in the receiver's intake
/// list (sealed against `reference` by the web layer; `None` for a heads-up, which carries nothing).
#[derive(Debug, Clone)]
pub struct NewTransfer {
    pub referral_id: i64,
    pub to_unit_id: UnitId,
    pub kind: TransferKind,
    pub consent: Option<Consent>,
    pub sent_by: UserId,
    pub reference: String,
    pub locale: Locale,
    pub sealed: Option<SealedIdentity>,
}

/// Why a sending was refused by the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendRefused {
    /// The referral was sent on before and is waiting or taken on.
    AlreadySent,
    /// The receiving unit stopped taking referrals meanwhile.
    NotTaking,
}

impl Store {
    /// The intake note of `case`, if one was written.
    pub async fn intake_note(&self, case: &Scoped<CaseRecord>) -> Result<Option<IntakeNoteRecord>> {
        let m = intake_note::Entity::find_by_id(case.id).one(self.conn()).await?;
        Ok(m.map(|m| IntakeNoteRecord {
            case_id: m.case_id,
            sealed: SealedIdentity { key_version: m.key_version, nonce: m.nonce, sealed: m.sealed },
            agreed_on: m.agreed_on,
            written_by: m.written_by,
            written_at: m.written_at,
        }))
    }

    /// The units that take referrals from the installation's other units, by name.
    pub async fn referral_takers(&self) -> Result<Vec<UnitRecord>> {
        Ok(unit::Entity::find()
            .filter(unit::Column::TakesReferrals.eq(true))
            .order_by_asc(unit::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The referrals of `case` sent on to other units, oldest first.
    pub async fn case_transfers(&self, case: &Scoped<CaseRecord>) -> Result<Vec<TransferRecord>> {
        Ok(unit_referral::Entity::find()
            .filter(unit_referral::Column::CaseId.eq(case.id))
            .filter(unit_referral::Column::FromUnitId.eq(case.unit_id()))
            .order_by_asc(unit_referral::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(transfer)
            .collect())
    }

    /// Where the requests `inquiry_ids` of `unit` came from, for those another unit sent: pairs of
    /// inquiry and sending unit. Nothing else of the sender's side is read.
    pub async fn incoming_from(&self, unit: UnitId, inquiry_ids: &[i64]) -> Result<Vec<(i64, UnitId)>> {
        if inquiry_ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(unit_referral::Entity::find()
            .filter(unit_referral::Column::ToUnitId.eq(unit))
            .filter(unit_referral::Column::InquiryId.is_in(inquiry_ids.iter().copied()))
            .all(self.conn())
            .await?
            .into_iter()
            .filter_map(|m| m.inquiry_id.map(|i| (i, m.from_unit_id)))
            .collect())
    }
}

impl Tx {
    /// Writes (or rewrites) the intake note of `case`.
    pub async fn set_intake_note(
        &self,
        case: &Scoped<CaseRecord>,
        sealed: SealedIdentity,
        agreed_on: NaiveDate,
        by: UserId,
    ) -> Result<()> {
        intake_note::Entity::delete_by_id(case.id).exec(self.conn()).await?;
        intake_note::ActiveModel {
            case_id: Set(case.id),
            unit_id: Set(case.unit_id()),
            key_version: Set(sealed.key_version),
            nonce: Set(sealed.nonce),
            sealed: Set(sealed.sealed),
            agreed_on: Set(agreed_on),
            written_by: Set(by),
            written_at: Set(self.now()),
        }
        .insert(self.conn())
        .await?;
        self.touch_case(case.id).await
    }

    /// Sends referral `n.referral_id` of `case` on to another unit: the request (or heads-up)
    /// lands in that unit's intake list, the consent is recorded on the referral, and the sender's
    /// side keeps where it stands. Refused when it is in force already or the receiver no longer
    /// takes referrals; not found when the referral is not the case's.
    pub async fn send_transfer(
        &self,
        case: &Scoped<CaseRecord>,
        n: NewTransfer,
    ) -> Result<std::result::Result<TransferRecord, SendRefused>> {
        let r = referral::Entity::find_by_id(n.referral_id)
            .filter(referral::Column::CaseId.eq(case.id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        let earlier =
            unit_referral::Entity::find().filter(unit_referral::Column::ReferralId.eq(r.id)).all(self.conn()).await?;
        if earlier.into_iter().map(transfer).any(|t| t.in_force()) {
            return Ok(Err(SendRefused::AlreadySent));
        }
        let to = unit::Entity::find_by_id(n.to_unit_id).one(self.conn()).await?;
        if !to.is_some_and(|u| u.takes_referrals) || n.to_unit_id == case.unit_id() {
            return Ok(Err(SendRefused::NotTaking));
        }
        let t = self.now();
        let (kind, received_at) = match n.kind {
            TransferKind::Referral => (Kind::Request, t),
            // Dated to the day: the hour could tie it to a registration.
            TransferKind::HeadsUp => (Kind::Notice, t - t.rem_euclid(86_400)),
        };
        let sealed = n.sealed.filter(|_| n.kind == TransferKind::Referral);
        let q = inquiry::ActiveModel {
            r#ref: Set(n.reference),
            unit_id: Set(n.to_unit_id),
            kind: Set(kind.as_str().to_owned()),
            received_at: Set(received_at),
            locale: Set(n.locale.code().to_owned()),
            on_behalf: Set(n.kind == TransferKind::Referral),
            category_id: Set(None),
            age_group_id: Set(None),
            key_version: Set(sealed.as_ref().map(|s| s.key_version)),
            nonce: Set(sealed.as_ref().map(|s| s.nonce.clone())),
            sealed: Set(sealed.map(|s| s.sealed)),
            status: Set(Status::Open.as_str().to_owned()),
            case_id: Set(None),
            handled_by: Set(None),
            handled_at: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        let consent = n.consent.filter(|_| n.kind == TransferKind::Referral);
        let m = unit_referral::ActiveModel {
            referral_id: Set(r.id),
            case_id: Set(case.id),
            from_unit_id: Set(case.unit_id()),
            to_unit_id: Set(n.to_unit_id),
            kind: Set(n.kind.as_str().to_owned()),
            consent_on: Set(consent.map(|c| c.on)),
            share_contact: Set(consent.is_some_and(|c| c.contact)),
            share_note: Set(consent.is_some_and(|c| c.note)),
            inquiry_id: Set(Some(q.id)),
            state: Set(TransferState::Sent.as_str().to_owned()),
            sent_by: Set(n.sent_by),
            sent_at: Set(t),
            answered_at: Set(None),
            return_reason: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        // Consent to this sending marks the referral consented and shared; its own reach (for a
        // letter to a receiver outside Lotsen) is recorded apart and stays as it was.
        if let Some(c) = consent {
            referral::Entity::update_many()
                .col_expr(referral::Column::Consent, Expr::value(true))
                .col_expr(referral::Column::InfoShared, Expr::value(r.info_shared || c.contact || c.note))
                .col_expr(referral::Column::UpdatedAt, Expr::value(t))
                .filter(referral::Column::Id.eq(r.id))
                .exec(self.conn())
                .await?;
        }
        self.touch_case(case.id).await?;
        Ok(Ok(transfer(m)))
    }

    /// The resident took back their consent to referral `referral_id` of `case`: what is still
    /// waiting at another unit is withdrawn there, its sealed details erased at once. Returns the
    /// sendings withdrawn.
    pub async fn withdraw_transfers(&self, case: &Scoped<CaseRecord>, referral_id: i64) -> Result<Vec<TransferRecord>> {
        let waiting: Vec<TransferRecord> = unit_referral::Entity::find()
            .filter(unit_referral::Column::CaseId.eq(case.id))
            .filter(unit_referral::Column::FromUnitId.eq(case.unit_id()))
            .filter(unit_referral::Column::ReferralId.eq(referral_id))
            .filter(unit_referral::Column::Kind.eq(TransferKind::Referral.as_str()))
            .filter(unit_referral::Column::State.eq(TransferState::Sent.as_str()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(transfer)
            .collect();
        let t = self.now();
        for w in &waiting {
            if let Some(inquiry_id) = w.inquiry_id {
                inquiry::Entity::update_many()
                    .col_expr(inquiry::Column::KeyVersion, Expr::value(Option::<i32>::None))
                    .col_expr(inquiry::Column::Nonce, Expr::value(Option::<Vec<u8>>::None))
                    .col_expr(inquiry::Column::Sealed, Expr::value(Option::<Vec<u8>>::None))
                    .col_expr(inquiry::Column::Status, Expr::value(Status::Closed.as_str()))
                    .col_expr(inquiry::Column::HandledAt, Expr::value(t))
                    .filter(inquiry::Column::Id.eq(inquiry_id))
                    .filter(inquiry::Column::UnitId.eq(w.to_unit_id))
                    .filter(inquiry::Column::Status.eq(Status::Open.as_str()))
                    .exec(self.conn())
                    .await?;
            }
            unit_referral::Entity::update_many()
                .col_expr(unit_referral::Column::State, Expr::value(TransferState::Withdrawn.as_str()))
                .col_expr(unit_referral::Column::AnsweredAt, Expr::value(t))
                .filter(unit_referral::Column::Id.eq(w.id))
                .exec(self.conn())
                .await?;
        }
        Ok(waiting
            .into_iter()
            .map(|w| TransferRecord { state: TransferState::Withdrawn, answered_at: Some(t), ..w })
            .collect())
    }

    /// The receiving unit `unit` answers the referral behind its request `inquiry_id`: the sender's
    /// side moves from `sent` to `state`. Returns the sender's record when the request came from
    /// another unit and was still waiting; `None` for the unit's own requests.
    pub async fn answer_transfer(
        &self,
        unit: UnitId,
        inquiry_id: i64,
        state: TransferState,
        reason: Option<ReturnReason>,
    ) -> Result<Option<TransferRecord>> {
        let Some(m) = unit_referral::Entity::find()
            .filter(unit_referral::Column::ToUnitId.eq(unit))
            .filter(unit_referral::Column::InquiryId.eq(inquiry_id))
            .filter(unit_referral::Column::State.eq(TransferState::Sent.as_str()))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let t = self.now();
        unit_referral::Entity::update_many()
            .col_expr(unit_referral::Column::State, Expr::value(state.as_str()))
            .col_expr(unit_referral::Column::AnsweredAt, Expr::value(t))
            .col_expr(unit_referral::Column::ReturnReason, Expr::value(reason.map(ReturnReason::as_str)))
            .filter(unit_referral::Column::Id.eq(m.id))
            .exec(self.conn())
            .await?;
        self.touch_case(m.case_id).await?;
        Ok(Some(TransferRecord { state, answered_at: Some(t), return_reason: reason, ..transfer(m) }))
    }
}

impl Store {
    /// Marks the sender's side of requests the retention job let expire.
    pub(crate) async fn expire_transfers(&self) -> Result<u64> {
        let expired = Query::select()
            .column(inquiry::Column::Id)
            .from(inquiry::Entity)
            .and_where(inquiry::Column::Status.eq(Status::Expired.as_str()))
            .to_owned();
        Ok(unit_referral::Entity::update_many()
            .col_expr(unit_referral::Column::State, Expr::value(TransferState::Expired.as_str()))
            .col_expr(unit_referral::Column::AnsweredAt, Expr::value(self.now()))
            .filter(unit_referral::Column::State.eq(TransferState::Sent.as_str()))
            .filter(unit_referral::Column::InquiryId.in_subquery(expired))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}
