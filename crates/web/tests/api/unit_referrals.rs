//! Telling one's story once and referrals between units, over HTTP: the intake note written with
//! the resident's agreement and sealed; a referral sent to another unit only with consent (else
//! only an anonymous heads-up), carrying no more than the consent covers; the receiver accepting
//! it as a case of its own or returning it; the sender seeing the state; both sides audited.
use lotsen_domain::inquiry::{Kind, Status};
use lotsen_domain::lists::ListKind;
use lotsen_domain::privacy::Identity;
use lotsen_store::Shown;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_referral_letter_carries_only_what_the_recorded_consent_covers,
    a_referral_with_consent_carries_the_note_and_the_receiver_accepts_it,
    consent_taken_back_withdraws_a_waiting_referral_and_culling_takes_the_note_and_the_trail,
    without_consent_only_a_heads_up_crosses_and_a_returned_referral_shows_its_reason,
);

const NOTE: &str = "Har skulder hos Kronofogden och vill ha hjälp att göra en budget.\nVill inte berätta allt igen.";

fn value(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" type=\"");
    let i = body.find(&marker).unwrap_or_else(|| panic!("no input {name}"));
    let rest = &body[i..];
    let v = rest.find("value=\"").unwrap() + 7;
    unescape(rest[v..].split('"').next().unwrap())
}

async fn takes_referrals(app: &TestApp, unit: lotsen_domain::ids::UnitId) {
    let tx = app.store.begin().await.unwrap();
    tx.set_takes_referrals(unit, true).await.unwrap();
    tx.commit().await.unwrap();
}

async fn open_in(app: &TestApp, unit: lotsen_domain::ids::UnitId, kind: Kind) -> Vec<lotsen_store::InquiryRecord> {
    app.store.inquiries(unit, kind, Shown::Open, 50).await.unwrap()
}

