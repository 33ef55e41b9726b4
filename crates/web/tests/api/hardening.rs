//! What a leaked token, another unit, a crafted link or a spoofed header could do, on both
//! databases: each of these would have passed on the code before the hardening.
use lotsen_hsds::Row;
use lotsen_web::WebSettings;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    a_token_opens_the_api_and_no_page,
    a_new_password_revokes_tokens_and_an_admin_revokes_the_units_tokens,
    another_unit_cannot_change_a_directory_entry,
    another_unit_cannot_take_over_an_entry_by_import,
    a_crafted_next_never_leaves_the_site,
    the_client_address_is_read_from_the_right_behind_our_proxies,
    metrics_need_their_token,
    csv_cells_never_become_formulas,
    a_spreadsheet_that_claims_the_whole_grid_is_refused_and_the_service_goes_on,
    a_directory_zip_that_unpacks_too_far_is_refused,
    no_two_report_periods_differ_by_a_day,
);

async fn a_token_opens_the_api_and_no_page(b: Backend) {
    let app = spawn_app(b).await;
    let token = app.make_token("admin.a").await;
    let leaked = Client::with_bearer(&app.addr, &token);
    // The pages that mint tokens and reset passwords treat the token as no one.
    for path in ["/admin/users", "/account/tokens", "/admin/tokens", "/account/password", "/audit", "/cases"] {
        let p = leaked.get(path).await;
        assert_eq!(p.status, 303, "{path} with a token: {}", p.status);
        assert!(p.location.as_deref().is_some_and(|l| l.starts_with("/login")), "{path}: {:?}", p.location);
    }
    // `/` with a token is the public start page, as for anyone not signed in.
    assert!(!leaked.get("/").await.body.contains("Test admin.a"));
    let before = app.store.unit_tokens(app.unit_a).await.unwrap().len();
    let p = leaked.post_form("/account/tokens", &[("token_name", "one more")]).await;
    assert_ne!(p.status, 200, "a token cannot mint a token");
    let target = app.id("target.a").to_string();
    let reset = leaked
        .post_form(&format!("/admin/users/{target}/password"), &[("password", "ett helt nytt långt lösenord")])
        .await;
    assert_eq!(reset.status, 303, "refused to the sign-in page");
    assert_eq!(app.store.unit_tokens(app.unit_a).await.unwrap().len(), before);
    assert_eq!(app.audited("user.password_reset").await, 0);
    // The API itself answers the token as its owner (an admin may not read cases: 403, not 401).
    let api = leaked.get("/api/v1/lists").await;
    assert_eq!(api.status, 403, "{}", api.body);
    let coord = Client::with_bearer(&app.addr, &app.make_token("coord.a").await);
    coord.get("/api/v1/lists").await.assert_status(200);
}

async fn a_new_password_revokes_tokens_and_an_admin_revokes_the_units_tokens(b: Backend) {
    let app = spawn_app(b).await;
    let token = app.make_token("coord.a").await;
    let api = Client::with_bearer(&app.addr, &token);
    api.get("/api/v1/lists").await.assert_status(200);
    let coord = app.login("coord.a").await;
    let new = "ett annat långt lösenord för test";
    coord
        .post_form("/account/password", &[("current", PASSWORD), ("new", new), ("confirm", new)])
        .await
        .assert_status(200);
    assert_eq!(api.get("/api/v1/lists").await.status, 401, "the old password's token is revoked");

    // A reset by the admin does the same.
    let token = app.make_token("target.a").await;
    let api = Client::with_bearer(&app.addr, &token);
    app.store.unit_tokens(app.unit_a).await.unwrap();
    let admin = app.login("admin.a").await;
    let target = app.id("target.a").to_string();
    admin
        .post_form(&format!("/admin/users/{target}/password"), &[("password", "ett nytt lösenord för kollegan")])
        .await;
    assert_eq!(api.get("/api/v1/lists").await.status, 401, "reset revokes");

    // The admin sees the unit's tokens with their owners and revokes one; another unit's admin cannot.
    let token = app.make_token("manager.a").await;
    let api = Client::with_bearer(&app.addr, &token);
    api.get("/api/v1/lists").await.assert_status(200);
    let page = admin.get("/admin/tokens").await;
    page.assert_status(200);
    assert!(page.text().contains("Test manager.a (manager.a)"), "{}", page.text());
    let live = app
        .store
        .unit_tokens(app.unit_a)
        .await
        .unwrap()
        .into_iter()
        .find(|(t, u)| u.username == "manager.a" && t.revoked_at.is_none())
        .unwrap()
        .0
        .id;
    let other = app.login("admin.b").await;
    other.post_form(&format!("/admin/tokens/{live}/revoke"), &[]).await.assert_status(404);
    assert!(!other.get("/admin/tokens").await.text().contains("manager.a"));
    api.get("/api/v1/lists").await.assert_status(200);
    admin.post_form(&format!("/admin/tokens/{live}/revoke"), &[]).await.assert_status(303);
    assert_eq!(api.get("/api/v1/lists").await.status, 401);
    assert!(app.audited("token.revoke").await >= 1);
}

