//! A bounded fuzz harness for what Lotsen reads from outside and the calendar it writes: the
//! case import (CSV and XLSX), the concern-report import, the HSDS upload (JSON, tabular JSON,
//! zip of CSV), the quick-registration and drop-in forms, and the iCalendar feed.
//!
//! Each target mutates valid inputs for `LOTSEN_FUZZ_SECS` seconds (default 6) from the seed
//! `LOTSEN_FUZZ_SEED` (default random; always printed). A panic, a failed property or an
//! allocation past 256 MiB (the capped allocator aborts the process) is a failure. A failing
//! input is saved in `target/fuzz-failures/` and can be run again alone with
//! `LOTSEN_FUZZ_REPLAY=<file>`; the input under test is also kept there as `<target>-last.bin`
//! until the target ends, so an abort leaves it behind.
//!
//! `LOTSEN_FUZZ_LIMIT_MIB` lowers the allocator's cap (to find what comes near it).
//! `LOTSEN_FUZZ_XLSX_HUGE=0` leaves out the XLSX inputs that `read_table` does not bound yet:
//! changed `<dimension>` references, cells at enormous references (as far as XFD1048576) and
//! sparse sheets whose dense range is large.
//! Targets run one at a time, so the printed peak of the allocator belongs to the targets run so
//! far (bench/fuzz.sh runs each alone for a peak of its own).
use lotsen_domain::ids::{UnitId, UserId};
mod forms;
mod hsds;
mod ical;
mod noise;
mod sheet;

use std::collections::HashSet;
use std::io::{Seek, SeekFrom, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use lotsen_store::Lists;
use rand::SeedableRng;
use rand::rngs::StdRng;

#[global_allocator]
static ALLOC: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, 256 * 1024 * 1024);

/// One target at a time: the allocator's cap and peak are the process's.
static SERIAL: Mutex<()> = Mutex::new(());

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// Straight to the process's standard error, past the test harness's capture, so the seed is
/// seen even when the process aborts.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn failures_dir() -> PathBuf {
    let dir = option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .and_then(|d| d.parent().map(|p| p.join("fuzz-failures")))
        .unwrap_or_else(|| std::env::temp_dir().join("lotsen-fuzz-failures"));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Panics print their message and place, never a backtrace: reading the binary's debug information
/// to symbolise one takes more memory than the cap leaves, and a panic that a parser catches (and
/// turns into "unreadable") would then abort the run.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
}

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

/// Runs `check` on inputs from `generate` until time is up; fails on the first panic or failed
/// property, with the seed and the saved input.
fn fuzz(target: &str, mut generate: impl FnMut(&mut StdRng) -> Vec<u8>, check: impl Fn(&[u8]) -> Result<(), String>) {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(PoisonError::into_inner);
    quiet_panics();
    let dir = failures_dir();
    if let Ok(path) = std::env::var("LOTSEN_FUZZ_REPLAY") {
        let path = PathBuf::from(path);
        if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&format!("{target}-"))) {
            let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            match catch_unwind(AssertUnwindSafe(|| check(&input))) {
                Ok(Ok(())) => say(&format!("fuzz {target}: {} passes", path.display())),
                Ok(Err(msg)) => panic!("fuzz {target}: {}: {msg}", path.display()),
                Err(p) => panic!("fuzz {target}: {} panics: {}", path.display(), panic_text(p.as_ref())),
            }
        }
        return;
    }
    if let Some(mib) = env::<usize>("LOTSEN_FUZZ_LIMIT_MIB") {
        let _ = ALLOC.set_limit(mib << 20);
    }
    let secs: f64 = env("LOTSEN_FUZZ_SECS").unwrap_or(6.0);
    let seed: u64 = env("LOTSEN_FUZZ_SEED").unwrap_or_else(rand::random);
    let last = dir.join(format!("{target}-last.bin"));
    let mut keep = std::fs::File::create(&last).unwrap_or_else(|e| panic!("{}: {e}", last.display()));
    say(&format!("fuzz {target}: seed {seed}, {secs} s (LOTSEN_FUZZ_SEED={seed} runs it again)"));
    let mut rng = StdRng::seed_from_u64(seed);
    let started = Instant::now();
    let mut iterations: u64 = 0;
    let mut bytes: u64 = 0;
    while started.elapsed() < Duration::from_secs_f64(secs) {
        let input = generate(&mut rng);
        // Kept before the check, so an abort (over the allocation cap) leaves it behind.
        let _ = keep
            .seek(SeekFrom::Start(0))
            .and_then(|_| keep.write_all(&input))
            .and_then(|()| keep.set_len(input.len() as u64));
        iterations += 1;
        bytes += input.len() as u64;
        let failure = match catch_unwind(AssertUnwindSafe(|| check(&input))) {
            Ok(Ok(())) => None,
            Ok(Err(msg)) => Some(msg),
            Err(p) => Some(format!("panic: {}", panic_text(p.as_ref()))),
        };
        if let Some(msg) = failure {
            let saved = dir.join(format!("{target}-{seed}-{iterations}.bin"));
            let _ = std::fs::write(&saved, &input);
            let _ = std::fs::remove_file(&last);
            panic!(
                "fuzz {target}: iteration {iterations} of seed {seed} fails: {msg}\n  input: {}\n  again: LOTSEN_FUZZ_REPLAY={}",
                saved.display(),
                saved.display()
            );
        }
    }
    drop(keep);
    let _ = std::fs::remove_file(&last);
    say(&format!(
        "fuzz {target}: {iterations} iterations in {:.1} s, {:.1} MB of input, seed {seed}, peak {} bytes allocated, 0 failures",
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6,
        ALLOC.max_allocated()
    ));
}

