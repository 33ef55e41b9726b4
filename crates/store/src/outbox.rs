//! The outbox: messages waiting to go out, claimed one at a time by whichever node's sending job
//! gets there first (a conditional update, so two nodes never both send one), and erased of their
//! sealed part once sent or given up.
use lotsen_domain::ids::UnitId;
use lotsen_domain::outbox::{Channel, Purpose};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entity::outbox_message as outbox;
use crate::{Result, SealedIdentity, Store, Tx};

pub const WAITING: &str = "waiting";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";

/// A message to put in the outbox.
pub struct NewMessage {
    pub unit_id: Option<UnitId>,
    pub channel: Channel,
    pub purpose: Purpose,
    /// Random; the sealed part is bound to it.
    pub reference: String,
    pub sealed: SealedIdentity,
}

/// A message a node has claimed to send.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub unit_id: Option<UnitId>,
    pub channel: Channel,
    pub purpose: Purpose,
    pub reference: String,
    pub sealed: Option<SealedIdentity>,
    /// Tries made before this one.
    pub attempts: i32,
}

/// How many messages are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub waiting: u64,
    pub sent: u64,
    pub failed: u64,
}

impl Tx {
    /// Puts a message in the outbox, due at once.
    pub async fn enqueue_message(&self, m: NewMessage) -> Result<i64> {
        let t = self.now();
        let row = outbox::ActiveModel {
            unit_id: Set(m.unit_id),
            channel: Set(m.channel.as_str().to_owned()),
            purpose: Set(m.purpose.as_str().to_owned()),
            reference: Set(m.reference),
            key_version: Set(Some(m.sealed.key_version)),
            nonce: Set(Some(m.sealed.nonce)),
            sealed: Set(Some(m.sealed.sealed)),
            state: Set(WAITING.to_owned()),
            attempts: Set(0),
            next_attempt_at: Set(t),
            claimed_by: Set(None),
            claimed_until: Set(0),
            created_at: Set(t),
            sent_at: Set(None),
            last_error: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(row.id)
    }
}

impl Store {
    /// Claims the next due message for `node` for `lease_secs` (a node that dies while sending
    /// frees it when the lease runs out); `None` when nothing is due or others got there first.
    pub async fn claim_message(&self, node: &str, lease_secs: i64) -> Result<Option<Claimed>> {
        let t = self.now();
        let due: Vec<i64> = outbox::Entity::find()
            .select_only()
            .column(outbox::Column::Id)
            .filter(outbox::Column::State.eq(WAITING))
            .filter(outbox::Column::NextAttemptAt.lte(t))
            .filter(outbox::Column::ClaimedUntil.lte(t))
            .order_by_asc(outbox::Column::NextAttemptAt)
            .order_by_asc(outbox::Column::Id)
            .limit(8)
            .into_tuple()
            .all(self.conn())
            .await?;
        for id in due {
            let taken = {
                let _g = self.write_guard().await;
                outbox::Entity::update_many()
                    .col_expr(outbox::Column::ClaimedBy, Expr::value(node))
                    .col_expr(outbox::Column::ClaimedUntil, Expr::value(t + lease_secs))
                    .filter(outbox::Column::Id.eq(id))
                    .filter(outbox::Column::State.eq(WAITING))
                    .filter(outbox::Column::ClaimedUntil.lte(t))
                    .exec(self.conn())
                    .await?
                    .rows_affected
                    == 1
            };
            if !taken {
                continue;
            }
            let Some(m) = outbox::Entity::find_by_id(id).one(self.conn()).await? else { continue };
            let (Ok(channel), Ok(purpose)) = (Channel::parse(&m.channel), Purpose::parse(&m.purpose)) else {
                // Written by a newer version, say: given up and erased rather than claimed forever.
                self.message_failed(id, node, "a channel or purpose this version does not know", None).await?;
                continue;
            };
            let sealed = match (m.key_version, m.nonce, m.sealed) {
                (Some(key_version), Some(nonce), Some(sealed)) => Some(SealedIdentity { key_version, nonce, sealed }),
                _ => None,
            };
            return Ok(Some(Claimed {
                id,
                unit_id: m.unit_id,
                channel,
                purpose,
                reference: m.reference,
                sealed,
                attempts: m.attempts,
            }));
        }
        Ok(None)
    }

