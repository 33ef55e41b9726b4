//! The authorisation matrix: every route × anonymous, every role, users of another unit, a
//! personal API token and a resident signed in to follow their case.
//! Built from the server's own route table, so a new route without a row here fails the test.
use std::collections::BTreeMap;

use reqwest::Method;

use crate::both_backends;
use crate::helpers::*;

both_backends!(every_route_answers_every_caller_as_intended);

/// Callers, in the column order of the table below.
const CALLERS: [Option<&str>; 7] =
    [None, Some("coord.a"), Some("manager.a"), Some("analyst.a"), Some("admin.a"), Some("admin.b"), Some("coord.b")];

/// What coord.a's personal API token, sent without a session, gets: the JSON API as coord.a, and
/// on every other route exactly what an anonymous caller gets (a token is not a session).
fn with_token(path: &str, statuses: &[u16; 7]) -> u16 {
    if lotsen_web::auth::session::opens_with_token(path) { statuses[1] } else { statuses[0] }
}

/// What a resident signed in to follow coord.a's case gets: their case's page and its message form
/// (an empty message is refused), and on every other route exactly what an anonymous caller gets.
fn as_resident(method: &str, path: &str, statuses: &[u16; 7]) -> u16 {
    match (method, path) {
        ("GET", "/follow/case") => 200,
        ("POST", "/follow/case") => 422,
        _ => statuses[0],
    }
}