async fn service(app: &TestApp, id: &str) -> Row {
    app.store.directory_row(lotsen_hsds::spec::object("service").unwrap(), id).await.unwrap().unwrap()
}

/// A public service of unit A's, made through its form.
async fn public_service_of_a(app: &TestApp) -> String {
    let coord = app.login("coord.a").await;
    let fields = [
        ("s_name", "Budgetrådgivning"),
        ("s_new_organization", "Skuldrådgivning Syd"),
        ("s_status", "active"),
        ("s_visibility", "public"),
        ("s_description", "Hjälp med budget och skulder."),
    ];
    coord.post_form("/directory/services", &fields).await.assert_status(303);
    let rows = app.store.directory_rows().await.unwrap();
    rows.into_iter()
        .find(|r| r.obj.name == "service" && r.text("name") == Some("Budgetrådgivning"))
        .unwrap()
        .id()
        .to_owned()
}

async fn another_unit_cannot_change_a_directory_entry(b: Backend) {
    let app = spawn_app(b).await;
    let public = public_service_of_a(&app).await;
    let internal = app.store.destination_services(app.unit_a).await.unwrap().into_values().min().unwrap();
    let organization = service(&app, &public).await.text("organization_id").unwrap().to_owned();
    let b_coord = app.login("coord.b").await;
    let change = [
        ("s_name", "Budgetrådgivning"),
        ("s_organization", organization.as_str()),
        ("s_status", "active"),
        ("s_visibility", "public"),
        ("s_description", "Ändrat av en annan verksamhet."),
    ];
    // A public entry of unit A's: readable and referable, not changeable.
    let p = b_coord.post_form(&format!("/directory/services/{public}"), &change).await;
    assert_eq!(p.status, 403, "{}", p.body);
    assert_eq!(service(&app, &public).await.text("description"), Some("Hjälp med budget och skulder."));
    b_coord.get(&format!("/directory/services/{public}")).await.assert_status(403);
    for what in ["retire", "verified"] {
        b_coord.post_form(&format!("/directory/services/{public}/{what}"), &[]).await.assert_status(403);
    }
    assert_eq!(service(&app, &public).await.text("status"), Some("active"));
    let org = b_coord
        .post_form(
            &format!("/directory/organizations/{organization}"),
            &[("o_name", "Kapad"), ("o_visibility", "public")],
        )
        .await;
    assert_eq!(org.status, 403);
    // An internal entry of unit A's does not exist for unit B, and cannot be made public.
    let p = b_coord.post_form(&format!("/directory/services/{internal}"), &change).await;
    assert_eq!(p.status, 404);
    b_coord.get(&format!("/directory/services/{internal}")).await.assert_status(404);
    b_coord.post_form(&format!("/directory/services/{internal}/retire"), &[]).await.assert_status(404);
    let flags = app.store.directory_flags().await.unwrap();
    assert!(flags.internal.contains(&internal) && !flags.retired.contains(&internal));
    // Nor is it listed or exported to unit B (which has internal entries of the same names of its
    // own); unit A sees it.
    let list = b_coord.get("/directory?show=internal").await.body;
    assert!(!list.contains(&internal), "{list}");
    assert!(app.login("coord.a").await.get("/directory?show=internal").await.body.contains(&internal));
    let export = b_coord.get("/directory/export.json").await;
    export.assert_status(200);
    assert!(!export.body.contains(&internal) && export.body.contains(&public), "export holds what B may see");
    // A referral to it from a unit B case is refused as an unknown service.
    let case = app.make_case_in(app.unit_b, "coord.b").await;
    let r = b_coord
        .post_form(
            &format!("/cases/{case}/referrals"),
            &[("referral-service", internal.as_str()), ("referral-on", &crate::helpers::today().to_string())],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("href=\"#referral-service\""), "named as an unknown service");
    // Unit A's staff still change their own.
    let a_coord = app.login("coord.a").await;
    let mine = [
        ("s_name", "Budgetrådgivning"),
        ("s_organization", organization.as_str()),
        ("s_status", "active"),
        ("s_visibility", "public"),
        ("s_description", "Nytt öppettider."),
    ];
    a_coord.post_form(&format!("/directory/services/{public}"), &mine).await.assert_status(303);
    assert_eq!(service(&app, &public).await.text("description"), Some("Nytt öppettider."));
}

