//! Configuration in layers: defaults, then a TOML file, then `LOTSEN_*` environment variables,
//! then command-line flags. Every problem is reported in one line of its own.
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod messages;
pub use messages::{MailConfig, SmsConfig};
use messages::{mail_config, sms_config};

/// A secret that never prints itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// The settings file (`--config` or `LOTSEN_CONFIG`). Unknown keys are errors: a typo must not be
/// silently ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub bind: Option<String>,
    pub base_url: Option<String>,
    pub secret_key: Option<String>,
    pub log_format: Option<String>,
    pub data_dir: Option<String>,
    /// The older spelling of `trusted_proxies = 1`.
    pub trust_proxy: Option<bool>,
    pub trusted_proxies: Option<usize>,
    pub public_per_minute: Option<u32>,
    pub metrics_token: Option<String>,
    pub admin_two_factor: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub smtp_ca_file: Option<String>,
    pub sms_url: Option<String>,
    pub sms_token: Option<String>,
    pub sms_from: Option<String>,
}

/// Values given on the command line; they win over everything else.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub bind: Option<String>,
    pub base_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: Secret,
    /// No database URL was given: SQLite in the data folder, with a generated secret key.
    pub embedded: bool,
    pub data_dir: PathBuf,
    pub bind: SocketAddr,
    pub base_url: String,
    /// Whether the base URL was configured, rather than derived from the bind address.
    pub base_url_given: bool,
    /// `None` only for the embedded default before its key file has been created.
    pub secret_key: Option<Secret>,
    pub log_format: LogFormat,
    /// Reverse proxies of our own in front; the client address is read from `X-Forwarded-For`
    /// that many entries from the right (0: the connection's address).
    pub trusted_proxies: usize,
    /// Public form submissions per client address and minute (0: no limit).
    pub public_per_minute: u32,
    /// The bearer token `/metrics` asks for; without one `/metrics` is off.
    pub metrics_token: Option<Secret>,
    /// Admins who sign in with a password also give a one-time code (`required`, the default).
    pub admin_two_factor: bool,
    /// E-mail out, when an SMTP server is set.
    pub mail: Option<MailConfig>,
    /// SMS out, when a gateway is set.
    pub sms: Option<SmsConfig>,
    /// Notes worth printing (unknown variables, a key that will be generated).
    pub warnings: Vec<String>,
}

pub const KNOWN_VARS: &[&str] = &[
    "LOTSEN_CONFIG",
    "LOTSEN_DATABASE_URL",
    "LOTSEN_BIND",
    "LOTSEN_BASE_URL",
    "LOTSEN_SECRET_KEY",
    "LOTSEN_LOG_FORMAT",
    "LOTSEN_LOG",
    "LOTSEN_DATA_DIR",
    "LOTSEN_TRUST_PROXY",
    "LOTSEN_TRUSTED_PROXIES",
    "LOTSEN_PUBLIC_PER_MINUTE",
    "LOTSEN_METRICS_TOKEN",
    "LOTSEN_ADMIN_TWO_FACTOR",
    "LOTSEN_SMTP_URL",
    "LOTSEN_MAIL_FROM",
    "LOTSEN_SMTP_CA_FILE",
    "LOTSEN_SMS_URL",
    "LOTSEN_SMS_TOKEN",
    "LOTSEN_SMS_FROM",
];

/// A metrics token shorter than this is refused: it guards a public address.
pub const MIN_METRICS_TOKEN_CHARS: usize = 16;

pub const MIN_SECRET_CHARS: usize = 32;

/// The configuration file, or its defaults with what is wrong with it in `errors`.
fn read_file(p: &Path, errors: &mut Vec<String>) -> FileConfig {
    match std::fs::read_to_string(p) {
        Ok(text) => match toml::from_str::<FileConfig>(&text) {
            Ok(f) => f,
            Err(e) => {
                let msg = e.message().replace('\n', " ");
                errors.push(format!("config file {}: {msg}", p.display()));
                FileConfig::default()
            }
        },
        Err(e) => {
            errors.push(format!("config file {} cannot be read: {e}", p.display()));
            FileConfig::default()
        }
    }
}

/// The base URL given, or the bind address as one.
fn base_url_or_bind(given: Option<String>, bind: &Result<SocketAddr, ()>, errors: &mut Vec<String>) -> String {
    match given {
        Some(u) if u.starts_with("http://") || u.starts_with("https://") => u,
        Some(u) => {
            errors.push(format!("base URL {u:?} must start with http:// or https://"));
            u
        }
        None => match bind {
            Ok(b) if b.ip().is_unspecified() => format!("http://127.0.0.1:{}", b.port()),
            Ok(b) => format!("http://{b}"),
            Err(()) => "http://127.0.0.1:8080".into(),
        },
    }
}

