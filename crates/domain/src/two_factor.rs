//! The second factor of a local sign-in: time-based one-time codes (TOTP, RFC 6238, the kind every
//! authenticator app reads from a QR code) and recovery codes for the day the phone is lost.
//!
//! Codes are six digits, one per 30-second step, from HMAC-SHA1 as the apps expect. A code is
//! taken from the step before to the step after now (a phone's clock a little off), and never a
//! step at or before the last one used: a code seen over a shoulder cannot be used again.
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds per step.
pub const STEP_SECS: i64 = 30;
/// Digits per code.
pub const DIGITS: u32 = 6;
/// Bytes of a new secret (160 bits, RFC 4226's recommendation).
pub const SECRET_BYTES: usize = 20;
/// Recovery codes handed out at a time.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code: no 0/o, 1/l/i to mix up when typed from paper.
pub const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// Characters per recovery code (two groups of five, about 50 bits).
pub const RECOVERY_CHARS: usize = 10;

/// The step `now` (Unix seconds) falls in.
pub fn step_at(now: i64) -> i64 {
    now.div_euclid(STEP_SECS)
}

/// The code of one step (RFC 4226's HOTP with the step as counter), as six digits.
pub fn code_at(secret: &[u8], step: i64) -> String {
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(&step.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = usize::from(h[19] & 0x0f);
    let bin = u32::from_be_bytes([h[offset] & 0x7f, h[offset + 1], h[offset + 2], h[offset + 3]]);
    format!("{:06}", bin % 10_u32.pow(DIGITS))
}

/// A typed code: six digits, spaces and dashes between them allowed ("123 456").
pub fn parse_code(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).collect();
    (digits.len() == DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The step a typed code belongs to, if it is the code of the step before, at or after `now` and
/// later than `last_step` (the last one used; `None` before the first).
pub fn verify(secret: &[u8], typed: &str, now: i64, last_step: Option<i64>) -> Option<i64> {
    let code = parse_code(typed)?;
    let current = step_at(now);
    (current - 1..=current + 1)
        .filter(|s| last_step.is_none_or(|last| *s > last))
        .find(|s| constant_time_eq(code_at(secret, *s).as_bytes(), code.as_bytes()))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A secret as authenticator apps take it: base32 (RFC 4648) without padding.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    for chunk in bytes.chunks(5) {
        let mut buf = [0_u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = buf.iter().fold(0_u64, |acc, b| (acc << 8) | u64::from(*b));
        let chars = (chunk.len() * 8).div_ceil(5);
        for i in 0..chars {
            let index = (n >> (35 - i * 5)) & 0x1f;
            out.push(char::from(ALPHABET[usize::try_from(index).unwrap_or(0)]));
        }
    }
    out
}

/// A base32 key as typed or shown (spaces and case ignored) back to its bytes; `None` when it is
/// not base32.
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0_u32, 0_u32);
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let up = u8::try_from(c.to_ascii_uppercase()).ok()?;
        let v = u32::try_from(ALPHABET.iter().position(|a| *a == up)?).ok()?;
        acc = (acc << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

/// The secret in groups of four, for typing into an app by hand.
pub fn grouped(secret_b32: &str) -> String {
    secret_b32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The address an authenticator app reads from the QR code (Google's `otpauth` format, which
/// every app follows). `issuer` names the installation, `account` the user name.
pub fn otpauth_uri(issuer: &str, account: &str, secret_b32: &str) -> String {
    let issuer = percent(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={secret_b32}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        percent(account)
    )
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A recovery code as typed, made comparable: lower case, without spaces and dashes; `None`
/// when it cannot be one.
pub fn normalise_recovery(typed: &str) -> Option<String> {
    let s: String =
        typed.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).map(|c| c.to_ascii_lowercase()).collect();
    (s.len() == RECOVERY_CHARS && s.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))).then_some(s)
}

/// A recovery code from random bytes (one per character), as shown: `abcde-fghjk`.
pub fn recovery_code(random: &[u8; RECOVERY_CHARS]) -> String {
    let chars: String =
        random.iter().map(|b| char::from(RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()])).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1, the last six of the eight digits.
    #[test]
    fn codes_match_the_rfc_test_vectors() {
        let secret = b"12345678901234567890";
        for (t, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(code_at(secret, step_at(t)), code, "at {t}");
        }
    }

    #[test]
    fn a_code_is_taken_one_step_either_side_and_never_twice() {
        let secret = b"12345678901234567890";
        let now = 1_111_111_111;
        let step = step_at(now);
        assert_eq!(verify(secret, &code_at(secret, step), now, None), Some(step));
        assert_eq!(verify(secret, &code_at(secret, step - 1), now, None), Some(step - 1));
        assert_eq!(verify(secret, &code_at(secret, step + 1), now, None), Some(step + 1));
        assert_eq!(verify(secret, &code_at(secret, step - 2), now, None), None);
        assert_eq!(verify(secret, &code_at(secret, step + 2), now, None), None);
        // Used once: the same step and the ones before it are refused.
        assert_eq!(verify(secret, &code_at(secret, step), now, Some(step)), None);
        assert_eq!(verify(secret, &code_at(secret, step - 1), now, Some(step)), None);
        assert_eq!(verify(secret, &code_at(secret, step + 1), now, Some(step)), Some(step + 1));
        // Another secret's code, or not a code.
        assert_eq!(verify(b"another secret of twenty", &code_at(secret, step), now, None), None);
        let spaced = format!("{} {}", &code_at(secret, step)[..3], &code_at(secret, step)[3..]);
        assert_eq!(verify(secret, &spaced, now, None), Some(step));
        for bad in ["", "12345", "1234567", "12345a", "١٢٣٤٥٦"] {
            assert_eq!(parse_code(bad), None, "{bad}");
        }
    }

    /// RFC 4648 section 10.
    #[test]
    fn base32_matches_the_rfc() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32(plain.as_bytes()), encoded);
        }
        assert_eq!(base32(b"12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(grouped("GEZDGNBVGY"), "GEZD GNBV GY");
        assert_eq!(
            from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").as_deref(),
            Some(&b"12345678901234567890"[..])
        );
        assert_eq!(from_base32("MZXW6YTBOI").as_deref(), Some(&b"foobar"[..]));
        assert_eq!(from_base32("MZ1W"), None);
    }

    #[test]
    fn the_app_address_escapes_names() {
        assert_eq!(
            otpauth_uri("Lotsen Malmö", "anna.berg", "GEZD"),
            "otpauth://totp/Lotsen%20Malm%C3%B6:anna.berg?secret=GEZD&issuer=Lotsen%20Malm%C3%B6&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn recovery_codes_are_read_forgivingly() {
        let code = recovery_code(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 30]);
        assert_eq!(code, "abcde-fghj9");
        assert_eq!(normalise_recovery(" ABCDE fghj9 "), Some("abcdefghj9".into()));
        assert_eq!(normalise_recovery("abcde-fghj0"), None, "0 is not in the alphabet");
        assert_eq!(normalise_recovery("abcde"), None);
    }
}
