//! `lotsen user …` and `lotsen unit …`: accounts and units from the command line, audited as "cli".
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UnitId;
use std::io::BufRead;
use std::process::ExitCode;

use clap::Subcommand;
use lotsen_domain::account::{DisplayName, NewPassword, Username};
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewAudit, NewUser, Store, UnitRecord};
use lotsen_web::auth::hash_password;
use lotsen_web::auth::session::{random_token, token_hash};
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a staff account. Without --password-stdin a strong password is generated and printed once.
    Add {
        #[arg(long)]
        username: String,
        /// The name colleagues see. Default: the user name.
        #[arg(long)]
        name: Option<String>,
        /// coordinator, manager, analyst or admin.
        #[arg(long)]
        role: String,
        /// The unit's id or name. Optional when there is exactly one unit; created if no unit exists yet.
        #[arg(long)]
        unit: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Set a new password (ends the user's sessions).
    Passwd {
        username: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Disable an account; its sessions end at once.
    Disable { username: String },
    /// Enable a disabled account.
    Enable { username: String },
    /// Turn off an account's two-step verification (a lost phone and lost recovery codes, with no
    /// other admin to reset it); its sessions end, and an admin sets up a new app at the next sign-in.
    ResetTwoFactor { username: String },
    /// List every account.
    List,
    /// Create a personal API token for an account and print it once (for an integration, or a test run).
    Token {
        username: String,
        /// What the token is for, as shown under My account → API tokens (1–80 characters).
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    /// Create a unit.
    Add { name: String },
    /// List units.
    List,
}

fn cli_audit(
    action: lotsen_domain::audit_action::AuditAction,
    record_type: &'static str,
    record_id: impl ToString,
    unit_id: Option<UnitId>,
    detail: serde_json::Value,
) -> NewAudit {
    NewAudit {
        actor_id: None,
        actor_name: "cli".into(),
        unit_id,
        action,
        record_type,
        record_id: record_id.to_string(),
        detail,
        ip: "cli".into(),
    }
}

fn read_password(from_stdin: bool) -> anyhow::Result<(NewPassword, bool)> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let p = NewPassword::parse(line.trim_end_matches(['\r', '\n']))
            .map_err(|_| anyhow::anyhow!("the password must be 12–256 characters"))?;
        return Ok((p, false));
    }
    Ok((NewPassword::parse(&generate_password()).map_err(|_| anyhow::anyhow!("generated password refused"))?, true))
}

/// 20 characters from an alphabet without look-alikes (about 113 bits).
fn generate_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

async fn find_unit(store: &Store, wanted: Option<&str>) -> anyhow::Result<UnitRecord> {
    let units = store.units().await?;
    match wanted {
        Some(w) => {
            if let Some(u) = units.iter().find(|u| u.id.to_string() == w || u.name == w) {
                return Ok(u.clone());
            }
            if units.is_empty() {
                let name = UnitName::parse(w).map_err(|_| anyhow::anyhow!("unit name must be 1–120 characters"))?;
                let tx = store.begin().await?;
                let unit = tx.create_unit(&name).await?;
                tx.audit(cli_audit(
                    AuditAction::UnitCreate,
                    "unit",
                    unit.id,
                    Some(unit.id),
                    json!({ "name": unit.name }),
                ))
                .await?;
                tx.commit().await?;
                println!("created unit {} ({})", unit.id, unit.name);
                return Ok(unit);
            }
            anyhow::bail!("no unit {w:?}; units: {}", names(&units))
        }
        None => match units.as_slice() {
            [one] => Ok(one.clone()),
            [] => anyhow::bail!("no unit exists yet: give --unit \"Name\" to create the first"),
            _ => anyhow::bail!("several units exist; choose one with --unit: {}", names(&units)),
        },
    }
}

fn names(units: &[UnitRecord]) -> String {
    units.iter().map(|u| format!("{} ({})", u.id, u.name)).collect::<Vec<_>>().join(", ")
}

async fn by_username(store: &Store, username: &str) -> anyhow::Result<lotsen_store::UserRecord> {
    Ok(store.user_for_login(username).await?.ok_or_else(|| anyhow::anyhow!("no user {username:?}"))?.0)
}

pub async fn user(cmd: UserCommand, store: &Store) -> anyhow::Result<ExitCode> {
    match cmd {
        UserCommand::Add { username, name, role, unit, password_stdin } => {
            let username = Username::parse(&username).map_err(|_| {
                anyhow::anyhow!("user name must be 3–64 characters: a–z, digits, . _ -, starting with a letter")
            })?;
            let display = DisplayName::parse(name.as_deref().unwrap_or(username.as_str()))
                .map_err(|_| anyhow::anyhow!("name must be 1–100 characters"))?;
            let role = Role::parse(&role)
                .map_err(|_| anyhow::anyhow!("role must be coordinator, manager, analyst or admin"))?;
            let (password, generated) = read_password(password_stdin)?;
            let unit = find_unit(store, unit.as_deref()).await?;
            let hash = hash_password(password.expose().to_owned()).await?;
            let tx = store.begin().await?;
            let user = tx
                .create_user(NewUser {
                    unit_id: unit.id,
                    username: &username,
                    display_name: &display,
                    role,
                    password_hash: hash,
                })
                .await
                .map_err(|e| match e {
                    lotsen_store::StoreError::Conflict(_) => {
                        anyhow::anyhow!("user name {:?} is taken", username.as_str())
                    }
                    e => e.into(),
                })?;
            tx.audit(cli_audit(
                AuditAction::UserCreate,
                "user",
                user.id,
                Some(unit.id),
                json!({ "username": user.username, "role": role.as_str() }),
            ))
            .await?;
            tx.commit().await?;
            println!("created {} ({}) in unit {} ({})", user.username, role, unit.id, unit.name);
            if generated {
                println!("password (shown once): {}", password.expose());
            }
        }
        UserCommand::Passwd { username, password_stdin } => {
            let user = by_username(store, &username).await?;
            let (password, generated) = read_password(password_stdin)?;
            let hash = hash_password(password.expose().to_owned()).await?;
            let scoped = store.unit_user(user.unit_id, user.id).await?;
            let tx = store.begin().await?;
            let ended = tx.change_password(&scoped, hash, None).await?;
            let detail = json!({ "sessions_ended": ended.sessions, "tokens_revoked": ended.tokens });
            tx.audit(cli_audit(AuditAction::UserPasswordReset, "user", user.id, Some(user.unit_id), detail)).await?;
            tx.commit().await?;
            println!("password set for {}; their sessions have ended and their API tokens are revoked", user.username);
            if generated {
                println!("password (shown once): {}", password.expose());
            }
        }
        UserCommand::Token { username, name } => {
            let user = by_username(store, &username).await?;
            if user.disabled {
                anyhow::bail!("{} is disabled; enable the account first", user.username);
            }
            let name = name.trim();
            if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
                anyhow::bail!("the token's name must be 1–80 characters without control characters");
            }
            let token = format!("lotsen_{}", random_token());
            let tx = store.begin().await?;
            let t = tx.create_token(user.id, &token_hash(&token), name).await?;
            let detail = json!({ "token": t.id, "name": name });
            tx.audit(cli_audit(AuditAction::TokenCreate, "user", user.id, Some(user.unit_id), detail)).await?;
            tx.commit().await?;
            eprintln!("API token {:?} created for {}; it is shown this once:", name, user.username);
            println!("{token}");
        }
        UserCommand::Disable { username } => set_disabled(store, &username, true).await?,
        UserCommand::Enable { username } => set_disabled(store, &username, false).await?,
        UserCommand::ResetTwoFactor { username } => {
            let user = by_username(store, &username).await?;
            let scoped = store.unit_user(user.unit_id, user.id).await?;
            let tx = store.begin().await?;
            let was_on = tx.remove_two_factor(&scoped).await?;
            let sessions = tx.end_user_sessions(user.id, None).await?;
            let detail = json!({ "was_on": was_on, "sessions_ended": sessions });
            tx.audit(cli_audit(AuditAction::UserTwoFactorReset, "user", user.id, Some(user.unit_id), detail)).await?;
            tx.commit().await?;
            if was_on {
                println!("two-step verification of {} is reset; their sessions have ended", user.username);
            } else {
                println!("{} had no two-step verification; their sessions have ended", user.username);
            }
        }
        UserCommand::List => {
            let units = store.units().await?;
            println!("{:<6} {:<24} {:<12} {:<9} {:<9} unit", "id", "username", "role", "status", "two-step");
            for u in store.users(None).await? {
                let unit = units.iter().find(|x| x.id == u.unit_id).map_or("?", |x| x.name.as_str());
                let status = if u.disabled { "disabled" } else { "active" };
                let two_step = if store.totp(u.id).await?.is_some_and(|t| t.confirmed) { "on" } else { "off" };
                println!("{:<6} {:<24} {:<12} {:<9} {:<9} {}", u.id, u.username, u.role, status, two_step, unit);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn set_disabled(store: &Store, username: &str, disabled: bool) -> anyhow::Result<()> {
    let user = by_username(store, username).await?;
    let scoped = store.unit_user(user.unit_id, user.id).await?;
    let tx = store.begin().await?;
    tx.set_user_disabled(&scoped, disabled).await?;
    let action = if disabled { AuditAction::UserDisable } else { AuditAction::UserEnable };
    tx.audit(cli_audit(action, "user", user.id, Some(user.unit_id), json!({}))).await?;
    tx.commit().await?;
    println!("{} is now {}", user.username, if disabled { "disabled; their sessions have ended" } else { "enabled" });
    Ok(())
}

pub async fn unit(cmd: UnitCommand, store: &Store) -> anyhow::Result<ExitCode> {
    match cmd {
        UnitCommand::Add { name } => {
            let name = UnitName::parse(&name).map_err(|_| anyhow::anyhow!("unit name must be 1–120 characters"))?;
            let tx = store.begin().await?;
            let unit = tx.create_unit(&name).await?;
            tx.audit(cli_audit(AuditAction::UnitCreate, "unit", unit.id, Some(unit.id), json!({ "name": unit.name })))
                .await?;
            tx.commit().await?;
            println!("created unit {} ({})", unit.id, unit.name);
        }
        UnitCommand::List => {
            for u in store.units().await? {
                println!("{:<6} {}", u.id, u.name);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