/// The secret key given, or for the embedded default the one in `key_file` (made on first start).
fn secret_key(
    secret: Option<String>,
    embedded: bool,
    key_file: &Path,
    errors: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> Option<Secret> {
    match secret {
        Some(s) if s.trim().chars().count() >= MIN_SECRET_CHARS => Some(Secret(s.trim().to_owned())),
        Some(_) => {
            errors.push(format!(
                "secret key is too short: use at least {MIN_SECRET_CHARS} random characters (e.g. `openssl rand -hex 32`)"
            ));
            None
        }
        None if embedded => match std::fs::read_to_string(key_file) {
            Ok(k) if k.trim().len() >= MIN_SECRET_CHARS => Some(Secret(k.trim().to_owned())),
            Ok(_) => {
                errors.push(format!(
                    "secret key file {} is too short; delete it to have a new one made",
                    key_file.display()
                ));
                None
            }
            Err(_) => {
                warnings.push(format!("a secret key will be generated in {} on first start", key_file.display()));
                None
            }
        },
        None => {
            errors.push(
                "secret key is required when a database URL is set: give every node the same LOTSEN_SECRET_KEY (at least 32 random characters)".into(),
            );
            None
        }
    }
}

/// How many proxies of the operator's own stand before the server (their forwarded addresses are
/// believed, no more).
fn trusted_proxies(
    env: &BTreeMap<String, String>,
    (file_trust, file_trusted): (Option<bool>, Option<usize>),
    errors: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> usize {
    let trust_proxy = match env.get("LOTSEN_TRUST_PROXY").map(String::as_str) {
        None => file_trust.unwrap_or(false),
        Some("1" | "true" | "yes") => true,
        Some("0" | "false" | "no" | "") => false,
        Some(other) => {
            errors.push(format!("LOTSEN_TRUST_PROXY {other:?} must be true or false"));
            false
        }
    };
    let n = match env.get("LOTSEN_TRUSTED_PROXIES").filter(|v| !v.trim().is_empty()) {
        Some(v) => v.trim().parse::<usize>().ok().filter(|n| *n <= 10).unwrap_or_else(|| {
            errors.push(format!("LOTSEN_TRUSTED_PROXIES {v:?} must be the number of your own proxies (0 to 10)"));
            0
        }),
        None => match file_trusted {
            Some(n) if n > 10 => {
                errors.push(format!("trusted_proxies {n} must be the number of your own proxies (0 to 10)"));
                0
            }
            Some(n) => n,
            None => usize::from(trust_proxy),
        },
    };
    if trust_proxy && env.contains_key("LOTSEN_TRUST_PROXY") {
        warnings.push("LOTSEN_TRUST_PROXY=true is read as LOTSEN_TRUSTED_PROXIES=1".into());
    }
    n
}

impl Config {
    /// Reads every layer from `env` (normally `std::env::vars()`).
    pub fn load(cli: &Overrides, env: &BTreeMap<String, String>) -> Result<Self, Vec<String>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        for k in env.keys().filter(|k| k.starts_with("LOTSEN_") && !KNOWN_VARS.contains(&k.as_str())) {
            warnings.push(format!("unknown environment variable {k} is ignored (known: {})", KNOWN_VARS.join(", ")));
        }

        let file_path = cli.config.clone().or_else(|| env.get("LOTSEN_CONFIG").map(PathBuf::from));
        let file = file_path.as_deref().map_or_else(FileConfig::default, |p| read_file(p, &mut errors));

        let pick = |flag: Option<String>, var: &str, from_file: Option<String>| {
            flag.or_else(|| env.get(var).cloned().filter(|v| !v.is_empty())).or(from_file)
        };

        let data_dir = pick(cli.data_dir.as_ref().map(|p| p.display().to_string()), "LOTSEN_DATA_DIR", file.data_dir)
            .map_or_else(|| PathBuf::from("lotsen-data"), PathBuf::from);

        let bind_text = pick(cli.bind.clone(), "LOTSEN_BIND", file.bind).unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind = bind_text.parse::<SocketAddr>().map_err(|_| {
            errors.push(format!(
                "bind address {bind_text:?} is not an IP address with a port, e.g. 127.0.0.1:8080 or 0.0.0.0:8080"
            ))
        });

        let base_url =
            pick(cli.base_url.clone(), "LOTSEN_BASE_URL", file.base_url).map(|u| u.trim_end_matches('/').to_owned());
        let base_url_given = base_url.is_some();
        let base_url = base_url_or_bind(base_url, &bind, &mut errors);

        let db_given = pick(cli.database_url.clone(), "LOTSEN_DATABASE_URL", file.database_url);
        let embedded = db_given.is_none();
        let database_url = db_given.unwrap_or_else(|| sqlite_url(&data_dir.join("lotsen.db")));
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            errors.push(
                "database URL must start with sqlite: or postgres:// (e.g. postgres://user@host:5432/lotsen)".into(),
            );
        }

        let secret = pick(None, "LOTSEN_SECRET_KEY", file.secret_key);
        let secret_key = secret_key(secret, embedded, &data_dir.join("secret.key"), &mut errors, &mut warnings);

        let log_format = match pick(None, "LOTSEN_LOG_FORMAT", file.log_format).as_deref() {
            None | Some("pretty") | Some("text") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(other) => {
                errors.push(format!("log format {other:?} is unknown: use pretty or json"));
                LogFormat::Pretty
            }
        };

        let trusted_proxies =
            trusted_proxies(env, (file.trust_proxy, file.trusted_proxies), &mut errors, &mut warnings);

        let metrics_token = match pick(None, "LOTSEN_METRICS_TOKEN", file.metrics_token) {
            Some(t) if t.trim().chars().count() < MIN_METRICS_TOKEN_CHARS || t.chars().any(char::is_whitespace) => {
                errors.push(format!(
                    "metrics token must be at least {MIN_METRICS_TOKEN_CHARS} characters without spaces (openssl rand -hex 24)"
                ));
                None
            }
            t => t.map(Secret),
        };

        let public_per_minute = match env.get("LOTSEN_PUBLIC_PER_MINUTE") {
            None => file.public_per_minute.unwrap_or(30),
            Some(v) => v.trim().parse::<u32>().unwrap_or_else(|_| {
                errors.push(format!("LOTSEN_PUBLIC_PER_MINUTE {v:?} must be a whole number (0 turns the limit off)"));
                30
            }),
        };

        let admin_two_factor = match pick(None, "LOTSEN_ADMIN_TWO_FACTOR", file.admin_two_factor).as_deref() {
            None | Some("required") => true,
            Some("optional") => {
                warnings.push(
                    "admin_two_factor is optional: admins can sign in with a password alone; use this only for a trial"
                        .to_owned(),
                );
                false
            }
            Some(other) => {
                errors.push(format!(
                    "admin_two_factor {other:?} is unknown: use required (the default) or optional (a trial only)"
                ));
                true
            }
        };

        let mail = mail_config(
            pick(None, "LOTSEN_SMTP_URL", file.smtp_url),
            pick(None, "LOTSEN_MAIL_FROM", file.mail_from),
            pick(None, "LOTSEN_SMTP_CA_FILE", file.smtp_ca_file),
            &mut errors,
        );

        let sms = sms_config(
            pick(None, "LOTSEN_SMS_URL", file.sms_url),
            pick(None, "LOTSEN_SMS_TOKEN", file.sms_token),
            pick(None, "LOTSEN_SMS_FROM", file.sms_from),
            &mut errors,
        );

        match (errors.is_empty(), bind) {
            (true, Ok(bind)) => Ok(Config {
                database_url: Secret(database_url),
                embedded,
                data_dir,
                bind,
                base_url,
                base_url_given,
                secret_key,
                log_format,
                trusted_proxies,
                public_per_minute,
                metrics_token,
                admin_two_factor,
                mail,
                sms,
                warnings,
            }),
            _ => Err(errors),
        }
    }

    /// For the embedded default: makes the data folder and the secret key file if they are missing.
    pub fn prepare_embedded(&mut self) -> anyhow::Result<()> {
        if !self.embedded {
            return Ok(());
        }
        std::fs::create_dir_all(&self.data_dir)?;
        if self.secret_key.is_none() {
            let path = self.data_dir.join("secret.key");
            let mut bytes = [0_u8; 32];
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
            let key = hex::encode(bytes);
            write_private(&path, &key)?;
            self.secret_key = Some(Secret(key));
        }
        Ok(())
    }

    /// The configuration as `check-config` shows it, secrets hidden.
    pub fn describe(&self) -> Vec<(&'static str, String)> {
        vec![
            ("database", redact_url(self.database_url.expose())),
            ("embedded", self.embedded.to_string()),
            ("data_dir", self.data_dir.display().to_string()),
            ("bind", self.bind.to_string()),
            ("base_url", self.base_url.clone()),
            ("secure_cookies", self.base_url.starts_with("https://").to_string()),
            ("secret_key", if self.secret_key.is_some() { "set (hidden)".into() } else { "to be generated".into() }),
            ("log_format", format!("{:?}", self.log_format).to_lowercase()),
            ("trusted_proxies", self.trusted_proxies.to_string()),
            ("public_per_minute", self.public_per_minute.to_string()),
            ("metrics", if self.metrics_token.is_some() { "on, with a token (hidden)".into() } else { "off".into() }),
            ("admin_two_factor", if self.admin_two_factor { "required".into() } else { "optional".into() }),
            (
                "mail",
                match &self.mail {
                    Some(m) => format!("{} from {}", redact_url(m.smtp_url.expose()), m.from),
                    None => "off (nothing is sent by e-mail)".into(),
                },
            ),
            (
                "sms",
                match &self.sms {
                    Some(s) => format!("{} as {:?}, with a token (hidden)", s.url, s.from),
                    None => "off (nothing is sent by SMS)".into(),
                },
            ),
        ]
    }
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// Hides a password in a database URL.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests;
