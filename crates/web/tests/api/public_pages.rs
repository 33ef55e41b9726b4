//! The public pages over HTTP: the start page without sign-in, a unit's page, its privacy notice
//! and accessibility statement generated from what its admin wrote, `?lang=` on any of them (Easy
//! Swedish too), bad input per field, and only the unit's own admin writing them.
use crate::both_backends;
use crate::helpers::*;

both_backends!(
    anyone_reads_the_start_page_and_a_units_page_in_any_language,
    the_admin_writes_the_public_information_the_notices_are_made_of,
    bad_public_information_is_named_per_field_and_nothing_is_saved,
);

/// The page's `<html lang dir>`.
fn lang_dir(p: &Page) -> (String, String) {
    let tag = &p.body[p.body.find("<html").unwrap()..];
    let attr = |name: &str| {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].to_owned()
    };
    (attr("lang"), attr("dir"))
}

async fn anyone_reads_the_start_page_and_a_units_page_in_any_language(b: Backend) {
    let app = spawn_app(b).await;
    let anon = app.client();
    let start = anon.get("/").await;
    start.assert_status(200);
    assert!(
        start.text().contains("Råd och stöd") && start.body.contains("href=\"/login\""),
        "the staff sign-in is one link away"
    );
    for unit in [app.unit_a, app.unit_b] {
        assert!(start.body.contains(&format!("href=\"/units/{unit}?lang=sv\"")), "unit {unit} listed");
    }
    assert!(start.body.contains("href=\"/privacy\"") && start.body.contains("href=\"/accessibility\""), "footer links");
    // Signed in, `/` is the staff start page.
    let coord = app.login("coord.a").await;
    assert!(coord.get("/").await.text().contains("Test coord.a"));

    let unit = format!("/units/{}", app.unit_a);
    let page = anon.get(&unit).await;
    page.assert_status(200);
    let t = page.text();
    for words in ["frivilligt", "gratis", "tystnadsplikt", "ingen utredning", "stödperson"] {
        assert!(t.contains(words), "the page says {words}");
    }
    assert!(page.body.len() < 50_000, "{} bytes", page.body.len());
    assert!(!page.body.contains("<script") && !page.body.contains("src=\"http"), "nothing from elsewhere");
    assert!(page.headers.get("set-cookie").is_none(), "no cookie for a reader");
    // `?lang=` opens any public page in that language, without a cookie.
    let ar = anon.get(&format!("{unit}?lang=ar")).await;
    assert_eq!(lang_dir(&ar), ("ar".into(), "rtl".into()));
    assert!(ar.text().contains("مجانية"));
    for p in ["/dropin?lang=ar", "/support?lang=ar", "/?lang=ar", "/privacy?lang=ar"] {
        assert_eq!(lang_dir(&anon.get(p).await).0, "ar", "{p}");
    }
    assert_eq!(lang_dir(&anon.get(&unit).await).0, "sv", "the next page without ?lang= is Swedish again");
    let easy = anon.get(&format!("{unit}?lang=lattlast")).await;
    assert_eq!(lang_dir(&easy), ("sv".into(), "ltr".into()));
    assert!(easy.text().contains("Det kostar inget.") && !easy.text().contains("Det är gratis."), "Easy Swedish");
    let notice = anon.get(&format!("{unit}/privacy?lang=lattlast")).await;
    assert!(notice.text().contains("Vad vi gör med dina uppgifter"));
    assert!(notice.text().contains("Integritetsskyddsmyndigheten"));
    // Unknown units are not found; a wrong language is Swedish.
    anon.get("/units/999999").await.assert_status(404);
    anon.get("/units/abc/privacy").await.assert_status(404);
    assert_eq!(lang_dir(&anon.get(&format!("{unit}?lang=xx")).await).0, "sv");
    // The index pages link to every unit's notice.
    let index = anon.get("/accessibility").await;
    assert!(index.body.contains(&format!("/units/{}/accessibility", app.unit_b)));
}

