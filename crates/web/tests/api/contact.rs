//! The public contact form over HTTP: a request becomes a case in two steps with its details
//! sealed for the case; bad input is named per field and kept; spam meets a honeypot, a minimum
//! time and a one-time form; feedback is anonymous; retention removes what waited too long.
use lotsen_domain::ids::CaseId;
use lotsen_domain::inquiry::{Kind, Status};
use lotsen_domain::lists::ListKind;
use lotsen_domain::privacy::Identity;
use lotsen_store::Shown;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_request_becomes_a_case_in_two_steps_with_its_details_sealed_for_the_case,
    bad_input_is_named_per_field_and_kept_and_nothing_is_stored,
    robots_and_hasty_or_repeated_forms_store_nothing_new,
    feedback_is_anonymous_dated_to_the_day_and_read_by_case_workers,
    retention_removes_unhandled_requests_old_feedback_and_old_survey_text,
    privacy_settings_are_checked_saved_and_shown_on_the_form,
);

async fn open_requests(app: &TestApp) -> Vec<lotsen_store::InquiryRecord> {
    app.store.inquiries(app.unit_a, Kind::Request, Shown::Open, 100).await.unwrap()
}

async fn all_rows(app: &TestApp) -> usize {
    app.store.unsafe_query_text("SELECT CAST(id AS TEXT) AS id FROM inquiries").await.unwrap().len()
}

fn selected(body: &str, name: &str) -> String {
    let start = body.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no field {name}"));
    let rest = &body[start..];
    let i = [rest.find(" selected"), rest.find(" checked")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or_else(|| panic!("nothing chosen in {name}"));
    let before = &rest[..i];
    let v = before.rfind("value=\"").unwrap() + 7;
    before[v..].split('"').next().unwrap().to_owned()
}

fn value(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" type=\"");
    let i = body.find(&marker).unwrap_or_else(|| panic!("no input {name}"));
    let rest = &body[i..];
    let v = rest.find("value=\"").unwrap() + 7;
    unescape(rest[v..].split('"').next().unwrap())
}

