//! The effect report over HTTP: the example unit's first year from DOMAIN.md imported through the
//! case log's import and read back figure by figure (page, case list behind a figure, JSON API),
//! the concern-report half-year with its cost and saving, and small counts suppressed.
use chrono::{Days, NaiveDate};
use lotsen_domain::concern::Outcome;
use lotsen_domain::ids::ListEntryId;
use lotsen_domain::lists::ListKind as K;
use lotsen_domain::survey::Colour;
use serde_json::Value;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    the_domain_first_year_is_reproduced_from_an_import,
    small_counts_are_hidden_and_the_previous_period_compared,
    every_part_of_a_known_month_is_counted_exactly,
);

use crate::import::HEADER;

/// Which value the i-th of 268 cases gets, by counts in order: `pick(i, &[("a", 3), ("b", 2)])`.
fn pick<'a>(i: usize, counts: &[(&'a str, usize)]) -> &'a str {
    let mut left = i;
    for (v, n) in counts {
        if left < *n {
            return v;
        }
        left -= n;
    }
    counts.last().map_or("", |c| c.0)
}

/// The first year of DOMAIN.md as one import file: 268 cases closed 2022-08-01 – 2023-08-24,
/// 164 of them in January–June 2023.
fn first_year_csv() -> String {
    let mut csv = format!("{HEADER}\n");
    let channels = [
        ("phone", 111),
        ("city_official", 56),
        ("contact_form", 42),
        ("drop_in", 28),
        ("sms", 3),
        ("other", 19),
        ("email", 9),
    ];
    let categories = [
        ("economy", 48),
        ("mental_health", 41),
        ("family_relations", 36),
        ("own_behaviour", 14),
        ("parenting", 13),
        ("housing", 13),
        ("substance_use", 13),
        ("violence", 13),
        ("work_income", 13),
        ("school", 13),
        ("loneliness", 13),
        ("physical_health", 13),
        ("authorities", 13),
        ("other", 12),
    ];
    for i in 0..268 {
        // Dimensions are spread by different orders so they do not line up.
        let j = (i * 7) % 268;
        let k = (i * 11) % 268;
        let first = if i < 164 {
            NaiveDate::from_ymd_opt(2023, 1, 2).unwrap() + Days::new((i % 160) as u64)
        } else {
            NaiveDate::from_ymd_opt(2022, 8, 1).unwrap() + Days::new(((i - 164) % 140) as u64)
        };
        let closed = first + Days::new(5);
        let age = pick(k, &[("0-12", 40), ("13-18", 38), ("19-65", 190)]);
        let returning = if j < 21 { "ja" } else { "nej" };
        let contacts = if k < 192 { 1 + k % 2 } else { 3 + k % 3 };
        let minutes = match i {
            i if i < 155 => 30,
            i if i < 236 => 120,
            _ => 240,
        };
        let (destination, kind) = match k {
            k if k < 56 => ("labour_market", "no_aid_decision"),
            k if k < 59 => ("social_services", "aid_application"),
            k if k < 110 => ("labour_market", "aid_application"),
            _ => ("", ""),
        };
        let outcome = if (j + 30) % 268 < 68 { "advice_only" } else { "referred_pending" };
        csv.push_str(&format!(
            "Y1-{i},{first},{},{age},{},,{returning},ja,,{contacts},{minutes},,{destination},{kind},,,{closed},{outcome}\n",
            pick(i, &channels),
            pick(j, &categories),
        ));
    }
    csv
}

async fn import(app: &TestApp, csv: String) {
    app.import_cases("admin.a", "coord.a", csv).await;
}

pub(crate) async fn json(c: &Client, path: &str) -> Value {
    let r = c.http.get(format!("{}{path}", c.base)).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.unwrap()
}

/// The count of a row, by table id and row key, in the API's answer.
fn count(report: &Value, table: &str, key: &str) -> Option<i64> {
    let t = report["tables"].as_array().unwrap().iter().find(|t| t["id"] == table).unwrap_or_else(|| panic!("{table}"));
    let row = t["rows"].as_array().unwrap().iter().find(|r| r["key"] == key).unwrap_or_else(|| panic!("{table} {key}"));
    row["count"]["value"].as_i64()
}

