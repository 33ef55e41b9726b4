//! Surveys over HTTP: what a response row holds (read back from the database), one count per
//! form, one-time invitations, versions, suppression that survives subtraction, bad input and
//! the rate limit.
use chrono::{Datelike, Days, NaiveDate, Weekday};
use lotsen_domain::survey::results::{Figure, Period, Results, Slice, Split};
use lotsen_domain::survey::week_of;
use lotsen_store::SurveyRecord;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_response_row_holds_its_week_and_answers_and_nothing_that_ties_it_to_a_person_a_case_or_an_invitation,
    small_counts_are_hidden_and_cannot_be_had_by_subtracting_periods,
    rewording_makes_a_new_version_and_answers_keep_theirs,
    bad_answers_and_bad_wording_are_refused_per_field_and_nothing_is_saved,
    public_submissions_are_rate_limited,
    a_manager_caps_the_answers_a_day,
);

const AGENT: &str = "LotsenTestAgent/1.0 (unique-agent-7731)";

async fn resident(app: &TestApp) -> SurveyRecord {
    app.store.surveys(app.unit_a).await.unwrap().into_iter().find(|s| s.seed.as_deref() == Some("resident")).unwrap()
}

fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let i = body.find(&marker).unwrap_or_else(|| panic!("no hidden {name}")) + marker.len();
    unescape(body[i..].split('"').next().unwrap())
}

/// A visitor's client: its own user agent, no cookies kept between calls would be noticed.
fn visitor() -> Client {
    Client::new("")
}

/// Loads `path`, fills every question with `colour` and sends; returns the answer to the POST.
async fn answer(c: &Client, base: &str, path: &str, colour: &str, extra: &[(&str, &str)]) -> Page {
    let http =
        reqwest::Client::builder().user_agent(AGENT).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let _ = c;
    let form = page(http.get(format!("{base}{path}")).send().await.unwrap()).await;
    form.assert_status(200);
    assert!(form.headers.get("set-cookie").is_none(), "a survey page sets no cookie");
    let action = hidden_action(&form.body);
    let mut fields: Vec<(String, String)> =
        ["token", "version", "lang"].iter().map(|n| (n.to_string(), hidden(&form.body, n))).collect();
    for n in ["venue", "kiosk", "invitation"] {
        if form.body.contains(&format!("name=\"{n}\"")) {
            fields.push((n.to_string(), hidden(&form.body, n)));
        }
    }
    let mut keys: Vec<String> = form
        .body
        .match_indices("name=\"q_")
        .map(|(i, _)| form.body[i + 6..].split('"').next().unwrap().to_owned())
        .collect();
    keys.dedup();
    for k in keys {
        fields.push((k, colour.to_owned()));
    }
    for (k, v) in extra {
        fields.push(((*k).to_owned(), (*v).to_owned()));
    }
    let res = page(http.post(format!("{base}{action}")).form(&fields).send().await.unwrap()).await;
    assert!(res.headers.get("set-cookie").is_none(), "answering sets no cookie");
    res
}

fn hidden_action(body: &str) -> String {
    let i = body.find("class=\"stack survey-form\"").map(|_| body.find("action=\"").unwrap()).unwrap() + 8;
    body[i..].split('"').next().unwrap().to_owned()
}

async fn counts(app: &TestApp, s: &SurveyRecord) -> u64 {
    app.store.survey_responses_total(s.id).await.unwrap()
}

async fn column_names(app: &TestApp, b: Backend, table: &str) -> Vec<String> {
    let sql = match b {
        Backend::Sqlite => format!("SELECT name FROM pragma_table_info('{table}')"),
        Backend::Postgres => {
            format!("SELECT column_name::text FROM information_schema.columns WHERE table_name = '{table}'")
        }
    };
    let mut names: Vec<String> =
        app.store.unsafe_query_text(&sql).await.unwrap().into_iter().map(|r| r[0].1.clone().unwrap()).collect();
    names.sort();
    names
}

