//! `lotsen audit verify [--checkpoint FILE]` and `lotsen audit checkpoint [--out FILE]`.
use std::process::ExitCode;

use lotsen_domain::audit_checkpoint::Checkpoint;
use lotsen_store::Store;

use crate::AuditCommand;

pub async fn run(cmd: AuditCommand, store: &Store, checkpoint_key: &[u8; 32]) -> anyhow::Result<ExitCode> {
    match cmd {
        AuditCommand::Verify { checkpoint } => {
            let held = match checkpoint {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
                    Some(
                        Checkpoint::read(&text, checkpoint_key)
                            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
                    )
                }
                None => None,
            };
            verify(store, held).await
        }
        AuditCommand::Checkpoint { out } => {
            let report = store.verify_audit().await?;
            if let Some(broken) = report.broken {
                println!("audit log BROKEN: {broken}; no checkpoint written");
                return Ok(ExitCode::FAILURE);
            }
            let (last_id, hash) = report.head.unwrap_or((0, lotsen_domain::audit::GENESIS.to_owned()));
            let at = lotsen_store::audit_time(store.clock().now());
            let text = Checkpoint { rows: report.rows, last_id, hash, at }.signed(checkpoint_key);
            match out {
                Some(path) => {
                    std::fs::write(&path, &text)
                        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
                    println!("checkpoint of {} rows written to {}", report.rows, path.display());
                }
                None => print!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn verify(store: &Store, held: Option<Checkpoint>) -> anyhow::Result<ExitCode> {
    let report = store.verify_audit().await?;
    if let Some(broken) = report.broken {
        println!("audit log BROKEN: {broken}; the {} rows before it are intact", report.rows);
        return Ok(ExitCode::FAILURE);
    }
    if let Some(c) = held {
        // The chain is whole; the rows the checkpoint saw must still be its first ones.
        let there =
            if c.rows == 0 { true } else { store.audit_hash(c.last_id).await?.as_deref() == Some(c.hash.as_str()) };
        if !there || report.rows < c.rows {
            println!(
                "audit log BROKEN: the checkpoint of {} recorded {} rows up to row {}, which are no longer all there (now {} rows): rows were removed",
                c.at, c.rows, c.last_id, report.rows
            );
            return Ok(ExitCode::FAILURE);
        }
        println!(
            "checkpoint of {} holds: its {} rows are there unchanged, {} added since",
            c.at,
            c.rows,
            report.rows - c.rows
        );
    }
    let old = if report.unkeyed > 0 {
        format!(" ({} written before the chain was keyed)", report.unkeyed)
    } else {
        String::new()
    };
    println!("audit log intact: {} rows{old}, every link verified", report.rows);
    Ok(ExitCode::SUCCESS)
}
