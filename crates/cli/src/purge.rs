//! `lotsen purge [--dry-run] [--due]`: retention ("gallring") of the documented record and of
//! call-back details. A dry run lists what would go and changes nothing; a real run culls it and
//! writes the audit log. The run takes the job's lease, so it never overlaps a node's scheduled run.
use std::process::ExitCode;

use lotsen_app::retention::{self, Scheduled, UnitRun};
use lotsen_store::Store;

pub async fn run(store: &Store, key: &[u8; 32], dry_run: bool, due: bool) -> anyhow::Result<ExitCode> {
    let today = store.clock().today();
    if dry_run {
        println!("Retention on {today}, dry run: nothing is changed.");
        for run in retention::dry_run(store, today).await? {
            print_unit(&run, true);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let holder = retention::holder();
    match retention::run_scheduled(store, key, &holder, !due).await? {
        Scheduled::NotTaken if due => {
            println!("Retention is not due, or another node is running it.");
            Ok(ExitCode::SUCCESS)
        }
        Scheduled::NotTaken => {
            println!("Another node is running retention now; try again when it is done.");
            Ok(ExitCode::FAILURE)
        }
        Scheduled::Ran(runs) => {
            println!("Retention on {today}: done, and written to the audit log.");
            for run in &runs {
                print_unit(run, false);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_unit(run: &UnitRun, list: bool) {
    let p = &run.plan;
    let cases = p.case_ids().count();
    match run.culled {
        Some(c) => println!(
            "{}: culled {} records ({} cases, {} residents, {} journal notes); erased {} call-back details; kept {} past their time (research sample or never cull)",
            run.unit.name,
            p.records.len(),
            c.cases,
            c.persons,
            c.notes,
            c.callbacks,
            p.kept
        ),
        None => println!(
            "{}: would cull {} records ({} cases); would erase {} call-back details; keeps {} past their time (research sample or never cull)",
            run.unit.name,
            p.records.len(),
            cases,
            p.callbacks.len(),
            p.kept
        ),
    }
    if list {
        for r in &p.records {
            let ids: Vec<String> = r.cases.iter().map(ToString::to_string).collect();
            println!("  cases {}: last entry {}, to be culled by {}", ids.join(", "), r.last_entry, r.cull_by);
        }
        if !p.callbacks.is_empty() {
            let ids: Vec<String> = p.callbacks.iter().map(ToString::to_string).collect();
            println!("  call-back details of cases {}", ids.join(", "));
        }
    }
}
