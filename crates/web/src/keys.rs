//! Keys derived from the one secret, one per purpose, so no key is used for two things.
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Keys derived from the secret, one per purpose, so no key is used for two things.
#[derive(Clone)]
pub struct Keys {
    pub csrf: [u8; 32],
    /// Seals identified details (see `privacy`).
    pub fields: [u8; 32],
    /// Signs the tokens of public forms (see `public_form`).
    pub forms: [u8; 32],
    /// Keys the audit chain (see `lotsen_domain::audit`).
    pub audit: [u8; 32],
    /// Signs the audit chain's checkpoints.
    pub audit_checkpoint: [u8; 32],
    /// Keys the hashes of recovery codes (see `auth::two_factor`).
    pub recovery: [u8; 32],
}

impl Keys {
    pub fn derive(secret: &[u8]) -> Self {
        let mut csrf = [0_u8; 32];
        csrf.copy_from_slice(&hmac(secret, b"lotsen/csrf/v1"));
        let mut fields = [0_u8; 32];
        fields.copy_from_slice(&hmac(secret, b"lotsen/fields/v1"));
        let mut forms = [0_u8; 32];
        forms.copy_from_slice(&hmac(secret, b"lotsen/forms/v1"));
        let mut audit = [0_u8; 32];
        audit.copy_from_slice(&hmac(secret, b"lotsen/audit/v1"));
        let mut audit_checkpoint = [0_u8; 32];
        audit_checkpoint.copy_from_slice(&hmac(secret, b"lotsen/audit-checkpoint/v1"));
        let mut recovery = [0_u8; 32];
        recovery.copy_from_slice(&hmac(secret, b"lotsen/recovery-code/v1"));
        Self { csrf, fields, forms, audit, audit_checkpoint, recovery }
    }
}

pub fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}
