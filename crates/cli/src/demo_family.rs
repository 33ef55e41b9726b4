//! The demo's family coordination team: two coordinator pairs holding families with their
//! guardians' consents and contacts with school, social services and health care, and families on
//! the waiting list. One consent runs out this month, one ran out last month, and one guardian has
//! withdrawn theirs.
use chrono::{Days, NaiveDate};
use lotsen_app::Caller;
use lotsen_app::family::{self, NewMember};
use lotsen_domain::ids::{PairId, UnitId};
use lotsen_domain::locale::Locale;
use lotsen_domain::records::family::{Actor, ActorKind, ConsentTerms, ContactKind, Role as MemberRole};
use lotsen_domain::records::person::{Person, PersonInput};
use lotsen_domain::records::{Decision, Mode, Programmes};
use lotsen_domain::role::Role;
use lotsen_store::Store;

/// A demo family: guardians (name, number, custody), children (name, number), language, the pair
/// (index) it is held by or none for the waiting list, and how many days ago it was listed.
struct DemoFamily {
    guardians: &'static [(&'static str, &'static str, bool)],
    children: &'static [(&'static str, &'static str)],
    language: Locale,
    pair: Option<usize>,
    started_days_ago: u64,
}

const FAMILIES: &[DemoFamily] = &[
    DemoFamily {
        guardians: &[("Hodan Warsame", "840322-2485", true), ("Abdi Warsame", "860911-3629", true)],
        children: &[("Ayan Warsame", "130415-2810"), ("Liban Warsame", "170922-3935")],
        language: Locale::Ar,
        pair: Some(0),
        started_days_ago: 120,
    },
    DemoFamily {
        guardians: &[("Jessica Lund", "780203-4822", true)],
        children: &[("Elias Lund", "110606-4205")],
        language: Locale::Sv,
        pair: Some(0),
        started_days_ago: 45,
    },
    DemoFamily {
        guardians: &[("Rasha Al-Khatib", "800517-5917", true), ("Karim Al-Khatib", "RES-FK-1", false)],
        children: &[("Nour Al-Khatib", "190311-5648"), ("Sami Al-Khatib", "160728-6828")],
        language: Locale::Ar,
        pair: Some(1),
        started_days_ago: 200,
    },
    DemoFamily {
        guardians: &[("Tomas Nyberg", "910808-6241", true), ("Ida Nyberg", "890130-7424", true)],
        children: &[("Wilma Nyberg", "211203-7953")],
        language: Locale::Sv,
        pair: Some(1),
        started_days_ago: 20,
    },
    DemoFamily {
        guardians: &[("Grace Okafor", "RES-FK-2", true)],
        children: &[("Daniel Okafor", "140102-8145")],
        language: Locale::En,
        pair: None,
        started_days_ago: 12,
    },
    DemoFamily {
        guardians: &[("Mirela Popescu", "RES-FK-3", true)],
        children: &[("Andrei Popescu", "090520-9318")],
        language: Locale::En,
        pair: None,
        started_days_ago: 5,
    },
];

fn member(name: &str, number: &str, role: MemberRole, custody: bool, today: NaiveDate) -> anyhow::Result<NewMember> {
    let reserve = number.starts_with("RES");
    let input = PersonInput { name, number, reserve, ..Default::default() };
    let (person, number) = Person::parse(&input, today).map_err(|e| anyhow::anyhow!("demo family member: {e:?}"))?;
    Ok(NewMember { person, number, role, custody })
}