async fn a_referral_with_consent_carries_the_note_and_the_receiver_accepts_it(b: Backend) {
    let app = spawn_app(b).await;
    let key = derived_key(b"lotsen/fields/v1");
    let case = app.make_case("coord.a").await;
    let (referral, _) = app.add_referral_and_follow_up(case).await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/cases/{case}/identity"),
            &[("person_name", "Sara Ali"), ("phone", "070-123 45 67"), ("reason", "Ringa tillbaka om budget")],
        )
        .await
        .assert_status(303);

    // The intake note: the resident's agreement is required, the length bounded, the text kept.
    let bad = coord.post_form(&format!("/cases/{case}/intake-note"), &[("intake-note", NOTE)]).await;
    bad.assert_status(422);
    assert!(bad.body.contains("id=\"intake-note-agreed-error\""), "agreement is asked for");
    assert!(bad.text().contains("Vill inte berätta allt igen."), "the text is kept");
    let long = "å".repeat(1_001);
    let bad = coord
        .post_form(&format!("/cases/{case}/intake-note"), &[("intake-note", &long), ("intake-note-agreed", "1")])
        .await;
    bad.assert_status(422);
    assert!(bad.body.contains("id=\"intake-note-error\""));
    let c = app.store.case(app.unit_a, case).await.unwrap();
    assert!(app.store.intake_note(&c).await.unwrap().is_none(), "nothing half-saved");
    coord
        .post_form(&format!("/cases/{case}/intake-note"), &[("intake-note", NOTE), ("intake-note-agreed", "1")])
        .await
        .assert_status(303);
    let stored = app.store.intake_note(&c).await.unwrap().unwrap();
    assert!(!String::from_utf8_lossy(&stored.sealed.sealed).contains("Kronofogden"), "sealed at rest");
    assert_eq!(stored.agreed_on, app.store.clock().today());
    assert!(coord.get(&format!("/cases/{case}")).await.text().contains("vill ha hjälp att göra en budget"));
    assert_eq!(app.audit_details("intake_note.save").await[0]["chars"], NOTE.chars().count());

    // Unit B does not take referrals yet: the form offers no unit and a forged choice is refused.
    let send = format!("/cases/{case}/referrals/{referral}/send");
    let today = app.store.clock().today().to_string();
    let full = |unit: String| {
        vec![
            ("to_unit", unit),
            ("transfer_kind", "referral".to_owned()),
            ("consent_on", today.clone()),
            ("share_contact", "1".to_owned()),
            ("share_note", "1".to_owned()),
        ]
    };
    let b_id = app.unit_b.to_string();
    let post = |fields: Vec<(&'static str, String)>| {
        let coord = &coord;
        let send = send.clone();
        async move {
            let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            coord.post_form(&send, &f).await
        }
    };
    assert!(coord.get(&send).await.text().contains("Ingen annan enhet tar emot remisser"));
    let p = post(full(b_id.clone())).await;
    p.assert_status(422);
    assert!(p.text().contains("Ingen annan enhet tar emot remisser"));
    takes_referrals(&app, app.unit_b).await;
    takes_referrals(&app, app.unit_a).await;
    let form = coord.get(&send).await;
    assert!(
        form.text().contains("Råd och stöd B") && !form.body.contains(&format!("<option value=\"{}\"", app.unit_a))
    );

    // The consent gate: a heads-up carries nothing, a referral needs the day of consent; the
    // own unit is no receiver. Each refused with nothing saved.
    let mut heads_up_sharing = full(b_id.clone());
    heads_up_sharing[1].1 = "heads_up".into();
    let p = post(heads_up_sharing).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"transfer_kind-error\"") && p.text().contains("Utan samtycke"));
    let mut no_day = full(b_id.clone());
    no_day[2].1 = String::new();
    let p = post(no_day).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"consent_on-error\""));
    assert!(p.body.contains("name=\"share_note\" value=\"1\" checked"), "the rest of the input is kept");
    post(full(app.unit_a.to_string())).await.assert_status(422);
    assert!(
        open_in(&app, app.unit_b, Kind::Request).await.is_empty()
            && open_in(&app, app.unit_b, Kind::Notice).await.is_empty()
    );
    assert_eq!(app.audited("referral.send").await, 0);

    // Sent with consent to share contact details and the note.
    let p = post(full(b_id.clone())).await;
    p.assert_status(303);
    let r = app
        .store
        .case_detail(app.unit_a, case)
        .await
        .unwrap()
        .referrals
        .into_iter()
        .find(|r| r.id == referral)
        .unwrap();
    assert!(r.consent && r.info_shared, "the consent is recorded on the referral");
    let sent = app.audit_details("referral.send").await;
    assert_eq!((sent[0]["contact"].as_bool(), sent[0]["note"].as_bool()), (Some(true), Some(true)));
    assert_eq!(sent[0]["consent_on"], today);
    // Once is enough: a second sending is refused while it waits.
    let p = post(full(b_id.clone())).await;
    p.assert_status(422);
    assert!(p.text().contains("redan skickad"));
    let shown = coord.get(&format!("/cases/{case}")).await.text();
    assert!(shown.contains("Skickad till Råd och stöd B") && shown.contains("väntar på svar"), "{shown}");

    // Unit B's intake list has it, marked as a referral from unit A, without details.
    let incoming = open_in(&app, app.unit_b, Kind::Request).await;
    assert_eq!(incoming.len(), 1);
    let iid = incoming[0].id;
    assert!(!String::from_utf8_lossy(&incoming[0].sealed.as_ref().unwrap().sealed).contains("Sara"), "sealed");
    let receiver = app.login("coord.b").await;
    let list = receiver.get("/intake").await;
    assert!(list.text().contains("Remiss från Råd och stöd A") && !list.text().contains("Sara"));
    // Unit A cannot open, return or accept it: it is unit B's now.
    coord.get(&format!("/intake/{iid}")).await.assert_status(404);
    coord.post_form(&format!("/intake/{iid}/view"), &[]).await.assert_status(404);
    coord.post_form(&format!("/intake/{iid}/return"), &[("reason", "other")]).await.assert_status(404);
    coord.post_form(&format!("/intake/{iid}/case"), &[]).await.assert_status(404);
    // Nor can unit B send unit A's referral on or read unit A's case.
    receiver.get(&send).await.assert_status(404);
    receiver.post_form(&send, &[("to_unit", &b_id)]).await.assert_status(404);

    // The receiver opens it (audited) and reads the note: the story is told once.
    let views = app.audited("inquiry.view").await;
    let opened = receiver.post_form(&format!("/intake/{iid}/view"), &[]).await;
    opened.assert_status(200);
    let t = opened.text();
    assert!(t.contains("Sara Ali") && t.contains("070-123 45 67") && t.contains("Vill inte berätta allt igen."), "{t}");
    assert!(t.contains(&format!("Invånaren samtyckte {today}")));
    assert!(!t.contains("Ringa tillbaka om budget"), "unit A's own reason for keeping the details stays");
    assert_eq!(app.audited("inquiry.view").await, views + 1);
    // It is returned or accepted, not closed.
    receiver.post_form(&format!("/intake/{iid}/close"), &[("reason", "spam")]).await.assert_status(303);
    assert_eq!(app.store.inquiry(app.unit_b, iid).await.unwrap().status, Status::Open);

    // Accepting makes a case in unit B: the registration is filled in, and saving it carries the
    // note and the contact details over.
    let form = receiver.post_form(&format!("/intake/{iid}/case"), &[]).await;
    form.assert_status(200);
    let lists_b = app.store.lists(app.unit_b).await.unwrap();
    let id_of = |kind, code: &str| lists_b.by_code(kind, code).unwrap().id.to_string();
    let city_official = id_of(ListKind::Channel, "city_official");
    assert!(form.body.contains(&format!("value=\"{city_official}\" selected")), "channel: another city official");
    let mut fields: Vec<(String, String)> = vec![
        ("channel".into(), city_official),
        ("age_group".into(), id_of(ListKind::AgeGroup, "19-65")),
        ("category".into(), id_of(ListKind::Category, "economy")),
        ("minutes".into(), "10".into()),
        ("residency".into(), "yes".into()),
        ("first_contact_on".into(), value(&form.body, "first_contact_on")),
        ("inquiry".into(), iid.to_string()),
    ];
    fields.push(("csrf".into(), receiver.csrf().await));
    let saved = page(receiver.http.post(format!("{}/cases/new", app.addr)).form(&fields).send().await.unwrap()).await;
    saved.assert_status(303);
    let b_case: lotsen_domain::ids::CaseId = saved
        .location
        .as_deref()
        .unwrap()
        .trim_start_matches("/cases/")
        .split(['?', '/'])
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let new_case = app.store.case(app.unit_b, b_case).await.unwrap();
    let note = app.store.intake_note(&new_case).await.unwrap().expect("the note came along");
    assert_eq!(lotsen_app::privacy::open_intake_note(&key, b_case, &note.sealed).unwrap(), NOTE);
    let sealed = app.store.identity(b_case).await.unwrap().expect("contact details came along");
    let identity: Identity = lotsen_app::privacy::open(&key, b_case, &sealed).unwrap();
    assert_eq!((identity.name.as_str(), identity.phone.as_str()), ("Sara Ali", "070-123 45 67"));
    let handled = app.store.inquiry(app.unit_b, iid).await.unwrap();
    assert_eq!((handled.status, handled.sealed.is_none()), (Status::Case, true), "its sealed copy is gone");

    // The sender sees the state change; both sides are in their own unit's log.
    let shown = coord.get(&format!("/cases/{case}")).await.text();
    assert!(shown.contains("<strong>mottagen</strong>"), "{shown}");
    assert!(!shown.contains(&format!("/cases/{b_case}")), "unit B's case number stays with unit B");
    let accept = app
        .store
        .unsafe_query_text("SELECT CAST(unit_id AS TEXT) FROM audit_log WHERE action = 'referral.accept'")
        .await
        .unwrap();
    let answer = app
        .store
        .unsafe_query_text("SELECT CAST(unit_id AS TEXT) FROM audit_log WHERE action = 'referral.answer'")
        .await
        .unwrap();
    assert_eq!(accept[0][0].1.as_deref(), Some(b_id.as_str()));
    assert_eq!(answer[0][0].1.as_deref(), Some(app.unit_a.to_string().as_str()));
    assert_eq!(app.audit_details("referral.answer").await[0]["state"], "accepted");

    // The resident following the case sees it too.
    let (code, pin) = slip(&coord.post_form(&format!("/cases/{case}/follow"), &[]).await);
    let resident = app.client();
    resident.post_form("/follow", &[("code", &code), ("pin", &pin)]).await.assert_status(303);
    let t = resident.get("/follow/case").await.text();
    assert!(t.contains("Skickad till Råd och stöd B med ditt samtycke: de har tagit emot den"), "{t}");
}