async fn a_response_row_holds_its_week_and_answers_and_nothing_that_ties_it_to_a_person_a_case_or_an_invitation(
    b: Backend,
) {
    let app = spawn_app(b).await;
    let s = resident(&app).await;
    let v = visitor();
    // Through the short link, with free text.
    let p = answer(&v, &app.addr, &format!("/s/{}?lang=ar", s.code), "green", &[("free_text", "شكرا")]).await;
    p.assert_status(303);
    assert!(p.location.as_deref().unwrap().starts_with(&format!("/s/{}/thanks?lang=ar", s.code)));

    // Through a one-time invitation given after a case.
    let case = app.make_case("coord.a").await;
    let coord = app.login("coord.a").await;
    let inv =
        coord.post_form("/surveys/invitations", &[("survey", &s.id.to_string()), ("case", &case.to_string())]).await;
    inv.assert_status(200);
    let link = inv.text().split("/s/i/").nth(1).unwrap().split('"').next().unwrap().to_owned();
    answer(&v, &app.addr, &format!("/s/i/{link}"), "red", &[]).await.assert_status(303);
    // A second use of the same invitation is refused and stores nothing.
    let again = page(reqwest::get(format!("{}/s/i/{link}", app.addr)).await.unwrap()).await;
    again.assert_status(410);
    assert_eq!(counts(&app, &s).await, 2);

    // Exactly these columns, and none that could hold an address, a device, a time or a link.
    assert_eq!(
        column_names(&app, b, "survey_responses").await,
        ["free_text", "id", "locale", "survey_id", "unit_id", "venue_id", "version_id", "week"]
    );
    assert_eq!(column_names(&app, b, "survey_answers").await, ["question", "response_id", "value"]);
    assert_eq!(
        column_names(&app, b, "survey_invitations").await,
        ["expires_at", "id", "survey_id", "token_hash", "used"]
    );

    let rows = app
        .store
        .unsafe_query_text(
            "SELECT id, CAST(survey_id AS TEXT) AS survey_id, CAST(version_id AS TEXT) AS version_id, \
             CAST(unit_id AS TEXT) AS unit_id, CAST(venue_id AS TEXT) AS venue_id, locale, week, free_text \
             FROM survey_responses",
        )
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    let invitations =
        app.store.unsafe_query_text("SELECT token_hash, CAST(id AS TEXT) AS id FROM survey_invitations").await.unwrap();
    let inv_values: Vec<String> = invitations.iter().flatten().filter_map(|(_, v)| v.clone()).collect();
    for row in &rows {
        for (col, value) in row {
            let value = value.clone().unwrap_or_default();
            assert!(!value.contains("127.0.0.1") && !value.contains("unique-agent"), "{col} holds {value}");
            // The survey, version and unit are known keys; nothing else may match a case or an invitation.
            if !["survey_id", "unit_id", "version_id"].contains(&col.as_str()) {
                assert!(!inv_values.contains(&value) || value.is_empty(), "{col} = {value} is an invitation's");
                assert_ne!(value, case.to_string(), "{col} holds the case number");
            }
        }
        let get = |n: &str| row.iter().find(|(c, _)| c == n).unwrap().1.clone();
        let week: NaiveDate = get("week").unwrap().parse().unwrap();
        assert_eq!(week.weekday(), Weekday::Mon, "only the week is kept");
        assert_eq!(week, week_of(crate::helpers::today()));
        let id = get("id").unwrap();
        assert_eq!(uuid_version(&id), Some('4'), "a random id, not a sequence: {id}");
    }
    // The invitation row only says it was used.
    let used = app.store.unsafe_query_text("SELECT CAST(used AS TEXT) AS used FROM survey_invitations").await.unwrap();
    assert!(matches!(used[0][0].1.as_deref(), Some("1" | "true")), "{used:?}");

    // The same form sent twice (a double tap, or back and send again) counts once.
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form = page(http.get(format!("{}/s/{}", app.addr, s.code)).send().await.unwrap()).await;
    let fields = vec![
        ("token".to_owned(), hidden(&form.body, "token")),
        ("version".to_owned(), hidden(&form.body, "version")),
        ("lang".to_owned(), "sv".to_owned()),
        ("q_q1".to_owned(), "yellow".to_owned()),
        ("q_q2".to_owned(), "yellow".to_owned()),
        ("q_q3".to_owned(), "green".to_owned()),
    ];
    for _ in 0..3 {
        let p = page(http.post(format!("{}/s/{}", app.addr, s.code)).form(&fields).send().await.unwrap()).await;
        p.assert_status(303);
    }
    assert_eq!(counts(&app, &s).await, 3);
    let answers = app.store.unsafe_query_text("SELECT question FROM survey_answers").await.unwrap();
    assert_eq!(answers.len(), 9);
    // The spent forms are kept to the day, so their rows tell no time of day.
    let kept = app.store.unsafe_query_text("SELECT CAST(expires_at AS TEXT) AS e FROM form_nonces").await.unwrap();
    assert!(!kept.is_empty());
    for row in kept {
        let at: i64 = row[0].1.as_deref().unwrap().parse().unwrap();
        assert_eq!(at % 86_400, 0, "a nonce kept to the second: {at}");
    }
}

