//! A manager of several units: unit B's admin lets unit A's manager read B's effect report, and
//! the manager sees both side by side (page, export, API), each unit counted and hidden by its own
//! threshold, never with a way into B's cases; the right is audited and can be taken back.
use serde_json::Value;

use crate::both_backends;
use crate::helpers::*;
use crate::report::json;

both_backends!(
    a_manager_of_several_units_reads_them_side_by_side,
    only_managers_and_analysts_of_other_units_are_let_read
);

use crate::import::HEADER;

/// Imports `rows` (id prefix, day in February 2024, channel, how many) into the unit of `admin`.
async fn import(app: &TestApp, admin: &str, coordinator: &str, rows: &[(&str, u32, &str, usize)]) {
    let mut csv = format!("{HEADER}\n");
    for (prefix, day, channel, n) in rows {
        for i in 0..*n {
            csv.push_str(&format!("{prefix}-{i},2024-02-{day:02},{channel},19-65,economy,,nej,ja,,1,20,,,,,,,\n"));
        }
    }
    app.import_cases(admin, coordinator, csv).await;
}

/// The channel counts of one unit's report in the API's answer, by list code.
fn channels(report: &Value) -> Vec<(String, Option<i64>)> {
    let t = report["tables"].as_array().unwrap().iter().find(|t| t["id"] == "channels").unwrap();
    t["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["total"] == false && (r["count"]["value"].as_i64() != Some(0)))
        .map(|r| (r["code"].as_str().unwrap_or("").to_owned(), r["count"]["value"].as_i64()))
        .collect()
}

/// The text of one table of a report page, from its id to its end.
fn table(page: &Page, id: &str) -> String {
    let text = page.text();
    let start = text.find(&format!("id=\"table-{id}\"")).unwrap_or_else(|| panic!("no table {id}"));
    let rest = &text[start..];
    rest[..rest.find("</table>").unwrap()].to_owned()
}

/// The cells of the row labelled `label` in a table's HTML, as text.
fn row(table: &str, label: &str) -> Vec<String> {
    let at = table.find(&format!(">{label}</th>")).unwrap_or_else(|| panic!("no row {label} in {table}"));
    let rest = &table[at..];
    let rest = &rest[..rest.find("</tr>").unwrap()];
    rest.split("<td class=\"num\">").skip(1).map(|c| c.split("</td>").next().unwrap().trim().to_owned()).collect()
}

const FEBRUARY: &str = "period=custom&from=2024-02-01&to=2024-02-29";

async fn a_manager_of_several_units_reads_them_side_by_side(b: Backend) {
    let app = spawn_app(b).await;
    // Unit A: 12 by phone, 3 by sms (hidden below A's threshold of 5, with a complement).
    import(&app, "admin.a", "coord.a", &[("A", 5, "phone", 12), ("AS", 6, "sms", 3), ("AE", 7, "email", 6)]).await;
    // Unit B: 7 by phone, 4 by e-mail; B hides below 3, so its 4 shows.
    import(&app, "admin.b", "coord.b", &[("B", 8, "phone", 7), ("BE", 9, "email", 4)]).await;
    let admin_b = app.login("admin.b").await;
    admin_b
        .post_form(
            "/admin/unit/privacy",
            &[("suppression_threshold", "3"), ("survey_text_days", "365"), ("inquiry_days", "30")],
        )
        .await
        .assert_status(303);

    let m = app.login("manager.a").await;
    // Before any right is given: the page has no choice of units and side by side is the own report.
    let own = m.get(&format!("/report?{FEBRUARY}&units=all")).await;
    own.assert_status(200);
    assert!(!own.body.contains("report-units"), "no choice of units without a right to read another");
    assert!(!own.text().contains("Råd och stöd B"));
    let r = json(&m, &format!("/api/v1/report/units?{FEBRUARY}")).await;
    assert_eq!(r["units"].as_array().unwrap().len(), 1);

    // B's admin lets A's manager read B's report.
    let readers = admin_b.get("/admin/unit/readers").await;
    readers.assert_status(200);
    assert!(readers.text().contains("Ingen i en annan verksamhet får läsa rapporten."));
    admin_b.post_form("/admin/unit/readers", &[("username", " Manager.A ")]).await.assert_status(303);
    assert_eq!(app.audited("report.reader.add").await, 1);
    // Giving it twice changes nothing.
    admin_b.post_form("/admin/unit/readers", &[("username", "manager.a")]).await.assert_status(303);
    assert_eq!(app.audited("report.reader.add").await, 1);
    let readers = admin_b.get("/admin/unit/readers").await.text();
    assert!(readers.contains("Test manager.a") && readers.contains("Råd och stöd A"), "{readers}");

    // Both units through the API, each by its own lists and threshold.
    let r = json(&m, &format!("/api/v1/report/units?{FEBRUARY}")).await;
    let units = r["units"].as_array().unwrap();
    assert_eq!(units.len(), 2);
    assert_eq!(
        (units[0]["unit"].as_str(), units[1]["unit"].as_str()),
        (Some("Råd och stöd A"), Some("Råd och stöd B"))
    );
    assert_eq!(
        (units[0]["suppression_threshold"].as_i64(), units[1]["suppression_threshold"].as_i64()),
        (Some(5), Some(3))
    );
    let a = channels(&units[0]);
    assert!(a.contains(&("phone".into(), Some(12))), "{a:?}");
    assert!(
        a.contains(&("sms".into(), None)) && a.contains(&("email".into(), None)),
        "A hides 3 and its complement: {a:?}"
    );
    let b_channels = channels(&units[1]);
    assert_eq!(b_channels, vec![("phone".to_owned(), Some(7)), ("email".to_owned(), Some(4))]);
    // The own report through the API is unchanged.
    let own = json(&m, &format!("/api/v1/report?{FEBRUARY}")).await;
    assert_eq!(own["unit"], "Råd och stöd A");

    // The page side by side: one column per unit, hidden counts by each unit's threshold, no links.
    let side = m.get(&format!("/report?{FEBRUARY}&units=all")).await;
    side.assert_status(200);
    let text = side.text();
    assert!(text.contains("Alla 2 verksamheter sida vid sida"), "{}", &text[..text.len().min(3000)]);
    assert!(text.contains("Bara Råd och stöd A"));
    let t = table(&side, "channels");
    assert!(t.contains("<th scope=\"col\" class=\"num\">Råd och stöd A</th>"), "{t}");
    assert!(t.contains("<th scope=\"col\" class=\"num\">Råd och stöd B</th>"), "{t}");
    assert_eq!(row(&t, "Telefon"), vec!["12", "7"]);
    assert_eq!(row(&t, "Sms"), vec!["<5", "0"]);
    assert_eq!(row(&t, "E-post"), vec!["<5", "4"]);
    let handled = row(&table(&side, "cases"), "Ärenden under perioden");
    assert_eq!(handled, vec!["21", "11"]);
    assert!(!side.body.contains("figure="), "other units' figures never lead to cases");
    assert!(side.body.contains("name=\"units\" value=\"all\""), "changing the period keeps the units");
    // The own report keeps its links.
    let own = m.get(&format!("/report?{FEBRUARY}")).await;
    assert!(own.body.contains("figure="));
    assert!(own.text().contains("Alla 2 verksamheter sida vid sida"), "the choice is offered");

    // Exports side by side: the workbook's channel sheet has both units; the download is audited
    // with the units it held.
    let before = app.audited("report.export").await;
    let x = m.http.get(format!("{}/report/export/csv?{FEBRUARY}&units=all", m.base)).send().await.unwrap();
    assert_eq!(x.status(), 200);
    let bytes = x.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut csv = String::new();
    let name: String = zip.file_names().filter_map(Result::ok).find(|n| n.contains("channels")).unwrap().into_owned();
    std::io::Read::read_to_string(&mut zip.by_name(&name).unwrap(), &mut csv).unwrap();
    assert!(csv.contains("Råd och stöd A,Råd och stöd B"), "{csv}");
    assert!(csv.contains("Telefon,12,7"), "{csv}");
    assert_eq!(app.audited("report.export").await, before + 2, "written in each unit read");
    for unit in [app.unit_a, app.unit_b] {
        let f = lotsen_store::AuditFilter {
            unit_id: Some(unit),
            action: Some("report.export".into()),
            ..Default::default()
        };
        assert!(!app.store.search_audit(&f, 10).await.unwrap().rows.is_empty(), "unit {unit}'s log shows it");
    }
    let detail = app
        .store
        .unsafe_query_text("SELECT CAST(detail AS TEXT) AS detail FROM audit_log WHERE action = 'report.export'")
        .await
        .unwrap();
    let units = format!("[{},{}]", app.unit_a, app.unit_b);
    assert!(detail.iter().any(|d| d[0].1.as_deref().unwrap_or("").replace(' ', "").contains(&units)), "{detail:?}");

    // B's own manager, who was let read nothing, sees only B.
    let mb = app.login("manager.b").await;
    let r = json(&mb, &format!("/api/v1/report/units?{FEBRUARY}")).await;
    assert_eq!(r["units"].as_array().unwrap().len(), 1);
    assert_eq!(r["units"][0]["unit"], "Råd och stöd B");

    // A's admin cannot take back what B gave; B's admin can, and it is audited.
    let admin_a = app.login("admin.a").await;
    let manager = app.id("manager.a").to_string();
    admin_a.post_form(&format!("/admin/unit/readers/{manager}/remove"), &[]).await.assert_status(404);
    admin_b.post_form(&format!("/admin/unit/readers/{manager}/remove"), &[]).await.assert_status(303);
    assert_eq!(app.audited("report.reader.remove").await, 1);
    let r = json(&m, &format!("/api/v1/report/units?{FEBRUARY}")).await;
    assert_eq!(r["units"].as_array().unwrap().len(), 1);
    assert!(!m.get(&format!("/report?{FEBRUARY}&units=all")).await.text().contains("Råd och stöd B"));
}

async fn only_managers_and_analysts_of_other_units_are_let_read(b: Backend) {
    let app = spawn_app(b).await;
    let admin_b = app.login("admin.b").await;
    for (name, message) in [
        ("", "Fyll i fältet."),
        ("nobody.here", "Det finns ingen användare med det användarnamnet."),
        ("coord.a", "Bara chefer och analytiker kan få läsa en annan verksamhets rapport."),
        ("admin.a", "Bara chefer och analytiker kan få läsa en annan verksamhets rapport."),
        ("manager.b", "Användaren hör till den här verksamheten"),
    ] {
        let p = admin_b.post_form("/admin/unit/readers", &[("username", name)]).await;
        p.assert_status(422);
        let text = p.text();
        assert!(text.contains(message), "{name}: {text}");
        // What was typed stays in the field.
        assert!(p.body.contains(&format!("value=\"{name}\"")), "{name}");
    }
    assert_eq!(app.audited("report.reader.add").await, 0);
    // An analyst of another unit may be let read; a disabled account may not.
    admin_b.post_form("/admin/unit/readers", &[("username", "analyst.a")]).await.assert_status(303);
    let admin_a = app.login("admin.a").await;
    admin_a.post_form(&format!("/admin/users/{}/disable", app.id("manager.a")), &[]).await.assert_status(303);
    let p = admin_b.post_form("/admin/unit/readers", &[("username", "manager.a")]).await;
    p.assert_status(422);
    assert!(p.text().contains("Kontot är avstängt."));
    // The analyst reads both units, figures only.
    let an = app.login("analyst.a").await;
    let r = json(&an, "/api/v1/report/units?period=year").await;
    assert_eq!(r["units"].as_array().unwrap().len(), 2);
    let page = an.get("/report?period=year&units=all").await;
    page.assert_status(200);
    assert!(page.text().contains("Råd och stöd B"));
    // A coordinator's role never reaches another unit, even when named in the link.
    let c = app.login("coord.a").await;
    let r = json(&c, "/api/v1/report/units?period=year").await;
    assert_eq!(r["units"].as_array().unwrap().len(), 1);
    // Admins of another unit are not readers of A: unit A's page of readers is its own.
    let p = admin_a.get("/admin/unit/readers").await;
    p.assert_status(200);
    assert!(p.text().contains("Ingen i en annan verksamhet får läsa rapporten."));
}