async fn another_unit_cannot_take_over_an_entry_by_import(b: Backend) {
    let app = spawn_app(b).await;
    let public = public_service_of_a(&app).await;
    let admin_b = app.login("admin.b").await;
    let export = app.login("coord.b").await.get("/directory/export.json").await;
    export.assert_status(200);
    // The export as it is imports unchanged: nothing of unit A's is changed by it.
    let upload = |bytes: Vec<u8>, dry: bool| {
        let c = &admin_b;
        async move {
            let token = c.csrf().await;
            let mut form = reqwest::multipart::Form::new()
                .part("file", reqwest::multipart::Part::bytes(bytes).file_name("hitta-stod.json"));
            if dry {
                form = form.text("dry_run", "1");
            }
            page(c.http.post(format!("{}/directory/import?csrf={token}", c.base)).multipart(form).send().await.unwrap())
                .await
        }
    };
    upload(export.body.clone().into_bytes(), false).await.assert_status(200);
    // A changed description of unit A's service is named and nothing is saved.
    let changed = export.body.replace("Hjälp med budget och skulder.", "Kapad av en annan verksamhet.");
    assert_ne!(changed, export.body);
    for dry in [true, false] {
        let p = upload(changed.clone().into_bytes(), dry).await;
        p.assert_status(422);
        assert!(p.text().contains(&public) && p.text().contains("another unit"), "{}", p.text());
    }
    assert_eq!(service(&app, &public).await.text("description"), Some("Hjälp med budget och skulder."));
    // Unit A's own service, made from its drop-in plan, cannot be claimed by storing its id first.
    let own = lotsen_store::own_entry_ids(app.unit_a)[0].clone();
    let claim = serde_json::json!([{"id": own, "name": "Råd och stöd A (kapad)", "status": "active"}]);
    let p = upload(serde_json::to_vec(&claim).unwrap(), false).await;
    p.assert_status(422);
    assert!(
        app.store.directory_row(lotsen_hsds::spec::object("service").unwrap(), &own).await.unwrap().is_none(),
        "nothing stored under unit A's own id"
    );
}

async fn a_crafted_next_never_leaves_the_site(b: Backend) {
    let app = spawn_app(b).await;
    let anon = app.client();
    for next in ["/%09/evil.example", "/%0a/evil.example", "/%5Cevil.example", "/.//evil.example", "//evil.example"] {
        let p = anon.get(&format!("/lang/sv?next={next}")).await;
        assert_eq!(p.location.as_deref(), Some("/"), "{next}");
        let p = anon.get(&format!("/login?next={next}")).await;
        assert!(p.body.contains("name=\"next\" value=\"/\""), "{next}");
    }
    let c = app.client();
    let p =
        c.post_form("/login", &[("username", "coord.a"), ("password", PASSWORD), ("next", "/\t/evil.example")]).await;
    assert_eq!(p.location.as_deref(), Some("/"));
    // A path of ours is kept.
    let p = anon.get("/lang/ar?next=/support%3Fq%3Dekonomi").await;
    assert_eq!(p.location.as_deref(), Some("/support?q=ekonomi"));
}

async fn the_client_address_is_read_from_the_right_behind_our_proxies(b: Backend) {
    let app = spawn_app(b).await;
    let behind_proxy = start_server_with(app.store.clone(), |s| s.trusted_proxies = 1).await;
    let c = Client::new(&behind_proxy);
    let token = c.csrf().await;
    c.http
        .post(format!("{behind_proxy}/login"))
        // The client wrote the first entry; our proxy appended the address it saw.
        .header("x-forwarded-for", "203.0.113.66, 198.51.100.7")
        .form(&[("csrf", token.as_str()), ("username", "coord.a"), ("password", "fel")])
        .send()
        .await
        .unwrap();
    let page = app.store.search_audit(&Default::default(), 100).await.unwrap();
    let failure = page.rows.iter().find(|r| r.action == "login.failure").expect("audited");
    assert_eq!(failure.ip, "198.51.100.7");
    // Without a trusted proxy the header is ignored.
    let c = app.client();
    let token = c.csrf().await;
    c.http
        .post(format!("{}/login", app.addr))
        .header("x-forwarded-for", "203.0.113.66")
        .form(&[("csrf", token.as_str()), ("username", "coord.b"), ("password", "fel")])
        .send()
        .await
        .unwrap();
    let page = app.store.search_audit(&Default::default(), 100).await.unwrap();
    assert!(page.rows.iter().filter(|r| r.action == "login.failure").all(|r| r.ip != "203.0.113.66"));
}

