//! The audit log's hash chain. Every row carries the hash of the row before it, so an edited,
//! inserted or deleted row breaks the chain at that point and `lotsen audit verify` can name it.
use sha2::{Digest, Sha256};

/// The hash that the first row chains to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one audit row that the hash covers, in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFields<'a> {
    pub id: i64,
    /// RFC 3339 UTC timestamp with microseconds, as stored.
    pub at: &'a str,
    pub actor_id: Option<i64>,
    pub actor_name: &'a str,
    pub unit_id: Option<i64>,
    pub action: &'a str,
    pub record_type: &'a str,
    pub record_id: &'a str,
    pub detail: &'a str,
    pub ip: &'a str,
}

/// SHA-256 over the previous hash and each field, each prefixed by its byte length so that no two
/// different rows can serialise to the same bytes.
pub fn chain_hash(prev_hash: &str, f: &AuditFields<'_>) -> String {
    let mut h = Sha256::new();
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let id = f.id.to_string();
    let (actor, unit) = (opt(f.actor_id), opt(f.unit_id));
    for part in
        [prev_hash, &id, f.at, &actor, f.actor_name, &unit, f.action, f.record_type, f.record_id, f.detail, f.ip]
    {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// One stored row: its fields and the two hashes it was saved with.
#[derive(Debug, Clone)]
pub struct StoredLink<'a> {
    pub fields: AuditFields<'a>,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

/// Where and why the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrokenLink {
    /// The row's content no longer matches its own hash: the row was edited.
    Altered { id: i64 },
    /// The row does not point at the row before it: a row was deleted or inserted before it.
    Unlinked { id: i64, expected_prev: String },
}

impl std::fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BrokenLink::Altered { id } => write!(f, "row {id} was changed after it was written"),
            BrokenLink::Unlinked { id, .. } => {
                write!(f, "row {id} does not follow the row before it (a row was removed or inserted)")
            }
        }
    }
}

/// Walks rows in id order, starting from `prev` (the genesis hash, or the last verified hash),
/// and returns the last good hash or the first broken link.
pub fn verify<'a>(prev: &str, rows: impl IntoIterator<Item = StoredLink<'a>>) -> Result<String, BrokenLink> {
    let mut prev = prev.to_owned();
    for row in rows {
        if row.prev_hash != prev {
            return Err(BrokenLink::Unlinked { id: row.fields.id, expected_prev: prev });
        }
        if chain_hash(&prev, &row.fields) != row.hash {
            return Err(BrokenLink::Altered { id: row.fields.id });
        }
        prev = row.hash.to_owned();
    }
    Ok(prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(id: i64, action: &str) -> AuditFields<'_> {
        AuditFields {
            id,
            at: "2026-11-23T10:00:00.000000Z",
            actor_id: Some(1),
            actor_name: "anna",
            unit_id: Some(1),
            action,
            record_type: "user",
            record_id: "2",
            detail: "{}",
            ip: "127.0.0.1",
        }
    }

    fn chain(actions: &[&'static str]) -> Vec<(AuditFields<'static>, String, String)> {
        let mut prev = GENESIS.to_owned();
        actions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let f = fields(i as i64 + 1, a);
                let h = chain_hash(&prev, &f);
                let out = (f, prev.clone(), h.clone());
                prev = h;
                out
            })
            .collect()
    }

    fn links<'a>(rows: &'a [(AuditFields<'a>, String, String)]) -> Vec<StoredLink<'a>> {
        rows.iter().map(|(f, p, h)| StoredLink { fields: f.clone(), prev_hash: p, hash: h }).collect()
    }

    #[test]
    fn an_intact_chain_verifies() {
        let rows = chain(&["login", "user.create", "logout"]);
        assert_eq!(verify(GENESIS, links(&rows)), Ok(rows[2].2.clone()));
    }

    #[test]
    fn an_edited_row_is_named() {
        let mut rows = chain(&["login", "user.create", "logout"]);
        rows[1].0.action = "user.view";
        assert_eq!(verify(GENESIS, links(&rows)), Err(BrokenLink::Altered { id: 2 }));
    }

    #[test]
    fn a_deleted_row_is_named_by_its_successor() {
        let mut rows = chain(&["login", "user.create", "logout"]);
        rows.remove(1);
        assert!(matches!(verify(GENESIS, links(&rows)), Err(BrokenLink::Unlinked { id: 3, .. })));
    }

    #[test]
    fn length_prefixes_keep_fields_apart() {
        let a = AuditFields { actor_name: "ab", action: "c", ..fields(1, "") };
        let b = AuditFields { actor_name: "a", action: "bc", ..fields(1, "") };
        assert_ne!(chain_hash(GENESIS, &a), chain_hash(GENESIS, &b));
    }
}
