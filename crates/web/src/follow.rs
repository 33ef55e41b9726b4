//! A resident following their own case with the code and PIN a coordinator handed them: where the
//! case stands, the next step and its day, the coordinator's first name, the referrals and their
//! state; and a short message or a wish to close the case. The sign-in is a signed cookie for this
//! path only, good for half an hour; every sign-in, view and message is audited.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use axum_extra::extract::cookie::CookieJar;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::{CaseStatus, ReferralStatus};
use lotsen_domain::follow::{CaseCode, Pin, lock_seconds, parse_message};
use lotsen_domain::report::figures::RefState;
use lotsen_domain::signin::{WINDOW_SECS, address_wait_secs};
use lotsen_store::{AccessRecord, NewAudit};
use serde::Deserialize;
use serde_json::json;
use sha2::Sha256;

use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::{FieldErrors, label};
use crate::pages::Chrome;
use crate::state::AppState;

/// The name residents' failed sign-ins are counted under, beside staff sign-ins by address.
const FOLLOW: &str = "#follow";

/// The resident's sign-in cookie, sent only to `/follow`.
const COOKIE: &str = "lotsen_follow";
/// How long a sign-in lasts, in seconds.
const SIGNED_IN_FOR: i64 = 30 * 60;

fn mac(state: &AppState, what: &str) -> Hmac<Sha256> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&state.keys.forms).expect("HMAC takes any key length");
    m.update(b"lotsen/follow/v1/");
    m.update(what.as_bytes());
    m
}

/// The PIN as stored: keyed by the server's secret and bound to its code.
pub fn pin_hash(state: &AppState, code: &CaseCode, pin: &Pin) -> String {
    URL_SAFE_NO_PAD.encode(mac(state, &format!("pin/{}/{}", code.as_str(), pin.as_str())).finalize().into_bytes())
}

fn pin_matches(state: &AppState, code: &CaseCode, pin: &Pin, stored: &str) -> bool {
    let Ok(expected) = URL_SAFE_NO_PAD.decode(stored) else { return false };
    mac(state, &format!("pin/{}/{}", code.as_str(), pin.as_str())).verify_slice(&expected).is_ok()
}

fn session_value(state: &AppState, access: i64, until: i64) -> String {
    let sig = URL_SAFE_NO_PAD.encode(mac(state, &format!("session/{access}/{until}")).finalize().into_bytes());
    format!("{access}.{until}.{sig}")
}

/// The code the cookie signs in with, when it is genuine and not past its time.
fn signed_in(state: &AppState, headers: &HeaderMap) -> Option<i64> {
    let jar = CookieJar::from_headers(headers);
    let v = jar.get(COOKIE)?.value().to_owned();
    let mut parts = v.splitn(3, '.');
    let (access, until, sig) = (parts.next()?.parse::<i64>().ok()?, parts.next()?.parse::<i64>().ok()?, parts.next()?);
    let sig = URL_SAFE_NO_PAD.decode(sig).ok()?;
    mac(state, &format!("session/{access}/{until}")).verify_slice(&sig).ok()?;
    (state.clock.timestamp() < until).then_some(access)
}

