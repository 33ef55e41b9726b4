//! The demo's documenting unit: Råd och stöd Norr keeps a documented record, on a committee
//! decision that also lets advice-only walk-ins stay anonymous. A few cases with their residents
//! (one of them returning, one with a reserve number and a support person) show the record.
use chrono::{Days, NaiveDate};
use lotsen_app::Caller;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::Residency;
use lotsen_domain::ids::{ListEntryId, PersonId, UnitId, UserId};
use lotsen_domain::lists::ListKind as K;
use lotsen_domain::records::person::{Person, PersonInput};
use lotsen_domain::records::{Decision, Mode};
use lotsen_store::{CaseRecord, Lists, NewCase, NewContact, Scoped, Store};
use serde_json::json;

/// The decision the demo's documenting unit rests on.
fn decision() -> Decision {
    Decision {
        mode: Mode::Documented,
        anonymous_walk_ins: true,
        reference: Some("SN 2025/123".into()),
        decided_on: NaiveDate::from_ymd_opt(2025, 9, 18),
    }
}

/// A support person: name, relation, how to reach them.
type Support = Option<(&'static str, &'static str, &'static str)>;

/// Residents of the demo record: name, number, reserve?, language, interpreter, support person.
const RESIDENTS: &[(&str, &str, bool, &str, bool, Support)] = &[
    ("Amina Hassan", "811218-9876", false, "somaliska", true, Some(("Faduma Ali", "syster", "073-765 43 21"))),
    ("Jonas Berg", "19701063-2391", false, "svenska", false, None),
    ("Okänd besökare", "RES-2026-1", true, "arabiska", true, Some(("Samir Nasser", "god man", "070-111 22 33"))),
];

fn id(lists: &Lists, kind: K, code: &str) -> anyhow::Result<ListEntryId> {
    lists.by_code(kind, code).map(|e| e.id).ok_or_else(|| anyhow::anyhow!("list entry {code} missing"))
}

/// Makes `unit` documenting and records its residents' cases; answers each case with its resident.
pub async fn fill(
    store: &Store,
    unit: UnitId,
    coordinator: UserId,
    key: Option<&[u8; 32]>,
    today: NaiveDate,
) -> anyhow::Result<Vec<(PersonId, Scoped<CaseRecord>)>> {
    let d = decision();
    let tx = store.begin().await?;
    tx.set_records(unit, &d).await?;
    tx.audit(crate::demo::audit(
        AuditAction::UnitRecords,
        "unit",
        unit,
        unit,
        json!({ "to": { "mode": d.mode.as_str(), "decision_ref": d.reference, "demo": true } }),
    ))
    .await?;
    tx.commit().await?;
    // Residents are sealed with the installation's key; without one the unit only documents.
    let Some(key) = key else { return Ok(Vec::new()) };
    let lists = store.lists(unit).await?;
    let who = Caller { user_id: coordinator, username: "cli".into(), unit_id: unit, ip: "cli".into() };
    let mut cases = Vec::new();
    for (i, (name, number, reserve, language, interpreter, support)) in RESIDENTS.iter().enumerate() {
        let (s_name, s_rel, s_reach) = support.unwrap_or_default();
        let input = PersonInput {
            name,
            number,
            reserve: *reserve,
            language,
            interpreter: *interpreter,
            support_name: s_name,
            support_relation: s_rel,
            support_reach: s_reach,
            ..Default::default()
        };
        let (person, number) = Person::parse(&input, today).map_err(|e| anyhow::anyhow!("demo person: {e:?}"))?;
        let person = lotsen_app::person::add(store, &who, key, &person, &number).await?;
        // The first resident returns: two cases half a year apart.
        let visits: &[u64] = if i == 0 { &[200, 20] } else { &[40 + 30 * i as u64] };
        for ago in visits {
            let on = today.checked_sub_days(Days::new(*ago)).unwrap_or(today);
            let tx = store.begin().await?;
            let case = tx
                .create_case(NewCase {
                    unit_id: unit,
                    channel_id: id(&lists, K::Channel, "drop_in")?,
                    first_contact_on: on,
                    age_group_id: id(&lists, K::AgeGroup, "19-65")?,
                    main_category_id: id(&lists, K::Category, if i == 1 { "housing" } else { "economy" })?,
                    secondary: Vec::new(),
                    returning: i == 0 && *ago == 20,
                    returning_reason: None,
                    previous_case_id: None,
                    residency: Residency::Yes,
                    referring_org: None,
                    coordinator_id: coordinator,
                    external_id: None,
                    documented: true,
                })
                .await?;
            tx.add_contact(
                &case,
                NewContact {
                    on,
                    mode_id: id(&lists, K::ContactMode, "drop_in")?,
                    minutes: 30,
                    venue_id: None,
                    note: String::new(),
                    author_id: coordinator,
                },
            )
            .await?;
            tx.set_case_person(&case, &person).await?;
            tx.audit(crate::demo::audit(AuditAction::CaseCreate, "case", case.id, unit, json!({ "demo": true })))
                .await?;
            tx.commit().await?;
            cases.push((person.id, case));
        }
    }
    Ok(cases)
}

/// The second resident chose continued contact when their case closed eight weeks ago: a call
/// every second week with the coordinator, missed once, and the next call due now.
pub async fn extended(
    store: &Store,
    coordinator: &lotsen_store::UserRecord,
    cases: &[(PersonId, Scoped<CaseRecord>)],
    today: NaiveDate,
) -> anyhow::Result<()> {
    use lotsen_domain::records::extended::{Form, Frequency, Outcome, Per};
    use lotsen_store::{NewAgreement, NewCheckIn};
    let Some((_, case)) = cases.iter().find(|(p, _)| cases.iter().filter(|(q, _)| q == p).count() == 1) else {
        return Ok(());
    };
    let lists = store.lists(case.unit_id()).await?;
    let closed = today.checked_sub_days(Days::new(56)).unwrap_or(today).max(case.first_contact_on);
    let tx = store.begin().await?;
    tx.close_case(case, closed, id(&lists, K::ClosingOutcome, "advice_only")?).await?;
    tx.commit().await?;
    let case = store.case(case.unit_id(), case.id).await?;
    let who = Caller {
        user_id: coordinator.id,
        username: coordinator.username.clone(),
        unit_id: coordinator.unit_id,
        ip: "demo".into(),
    };
    let n = NewAgreement {
        contact_id: coordinator.id,
        form: Form::Call,
        frequency: Frequency { every: 2, per: Per::Week },
        starts_on: closed,
        created_by: coordinator.id,
    };
    lotsen_app::extended::create(store, &who, &case, coordinator, n).await?;
    for (days, outcome) in [(1, Outcome::Held), (15, Outcome::NotReached), (17, Outcome::Held), (43, Outcome::Held)] {
        let held_on = closed + Days::new(days);
        if held_on > today {
            break;
        }
        let n = NewCheckIn { held_on, outcome, form: Form::Call, created_by: coordinator.id };
        lotsen_app::extended::check_in(store, &who, &case, n).await?;
    }
    Ok(())
}
