//! "Hitta stöd", the public search of the directory: no sign-in, inflections and missing å/ä/ö
//! find the same services, a problem area narrows them, each service says how to reach it, and
//! every page stays under 50 kB in Swedish, English and Arabic.
use crate::both_backends;
use crate::helpers::*;
use crate::hsds::{BISTAND, DEBT, SKULD, seed};

both_backends!(a_resident_finds_support_without_signing_in);

async fn a_resident_finds_support_without_signing_in(b: Backend) {
    let app = spawn_app(b).await;
    seed(&app).await;
    let c = app.client();
    let all = c.get("/support").await;
    all.assert_status(200);
    assert!(all.text().contains("4 stöd i katalogen"), "{}", all.text());
    // The same services for each way of writing it.
    let mut seen = Vec::new();
    for q in ["ekonomi", "ekonomisk", "ekonomiskt+bistand"] {
        let p = c.get(&format!("/support?q={q}")).await;
        p.assert_status(200);
        let text = p.text();
        assert!(text.contains(&format!("id=\"s-{BISTAND}\"")), "{q}");
        seen.push(text.matches("<article").count());
    }
    assert!(seen[0] >= 1 && seen[0] == seen[1], "ekonomi and ekonomisk find the same: {seen:?}");
    let narrow = c.get("/support?q=ekonomiskt+bistand").await.text();
    assert!(narrow.contains("Ett stöd hittades") && !narrow.contains(&format!("s-{SKULD}")), "{narrow}");
    // A problem area narrows to the services tagged with it.
    let debt = c.get(&format!("/support?category={DEBT}")).await.text();
    assert!(debt.contains(&format!("s-{SKULD}")) && !debt.contains(&format!("s-{BISTAND}")));
    assert!(debt.contains("Stortorget 1, 252 25 Lund"), "where: {debt}");
    // A temporarily closed service says so; nothing found says what to do.
    assert!(c.get("/support?q=vrakning").await.text().contains("Tillfälligt stängt."));
    assert!(c.get("/support?q=zzzz").await.text().contains("Inget stöd matchar din sökning."));
    // Small in every language, and Arabic right to left.
    for lang in ["sv", "en", "ar"] {
        let r = c.http.get(format!("{}/support", c.base)).header("accept-language", lang).send().await.unwrap();
        let body = r.text().await.unwrap();
        assert!(body.len() < 50_000, "{lang}: {} bytes", body.len());
        assert!(body.contains(&format!("lang=\"{lang}\"")), "{lang}");
    }
}
