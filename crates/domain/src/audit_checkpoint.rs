//! A signed head of the audit chain, kept outside the database. The chain alone cannot show that
//! its newest rows were cut off: what is left is a shorter valid chain. `lotsen audit checkpoint`
//! writes how many rows there were and the last one's id and hash, signed with a key derived from
//! the secret; `lotsen audit verify --checkpoint FILE` later checks that those rows are all still
//! there, unchanged.
use hmac::{Hmac, Mac};
use sha2::Sha256;

const MAGIC: &str = "lotsen-audit-checkpoint v1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// Rows in the chain when it was taken.
    pub rows: u64,
    /// The last row's id and hash.
    pub last_id: i64,
    pub hash: String,
    /// When it was taken (RFC 3339, UTC).
    pub at: String,
}

/// Why a checkpoint file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadCheckpoint {
    #[error("this is not a Lotsen audit checkpoint")]
    NotACheckpoint,
    #[error("the checkpoint's signature does not match: it was changed, or made with another secret key")]
    Signature,
}

impl Checkpoint {
    fn body(&self) -> String {
        format!("{MAGIC} rows={} last_id={} hash={} at={}", self.rows, self.last_id, self.hash, self.at)
    }

    fn mac(&self, key: &[u8; 32]) -> Hmac<Sha256> {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
        m.update(self.body().as_bytes());
        m
    }

    /// One line: the fields and their signature.
    pub fn signed(&self, key: &[u8; 32]) -> String {
        format!("{} mac={}\n", self.body(), hex::encode(self.mac(key).finalize().into_bytes()))
    }

    /// Reads a line written by [`Checkpoint::signed`] and checks its signature.
    pub fn read(text: &str, key: &[u8; 32]) -> Result<Self, BadCheckpoint> {
        let line = text.trim();
        let rest = line.strip_prefix(MAGIC).ok_or(BadCheckpoint::NotACheckpoint)?;
        let field = |name: &str| {
            rest.split_whitespace()
                .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
                .ok_or(BadCheckpoint::NotACheckpoint)
        };
        let c = Checkpoint {
            rows: field("rows")?.parse().map_err(|_| BadCheckpoint::NotACheckpoint)?,
            last_id: field("last_id")?.parse().map_err(|_| BadCheckpoint::NotACheckpoint)?,
            hash: field("hash")?.to_owned(),
            at: field("at")?.to_owned(),
        };
        let mac = hex::decode(field("mac")?).map_err(|_| BadCheckpoint::Signature)?;
        c.mac(key).verify_slice(&mac).map_err(|_| BadCheckpoint::Signature)?;
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head() -> Checkpoint {
        Checkpoint { rows: 42, last_id: 42, hash: "k1:abcd".into(), at: "2026-12-06T10:00:00Z".into() }
    }

    #[test]
    fn a_checkpoint_reads_back_with_its_key_only() {
        let text = head().signed(&[1; 32]);
        assert_eq!(Checkpoint::read(&text, &[1; 32]), Ok(head()));
        assert_eq!(Checkpoint::read(&text, &[2; 32]), Err(BadCheckpoint::Signature));
        let forged = text.replace("rows=42", "rows=40");
        assert_eq!(Checkpoint::read(&forged, &[1; 32]), Err(BadCheckpoint::Signature));
        assert_eq!(Checkpoint::read("hello", &[1; 32]), Err(BadCheckpoint::NotACheckpoint));
    }
}