async fn without_consent_only_a_heads_up_crosses_and_a_returned_referral_shows_its_reason(b: Backend) {
    let app = spawn_app(b).await;
    takes_referrals(&app, app.unit_b).await;
    let case = app.make_case("coord.a").await;
    let (first, _) = app.add_referral_and_follow_up(case).await;
    let (second, _) = app.add_referral_and_follow_up(case).await;
    let coord = app.login("coord.a").await;
    let b_id = app.unit_b.to_string();

    // A heads-up: nothing about the resident, dated to the day, read by unit B.
    coord
        .post_form(
            &format!("/cases/{case}/referrals/{first}/send"),
            &[("to_unit", &b_id), ("transfer_kind", "heads_up")],
        )
        .await
        .assert_status(303);
    let notices = open_in(&app, app.unit_b, Kind::Notice).await;
    assert_eq!(notices.len(), 1);
    assert!(notices[0].sealed.is_none() && notices[0].received_at % 86_400 == 0, "carries nothing, no hour");
    assert!(open_in(&app, app.unit_b, Kind::Request).await.is_empty());
    let r =
        app.store.case_detail(app.unit_a, case).await.unwrap().referrals.into_iter().find(|r| r.id == first).unwrap();
    assert!(!r.consent && !r.info_shared, "no consent is recorded by a heads-up");
    assert_eq!(app.audited("referral.heads_up").await, 1);
    let receiver = app.login("coord.b").await;
    let list = receiver.get("/intake").await.text();
    assert!(list.contains("Förvarningar från andra enheter") && list.contains("från Råd och stöd A"), "{list}");
    // Unit A cannot mark unit B's heads-up read, and a request is no heads-up.
    let noted = format!("/intake/notices/{}", notices[0].reference);
    assert!(list.contains(&noted) && !list.contains(&format!("/intake/{}/", notices[0].id)), "named by its reference");
    coord.post_form(&noted, &[]).await.assert_status(404);
    receiver.post_form(&noted, &[]).await.assert_status(303);
    assert!(open_in(&app, app.unit_b, Kind::Notice).await.is_empty());
    assert!(coord.get(&format!("/cases/{case}")).await.text().contains("Förvarning till Råd och stöd B"));
    assert!(coord.get(&format!("/cases/{case}")).await.text().contains("<strong>läst</strong>"));

    // A referral with consent but nothing shared: unit B sees only that it came, and returns it.
    let today = app.store.clock().today().to_string();
    coord
        .post_form(
            &format!("/cases/{case}/referrals/{second}/send"),
            &[("to_unit", &b_id), ("transfer_kind", "referral"), ("consent_on", &today)],
        )
        .await
        .assert_status(303);
    let iid = open_in(&app, app.unit_b, Kind::Request).await[0].id;
    let t = receiver.post_form(&format!("/intake/{iid}/view"), &[]).await.text();
    assert!(
        t.contains("samtyckte inte till att dela kontaktuppgifter") && t.contains("Ingen sammanfattning följde med")
    );
    // A reason from outside the list is not taken.
    receiver.post_form(&format!("/intake/{iid}/return"), &[("reason", "bored")]).await.assert_status(303);
    assert_eq!(app.store.inquiry(app.unit_b, iid).await.unwrap().status, Status::Open);
    receiver.post_form(&format!("/intake/{iid}/return"), &[("reason", "resident_declined")]).await.assert_status(303);
    let returned = app.store.inquiry(app.unit_b, iid).await.unwrap();
    assert_eq!((returned.status, returned.sealed.is_none()), (Status::Closed, true), "its details are erased");
    let shown = coord.get(&format!("/cases/{case}")).await.text();
    assert!(shown.contains("<strong>returnerad</strong>") && shown.contains("Invånaren tackade nej"), "{shown}");
    // Returned, it may be sent again (to the same unit or another).
    assert!(
        coord.get(&format!("/cases/{case}")).await.body.contains(&format!("/cases/{case}/referrals/{second}/send"))
    );
    assert_eq!(app.audited("referral.return").await, 1);
    assert_eq!(app.audit_details("referral.answer").await.len(), 2, "noted and returned, in unit A's log");
    // Answering twice does nothing more.
    receiver.post_form(&format!("/intake/{iid}/return"), &[("reason", "other")]).await.assert_status(303);
    assert_eq!(app.audited("referral.return").await, 1);
}

