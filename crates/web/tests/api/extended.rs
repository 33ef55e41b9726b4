//! Extended voluntary contact ("trygghetsbistånd") over HTTP, on both databases: chosen at closing,
//! bad input refused per field with nothing saved, one running agreement per case, the schedule
//! of periods (kept, missed, due) on the case and the contact person's start page, the end that
//! stops check-ins, and who may see it.
use chrono::{NaiveDateTime, TimeDelta};
use lotsen_domain::clock::Clock;
use lotsen_domain::ids::CaseId;
use lotsen_domain::lists::ListKind as K;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    the_resident_chooses_continued_contact_when_the_case_closes,
    periods_are_kept_missed_or_due_on_the_case_and_the_start_page,
    an_ended_agreement_takes_no_more_check_ins,
    only_the_unit_and_the_chosen_contact_person_see_it,
    two_agreements_sent_at_once_make_one,
);

fn clock() -> Clock {
    Clock::at_stockholm(NaiveDateTime::parse_from_str("2026-11-02 10:00", "%Y-%m-%d %H:%M").unwrap())
}

/// A documenting unit A with a case of coord.a's whose resident is recorded.
async fn documented_case(app: &TestApp) -> CaseId {
    let admin = app.login("admin.a").await;
    admin.post_form("/admin/unit/records", &[("mode", "documented")]).await.assert_status(303);
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/cases/{case}/person"),
            &[("person_number", "811218-9876"), ("person_name", "Amina Hassan")],
        )
        .await
        .assert_status(303);
    case
}

async fn close(app: &TestApp, case: CaseId, on: &str, extended: bool) -> Page {
    let outcome = app.entry(K::ClosingOutcome, "advice_only").await.to_string();
    let coord = app.login("coord.a").await;
    let mut form = vec![("close-outcome", outcome.as_str()), ("close-on", on)];
    if extended {
        form.push(("close-extended", "1"));
    }
    coord.post_form(&format!("/cases/{case}/close"), &form).await
}

async fn agreements(app: &TestApp, case: CaseId) -> usize {
    let c = app.store.case(app.unit_a, case).await.unwrap();
    app.store.case_agreements(&c).await.unwrap().len()
}

