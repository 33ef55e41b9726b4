use lotsen_domain::ids::{CaseId, ListEntryId};
use lotsen_domain::lists::ListKind as K;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    quick_registration_creates_a_case_with_contact_referral_and_follow_up,
    quick_registration_explains_every_field_and_saves_nothing,
    sharing_needs_consent_and_established_support_needs_a_date,
    a_retired_entry_cannot_be_chosen_but_stays_on_old_cases,
    identified_details_are_sealed_audited_and_forgettable,
    closing_offers_a_follow_up_and_reopening_is_logged,
    the_case_list_filters_counts_and_pages,
);

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive()
}

fn case_id(location: &Option<String>) -> CaseId {
    let l = location.as_deref().expect("a redirect");
    l.trim_start_matches("/cases/").split(['?', '#', '/']).next().unwrap().parse().expect("a case id")
}

async fn quick_registration_creates_a_case_with_contact_referral_and_follow_up(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.login("coord.a").await;
    let form = c.get("/cases/new").await;
    form.assert_status(200);
    let due = (today() + chrono::Days::new(7)).to_string();
    let (channel, age, cat, mode) = (
        app.entry(K::Channel, "drop_in").await.to_string(),
        app.entry(K::AgeGroup, "13-18").await.to_string(),
        app.entry(K::Category, "mental_health").await.to_string(),
        app.entry(K::ContactMode, "drop_in").await.to_string(),
    );
    let (dest, kind) = (
        app.entry(K::ReferralDestination, "bup").await.to_string(),
        app.entry(K::ReferralKind, "health_care").await.to_string(),
    );
    let school = app.entry(K::Category, "school").await.to_string();
    let p = c
        .post_form(
            "/cases/new",
            &[
                ("channel", &channel),
                ("age_group", &age),
                ("category", &cat),
                ("secondary", &school),
                ("minutes", "35"),
                ("mode", &mode),
                ("residency", "yes"),
                ("ref_destination", &dest),
                ("ref_kind", &kind),
                ("ref_consent", "1"),
                ("follow_up", "1"),
                ("follow_up_on", &due),
            ],
        )
        .await;
    p.assert_status(303);
    let id = case_id(&p.location);
    let page = c.get(&format!("/cases/{id}?done=created")).await;
    page.assert_status(200);
    assert!(page.body.contains("Ärendet är registrerat"));
    assert!(page.body.contains("Barn- och ungdomspsykiatrin") && page.body.contains("samtycke finns"));
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!(d.contacts.len(), 1);
    assert_eq!(d.contacts[0].minutes, 35);
    assert_eq!(d.case.secondary, vec![school.parse::<ListEntryId>().unwrap()]);
    assert_eq!(d.referrals.len(), 1);
    assert!(d.referrals[0].consent);
    assert_eq!(d.follow_ups.len(), 1);
    assert_eq!(d.follow_ups[0].due_on.to_string(), due);
    // The follow-up is on the coordinator's start page; a drop-in contact counts as the first meeting.
    let home = c.get("/").await;
    assert!(home.body.contains(&format!("/cases/{id}#follow-ups")) && home.body.contains(&due));
    assert!(page.body.contains("Dagar till första mötet"));
    let audit = app
        .store
        .search_audit(&lotsen_store::AuditFilter { record_id: Some(id.to_string()), ..Default::default() }, 10)
        .await
        .unwrap();
    let actions: Vec<&str> = audit.rows.iter().map(|r| r.action.as_str()).collect();
    for a in ["case.create", "contact.create", "referral.create", "follow_up.create"] {
        assert!(actions.contains(&a), "{a} missing in {actions:?}");
    }
}

