//! The settings of messages out: the SMTP server e-mail leaves through and the SMS gateway, each
//! checked so that `check-config` says what is wrong with them.
use super::Secret;

/// The SMTP server e-mail leaves through, and the sender recipients see.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://user:password@host:587` (STARTTLS) or `smtps://host:465`.
    pub smtp_url: Secret,
    pub from: String,
    /// PEM certificates to trust besides the public roots.
    pub ca_pem: Option<Vec<u8>>,
}

/// Checks the mail settings: all three belong together, the address must ask for TLS.
pub(super) fn mail_config(
    url: Option<String>,
    from: Option<String>,
    ca_file: Option<String>,
    errors: &mut Vec<String>,
) -> Option<MailConfig> {
    let Some(url) = url.map(|u| u.trim().to_owned()).filter(|u| !u.is_empty()) else {
        if from.is_some() || ca_file.is_some() {
            errors.push("mail_from and smtp_ca_file need smtp_url (LOTSEN_SMTP_URL) as well".to_owned());
        }
        return None;
    };
    let before = errors.len();
    match url::Url::parse(&url) {
        Ok(u) if !matches!(u.scheme(), "smtp" | "smtps") => errors.push(format!(
            "smtp_url must start with smtp:// (STARTTLS, port 587) or smtps:// (TLS, port 465), not {}://; mail never leaves unencrypted",
            u.scheme()
        )),
        Ok(u) if u.host_str().is_none_or(str::is_empty) => errors.push("smtp_url has no host".to_owned()),
        Ok(_) => {}
        Err(e) => errors.push(format!("smtp_url is not an address ({e}): use smtp://user:password@host:587")),
    }
    let from = from.map(|f| f.trim().to_owned()).unwrap_or_default();
    if from.is_empty() {
        errors.push("mail_from (LOTSEN_MAIL_FROM) is needed with smtp_url: the sender recipients see, e.g. \"Råd och stöd <radochstod@kommun.se>\"".to_owned());
    } else if from.parse::<lettre::message::Mailbox>().is_err() {
        errors.push(format!(
            "mail_from {from:?} is not an e-mail sender: use name@kommun.se or \"Name <name@kommun.se>\""
        ));
    }
    let ca_pem = match ca_file {
        None => None,
        Some(path) => match std::fs::read(&path) {
            Ok(pem) if String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") => Some(pem),
            Ok(_) => {
                errors.push(format!("smtp_ca_file {path} holds no PEM certificate"));
                None
            }
            Err(e) => {
                errors.push(format!("smtp_ca_file {path} cannot be read: {e}"));
                None
            }
        },
    };
    (errors.len() == before).then_some(MailConfig { smtp_url: Secret(url), from, ca_pem })
}

/// The SMS gateway: where each message is posted, its token and the sender shown.
#[derive(Debug, Clone)]
pub struct SmsConfig {
    pub url: String,
    pub token: Secret,
    pub from: String,
}

/// Checks the SMS settings: an `https://` gateway (plain `http://` only on this machine), a token,
/// and a sender of at most 11 letters and digits (or a number).
pub(super) fn sms_config(
    url: Option<String>,
    token: Option<String>,
    from: Option<String>,
    errors: &mut Vec<String>,
) -> Option<SmsConfig> {
    let Some(url) = url.map(|u| u.trim().to_owned()).filter(|u| !u.is_empty()) else {
        if token.is_some() || from.is_some() {
            errors.push("sms_token and sms_from need sms_url (LOTSEN_SMS_URL) as well".to_owned());
        }
        return None;
    };
    let before = errors.len();
    match url::Url::parse(&url) {
        Ok(u) if u.scheme() == "https" => {}
        Ok(u) if u.scheme() == "http" && matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")) => {}
        Ok(_) => errors.push("sms_url must start with https:// (plain http:// only to this machine)".to_owned()),
        Err(e) => errors.push(format!("sms_url is not an address ({e})")),
    }
    let token = token.map(|t| t.trim().to_owned()).unwrap_or_default();
    if token.is_empty() || token.chars().any(char::is_whitespace) {
        errors.push(
            "sms_token (LOTSEN_SMS_TOKEN) is needed with sms_url: the gateway's API token, without spaces".to_owned(),
        );
    }
    let from = from.map(|f| f.trim().to_owned()).unwrap_or_else(|| "Lotsen".to_owned());
    let alphanumeric = (1..=11).contains(&from.chars().count()) && from.chars().all(|c| c.is_ascii_alphanumeric());
    let number =
        from.starts_with('+') && (8..=16).contains(&from.len()) && from[1..].chars().all(|c| c.is_ascii_digit());
    if !alphanumeric && !number {
        errors.push(format!(
            "sms_from {from:?} must be 1-11 letters and digits (a-z, 0-9) or a number like +46701234567"
        ));
    }
    (errors.len() == before).then_some(SmsConfig { url, token: Secret(token), from })
}
