//! Every route on one screen. The builder records each (method, path) it registers, so the
//! authorisation matrix test can check that it covers every route the server really has.
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{get, patch, post};
use axum::{Router, middleware};

use crate::state::AppState;
use crate::{
    admin, api, audit, audit_review, auth, case, concern, directory, dropin, family, follow, guide, housing, inquiry,
    ops, outreach, pages, persons, public_pages, report, report_inputs, setup, survey,
};

/// One registered route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
}

struct Routes {
    router: Router<AppState>,
    table: Vec<RouteSpec>,
}

impl Routes {
    fn new() -> Self {
        Self { router: Router::new(), table: Vec::new() }
    }

    fn get<H, T>(mut self, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push(RouteSpec { method: Method::GET, path });
        self.router = self.router.route(path, get(h));
        self
    }

    /// A POST that takes a file upload larger than forms may be.
    fn post_upload<H, T>(mut self, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push(RouteSpec { method: Method::POST, path });
        self.router = self.router.route(path, post(h).layer(DefaultBodyLimit::max(crate::MAX_UPLOAD_BYTES)));
        self
    }

    fn patch<H, T>(mut self, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push(RouteSpec { method: Method::PATCH, path });
        self.router = self.router.route(path, patch(h));
        self
    }

    fn post<H, T>(mut self, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.table.push(RouteSpec { method: Method::POST, path });
        self.router = self.router.route(path, post(h));
        self
    }
}

/// Pages and actions for people.
fn app_routes() -> Routes {
    [account, admin, directory_staff, api, cases, sessions, work, public]
        .into_iter()
        .fold(Routes::new(), |r, add| add(r))
}

/// Signing in, the first setup, the language, one's own password and API tokens.
fn account(r: Routes) -> Routes {
    r.get("/", public_pages::start)
        .get("/login", auth::login::show)
        .post("/login", auth::login::submit)
        .get("/login/code", auth::two_factor::code_form)
        .post("/login/code", auth::two_factor::code_submit)
        .get("/login/enrol", auth::two_factor::enrol_form)
        .post("/login/enrol", auth::two_factor::enrol_submit)
        .post("/logout", auth::login::logout)
        .get("/setup", setup::show)
        .post("/setup", setup::submit)
        .get("/lang/{code}", pages::switch_language)
        .get("/guide", guide::show)
        .get("/account/password", auth::password::show)
        .post("/account/password", auth::password::submit)
        .get("/account/two-factor", auth::two_factor_account::show)
        .post("/account/two-factor/setup", auth::two_factor_account::setup)
        .post("/account/two-factor/confirm", auth::two_factor_account::confirm)
        .post("/account/two-factor/recovery-codes", auth::two_factor_account::new_codes)
        .post("/account/two-factor/off", auth::two_factor_account::off)
        .get("/account/tokens", auth::tokens::list)
        .post("/account/tokens", auth::tokens::create)
        .post("/account/tokens/{id}/revoke", auth::tokens::revoke)
}