async fn a_referral_letter_carries_only_what_the_recorded_consent_covers(b: Backend) {
    let app = spawn_app(b).await;
    let case = app.make_case("coord.a").await;
    let (referral, _) = app.add_referral_and_follow_up(case).await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(
            &format!("/cases/{case}/identity"),
            &[("person_name", "Sara Ali"), ("phone", "070-123 45 67"), ("reason", "Ringa")],
        )
        .await
        .assert_status(303);
    coord
        .post_form(&format!("/cases/{case}/intake-note"), &[("intake-note", NOTE), ("intake-note-agreed", "1")])
        .await
        .assert_status(303);
    let letter = format!("/cases/{case}/referrals/{referral}/letter");
    let consent = format!("/cases/{case}/referrals/{referral}/consent");
    assert!(coord.get(&format!("/cases/{case}")).await.body.contains(&format!("href=\"{letter}\"")));

    // No consent recorded: the letter says so and carries nothing about the resident.
    let t = coord.get(&letter).await.text();
    assert!(t.contains("Inget samtycke är registrerat") && !t.contains("Kronofogden") && !t.contains("070-123"), "{t}");
    // A wrong day is refused with nothing saved and the choices kept.
    let bad = coord.post_form(&consent, &[("consent_on", "2026-13-01"), ("share_note", "1")]).await;
    bad.assert_status(422);
    assert!(
        bad.body.contains("id=\"consent_on-error\"") && bad.body.contains("name=\"share_note\" value=\"1\" checked")
    );
    let r = || async {
        app.store.case_detail(app.unit_a, case).await.unwrap().referrals.into_iter().find(|r| r.id == referral).unwrap()
    };
    assert!(!r().await.consent && r().await.consent_scope.is_none());

    // Consent to the summary only: the letter has the summary, not the contact details.
    let today = app.store.clock().today().to_string();
    coord.post_form(&consent, &[("consent_on", &today), ("share_note", "1")]).await.assert_status(303);
    let scope = r().await.consent_scope.unwrap();
    assert_eq!((scope.contact, scope.note, scope.on.to_string()), (false, true, today.clone()));
    assert!(r().await.info_shared);
    let t = coord.get(&letter).await.text();
    assert!(t.contains("Vill inte berätta allt igen.") && !t.contains("070-123"), "{t}");
    assert_eq!(app.audited("referral.letter").await, 0, "no identified detail was shown");
    // And to the contact details: shown to the responsible coordinator, the view audited.
    coord
        .post_form(&consent, &[("consent_on", &today), ("share_contact", "1"), ("share_note", "1")])
        .await
        .assert_status(303);
    assert!(coord.get(&letter).await.text().contains("070-123 45 67"));
    assert_eq!(app.audited("referral.letter").await, 1);
    assert_eq!(app.audited("referral.consent").await, 2);

    // A colleague who may not see who the case is about gets no contact details on the letter and
    // cannot record consent to share them.
    let colleague = app.login("target.a").await;
    let t = colleague.get(&letter).await.text();
    assert!(!t.contains("070-123") && !t.contains("Vill inte berätta allt igen."), "{t}");
    // Nor do they read or rewrite the summary on the case page.
    let t = colleague.get(&format!("/cases/{case}")).await.text();
    assert!(t.contains("Det finns en sammanfattning") && !t.contains("Kronofogden"), "{t}");
    colleague
        .post_form(&format!("/cases/{case}/intake-note"), &[("intake-note", "Annat"), ("intake-note-agreed", "1")])
        .await
        .assert_status(403);
    colleague.post_form(&consent, &[("consent_on", &today)]).await.assert_status(403);
    assert_eq!(app.audited("referral.consent").await, 2, "nothing recorded by the colleague");
    assert_eq!(app.audited("referral.letter").await, 1);
    // Another unit reaches neither.
    let other = app.login("coord.b").await;
    other.get(&letter).await.assert_status(404);
    other.post_form(&consent, &[("consent_on", &today)]).await.assert_status(404);

    // Consent taken back takes its reach with it.
    coord
        .post_form(&format!("/cases/{case}/referrals/{referral}"), &[("status", "suggested")])
        .await
        .assert_status(303);
    assert!(r().await.consent_scope.is_none());
    assert!(!coord.get(&letter).await.text().contains("Kronofogden"));
}