async fn metrics_need_their_token(b: Backend) {
    let app = spawn_app(b).await;
    app.client().get("/metrics").await.assert_status(404);
    let token = "metrics-token-0123456789abcdef";
    let node = start_server_with(app.store.clone(), |s: &mut WebSettings| s.metrics_token = Some(token.into())).await;
    Client::new(&node).get("/metrics").await.assert_status(404);
    Client::with_bearer(&node, "metrics-token-wrong").get("/metrics").await.assert_status(404);
    Client::new(&node).get("/admin/users/1").await;
    let m = Client::with_bearer(&node, token).get("/metrics").await;
    m.assert_status(200);
    assert!(m.body.contains("lotsen_http_requests_total") && m.body.contains("lotsen_db_pool_connections"));
    assert!(m.body.contains("route=\"/admin/users/{id}\""), "metrics are per route template");
}

async fn csv_cells_never_become_formulas(b: Backend) {
    let app = spawn_app(b).await;
    let coord = app.login("coord.a").await;
    let fields = [
        ("s_name", "=HYPERLINK(\"http://evil.example\",\"Klicka\")"),
        ("s_new_organization", "+46 Organisation"),
        ("s_status", "active"),
        ("s_visibility", "public"),
        ("s_description", "@SUM(1+1)"),
    ];
    coord.post_form("/directory/services", &fields).await.assert_status(303);
    let zip = coord.http.get(format!("{}/directory/export.zip", app.addr)).send().await.unwrap().bytes().await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.to_vec())).unwrap();
    let mut services = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("services.csv").unwrap(), &mut services).unwrap();
    assert!(services.contains("'=HYPERLINK") && services.contains("'@SUM"), "{services}");
    for line in services.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@']), "a formula cell: {cell}");
        }
    }
    // The file reads back as it was: the apostrophe is the export's, not the data's.
    let (_, back) = lotsen_hsds::file::read(&zip);
    let names: Vec<&str> =
        back.rows.iter().filter(|r| r.obj.name == "service").filter_map(|r| r.text("name")).collect();
    assert!(names.contains(&"=HYPERLINK(\"http://evil.example\",\"Klicka\")"), "{names:?}");
    assert!(back.rows.iter().any(|r| r.text("description") == Some("@SUM(1+1)")));
}

/// The whole grid: A1 and XFD1048576, as a spreadsheet program writes it.
fn whole_grid_xlsx() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.write_string(0, 0, "id").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save_to_buffer().unwrap()
}

async fn a_spreadsheet_that_claims_the_whole_grid_is_refused_and_the_service_goes_on(b: Backend) {
    let app = spawn_app(b).await;
    let bytes = whole_grid_xlsx();
    assert!(bytes.len() < 20_000, "a small file: {}", bytes.len());
    let admin = app.login("admin.a").await;
    let coordinator = app.id("coord.a").to_string();
    let import = [("coordinator", coordinator.as_str()), ("dry_run", "1")];
    let p = admin.post_file("/admin/import", "grid.xlsx", bytes.clone(), &import).await;
    p.assert_status(422);
    assert!(p.text().contains("högst 200 000 rader och 200 kolumner"), "{}", p.text());
    // The concern reports read the same way.
    let m = app.login("manager.a").await;
    let p = m.post_file("/concern-reports/import", "oro.xlsx", bytes, &[("dry_run", "1")]).await;
    p.assert_status(422);
    assert!(p.text().contains("högst 200 000 rader och 200 kolumner"), "{}", p.text());
    // An old Excel file is named as such.
    let old = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    let p = admin.post_file("/admin/import", "gammal.xls", old, &import[..1]).await;
    p.assert_status(422);
    assert!(p.text().contains("Lotsen läser CSV- och XLSX-filer"), "{}", p.text());
    // Still serving, for every unit.
    app.login("coord.b").await.get("/cases").await.assert_status(200);
    admin.get("/admin/import").await.assert_status(200);
}