/// The rows of a table as (code, count), in the order shown.
fn rows(report: &Value, table: &str) -> Vec<(String, Option<i64>)> {
    let t = report["tables"].as_array().unwrap().iter().find(|t| t["id"] == table).unwrap();
    t["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["total"] == false)
        .map(|r| (r["code"].as_str().unwrap_or("").to_owned(), r["count"]["value"].as_i64()))
        .collect()
}

/// The number in the case list's count line ("111 ärenden").
fn listed(p: &Page) -> i64 {
    let text = p.body.replace(['\u{2068}', '\u{2069}'], "");
    let start = text.find("<p class=\"count\" role=\"status\">").expect("count line") + 31;
    let rest = &text[start..];
    let digits: String = rest.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
    if rest.trim_start().starts_with("Ett ärende") { 1 } else { digits.parse().unwrap() }
}

async fn the_domain_first_year_is_reproduced_from_an_import(b: Backend) {
    let app = spawn_app(b).await;
    import(&app, first_year_csv()).await;
    let m = app.login("manager.a").await;
    let year = "period=custom&from=2022-08-01&to=2023-08-24";
    // With the default threshold of 5 the 3 text messages are hidden, and the 9 e-mails with them
    // (else 268 minus the rest would give the 3 away).
    let r = json(&m, &format!("/api/v1/report?{year}")).await;
    let sms = app.entry(K::Channel, "sms").await;
    let email = app.entry(K::Channel, "email").await;
    assert_eq!(count(&r, "channels", &format!("channel-{sms}")), None);
    assert_eq!(count(&r, "channels", &format!("channel-{email}")), None);
    assert_eq!(count(&r, "channels", "handled"), Some(268));
    // DOMAIN's report printed a 3: a unit that publishes counts from 3 sets its threshold so.
    let admin = app.login("admin.a").await;
    admin
        .post_form(
            "/admin/unit/privacy",
            &[("suppression_threshold", "3"), ("survey_text_days", "365"), ("inquiry_days", "30")],
        )
        .await
        .assert_status(303);
    let r = json(&m, &format!("/api/v1/report?{year}")).await;
    assert_eq!(count(&r, "cases", "handled"), Some(268));
    assert_eq!(count(&r, "cases", "closed"), Some(268));
    assert_eq!(count(&r, "cases", "returning"), Some(21));
    assert_eq!(count(&r, "cases", "advice_only"), Some(68));
    let channels = rows(&r, "channels");
    let expected = [
        ("phone", 111),
        ("city_official", 56),
        ("contact_form", 42),
        ("drop_in", 28),
        ("other", 19),
        ("email", 9),
        ("sms", 3),
    ];
    for (i, (code, n)) in expected.iter().enumerate() {
        assert_eq!(channels[i], ((*code).to_owned(), Some(*n)), "channels, largest first");
    }
    let cats = rows(&r, "categories");
    let top: Vec<(&str, i64)> = cats.iter().take(5).map(|(c, n)| (c.as_str(), n.unwrap())).collect();
    assert_eq!(
        top,
        vec![
            ("economy", 48),
            ("mental_health", 41),
            ("family_relations", 36),
            ("own_behaviour", 14),
            ("parenting", 13)
        ]
    );
    let age = |code: &str| rows(&r, "age_groups").into_iter().find(|(c, _)| c == code).unwrap().1;
    assert_eq!((age("0-12"), age("13-18")), (Some(40), Some(38)));
    // Effort: 192 closed after 1–2 contacts; 155 under an hour, 81 up to three, 32 longer.
    assert_eq!(count(&r, "contacts", "contacts-1-2"), Some(192));
    assert_eq!(count(&r, "time", "time-lt-1h"), Some(155));
    assert_eq!(count(&r, "time", "time-1-3h"), Some(81));
    assert_eq!(count(&r, "time", "time-gt-3h"), Some(32));
    // Referred within the municipality: 56 without an aid decision, 54 applications (3 at social services).
    let no_aid = format!("kind-{}", app.entry(K::ReferralKind, "no_aid_decision").await);
    let aid = format!("kind-{}", app.entry(K::ReferralKind, "aid_application").await);
    assert_eq!(count(&r, "referral_kinds", &no_aid), Some(56));
    assert_eq!(count(&r, "referral_kinds", &aid), Some(54));
    assert_eq!(count(&r, "referral_groups", "group-municipal"), Some(110));
    let social = app.entry(K::ReferralDestination, "social_services").await;
    assert_eq!(count(&r, "applications", &format!("application-{social}")), Some(3));
    let labour = app.entry(K::ReferralDestination, "labour_market").await;
    assert_eq!(count(&r, "applications", &format!("application-{labour}")), Some(51));

    // The page shows the same, and a figure leads to a case list of the same count.
    let page = m.get(&format!("/report?{year}")).await;
    page.assert_status(200);
    let phone = app.entry(K::Channel, "phone").await;
    // The report covers whole months: to 24 August is all of August.
    let href = format!("/cases?figure=channel-{phone}&report_from=2022-08-01&report_to=2023-08-31");
    assert!(page.text().contains(&href), "the phone figure links to its cases");
    for (figure, n) in [
        (format!("channel-{phone}"), 111),
        ("handled".to_owned(), 268),
        ("returning".to_owned(), 21),
        ("advice_only".to_owned(), 68),
        ("contacts-1-2".to_owned(), 192),
        (format!("category-{}", app.entry(K::Category, "economy").await), 48),
        (aid.clone(), 54),
    ] {
        let list = m.get(&format!("/cases?figure={figure}&report_from=2022-08-01&report_to=2023-08-24")).await;
        list.assert_status(200);
        assert_eq!(listed(&list), n, "the list behind {figure}");
    }
    // Analysts read the report but get no links to cases.
    let analyst = app.login("analyst.a").await;
    let ap = analyst.get(&format!("/report?{year}")).await;
    ap.assert_status(200);
    assert!(!ap.body.contains("/cases?figure="));
    assert_eq!(count(&json(&analyst, &format!("/api/v1/report?{year}")).await, "cases", "handled"), Some(268));

    // The half-year with its cost and the concern reports of DOMAIN.md.
    let concern: Vec<(String, String)> =
        [[38, 25, 23], [49, 34, 19], [50, 51, 23], [52, 27, 10], [55, 43, 24], [22, 13, 5]]
            .iter()
            .enumerate()
            .flat_map(|(i, month)| {
                Outcome::ALL.iter().zip(month).map(move |(o, n)| (format!("m{}_{}", i + 1, o.code()), n.to_string()))
            })
            .chain([("year".to_owned(), "2023".to_owned())])
            .collect();
    let fields: Vec<(&str, &str)> = concern.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    m.post_form("/concern-reports", &fields).await.assert_status(303);
    for (kind, value, from, to) in [
        ("unit_cost", "800 000", "2023-01-01", "2023-06-30"),
        ("investigation_cost", "20000", "2022-01-01", ""),
        ("school_avoided_share", "50", "2022-01-01", ""),
        ("concern_reach_share", "25", "2022-01-01", ""),
    ] {
        m.post_form("/report-inputs", &[("kind", kind), ("value", value), ("valid_from", from), ("valid_to", to)])
            .await
            .assert_status(303);
    }
    let h1 = json(&m, "/api/v1/report?period=custom&from=2023-01-01&to=2023-06-30").await;
    assert_eq!(count(&h1, "cases", "handled"), Some(164));
    let money = &h1["money"];
    assert_eq!(money["unit_cost"], 800_000);
    assert_eq!(money["cost_per_case"], 4_878, "800,000 ÷ 164, rounded once");
    assert_eq!(money["led_to_investigation"]["value"], 193);
    // (20,000 − 4,878) × 193 × 25 % = 15,122 × 48,25 = 729,636,5 → 729,637 kr.
    assert_eq!(money["concern_saving"]["total"], 729_637);
    assert_eq!(money["concern_saving"]["avoided_hundredths"], 4_825);
    // No case came through the school channel: the school saving is 0 kr.
    assert_eq!(money["school_saving"]["total"], 0);
    let concern_sheet = h1["sheets"].as_array().unwrap().iter().find(|s| s["id"] == "concern_reports").unwrap();
    let total_row = concern_sheet["rows"].as_array().unwrap().last().unwrap();
    let totals: Vec<i64> = total_row.as_array().unwrap()[1..].iter().map(|v| v.as_i64().unwrap()).collect();
    assert_eq!(totals, vec![266, 193, 104, 563]);
    let page = m.get("/report?period=custom&from=2023-01-01&to=2023-06-30").await;
    let text = page.text();
    assert!(text.contains("800\u{a0}000\u{a0}kr ÷ 164 ärenden = 4\u{a0}878\u{a0}kr"), "the formula is printed");
    assert!(text.contains("15\u{a0}122\u{a0}kr × 48,25 = 729\u{a0}637\u{a0}kr"));
}

async fn small_counts_are_hidden_and_the_previous_period_compared(b: Backend) {
    let app = spawn_app(b).await;
    // This period: 12 by phone, 3 by sms, 6 by e-mail; the period before: 7 by phone.
    let mut csv = format!("{HEADER}\n");
    let row =
        |id: String, first: &str, channel: &str| format!("{id},{first},{channel},19-65,economy,,nej,ja,,1,20,,,,,,,\n");
    for i in 0..12 {
        csv.push_str(&row(format!("P-{i}"), "2024-02-10", "phone"));
    }
    for i in 0..3 {
        csv.push_str(&row(format!("S-{i}"), "2024-02-11", "sms"));
    }
    for i in 0..6 {
        csv.push_str(&row(format!("E-{i}"), "2024-02-12", "email"));
    }
    for i in 0..7 {
        csv.push_str(&row(format!("J-{i}"), "2024-01-15", "phone"));
    }
    import(&app, csv).await;
    let m = app.login("manager.a").await;
    // February with January before it (the cases of January are still open in February, so they
    // count there too: handled means open at some time in the period).
    let r = json(&m, "/api/v1/report?period=custom&from=2024-02-01&to=2024-02-29").await;
    let prev = &r["previous"];
    assert_eq!((prev["from"].as_str(), prev["to"].as_str()), (Some("2024-01-01"), Some("2024-01-31")));
    assert_eq!(count(&r, "cases", "handled"), Some(28));
    let sms = app.entry(K::Channel, "sms").await;
    let email = app.entry(K::Channel, "email").await;
    let phone = app.entry(K::Channel, "phone").await;
    assert_eq!(count(&r, "channels", &format!("channel-{sms}")), None, "3 is below 5");
    assert_eq!(count(&r, "channels", &format!("channel-{email}")), None, "the complement: 6 hidden beside the 3");
    assert_eq!(count(&r, "channels", &format!("channel-{phone}")), Some(19));
    let t = r["tables"].as_array().unwrap().iter().find(|t| t["id"] == "channels").unwrap();
    let phone_row = t["rows"].as_array().unwrap().iter().find(|x| x["key"] == format!("channel-{phone}")).unwrap();
    assert_eq!(phone_row["previous"]["value"], 7);
    assert_eq!(phone_row["change"], 12);
    let sms_row = t["rows"].as_array().unwrap().iter().find(|x| x["key"] == format!("channel-{sms}")).unwrap();
    assert_eq!(sms_row["count"]["suppressed"], true);
    assert_eq!(sms_row["change"], Value::Null);
    // The page prints "<5" for both and never the hidden numbers in the channel table.
    let page = m.get("/report?period=custom&from=2024-02-01&to=2024-02-29").await;
    page.assert_status(200);
    let text = page.body.replace("&#60;", "&lt;");
    let table = &text[text.find("id=\"table-channels\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(table.matches("&lt;5").count(), 2 * 2, "two hidden counts, each in the chart and the table");
    // A threshold of 3 shows the sms count (3 is not below 3), so nothing needs hiding.
    let admin = app.login("admin.a").await;
    admin
        .post_form(
            "/admin/unit/privacy",
            &[("suppression_threshold", "3"), ("survey_text_days", "365"), ("inquiry_days", "30")],
        )
        .await
        .assert_status(303);
    let r = json(&m, "/api/v1/report?period=custom&from=2024-02-01&to=2024-02-29").await;
    assert_eq!(count(&r, "channels", &format!("channel-{sms}")), Some(3));
    assert_eq!(count(&r, "channels", &format!("channel-{email}")), Some(6));
    // Bad periods are named per field and answered with 422.
    let bad = m.get("/report?period=custom&from=2024-02-30&to=2024-01-01").await;
    bad.assert_status(422);
    assert!(bad.text().contains("href=\"#from\""));
    let api = m
        .http
        .get(format!("{}/api/v1/report?period=custom&from=2024-03-01&to=2024-02-01", m.base))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 422);
    let wrong = m.get("/cases?figure=channel-x&report_from=2024-02-01&report_to=2024-02-29").await;
    wrong.assert_status(422);
    // Admins do not read the report.
    admin.get("/report").await.assert_status(403);
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A March with everything in it: ten cases with contacts, meetings after known waits, referrals
/// in three states, follow-ups, a drop-in series with a cancellation and a visit log, two outreach
/// activities and twenty survey responses. Every figure of the report is asserted.
async fn every_part_of_a_known_month_is_counted_exactly(b: Backend) {
    use lotsen_domain::case::{FollowUpOutcome, ReferralStatus, Residency};
    let app = spawn_app(b).await;
    let coord = app.id("coord.a");
    let phone = app.entry(K::Channel, "phone").await;
    let adult = app.entry(K::AgeGroup, "19-65").await;
    let economy = app.entry(K::Category, "economy").await;
    let housing = app.entry(K::Category, "housing").await;
    let by_phone = app.entry(K::ContactMode, "phone").await;
    let meeting = app.entry(K::ContactMode, "meeting").await;
    let social = app.entry(K::ReferralDestination, "social_services").await;
    let bup = app.entry(K::ReferralDestination, "bup").await;
    let no_aid = app.entry(K::ReferralKind, "no_aid_decision").await;
    let health = app.entry(K::ReferralKind, "health_care").await;
    let established = app.entry(K::ClosingOutcome, "referred_established").await;
    let waits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 30];
    let (venue, series) = app.make_series("2024-03-04", "weekly", "MO").await;
    let series = app.store.unit_series(app.unit_a, series).await.unwrap();
    let first = d("2024-03-05");
    let tx = app.store.begin().await.unwrap();
    for (i, wait) in waits.iter().enumerate() {
        let case = tx
            .create_case(lotsen_store::NewCase {
                unit_id: app.unit_a,
                channel_id: phone,
                first_contact_on: first,
                age_group_id: adult,
                main_category_id: economy,
                secondary: if i < 6 { vec![housing] } else { vec![] },
                returning: i == 0,
                returning_reason: None,
                previous_case_id: None,
                residency: Residency::Yes,
                referring_org: None,
                coordinator_id: coord,
                external_id: None,
                documented: false,
            })
            .await
            .unwrap();
        let contact = |on: NaiveDate, mode: ListEntryId, venue_id: Option<i64>| lotsen_store::NewContact {
            on,
            mode_id: mode,
            minutes: 20,
            venue_id,
            note: String::new(),
            author_id: coord,
        };
        // The first case was met at the drop-in on its first day.
        let first_venue = (i == 0).then_some(venue);
        tx.add_contact(&case, contact(first, by_phone, first_venue)).await.unwrap();
        tx.add_contact(&case, contact(first + Days::new(*wait), meeting, None)).await.unwrap();
        let referral = |destination, kind, status, established_on| lotsen_store::NewReferral {
            destination_id: destination,
            kind_id: kind,
            on: d("2024-03-10"),
            consent: true,
            info_shared: false,
            status,
            established_on,
        };
        match i {
            0..5 => {
                let on = first + Days::new(10 + 2 * i as u64);
                tx.add_referral(&case, referral(social, no_aid, ReferralStatus::SupportEstablished, Some(on)))
                    .await
                    .unwrap();
            }
            5..7 => {
                tx.add_referral(&case, referral(social, no_aid, ReferralStatus::Suggested, None)).await.unwrap();
            }
            _ => {
                tx.add_referral(&case, referral(bup, health, ReferralStatus::ContactMade, None)).await.unwrap();
            }
        }
        if i < 6 {
            let f = tx.add_follow_up(&case, coord, d("2024-03-20")).await.unwrap();
            let outcome = if i < 5 { FollowUpOutcome::Yes } else { FollowUpOutcome::No };
            tx.complete_follow_up(&case, f.id, outcome, d("2024-03-20")).await.unwrap();
        }
        if i < 8 {
            tx.close_case(&case, d("2024-03-25"), established).await.unwrap();
        }
    }
    // Drop-in: Mondays in March 2024, the 18th cancelled, visitors logged for the 4th and 11th.
    tx.put_exception(
        &series,
        &lotsen_store::ExceptionRecord {
            series_id: series.id,
            occurs_on: d("2024-03-18"),
            status: "cancelled".into(),
            reason: "Sjukdom".into(),
            new_start: None,
            new_end: None,
            new_venue_id: None,
            updated_at: 0,
        },
        coord,
    )
    .await
    .unwrap();
    for (on, visitors) in [("2024-03-04", 5), ("2024-03-11", 0)] {
        tx.put_visit(
            &series,
            &lotsen_store::VisitRecord {
                series_id: series.id,
                occurs_on: d(on),
                venue_id: venue,
                visitors,
                staff: vec![coord],
                recorded_by: coord,
                updated_at: 0,
            },
        )
        .await
        .unwrap();
    }
    // Outreach: a parents' meeting and a network meeting.
    for (code, reached, minutes) in [("parents_meeting", 40, 90), ("network", 12, 60)] {
        tx.create_activity(
            app.unit_a,
            coord,
            &lotsen_store::ActivityInput {
                type_id: app.entry(K::ActivityType, code).await,
                activity: lotsen_domain::outreach::Activity {
                    on: d("2024-03-12"),
                    partners: "Skolan".into(),
                    reached,
                    minutes,
                    note: String::new(),
                    planned: false,
                },
                coordinators: vec![coord],
            },
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    // Twenty check-out answers in the week of 4 March: "got the right support" 15 green, 5 yellow.
    let survey = app
        .store
        .surveys(app.unit_a)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.seed.as_deref() == Some("resident"))
        .unwrap();
    answer_survey(&app, &survey, d("2024-03-04"), "report").await;

    let m = app.login("manager.a").await;
    let r = json(&m, "/api/v1/report?period=custom&from=2024-03-01&to=2024-03-31").await;
    let c = |table: &str, key: &str| count(&r, table, key);
    assert_eq!(c("cases", "handled"), Some(10));
    assert_eq!(c("cases", "closed"), Some(8));
    assert_eq!(c("cases", "returning"), None, "one returning resident: hidden");
    assert_eq!(c("outcomes", &format!("outcome-{established}")), Some(8));
    assert_eq!(c("secondary_categories", &format!("secondary-{housing}")), Some(6));
    assert_eq!(c("contacts", "contacts-1-2"), Some(8));
    assert_eq!(c("time", "time-lt-1h"), Some(8), "40 minutes each");
    // Waiting days 0,1,2,3,4,5,6,7,8,30: median (5th of 10) 4, 90th percentile (9th) 8.
    let w = &r["waiting_days_to_first_meeting"];
    assert_eq!((w["cases"].as_i64(), w["median"].as_i64(), w["p90"].as_i64()), (Some(10), Some(4), Some(8)));
    // Support established after 10, 12, 14, 16 and 18 days: median 14, 90th percentile 18.
    let s = &r["waiting_days_to_support"];
    assert_eq!((s["cases"].as_i64(), s["median"].as_i64(), s["p90"].as_i64()), (Some(5), Some(14), Some(18)));
    // Referrals: 7 to social services, 3 to child psychiatry (small, so social services is hidden
    // with it); 5 established and 5 waiting.
    assert_eq!(c("referral_groups", "referrals"), Some(10));
    assert_eq!(c("referral_groups", "group-region"), None);
    assert_eq!(c("referral_groups", "group-municipal"), None);
    assert_eq!(c("referral_destinations", &format!("destination-{bup}")), None);
    assert_eq!(c("referral_states", "state-established"), Some(5));
    assert_eq!(c("referral_states", "state-pending"), Some(5));
    assert_eq!(c("referral_states", "state-ended"), Some(0));
    assert_eq!(c("referral_kinds", &format!("kind-{no_aid}")), None);
    // Follow-ups: 5 yes and 1 no; the 1 hides the 5, the total 6 stays.
    assert_eq!(c("follow_ups", "follow_ups"), Some(6));
    assert_eq!(c("follow_ups", "follow_up-yes"), None);
    assert_eq!(c("follow_ups", "follow_up-no"), None);
    assert_eq!(c("follow_ups", "follow_up-partly"), Some(0));

    let sheet = |id: &str| r["sheets"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap().clone();
    let rows_of = |id: &str| sheet(id)["rows"].as_array().unwrap().clone();
    // Drop-in: three sessions held, one cancelled, five visitors, one case first met there (hidden).
    let dropin = rows_of("dropin");
    let total = dropin.iter().find(|r| r[0] == "Totalt").unwrap();
    assert_eq!((total[1].as_i64(), total[2].as_i64(), total[3].as_i64()), (Some(3), Some(1), Some(5)));
    assert_eq!(total[4], "2,5", "visitors per logged session");
    assert_eq!(total[5], Value::Null, "one case opened at the venue: hidden");
    // Outreach by type.
    let outreach = rows_of("outreach");
    let parents = outreach.iter().find(|r| r[0] == "Föräldramöte i skola eller förskola").unwrap();
    assert_eq!((parents[1].as_i64(), parents[2].as_i64(), parents[3].as_i64()), (Some(1), Some(40), Some(90)));
    let all = outreach.iter().find(|r| r[0] == "Totalt").unwrap();
    assert_eq!((all[1].as_i64(), all[2].as_i64(), all[3].as_i64()), (Some(2), Some(52), Some(150)));
    // The check-out survey: 15 of 20 green on "got the right support" = 75 %, goal 70 %: met.
    let survey_rows = rows_of("survey_1");
    let right = survey_rows.iter().find(|r| r[0].as_str().unwrap().starts_with("Fick du")).unwrap();
    assert_eq!(
        (right[1].as_i64(), right[2].as_i64(), right[3].as_i64(), right[4].as_i64()),
        (Some(15), Some(5), Some(0), Some(20))
    );
    assert_eq!((right[5].as_i64(), right[6].as_i64()), (Some(750), Some(700)));
    assert_eq!(right[7], "uppnått");
    // The list behind a waiting state and behind a follow-up answer has as many cases.
    for (figure, n) in
        [("state-established", 5), ("follow_ups", 6), (&format!("secondary-{housing}")[..], 6), ("closed", 8)]
    {
        let list = m.get(&format!("/cases?figure={figure}&report_from=2024-03-01&report_to=2024-03-31")).await;
        list.assert_status(200);
        assert_eq!(listed(&list), n, "the list behind {figure}");
    }
    // The exports are audited, one row each.
    for format in ["csv", "xlsx", "pdf"] {
        let res = m
            .http
            .get(format!("{}/report/export/{format}?period=custom&from=2024-03-01&to=2024-03-31", m.base))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{format}");
        let bytes = res.bytes().await.unwrap();
        // A PDF, or a zip (the CSV files, and an XLSX workbook is a zip too).
        let magic: &[u8] = if format == "pdf" { b"%PDF" } else { b"PK" };
        assert!(bytes.starts_with(magic), "{format}");
    }
    assert_eq!(app.audited("report.export").await, 3);
    m.get("/report/export/docx").await.assert_status(404);

    // The same answers this week: the manager's start page shows the goal met this quarter.
    answer_survey(&app, &survey, lotsen_domain::survey::week_of(crate::helpers::today()), "now").await;
    let home = m.get("/").await.text();
    let goals = &home[home.find("id=\"goals-h\"").expect("the goals on the start page")..];
    let row = &goals[goals.find("Fick du").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("70\u{a0}%"), "the goal");
    assert!(row.contains("75\u{a0}%"), "this quarter's share: {row}");
    assert!(row.contains("uppnått"));
    // Coordinators do not get the goals on their start page.
    assert!(!app.login("coord.a").await.get("/").await.body.contains("goals-h"));
}

/// Twenty answers to every question of `survey` in `week`: all green, but five yellow on q3 (75 %
/// green against a 70 % goal). `nonce` keeps each batch's forms apart.
async fn answer_survey(app: &TestApp, survey: &lotsen_store::SurveyRecord, week: NaiveDate, nonce: &str) {
    for i in 0..20 {
        let answers = survey
            .current
            .definition
            .questions
            .iter()
            .map(|q| (q.key.clone(), if q.key == "q3" && i >= 15 { Colour::Yellow } else { Colour::Green }))
            .collect();
        app.store
            .record_response(lotsen_store::NewResponse {
                survey_id: survey.id,
                version_id: survey.current.id,
                unit_id: app.unit_a,
                venue_id: None,
                locale: lotsen_domain::locale::Locale::Sv,
                week,
                day: week,
                answers,
                free_text: None,
                nonce: format!("{nonce}-{i}"),
                nonce_expires_at: chrono::Utc::now().timestamp() + 3600,
                invitation: None,
            })
            .await
            .unwrap();
    }
}