/// Administration of a unit: users, the unit's settings, readers, tokens, units, lists, import and the audit log.
fn admin(r: Routes) -> Routes {
    r.get("/admin/users", admin::users::list)
        .get("/admin/users/new", admin::users::new_form)
        .post("/admin/users/new", admin::users::create)
        .get("/admin/users/{id}", admin::users::edit_form)
        .post("/admin/users/{id}", admin::users::update)
        .post("/admin/users/{id}/disable", admin::users::disable)
        .post("/admin/users/{id}/enable", admin::users::enable)
        .post("/admin/users/{id}/password", admin::users::reset_password)
        .post("/admin/users/{id}/two-factor/reset", admin::users::reset_two_factor)
        .get("/admin/unit", admin::unit::show)
        .post("/admin/unit", admin::unit::update)
        .post("/admin/unit/logo", admin::unit::upload_logo)
        .post("/admin/unit/records", admin::unit::save_records)
        .post("/admin/unit/privacy", admin::unit::save_privacy)
        .post("/admin/unit/referrals", admin::unit::save_referrals)
        .get("/admin/unit/public", admin::public_info::show)
        .post("/admin/unit/public", admin::public_info::save)
        .get("/admin/unit/retention", admin::retention::show)
        .post("/admin/unit/retention", admin::retention::save)
        .get("/admin/unit/readers", admin::readers::show)
        .post("/admin/unit/readers", admin::readers::add)
        .post("/admin/unit/readers/{id}/remove", admin::readers::remove)
        .get("/admin/tokens", admin::tokens::list)
        .post("/admin/tokens/{id}/revoke", admin::tokens::revoke)
        .get("/admin/units", admin::units::list)
        .post("/admin/units", admin::units::create)
        .get("/admin/import", admin::import::show)
        .post_upload("/admin/import", admin::import::run)
        .get("/admin/import/example.csv", admin::import::example)
        .get("/admin/lists", admin::lists::overview)
        .get("/admin/lists/{kind}", admin::lists::show)
        .post("/admin/lists/{kind}", admin::lists::add)
        .get("/admin/lists/{kind}/{id}", admin::lists::edit)
        .post("/admin/lists/{kind}/{id}", admin::lists::save)
        .post("/admin/lists/{kind}/{id}/retire", admin::lists::retire)
        .post("/admin/lists/{kind}/{id}/restore", admin::lists::restore)
        .get("/audit", audit::search)
        .get("/audit/export.csv", audit::export)
        .get("/audit/review", audit_review::show)
        .post("/audit/review/{month}/start", audit_review::begin)
        .post("/audit/review/{month}/items/{item}", audit_review::mark_item)
        .post("/audit/review/{month}/sign", audit_review::sign_month)
        .get("/audit/review/{month}/export.csv", audit_review::export)
}

/// The directory for staff: services and organisations, import and export.
fn directory_staff(r: Routes) -> Routes {
    r.get("/directory/import", directory::transfer::show)
        .post_upload("/directory/import", directory::transfer::run)
        .get("/directory/{file}", directory::transfer::export)
        .get("/directory", directory::staff::list)
        .get("/directory/services/new", directory::staff::new)
        .post("/directory/services", directory::staff::create)
        .get("/directory/services/{id}", directory::staff::edit)
        .post("/directory/services/{id}", directory::staff::update)
        .post("/directory/services/{id}/{what}", directory::staff::retire)
        .get("/directory/organizations/{id}", directory::staff::organization)
        .post("/directory/organizations/{id}", directory::staff::update_organization)
}

/// The JSON API of the case log and the report, and its OpenAPI document.
fn api(r: Routes) -> Routes {
    r.get("/api/v1/cases", api::cases::list)
        .post("/api/v1/cases", api::case_write::create)
        .get("/api/v1/cases/{id}", api::cases::read)
        .patch("/api/v1/cases/{id}", api::case_write::update)
        .post("/api/v1/cases/{id}/close", api::case_write::close)
        .get("/api/v1/lists", api::cases::lists)
        .get("/api/openapi.json", crate::openapi::document)
        .get("/api/v1/report", report::api::report)
        .get("/api/v1/report/units", report::api::units)
}

