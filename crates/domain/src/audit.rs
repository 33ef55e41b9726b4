//! The audit log's hash chain. Every row carries the hash of the row before it, so an edited,
//! inserted or deleted row breaks the chain at that point and `lotsen audit verify` can name it.
//!
//! The chain is keyed: each row's hash is an HMAC under a key derived from the installation's
//! secret, which the database never holds. Whoever can write to the database (and drop its
//! triggers) can delete a row, but cannot compute the hashes of the rows after it. Rows from
//! before the chain was keyed keep their plain SHA-256; once a keyed row appears, every later row
//! must be keyed too. Removing the newest rows leaves a shorter valid chain; a signed checkpoint
//! kept outside the database (`lotsen audit checkpoint`) catches that.
use crate::ids::{UnitId, UserId};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// A keyed row's hash starts with this.
pub const KEYED: &str = "k1:";

/// The hash that the first row chains to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one audit row that the hash covers, in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFields<'a> {
    pub id: i64,
    /// RFC 3339 UTC timestamp with microseconds, as stored.
    pub at: &'a str,
    pub actor_id: Option<UserId>,
    pub actor_name: &'a str,
    pub unit_id: Option<UnitId>,
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
    feed(prev_hash, f, |b| h.update(b));
    hex::encode(h.finalize())
}

/// The keyed hash of a row: `k1:` and the HMAC-SHA256 under `key` of what [`chain_hash`] covers.
pub fn keyed_hash(key: &[u8; 32], prev_hash: &str, f: &AuditFields<'_>) -> String {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    feed(prev_hash, f, |b| m.update(b));
    format!("{KEYED}{}", hex::encode(m.finalize().into_bytes()))
}

/// The hash of a new row: keyed when there is a key.
pub fn row_hash(key: Option<&[u8; 32]>, prev_hash: &str, f: &AuditFields<'_>) -> String {
    match key {
        Some(k) => keyed_hash(k, prev_hash, f),
        None => chain_hash(prev_hash, f),
    }
}

/// The previous hash and each field, each prefixed by its byte length.
fn feed(prev_hash: &str, f: &AuditFields<'_>, mut update: impl FnMut(&[u8])) {
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let id = f.id.to_string();
    let (actor, unit) = (opt(f.actor_id.map(i64::from)), opt(f.unit_id.map(i64::from)));
    for part in
        [prev_hash, &id, f.at, &actor, f.actor_name, &unit, f.action, f.record_type, f.record_id, f.detail, f.ip]
    {
        update(&(part.len() as u64).to_be_bytes());
        update(part.as_bytes());
    }
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
    /// An unkeyed row after keyed ones: the rows from here on were written by someone without the key.
    Unkeyed { id: i64 },
    /// A keyed row, checked without the key.
    NoKey { id: i64 },
}

impl std::fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BrokenLink::Altered { id } => write!(f, "row {id} was changed after it was written"),
            BrokenLink::Unlinked { id, .. } => {
                write!(f, "row {id} does not follow the row before it (a row was removed or inserted)")
            }
            BrokenLink::Unkeyed { id } => {
                write!(f, "row {id} is not keyed though rows before it are: it was written without the secret key")
            }
            BrokenLink::NoKey { id } => write!(f, "row {id} is keyed and the secret key was not given"),
        }
    }
}

/// Walks the chain row by row in id order.
#[derive(Debug, Clone)]
pub struct Walk<'k> {
    key: Option<&'k [u8; 32]>,
    /// The last good hash.
    pub prev: String,
    /// Rows checked, and of them written before the chain was keyed.
    pub rows: u64,
    pub unkeyed: u64,
    keyed: bool,
}

impl<'k> Walk<'k> {
    pub fn new(key: Option<&'k [u8; 32]>) -> Self {
        Walk { key, prev: GENESIS.to_owned(), rows: 0, unkeyed: 0, keyed: false }
    }

