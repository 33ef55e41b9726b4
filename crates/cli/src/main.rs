//! `lotsen`: one binary for the server and the operators' commands.
#![forbid(unsafe_code)]

mod audit;
mod backup;
mod config;
mod demo;
mod demo_cases;
mod demo_dropin;
mod demo_family;
mod demo_housing;
mod demo_log;
mod demo_records;
mod purge;
mod serve;
mod users;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use config::{Config, LogFormat, Overrides};
use lotsen_store::Store;

#[derive(Debug, Parser)]
#[command(
    name = "lotsen",
    version,
    about = "Lotsen: case log, drop-in schedule and effect report for municipal advice-and-support teams"
)]
struct Cli {
    /// A TOML settings file (also LOTSEN_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Database URL, e.g. postgres://lotsen@db/lotsen (also LOTSEN_DATABASE_URL). Default: SQLite in the data folder.
    #[arg(long, global = true)]
    database_url: Option<String>,
    /// Folder for the embedded database and its secret key (also LOTSEN_DATA_DIR). Default: ./lotsen-data
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (the default when no command is given).
    Serve {
        /// Address to listen on (also LOTSEN_BIND). Default: 127.0.0.1:8080
        #[arg(long)]
        bind: Option<String>,
        /// The address people use, e.g. https://lotsen.example.se (also LOTSEN_BASE_URL).
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Check the configuration and explain every problem.
    CheckConfig,
    /// Manage staff accounts.
    #[command(subcommand)]
    User(users::UserCommand),
    /// Manage units ("verksamheter").
    #[command(subcommand)]
    Unit(users::UnitCommand),
    /// Fill the database with a realistic demo unit and users of every role.
    Demo,
    /// Work with the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Write a backup of the database to FILE (an embedded database while it serves; PostgreSQL
    /// with pg_dump), with the fingerprint of the secret key its sealed data needs.
    Backup {
        /// The file to write; it must not exist.
        file: PathBuf,
    },
    /// Put a backup back (stop `lotsen serve` first). Refused, with nothing changed, when the
    /// backup was sealed with another secret key than the one configured.
    Restore {
        /// The backup file written by `lotsen backup`.
        file: PathBuf,
    },
    /// Retention ("gallring"): cull documented records past their time and old call-back details.
    Purge {
        /// List what would go and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Run only when the schedule says it is due, as each node does; with several nodes on one
        /// database exactly one runs it.
        #[arg(long)]
        due: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the audit log's hash chain and report the first broken link.
    Verify {
        /// Also check that every row a checkpoint file recorded is still there, unchanged.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
    },
    /// Write a signed head of the chain (rows, last id and hash) to keep outside the database.
    Checkpoint {
        /// The file to write (stdout when not given).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (bind, base_url) = match &cli.command {
        Some(Command::Serve { bind, base_url }) => (bind.clone(), base_url.clone()),
        _ => (None, None),
    };
    let overrides = Overrides {
        config: cli.config.clone(),
        database_url: cli.database_url.clone(),
        data_dir: cli.data_dir.clone(),
        bind,
        base_url,
    };
    let env: std::collections::BTreeMap<String, String> = std::env::vars().collect();
    let config = Config::load(&overrides, &env);

    if let Some(Command::CheckConfig) = cli.command {
        return check_config(config);
    }
    let mut config = match config {
        Ok(c) => c,
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            eprintln!("Run `lotsen check-config` after fixing the configuration.");
            return ExitCode::from(2);
        }
    };
    init_logging(config.log_format);
    for w in &config.warnings {
        tracing::warn!("{w}");
    }

    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        config.prepare_embedded()?;
        // A restore replaces the database: it must not be opened (nor migrated) first.
        if let Some(Command::Restore { file }) = &cli.command {
            return backup::restore(&config, file).await;
        }
        let store = connect(&config).await?;
        let keys = config.secret_key.as_ref().map(|s| lotsen_web::state::Keys::derive(s.expose().as_bytes()));
        if let Some(k) = &keys {
            store.set_audit_key(k.audit);
        }
        if let Some(secret) = &config.secret_key {
            let mine = backup::fingerprint(secret.expose().as_bytes());
            let recorded = store.record_key_fingerprint(&mine).await?;
            if recorded != mine {
                tracing::warn!(
                    recorded = %recorded,
                    configured = %mine,
                    "the configured secret key is not the one this database's sealed data was sealed with"
                );
            }
        }
        match cli.command {
            None | Some(Command::Serve { .. }) => serve::run(config, store).await,
            Some(Command::Migrate) => Ok(ExitCode::SUCCESS),
            Some(Command::User(cmd)) => users::user(cmd, &store).await,
            Some(Command::Unit(cmd)) => users::unit(cmd, &store).await,
            Some(Command::Demo) => demo::run(&store, keys.as_ref().map(|k| k.fields)).await,
            Some(Command::Audit(cmd)) => {
                let key = keys.map(|k| k.audit_checkpoint).ok_or_else(|| anyhow::anyhow!("no secret key"))?;
                audit::run(cmd, &store, &key).await
            }
            Some(Command::Purge { dry_run, due }) => {
                let key = keys.map(|k| k.fields).ok_or_else(|| anyhow::anyhow!("no secret key"))?;
                purge::run(&store, &key, dry_run, due).await
            }
            Some(Command::Backup { file }) => backup::backup(&config, &store, &file).await,
            Some(Command::CheckConfig | Command::Restore { .. }) => unreachable!("handled above"),
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Connects and brings the schema up to date; every command works on a current schema.
async fn connect(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(config.database_url.expose()).await.map_err(|e| {
        anyhow::anyhow!("cannot open the database ({}): {e}", config::redact_url(config.database_url.expose()))
    })?;
    let applied = store.migrate().await?;
    for m in applied {
        tracing::info!(migration = %m, "applied migration");
    }
    Ok(store)
}

fn check_config(config: Result<Config, Vec<String>>) -> ExitCode {
    match config {
        Ok(c) => {
            for w in &c.warnings {
                println!("note: {w}");
            }
            for (k, v) in c.describe() {
                println!("{k:>15}  {v}");
            }
            println!("configuration ok");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                println!("error: {e}");
            }
            println!("{} problem(s) found", errors.len());
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("LOTSEN_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm_migration=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}