fn cookie(state: &AppState, value: String, max_age: i64) -> HeaderValue {
    let c = axum_extra::extract::cookie::Cookie::build((COOKIE, value))
        .path("/follow")
        .http_only(true)
        .same_site(axum_extra::extract::cookie::SameSite::Strict)
        .secure(state.settings.secure_cookies())
        .max_age(cookie::time::Duration::seconds(max_age));
    HeaderValue::from_str(&c.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn resident(ip: &ClientIp, access: &AccessRecord, action: AuditAction, detail: serde_json::Value) -> NewAudit {
    NewAudit {
        actor_id: None,
        actor_name: "resident".into(),
        unit_id: Some(access.unit_id),
        action,
        record_type: "case",
        record_id: access.case_id.to_string(),
        detail,
        ip: ip.0.clone(),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    code: String,
    pin: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "follow/sign_in.html")]
pub struct SignInPage {
    c: Chrome,
    code: String,
    errors: FieldErrors,
}

/// `GET /follow`: the code and PIN.
pub async fn show(c: Chrome) -> SignInPage {
    SignInPage { c, code: String::new(), errors: FieldErrors::default() }
}

fn refused(c: Chrome, code: String, field: &'static str, message: &'static str, status: StatusCode) -> Response {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    (status, SignInPage { c, code, errors }).into_response()
}

/// `POST /follow`: signs in with code and PIN. A wrong PIN counts; after five in a row the code
/// waits a minute, then two, four, … up to a day. An unknown, revoked or expired code says so
/// in the same words, so codes cannot be told apart by guessing.
pub async fn sign_in(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    Form(f): Form<SignInForm>,
) -> AppResult<Response> {
    let typed = f.code.chars().take(32).collect::<String>();
    let (code, pin) = match (CaseCode::parse(&f.code), Pin::parse(&f.pin)) {
        (Ok(code), Ok(pin)) => (code, pin),
        (Err(e), _) => return Ok(refused(c, typed, "code", e.message_id, StatusCode::UNPROCESSABLE_ENTITY)),
        (_, Err(e)) => return Ok(refused(c, typed, "pin", e.message_id, StatusCode::UNPROCESSABLE_ENTITY)),
    };
    let now = state.clock.timestamp();
    // One address guessing at many codes waits like one guessing at many accounts.
    let pressure = state.store.login_pressure(FOLLOW, &ip.0, WINDOW_SECS, i64::MAX).await?;
    let wait = address_wait_secs(&pressure.address, now);
    if wait > 0 {
        let mut res = refused(c, typed, "code", "error-follow-locked", StatusCode::TOO_MANY_REQUESTS);
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Ok(res);
    }
    let found = state.store.access_by_code(code.as_str()).await?.filter(|(a, _)| a.in_force(now));
    let Some((access, hash)) = found else {
        state.store.record_login_attempt(FOLLOW, &ip.0).await?;
        return Ok(refused(c, typed, "code", "error-follow-unknown", StatusCode::UNPROCESSABLE_ENTITY));
    };
    if access.locked_until.is_some_and(|t| now < t) {
        let mut res = refused(c, typed, "pin", "error-follow-locked", StatusCode::TOO_MANY_REQUESTS);
        let wait = access.locked_until.unwrap_or(now) - now;
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Ok(res);
    }
    let right = pin_matches(&state, &code, &pin, &hash);
    if !right {
        state.store.record_login_attempt(FOLLOW, &ip.0).await?;
    }
    let tx = state.store.begin().await?;
    if !right {
        let failures = access.failures + 1;
        let lock = lock_seconds(failures);
        tx.access_failed(access.id, failures, (lock > 0).then_some(now + lock)).await?;
        tx.audit(resident(&ip, &access, AuditAction::FollowSignInFailure, json!({ "failures": failures }))).await?;
        tx.commit().await?;
        return Ok(refused(c, typed, "pin", "error-follow-pin-wrong", StatusCode::UNPROCESSABLE_ENTITY));
    }
    tx.access_used(access.id).await?;
    tx.audit(resident(&ip, &access, AuditAction::FollowSignIn, json!({ "access": access.id }))).await?;
    tx.commit().await?;
    let until = (now + SIGNED_IN_FOR).min(access.expires_at);
    let mut res = Redirect::to(&format!("/follow/case?lang={}", c.t.lang_param())).into_response();
    res.headers_mut().append(header::SET_COOKIE, cookie(&state, session_value(&state, access.id, until), until - now));
    Ok(res)
}

/// A referral as the resident reads it.
pub struct ReferralLine {
    pub to: String,
    pub state: &'static str,
    /// Sent on, with the resident's consent, to another unit: its name and where it stands.
    pub sent: Option<(String, &'static str)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "follow/case.html")]
pub struct CasePage {
    c: Chrome,
    open: bool,
    first_contact_on: String,
    next_on: Option<String>,
    coordinator: String,
    referrals: Vec<ReferralLine>,
    message: String,
    close: bool,
    errors: FieldErrors,
    sent: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    done: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MessageForm {
    message: String,
    close: Option<String>,
}

/// The signed-in resident's code, still in force; `None` sends them to sign in.
async fn current(state: &AppState, headers: &HeaderMap) -> AppResult<Option<AccessRecord>> {
    match signed_in(state, headers) {
        Some(id) => Ok(state.store.access_in_force(id, state.clock.timestamp()).await?),
        None => Ok(None),
    }
}

async fn case_page(
    state: &AppState,
    c: Chrome,
    a: &AccessRecord,
    f: MessageForm,
    errors: FieldErrors,
    sent: bool,
) -> AppResult<CasePage> {
    let d = state.store.case_detail(a.unit_id, a.case_id).await?;
    let lists = state.store.lists(a.unit_id).await?;
    let users = state.store.users(Some(a.unit_id)).await?;
    let coordinator = users
        .iter()
        .find(|u| u.id == d.case.coordinator_id)
        .and_then(|u| u.display_name.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default();
    let next_on = d.follow_ups.iter().filter(|f| f.done_on.is_none()).map(|f| f.due_on).min().map(|d| d.to_string());
    let transfers = state.store.case_transfers(&d.case).await?;
    let units = if transfers.is_empty() { Vec::new() } else { state.store.units().await? };
    let sent_on = |id: i64| {
        transfers.iter().rev().find(|t| t.referral_id == id && t.consent.is_some()).map(|t| {
            let unit = units.iter().find(|u| u.id == t.to_unit_id).map(|u| u.name.clone()).unwrap_or_default();
            (unit, t.state.as_str())
        })
    };
    let referrals = d
        .referrals
        .iter()
        .map(|r| ReferralLine {
            sent: sent_on(r.id),
            to: label(&lists, r.destination_id, c.locale()),
            state: match RefState::of_status(r.status.as_str()) {
                RefState::Established => "established",
                RefState::Pending if r.status == ReferralStatus::Suggested => "suggested",
                RefState::Pending => "pending",
                RefState::Ended => "ended",
            },
        })
        .collect();
    Ok(CasePage {
        open: d.case.status == CaseStatus::Open,
        first_contact_on: d.case.first_contact_on.to_string(),
        next_on,
        coordinator,
        referrals,
        message: f.message,
        close: f.close.is_some(),
        errors,
        sent,
        c,
    })
}

/// `GET /follow/case`: where the case stands.
pub async fn case(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    headers: HeaderMap,
    Query(d): Query<Done>,
) -> AppResult<Response> {
    let Some(a) = current(&state, &headers).await? else {
        return Ok(Redirect::to(&format!("/follow?lang={}", c.t.lang_param())).into_response());
    };
    let tx = state.store.begin().await?;
    tx.audit(resident(&ip, &a, AuditAction::FollowView, json!({ "access": a.id }))).await?;
    tx.commit().await?;
    let sent = d.done.as_deref() == Some("sent");
    Ok(case_page(&state, c, &a, MessageForm::default(), FieldErrors::default(), sent).await?.into_response())
}

/// `POST /follow/case`: a short message to the coordinator, or a wish to close the case.
pub async fn message(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    headers: HeaderMap,
    Form(f): Form<MessageForm>,
) -> AppResult<Response> {
    let Some(a) = current(&state, &headers).await? else {
        return Ok(Redirect::to(&format!("/follow?lang={}", c.t.lang_param())).into_response());
    };
    let close = f.close.is_some();
    let text = if close && f.message.trim().is_empty() { Ok(String::new()) } else { parse_message(&f.message) };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("message", e.message_id);
            let page = case_page(&state, c, &a, f, errors, false).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let sealed = lotsen_app::privacy::seal_message(&state.keys.fields, a.case_id, &text)?;
    let kind = if close { "close" } else { "message" };
    let tx = state.store.begin().await?;
    let id = tx.add_case_message(a.case_id, a.unit_id, kind, sealed).await?;
    tx.audit(resident(&ip, &a, AuditAction::FollowMessage, json!({ "message": id, "kind": kind }))).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/follow/case?done=sent&lang={}", c.t.lang_param())).into_response())
}

/// `POST /follow/sign-out`.
pub async fn sign_out(State(state): State<AppState>, c: Chrome) -> Response {
    let mut res = Redirect::to(&format!("/follow?lang={}", c.t.lang_param())).into_response();
    res.headers_mut().append(header::SET_COOKIE, cookie(&state, String::new(), 0));
    res
}