async fn a_request_becomes_a_case_in_two_steps_with_its_details_sealed_for_the_case(b: Backend) {
    let app = spawn_app(b).await;
    let form = reqwest::get(format!("{}/contact/{}?lang=ar", app.addr, app.unit_a)).await.unwrap();
    assert!(form.headers().get("set-cookie").is_none(), "the form page sets no cookie");
    let body = form.text().await.unwrap();
    assert!(body.contains("lang=\"ar\" dir=\"rtl\""), "Arabic, right to left");
    assert!(body.contains("name=\"website\""), "the honeypot is there");

    let economy = app.entry(ListKind::Category, "economy").await.to_string();
    let teen = app.entry(ListKind::AgeGroup, "13-18").await.to_string();
    let token = app.aged_token("request", app.unit_a);
    let fields = [
        ("lang", "ar"),
        ("person_name", "Sara"),
        ("phone", "070-123 45 67"),
        ("email", "sara@example.se"),
        ("language", "arabiska"),
        ("contact_time", "efter kl. 15"),
        ("category", economy.as_str()),
        ("age_group", teen.as_str()),
        ("message", "Hej!\r\nJag behöver hjälp med en ansökan."),
        ("on_behalf", "1"),
        ("partner_name", "Lina"),
        ("partner_org", "Rinkebyskolan"),
        ("consent", "1"),
    ];
    let sent = app.send_inquiry("request", &token, &fields).await;
    sent.assert_status(303);
    assert_eq!(sent.location.as_deref(), Some(format!("/contact/{}/thanks?lang=ar&kind=request", app.unit_a).as_str()));
    // Back and send again: still one request.
    app.send_inquiry("request", &token, &fields).await.assert_status(303);
    let open = open_requests(&app).await;
    assert_eq!(open.len(), 1);
    let r = &open[0];
    assert!(r.on_behalf);
    assert_eq!(r.category_id.map(|c| c.to_string()), Some(economy.clone()));
    let sealed = r.sealed.as_ref().unwrap();
    let raw = String::from_utf8_lossy(&sealed.sealed);
    assert!(!raw.contains("Sara") && !raw.contains("070") && !raw.contains("Rinkeby"), "stored sealed");

    // Staff of another unit do not see it; analysts do not either.
    let other = app.login("coord.b").await;
    other.get(&format!("/intake/{}", r.id)).await.assert_status(404);
    let theirs = other.get("/intake").await;
    theirs.assert_status(200);
    assert!(!theirs.body.contains(&format!("/intake/{}/", r.id)));
    other.get(&format!("/cases/new?inquiry={}", r.id)).await.assert_status(404);
    other.post_form(&format!("/intake/{}/view", r.id), &[]).await.assert_status(404);
    other.post_form(&format!("/intake/{}/case", r.id), &[]).await.assert_status(404);
    app.login("analyst.a").await.get("/intake").await.assert_status(403);

    // Nor can they make a case of it.
    let csrf_b = other.csrf().await;
    let forged = [("csrf", csrf_b.as_str()), ("inquiry", &*r.id.to_string())];
    let p = page(other.http.post(format!("{}/cases/new", app.addr)).form(&forged).send().await.unwrap()).await;
    p.assert_status(404);

    // Click one: "Make a case" in the list opens quick registration filled in from the request.
    let coord = app.login("coord.a").await;
    let list = coord.get("/intake").await;
    list.assert_status(200);
    let action = format!("/intake/{}/case", r.id);
    assert!(list.body.contains(&format!("action=\"{action}\"")), "the list offers the case in one click");
    assert!(!list.text().contains("Sara"), "the list shows no details");
    let views = app.audited("inquiry.view").await;
    // Links open nothing: the request's page and an old link to the form show no details and log
    // no view; the details open on a POST only.
    let shown = coord.get(&format!("/intake/{}", r.id)).await;
    shown.assert_status(200);
    assert!(!shown.text().contains("Sara") && shown.body.contains(&format!("action=\"/intake/{}/view\"", r.id)));
    let old = coord.get(&format!("/cases/new?inquiry={}", r.id)).await;
    assert_eq!(old.location.as_deref(), Some(format!("/intake/{}", r.id).as_str()));
    assert_eq!(app.audited("inquiry.view").await, views, "no view is logged by a link");
    let opened = coord.post_form(&format!("/intake/{}/view", r.id), &[]).await;
    opened.assert_status(200);
    assert!(opened.text().contains("070-123 45 67"));
    assert_eq!(app.audited("inquiry.view").await, views + 1, "opening the details is logged");
    let views = views + 1;
    let form = coord.post_form(&action, &[]).await;
    form.assert_status(200);
    let text = form.text();
    assert!(text.contains("Sara") && text.contains("070-123 45 67") && text.contains("Rinkebyskolan"));
    assert!(text.contains("Jag behöver hjälp med en ansökan."));
    assert_eq!(app.audited("inquiry.view").await, views + 1, "opening the details is logged");
    let contact_form = app.entry(ListKind::Channel, "contact_form").await.to_string();
    assert_eq!(selected(&form.body, "channel"), contact_form);
    assert_eq!(selected(&form.body, "category"), economy);
    assert_eq!(selected(&form.body, "age_group"), teen);
    assert_eq!(value(&form.body, "referring_org"), "Rinkebyskolan");

    // Click two: save the form as it came.
    let mut post: Vec<(String, String)> = vec![
        ("channel".into(), contact_form.clone()),
        ("age_group".into(), teen.clone()),
        ("category".into(), economy.clone()),
        ("minutes".into(), value(&form.body, "minutes")),
        ("residency".into(), selected(&form.body, "residency")),
        ("referring_org".into(), value(&form.body, "referring_org")),
        ("first_contact_on".into(), value(&form.body, "first_contact_on")),
        ("follow_up_on".into(), value(&form.body, "follow_up_on")),
        ("follow_up".into(), "1".into()),
        ("inquiry".into(), r.id.to_string()),
    ];
    post.push(("csrf".into(), coord.csrf().await));
    let saved = page(coord.http.post(format!("{}/cases/new", app.addr)).form(&post).send().await.unwrap()).await;
    saved.assert_status(303);
    let case_id: CaseId =
        saved.location.as_deref().unwrap().trim_start_matches("/cases/").split('?').next().unwrap().parse().unwrap();
    let case = app.store.case(app.unit_a, case_id).await.unwrap();
    assert_eq!(case.channel_id.to_string(), contact_form);
    assert_eq!(case.referring_org.as_deref(), Some("Rinkebyskolan"));
    let sealed = app.store.identity(case_id).await.unwrap().expect("details carried over");
    let identity: Identity = lotsen_app::privacy::open(&derived_key(b"lotsen/fields/v1"), case_id, &sealed).unwrap();
    assert_eq!(identity.phone, "070-123 45 67");
    assert_eq!(identity.email, "sara@example.se");
    assert_eq!(identity.name, "Sara");
    assert_eq!(identity.message, "Hej!\nJag behöver hjälp med en ansökan.");
    assert!(!identity.reason.is_empty());
    let done = app.store.inquiry(app.unit_a, r.id).await.unwrap();
    assert_eq!((done.status, done.case_id, done.sealed.is_none()), (Status::Case, Some(case_id), true));
    assert_eq!(app.audited("inquiry.case").await, 1);
    // The call-back is planned.
    let detail = app.store.case_detail(app.unit_a, case_id).await.unwrap();
    assert_eq!(detail.follow_ups.len(), 1, "a call-back is planned");
    // The identity page shows the message, and saving it keeps it.
    let id_page = coord.post_form(&format!("/cases/{case_id}/identity/view"), &[]).await;
    assert!(id_page.text().contains("Jag behöver hjälp med en ansökan."));
    coord
        .post_form(&format!("/cases/{case_id}/identity"), &[("phone", "070-765 43 21"), ("reason", "Ring tillbaka")])
        .await
        .assert_status(303);
    let sealed = app.store.identity(case_id).await.unwrap().unwrap();
    let identity: Identity = lotsen_app::privacy::open(&derived_key(b"lotsen/fields/v1"), case_id, &sealed).unwrap();
    assert_eq!(
        (identity.phone.as_str(), identity.message.as_str()),
        ("070-765 43 21", "Hej!\nJag behöver hjälp med en ansökan.")
    );

    // Sending the same case form again makes no second case.
    let cases_before = app.store.unsafe_query_text("SELECT CAST(id AS TEXT) AS id FROM cases").await.unwrap().len();
    let again = page(coord.http.post(format!("{}/cases/new", app.addr)).form(&post).send().await.unwrap()).await;
    again.assert_status(303);
    assert_eq!(again.location.as_deref(), Some("/intake?done=already"));
    let cases_after = app.store.unsafe_query_text("SELECT CAST(id AS TEXT) AS id FROM cases").await.unwrap().len();
    assert_eq!(cases_before, cases_after);
    assert!(coord.get("/intake").await.text().contains(&format!("#{case_id}")), "listed as handled");
}