async fn the_resident_chooses_continued_contact_when_the_case_closes(b: Backend) {
    let clock = clock();
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let case = documented_case(&app).await;
    let page = close(&app, case, "2026-11-02", true).await;
    page.assert_status(303);
    assert_eq!(page.location.as_deref(), Some(format!("/cases/{case}/extended?done=closed").as_str()));
    let url = format!("/cases/{case}/extended");
    let coord = app.login("coord.a").await;
    let p = coord.get(&format!("{url}?done=closed")).await;
    p.assert_status(200);
    assert!(p.text().contains("Fyll i den fortsatta kontakt som den boende har valt"));

    // Bad input: each field says why, what was typed stays, nothing is saved.
    let target = app.id("target.a").to_string();
    let other_unit = app.id("coord.b").to_string();
    let p = coord
        .post_form(
            &url,
            &[
                ("ext_contact", &other_unit),
                ("ext_form", "pigeon"),
                ("ext_every", "9"),
                ("ext_per", "week"),
                ("ext_starts_on", "2026-11-01"),
            ],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    for msg in
        ["Välj ett alternativ i listan.", "Ange ett heltal från 1 till 6.", "Kan inte börja före ärendets avslut."]
    {
        assert!(text.contains(msg), "{msg} in {text}");
    }
    assert!(p.body.contains(r#"value="9""#), "the input is kept");
    let p = coord
        .post_form(
            &url,
            &[
                ("ext_contact", &target),
                ("ext_form", "call"),
                ("ext_every", "1"),
                ("ext_per", "fortnight"),
                ("ext_starts_on", "2027-06-01"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Kan börja högst tre månader fram."));
    assert_eq!(agreements(&app, case).await, 0, "nothing saved");

    // The agreement: target.a calls every second week from the closing day.
    coord
        .post_form(
            &url,
            &[
                ("ext_contact", &target),
                ("ext_form", "call"),
                ("ext_every", "2"),
                ("ext_per", "week"),
                ("ext_starts_on", "2026-11-02"),
            ],
        )
        .await
        .assert_status(303);
    let p = coord.get(&url).await;
    let text = p.text();
    assert!(text.contains("Samtal, varannan vecka"), "{text}");
    assert!(text.contains("Kontakt ska tas senast 2026-11-15"));
    assert_eq!(app.audited("extended.create").await, 1);

    // One running agreement per case.
    let p = coord
        .post_form(
            &url,
            &[
                ("ext_contact", &target),
                ("ext_form", "sms"),
                ("ext_every", "1"),
                ("ext_per", "month"),
                ("ext_starts_on", "2026-11-02"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("redan en pågående fortsatt kontakt"));
    assert_eq!(agreements(&app, case).await, 1);

    // The first check-in; one in the future or before the start is refused.
    let checks = format!("{url}/check-ins");
    for (on, msg) in
        [("2026-11-03", "Datumet kan inte ligga i framtiden"), ("2026-11-01", "före överenskommelsens start")]
    {
        let p =
            coord.post_form(&checks, &[("ext_held_on", on), ("ext_outcome", "held"), ("ext_check_form", "call")]).await;
        p.assert_status(422);
        assert!(p.text().contains(msg), "{msg}");
    }
    let p = coord
        .post_form(&checks, &[("ext_held_on", "2026-11-02"), ("ext_outcome", "maybe"), ("ext_check_form", "call")])
        .await;
    p.assert_status(422);
    assert_eq!(app.audited("extended.check_in").await, 0);
    let target_client = app.login("target.a").await;
    target_client
        .post_form(&checks, &[("ext_held_on", "2026-11-02"), ("ext_outcome", "held"), ("ext_check_form", "call")])
        .await
        .assert_status(303);
    let text = coord.get(&url).await.text();
    assert!(text.contains("Nästa kontakt från 2026-11-16"), "{text}");
    assert_eq!(app.audited("extended.check_in").await, 1);

    // A case closed without choosing it goes back to the case page.
    let plain = documented_case(&app).await;
    let p = close(&app, plain, "2026-11-02", false).await;
    assert_eq!(p.location.as_deref(), Some(format!("/cases/{plain}?done=closed").as_str()));

    // The report counts it, as a small count: one resident chose continued contact in November.
    clock.advance(TimeDelta::days(30));
    let report = app.login("manager.a").await.get("/report?period=custom&from=2026-11-01&to=2026-11-30").await;
    let text = report.text();
    assert!(text.contains("Fortsatt kontakt (trygghetsbistånd)"), "{text}");
    let at = text.find("Valde fortsatt kontakt").expect("the row");
    let row: String = text[at..].chars().take(120).collect();
    assert!(row.contains("<5"), "the one is hidden: {row}");
}

async fn periods_are_kept_missed_or_due_on_the_case_and_the_start_page(b: Backend) {
    let clock = clock();
    let app = spawn_app_with_clock(b, clock.clone()).await;
    let case = documented_case(&app).await;
    close(&app, case, "2026-11-02", true).await.assert_status(303);
    let url = format!("/cases/{case}/extended");
    let coord = app.login("coord.a").await;
    let me = app.id("coord.a").to_string();
    coord
        .post_form(
            &url,
            &[
                ("ext_contact", &me),
                ("ext_form", "meeting"),
                ("ext_every", "1"),
                ("ext_per", "week"),
                ("ext_starts_on", "2026-11-02"),
            ],
        )
        .await
        .assert_status(303);
    let checks = format!("{url}/check-ins");
    coord
        .post_form(&checks, &[("ext_held_on", "2026-11-02"), ("ext_outcome", "held"), ("ext_check_form", "meeting")])
        .await
        .assert_status(303);
    // Three weeks on: the second week had only an attempt, the third a meeting.
    clock.advance(TimeDelta::days(22));
    let coord = app.login("coord.a").await;
    for (on, outcome) in [("2026-11-10", "not_reached"), ("2026-11-19", "held"), ("2026-11-20", "held")] {
        coord
            .post_form(&checks, &[("ext_held_on", on), ("ext_outcome", outcome), ("ext_check_form", "call")])
            .await
            .assert_status(303);
    }
    let page = coord.get(&url).await;
    let text = page.text();
    // 2–8 kept, 9–15 missed (not reached), 16–22 kept, 23–29 under way.
    assert!(page.body.contains("<dt>Perioder med kontakt</dt><dd>2</dd>"), "{text}");
    assert!(page.body.contains("<dt>Perioder utan kontakt</dt><dd>1</dd>"), "{}", page.body);
    assert!(text.contains("Kontakt ska tas senast 2026-11-29"));
    assert!(text.contains("Nådde inte den boende"));
    let home = coord.get("/").await.text();
    assert!(home.contains("Min fortsatta kontakt") && home.contains("Kontakt ska tas senast 2026-11-29"), "{home}");

    // Two more weeks without contact: they show as missed in a row on the start page.
    clock.advance(TimeDelta::days(14));
    let coord = app.login("coord.a").await;
    let home = coord.get("/").await.text();
    assert!(home.contains("2 missade perioder"), "{home}");
    assert!(home.contains("senast 2026-11-20"));
    // Someone else's start page does not list it.
    let other = app.login("target.a").await;
    assert!(!other.get("/").await.text().contains("Min fortsatta kontakt"));
}

async fn an_ended_agreement_takes_no_more_check_ins(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let case = documented_case(&app).await;
    close(&app, case, "2026-11-02", true).await.assert_status(303);
    let url = format!("/cases/{case}/extended");
    let coord = app.login("coord.a").await;
    let me = app.id("coord.a").to_string();
    coord
        .post_form(
            &url,
            &[
                ("ext_contact", &me),
                ("ext_form", "sms"),
                ("ext_every", "1"),
                ("ext_per", "month"),
                ("ext_starts_on", "2026-11-02"),
            ],
        )
        .await
        .assert_status(303);
    let p = coord.post_form(&format!("{url}/end"), &[("ext_ended_on", "2026-11-02"), ("ext_end_reason", "")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Varför"));
    coord
        .post_form(&format!("{url}/end"), &[("ext_ended_on", "2026-11-02"), ("ext_end_reason", "wish")])
        .await
        .assert_status(303);
    assert_eq!(app.audited("extended.end").await, 1);
    let p = coord
        .post_form(
            &format!("{url}/check-ins"),
            &[("ext_held_on", "2026-11-02"), ("ext_outcome", "held"), ("ext_check_form", "sms")],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("ingen pågående fortsatt kontakt"));
    let p = coord.post_form(&format!("{url}/end"), &[("ext_ended_on", "2026-11-02"), ("ext_end_reason", "wish")]).await;
    p.assert_status(422);
    let page = coord.get(&url).await.text();
    assert!(page.contains("Tidigare överenskommelser") && page.contains("Den boende ville avsluta"));
    assert!(page.contains("Erbjud fortsatt kontakt"), "a new agreement may be made later");
    assert_eq!(app.audited("extended.check_in").await, 0);
    assert!(!coord.get("/").await.text().contains("Min fortsatta kontakt"));

    // One not begun yet is called off today; an end before a logged check-in is refused.
    let form = [
        ("ext_contact", me.as_str()),
        ("ext_form", "sms"),
        ("ext_every", "1"),
        ("ext_per", "week"),
        ("ext_starts_on", "2026-11-20"),
    ];
    coord.post_form(&url, &form).await.assert_status(303);
    coord
        .post_form(&format!("{url}/end"), &[("ext_ended_on", "2026-11-02"), ("ext_end_reason", "wish")])
        .await
        .assert_status(303);
    let form = [
        ("ext_contact", me.as_str()),
        ("ext_form", "sms"),
        ("ext_every", "1"),
        ("ext_per", "week"),
        ("ext_starts_on", "2026-11-02"),
    ];
    coord.post_form(&url, &form).await.assert_status(303);
    coord
        .post_form(
            &format!("{url}/check-ins"),
            &[("ext_held_on", "2026-11-02"), ("ext_outcome", "held"), ("ext_check_form", "sms")],
        )
        .await
        .assert_status(303);
    assert_eq!(app.audited("extended.end").await, 2);
}

async fn only_the_unit_and_the_chosen_contact_person_see_it(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let case = documented_case(&app).await;
    close(&app, case, "2026-11-02", false).await.assert_status(303);
    let url = format!("/cases/{case}/extended");
    // target.a is not responsible for the case: neither the resident nor the agreement is theirs.
    let target = app.login("target.a").await;
    target.get(&url).await.assert_status(403);
    target.get(&format!("/cases/{case}/person")).await.assert_status(403);
    app.login("coord.b").await.get(&url).await.assert_status(404);
    app.login("analyst.a").await.get(&url).await.assert_status(403);

    // A case without its resident recorded cannot have an agreement.
    let anonymous = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    let me = app.id("coord.a").to_string();
    let p = coord
        .post_form(
            &format!("/cases/{anonymous}/extended"),
            &[
                ("ext_contact", &me),
                ("ext_form", "call"),
                ("ext_every", "1"),
                ("ext_per", "week"),
                ("ext_starts_on", "2026-11-02"),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.text().contains("Registrera först den boende"));

    // Chosen as contact person, target.a reaches the agreement and the resident's details.
    let target_id = app.id("target.a").to_string();
    coord
        .post_form(
            &url,
            &[
                ("ext_contact", &target_id),
                ("ext_form", "call"),
                ("ext_every", "1"),
                ("ext_per", "week"),
                ("ext_starts_on", "2026-11-02"),
            ],
        )
        .await
        .assert_status(303);
    let target = app.login("target.a").await;
    target.get(&url).await.assert_status(200);
    target.get(&format!("/cases/{case}/person")).await.assert_status(200);
    assert!(target.get(&format!("/cases/{case}")).await.text().contains("Fortsatt kontakt"));
    // They read and keep in touch, but do not change the resident's details.
    target.post_form(&format!("/cases/{case}/person/edit"), &[("person_name", "X")]).await.assert_status(403);
    target.get(&format!("/cases/{case}/journal")).await.assert_status(200);
    // When the contact ends, so does their access.
    coord
        .post_form(&format!("{url}/end"), &[("ext_ended_on", "2026-11-02"), ("ext_end_reason", "back_to_support")])
        .await
        .assert_status(303);
    target.get(&url).await.assert_status(403);
}

async fn two_agreements_sent_at_once_make_one(b: Backend) {
    let app = spawn_app_with_clock(b, clock()).await;
    let case = documented_case(&app).await;
    close(&app, case, "2026-11-02", false).await.assert_status(303);
    let url = format!("/cases/{case}/extended");
    let me = app.id("coord.a").to_string();
    let form = [
        ("ext_contact", me.as_str()),
        ("ext_form", "call"),
        ("ext_every", "1"),
        ("ext_per", "week"),
        ("ext_starts_on", "2026-11-02"),
    ];
    let (one, two) = (app.login("coord.a").await, app.login("coord.a").await);
    let (a, b) = tokio::join!(one.post_form(&url, &form), two.post_form(&url, &form));
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 422]);
    assert_eq!(agreements(&app, case).await, 1);
    assert_eq!(app.audited("extended.create").await, 1);
}