fn lists() -> Lists {
    Lists::seeded(UnitId::new(1)).expect("the seed lists read")
}

/// Cell values the case import accepts: the lists' labels and codes, dates, numbers.
fn case_values(lists: &Lists) -> Vec<String> {
    let mut v: Vec<String> = lotsen_domain::lists::ListKind::ALL
        .iter()
        .flat_map(|k| lists.all(*k))
        .flat_map(|e| [e.label_sv.clone(), e.code.clone(), e.label_ar.clone().unwrap_or_default()])
        .collect();
    v.extend(["2024-01-31", "2026-06-15", "2026-06-16", "ja", "nej", "1", "200", "201", "100000"].map(String::from));
    v
}

fn table(csv: &str) -> Vec<Vec<String>> {
    lotsen_web::upload::read_table(csv.as_bytes(), "seed.csv").expect("a seed reads")
}

fn case_seeds() -> Vec<Vec<Vec<String>>> {
    let example = table(lotsen_web::admin::import::EXAMPLE);
    let swedish: Vec<Vec<String>> = std::iter::once(
        lotsen_app::import::COLUMNS
            .iter()
            .map(|(_, names)| names.get(1).copied().unwrap_or(names[0]).to_owned())
            .collect(),
    )
    .chain(example.iter().skip(1).cloned())
    .collect();
    let required =
        table("löpnummer;datum;kontaktväg;åldersgrupp;problemområde\nA-1;2025-12-01;Telefon;19–65 år;Ekonomi\n");
    vec![example, swedish, required]
}

fn huge_refs() -> bool {
    env::<String>("LOTSEN_FUZZ_XLSX_HUGE").is_none_or(|v| v != "0")
}

fn import_check(input: &[u8], lists: &Lists) -> Result<(), String> {
    let (name, bytes) = sheet::split(input);
    let Ok(rows) = lotsen_web::upload::read_table(bytes, name) else { return Ok(()) };
    let existing: HashSet<String> = ["2023-002".to_owned()].into();
    let parsed = lotsen_app::import::parse(&rows, lists, UnitId::new(1), UserId::new(2), forms::today(), &existing);
    for c in &parsed.cases {
        if c.case.first_contact_on > forms::today() || c.contacts.is_empty() {
            return Err(format!("row {} accepted: {:?}", c.row, c.case));
        }
        let minutes: i64 = c.contacts.iter().map(|x| i64::from(x.minutes)).sum();
        if !(0..=100_000).contains(&minutes) {
            return Err(format!("row {} accepted {minutes} minutes", c.row));
        }
    }
    if parsed.cases.iter().map(|c| c.case.external_id.clone()).collect::<HashSet<_>>().len() != parsed.cases.len() {
        return Err("one id imported twice".into());
    }
    Ok(())
}

