use crate::both_backends;
use crate::helpers::*;

both_backends!(
    an_admin_creates_a_user_and_every_bad_field_is_explained,
    records_of_another_unit_are_not_found,
    the_unit_theme_is_validated_and_served_as_css,
    a_logo_must_be_a_small_image,
    a_new_unit_gets_its_own_first_admin,
    an_admin_edits_the_lists_and_retires_an_entry,
);

async fn an_admin_creates_a_user_and_every_bad_field_is_explained(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let p = admin
        .post_form(
            "/admin/users/new",
            &[("username", "1 bad"), ("display_name", "Kim Karlsson"), ("role", "boss"), ("password", "short")],
        )
        .await;
    p.assert_status(422);
    for text in ["Användarnamnet ska vara 3–64 tecken", "Välj en roll i listan", "minst 12 tecken"] {
        assert!(p.body.contains(text), "missing {text}");
    }
    assert!(p.body.contains("value=\"Kim Karlsson\""), "valid input is kept");
    assert!(p.body.contains("value=\"1 bad\""), "invalid input is kept to correct");
    assert!(!p.body.contains("value=\"short\""), "a password is never sent back");
    assert_eq!(app.store.users(Some(app.unit_a)).await.unwrap().len(), 5, "nothing saved");

    let p = admin
        .post_form(
            "/admin/users/new",
            &[("username", "coord.b"), ("display_name", "X"), ("role", "analyst"), ("password", PASSWORD)],
        )
        .await;
    p.assert_status(422);
    assert!(p.body.contains("redan upptaget"));

    let p = admin
        .post_form(
            "/admin/users/new",
            &[("username", "kim.k"), ("display_name", "Kim Karlsson"), ("role", "analyst"), ("password", PASSWORD)],
        )
        .await;
    p.assert_status(303);
    let list = admin.get("/admin/users?done=created").await;
    list.assert_status(200);
    assert!(list.body.contains("Kim Karlsson") && list.body.contains("Användaren är skapad"));
    app.login("kim.k").await;

    let rows = app
        .store
        .search_audit(&lotsen_store::AuditFilter { action: Some("user.create".into()), ..Default::default() }, 5)
        .await
        .unwrap()
        .rows;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].actor_name, "admin.a");

    // Editing: an admin cannot drop their own admin role.
    let own = app.id("admin.a");
    let p = admin.post_form(&format!("/admin/users/{own}"), &[("display_name", "A"), ("role", "coordinator")]).await;
    p.assert_status(422);
    let t = app.id("target.a");
    admin
        .post_form(&format!("/admin/users/{t}"), &[("display_name", "Tove Target"), ("role", "manager")])
        .await
        .assert_status(303);
    let u = app.store.user(t).await.unwrap();
    assert_eq!((u.display_name.as_str(), u.role.as_str()), ("Tove Target", "manager"));
}

async fn records_of_another_unit_are_not_found(b: Backend) {
    let app = spawn_app(b).await;
    let other = app.login("admin.b").await;
    let t = app.id("target.a");
    other.get(&format!("/admin/users/{t}")).await.assert_status(404);
    other.post_form(&format!("/admin/users/{t}/disable"), &[]).await.assert_status(404);
    other
        .post_form(&format!("/admin/users/{t}/password"), &[("password", "a brand new password")])
        .await
        .assert_status(404);
    assert!(!app.store.user(t).await.unwrap().disabled);
    let list = other.get("/admin/users").await;
    assert!(!list.body.contains("target.a") && list.body.contains("coord.b"));
}

async fn the_unit_theme_is_validated_and_served_as_css(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let p = admin.post_form("/admin/unit", &[("name", ""), ("primary_color", "#ffff00"), ("font_scale", "300")]).await;
    p.assert_status(422);
    assert!(p.body.contains("för ljus") && p.body.contains("mellan 90 och 150") && p.body.contains("Fyll i fältet"));
    admin
        .post_form(
            "/admin/unit",
            &[("name", "Råd och stöd Söder"), ("primary_color", "#005A87"), ("font_scale", "112")],
        )
        .await
        .assert_status(303);
    let css = app.client().get(&format!("/units/{}/theme.css", app.unit_a)).await;
    css.assert_status(200);
    assert!(css.body.contains("--color--primary: #005a87;") && css.body.contains("--base-font-size: 112%;"));
    let home = admin.get("/").await;
    assert!(home.body.contains("Råd och stöd Söder"));
    assert!(home.body.contains(&format!("/units/{}/theme.css", app.unit_a)));
}