fn uuid_version(id: &str) -> Option<char> {
    (id.len() == 36).then(|| id.chars().nth(14)).flatten()
}

/// Inserts `n` green answers to every question of `s` in the week of `day`, as if given then.
async fn backdate(app: &TestApp, s: &SurveyRecord, day: NaiveDate, n: usize) {
    let week = week_of(day);
    for i in 0..n {
        let id = format!("00000000-0000-4000-8000-{:012}", week.num_days_from_ce() as usize * 100 + i);
        app.store
            .unsafe_execute(&format!(
                "INSERT INTO survey_responses (id, survey_id, version_id, unit_id, venue_id, locale, week, free_text) \
                 VALUES ('{id}', {}, {}, {}, NULL, 'sv', '{week}', NULL)",
                s.id, s.current.id, s.unit_id
            ))
            .await
            .unwrap();
        for q in &s.current.definition.questions {
            app.store
                .unsafe_execute(&format!(
                    "INSERT INTO survey_answers (response_id, question, value) VALUES ('{id}', '{}', 1)",
                    q.key
                ))
                .await
                .unwrap();
        }
    }
}

async fn results(app: &TestApp, s: &SurveyRecord) -> Results {
    let (r, a) = app.store.survey_counts(s.id).await.unwrap();
    let keys: Vec<String> = s.current.definition.questions.iter().map(|q| q.key.clone()).collect();
    Results::build(&r, &a, &keys, &[], 5)
}