async fn a_directory_zip_that_unpacks_too_far_is_refused(b: Backend) {
    use std::io::Write;
    let app = spawn_app(b).await;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("services.csv", o).unwrap();
    zip.write_all(b"id,name,status\n").unwrap();
    let block = vec![b'\n'; 1024 * 1024];
    for _ in 0..80 {
        zip.write_all(&block).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 1024 * 1024, "packed small: {}", bytes.len());
    let admin = app.login("admin.a").await;
    let p = admin.post_file("/directory/import", "katalog.zip", bytes, &[("dry_run", "1")]).await;
    p.assert_status(422);
    assert!(p.text().contains("unpacks to more than 64 MB"), "{}", p.text());
    admin.get("/directory/import").await.assert_status(200);
}

/// The probe of the hardening issue: a report to 14 March and one to 15 March must not tell the
/// case of 15 March apart, on any of the report's ways out.
async fn no_two_report_periods_differ_by_a_day(b: Backend) {
    let app = spawn_app(b).await;
    let mut csv = format!("{}\n", crate::import::HEADER);
    for i in 0..40 {
        let day = 1 + i % 28;
        csv.push_str(&format!("P-{i},2023-02-{day:02},phone,19-65,economy,,nej,ja,,1,20,,,,,,,\n"));
    }
    // The one case of 15 March: its own channel, age group, category and referral.
    csv.push_str("M-1,2023-03-15,sms,0-12,violence,,ja,ja,,1,20,,social_services,aid_application,,,,\n");
    app.import_cases("admin.a", "coord.a", csv).await;
    let analyst = app.login("analyst.a").await;
    let body = |path: String| {
        let c = &analyst;
        async move {
            let r = c.http.get(format!("{}{path}", c.base)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            r.text().await.unwrap()
        }
    };
    let to = |day: &str| format!("period=custom&from=2022-08-01&to=2023-03-{day}");
    for way in ["/api/v1/report", "/api/v1/report/units", "/report/export/csv"] {
        let (a, b) = (body(format!("{way}?{}", to("14"))).await, body(format!("{way}?{}", to("15"))).await);
        assert_eq!(a, b, "{way} tells the two periods apart");
        // The report covers March whole, so the case is in both.
        assert!(!a.is_empty());
    }
    let r: serde_json::Value = serde_json::from_str(&body(format!("/api/v1/report?{}", to("15"))).await).unwrap();
    assert_eq!((r["period"]["from"].as_str(), r["period"]["to"].as_str()), (Some("2022-08-01"), Some("2023-03-31")));
    // The page shows the same tables and says which months it covers.
    // The page's own content: the language links after it echo the address asked for.
    let tables = |html: String| {
        let main = &html[html.find("<main").unwrap()..];
        main[..main.find("</main>").unwrap()].replace(char::is_whitespace, "")
    };
    let (a, b) = (body(format!("/report?{}", to("14"))).await, body(format!("/report?{}", to("15"))).await);
    let (ta, tb) = (tables(a.clone()), tables(b));
    let at = ta.chars().zip(tb.chars()).take_while(|(x, y)| x == y).count();
    assert_eq!(
        ta,
        tb,
        "the page tells the two periods apart at …{}…",
        ta.chars().skip(at.saturating_sub(80)).take(200).collect::<String>()
    );
    assert!(a.contains("value=\"2023-03\""), "the form shows the months");
    // Drop-in statistics are whole months too, and this month is not over.
    let stats = |q: &str| {
        let q = q.to_owned();
        let c = &analyst;
        async move { page(c.http.get(format!("{}/sessions/stats?{q}", c.base)).send().await.unwrap()).await }
    };
    let (a, b) = (stats("from=2023-03-01&to=2023-03-14").await, stats("from=2023-03-01&to=2023-03-15").await);
    a.assert_status(200);
    assert_eq!(tables(a.text().to_owned()), tables(b.text().to_owned()));
    let this_month = crate::helpers::today().format("%Y-%m").to_string();
    let p = stats(&format!("from=2023-01&to={this_month}")).await;
    assert!(p.text().contains("välj senast förra månaden"), "{}", p.text());
    let api = analyst
        .http
        .get(format!("{}/api/v1/report?period=custom&from=2023-01&to={this_month}", analyst.base))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 422);
}
