//! `lotsen demo`: a realistic demo installation to try Lotsen with. Not for production data.
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::{UnitId, UserId};
use std::process::ExitCode;

use lotsen_domain::account::{DisplayName, Username};
use lotsen_domain::role::Role;
use lotsen_domain::unit::UnitName;
use lotsen_store::{NewAudit, NewUser, Store};
use lotsen_web::auth::hash_password;
use serde_json::json;

/// The demo's shared password, printed by the command; demo databases are for trying things out.
pub const DEMO_PASSWORD: &str = "lotsen-demo-2026";

/// A demo user: user name, display name, role.
type DemoUser = (&'static str, &'static str, Role);

const UNITS: &[(&str, &[DemoUser])] = &[
    (
        "Råd och stöd Centrum",
        &[
            ("demo.admin", "Alva Admin", Role::Admin),
            ("demo.koordinator", "Kim Koordinator", Role::Coordinator),
            ("demo.koordinator2", "Sara Lindqvist", Role::Coordinator),
            ("demo.chef", "Maria Enhetschef", Role::Manager),
            ("demo.analytiker", "Omar Analytiker", Role::Analyst),
        ],
    ),
    (
        "Råd och stöd Norr",
        &[
            ("norr.admin", "Nils Norr", Role::Admin),
            ("norr.koordinator", "Leila Haddad", Role::Coordinator),
            ("norr.chef", "Eva Norrman", Role::Manager),
        ],
    ),
    (
        "Samverkande koordinatorer Väster",
        &[
            ("familj.admin", "Anders Fors", Role::Admin),
            ("familj.chef", "Lena Holm", Role::Manager),
            ("familj.koordinator1", "Yasmin Saleh", Role::Coordinator),
            ("familj.koordinator2", "Peter Lindgren", Role::Coordinator),
            ("familj.koordinator3", "Fatima Osman", Role::Coordinator),
            ("familj.koordinator4", "Johan Ek", Role::Coordinator),
        ],
    ),
    (
        "Bostad först Karlskoga",
        &[
            ("bostad.admin", "Britt Admin", Role::Admin),
            ("bostad.chef", "Ulf Sandberg", Role::Manager),
            ("bostad.koordinator1", "Amira Khalil", Role::Coordinator),
            ("bostad.koordinator2", "Tobias Ek", Role::Coordinator),
        ],
    ),
];

pub async fn run(store: &Store, key: Option<[u8; 32]>) -> anyhow::Result<ExitCode> {
    if store.user_for_login("demo.admin").await?.is_some() {
        println!("the demo data is already loaded (user demo.admin exists); nothing changed");
        return Ok(ExitCode::SUCCESS);
    }
    let hash = hash_password(DEMO_PASSWORD.to_owned()).await?;
    let tx = store.begin().await?;
    for (unit_name, users) in UNITS {
        let name = UnitName::parse(unit_name).map_err(|e| anyhow::anyhow!("{e}"))?;
        let unit = tx.create_unit(&name).await?;
        tx.audit(audit(AuditAction::UnitCreate, "unit", unit.id, unit.id, json!({ "name": unit.name, "demo": true })))
            .await?;
        for (username, display, role) in *users {
            let username = Username::parse(username).map_err(|e| anyhow::anyhow!("{e}"))?;
            let display = DisplayName::parse(display).map_err(|e| anyhow::anyhow!("{e}"))?;
            let user = tx
                .create_user(NewUser {
                    unit_id: unit.id,
                    username: &username,
                    display_name: &display,
                    role: *role,
                    password_hash: hash.clone(),
                })
                .await?;
            tx.audit(audit(
                AuditAction::UserCreate,
                "user",
                user.id,
                unit.id,
                json!({ "username": user.username, "role": role.as_str(), "demo": true }),
            ))
            .await?;
        }
    }
    tx.commit().await?;
    let cases = fill_cases(store).await?;
    let documented = fill_records(store, key.as_ref()).await?;
    println!("demo data loaded: {cases} cases over the last year in {}.", UNITS[0].0);
    println!(
        "{} keeps a documented record (committee decision SN 2025/123): {documented} cases with their residents.",
        UNITS[1].0
    );
    if let Some(key) = key.as_ref() {
        let units = store.units().await?;
        let unit = units.iter().find(|u| u.name == UNITS[2].0).ok_or_else(|| anyhow::anyhow!("demo unit missing"))?;
        let n = crate::demo_family::fill(store, unit.id, key, store.clock().today()).await?;
        println!("{} coordinates {n} families in two coordinator pairs, some on the waiting list.", UNITS[2].0);
        let unit = units.iter().find(|u| u.name == UNITS[3].0).ok_or_else(|| anyhow::anyhow!("demo unit missing"))?;
        let n = crate::demo_housing::fill(store, unit.id, key, store.clock().today()).await?;
        println!("{} follows {n} Housing First participants and their tenancies.", UNITS[3].0);
    }
    println!("Sign in with any of these users and the password {DEMO_PASSWORD}:");
    for (unit, users) in UNITS {
        for (username, _, role) in *users {
            println!("  {username:<20} {:<12} {unit}", role.as_str());
        }
    }
    println!("Drop-in: four venues with their times; the public page is /dropin.");
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn audit(
    action: lotsen_domain::audit_action::AuditAction,
    record_type: &'static str,
    record_id: impl ToString,
    unit_id: UnitId,
    detail: serde_json::Value,
) -> NewAudit {
    NewAudit {
        actor_id: None,
        actor_name: "cli".into(),
        unit_id: Some(unit_id),
        action,
        record_type,
        record_id: record_id.to_string(),
        detail,
        ip: "cli".into(),
    }
}

/// The second demo unit documents; its residents are sealed with `key`. Its record is in use:
/// journal notes, last month's views for the monthly log review, and a resident's continued contact.
async fn fill_records(store: &Store, key: Option<&[u8; 32]>) -> anyhow::Result<usize> {
    let units = store.units().await?;
    let unit = units.iter().find(|u| u.name == UNITS[1].0).ok_or_else(|| anyhow::anyhow!("demo unit missing"))?;
    let users = store.users(Some(unit.id)).await?;
    let of = |role: Role| {
        users
            .iter()
            .find(|u| u.role == role)
            .ok_or_else(|| anyhow::anyhow!("the documenting demo unit has no {}", role.as_str()))
    };
    let (coordinator, manager) = (of(Role::Coordinator)?, of(Role::Manager)?);
    let today = store.clock().today();
    let cases = crate::demo_records::fill(store, unit.id, coordinator.id, key, today).await?;
    if let Some(key) = key {
        crate::demo_log::fill(store, &cases, coordinator, manager, key, today).await?;
        crate::demo_records::extended(store, coordinator, &cases, today).await?;
    }
    Ok(cases.len())
}

async fn fill_cases(store: &Store) -> anyhow::Result<u32> {
    let units = store.units().await?;
    let unit = units.iter().find(|u| u.name == UNITS[0].0).ok_or_else(|| anyhow::anyhow!("demo unit missing"))?;
    let lists = store.lists(unit.id).await?;
    let coordinators: Vec<UserId> =
        store.users(Some(unit.id)).await?.into_iter().filter(|u| u.role == Role::Coordinator).map(|u| u.id).collect();
    let today = store.clock().today();
    let venues = crate::demo_dropin::fill(store, unit.id, &coordinators, today).await?;
    let tx = store.begin().await?;
    let n = crate::demo_cases::fill(&tx, unit.id, &lists, &coordinators, &venues, today, 320).await?;
    tx.commit().await?;
    Ok(n)
}