async fn a_logo_must_be_a_small_image(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let token = admin.csrf().await;
    let url = format!("{}/admin/unit/logo?csrf={token}", admin.base);
    let send = |bytes: Vec<u8>, name: &'static str| {
        let form = reqwest::multipart::Form::new().part("logo", reqwest::multipart::Part::bytes(bytes).file_name(name));
        admin.http.post(&url).multipart(form).send()
    };
    let r = page(send(b"<svg onload=alert(1)></svg>".to_vec(), "x.svg").await.unwrap()).await;
    r.assert_status(422);
    assert!(r.body.contains("PNG-, JPEG- eller WebP"));
    let big = [b"\x89PNG\r\n\x1a\n".to_vec(), vec![0; 300 * 1024]].concat();
    let r = page(send(big, "big.png").await.unwrap()).await;
    r.assert_status(422);
    let png = [b"\x89PNG\r\n\x1a\n".to_vec(), vec![1; 64]].concat();
    page(send(png.clone(), "logo.png").await.unwrap()).await.assert_status(303);
    let logo = app.client().http.get(format!("{}/units/{}/logo", app.addr, app.unit_a)).send().await.unwrap();
    assert_eq!(logo.headers()["content-type"], "image/png");
    assert_eq!(logo.bytes().await.unwrap().to_vec(), png);
    // Without the token the upload is refused.
    let form = reqwest::multipart::Form::new().part("logo", reqwest::multipart::Part::bytes(b"x".to_vec()));
    let r = admin.http.post(format!("{}/admin/unit/logo", admin.base)).multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 403);
}

async fn a_new_unit_gets_its_own_first_admin(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let p = admin
        .post_form(
            "/admin/units",
            &[
                ("name", "Råd och stöd Väster"),
                ("admin_username", "admin.a"),
                ("admin_display_name", "V"),
                ("admin_password", PASSWORD),
            ],
        )
        .await;
    p.assert_status(422);
    assert!(p.body.contains("redan upptaget"));
    assert_eq!(app.store.units().await.unwrap().len(), 2, "the unit was not half-saved");
    admin
        .post_form(
            "/admin/units",
            &[
                ("name", "Råd och stöd Väster"),
                ("admin_username", "vera.v"),
                ("admin_display_name", "Vera V"),
                ("admin_password", PASSWORD),
            ],
        )
        .await
        .assert_status(303);
    let vera = app.login("vera.v").await;
    let users = vera.get("/admin/users").await;
    assert!(users.body.contains("vera.v") && !users.body.contains("admin.a"));
}

async fn an_admin_edits_the_lists_and_retires_an_entry(b: Backend) {
    use lotsen_domain::lists::ListKind as K;
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let overview = admin.get("/admin/lists").await;
    overview.assert_status(200);
    assert!(overview.text().contains("14 i bruk"), "the seeded categories");
    admin.get("/admin/lists/nonsense").await.assert_status(404);

    let p = admin.post_form("/admin/lists/age_group", &[("label_sv", ""), ("age_min", "30"), ("age_max", "20")]).await;
    p.assert_status(422);
    assert!(p.body.contains("href=\"#label_sv\"") && p.body.contains("href=\"#age_min\""));
    admin
        .post_form(
            "/admin/lists/age_group",
            &[("label_sv", "0–3 år"), ("label_en", "0–3 years"), ("age_min", "0"), ("age_max", "3")],
        )
        .await
        .assert_status(303);
    let p = admin.post_form("/admin/lists/referral_destination", &[("label_sv", "Familjecentralen")]).await;
    p.assert_status(422);
    assert!(p.body.contains("href=\"#group\""), "a destination needs its group");
    admin
        .post_form(
            "/admin/lists/referral_destination",
            &[("label_sv", "Familjecentralen"), ("group", "region"), ("ksi_code", "A1.2")],
        )
        .await
        .assert_status(303);
    let lists = app.store.lists(app.unit_a).await.unwrap();
    let fc = lists.all(K::ReferralDestination).iter().find(|e| e.label_sv == "Familjecentralen").unwrap();
    assert_eq!((fc.group.map(|g| g.as_str()), fc.ksi_code.as_deref()), (Some("region"), Some("A1.2")));
    assert!(lists.all(K::AgeGroup).iter().any(|e| e.label_en.as_deref() == Some("0–3 years") && e.age_max == Some(3)));

    let housing = app.entry(K::Category, "housing").await;
    admin
        .post_form(&format!("/admin/lists/category/{housing}"), &[("label_sv", "Boende och bostad")])
        .await
        .assert_status(303);
    admin.post_form(&format!("/admin/lists/category/{housing}/retire"), &[]).await.assert_status(303);
    let coord = app.login("coord.a").await;
    assert!(!coord.get("/cases/new").await.body.contains("Boende och bostad"));
    admin.post_form(&format!("/admin/lists/category/{housing}/restore"), &[]).await.assert_status(303);
    assert!(coord.get("/cases/new").await.body.contains("Boende och bostad"));
    // The entry belongs to this list and this unit only.
    admin.get(&format!("/admin/lists/channel/{housing}")).await.assert_status(404);
    app.login("admin.b").await.get(&format!("/admin/lists/category/{housing}")).await.assert_status(404);
    let rows = app
        .store
        .search_audit(&lotsen_store::AuditFilter { record_type: Some("list_entry".into()), ..Default::default() }, 20)
        .await
        .unwrap();
    assert_eq!(rows.rows.len(), 5, "two additions, a rename, a retirement and a restoration");
}
