use lotsen_domain::lists::ListKind as K;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_dry_run_names_every_problem_and_a_real_run_saves_all_once,
    ten_thousand_rows_import_in_one_transaction_and_one_bad_row_stops_all,
    an_xlsx_file_imports_like_a_csv,
);

pub(crate) const HEADER: &str = "id,first_contact,channel,age_group,category,secondary_categories,returning,residency,referring_organisation,contacts,minutes,contact_mode,referral_destination,referral_kind,referral_status,support_established,closed,closing_outcome";

async fn upload(c: &Client, app: &TestApp, name: &str, bytes: Vec<u8>, dry_run: bool) -> Page {
    let token = c.csrf().await;
    let mut form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()))
        .text("coordinator", app.id("coord.a").to_string());
    if dry_run {
        form = form.text("dry_run", "1");
    }
    page(c.http.post(format!("{}/admin/import?csrf={token}", c.base)).multipart(form).send().await.unwrap()).await
}

/// Exactly how many cases unit A has from imports (the case list only counts up to 1,000).
async fn count(app: &TestApp) -> u64 {
    app.store.external_ids(app.unit_a).await.unwrap().len() as u64
}

async fn a_dry_run_names_every_problem_and_a_real_run_saves_all_once(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    admin.get("/admin/import").await.assert_status(200);
    let example = admin.get("/admin/import/example.csv").await;
    example.assert_status(200);
    assert!(example.body.starts_with("id,first_contact,channel"));

    let bad = format!(
        "{HEADER},favourite_colour\n\
         A-1,2023-01-09,Telefon,19–65 år,Ekonomi,,nej,ja,,2,55,,,,,,,,\n\
         A-2,2023-13-01,Brevduva,19-65,Ekonomi,,kanske,ja,,0,-5,,Socialtjänsten,,,,2023-01-30,,\n\
         A-1,2023-01-10,phone,0-12,economy,,,,,,,,,,,,,,\n"
    );
    let p = upload(&admin, &app, "bad.csv", bad.into_bytes(), true).await;
    p.assert_status(422);
    let text = p.text();
    for (row, column) in [
        ("1", "favourite_colour"),
        ("3", "first_contact"),
        ("3", "channel"),
        ("3", "returning"),
        ("3", "contacts"),
        ("3", "minutes"),
        ("3", "referral_kind"),
        ("3", "closing_outcome"),
        ("4", "id"),
    ] {
        let cell = format!("{row}</td><td data-label=\"Kolumn\"><code>{column}</code>");
        assert!(text.contains(&cell), "no problem reported at row {row}, column {column}");
    }
    assert!(text.contains("Brevduva") && text.contains("Värdet finns inte i verksamhetens lista"));
    assert_eq!(count(&app).await, 0);

    // The example file imports as it is: Swedish labels, English labels and codes alike.
    let example = example.body.into_bytes();
    let p = upload(&admin, &app, "example.csv", example.clone(), true).await;
    p.assert_status(200);
    assert!(p.text().contains("5 ärenden kan läsas in"));
    assert_eq!(count(&app).await, 0, "a dry run saves nothing");
    let p = upload(&admin, &app, "example.csv", example.clone(), false).await;
    p.assert_status(200);
    assert!(p.text().contains("5 ärenden är inlästa"));
    assert_eq!(count(&app).await, 5);
    let p = upload(&admin, &app, "example.csv", example, false).await;
    assert!(p.text().contains("5 rader var redan inlästa"));
    assert_eq!(count(&app).await, 5, "importing again adds nothing");

    let id = app.store.case_by_external_id(app.unit_a, "2023-002").await.unwrap().unwrap();
    let d = app.store.case_detail(app.unit_a, id).await.unwrap();
    assert_eq!(d.contacts.len(), 3);
    assert_eq!(d.contacts.iter().map(|c| c.minutes).sum::<i32>(), 120);
    assert_eq!(d.case.referring_org.as_deref(), Some("Centrumskolan"));
    assert_eq!(d.case.status.as_str(), "closed");
    assert_eq!(d.referrals[0].status.as_str(), "support_established");
    assert_eq!(d.case.secondary, vec![app.entry(K::Category, "school").await]);
    let rows = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("case.import".into()), ..Default::default() }, 5)
        .await
        .unwrap();
    assert_eq!(rows.rows.len(), 1, "one audit row per real import that saved something");
}