    /// The message went out: it is marked sent and its sealed part erased. False when `node`
    /// no longer held it (its lease ran out and another node took it).
    pub async fn message_sent(&self, id: i64, node: &str) -> Result<bool> {
        let _g = self.write_guard().await;
        Ok(outbox::Entity::update_many()
            .col_expr(outbox::Column::State, Expr::value(SENT))
            .col_expr(outbox::Column::SentAt, Expr::value(self.now()))
            .col_expr(outbox::Column::Attempts, Expr::col(outbox::Column::Attempts).add(1))
            .col_expr(outbox::Column::KeyVersion, Expr::value(Option::<i32>::None))
            .col_expr(outbox::Column::Nonce, Expr::value(Option::<Vec<u8>>::None))
            .col_expr(outbox::Column::Sealed, Expr::value(Option::<Vec<u8>>::None))
            .col_expr(outbox::Column::ClaimedUntil, Expr::value(0_i64))
            .col_expr(outbox::Column::LastError, Expr::value(Option::<String>::None))
            .filter(outbox::Column::Id.eq(id))
            .filter(outbox::Column::ClaimedBy.eq(node))
            .exec(self.conn())
            .await?
            .rows_affected
            == 1)
    }

    /// A try failed with `error` (no personal data in it): tried again at `retry_at`, or, with
    /// `None`, given up and its sealed part erased.
    pub async fn message_failed(&self, id: i64, node: &str, error: &str, retry_at: Option<i64>) -> Result<()> {
        let _g = self.write_guard().await;
        let error: String = error.chars().take(300).collect();
        let mut q = outbox::Entity::update_many()
            .col_expr(outbox::Column::Attempts, Expr::col(outbox::Column::Attempts).add(1))
            .col_expr(outbox::Column::ClaimedUntil, Expr::value(0_i64))
            .col_expr(outbox::Column::LastError, Expr::value(error))
            .filter(outbox::Column::Id.eq(id))
            .filter(outbox::Column::ClaimedBy.eq(node));
        q = match retry_at {
            Some(at) => q.col_expr(outbox::Column::NextAttemptAt, Expr::value(at)),
            None => q
                .col_expr(outbox::Column::State, Expr::value(FAILED))
                .col_expr(outbox::Column::KeyVersion, Expr::value(Option::<i32>::None))
                .col_expr(outbox::Column::Nonce, Expr::value(Option::<Vec<u8>>::None))
                .col_expr(outbox::Column::Sealed, Expr::value(Option::<Vec<u8>>::None)),
        };
        q.exec(self.conn()).await?;
        Ok(())
    }

    /// Messages per state, of one unit or (with `None`) of all.
    pub async fn outbox_counts(&self, unit_id: Option<UnitId>) -> Result<OutboxCounts> {
        let count = |state: &'static str| {
            let mut q = outbox::Entity::find().filter(outbox::Column::State.eq(state));
            if let Some(u) = unit_id {
                q = q.filter(outbox::Column::UnitId.eq(u));
            }
            q.count(self.conn())
        };
        Ok(OutboxCounts { waiting: count(WAITING).await?, sent: count(SENT).await?, failed: count(FAILED).await? })
    }

    /// Removes sent and given-up messages older than `keep_secs` (their times are kept that long
    /// for the record of what was sent; nothing personal is left in them).
    pub async fn purge_outbox(&self, keep_secs: i64) -> Result<u64> {
        let _g = self.write_guard().await;
        Ok(outbox::Entity::delete_many()
            .filter(outbox::Column::State.ne(WAITING))
            .filter(outbox::Column::CreatedAt.lt(self.now() - keep_secs))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}
