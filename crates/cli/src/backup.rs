//! `lotsen backup FILE` and `lotsen restore FILE`. An embedded (SQLite) database is copied while it
//! serves (`VACUUM INTO`, a consistent snapshot); PostgreSQL is dumped and restored with `pg_dump`
//! and `pg_restore` (custom format). Every database records the fingerprint of the secret key its
//! sealed data is sealed with; a restore reads the backup's fingerprint first and refuses one that
//! is not the configured key's, so sealed data is never restored under the wrong key.
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use lotsen_store::{Backend, Store};

use crate::config::Config;

/// The fingerprint of the configured secret key: a keyed hash, which tells keys apart and reveals
/// nothing of the key.
pub fn fingerprint(secret: &[u8]) -> String {
    hex::encode(&lotsen_web::keys::hmac(secret, b"lotsen/key-fingerprint/v1")[..8])
}

fn secret_fingerprint(config: &Config) -> anyhow::Result<String> {
    let secret = config.secret_key.as_ref().ok_or_else(|| anyhow::anyhow!("no secret key is configured"))?;
    Ok(fingerprint(secret.expose().as_bytes()))
}

/// The file of an embedded database's URL (`sqlite://path?mode=rwc`).
fn sqlite_path(url: &str) -> anyhow::Result<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).context("not a SQLite URL")?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        bail!("the database is not a file");
    }
    Ok(PathBuf::from(path))
}

/// `lotsen backup FILE`: writes the database to `file`, which must not exist yet.
pub async fn backup(config: &Config, store: &Store, file: &Path) -> anyhow::Result<ExitCode> {
    if file.exists() {
        bail!("{} exists already; choose a new file", file.display());
    }
    let fp = store.record_key_fingerprint(&secret_fingerprint(config)?).await?;
    match store.backend() {
        Backend::Sqlite => {
            let path = file.to_str().context("the backup file's name must be UTF-8")?;
            store.copy_sqlite_to(path).await.context("copying the database")?;
        }
        Backend::Postgres => {
            let out = Command::new("pg_dump")
                .args(["--format=custom", "--no-owner", "--file"])
                .arg(file)
                .arg("--dbname")
                .arg(config.database_url.expose())
                .output()
                .context("running pg_dump (install postgresql-client)")?;
            if !out.status.success() {
                let _ = std::fs::remove_file(file);
                bail!("pg_dump failed: {}", String::from_utf8_lossy(&out.stderr).trim());
            }
        }
    }
    println!("backup written to {} (key fingerprint {fp})", file.display());
    Ok(ExitCode::SUCCESS)
}

/// The key fingerprint a PostgreSQL dump holds, read from the dump without restoring it.
fn dump_fingerprint(file: &Path) -> anyhow::Result<Option<String>> {
    let out = Command::new("pg_restore")
        .args(["--data-only", "--table=installation", "--file=-"])
        .arg(file)
        .output()
        .context("running pg_restore (install postgresql-client)")?;
    if !out.status.success() {
        bail!("{} is no readable backup: {}", file.display(), String::from_utf8_lossy(&out.stderr).trim());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines().skip_while(|l| !l.starts_with("COPY ") || !l.contains("installation"));
    let header = lines.next().unwrap_or_default();
    let columns: Vec<&str> = header
        .split_once('(')
        .and_then(|(_, r)| r.split_once(')'))
        .map(|(c, _)| c.split(',').map(str::trim).collect())
        .unwrap_or_default();
    let at = columns.iter().position(|c| *c == "key_fingerprint");
    let row = lines.next().filter(|l| *l != "\\.");
    Ok(match (at, row) {
        (Some(i), Some(row)) => row.split('\t').nth(i).filter(|v| *v != "\\N").map(str::to_owned),
        _ => None,
    })
}

fn check(found: Option<String>, wanted: &str) -> anyhow::Result<()> {
    match found {
        Some(f) if f == wanted => Ok(()),
        Some(f) => bail!(
            "the backup was sealed with another secret key (fingerprint {f}, this installation's is {wanted}); \
             configure the key it was made with, or its sealed data would not open. Nothing was restored."
        ),
        None => bail!(
            "the backup records no key fingerprint, so it cannot be checked against this key. Nothing was restored."
        ),
    }
}

/// `lotsen restore FILE`: puts a backup back, once its key fingerprint matches the configured
/// key's. The embedded database must not be served meanwhile (stop `lotsen serve` first).
pub async fn restore(config: &Config, file: &Path) -> anyhow::Result<ExitCode> {
    if !file.is_file() {
        bail!("{} is not a file", file.display());
    }
    let wanted = secret_fingerprint(config)?;
    let url = config.database_url.expose();
    if url.starts_with("sqlite:") {
        let target = sqlite_path(url)?;
        let staged = target.with_extension("restoring");
        let _ = std::fs::remove_file(&staged);
        std::fs::copy(file, &staged).with_context(|| format!("copying {}", file.display()))?;
        let staged_url = format!("sqlite://{}?mode=rw", staged.display());
        let checked = async {
            let s = Store::connect(&staged_url).await?;
            let intact = s.sqlite_intact().await?;
            let found = s.key_fingerprint().await.unwrap_or(None);
            s.close().await?;
            anyhow::Ok((intact, found))
        }
        .await;
        let verdict = match checked {
            Ok((true, found)) => check(found, &wanted),
            Ok((false, _)) => {
                Err(anyhow::anyhow!("{} is damaged (integrity check failed). Nothing was restored.", file.display()))
            }
            Err(e) => Err(anyhow::anyhow!("{} is no readable backup: {e}. Nothing was restored.", file.display())),
        };
        if let Err(e) = verdict {
            let _ = std::fs::remove_file(&staged);
            let _ = std::fs::remove_file(staged.with_extension("restoring-wal"));
            let _ = std::fs::remove_file(staged.with_extension("restoring-shm"));
            return Err(e);
        }
        for suffix in ["-wal", "-shm"] {
            let mut side = target.clone().into_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(side));
        }
        std::fs::rename(&staged, &target).with_context(|| format!("replacing {}", target.display()))?;
    } else {
        check(dump_fingerprint(file)?, &wanted)?;
        let out = Command::new("pg_restore")
            .args(["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname"])
            .arg(url)
            .arg(file)
            .output()
            .context("running pg_restore (install postgresql-client)")?;
        if !out.status.success() {
            bail!("pg_restore failed, nothing was changed: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
    }
    // The restored database is brought up to this version's schema.
    let store = Store::connect(url).await?;
    for m in store.migrate().await? {
        tracing::info!(migration = %m, "applied migration");
    }
    println!("restored {} (key fingerprint {wanted})", file.display());
    Ok(ExitCode::SUCCESS)
}