async fn quick_registration_explains_every_field_and_saves_nothing(b: Backend) {
    let app = spawn_app(b).await;
    let c = app.login("coord.a").await;
    let p = c
        .post_form("/cases/new", &[("minutes", "0"), ("ref_destination", "99999"), ("first_contact_on", "2999-01-01")])
        .await;
    p.assert_status(422);
    for field in [
        "#channel",
        "#age_group",
        "#category",
        "#minutes",
        "#residency",
        "#ref_destination",
        "#ref_kind",
        "#first_contact_on",
    ] {
        assert!(p.body.contains(&format!("href=\"{field}\"")), "no message for {field}");
    }
    // The contact mode may be left to the channel; with no channel yet it is not called wrong.
    assert!(!p.body.contains("href=\"#mode\""));
    assert!(p.body.contains("mellan 1 och 960") && p.body.contains("framtiden"));
    assert!(p.body.contains("value=\"2999-01-01\""), "input kept");
    let list = app.store.cases(&lotsen_store::CaseFilter::new(app.unit_a), 10).await.unwrap();
    assert_eq!(list.total, 0);
    // Another unit's list entries are not choosable here.
    let other = app.store.lists(app.unit_b).await.unwrap().by_code(K::Channel, "phone").unwrap().id.to_string();
    let p = c
        .post_form(
            "/cases/new",
            &[
                ("channel", &other),
                ("age_group", &app.entry(K::AgeGroup, "0-12").await.to_string()),
                ("category", &app.entry(K::Category, "economy").await.to_string()),
                ("minutes", "10"),
                ("mode", &app.entry(K::ContactMode, "phone").await.to_string()),
                ("residency", "yes"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.body.contains("href=\"#channel\""));
}

async fn sharing_needs_consent_and_established_support_needs_a_date(b: Backend) {
    let app = spawn_app(b).await;
    let id = app.make_case("coord.a").await;
    let (rid, _) = app.add_referral_and_follow_up(id).await;
    let c = app.login("coord.a").await;
    let url = format!("/cases/{id}/referrals/{rid}");
    let p = c.post_form(&url, &[("status", "contact_made"), ("info_shared", "1")]).await;
    p.assert_status(422);
    assert!(p.body.contains("samtycke krävs"));
    assert!(!app.store.case_detail(app.unit_a, id).await.unwrap().referrals[0].info_shared);
    let p = c.post_form(&url, &[("status", "support_established"), ("consent", "1"), ("info_shared", "1")]).await;
    p.assert_status(422);
    assert!(p.body.contains("när stödet blev etablerat"));
    let today = today().to_string();
    c.post_form(
        &url,
        &[("status", "support_established"), ("consent", "1"), ("info_shared", "1"), ("established_on", &today)],
    )
    .await
    .assert_status(303);
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert!(d.referrals[0].info_shared && d.referrals[0].established_on.is_some());
    let page = c.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("Stödet är etablerat"));
}

async fn a_retired_entry_cannot_be_chosen_but_stays_on_old_cases(b: Backend) {
    let app = spawn_app(b).await;
    let id = app.make_case("coord.a").await;
    let economy = app.entry(K::Category, "economy").await;
    let tx = app.store.begin().await.unwrap();
    tx.set_list_entry_retired(&app.store.unit_list_entry(app.unit_a, economy).await.unwrap(), true).await.unwrap();
    tx.commit().await.unwrap();
    let c = app.login("coord.a").await;
    let form = c.get("/cases/new").await;
    assert!(!form.body.contains(&format!("value=\"{economy}\"")), "a retired entry is not offered");
    let p = c
        .post_form(
            "/cases/new",
            &[
                ("channel", &app.entry(K::Channel, "phone").await.to_string()),
                ("age_group", &app.entry(K::AgeGroup, "0-12").await.to_string()),
                ("category", &economy.to_string()),
                ("minutes", "10"),
                ("mode", &app.entry(K::ContactMode, "phone").await.to_string()),
                ("residency", "yes"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.body.contains("href=\"#category\""));
    let page = c.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("Ekonomi"), "the old case still shows it");
    // Editing the old case may keep its retired value.
    let edit = c.get(&format!("/cases/{id}/edit")).await;
    assert!(edit.body.contains(&format!("value=\"{economy}\" selected")));
    let coord = app.id("coord.a").to_string();
    c.post_form(
        &format!("/cases/{id}/edit"),
        &[
            ("channel", &app.entry(K::Channel, "phone").await.to_string()),
            ("first_contact_on", &today().to_string()),
            ("age_group", &app.entry(K::AgeGroup, "19-65").await.to_string()),
            ("category", &economy.to_string()),
            ("residency", "no"),
            ("coordinator", &coord),
        ],
    )
    .await
    .assert_status(303);
    assert_eq!(app.store.case(app.unit_a, id).await.unwrap().residency.as_str(), "no");
}

async fn identified_details_are_sealed_audited_and_forgettable(b: Backend) {
    let app = spawn_app(b).await;
    let id = app.make_case("coord.a").await;
    let c = app.login("coord.a").await;
    let url = format!("/cases/{id}/identity");
    let bad = c.post_form(&url, &[("person_name", "Zlatana Unikanamnsson"), ("phone", "ring"), ("reason", "")]).await;
    bad.assert_status(422);
    assert!(bad.body.contains("5–15 siffror") && bad.body.contains("value=\"Zlatana Unikanamnsson\""));
    assert!(app.store.identity(id).await.unwrap().is_none(), "nothing half-saved");
    c.post_form(
        &url,
        &[("person_name", "Zlatana Unikanamnsson"), ("phone", "070-123 45 67"), ("reason", "ringa tillbaka")],
    )
    .await
    .assert_status(303);

    // Not in the database in plain text, wherever one looks.
    match b {
        Backend::Sqlite => {
            let path = app.db.url.trim_start_matches("sqlite://").split('?').next().unwrap().to_owned();
            for f in [path.clone(), format!("{path}-wal")] {
                if let Ok(bytes) = std::fs::read(&f) {
                    assert!(!bytes.windows(9).any(|w| w == b"Unikanamn"), "plaintext name in {f}");
                    assert!(!bytes.windows(9).any(|w| w == b"070-123 4"), "plaintext phone in {f}");
                }
            }
        }
        Backend::Postgres => {
            let out =
                std::process::Command::new("pg_dump").arg("--data-only").arg(&app.db.url).output().expect("pg_dump");
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let dump = String::from_utf8_lossy(&out.stdout);
            assert!(dump.contains("identities"), "the dump covers the table");
            assert!(!dump.contains("Unikanamn") && !dump.contains("070-123"), "plaintext in the database");
        }
    }

    // Opening the page shows no details and logs nothing; the view is a choice (a POST).
    let page = c.get(&url).await;
    page.assert_status(200);
    assert!(!page.body.contains("Zlatana") && page.body.contains(&format!("{url}/view")));
    assert_eq!(app.audited("identity.view").await, 0, "a link cannot make anyone look");
    let shown = c.post_form(&format!("{url}/view"), &[]).await;
    shown.assert_status(200);
    assert!(shown.body.contains("Zlatana Unikanamnsson"));
    // Without the form's token (a cross-site form), nothing is shown or logged.
    c.post_raw(&format!("{url}/view"), &[]).await.assert_status(403);
    let views = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("identity.view".into()), ..Default::default() }, 10)
        .await
        .unwrap();
    assert_eq!(views.rows.len(), 1);
    assert_eq!(views.rows[0].record_id, id.to_string());
    assert!(!views.rows[0].detail.contains("Zlatana"));

    // The responsible coordinator and managers only.
    app.login("target.a").await.post_form(&format!("{url}/view"), &[]).await.assert_status(403);
    app.login("manager.a").await.post_form(&format!("{url}/view"), &[]).await.assert_status(200);
    app.login("coord.b").await.post_form(&format!("{url}/view"), &[]).await.assert_status(404);

    c.post_form(&format!("{url}/forget"), &[]).await.assert_status(303);
    assert!(app.store.identity(id).await.unwrap().is_none());
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!(d.contacts.len(), 1, "the case and its statistics stay");
    let forgets = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("identity.forget".into()), ..Default::default() }, 10)
        .await
        .unwrap();
    assert_eq!(forgets.rows.len(), 1);
}