/// The case log.
fn cases(r: Routes) -> Routes {
    r.get("/cases", case::list::list)
        .get("/cases/new", case::new::show)
        .get("/cases/export/{format}", case::export::export)
        .post("/cases/new", case::new::create)
        .get("/cases/{id}", case::show::show)
        .get("/cases/{id}/edit", case::edit::show)
        .post("/cases/{id}/edit", case::edit::update)
        .post("/cases/{id}/contacts", case::work::add_contact)
        .post("/cases/{id}/referrals", case::work::add_referral)
        .post("/cases/{id}/referrals/{sub}", case::work::update_referral)
        .get("/cases/{id}/referrals/{sub}/send", case::transfer::send_form)
        .post("/cases/{id}/referrals/{sub}/send", case::transfer::send)
        .get("/cases/{id}/referrals/{sub}/letter", case::letter::show)
        .post("/cases/{id}/referrals/{sub}/consent", case::letter::record_consent)
        .post("/cases/{id}/intake-note", case::transfer::save_note)
        .post("/cases/{id}/follow-ups", case::work::add_follow_up)
        .post("/cases/{id}/follow-ups/{sub}", case::work::complete_follow_up)
        .get("/cases/{id}/follow-ups/{sub}", case::correct::follow_up)
        .post("/cases/{id}/follow-ups/{sub}/move", case::correct::move_follow_up)
        .post("/cases/{id}/follow-ups/{sub}/cancel", case::correct::cancel_follow_up)
        .post("/cases/{id}/follow", case::follow::create)
        .post("/cases/{id}/follow/{sub}/revoke", case::follow::revoke)
        .post("/cases/{id}/messages", case::follow::messages)
        .get("/cases/{id}/contacts/{sub}", case::correct::contact)
        .post("/cases/{id}/contacts/{sub}", case::correct::update_contact)
        .post("/cases/{id}/contacts/{sub}/remove", case::correct::remove_contact)
        .post("/cases/{id}/close", case::close::close)
        .post("/cases/{id}/reopen", case::close::reopen)
        .get("/cases/{id}/identity", case::identity::show)
        .post("/cases/{id}/identity", case::identity::save)
        .post("/cases/{id}/identity/view", case::identity::view)
        .post("/cases/{id}/identity/forget", case::identity::forget)
        .get("/families", family::list)
        .post("/families/pairs", family::create_pair)
        .post("/families/pairs/{id}", family::update_pair)
        .get("/families/new", family::new::show)
        .post("/families/new", family::new::create)
        .get("/families/{id}", family::show::show)
        .post("/families/{id}/consents", family::show::add_consent)
        .post("/families/{id}/consents/{consent}/withdraw", family::show::withdraw)
        .post("/families/{id}/contacts", family::show::add_contact)
        .post("/families/{id}/start", family::show::start)
        .post("/families/{id}/close", family::show::close)
        .get("/families/{id}/plan", family::plan::show)
        .get("/families/{id}/plan.pdf", family::plan_pdf::pdf)
        .post("/families/{id}/mappings", family::plan::map)
        .post("/families/{id}/goals", family::plan::add_goal)
        .post("/families/{id}/actions", family::plan::add_action)
        .post("/families/{id}/actions/{action}", family::plan::set_status)
        .get("/housing", housing::list)
        .post("/housing", housing::enrol)
        .get("/housing/{id}", housing::show::show)
        .post("/housing/{id}/home", housing::show::set_home)
        .post("/housing/{id}/status", housing::show::set_status)
        .post("/housing/{id}/landlord", housing::show::landlord)
        .post("/housing/{id}/support", housing::show::support)
        .get("/persons", persons::show)
        .post("/persons", persons::search)
        .get("/cases/{id}/person", case::person::show)
        .post("/cases/{id}/person", case::person::save)
        .post("/cases/{id}/person/view", case::person::view)
        .post("/cases/{id}/person/edit", case::person::edit)
        .get("/cases/{id}/journal", case::journal::show)
        .post("/cases/{id}/journal", case::journal::create)
        .get("/cases/{id}/journal/print", case::journal::print)
        .post("/cases/{id}/journal/{note}", case::journal::update)
        .post("/cases/{id}/journal/{note}/sign", case::journal::sign_note)
        .get("/cases/{id}/extended", case::extended::show)
        .post("/cases/{id}/extended", case::extended::create)
        .post("/cases/{id}/extended/check-ins", case::extended::check_in)
        .post("/cases/{id}/extended/end", case::extended::end)
        .get("/cases/{id}/keep", case::keep::show)
        .post("/cases/{id}/keep", case::keep::save)
        .get("/cases/{id}/records", case::records::show)
        .post("/cases/{id}/records/review", case::records::open)
        .post("/cases/{id}/records/pdf", case::records::pdf)
}