async fn small_counts_are_hidden_and_cannot_be_had_by_subtracting_periods(b: Backend) {
    let app = spawn_app(b).await;
    let s = resident(&app).await;
    let today = crate::helpers::today();
    let year = today.year();
    let quarter = (today.month() - 1) / 3 + 1;
    // Four answers this week: the year shows "<5", on the page and in the figures.
    for _ in 0..4 {
        answer(&visitor(), &app.addr, &format!("/s/{}", s.code), "green", &[]).await.assert_status(303);
    }
    let r = results(&app, &s).await;
    assert_eq!(r.responses(Period::Year(year), Slice::All), Figure::Hidden);
    let manager = app.login("manager.a").await;
    let page = manager.get(&format!("/surveys/{}?year={year}&split=quarter", s.id)).await;
    page.assert_status(200);
    let text = page.text();
    assert!(text.contains("<5"), "{text}");
    assert!(!text.contains("<td>4</td>"), "the four answers are not shown as a count");
    assert!(text.contains("Fritext visas bara för perioder med minst 5"), "free text waits for enough answers");

    // Eight more this week (12 in this quarter) and three in another quarter of the same year: the
    // year (15) and this quarter (12) must not both be shown, or 15 − 12 gives the three away.
    for _ in 0..8 {
        answer(&visitor(), &app.addr, &format!("/s/{}", s.code), "green", &[]).await.assert_status(303);
    }
    let other = if quarter == 1 { 2 } else { 1 };
    let first_month = other * 3 - 2;
    backdate(&app, &s, NaiveDate::from_ymd_opt(year, first_month, 15).unwrap(), 3).await;
    let r = results(&app, &s).await;
    let quarters: Vec<Figure> = Split::Quarter.periods(year).into_iter().map(|p| r.responses(p, Slice::All)).collect();
    assert_eq!(quarters[other as usize - 1], Figure::Hidden);
    let y = r.responses(Period::Year(year), Slice::All);
    let this_q = quarters[quarter as usize - 1];
    assert!(
        y == Figure::Hidden || this_q == Figure::Hidden,
        "year {y:?} and this quarter {this_q:?} would give Q{other} away"
    );
    // Halves and months are held to the same rule: every sum with a hidden term has another.
    let half = |h| r.responses(Period::Half(year, h), Slice::All);
    let (h_other, h_this) = (half((other - 1) / 2 + 1), half((quarter - 1) / 2 + 1));
    if h_other == h_this {
        // Both quarters in one half: the half equals their sum.
        assert!(h_other == Figure::Hidden || this_q == Figure::Hidden);
    }
    // The page shows the hidden quarter as "<5" and never the 3.
    let page = manager.get(&format!("/surveys/{}?year={year}&split=quarter", s.id)).await;
    assert!(!page.text().contains("<td>3</td>"));
    assert!(!page.text().contains("<td>15</td>") || !page.text().contains("<td>12</td>"));
}

async fn rewording_makes_a_new_version_and_answers_keep_theirs(b: Backend) {
    let app = spawn_app(b).await;
    let s = resident(&app).await;
    // A form loaded before the change…
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let old_form = page(http.get(format!("{}/s/{}", app.addr, s.code)).send().await.unwrap()).await;
    answer(&visitor(), &app.addr, &format!("/s/{}", s.code), "green", &[]).await.assert_status(303);

    let manager = app.login("manager.a").await;
    let edit = manager.get(&format!("/surveys/{}/edit", s.id)).await;
    edit.assert_status(200);
    let d = &s.current.definition;
    let mut fields: Vec<(String, String)> = vec![];
    for l in &d.locales {
        fields.push(("locales".into(), l.code().into()));
        fields.push((format!("title_{}", l.code()), d.title[l].clone()));
        fields.push((format!("prompt_{}", l.code()), d.free_text.as_ref().unwrap()[l].clone()));
    }
    fields.push(("free_text".into(), "1".into()));
    fields.push(("active".into(), "1".into()));
    fields.push(("daily_cap".into(), " 150 ".into()));
    for (n, q) in d.questions.iter().enumerate() {
        fields.push((format!("q_{n}_key"), q.key.clone()));
        for l in &d.locales {
            fields.push((format!("q_{n}_{}", l.code()), q.text[l].clone()));
        }
        fields.push((format!("q_{n}_goal"), if q.key == "q3" { "75".into() } else { String::new() }));
    }
    let refs = |f: &[(String, String)]| f.iter().map(|(a, b)| (a.clone(), b.clone())).collect::<Vec<_>>();
    // Only a goal changed: same version.
    let f1 = refs(&fields);
    let p = manager
        .post_form(
            &format!("/surveys/{}/edit", s.id),
            &f1.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect::<Vec<_>>(),
        )
        .await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/surveys?done=saved"));
    let now = app.store.survey(s.id).await.unwrap();
    assert_eq!(now.current.id, s.current.id);
    assert_eq!(now.goals.get("q3"), Some(&75));
    assert_eq!(now.daily_cap, 150, "the daily cap is saved with the settings");
    // A reworded question after an answer: a new version.
    let mut f2 = refs(&fields);
    for (k, v) in f2.iter_mut() {
        if k == "q_0_sv" {
            *v = "Hur lätt var det att nå oss?".into();
        }
    }
    let p = manager
        .post_form(
            &format!("/surveys/{}/edit", s.id),
            &f2.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect::<Vec<_>>(),
        )
        .await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/surveys?done=version"));
    let now = app.store.survey(s.id).await.unwrap();
    assert_eq!(now.current.number, 2);
    assert_eq!(
        now.current.definition.questions[0].text[&lotsen_domain::locale::Locale::Sv],
        "Hur lätt var det att nå oss?"
    );
    assert_eq!(now.current.definition.questions[0].key, "q1");

    // …is still counted, on the version it showed.
    let fields = vec![
        ("token".to_owned(), hidden(&old_form.body, "token")),
        ("version".to_owned(), hidden(&old_form.body, "version")),
        ("lang".to_owned(), "sv".to_owned()),
        ("q_q1".to_owned(), "red".to_owned()),
        ("q_q2".to_owned(), "red".to_owned()),
        ("q_q3".to_owned(), "red".to_owned()),
    ];
    page(http.post(format!("{}/s/{}", app.addr, s.code)).form(&fields).send().await.unwrap()).await.assert_status(303);
    answer(&visitor(), &app.addr, &format!("/s/{}", s.code), "yellow", &[]).await.assert_status(303);
    let (responses, _) = app.store.survey_counts(s.id).await.unwrap();
    let on = |v: i64| responses.iter().filter(|r| r.version == v).map(|r| r.count).sum::<i64>();
    assert_eq!(on(s.current.id), 2);
    assert_eq!(on(now.current.id), 1);
}

