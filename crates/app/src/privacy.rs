//! Sealing identified details with XChaCha20-Poly1305. The key is derived from the configured
//! secret and never stored; the case id is bound in as associated data, so a sealed blob moved to
//! another case does not open.
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use lotsen_domain::ids::{CaseId, FamilyId, UnitId, UserId};
use lotsen_domain::outbox::Content;
use lotsen_domain::privacy::Identity;
use lotsen_domain::records::person::Person;
use lotsen_domain::records::person_number::PersonNumber;
use lotsen_store::SealedIdentity;
use rand::RngCore;
use sha2::Sha256;

/// The version of the key in use; stored with each blob so keys can be rotated later.
pub const KEY_VERSION: i32 = 1;

fn aad(case_id: CaseId) -> Vec<u8> {
    format!("lotsen/identity/v1/case/{case_id}").into_bytes()
}

/// The associated data of a contact-form inquiry: its random reference.
fn inquiry_aad(reference: &str) -> Vec<u8> {
    format!("lotsen/inquiry/v1/{reference}").into_bytes()
}

fn seal_bytes(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> anyhow::Result<SealedIdentity> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).map_err(|_| anyhow::anyhow!("bad key length"))?;
    let mut nonce = [0_u8; 24];
    rand::rng().fill_bytes(&mut nonce);
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: plain, aad })
        .map_err(|_| anyhow::anyhow!("sealing failed"))?;
    Ok(SealedIdentity { key_version: KEY_VERSION, nonce: nonce.to_vec(), sealed })
}

fn open_bytes(key: &[u8; 32], aad: &[u8], s: &SealedIdentity) -> Option<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).ok()?;
    let nonce: [u8; 24] = s.nonce.as_slice().try_into().ok()?;
    cipher.decrypt(&XNonce::from(nonce), Payload { msg: &s.sealed, aad }).ok()
}

pub fn seal(key: &[u8; 32], case_id: CaseId, identity: &Identity) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &aad(case_id), &serde_json::to_vec(identity)?)
}

pub fn open(key: &[u8; 32], case_id: CaseId, s: &SealedIdentity) -> anyhow::Result<Identity> {
    let plain = open_bytes(key, &aad(case_id), s)
        .ok_or_else(|| anyhow::anyhow!("identified details of case {case_id} do not open with this key"))?;
    Ok(serde_json::from_slice(&plain)?)
}

/// The associated data of a person of the documented record: their unit and number's keyed hash,
/// so a blob moved to another person or unit does not open.
fn person_aad(unit: UnitId, number_key: &[u8]) -> Vec<u8> {
    let mut aad = format!("lotsen/person/v1/{unit}/").into_bytes();
    aad.extend_from_slice(number_key);
    aad
}

/// The keyed hash a unit finds a person by: the same number gives the same hash within one unit,
/// and nothing that links the person across units or reveals the number without the key.
pub fn number_key(key: &[u8; 32], unit: UnitId, number: &PersonNumber) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("lotsen/person-number/v1/{unit}/{number}").as_bytes());
    mac.finalize().into_bytes().to_vec()
}

pub fn seal_person(key: &[u8; 32], unit: UnitId, number_key: &[u8], person: &Person) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &person_aad(unit, number_key), &serde_json::to_vec(person)?)
}

pub fn open_person(key: &[u8; 32], unit: UnitId, number_key: &[u8], s: &SealedIdentity) -> anyhow::Result<Person> {
    let plain = open_bytes(key, &person_aad(unit, number_key), s)
        .ok_or_else(|| anyhow::anyhow!("a person of unit {unit} does not open with this key"))?;
    Ok(serde_json::from_slice(&plain)?)
}

/// The associated data of a journal note: its case, so a note moved to another case does not open.
fn note_aad(case_id: CaseId) -> Vec<u8> {
    format!("lotsen/journal/v1/case/{case_id}").into_bytes()
}

pub fn seal_note(key: &[u8; 32], case_id: CaseId, text: &str) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &note_aad(case_id), text.as_bytes())
}

pub fn open_note(key: &[u8; 32], case_id: CaseId, s: &SealedIdentity) -> anyhow::Result<String> {
    let plain = open_bytes(key, &note_aad(case_id), s)
        .ok_or_else(|| anyhow::anyhow!("a journal note of case {case_id} does not open with this key"))?;
    Ok(String::from_utf8(plain)?)
}

/// The associated data of a resident's message: its case, so a message moved to another case
/// does not open.
fn message_aad(case_id: CaseId) -> Vec<u8> {
    format!("lotsen/message/v1/case/{case_id}").into_bytes()
}

pub fn seal_message(key: &[u8; 32], case_id: CaseId, text: &str) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &message_aad(case_id), text.as_bytes())
}

pub fn open_message(key: &[u8; 32], case_id: CaseId, s: &SealedIdentity) -> anyhow::Result<String> {
    let plain = open_bytes(key, &message_aad(case_id), s)
        .ok_or_else(|| anyhow::anyhow!("a message of case {case_id} does not open with this key"))?;
    Ok(String::from_utf8(plain)?)
}

/// The associated data of a case's intake note: its case, so a note moved to another case does
/// not open.
fn intake_aad(case_id: CaseId) -> Vec<u8> {
    format!("lotsen/intake/v1/case/{case_id}").into_bytes()
}

pub fn seal_intake_note(key: &[u8; 32], case_id: CaseId, text: &str) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &intake_aad(case_id), text.as_bytes())
}