async fn bad_input_is_named_per_field_and_kept_and_nothing_is_stored(b: Backend) {
    let app = spawn_app(b).await;
    let token = app.aged_token("request", app.unit_a);

    // No way to reach: named at the phone field, the rest kept.
    let p = app.send_inquiry("request", &token, &[("person_name", "Sara"), ("message", "Ring mig")]).await;
    p.assert_status(422);
    let t = p.text();
    assert!(t.contains("Ange ett telefonnummer eller en e-postadress"), "{t}");
    assert!(p.body.contains("href=\"#phone\""), "the summary links to the field");
    assert!(p.body.contains("value=\"Sara\"") && t.contains("Ring mig"));

    // An e-mail with no @.
    let p = app.send_inquiry("request", &token, &[("email", "sara.example.se"), ("message", "Hej")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Ange en e-postadress som namn@exempel.se"));
    assert!(p.body.contains("value=\"sara.example.se\""));
    assert!(p.body.contains("id=\"email-error\""), "the error stands at the field");

    // A 100 kB message: refused with its own message, everything else kept.
    let long = "å".repeat(50_000);
    let p = app
        .send_inquiry("request", &token, &[("lang", "en"), ("phone", "070-123 45 67"), ("message", long.as_str())])
        .await;
    p.assert_status(422);
    assert!(p.text().contains("The text is too long. Write at most 2,000 characters."));
    assert!(p.body.contains("value=\"070-123 45 67\""));
    assert!(p.body.contains(&long), "the message is given back as typed");

    // A partner without organisation or consent, and a category that is not the unit's.
    let p = app
        .send_inquiry("request", &token, &[("phone", "0701234567"), ("on_behalf", "1"), ("category", "999999")])
        .await;
    p.assert_status(422);
    let t = p.text();
    assert!(t.contains("Kryssa i att personen vet om det"));
    assert!(p.body.contains("id=\"partner_org-error\"") && p.body.contains("id=\"category-error\""));

    assert_eq!(all_rows(&app).await, 0, "nothing half-saved");
    // The same token still works once the input is right.
    app.send_inquiry("request", &token, &[("phone", "0701234567")]).await.assert_status(303);
    assert_eq!(all_rows(&app).await, 1);
}

async fn robots_and_hasty_or_repeated_forms_store_nothing_new(b: Backend) {
    let app = spawn_app(b).await;
    // The honeypot: thanked, nothing stored.
    let p = app
        .send_inquiry(
            "request",
            &app.aged_token("request", app.unit_a),
            &[("phone", "0701234567"), ("website", "x.example")],
        )
        .await;
    p.assert_status(303);
    assert!(p.location.unwrap().contains("/thanks"));
    assert_eq!(all_rows(&app).await, 0);

    // A form sent straight after it was given out: asked to send again, input kept, new token.
    let form = reqwest::get(format!("{}/contact/{}", app.addr, app.unit_a)).await.unwrap().text().await.unwrap();
    let i = form.find("name=\"token\" value=\"").unwrap() + 20;
    let fresh = form[i..].split('"').next().unwrap().to_owned();
    let p = app.send_inquiry("request", &fresh, &[("phone", "0701234567"), ("message", "Snabb")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Formuläret kunde inte tas emot"));
    assert!(p.body.contains("value=\"0701234567\"") && p.text().contains("Snabb"));
    assert!(!p.body.contains(&fresh), "a new token is given");
    // A forged token.
    app.send_inquiry("request", "forged.token", &[("phone", "0701234567")]).await.assert_status(422);
    // A token for feedback is not one for requests.
    app.send_inquiry("request", &app.aged_token("feedback", app.unit_a), &[("phone", "0701234567")])
        .await
        .assert_status(422);
    assert_eq!(all_rows(&app).await, 0);
    // Unknown units are not found.
    let r = reqwest::get(format!("{}/contact/999999", app.addr)).await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

async fn feedback_is_anonymous_dated_to_the_day_and_read_by_case_workers(b: Backend) {
    let app = spawn_app(b).await;
    let token = app.aged_token("feedback", app.unit_a);
    let p = app.send_inquiry("feedback", &token, &[("message", "   ")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Fyll i fältet."));
    let p = app.send_inquiry("feedback", &token, &[("lang", "en"), ("message", "Bra bemötande, tack!")]).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some(format!("/contact/{}/thanks?lang=en&kind=feedback", app.unit_a).as_str()));
    let rows = app.store.inquiries(app.unit_a, Kind::Feedback, Shown::WithText, 10).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].received_at % 86_400, 0, "dated to the day, no time");
    assert!(!String::from_utf8_lossy(&rows[0].sealed.as_ref().unwrap().sealed).contains("tack"));

    app.login("analyst.a").await.get("/intake/feedback").await.assert_status(403);
    let manager = app.login("manager.a").await;
    let list = manager.get("/intake/feedback").await;
    list.assert_status(200);
    assert!(list.text().contains("Bra bemötande, tack!"));
    assert_eq!(app.audited("feedback.view").await, 1);
    assert!(!list.body.contains(&format!("/intake/feedback/{}/", rows[0].id)), "feedback is never addressed by id");
    manager.post_form(&format!("/intake/feedback/{}/read", rows[0].reference), &[]).await.assert_status(303);
    manager.post_form("/intake/feedback/not-a-reference/read", &[]).await.assert_status(404);
    let read = app.store.inquiry(app.unit_a, rows[0].id).await.unwrap();
    assert_eq!(read.status, Status::Closed);
    assert!(read.sealed.is_some(), "read feedback keeps its text until retention");
    // A feedback id is not a request.
    manager.get(&format!("/intake/{}", rows[0].id)).await.assert_status(404);
}

async fn retention_removes_unhandled_requests_old_feedback_and_old_survey_text(b: Backend) {
    let app = spawn_app(b).await;
    for _ in 0..2 {
        app.send_inquiry("request", &app.aged_token("request", app.unit_a), &[("phone", "0701234567")])
            .await
            .assert_status(303);
    }
    app.send_inquiry("feedback", &app.aged_token("feedback", app.unit_a), &[("message", "Gammal")])
        .await
        .assert_status(303);
    let open = open_requests(&app).await;
    // One request waited 31 days (the default is 30), the feedback 400 (the default is 365).
    let day = 86_400;
    let old = open[0].received_at - 31 * day;
    app.store
        .unsafe_query_text(&format!("UPDATE inquiries SET received_at = {old} WHERE id = {}", open[0].id))
        .await
        .unwrap();
    app.store
        .unsafe_query_text(&format!(
            "UPDATE inquiries SET received_at = received_at - {} WHERE kind = 'feedback'",
            400 * day
        ))
        .await
        .unwrap();
    // A survey answer with free text from two years ago, and one from this week.
    let s = app
        .store
        .surveys(app.unit_a)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.seed.as_deref() == Some("resident"))
        .unwrap();
    let today = crate::helpers::today();
    for (week, nonce) in [(today - chrono::Days::new(730), "n-old"), (today, "n-new")] {
        let answers = s
            .current
            .definition
            .questions
            .iter()
            .map(|q| (q.key.clone(), lotsen_domain::survey::Colour::Green))
            .collect();
        app.store
            .record_response(lotsen_store::NewResponse {
                survey_id: s.id,
                version_id: s.current.id,
                unit_id: app.unit_a,
                venue_id: None,
                locale: lotsen_domain::locale::Locale::Sv,
                week: lotsen_domain::survey::week_of(week),
                day: week,
                answers,
                free_text: Some("fritext".into()),
                nonce: nonce.into(),
                nonce_expires_at: chrono::Utc::now().timestamp() + 3600,
                invitation: None,
            })
            .await
            .unwrap();
    }

    let removed = app.store.purge_inquiries(today).await.unwrap();
    assert_eq!(removed, vec![(app.unit_a, 2)]);
    let left = open_requests(&app).await;
    assert_eq!(left.len(), 1, "the request within its time stays");
    assert!(left[0].sealed.is_some());
    let expired = app.store.inquiry(app.unit_a, open[0].id).await.unwrap();
    assert_eq!((expired.status, expired.sealed.is_none()), (Status::Expired, true));
    assert!(app.store.inquiries(app.unit_a, Kind::Feedback, Shown::WithText, 10).await.unwrap().is_empty());
    assert_eq!(app.store.purge_inquiries(today).await.unwrap(), vec![], "nothing twice");

    assert_eq!(app.store.purge_surveys(today).await.unwrap(), 1, "only the old free text goes");
    let texts = app
        .store
        .unsafe_query_text("SELECT free_text FROM survey_responses WHERE free_text IS NOT NULL")
        .await
        .unwrap();
    assert_eq!(texts.len(), 1);
}

async fn privacy_settings_are_checked_saved_and_shown_on_the_form(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let p = admin
        .post_form(
            "/admin/unit/privacy",
            &[("suppression_threshold", "1"), ("survey_text_days", "90"), ("inquiry_days", "x")],
        )
        .await;
    p.assert_status(422);
    let t = p.text();
    assert!(t.contains("Ange ett heltal mellan 3 och 50.") && t.contains("Ange ett antal dagar mellan 7 och 365."));
    assert!(p.body.contains("value=\"90\""), "the valid value is kept");
    assert_eq!(app.store.unit(app.unit_a).await.unwrap().suppression_threshold, 5, "nothing saved");

    admin
        .post_form(
            "/admin/unit/privacy",
            &[("suppression_threshold", "3"), ("survey_text_days", "90"), ("inquiry_days", "14")],
        )
        .await
        .assert_status(303);
    let u = app.store.unit(app.unit_a).await.unwrap();
    assert_eq!((u.suppression_threshold, u.survey_text_days, u.inquiry_days), (3, 90, 14));
    assert_eq!(app.audited("unit.privacy").await, 1);
    let form =
        reqwest::get(format!("{}/contact/{}?lang=en", app.addr, app.unit_a)).await.unwrap().text().await.unwrap();
    assert!(unescape(&form).replace(['\u{2068}', '\u{2069}'], "").contains("within 14 days"));
}
