//! School concern reports over HTTP: the first half of 2023 from DOMAIN.md entered by hand and
//! read from a file, with the table's totals; bad counts named and kept; managers only.
use lotsen_domain::concern::Outcome;
use lotsen_domain::ids::UnitId;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    the_first_half_of_2023_is_entered_and_the_table_has_the_domain_totals,
    a_file_is_read_all_or_nothing_with_problems_by_row_and_column,
    bad_counts_are_named_kept_and_nothing_is_saved,
);

/// Jan–Jun 2023 (DOMAIN.md): did not lead / led to an investigation / linked to an ongoing one.
const H1_2023: [[u32; 3]; 6] = [[38, 25, 23], [49, 34, 19], [50, 51, 23], [52, 27, 10], [55, 43, 24], [22, 13, 5]];

fn fields(year: &str) -> Vec<(String, String)> {
    let mut f = vec![("year".to_owned(), year.to_owned())];
    for (i, month) in H1_2023.iter().enumerate() {
        for (o, n) in Outcome::ALL.iter().zip(month) {
            f.push((format!("m{}_{}", i + 1, o.code()), n.to_string()));
        }
    }
    f
}

async fn post(c: &Client, fields: &[(String, String)]) -> Page {
    let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let token = c.csrf().await;
    all.push(("csrf", &token));
    c.post_raw("/concern-reports", &all).await
}

async fn upload(c: &Client, csv: &str, dry_run: bool) -> Page {
    let token = c.csrf().await;
    let mut form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("oro.csv"));
    if dry_run {
        form = form.text("dry_run", "1");
    }
    page(c.http.post(format!("{}/concern-reports/import?csrf={token}", c.base)).multipart(form).send().await.unwrap())
        .await
}

async fn stored_total(app: &TestApp, unit: UnitId, year: i32) -> u32 {
    app.store.concern_reports(unit, year).await.unwrap().values().sum()
}

async fn the_first_half_of_2023_is_entered_and_the_table_has_the_domain_totals(b: Backend) {
    let app = spawn_app(b).await;
    app.login("coord.a").await.get("/concern-reports").await.assert_status(403);
    let m = app.login("manager.a").await;
    let p = post(&m, &fields("2023")).await;
    p.assert_status(303);
    assert_eq!(p.location.as_deref(), Some("/concern-reports?year=2023&done=saved"));
    let stored = app.store.concern_reports(app.unit_a, 2023).await.unwrap();
    assert_eq!(stored.len(), 18);
    assert_eq!(stored[&(3, Outcome::Investigation)], 51);

    let page = m.get("/concern-reports?year=2023").await;
    page.assert_status(200);
    let body = page.body.replace(['\n', ' '], "");
    // Row totals, the grand total, and the month totals of the domain table.
    for total in ["266", "193", "104", "563"] {
        assert!(body.contains(&format!("<strong>{total}</strong>")), "no row total {total}");
    }
    for month in ["86", "102", "124", "89", "122", "40"] {
        assert!(body.contains(&format!("<tdclass=\"num\">{month}</td>")), "no month total {month}");
    }
    assert!(page.text().contains("Ledde till att utredning inleddes"));
    // July to December were not entered: shown as such, not as 0.
    assert!(body.contains("<tdclass=\"num\">–</td>"));
    // A form that leaves cells out changes only what it sends: March's count is corrected,
    // everything else stays; a cell sent empty is cleared.
    post(
        &m,
        &[("year".into(), "2023".into()), ("m3_investigation".into(), "50".into()), ("m6_ongoing".into(), "".into())],
    )
    .await
    .assert_status(303);
    let after = app.store.concern_reports(app.unit_a, 2023).await.unwrap();
    assert_eq!((after.len(), after[&(3, Outcome::Investigation)], after[&(1, Outcome::NoInvestigation)]), (17, 50, 38));
    assert!(!after.contains_key(&(6, Outcome::Ongoing)));
    // Unit B's manager sees none of it.
    let other = app.login("manager.b").await.get("/concern-reports?year=2023").await;
    other.assert_status(200);
    assert!(other.body.replace(['\n', ' '], "").contains("<strong>0</strong>"));
    assert_eq!(stored_total(&app, app.unit_b, 2023).await, 0);
}

async fn a_file_is_read_all_or_nothing_with_problems_by_row_and_column(b: Backend) {
    let app = spawn_app(b).await;
    let m = app.login("manager.a").await;
    let bad = "Månad,Ledde inte till utredning,Ledde till utredning,Kopplad till pågående utredning\n\
               2023-01,38,25,23\n2023-13,49,tjugo,19\n";
    let p = upload(&m, bad, false).await;
    p.assert_status(422);
    let t = p.text();
    assert!(t.contains("Ange månaden som ÅÅÅÅ-MM") && t.contains("tjugo"), "{t}");
    assert_eq!(stored_total(&app, app.unit_a, 2023).await, 0, "nothing of a bad file is saved");

    let example = m.get("/concern-reports/example.csv").await;
    example.assert_status(200);
    assert!(example.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let dry = upload(&m, &example.body, true).await;
    dry.assert_status(200);
    assert!(dry.text().contains("Filen är rätt: 6 månader kan läsas in."));
    assert_eq!(stored_total(&app, app.unit_a, 2023).await, 0, "a dry run saves nothing");

    upload(&m, &example.body, false).await.assert_status(200);
    assert_eq!(stored_total(&app, app.unit_a, 2023).await, 563);
    // The same file again: the same figures, not twice.
    let again = upload(&m, &example.body, false).await;
    again.assert_status(200);
    assert!(again.text().contains("6 månader är inlästa."));
    assert_eq!(stored_total(&app, app.unit_a, 2023).await, 563);
    assert_eq!(app.store.concern_reports(app.unit_a, 2023).await.unwrap()[&(2, Outcome::NoInvestigation)], 49);
    // No file at all.
    let token = m.csrf().await;
    let none = reqwest::multipart::Form::new().text("dry_run", "1");
    let p = page(
        m.http.post(format!("{}/concern-reports/import?csrf={token}", m.base)).multipart(none).send().await.unwrap(),
    )
    .await;
    p.assert_status(422);
}

async fn bad_counts_are_named_kept_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let m = app.login("manager.a").await;
    let mut f = fields("2024");
    f.push(("m7_investigation".into(), "tre".into()));
    f.push(("m8_ongoing".into(), "-1".into()));
    let p = post(&m, &f).await;
    p.assert_status(422);
    assert!(p.body.contains("id=\"m7_investigation-error\"") && p.body.contains("id=\"m8_ongoing-error\""));
    assert!(p.body.contains("href=\"#m7_investigation\""), "the summary links to the cell");
    assert!(p.body.contains("value=\"tre\"") && p.body.contains("value=\"51\""), "every value is kept");
    assert!(p.text().contains("juli – Ledde till att utredning inleddes"));
    assert_eq!(stored_total(&app, app.unit_a, 2024).await, 0, "nothing saved");
    // A year that is not one is refused, not taken as this year.
    let mut f = fields("1850");
    f.truncate(4);
    let p = post(&m, &f).await;
    p.assert_status(422);
    assert!(p.text().contains("Formuläret gällde inget giltigt år."));
    let this_year = chrono::Datelike::year(&crate::helpers::today());
    assert_eq!(stored_total(&app, app.unit_a, this_year).await, 0);
}