async fn bad_answers_and_bad_wording_are_refused_per_field_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let s = resident(&app).await;
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form = page(http.get(format!("{}/s/{}?lang=en", app.addr, s.code)).send().await.unwrap()).await;
    let post = |fields: Vec<(&'static str, String)>| {
        let http = http.clone();
        let url = format!("{}/s/{}", app.addr, s.code);
        async move { page(http.post(url).form(&fields).send().await.unwrap()).await }
    };
    let base = || {
        vec![
            ("token", hidden(&form.body, "token")),
            ("version", hidden(&form.body, "version")),
            ("lang", "en".to_owned()),
        ]
    };

    // A question left out: a message on it, the other choices kept.
    let mut f = base();
    f.push(("q_q1", "green".into()));
    f.push(("q_q3", "red".into()));
    let p = post(f).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"q_q2-error\""));
    assert!(p.text().contains("Choose one of the answers."));
    assert!(p.body.contains("value=\"green\" checked"), "the first answer is kept");
    assert!(p.body.contains("id=\"q_q3-red\" name=\"q_q3\" value=\"red\" checked"));
    // Not a colour; a 100 kB free text.
    let mut f = base();
    f.extend([
        ("q_q1", "purple".into()),
        ("q_q2", "green".into()),
        ("q_q3", "green".into()),
        ("free_text", "x".repeat(100_000)),
    ]);
    let p = post(f).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"q_q1-error\""));
    assert!(p.text().contains("Write at most 1,000 characters."));
    // A forged token: the form comes back with the choices, nothing is stored.
    let mut f = base();
    f[0].1 = "forged.token".into();
    f.extend([("q_q1", "green".into()), ("q_q2", "green".into()), ("q_q3", "green".into())]);
    let p = post(f).await;
    p.assert_status(422);
    assert!(p.text().contains("could not be received"));
    assert!(p.body.contains("value=\"green\" checked"));
    assert_eq!(app.store.survey_responses_total(s.id).await.unwrap(), 0);
    // Unknown survey, a venue of another unit, a version of another survey: not found.
    assert_eq!(page(http.get(format!("{}/s/nosuchcode", app.addr)).send().await.unwrap()).await.status, 404);
    let other = app.store.surveys(app.unit_b).await.unwrap().remove(0);
    let p = page(http.get(format!("{}/s/{}?venue=999999", app.addr, s.code)).send().await.unwrap()).await;
    assert_eq!(p.status, 404);
    let mut f = base();
    f[1].1 = other.current.id.to_string();
    assert_eq!(post(f).await.status, 404);
    assert_eq!(app.store.survey_responses_total(s.id).await.unwrap(), 0);

    // Wording: an offered language without its texts, a goal over 100.
    let manager = app.login("manager.a").await;
    let p = manager
        .post_form(
            &format!("/surveys/{}/edit", s.id),
            &[
                ("locales", "sv"),
                ("locales", "ar"),
                ("title_sv", "Utcheckning"),
                ("q_0_key", "q1"),
                ("q_0_sv", "Hur var det?"),
                ("q_0_goal", "150"),
            ],
        )
        .await;
    p.assert_status(422);
    let text = p.text();
    assert!(text.contains("Fyll i fältet."), "{text}");
    assert!(text.contains("Ange målet som ett heltal mellan 0 och 100."));
    assert!(p.body.contains("value=\"Utcheckning\""), "input kept");
    let now = app.store.survey(s.id).await.unwrap();
    assert_eq!(now, s, "nothing saved");
    // Another unit's survey is not found.
    assert_eq!(manager.get(&format!("/surveys/{}", other.id)).await.status, 404);
}