/// Expected status per caller: anonymous, coordinator, manager, analyst, admin, admin of unit B,
/// coordinator of unit B. Record routes point at a user or a case of unit A (the case is
/// coord.a's). POSTs send an empty form with a valid CSRF token, so an allowed caller reaches
/// validation (422) and a refused one never gets that far.
fn expected() -> BTreeMap<(&'static str, &'static str), [u16; 7]> {
    const SIGNED_IN: [u16; 7] = [303, 200, 200, 200, 200, 200, 200];
    const ADMIN_PAGE: [u16; 7] = [303, 403, 403, 403, 200, 200, 403];
    const ADMIN_FORM: [u16; 7] = [303, 403, 403, 403, 422, 422, 403];
    const ADMIN_RECORD_PAGE: [u16; 7] = [303, 403, 403, 403, 200, 404, 403];
    const ADMIN_RECORD_FORM: [u16; 7] = [303, 403, 403, 403, 422, 404, 403];
    const ADMIN_RECORD_ACTION: [u16; 7] = [303, 403, 403, 403, 303, 404, 403];
    const CASES_PAGE: [u16; 7] = [303, 200, 200, 403, 403, 403, 200];
    const CASES_FORM: [u16; 7] = [303, 422, 422, 403, 403, 403, 422];
    const CASE_PAGE: [u16; 7] = [303, 200, 200, 403, 403, 403, 404];
    const CASE_FORM: [u16; 7] = [303, 422, 422, 403, 403, 403, 404];
    const CASE_ACTION: [u16; 7] = [303, 303, 303, 403, 403, 403, 404];
    const OPEN: [u16; 7] = [200; 7];
    const FAMILY_PAGE: [u16; 7] = [303, 200, 200, 403, 403, 403, 404];
    const FAMILY_FORM: [u16; 7] = [303, 422, 422, 403, 403, 403, 404];
    const MANAGER_PAGE: [u16; 7] = [303, 403, 200, 403, 403, 403, 403];
    // Drop-in: admins and managers plan (venues, series); everyone but analysts runs sessions.
    const PLAN_PAGE: [u16; 7] = [303, 403, 200, 403, 200, 200, 403];
    const PLAN_FORM: [u16; 7] = [303, 403, 422, 403, 422, 422, 403];
    const PLAN_RECORD_PAGE: [u16; 7] = [303, 403, 200, 403, 200, 404, 403];
    const PLAN_RECORD_FORM: [u16; 7] = [303, 403, 422, 403, 422, 404, 403];
    const STAFF_RECORD_PAGE: [u16; 7] = [303, 200, 200, 200, 200, 404, 404];
    const RUN_FORM: [u16; 7] = [303, 422, 422, 403, 422, 404, 404];
    const RUN_ACTION: [u16; 7] = [303, 303, 303, 403, 303, 404, 404];
    const DIRECTORY_PAGE: [u16; 7] = [303, 200, 200, 403, 200, 200, 200];
    const DIRECTORY_FORM: [u16; 7] = [303, 422, 422, 403, 422, 422, 422];
    // A directory entry is changed by the unit that keeps it; unit A's internal entry does not
    // exist for unit B (a public one would be 403: read and referred to, not changed).
    const DIRECTORY_RECORD_PAGE: [u16; 7] = [303, 200, 200, 403, 200, 404, 404];
    const DIRECTORY_RECORD_FORM: [u16; 7] = [303, 422, 422, 403, 422, 404, 404];
    BTreeMap::from([
        (("GET", "/"), OPEN),
        (("GET", "/units/{id}"), OPEN),
        (("GET", "/units/{id}/privacy"), OPEN),
        (("GET", "/units/{id}/accessibility"), OPEN),
        (("GET", "/privacy"), OPEN),
        (("GET", "/accessibility"), OPEN),
        (("GET", "/admin/unit/public"), ADMIN_PAGE),
        (("POST", "/admin/unit/public"), [303, 403, 403, 403, 303, 303, 403]),
        (("GET", "/login"), [200, 303, 303, 303, 303, 303, 303]),
        (("GET", "/guide"), SIGNED_IN),
        (("POST", "/login"), [422; 7]),
        (("POST", "/logout"), [303; 7]),
        (("GET", "/setup"), [404; 7]),
        (("POST", "/setup"), [404; 7]),
        (("GET", "/lang/{code}"), [303; 7]),
        (("GET", "/account/password"), SIGNED_IN),
        (("POST", "/account/password"), [303, 422, 422, 422, 422, 422, 422]),
        (("GET", "/admin/users"), ADMIN_PAGE),
        (("GET", "/admin/users/new"), ADMIN_PAGE),
        (("POST", "/admin/users/new"), ADMIN_FORM),
        (("GET", "/admin/users/{id}"), ADMIN_RECORD_PAGE),
        (("POST", "/admin/users/{id}"), ADMIN_RECORD_FORM),
        (("POST", "/admin/users/{id}/disable"), ADMIN_RECORD_ACTION),
        (("POST", "/admin/users/{id}/enable"), ADMIN_RECORD_ACTION),
        (("POST", "/admin/users/{id}/password"), ADMIN_RECORD_FORM),
        (("POST", "/admin/users/{id}/two-factor/reset"), ADMIN_RECORD_ACTION),
        // Without a half-done sign-in the second step sends everyone back to the first.
        (("GET", "/login/code"), [303; 7]),
        (("POST", "/login/code"), [303; 7]),
        (("GET", "/login/enrol"), [303; 7]),
        (("POST", "/login/enrol"), [303; 7]),
        (("GET", "/account/two-factor"), SIGNED_IN),
        (("POST", "/account/two-factor/setup"), SIGNED_IN),
        // Nothing set up waits to be confirmed: back to the account page.
        (("POST", "/account/two-factor/confirm"), [303; 7]),
        (("POST", "/account/two-factor/recovery-codes"), [303, 422, 422, 422, 422, 422, 422]),
        (("POST", "/account/two-factor/off"), [303, 422, 422, 422, 422, 422, 422]),
        (("GET", "/admin/unit"), ADMIN_PAGE),
        (("POST", "/admin/unit"), ADMIN_FORM),
        (("POST", "/admin/unit/logo"), ADMIN_FORM),
        // The mode is required: an empty form is refused.
        (("POST", "/admin/unit/records"), ADMIN_FORM),
        (("POST", "/admin/unit/privacy"), ADMIN_FORM),
        (("POST", "/admin/unit/referrals"), [303, 403, 403, 403, 303, 303, 403]),
        (("GET", "/admin/unit/retention"), ADMIN_PAGE),
        (("POST", "/admin/unit/retention"), ADMIN_FORM),
        (("GET", "/admin/unit/readers"), ADMIN_PAGE),
        (("POST", "/admin/unit/readers"), ADMIN_FORM),
        // No one has been let read yet: nothing to take back.
        (("POST", "/admin/unit/readers/{id}/remove"), [303, 403, 403, 403, 404, 404, 403]),
        (("GET", "/admin/tokens"), ADMIN_PAGE),
        // coord.a's token: unit B's admin cannot reach it.
        (("POST", "/admin/tokens/{id}/revoke"), [303, 403, 403, 403, 303, 404, 403]),
        (("GET", "/admin/units"), ADMIN_PAGE),
        (("POST", "/admin/units"), ADMIN_FORM),
        (("GET", "/admin/import"), ADMIN_PAGE),
        (("POST", "/admin/import"), ADMIN_FORM),
        (("GET", "/admin/import/example.csv"), ADMIN_PAGE),
        (("GET", "/directory/import"), ADMIN_PAGE),
        (("POST", "/directory/import"), ADMIN_FORM),
        // `{file}` is a user's number here, which is no export: 404 for those who may export.
        (("GET", "/directory/{file}"), [303, 404, 404, 403, 403, 403, 404]),
        // The directory is the city's, kept by everyone but analysts, whatever their unit.
        (("GET", "/directory"), DIRECTORY_PAGE),
        (("GET", "/directory/services/new"), DIRECTORY_PAGE),
        (("POST", "/directory/services"), DIRECTORY_FORM),
        (("GET", "/directory/services/{id}"), DIRECTORY_RECORD_PAGE),
        (("POST", "/directory/services/{id}"), DIRECTORY_RECORD_FORM),
        (("POST", "/directory/services/{id}/{what}"), [303, 303, 303, 403, 303, 404, 404]),
        (("GET", "/directory/organizations/{id}"), DIRECTORY_RECORD_PAGE),
        (("POST", "/directory/organizations/{id}"), DIRECTORY_RECORD_FORM),
        (("GET", "/admin/lists"), ADMIN_PAGE),
        (("GET", "/admin/lists/{kind}"), ADMIN_PAGE),
        (("POST", "/admin/lists/{kind}"), ADMIN_FORM),
        (("GET", "/admin/lists/{kind}/{id}"), ADMIN_RECORD_PAGE),
        (("POST", "/admin/lists/{kind}/{id}"), ADMIN_RECORD_FORM),
        (("POST", "/admin/lists/{kind}/{id}/retire"), ADMIN_RECORD_ACTION),
        (("POST", "/admin/lists/{kind}/{id}/restore"), ADMIN_RECORD_ACTION),
        (("GET", "/audit"), [303, 403, 200, 403, 403, 403, 403]),
        (("GET", "/account/tokens"), SIGNED_IN),
        (("POST", "/account/tokens"), [303, 422, 422, 422, 422, 422, 422]),
        (("POST", "/account/tokens/{id}/revoke"), [303, 303, 404, 404, 404, 404, 404]),
        (("GET", "/api/v1/cases"), [401, 200, 200, 403, 403, 403, 200]),
        (("POST", "/api/v1/cases"), [401, 422, 422, 403, 403, 403, 422]),
        (("GET", "/api/v1/cases/{id}"), [401, 200, 200, 403, 403, 403, 404]),
        (("PATCH", "/api/v1/cases/{id}"), [401, 200, 200, 403, 403, 403, 404]),
        (("POST", "/api/v1/cases/{id}/close"), [401, 422, 422, 403, 403, 403, 404]),
        (("GET", "/api/v1/lists"), [401, 200, 200, 403, 403, 403, 200]),
        (("GET", "/api/openapi.json"), OPEN),
        (("GET", "/cases"), CASES_PAGE),
        (("GET", "/cases/new"), CASES_PAGE),
        (("POST", "/cases/new"), CASES_FORM),
        (("GET", "/cases/{id}"), CASE_PAGE),
        (("GET", "/cases/{id}/edit"), CASE_PAGE),
        (("POST", "/cases/{id}/edit"), CASE_FORM),
        (("POST", "/cases/{id}/contacts"), CASE_FORM),
        (("POST", "/cases/{id}/referrals"), CASE_FORM),
        (("GET", "/cases/{id}/referrals/{sub}/send"), CASE_PAGE),
        (("POST", "/cases/{id}/referrals/{sub}/send"), CASE_FORM),
        (("GET", "/cases/{id}/referrals/{sub}/letter"), CASE_PAGE),
        (("POST", "/cases/{id}/referrals/{sub}/consent"), CASE_FORM),
        (("POST", "/cases/{id}/intake-note"), CASE_FORM),
        (("POST", "/cases/{id}/referrals/{sub}"), CASE_FORM),
        (("POST", "/cases/{id}/follow-ups"), CASE_FORM),
        (("POST", "/cases/{id}/follow-ups/{sub}"), CASE_FORM),
        (("GET", "/cases/{id}/follow-ups/{sub}"), CASE_PAGE),
        (("POST", "/cases/{id}/follow-ups/{sub}/move"), CASE_FORM),
        (("POST", "/cases/{id}/follow-ups/{sub}/cancel"), CASE_FORM),
        (("GET", "/cases/{id}/contacts/{sub}"), CASE_PAGE),
        (("POST", "/cases/{id}/contacts/{sub}"), CASE_FORM),
        (("POST", "/cases/{id}/contacts/{sub}/remove"), CASE_FORM),
        (("GET", "/cases/export/{format}"), CASES_PAGE),
        (("POST", "/cases/{id}/follow"), CASE_PAGE),
        (("POST", "/cases/{id}/follow/{sub}/revoke"), [303, 404, 404, 403, 403, 403, 404]),
        (("POST", "/cases/{id}/messages"), CASE_PAGE),
        (("GET", "/follow"), OPEN),
        (("POST", "/follow"), [422; 7]),
        (("GET", "/follow/case"), [303; 7]),
        (("POST", "/follow/case"), [303; 7]),
        (("POST", "/follow/sign-out"), [303; 7]),
        (("POST", "/cases/{id}/close"), CASE_FORM),
        (("POST", "/cases/{id}/reopen"), CASE_ACTION),
        (("GET", "/cases/{id}/identity"), CASE_PAGE),
        (("POST", "/cases/{id}/identity"), CASE_FORM),
        // The case has no details: the (empty) form is shown, and the view is logged.
        (("POST", "/cases/{id}/identity/view"), CASE_PAGE),
        (("POST", "/cases/{id}/identity/forget"), CASE_ACTION),
        (("GET", "/cases/{id}/person"), CASE_PAGE),
        // The unit keeps an anonymous log: no person is recorded.
        (("POST", "/cases/{id}/person"), CASE_FORM),
        (("POST", "/cases/{id}/person/view"), CASE_PAGE),
        // The case is not documented: a page that says so, and no note.
        (("GET", "/cases/{id}/journal"), CASE_PAGE),
        (("POST", "/cases/{id}/journal"), CASE_FORM),
        (("GET", "/cases/{id}/journal/print"), CASE_PAGE),
        (("POST", "/cases/{id}/journal/{note}"), CASE_FORM),
        (("POST", "/cases/{id}/journal/{note}/sign"), [303, 404, 404, 403, 403, 403, 404]),
        // The matrix's case has no resident: nothing to change.
        (("POST", "/cases/{id}/person/edit"), [303, 404, 404, 403, 403, 403, 404]),
        // Family coordination runs in unit A only: unit B's staff find no such pages. The family
        // is held by coord.a's pair; pairs and starting a family are the managers'.
        (("GET", "/families"), FAMILY_PAGE),
        (("POST", "/families/pairs"), [303, 403, 422, 403, 403, 403, 404]),
        (("POST", "/families/pairs/{id}"), [303, 403, 303, 403, 403, 403, 404]),
        (("GET", "/families/new"), FAMILY_PAGE),
        (("POST", "/families/new"), FAMILY_FORM),
        (("GET", "/families/{id}"), FAMILY_PAGE),
        (("POST", "/families/{id}/consents"), FAMILY_FORM),
        (("POST", "/families/{id}/consents/{consent}/withdraw"), FAMILY_FORM),
        (("POST", "/families/{id}/contacts"), FAMILY_FORM),
        (("POST", "/families/{id}/start"), [303, 403, 422, 403, 403, 403, 404]),
        (("POST", "/families/{id}/close"), FAMILY_FORM),
        (("GET", "/families/{id}/plan"), FAMILY_PAGE),
        (("GET", "/families/{id}/plan.pdf"), FAMILY_PAGE),
        (("POST", "/families/{id}/mappings"), FAMILY_FORM),
        (("POST", "/families/{id}/goals"), FAMILY_FORM),
        (("POST", "/families/{id}/actions"), FAMILY_FORM),
        (("POST", "/families/{id}/actions/{action}"), FAMILY_FORM),
        // Housing First runs in unit A only; the enrolment is coord.a's.
        (("GET", "/housing"), FAMILY_PAGE),
        (("POST", "/housing"), FAMILY_FORM),
        (("GET", "/housing/{id}"), FAMILY_PAGE),
        (("POST", "/housing/{id}/home"), FAMILY_FORM),
        (("POST", "/housing/{id}/status"), FAMILY_FORM),
        (("POST", "/housing/{id}/landlord"), FAMILY_FORM),
        (("POST", "/housing/{id}/support"), FAMILY_FORM),
        (("GET", "/persons"), CASES_PAGE),
        (("POST", "/persons"), CASES_FORM),
        (("GET", "/cases/{id}/extended"), CASE_PAGE),
        (("POST", "/cases/{id}/extended"), CASE_FORM),
        (("POST", "/cases/{id}/extended/check-ins"), CASE_FORM),
        (("POST", "/cases/{id}/extended/end"), CASE_FORM),
        // Only a manager flags a case never to be culled; the matrix's case is not documented.
        (("GET", "/cases/{id}/keep"), MANAGER_PAGE),
        (("POST", "/cases/{id}/keep"), [303, 403, 422, 403, 403, 403, 403]),
        // The log review is the unit's managers'. The matrix's month ({month} is 2026-01) is
        // over; an empty comment or summary is refused; no review exists to export.
        (("GET", "/audit/review"), MANAGER_PAGE),
        (("POST", "/audit/review/{month}/start"), [303, 403, 303, 403, 403, 403, 403]),
        (("POST", "/audit/review/{month}/items/{item}"), [303, 403, 404, 403, 403, 403, 403]),
        (("POST", "/audit/review/{month}/sign"), [303, 403, 422, 403, 403, 403, 403]),
        (("GET", "/audit/review/{month}/export.csv"), [303, 403, 404, 403, 403, 403, 403]),
        (("GET", "/audit/export.csv"), MANAGER_PAGE),
        // A records request is a manager's; the matrix's case has no resident, so nothing opens.
        (("GET", "/cases/{id}/records"), MANAGER_PAGE),
        (("POST", "/cases/{id}/records/review"), [303, 403, 404, 403, 403, 403, 403]),
        (("POST", "/cases/{id}/records/pdf"), [303, 403, 404, 403, 403, 403, 403]),
        (("GET", "/sessions"), SIGNED_IN),
        (("GET", "/sessions/stats"), SIGNED_IN),
        (("GET", "/sessions/venues/new"), PLAN_PAGE),
        (("POST", "/sessions/venues/new"), PLAN_FORM),
        (("GET", "/sessions/venues/{id}"), PLAN_RECORD_PAGE),
        (("POST", "/sessions/venues/{id}"), PLAN_RECORD_FORM),
        (("GET", "/sessions/series/new"), PLAN_PAGE),
        (("POST", "/sessions/series/new"), PLAN_FORM),
        (("GET", "/sessions/series/{id}"), STAFF_RECORD_PAGE),
        (("POST", "/sessions/series/{id}"), PLAN_RECORD_FORM),
        (("POST", "/sessions/series/{id}/end"), PLAN_RECORD_FORM),
        (("GET", "/sessions/series/{id}/on/{date}"), STAFF_RECORD_PAGE),
        (("POST", "/sessions/series/{id}/on/{date}/cancel"), RUN_FORM),
        (("POST", "/sessions/series/{id}/on/{date}/move"), RUN_FORM),
        (("POST", "/sessions/series/{id}/on/{date}/restore"), RUN_ACTION),
        (("POST", "/sessions/series/{id}/on/{date}/visit"), RUN_FORM),
        (("GET", "/dropin"), OPEN),
        (("GET", "/dropin/units/{id}"), OPEN),
        (("GET", "/dropin/venues/{id}"), OPEN),
        (("GET", "/dropin/qr.svg"), OPEN),
        (("GET", "/dropin/units/{id}/qr.svg"), OPEN),
        (("GET", "/dropin/venues/{id}/qr.svg"), OPEN),
        (("GET", "/dropin/units/{id}/calendar.ics"), OPEN),
        (("GET", "/dropin/venues/{id}/calendar.ics"), OPEN),
        (("GET", "/api/v1/dropin/sessions"), OPEN),
        (("GET", "/surveys"), SIGNED_IN),
        (("GET", "/surveys/new"), PLAN_PAGE),
        (("POST", "/surveys/new"), PLAN_FORM),
        (("GET", "/surveys/{id}"), STAFF_RECORD_PAGE),
        (("GET", "/surveys/{id}/edit"), PLAN_RECORD_PAGE),
        (("POST", "/surveys/{id}/edit"), PLAN_RECORD_FORM),
        (("GET", "/surveys/{id}/card"), STAFF_RECORD_PAGE),
        // Coordinators and managers give a resident a link after a case; no survey chosen: 404.
        (("POST", "/surveys/invitations"), [303, 404, 404, 403, 403, 403, 404]),
        (("POST", "/surveys/invitations/send"), [303, 404, 404, 403, 403, 403, 404]),
        (("GET", "/s/{code}"), OPEN),
        // An empty form is given back to be filled in.
        (("POST", "/s/{code}"), [422; 7]),
        (("GET", "/s/{code}/kiosk"), OPEN),
        (("GET", "/s/{code}/thanks"), OPEN),
        (("GET", "/s/{code}/qr.svg"), OPEN),
        (("GET", "/s/i/{token}"), [404; 7]),
        (("GET", "/contact/{id}"), OPEN),
        (("POST", "/contact/{id}"), [422; 7]),
        (("GET", "/contact/{id}/feedback"), OPEN),
        (("POST", "/contact/{id}/feedback"), [422; 7]),
        (("GET", "/contact/{id}/thanks"), OPEN),
        (("GET", "/concern-reports"), MANAGER_PAGE),
        (("POST", "/concern-reports"), [303, 403, 422, 403, 403, 403, 403]),
        (("POST", "/concern-reports/import"), [303, 403, 422, 403, 403, 403, 403]),
        (("GET", "/concern-reports/example.csv"), MANAGER_PAGE),
        (("GET", "/report-inputs"), MANAGER_PAGE),
        (("GET", "/report"), [303, 200, 200, 200, 403, 403, 200]),
        (("GET", "/report/export/{format}"), [303, 200, 200, 200, 403, 403, 200]),
        (("GET", "/api/v1/report"), [401, 200, 200, 200, 403, 403, 200]),
        (("GET", "/api/v1/report/units"), [401, 200, 200, 200, 403, 403, 200]),
        // The HSDS API is public; the record routes get a user's number, which is no directory id.
        (("GET", "/support"), OPEN),
        // `{id}` is a number here, which is no service.
        (("GET", "/support/{id}"), [404; 7]),
        (("GET", "/api/hsds"), OPEN),
        (("GET", "/api/hsds/"), OPEN),
        (("GET", "/api/hsds/openapi.json"), OPEN),
        (("GET", "/api/hsds/services"), OPEN),
        (("GET", "/api/hsds/services/{id}"), [404; 7]),
        (("GET", "/api/hsds/organizations"), OPEN),
        (("GET", "/api/hsds/organizations/{id}"), [404; 7]),
        (("GET", "/api/hsds/taxonomies"), OPEN),
        (("GET", "/api/hsds/taxonomies/{id}"), [404; 7]),
        (("GET", "/api/hsds/taxonomy_terms"), OPEN),
        (("GET", "/api/hsds/taxonomy_terms/{id}"), [404; 7]),
        (("GET", "/api/hsds/service_at_locations"), OPEN),
        (("GET", "/api/hsds/service_at_locations/{id}"), [404; 7]),
        (("POST", "/report-inputs"), [303, 403, 422, 403, 403, 403, 403]),
        (("POST", "/report-inputs/{id}/remove"), [303, 403, 303, 403, 403, 403, 403]),
        (("GET", "/outreach"), CASES_PAGE),
        (("GET", "/outreach/new"), CASES_PAGE),
        (("POST", "/outreach/new"), CASES_FORM),
        (("GET", "/outreach/{id}"), CASE_PAGE),
        (("POST", "/outreach/{id}"), CASE_FORM),
        (("GET", "/intake"), CASES_PAGE),
        (("GET", "/intake/feedback"), CASES_PAGE),
        (("POST", "/intake/feedback/{reference}/read"), CASE_ACTION),
        (("GET", "/intake/{id}"), CASE_PAGE),
        (("POST", "/intake/{id}/close"), CASE_ACTION),
        (("POST", "/intake/{id}/claim"), CASE_ACTION),
        // A request of the unit's own is no referral from another unit: nothing to return (the
        // empty form is sent back to the request), and feedback is no heads-up to mark read.
        (("POST", "/intake/{id}/return"), CASE_ACTION),
        (("POST", "/intake/notices/{reference}"), [303, 404, 404, 403, 403, 403, 404]),
        (("POST", "/intake/{id}/view"), CASE_PAGE),
        // The form made from the request; coord.a's turn closes it (`/close` runs before the
        // manager's turn), so the manager is sent back to the list.
        (("POST", "/intake/{id}/case"), [303, 200, 303, 403, 403, 403, 404]),
        (("GET", "/healthz"), OPEN),
        (("GET", "/readyz"), OPEN),
        // Off without a configured token (see `metrics_need_their_token`).
        (("GET", "/metrics"), [404; 7]),
        (("GET", "/static/{name}"), OPEN),
        (("GET", "/units/{id}/theme.css"), OPEN),
        (("GET", "/units/{id}/logo"), OPEN),
    ])
}