async fn closing_offers_a_follow_up_and_reopening_is_logged(b: Backend) {
    let app = spawn_app(b).await;
    let id = app.make_case("coord.a").await;
    let c = app.login("coord.a").await;
    c.post_form(&format!("/cases/{id}/identity"), &[("phone", "0701234567"), ("reason", "ringa tillbaka")])
        .await
        .assert_status(303);
    let p = c.post_form(&format!("/cases/{id}/close"), &[("close-on", &today().to_string())]).await;
    p.assert_status(422);
    assert!(p.body.contains("href=\"#close-outcome\""));
    let outcome = app.entry(K::ClosingOutcome, "advice_only").await.to_string();
    let due = (today() + chrono::Days::new(14)).to_string();
    c.post_form(
        &format!("/cases/{id}/close"),
        &[
            ("close-outcome", &outcome),
            ("close-on", &today().to_string()),
            ("close-follow-up", "1"),
            ("close-follow-up-on", &due),
            ("close-forget", "1"),
        ],
    )
    .await
    .assert_status(303);
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!(d.case.status.as_str(), "closed");
    assert!(!d.has_identity, "closing erased the details when asked");
    assert_eq!(d.follow_ups.len(), 1);
    // A closed case takes no new contacts.
    let mode = app.entry(K::ContactMode, "phone").await.to_string();
    let p = c
        .post_form(
            &format!("/cases/{id}/contacts"),
            &[("contact-on", &today().to_string()), ("contact-mode", &mode), ("contact-minutes", "5")],
        )
        .await;
    p.assert_status(422);
    // The follow-up's outcome.
    let fid = d.follow_ups[0].id;
    c.post_form(&format!("/cases/{id}/follow-ups/{fid}"), &[("outcome", "partly")]).await.assert_status(303);
    c.post_form(&format!("/cases/{id}/follow-ups/{fid}"), &[("outcome", "yes")]).await.assert_status(422);
    assert!(c.get("/").await.body.contains("Inga uppföljningar"));
    c.post_form(&format!("/cases/{id}/reopen"), &[]).await.assert_status(303);
    assert_eq!(app.store.case(app.unit_a, id).await.unwrap().status.as_str(), "open");
    let reopen = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("case.reopen".into()), ..Default::default() }, 5)
        .await
        .unwrap();
    assert_eq!(reopen.rows.len(), 1);
    c.post_form(
        &format!("/cases/{id}/contacts"),
        &[
            ("contact-on", &today().to_string()),
            ("contact-mode", &mode),
            ("contact-minutes", "5"),
            ("contact-note", "Ringde om bostaden"),
        ],
    )
    .await
    .assert_status(303);
    assert_eq!(app.store.case_detail(app.unit_a, id).await.unwrap().contacts.len(), 2);
}