async fn the_admin_writes_the_public_information_the_notices_are_made_of(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let form = admin.get("/admin/unit/public").await;
    form.assert_status(200);
    let fields = [
        ("about_sv", "Vi finns på biblioteket varje tisdag.\n\nLäs mer på https://lund.se/radochstod."),
        ("about_ar", "نحن في المكتبة كل يوم ثلاثاء."),
        ("phone", "046-35 50 00"),
        ("email", "radochstod@lund.se"),
        ("address", "Stortorget 1, Lund"),
        ("controller", "Socialnämnden i Lunds kommun"),
        ("dpo", "dataskyddsombud@lund.se"),
        ("accessibility_contact", "tillganglighet@lund.se"),
        ("accessibility_issues", "Kartan på drop-in-sidan saknar textalternativ."),
        ("reviewed_on", "2026-11-30"),
    ];
    admin.post_form("/admin/unit/public", &fields).await.assert_status(303);
    assert_eq!(app.audited("unit.public").await, 1);

    let anon = app.client();
    let unit = format!("/units/{}", app.unit_a);
    let page = anon.get(&unit).await;
    assert!(page.text().contains("Vi finns på biblioteket varje tisdag."));
    assert!(
        page.body.contains("<a href=\"https://lund.se/radochstod\" dir=\"ltr\">https://lund.se/radochstod</a>."),
        "the address is a link"
    );
    assert!(page.body.contains("href=\"tel:046355000\""));
    // In English the Swedish text stands in, marked as Swedish; in Arabic the unit's own words.
    let en = anon.get(&format!("{unit}?lang=en")).await;
    assert!(en.body.contains("<div lang=\"sv\" dir=\"auto\">") && en.text().contains("biblioteket"));
    assert!(anon.get(&format!("{unit}?lang=ar")).await.text().contains("نحن في المكتبة"));

    let privacy = anon.get(&format!("{unit}/privacy")).await.text();
    for words in [
        "Personuppgiftsansvarig är Socialnämnden i Lunds kommun.",
        "dataskyddsombud@lund.se",
        "Integritetsskyddsmyndigheten",
        "artikel 6.1 e",
    ] {
        assert!(privacy.contains(words), "privacy notice: {words}");
    }
    assert!(privacy.contains("Tal under 5 visas aldrig"), "the unit's threshold");
    assert!(privacy.contains("efter 30 dagar"), "the unit's days for contact-form requests");
    let a11y = anon.get(&format!("{unit}/accessibility")).await.text();
    assert!(a11y.contains("delvis förenliga") && a11y.contains("saknar textalternativ"));
    assert!(a11y.contains("2026-11-30") && a11y.contains("tillganglighet@lund.se") && a11y.contains("digg.se"));
    // Unit B's statement knows of no shortcomings and says so; its controller is not given.
    let b_a11y = anon.get(&format!("/units/{}/accessibility", app.unit_b)).await.text();
    assert!(b_a11y.contains("helt förenliga"));
    assert!(anon.get(&format!("/units/{}/privacy", app.unit_b)).await.text().contains("den nämnd i kommunen"));

    // Only the unit's own admin writes it: unit B's admin writes unit B's, nobody else anything.
    let before = app.store.unit_public(app.unit_a).await.unwrap();
    app.login("admin.b").await.post_form("/admin/unit/public", &[("about_sv", "Enhet B")]).await.assert_status(303);
    assert_eq!(app.store.unit_public(app.unit_a).await.unwrap(), before);
    assert_eq!(app.store.unit_public(app.unit_b).await.unwrap().about_sv.as_deref(), Some("Enhet B"));
    for who in ["coord.a", "manager.a", "analyst.a"] {
        app.login(who).await.post_form("/admin/unit/public", &[("about_sv", "x")]).await.assert_status(403);
    }
    assert_eq!(app.store.unit_public(app.unit_a).await.unwrap(), before);
}

async fn bad_public_information_is_named_per_field_and_nothing_is_saved(b: Backend) {
    let app = spawn_app(b).await;
    let admin = app.login("admin.a").await;
    let long = "å".repeat(2_001);
    let bad = admin
        .post_form(
            "/admin/unit/public",
            &[
                ("about_sv", "<b>Välkommen</b>"),
                ("about_en", &long),
                ("phone", "ring oss"),
                ("email", "lund.se"),
                ("controller", "Socialnämnden"),
                ("reviewed_on", "2999-01-01"),
            ],
        )
        .await;
    bad.assert_status(422);
    for f in ["about_sv", "about_en", "phone", "email", "reviewed_on"] {
        assert!(bad.body.contains(&format!("id=\"{f}-error\"")), "{f} named");
    }
    assert!(!bad.body.contains("id=\"controller-error\""));
    assert!(bad.body.contains("value=\"Socialnämnden\""), "the rest is kept");
    assert!(
        bad.body.contains("&#60;b&#62;Välkommen&#60;/b&#62;") || bad.body.contains("&lt;b&gt;Välkommen"),
        "kept, escaped"
    );
    assert_eq!(app.store.unit_public(app.unit_a).await.unwrap(), Default::default(), "nothing saved");
    assert_eq!(app.audited("unit.public").await, 0);
}