/// Makes `unit` a documenting family coordination team and fills it; answers how many families.
pub async fn fill(store: &Store, unit: UnitId, key: &[u8; 32], today: NaiveDate) -> anyhow::Result<usize> {
    let tx = store.begin().await?;
    let decision = Decision { mode: Mode::Documented, anonymous_walk_ins: false, reference: None, decided_on: None };
    tx.set_records(unit, &decision).await?;
    tx.set_programmes(unit, Programmes { family_coordination: true, housing_first: false }).await?;
    tx.commit().await?;
    let users = store.users(Some(unit)).await?;
    let coordinators: Vec<_> = users.iter().filter(|u| u.role == Role::Coordinator).collect();
    let manager = users.iter().find(|u| u.role == Role::Manager).ok_or_else(|| anyhow::anyhow!("no manager"))?;
    let as_user = |u: &lotsen_store::UserRecord| Caller {
        user_id: u.id,
        username: u.username.clone(),
        unit_id: unit,
        ip: "cli".into(),
    };
    let boss = as_user(manager);
    let mut pairs: Vec<PairId> = Vec::new();
    for two in coordinators.chunks(2).filter(|c| c.len() == 2) {
        pairs.push(family::create_pair(store, &boss, two[0], two[1], 20).await.map_err(|e| anyhow::anyhow!("{e}"))?.id);
    }
    let err = |e: family::FamilyError| anyhow::anyhow!("demo family: {e}");
    for (i, f) in FAMILIES.iter().enumerate() {
        let mut members = Vec::new();
        for (name, number, custody) in f.guardians {
            members.push(member(name, number, MemberRole::Guardian, *custody, today)?);
        }
        for (name, number) in f.children {
            members.push(member(name, number, MemberRole::Child, false, today)?);
        }
        let since = today - Days::new(f.started_days_ago);
        let start = f.pair.and_then(|p| pairs.get(p)).map(|p| (*p, since));
        let fam = family::create(store, &boss, key, f.language, start, &members).await.map_err(err)?;
        let Some(pair) = f.pair else { continue };
        let held_by = coordinators.get(pair * 2).map_or(boss.clone(), |u| as_user(u));
        let listed = store.family_members(&fam).await?;
        // Every guardian with custody consents to school and social services, most also to
        // health care; the second family's consent runs out this month.
        let expires = if i == 1 { today + Days::new(12) } else { since + Days::new(365) };
        let mut actors = vec!["school".to_owned(), "social_services".to_owned()];
        if i != 3 {
            actors.push("health_care".into());
        }
        let terms = ConsentTerms::parse(&since.to_string(), &expires.to_string(), &actors, today)
            .map_err(|e| anyhow::anyhow!("demo consent: {e:?}"))?;
        for m in listed.iter().filter(|m| m.role == MemberRole::Guardian) {
            family::add_consent(store, &held_by, &fam, m.person_id, &terms).await.map_err(err)?;
            // The first family gave a short consent to the employment service; it ran out last month.
            if i == 0 {
                let old = ConsentTerms {
                    given_on: since,
                    expires_on: today - Days::new(35),
                    actors: vec![Actor::kind(ActorKind::EmploymentService)],
                };
                family::add_consent(store, &held_by, &fam, m.person_id, &old).await.map_err(err)?;
            }
        }
        for (days_after, actor, kind) in [
            (7, ActorKind::School, ContactKind::Meeting),
            (14, ActorKind::SocialServices, ContactKind::Call),
            (30, ActorKind::School, ContactKind::Shared),
        ] {
            let on = since + Days::new(days_after);
            if on <= today {
                family::contact(store, &held_by, &fam, &Actor::kind(actor), on, kind).await.map_err(err)?;
            }
        }
        plan(store, &held_by, key, &fam, since, today, i).await?;
        // In the fourth family one guardian has withdrawn their consent.
        if i == 3 {
            let consents = store.family_consents(&fam).await?;
            if let Some(c) = consents.first() {
                family::withdraw(store, &held_by, &fam, c.id).await.map_err(err)?;
            }
        }
    }
    Ok(FAMILIES.len())
}

/// A demo goal: its area's code, its words, and two actions with who carries them out.
type DemoGoal = (&'static str, &'static str, [(&'static str, lotsen_domain::records::family_plan::Responsible); 2]);

/// The family's mapping at the first meeting, a revisit when three months have passed, and a
/// plan of two goals with their actions. `n` varies the scores between the demo's families.
async fn plan(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    fam: &lotsen_store::Scoped<lotsen_store::FamilyRecord>,
    since: NaiveDate,
    today: NaiveDate,
    n: usize,
) -> anyhow::Result<()> {
    use lotsen_app::family_plan::{self as p, NewAction};
    use lotsen_domain::lists::ListKind;
    use lotsen_domain::records::family_plan::{AreaScore, Responsible, Score};
    let err = |e: family::FamilyError| anyhow::anyhow!("demo plan: {e}");
    let lists = store.lists(fam.unit_id()).await?;
    let areas: Vec<_> = lists.active(ListKind::FamilyArea).map(|e| (e.id, e.code.clone())).collect();
    let score = |v: u8| Score::parse(&v.to_string()).map_err(|e| anyhow::anyhow!("demo score: {e:?}"));
    let mut first = Vec::new();
    let mut again = Vec::new();
    for (i, (area, _)) in areas.iter().enumerate() {
        let now = 1 + ((i + n) % 3) as u8;
        first.push(AreaScore { area: *area, current: score(now)?, desired: score((now + 2).min(5))? });
        again.push(AreaScore {
            area: *area,
            current: score((now + 1 + (i % 2) as u8).min(5))?,
            desired: score((now + 2).min(5))?,
        });
    }
    let first_on = since + Days::new(3);
    if first_on > today {
        return Ok(());
    }
    p::map(store, who, fam, first_on, &first).await.map_err(err)?;
    let again_on = since + Days::new(90);
    if again_on <= today {
        p::map(store, who, fam, again_on, &again).await.map_err(err)?;
    }
    let area = |code: &str| areas.iter().find(|(_, c)| c == code).map(|(id, _)| *id);
    let goals: [DemoGoal; 2] = [
        (
            "school",
            "Barnen går till skolan varje dag och trivs där",
            [
                ("Möte med mentor och elevhälsa", Responsible::Actor(Actor::kind(ActorKind::School))),
                ("Följa med till första mötet", Responsible::Coordinators),
            ],
        ),
        (
            "economy",
            "Familjen har koll på räkningarna varje månad",
            [
                ("Ansöka om bostadsbidrag", Responsible::Family),
                ("Kontakt med budget- och skuldrådgivningen", Responsible::Coordinators),
            ],
        ),
    ];
    for (k, (code, text, actions)) in goals.into_iter().enumerate() {
        let Some(area) = area(code) else { continue };
        let goal = p::add_goal(store, who, key, fam, area, text).await.map_err(err)?;
        for (j, (what, responsible)) in actions.into_iter().enumerate() {
            let due_on = today + Days::new(14 + 21 * (k as u64 + j as u64));
            let a = NewAction { goal, text: what.to_owned(), responsible, due_on };
            p::add_action(store, who, key, fam, &a).await.map_err(err)?;
        }
    }
    Ok(())
}