#[test]
fn seeds_are_valid() {
    let lists = lists();
    for seed in case_seeds() {
        for bytes in [sheet::csv(&seed, b','), sheet::csv(&seed, b';')] {
            let rows = lotsen_web::upload::read_table(&bytes, "a.csv").expect("CSV reads");
            let parsed = lotsen_app::import::parse(
                &rows,
                &lists,
                UnitId::new(1),
                UserId::new(2),
                forms::today(),
                &HashSet::new(),
            );
            assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
            assert_eq!(parsed.cases.len(), seed.len() - 1);
        }
        let rows = lotsen_web::upload::read_table(&sheet::Sheet::of(&seed).xlsx(), "a.xlsx").expect("XLSX reads");
        assert_eq!(rows, seed.iter().map(|r| r.to_vec()).collect::<Vec<_>>());
    }
    for seed in concern_seeds() {
        let rows = lotsen_web::upload::read_table(&sheet::Sheet::of(&seed).xlsx(), "a.xlsx").expect("XLSX reads");
        assert!(lotsen_domain::concern::parse_table(&rows).is_ok());
    }
    let c = hsds::corpus();
    for files in &c.csv {
        let zip =
            sheet::zip_of(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())), zip::CompressionMethod::Deflated);
        let (_, flat) = lotsen_hsds::file::read(&zip);
        assert!(flat.errors().next().is_none(), "{:?}", flat.problems);
    }
}

#[test]
fn case_import() {
    let lists = lists();
    let (seeds, good, huge) = (case_seeds(), case_values(&lists), huge_refs());
    fuzz("case_import", |rng| sheet::input(rng, &seeds, &good, huge), |input| import_check(input, &lists));
}

fn concern_seeds() -> Vec<Vec<Vec<String>>> {
    vec![
        table("month,no_investigation,investigation,ongoing\n2024-01,3,1,0\n2024-02,,2,1\n2024-03-01,0,0,0\n"),
        table("Månad;Ledde inte till utredning;Ledde till utredning;Pågående utredning\n2023-12;1 000;12;\n"),
    ]
}

#[test]
fn concern_import() {
    let seeds = concern_seeds();
    let good: Vec<String> =
        ["2024-01", "2100-12", "1999-12", "2024-13", "100000", "100001", "1 000", "0"].map(String::from).to_vec();
    let huge = huge_refs();
    fuzz(
        "concern_import",
        |rng| sheet::input(rng, &seeds, &good, huge),
        |input| {
            let (name, bytes) = sheet::split(input);
            let Ok(rows) = lotsen_web::upload::read_table(bytes, name) else { return Ok(()) };
            if let Ok(months) = lotsen_domain::concern::parse_table(&rows) {
                let distinct: HashSet<_> = months.iter().map(|m| (m.year, m.month)).collect();
                if distinct.len() != months.len() || months.iter().any(|m| !(1..=12).contains(&m.month)) {
                    return Err(format!("accepted {months:?}"));
                }
            }
            Ok(())
        },
    );
}

#[test]
fn hsds_upload() {
    let corpus = hsds::corpus();
    fuzz(
        "hsds_upload",
        |rng| hsds::input(rng, &corpus),
        |input| {
            let (_, flat) = lotsen_hsds::file::read(input);
            // Rows with no error must be whole: an id and a known object.
            for r in &flat.rows {
                if r.id().is_empty() && flat.errors().next().is_none() {
                    return Err(format!("a {} row without an id and no error", r.obj.name));
                }
            }
            Ok(())
        },
    );
}

#[test]
fn case_form() {
    let lists = lists();
    fuzz("case_form", |rng| forms::case_input(rng, &lists), |input| forms::case_check(input, &lists));
}

#[test]
fn dropin_forms() {
    fuzz("dropin_forms", forms::dropin_input, forms::dropin_check);
}

#[test]
fn ical_feed() {
    fuzz("ical_feed", ical::input, ical::check);
}