fn big_file(rows: usize, bad_row: Option<usize>) -> Vec<u8> {
    let mut s = String::with_capacity(rows * 120);
    s.push_str(HEADER);
    s.push('\n');
    let channels = ["Telefon", "Drop-in", "Sms", "E-post", "Skola"];
    let cats = ["Ekonomi", "Psykisk ohälsa", "Familjerelationer", "Boende"];
    for i in 0..rows {
        let channel = if Some(i) == bad_row { "Röksignaler" } else { channels[i % channels.len()] };
        let closed = if i % 3 == 0 { ",2023-06-30,Endast råd – personen söker själv hjälp" } else { ",," };
        s.push_str(&format!(
            "H-{i},2023-{:02}-{:02},{channel},19–65 år,{},,nej,ja,,{},{},,,,,{closed}\n",
            1 + i % 6,
            1 + i % 28,
            cats[i % cats.len()],
            1 + i % 3,
            15 + i % 90,
        ));
    }
    s.into_bytes()
}

async fn ten_thousand_rows_import_in_one_transaction_and_one_bad_row_stops_all(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let p = upload(&admin, &app, "big-bad.csv", big_file(10_000, Some(7_000)), false).await;
    p.assert_status(422);
    assert!(
        p.text().contains("7002</td><td data-label=\"Kolumn\"><code>channel</code>"),
        "the bad row is named (row 7002 counting the header)"
    );
    assert_eq!(count(&app).await, 0, "one bad row: nothing saved");
    let p = upload(&admin, &app, "big.csv", big_file(10_000, None), false).await;
    p.assert_status(200);
    assert!(p.text().contains("10000 ärenden är inlästa"), "{}", &p.text()[..2000.min(p.text().len())]);
    assert_eq!(count(&app).await, 10_000);
    let p = upload(&admin, &app, "big.csv", big_file(10_000, None), false).await;
    assert!(p.text().contains("10000 rader var redan inlästa"));
    assert_eq!(count(&app).await, 10_000);
}

/// id, date, channel, age group, category, contacts, minutes.
type XlsxRow = (&'static str, (u16, u8, u8), &'static str, &'static str, &'static str, f64, f64);

async fn an_xlsx_file_imports_like_a_csv(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    let header = ["Ärende", "Första_kontakt", "Kontaktväg", "Åldersgrupp", "Problemområde", "Kontakter", "Minuter"];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let rows: [XlsxRow; 2] = [
        ("X-1", (2023, 3, 1), "Telefon", "0–12 år", "Föräldraskap", 1.0, 30.0),
        ("X-2", (2023, 3, 2), "Drop-in", "66+", "Ensamhet", 2.0, 45.0),
    ];
    for (i, (id, (y, m, d), ch, age, cat, n, min)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, *id).unwrap();
        let dt = rust_xlsxwriter::ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
        sheet.write_datetime_with_format(r, 1, &dt, &date_format).unwrap();
        sheet.write_string(r, 2, *ch).unwrap();
        sheet.write_string(r, 3, *age).unwrap();
        sheet.write_string(r, 4, *cat).unwrap();
        sheet.write_number(r, 5, *n).unwrap();
        sheet.write_number(r, 6, *min).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let p = upload(&admin, &app, "statistik.xlsx", bytes, false).await;
    p.assert_status(200);
    assert!(p.text().contains("2 ärenden är inlästa"), "{}", p.text());
    let id = app.store.case_by_external_id(app.unit_a, "X-2").await.unwrap().unwrap();
    let c = app.store.case(app.unit_a, id).await.unwrap();
    assert_eq!(c.first_contact_on.to_string(), "2023-03-02");
    assert_eq!(c.age_group_id, app.entry(K::AgeGroup, "66+").await);
}