/// Drop-in times for staff: venues, series, sessions and their statistics.
fn sessions(r: Routes) -> Routes {
    r.get("/sessions", dropin::manage::overview)
        .get("/sessions/stats", dropin::stats::show)
        .get("/sessions/venues/new", dropin::manage::new_venue)
        .post("/sessions/venues/new", dropin::manage::create_venue)
        .get("/sessions/venues/{id}", dropin::manage::edit_venue)
        .post("/sessions/venues/{id}", dropin::manage::update_venue)
        .get("/sessions/series/new", dropin::manage::new_series)
        .post("/sessions/series/new", dropin::manage::create_series)
        .get("/sessions/series/{id}", dropin::manage::show_series)
        .post("/sessions/series/{id}", dropin::manage::update_series)
        .post("/sessions/series/{id}/end", dropin::manage::end_series)
        .get("/sessions/series/{id}/on/{date}", dropin::occurrence::show)
        .post("/sessions/series/{id}/on/{date}/cancel", dropin::occurrence::cancel)
        .post("/sessions/series/{id}/on/{date}/move", dropin::occurrence::move_to)
        .post("/sessions/series/{id}/on/{date}/restore", dropin::occurrence::restore)
        .post("/sessions/series/{id}/on/{date}/visit", dropin::occurrence::record_visit)
}

/// Surveys, concern reports, the effect report and its inputs, outreach and contact-form requests.
fn work(r: Routes) -> Routes {
    r.get("/surveys", survey::manage::list)
        .get("/surveys/new", survey::manage::new_form)
        .post("/surveys/new", survey::manage::create)
        .get("/surveys/{id}", survey::results::show_results)
        .get("/surveys/{id}/edit", survey::manage::edit_form)
        .post("/surveys/{id}/edit", survey::manage::update)
        .get("/surveys/{id}/card", survey::manage::card)
        .post("/surveys/invitations", survey::manage::invite)
        .post("/surveys/invitations/send", survey::manage::send_invitation)
        .get("/concern-reports", concern::show)
        .post("/concern-reports", concern::save)
        .post_upload("/concern-reports/import", concern::import)
        .get("/concern-reports/example.csv", concern::example)
        .get("/report", report::page::show)
        .get("/report/export/{format}", report::export::export)
        .get("/report-inputs", report_inputs::show)
        .post("/report-inputs", report_inputs::add)
        .post("/report-inputs/{id}/remove", report_inputs::remove)
        .get("/outreach", outreach::list)
        .get("/outreach/new", outreach::new_form)
        .post("/outreach/new", outreach::create)
        .get("/outreach/{id}", outreach::edit_form)
        .post("/outreach/{id}", outreach::update)
        .get("/intake", inquiry::intake::list)
        .get("/intake/feedback", inquiry::intake::feedback)
        .post("/intake/feedback/{reference}/read", inquiry::intake::mark_read)
        .get("/intake/{id}", inquiry::intake::show)
        .post("/intake/{id}/view", inquiry::intake::view)
        .post("/intake/{id}/case", case::new::from_request)
        .post("/intake/{id}/close", inquiry::intake::close)
        .post("/intake/{id}/claim", inquiry::intake::claim)
        .post("/intake/{id}/return", inquiry::intake::give_back)
        .post("/intake/notices/{reference}", inquiry::intake::noted)
}

/// Public pages: drop-in times and "Hitta stöd".
fn public(r: Routes) -> Routes {
    r.get("/dropin", dropin::public::all)
        .get("/units/{id}", public_pages::unit)
        .get("/units/{id}/privacy", public_pages::privacy)
        .get("/units/{id}/accessibility", public_pages::accessibility)
        .get("/privacy", public_pages::privacy_index)
        .get("/follow", follow::show)
        .post("/follow", follow::sign_in)
        .get("/follow/case", follow::case)
        .post("/follow/case", follow::message)
        .post("/follow/sign-out", follow::sign_out)
        .get("/accessibility", public_pages::accessibility_index)
        .get("/support", directory::search::show)
        .get("/support/{id}", directory::search::service)
        .get("/dropin/units/{id}", dropin::public::unit)
        .get("/dropin/venues/{id}", dropin::public::venue)
}