async fn the_case_list_filters_counts_and_pages(b: Backend) {
    let app = spawn_app(b).await;
    for i in 0..55 {
        let owner = if i % 5 == 0 { "target.a" } else { "coord.a" };
        app.make_case(owner).await;
    }
    let overdue_case = app.make_case("coord.a").await;
    let tx = app.store.begin().await.unwrap();
    let case = tx.case(app.unit_a, overdue_case).await.unwrap();
    tx.add_follow_up(&case, app.id("coord.a"), today() - chrono::Days::new(3)).await.unwrap();
    tx.commit().await.unwrap();
    let c = app.login("coord.a").await;
    let first = c.get("/cases").await;
    first.assert_status(200);
    assert!(first.text().contains("56 ärenden"));
    assert_eq!(first.body.matches("<tr>").count() - 1, 50);
    let next =
        unescape(first.body.split("href=\"/cases?").nth(1).and_then(|s| s.split('"').next()).expect("a next link"));
    let second = c.get(&format!("/cases?{next}")).await;
    assert_eq!(second.body.matches("<tr>").count() - 1, 6);
    let mine = c.get("/cases?mine=1").await;
    assert!(mine.text().contains("45 ärenden"), "11 of 56 belong to target.a");
    let overdue = c.get("/cases?overdue=1").await;
    assert!(overdue.text().contains("Ett ärende") && overdue.body.contains(&format!("#{overdue_case}")));
    let cat = app.entry(K::Category, "economy").await;
    let other = app.entry(K::Category, "housing").await;
    assert!(c.get(&format!("/cases?category={cat}")).await.text().contains("56 ärenden"));
    assert!(c.get(&format!("/cases?category={other}")).await.text().contains("0 ärenden"));
    assert!(c.get("/cases?status=closed").await.text().contains("0 ärenden"));
    let t = today();
    assert!(c.get(&format!("/cases?from={t}&to={t}")).await.text().contains("56 ärenden"));
    let bad = c.get("/cases?from=igår&status=maybe").await;
    bad.assert_status(422);
    // Another unit sees none of them.
    assert!(app.login("coord.b").await.get("/cases").await.text().contains("0 ärenden"));
}
