//! The demo's Housing First team: participants in homes of their own from a few months to over
//! two years, one with a warning from the landlord, one whose tenancy ended and one who moved on,
//! with contacts with the landlords and the practical support logged.
use chrono::{Days, Months, NaiveDate};
use lotsen_app::Caller;
use lotsen_app::housing;
use lotsen_domain::ids::UnitId;
use lotsen_domain::lists::ListKind;
use lotsen_domain::records::housing::{Landlord, LandlordTopic, SupportKind, TenancyStatus};
use lotsen_domain::records::person::{Person, PersonInput};
use lotsen_domain::records::{Decision, Mode, Programmes};
use lotsen_domain::role::Role;
use lotsen_store::{HousingEvent, Store};

/// A participant: name, number, months in the home, the tenancy's status now and the address.
const PARTICIPANTS: &[(&str, &str, u32, TenancyStatus, &str)] = &[
    ("Leif Karlsson", "670311-1234", 30, TenancyStatus::Active, "Bergsmansgatan 4"),
    ("Anna Pettersson", "720824-2342", 26, TenancyStatus::MovedOn, "Skolgatan 11"),
    ("Mehmet Yilmaz", "810102-3458", 14, TenancyStatus::Active, "Loviselundsvägen 3 A"),
    ("Rolf Nyström", "590517-4560", 13, TenancyStatus::Terminated, "Kungsvägen 27"),
    ("Sofia Lind", "880919-5673", 8, TenancyStatus::Warned, "Ekbacksvägen 9"),
    ("Jimmy Holm", "750630-6781", 7, TenancyStatus::Active, "Granvägen 2"),
    ("Nadia Haddad", "930214-7898", 3, TenancyStatus::Active, "Ängsvägen 15"),
    ("Kurt Berg", "640101-8905", 0, TenancyStatus::Active, ""),
];

/// Makes `unit` a documenting Housing First team and fills it; answers how many participants.
pub async fn fill(store: &Store, unit: UnitId, key: &[u8; 32], today: NaiveDate) -> anyhow::Result<usize> {
    let tx = store.begin().await?;
    let decision = Decision { mode: Mode::Documented, anonymous_walk_ins: false, reference: None, decided_on: None };
    tx.set_records(unit, &decision).await?;
    tx.set_programmes(unit, Programmes { family_coordination: false, housing_first: true }).await?;
    tx.commit().await?;
    let users = store.users(Some(unit)).await?;
    let staff: Vec<_> = users.iter().filter(|u| u.role == Role::Coordinator).collect();
    let manager = users.iter().find(|u| u.role == Role::Manager).ok_or_else(|| anyhow::anyhow!("no manager"))?;
    let lists = store.lists(unit).await?;
    let landlords: Vec<_> = lists.active(ListKind::Landlord).map(|e| Landlord::Listed(e.id)).collect();
    let err = |e: housing::HousingError| anyhow::anyhow!("demo housing: {e}");
    for (i, (name, number, months, status, address)) in PARTICIPANTS.iter().enumerate() {
        let responsible = staff.get(i % staff.len().max(1)).copied().unwrap_or(manager);
        let who =
            Caller { user_id: responsible.id, username: responsible.username.clone(), unit_id: unit, ip: "cli".into() };
        let input = PersonInput { name, number, ..Default::default() };
        let (person, number) = Person::parse(&input, today).map_err(|e| anyhow::anyhow!("demo participant: {e:?}"))?;
        let start = today.checked_sub_months(Months::new(*months)).unwrap_or(today);
        let enrolled_on = start - Days::new(45);
        let e = housing::enrol(store, &who, key, &person, &number, responsible, enrolled_on).await.map_err(err)?;
        if address.is_empty() {
            // Still looking for a home: practical support has begun.
            housing::log(store, &who, &e, HousingEvent::Support(SupportKind::Talk), today - Days::new(10))
                .await
                .map_err(err)?;
            continue;
        }
        let landlord =
            landlords.get(i % landlords.len().max(1)).cloned().ok_or_else(|| anyhow::anyhow!("no landlord list"))?;
        housing::set_home(store, &who, key, &e, &landlord, address, start).await.map_err(err)?;
        let e = store.enrolment(unit, e.id).await?;
        for (days, event) in [
            (3, HousingEvent::Support(SupportKind::BankAccount)),
            (20, HousingEvent::Support(SupportKind::HouseRules)),
            (35, HousingEvent::Landlord(LandlordTopic::Repairs)),
            (60, HousingEvent::Support(SupportKind::RentPaid)),
            (90, HousingEvent::Support(SupportKind::HealthCare)),
        ] {
            let on = start + Days::new(days);
            if on <= today {
                housing::log(store, &who, &e, event, on).await.map_err(err)?;
            }
        }
        if *status != TenancyStatus::Active {
            let since = (start + Days::new(u64::from(*months) * 20)).min(today);
            if *status == TenancyStatus::Warned {
                housing::log(store, &who, &e, HousingEvent::Landlord(LandlordTopic::Disturbance), since)
                    .await
                    .map_err(err)?;
            }
            housing::set_status(store, &who, &e, *status, since).await.map_err(err)?;
        }
    }
    Ok(PARTICIPANTS.len())
}