/// Machine endpoints and assets: the session and CSRF layers pass them by (see `is_machine_path`).
fn open_routes() -> Routes {
    Routes::new()
        .get("/healthz", ops::healthz)
        .get("/readyz", ops::readyz)
        .get("/metrics", ops::metrics_text)
        .get("/static/{name}", ops::asset)
        .get("/units/{id}/theme.css", ops::theme_css)
        .get("/units/{id}/logo", admin::unit::logo)
        .get("/dropin/qr.svg", dropin::public::qr_all)
        .get("/dropin/units/{id}/qr.svg", dropin::public::qr_unit)
        .get("/dropin/venues/{id}/qr.svg", dropin::public::qr_venue)
        .get("/dropin/units/{id}/calendar.ics", dropin::feed::unit)
        .get("/dropin/venues/{id}/calendar.ics", dropin::feed::venue)
        .get("/api/v1/dropin/sessions", dropin::json::sessions)
        .get("/api/hsds", directory::hsds::meta)
        .get("/api/hsds/", directory::hsds::meta)
        .get("/api/hsds/openapi.json", directory::hsds::openapi)
        .get("/api/hsds/services", directory::hsds::services)
        .get("/api/hsds/services/{id}", directory::hsds::service)
        .get("/api/hsds/organizations", directory::hsds::organizations)
        .get("/api/hsds/organizations/{id}", directory::hsds::organization)
        .get("/api/hsds/taxonomies", directory::hsds::taxonomies)
        .get("/api/hsds/taxonomies/{id}", directory::hsds::taxonomy)
        .get("/api/hsds/taxonomy_terms", directory::hsds::taxonomy_terms)
        .get("/api/hsds/taxonomy_terms/{id}", directory::hsds::taxonomy_term)
        .get("/api/hsds/service_at_locations", directory::hsds::service_at_locations)
        .get("/api/hsds/service_at_locations/{id}", directory::hsds::service_at_location)
        .get("/s/{code}", survey::answer::show)
        .post("/s/{code}", survey::answer::submit)
        .get("/s/{code}/kiosk", survey::answer::kiosk)
        .get("/s/{code}/thanks", survey::answer::thanks)
        .get("/s/{code}/qr.svg", survey::answer::qr)
        .get("/s/i/{token}", survey::answer::invitation)
        .get("/contact/{id}", inquiry::public::show)
        .post("/contact/{id}", inquiry::public::submit)
        .get("/contact/{id}/feedback", inquiry::feedback::show)
        .post("/contact/{id}/feedback", inquiry::feedback::submit)
        .get("/contact/{id}/thanks", inquiry::public::thanks)
}

/// Every (method, path) the server answers.
pub fn route_table() -> Vec<RouteSpec> {
    let mut t = app_routes().table;
    t.extend(open_routes().table);
    t
}

/// All routes with the session and CSRF layers; these also cover the not-found fallback, so an
/// error page still shows who is signed in.
pub fn router(state: AppState) -> Router {
    app_routes()
        .router
        .merge(open_routes().router)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), auth::session::load_actor))
        .layer(middleware::from_fn_with_state(state.clone(), auth::csrf::protect))
        .with_state(state)
}

/// Unknown paths: a page for people, JSON under /api/.
async fn not_found(uri: axum::http::Uri) -> axum::response::Response {
    use axum::response::IntoResponse;
    if uri.path().starts_with("/api/") {
        api::ApiError::NotFound.into_response()
    } else {
        crate::error::AppError::NotFound.into_response()
    }
}
