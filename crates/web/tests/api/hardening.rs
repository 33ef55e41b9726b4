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
);

async fn a_token_opens_the_api_and_no_page(b: Backend) {
    let app = spawn_app(b).await;
    let token = app.make_token("admin.a").await;
    let leaked = Client::with_bearer(&app.addr, &token);
    // The pages that mint tokens and reset passwords treat the token as no one.
    for path in ["/admin/users", "/account/tokens", "/admin/tokens", "/account/password", "/audit", "/"] {
        let p = leaked.get(path).await;
        assert_eq!(p.status, 303, "{path} with a token: {}", p.status);
        assert!(p.location.as_deref().is_some_and(|l| l.starts_with("/login")), "{path}: {:?}", p.location);
    }
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
            &[("referral-service", internal.as_str()), ("referral-on", &lotsen_web::case::today().to_string())],
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