async fn every_route_answers_every_caller_as_intended(b: Backend) {
    let app = spawn_app(b).await;
    let table = expected();
    let routes = lotsen_web::route_table();
    let registered: Vec<(&str, &str)> = routes.iter().map(|r| (r.method.as_str(), r.path)).collect();
    for r in &registered {
        assert!(table.contains_key(r), "route {r:?} has no row in the authorisation matrix");
    }
    for k in table.keys() {
        assert!(registered.contains(k), "matrix row {k:?} is not a route");
    }

    // The logo route needs a logo to exist.
    let tx = app.store.begin().await.unwrap();
    tx.set_unit_logo(app.unit_a, Some((b"\x89PNG\r\n\x1a\nxx".to_vec(), "image/png".into()))).await.unwrap();
    tx.commit().await.unwrap();

    let target = app.id("target.a").to_string();
    let unit = app.unit_a.to_string();
    let case = app.make_case("coord.a").await;
    let (referral, follow_up) = app.add_referral_and_follow_up(case).await;
    let contact = app.store.case_detail(app.unit_a, case).await.unwrap().contacts[0].id;
    let case = case.to_string();
    let bearer = "lotsen_matrix-token-of-coord-a";
    let token = {
        let tx = app.store.begin().await.unwrap();
        let hash = lotsen_web::auth::session::token_hash(bearer);
        let t = tx.create_token(app.id("coord.a"), &hash, "matrix").await.unwrap();
        tx.commit().await.unwrap();
        t.id.to_string()
    };
    let entry = app.entry(lotsen_domain::lists::ListKind::Category, "loneliness").await.to_string();
    let (venue, series) = app.make_series("2026-01-05", "weekly", "MO").await;
    let (venue, series) = (venue.to_string(), series.to_string());
    let survey = app.store.surveys(app.unit_a).await.unwrap().into_iter().next().unwrap();
    let (survey, survey_code) = (survey.id.to_string(), survey.code);
    let request =
        app.send_inquiry("request", &app.aged_token("request", app.unit_a), &[("phone", "070-111 22 33")]).await;
    request.assert_status(303);
    let feedback = app.send_inquiry("feedback", &app.aged_token("feedback", app.unit_a), &[("message", "Bra")]).await;
    feedback.assert_status(303);
    let activity = {
        let tx = app.store.begin().await.unwrap();
        let input = lotsen_store::ActivityInput {
            type_id: app.entry(lotsen_domain::lists::ListKind::ActivityType, "event").await,
            activity: lotsen_domain::outreach::Activity::parse(
                &lotsen_domain::outreach::ActivityDraft { on: "2026-01-05", reached: "10", ..Default::default() },
                chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            )
            .unwrap(),
            coordinators: vec![app.id("coord.a")],
        };
        let id = tx.create_activity(app.unit_a, app.id("coord.a"), &input).await.unwrap();
        tx.commit().await.unwrap();
        id.to_string()
    };
    let input = {
        let tx = app.store.begin().await.unwrap();
        let draft = lotsen_domain::report_input::InputDraft {
            kind: "investigation_cost",
            value: "20000",
            from: "2023-01-01",
            ..Default::default()
        };
        let input = lotsen_domain::report_input::Input::parse(&draft).unwrap();
        let id = tx.add_report_input(app.unit_a, app.id("manager.a"), &input).await.unwrap();
        tx.commit().await.unwrap();
        id.to_string()
    };
    let open = lotsen_store::Shown::Open;
    use lotsen_domain::inquiry::Kind;
    let request = app.store.inquiries(app.unit_a, Kind::Request, open, 10).await.unwrap()[0].id.to_string();
    let feedback = app.store.inquiries(app.unit_a, Kind::Feedback, open, 10).await.unwrap()[0].reference.clone();
    let service = app.store.destination_services(app.unit_a).await.unwrap().into_values().min().unwrap();
    let organization = app
        .store
        .directory_rows()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.obj.name == "service" && r.id() == service)
        .and_then(|r| r.text("organization_id").map(str::to_owned))
        .unwrap();
    // Unit A runs family coordination; coord.a's pair holds a family.
    let (family, pair) = {
        let tx = app.store.begin().await.unwrap();
        let on = lotsen_domain::records::Programmes { family_coordination: true, housing_first: true };
        tx.set_programmes(app.unit_a, on).await.unwrap();
        tx.commit().await.unwrap();
        let manager = app.login("manager.a").await;
        let coord = app.id("coord.a").to_string();
        manager
            .post_form("/families/pairs", &[("pair_first", &coord), ("pair_second", &target)])
            .await
            .assert_status(303);
        let pair = app.store.coordinator_pairs(app.unit_a).await.unwrap()[0].id.to_string();
        let p = app
            .login("coord.a")
            .await
            .post_form(
                "/families/new",
                &[
                    ("g1_name", "Sara Ek"),
                    ("g1_number", "811218-9876"),
                    ("g1_custody", "1"),
                    ("c1_name", "Lina Ek"),
                    ("c1_number", "150312-1236"),
                    ("language", "sv"),
                    ("start_pair", &pair),
                    ("start_on", &today().to_string()),
                ],
            )
            .await;
        p.assert_status(303);
        let family = app.store.families(app.unit_a).await.unwrap()[0].id.to_string();
        (family, pair)
    };
    let enrolment = {
        let coord = app.id("coord.a").to_string();
        app.login("coord.a")
            .await
            .post_form(
                "/housing",
                &[
                    ("hf_name", "Kent Ahl"),
                    ("hf_number", "790615-3452"),
                    ("hf_coordinator", &coord),
                    ("hf_enrolled_on", &today().to_string()),
                ],
            )
            .await
            .assert_status(303);
        app.store.enrolments(app.unit_a).await.unwrap()[0].id.to_string()
    };
    let mut failures = Vec::new();
    // coord.a's token without a session first (later callers revoke it), then the seven callers.
    // The resident first: coord.a's column hands out a new code, which turns this one off.
    let (code, pin) = { slip(&app.login("coord.a").await.post_form(&format!("/cases/{case}/follow"), &[]).await) };
    for col in [CALLERS.len() + 1, CALLERS.len()].into_iter().chain(0..CALLERS.len()) {
        let caller = CALLERS.get(col).copied().flatten();
        let client = match (col, caller) {
            (8, _) => {
                let resident = app.client();
                resident.post_form("/follow", &[("code", &code), ("pin", &pin)]).await.assert_status(303);
                resident
            }
            (7, _) => Client::with_bearer(&app.addr, bearer),
            (_, Some(name)) => app.login(name).await,
            (_, None) => app.client(),
        };
        // Sign-out last: it ends the caller's session.
        let mut order: Vec<_> = table.iter().collect();
        order.sort_by_key(|((_, path), _)| *path == "/logout" || *path == "/follow/sign-out");
        for ((method, path), statuses) in order {
            let id =
                if path.starts_with("/units/") || path.starts_with("/dropin/units/") || path.starts_with("/contact/") {
                    &unit
                } else if path.starts_with("/intake/") {
                    &request
                } else if path.starts_with("/outreach/") {
                    &activity
                } else if path.starts_with("/report-inputs/") {
                    &input
                } else if path.starts_with("/sessions/venues/") || path.starts_with("/dropin/venues/") {
                    &venue
                } else if path.starts_with("/sessions/series/") {
                    &series
                } else if path.starts_with("/cases/") || path.starts_with("/api/v1/cases/") {
                    &case
                } else if path.starts_with("/surveys/") {
                    &survey
                } else if path.starts_with("/account/tokens/") || path.starts_with("/admin/tokens/") {
                    &token
                } else if path.starts_with("/admin/lists/") {
                    &entry
                } else if path.starts_with("/directory/services/") {
                    &service
                } else if path.starts_with("/housing/") {
                    &enrolment
                } else if path.starts_with("/families/pairs/") {
                    &pair
                } else if path.starts_with("/families/") {
                    &family
                } else if path.starts_with("/directory/organizations/") {
                    &organization
                } else {
                    &target
                };
            let sub = if path.contains("/referrals/") {
                referral
            } else if path.contains("/contacts/") {
                contact
            } else if path.contains("/follow/") {
                999_999
            } else {
                follow_up
            };
            let url = path
                .replace("{id}", id)
                .replace("{sub}", &sub.to_string())
                .replace("{note}", "1")
                .replace("{code}", if path.starts_with("/s/") { &survey_code } else { "sv" })
                .replace("{token}", "no-such-invitation")
                .replace("{reference}", &feedback)
                .replace("{date}", "2026-01-05")
                .replace("{kind}", "category")
                .replace("{format}", "csv")
                .replace("{name}", "app.css")
                .replace("{what}", "verified")
                .replace("{month}", "2026-01")
                .replace("{item}", "1")
                .replace("{consent}", "999999")
                .replace("{action}", "999999");
            let want = match col {
                8 => as_resident(method, path, statuses),
                7 => with_token(path, statuses),
                _ => statuses[col],
            };
            let got = send(&client, method, &url).await;
            if got != want {
                let who = match col {
                    8 => "a resident following coord.a's case",
                    7 => "coord.a's token",
                    _ => caller.unwrap_or("anonymous"),
                };
                failures.push(format!("{method} {path} as {who}: expected {want}, got {got}"));
            }
        }
    }
    assert!(failures.is_empty(), "authorisation matrix mismatches:\n{}", failures.join("\n"));
}

async fn send(c: &Client, method: &str, url: &str) -> u16 {
    match Method::from_bytes(method.as_bytes()).unwrap() {
        Method::GET => c.get(url).await.status.as_u16(),
        _ if ["/admin/unit/logo", "/admin/import", "/concern-reports/import", "/directory/import"].contains(&url) => {
            let token = c.csrf().await;
            let form = reqwest::multipart::Form::new().text("note", "no file");
            c.http.post(format!("{}{url}?csrf={token}", c.base)).multipart(form).send().await.unwrap().status().as_u16()
        }
        m if url.starts_with("/api/") => {
            let token = c.csrf().await;
            let req = if m == Method::PATCH {
                c.http.patch(format!("{}{url}", c.base))
            } else {
                c.http.post(format!("{}{url}", c.base))
            };
            req.header("x-csrf-token", token).json(&serde_json::json!({})).send().await.unwrap().status().as_u16()
        }
        _ => c.post_form(url, &[]).await.status.as_u16(),
    }
}
