//! Forms anyone may send without signing in (surveys, the contact form): no session and no
//! cookie, so the protection travels in the form itself.
//!
//! - A signed **form token** carries when the form was given out and a random nonce. The server
//!   checks the signature (a forged or altered token is refused), the age (too old, or for the
//!   contact form too quick to be a person), and spends the nonce when it stores the submission, so
//!   a double tap or a resubmit after "back" counts once.
//! - A **rate limit** per client address and minute, kept in memory on each node: it only slows
//!   flooding, it stores nothing, and the address never reaches the database.
use std::collections::HashMap;
use std::sync::Mutex;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::keys::hmac;

/// A form older than this is refused: the page has been open for more than a day.
pub const MAX_AGE_SECS: i64 = 24 * 3600;

/// A checked form token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spent {
    /// SHA-256 of the nonce, as stored to recognise a second submit.
    pub nonce_hash: String,
    /// When the form was given out (seconds since the epoch).
    pub issued_at: i64,
}

/// Why a form token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Missing, altered or for another form.
    Invalid,
    /// Given out more than [`MAX_AGE_SECS`] ago.
    Expired,
    /// Sent back sooner than a person could have filled it in.
    TooQuick,
}

/// A token for a form of `purpose` (e.g. `survey:12`), given out at `now`.
pub fn issue(key: &[u8], purpose: &str, now: i64) -> String {
    let mut nonce = [0_u8; 16];
    rand::rng().fill_bytes(&mut nonce);
    let mut payload = now.to_be_bytes().to_vec();
    payload.extend_from_slice(&nonce);
    let sig = signature(key, purpose, &payload);
    format!("{}.{}", URL_SAFE_NO_PAD.encode(&payload), URL_SAFE_NO_PAD.encode(sig))
}

fn signature(key: &[u8], purpose: &str, payload: &[u8]) -> Vec<u8> {
    let mut data = purpose.as_bytes().to_vec();
    data.push(0);
    data.extend_from_slice(payload);
    hmac(key, &data)[..16].to_vec()
}

/// Checks a token for `purpose` at `now`; a form must have been open at least `min_secs`.
pub fn check(key: &[u8], purpose: &str, token: &str, now: i64, min_secs: i64) -> Result<Spent, Refused> {
    let (payload, sig) = token.trim().split_once('.').ok_or(Refused::Invalid)?;
    let payload = URL_SAFE_NO_PAD.decode(payload).map_err(|_| Refused::Invalid)?;
    let sig = URL_SAFE_NO_PAD.decode(sig).map_err(|_| Refused::Invalid)?;
    if payload.len() != 24 || !bool::from(sig.ct_eq(&signature(key, purpose, &payload))) {
        return Err(Refused::Invalid);
    }
    let issued_at = i64::from_be_bytes(payload[..8].try_into().map_err(|_| Refused::Invalid)?);
    if now - issued_at > MAX_AGE_SECS || issued_at > now + 60 {
        return Err(Refused::Expired);
    }
    if now - issued_at < min_secs {
        return Err(Refused::TooQuick);
    }
    Ok(Spent { nonce_hash: hex::encode(Sha256::digest(&payload[8..])), issued_at })
}

/// Per form kind and client address: the minute counted and submissions in it.
type Windows = HashMap<(&'static str, String), (i64, u32)>;

/// At most `per_minute` submissions per client address and minute (0: no limit).
#[derive(Debug, Default)]
pub struct RateLimit {
    per_minute: u32,
    windows: Mutex<Windows>,
}

impl RateLimit {
    pub fn new(per_minute: u32) -> Self {
        Self { per_minute, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts one submission of `what` from `client` at `now`; false when over the limit.
    pub fn allow(&self, what: &'static str, client: &str, now: i64) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let minute = now.div_euclid(60);
        let Ok(mut w) = self.windows.lock() else { return true };
        if w.len() > 10_000 {
            w.retain(|_, (m, _)| *m == minute);
        }
        let entry = w.entry((what, client.to_owned())).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        entry.1 += 1;
        entry.1 <= self.per_minute
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"a key of thirty-two bytes or so!";

    #[test]
    fn a_token_is_accepted_once_it_is_old_enough_and_until_it_expires() {
        let t = issue(KEY, "survey:1", 1_000);
        assert_eq!(check(KEY, "survey:1", &t, 1_001, 3), Err(Refused::TooQuick));
        let spent = check(KEY, "survey:1", &t, 1_004, 3).unwrap();
        assert_eq!(spent.issued_at, 1_000);
        assert_eq!(spent.nonce_hash.len(), 64);
        assert_eq!(check(KEY, "survey:1", &t, 1_000 + MAX_AGE_SECS + 1, 0), Err(Refused::Expired));
    }

    #[test]
    fn a_token_for_another_form_or_altered_is_refused() {
        let t = issue(KEY, "survey:1", 1_000);
        assert_eq!(check(KEY, "survey:2", &t, 1_010, 0), Err(Refused::Invalid));
        assert_eq!(check(b"another key", "survey:1", &t, 1_010, 0), Err(Refused::Invalid));
        let mut bad = t.clone();
        bad.insert(3, 'x');
        assert_eq!(check(KEY, "survey:1", &bad, 1_010, 0), Err(Refused::Invalid));
        assert_eq!(check(KEY, "survey:1", "", 1_010, 0), Err(Refused::Invalid));
        assert_ne!(issue(KEY, "survey:1", 1_000), t, "every form gets its own nonce");
    }

    #[test]
    fn the_rate_limit_counts_per_client_and_minute() {
        let r = RateLimit::new(2);
        assert!(r.allow("survey", "a", 60));
        assert!(r.allow("survey", "a", 61));
        assert!(!r.allow("survey", "a", 62));
        assert!(r.allow("survey", "b", 62));
        assert!(r.allow("contact", "a", 62));
        assert!(r.allow("survey", "a", 120));
        assert!(RateLimit::new(0).allow("survey", "a", 0));
    }
}