async fn public_submissions_are_rate_limited(b: Backend) {
    let app = spawn_app(b).await;
    let s = resident(&app).await;
    let http = reqwest::Client::new();
    // 30 a minute from one address; a minute boundary may fall inside the loop, hence two minutes' worth.
    let mut limited = false;
    for _ in 0..61 {
        let r = http.post(format!("{}/s/{}", app.addr, s.code)).form(&[("q_q1", "green")]).send().await.unwrap();
        if r.status().as_u16() == 429 {
            limited = true;
            break;
        }
        assert_eq!(r.status().as_u16(), 422);
    }
    assert!(limited, "flooding met no limit");
    let _ = Days::new(0);
}

async fn a_manager_caps_the_answers_a_day(b: Backend) {
    let app = spawn_app(b).await;
    let s = resident(&app).await;
    assert_eq!(s.daily_cap, lotsen_store::DEFAULT_DAILY_CAP, "a cap from the start");
    let m = app.login("manager.a").await;
    let edit = m.get(&format!("/surveys/{}/edit", s.id)).await;
    edit.assert_status(200);
    assert!(edit.body.contains(&format!("name=\"daily_cap\" value=\"{}\"", lotsen_store::DEFAULT_DAILY_CAP)));
    // A cap that is not a number from 1 to 100 000 is named, and nothing is saved.
    for bad in ["0", "-3", "lots", "100001"] {
        let p = m.post_form(&format!("/surveys/{}/edit", s.id), &[("daily_cap", bad), ("active", "1")]).await;
        p.assert_status(422);
        assert!(p.text().contains("Ange ett heltal från 1 till 100 000."), "{bad}: {}", p.text());
    }
    assert_eq!(resident(&app).await.daily_cap, lotsen_store::DEFAULT_DAILY_CAP);
    let own = app.store.unit_survey(app.unit_a, s.id).await.unwrap();
    let tx = app.store.begin().await.unwrap();
    tx.set_survey_settings(&own, &s.goals, true, 2).await.unwrap();
    tx.commit().await.unwrap();
    let c = visitor();
    let path = format!("/s/{}", s.code);
    for _ in 0..2 {
        answer(&c, &app.addr, &path, "green", &[]).await.assert_status(303);
    }
    let full = answer(&c, &app.addr, &path, "green", &[]).await;
    full.assert_status(429);
    assert!(full.text().contains("så många svar som den tar i dag"), "{}", full.text());
    assert_eq!(counts(&app, &s).await, 2, "the third answer is not stored");
    // Only today's count is kept: a new day starts again from one.
    app.store.unsafe_execute(&format!("UPDATE surveys SET cap_day = '2000-01-01' WHERE id = {}", s.id)).await.unwrap();
    answer(&c, &app.addr, &path, "green", &[]).await.assert_status(303);
    assert_eq!(counts(&app, &s).await, 3);
}