async fn consent_taken_back_withdraws_a_waiting_referral_and_culling_takes_the_note_and_the_trail(b: Backend) {
    let app = spawn_app(b).await;
    takes_referrals(&app, app.unit_b).await;
    let case = app.make_case("coord.a").await;
    let (referral, _) = app.add_referral_and_follow_up(case).await;
    let coord = app.login("coord.a").await;
    coord
        .post_form(&format!("/cases/{case}/intake-note"), &[("intake-note", NOTE), ("intake-note-agreed", "1")])
        .await
        .assert_status(303);
    let today = app.store.clock().today();
    let b_id = app.unit_b.to_string();
    coord
        .post_form(
            &format!("/cases/{case}/referrals/{referral}/send"),
            &[
                ("to_unit", &b_id),
                ("transfer_kind", "referral"),
                ("consent_on", &today.to_string()),
                ("share_note", "1"),
            ],
        )
        .await
        .assert_status(303);
    let iid = open_in(&app, app.unit_b, Kind::Request).await[0].id;
    // The consent for the sending is the sending's: the referral's own reach (for a letter) is untouched.
    let r = app
        .store
        .case_detail(app.unit_a, case)
        .await
        .unwrap()
        .referrals
        .into_iter()
        .find(|r| r.id == referral)
        .unwrap();
    assert!(r.consent && r.consent_scope.is_none());

    // The resident takes the consent back before unit B has answered: it is withdrawn there.
    coord
        .post_form(&format!("/cases/{case}/referrals/{referral}"), &[("status", "suggested")])
        .await
        .assert_status(303);
    let gone = app.store.inquiry(app.unit_b, iid).await.unwrap();
    assert_eq!((gone.status, gone.sealed.is_none()), (Status::Closed, true), "erased at unit B");
    assert!(open_in(&app, app.unit_b, Kind::Request).await.is_empty());
    let units = app
        .store
        .unsafe_query_text("SELECT CAST(unit_id AS TEXT) FROM audit_log WHERE action = 'referral.withdraw' ORDER BY id")
        .await
        .unwrap();
    let units: Vec<_> = units.iter().map(|r| r[0].1.clone().unwrap()).collect();
    assert_eq!(units, [app.unit_a.to_string(), b_id.clone()], "in both units' logs");
    let shown = coord.get(&format!("/cases/{case}")).await.text();
    assert!(shown.contains("<strong>återkallad (samtycket togs tillbaka)</strong>"), "{shown}");
    // Unit B can no longer accept it.
    let receiver = app.login("coord.b").await;
    receiver.post_form(&format!("/intake/{iid}/case"), &[]).await.assert_status(303);
    assert_eq!(app.store.inquiry(app.unit_b, iid).await.unwrap().case_id, None);

    // Closed, the anonymous case keeps its note until its call-back time, then loses it and the
    // trail of where its referral went; a second run takes nothing more.
    let outcome = app.entry(ListKind::ClosingOutcome, "advice_only").await;
    let tx = app.store.begin().await.unwrap();
    let c = tx.case(app.unit_a, case).await.unwrap();
    tx.close_case(&c, today, outcome).await.unwrap();
    tx.commit().await.unwrap();
    let unit = app.store.unit(app.unit_a).await.unwrap();
    let later = today + chrono::Days::new(89);
    assert!(lotsen_app::retention::preview(&app.store, &unit, later).await.unwrap().callbacks.is_empty());
    let due = today + chrono::Days::new(90);
    assert_eq!(lotsen_app::retention::preview(&app.store, &unit, due).await.unwrap().callbacks, [case]);
    lotsen_app::retention::run(&app.store, &[7; 32], "test", due).await.unwrap();
    let c = app.store.case(app.unit_a, case).await.unwrap();
    assert!(app.store.intake_note(&c).await.unwrap().is_none(), "the note went");
    assert!(app.store.case_transfers(&c).await.unwrap().is_empty(), "the trail went");
    assert!(lotsen_app::retention::preview(&app.store, &unit, due).await.unwrap().callbacks.is_empty());
}