    /// Checks the next row; the first broken link stops the walk.
    pub fn step(&mut self, row: &StoredLink<'_>) -> Result<(), BrokenLink> {
        let id = row.fields.id;
        if row.prev_hash != self.prev {
            return Err(BrokenLink::Unlinked { id, expected_prev: self.prev.clone() });
        }
        let expected = if row.hash.starts_with(KEYED) {
            let key = self.key.ok_or(BrokenLink::NoKey { id })?;
            self.keyed = true;
            keyed_hash(key, &self.prev, &row.fields)
        } else if self.keyed {
            return Err(BrokenLink::Unkeyed { id });
        } else {
            self.unkeyed += 1;
            chain_hash(&self.prev, &row.fields)
        };
        if !subtle_eq(expected.as_bytes(), row.hash.as_bytes()) {
            return Err(BrokenLink::Altered { id });
        }
        self.prev = row.hash.to_owned();
        self.rows += 1;
        Ok(())
    }
}

fn subtle_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Walks rows in id order from the start with `key`, and returns the last good hash or the first
/// broken link.
pub fn verify<'a>(
    key: Option<&[u8; 32]>,
    rows: impl IntoIterator<Item = StoredLink<'a>>,
) -> Result<String, BrokenLink> {
    let mut walk = Walk::new(key);
    for row in rows {
        walk.step(&row)?;
    }
    Ok(walk.prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(id: i64, action: &str) -> AuditFields<'_> {
        AuditFields {
            id,
            at: "2026-11-23T10:00:00.000000Z",
            actor_id: Some(UserId::new(1)),
            actor_name: "anna",
            unit_id: Some(UnitId::new(1)),
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
        assert_eq!(verify(None, links(&rows)), Ok(rows[2].2.clone()));
    }

    #[test]
    fn an_edited_row_is_named() {
        let mut rows = chain(&["login", "user.create", "logout"]);
        rows[1].0.action = "user.view";
        assert_eq!(verify(None, links(&rows)), Err(BrokenLink::Altered { id: 2 }));
    }

    #[test]
    fn a_deleted_row_is_named_by_its_successor() {
        let mut rows = chain(&["login", "user.create", "logout"]);
        rows.remove(1);
        assert!(matches!(verify(None, links(&rows)), Err(BrokenLink::Unlinked { id: 3, .. })));
    }

    const KEY: [u8; 32] = [7; 32];

    fn keyed_chain(actions: &[&'static str], from: usize, prev: &str) -> Vec<(AuditFields<'static>, String, String)> {
        let mut prev = prev.to_owned();
        actions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let f = fields((from + i) as i64 + 1, a);
                let h = keyed_hash(&KEY, &prev, &f);
                let out = (f, prev.clone(), h.clone());
                prev = h;
                out
            })
            .collect()
    }

    #[test]
    fn a_keyed_chain_after_old_rows_verifies_with_the_key_only() {
        let mut rows = chain(&["login", "logout"]);
        rows.extend(keyed_chain(&["login", "user.create"], 2, &rows[1].2.clone()));
        assert_eq!(verify(Some(&KEY), links(&rows)), Ok(rows[3].2.clone()));
        assert_eq!(verify(Some(&[8; 32]), links(&rows)), Err(BrokenLink::Altered { id: 3 }));
        assert_eq!(verify(None, links(&rows)), Err(BrokenLink::NoKey { id: 3 }));
    }

    #[test]
    fn without_the_key_a_deleted_row_cannot_be_hidden() {
        let rows = keyed_chain(&["login", "user.create", "logout"], 0, GENESIS);
        // Row 2 deleted, row 3 rechained as a plain hash by someone without the key.
        let mut forged = vec![rows[0].clone()];
        let f = fields(2, "logout");
        let h = chain_hash(&rows[0].2, &f);
        forged.push((f, rows[0].2.clone(), h));
        assert_eq!(verify(Some(&KEY), links(&forged)), Err(BrokenLink::Unkeyed { id: 2 }));
    }

    #[test]
    fn length_prefixes_keep_fields_apart() {
        let a = AuditFields { actor_name: "ab", action: "c", ..fields(1, "") };
        let b = AuditFields { actor_name: "a", action: "bc", ..fields(1, "") };
        assert_ne!(chain_hash(GENESIS, &a), chain_hash(GENESIS, &b));
    }
}