pub fn open_intake_note(key: &[u8; 32], case_id: CaseId, s: &SealedIdentity) -> anyhow::Result<String> {
    let plain = open_bytes(key, &intake_aad(case_id), s)
        .ok_or_else(|| anyhow::anyhow!("the intake note of case {case_id} does not open with this key"))?;
    Ok(String::from_utf8(plain)?)
}

/// The associated data of a family's plan text: its family, so words moved to another family do
/// not open.
fn family_aad(family: FamilyId) -> Vec<u8> {
    format!("lotsen/family/v1/{family}").into_bytes()
}

pub fn seal_family_text(key: &[u8; 32], family: FamilyId, text: &str) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &family_aad(family), text.as_bytes())
}

pub fn open_family_text(key: &[u8; 32], family: FamilyId, s: &SealedIdentity) -> anyhow::Result<String> {
    let plain = open_bytes(key, &family_aad(family), s)
        .ok_or_else(|| anyhow::anyhow!("a plan text of family {family} does not open with this key"))?;
    Ok(String::from_utf8(plain)?)
}

/// The associated data of a Housing First home's address: its enrolment.
fn home_aad(enrolment: i64) -> Vec<u8> {
    format!("lotsen/housing/v1/{enrolment}").into_bytes()
}

pub fn seal_home(key: &[u8; 32], enrolment: i64, address: &str) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &home_aad(enrolment), address.as_bytes())
}

pub fn open_home(key: &[u8; 32], enrolment: i64, s: &SealedIdentity) -> anyhow::Result<String> {
    let plain = open_bytes(key, &home_aad(enrolment), s)
        .ok_or_else(|| anyhow::anyhow!("the address of enrolment {enrolment} does not open with this key"))?;
    Ok(String::from_utf8(plain)?)
}

/// The associated data of an account's TOTP secret: the account, so a secret moved to another
/// account does not open.
fn totp_aad(user: UserId) -> Vec<u8> {
    format!("lotsen/totp/v1/user/{user}").into_bytes()
}

pub fn seal_totp(key: &[u8; 32], user: UserId, secret: &[u8]) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &totp_aad(user), secret)
}

pub fn open_totp(key: &[u8; 32], user: UserId, s: &SealedIdentity) -> anyhow::Result<Vec<u8>> {
    open_bytes(key, &totp_aad(user), s)
        .ok_or_else(|| anyhow::anyhow!("the TOTP secret of user {user} does not open with this key"))
}

/// The associated data of a message in the outbox: its random reference.
fn outbox_aad(reference: &str) -> Vec<u8> {
    format!("lotsen/outbox/v1/{reference}").into_bytes()
}

pub fn seal_outbox(key: &[u8; 32], reference: &str, content: &Content) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &outbox_aad(reference), &serde_json::to_vec(content)?)
}

pub fn open_outbox(key: &[u8; 32], reference: &str, s: &SealedIdentity) -> anyhow::Result<Content> {
    let plain = open_bytes(key, &outbox_aad(reference), s)
        .ok_or_else(|| anyhow::anyhow!("outbox message {reference} does not open with this key"))?;
    Ok(serde_json::from_slice(&plain)?)
}

/// Seals what someone wrote on the contact form, bound to the inquiry's reference.
pub fn seal_inquiry<T: serde::Serialize>(key: &[u8; 32], reference: &str, value: &T) -> anyhow::Result<SealedIdentity> {
    seal_bytes(key, &inquiry_aad(reference), &serde_json::to_vec(value)?)
}

pub fn open_inquiry<T: serde::de::DeserializeOwned>(
    key: &[u8; 32],
    reference: &str,
    s: &SealedIdentity,
) -> anyhow::Result<T> {
    let plain = open_bytes(key, &inquiry_aad(reference), s)
        .ok_or_else(|| anyhow::anyhow!("inquiry {reference} does not open with this key"))?;
    Ok(serde_json::from_slice(&plain)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sara() -> Identity {
        Identity {
            name: "Sara Haddad".into(),
            phone: "070-123 45 67".into(),
            reason: "ring".into(),
            ..Default::default()
        }
    }

    #[test]
    fn sealed_details_open_only_for_their_case_and_key() {
        let key = [7_u8; 32];
        let s = seal(&key, CaseId::new(42), &sara()).unwrap();
        assert!(!String::from_utf8_lossy(&s.sealed).contains("Sara"), "no plaintext in the blob");
        assert_eq!(open(&key, CaseId::new(42), &s).unwrap(), sara());
        assert!(open(&key, CaseId::new(43), &s).is_err(), "bound to its case");
        assert!(open(&[8_u8; 32], CaseId::new(42), &s).is_err(), "bound to its key");
        let again = seal(&key, CaseId::new(42), &sara()).unwrap();
        assert_ne!(again.nonce, s.nonce, "a fresh nonce every time");
    }

    #[test]
    fn an_inquiry_opens_only_with_its_reference() {
        let key = [7_u8; 32];
        let s = seal_inquiry(&key, "ref-1", &sara()).unwrap();
        assert_eq!(open_inquiry::<Identity>(&key, "ref-1", &s).unwrap(), sara());
        assert!(open_inquiry::<Identity>(&key, "ref-2", &s).is_err());
        assert!(open(&key, CaseId::new(1), &s).is_err(), "not a case's blob");
    }

    #[test]
    fn a_totp_secret_opens_only_for_its_account() {
        let key = [7_u8; 32];
        let s = seal_totp(&key, UserId::new(5), b"12345678901234567890").unwrap();
        assert_eq!(open_totp(&key, UserId::new(5), &s).unwrap(), b"12345678901234567890");
        assert!(open_totp(&key, UserId::new(6), &s).is_err());
    }
}
