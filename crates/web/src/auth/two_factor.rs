//! The second step of a local sign-in: after the right password, a code from an authenticator app
//! (or a recovery code) before the session starts; an admin without a second factor sets one up
//! first. Between the two steps the browser holds only a random token whose hash names the
//! half-done sign-in; it lasts minutes and ends after five wrong codes.
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use lotsen_app::privacy::{open_totp, seal_totp};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UserId;
use lotsen_domain::role::Role;
use lotsen_domain::two_factor::{self as tf, RECOVERY_CHARS, RECOVERY_CODES, SECRET_BYTES};
use lotsen_store::{ChallengeKind, ChallengeRecord, Tx, UserRecord};
use rand::RngCore;
use serde::Deserialize;
use serde_json::json;

use super::login::{again, count_attempt, failure, start_session, throttled};
use super::session::{cookie_header, random_token, token_hash};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::{AppState, WebSettings, hmac};

/// Minutes to type a code, and to set up an app.
const CODE_SECS: i64 = 5 * 60;
const ENROL_SECS: i64 = 15 * 60;
/// Wrong codes before a half-done sign-in ends and the password is asked for again.
const MAX_FAILURES: i32 = 5;

fn cookie_name(settings: &WebSettings) -> &'static str {
    if settings.secure_cookies() { "__Host-lotsen_signin" } else { "lotsen_signin" }
}

/// After the right password: a code to come, an app to set up, or (no second factor, not
/// required) the session at once.
pub async fn after_password(state: &AppState, ip: &ClientIp, user: UserRecord, next: &str) -> AppResult<Response> {
    let kind = match state.store.totp(user.id).await? {
        Some(t) if t.confirmed => ChallengeKind::Code,
        _ if user.role == Role::Admin && state.settings.admin_two_factor => ChallengeKind::Enrol,
        _ => {
            let tx = state.store.begin().await?;
            return start_session(state, tx, &user, ip, next, json!({})).await;
        }
    };
    let token = random_token();
    let scoped = state.store.unit_user(user.unit_id, user.id).await?;
    let tx = state.store.begin().await?;
    let lifetime = if kind == ChallengeKind::Enrol {
        tx.begin_totp(&scoped, seal_totp(&state.keys.fields, user.id, &new_secret())?).await?;
        ENROL_SECS
    } else {
        CODE_SECS
    };
    tx.create_challenge(&token_hash(&token), user.id, kind, next, lifetime).await?;
    tx.commit().await?;
    let to = if kind == ChallengeKind::Enrol { "/login/enrol" } else { "/login/code" };
    let mut res = Redirect::to(to).into_response();
    res.headers_mut()
        .append(SET_COOKIE, cookie_header(&state.settings, cookie_name(&state.settings), token, Some(lifetime)));
    Ok(res)
}

fn end_cookie(res: &mut Response, settings: &WebSettings) {
    res.headers_mut().append(SET_COOKIE, cookie_header(settings, cookie_name(settings), String::new(), Some(0)));
}

async fn challenge(state: &AppState, jar: &CookieJar, kind: ChallengeKind) -> AppResult<Option<ChallengeRecord>> {
    let Some(token) = jar.get(cookie_name(&state.settings)).map(|c| c.value().to_owned()) else {
        return Ok(None);
    };
    Ok(state.store.challenge(&token_hash(&token)).await?.filter(|c| c.kind == kind))
}

/// No half-done sign-in (never started, ended or run out): back to the first step.
fn start_again() -> Response {
    Redirect::to("/login").into_response()
}

pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0_u8; SECRET_BYTES];
    rand::rng().fill_bytes(&mut secret);
    secret
}

/// A new set of recovery codes: as shown once, and their keyed hashes as kept.
pub fn recovery_codes(state: &AppState, user: UserId) -> (Vec<String>, Vec<String>) {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut random = [0_u8; RECOVERY_CHARS];
            rand::rng().fill_bytes(&mut random);
            let code = tf::recovery_code(&random);
            let hash = recovery_hash(state, user, &tf::normalise_recovery(&code).unwrap_or_default());
            (code, hash)
        })
        .unzip()
}

fn recovery_hash(state: &AppState, user: UserId, normalised: &str) -> String {
    hex::encode(hmac(&state.keys.recovery, format!("{user}:{normalised}").as_bytes()))
}

/// How a code typed at a second step was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Used {
    /// The app's code of this step.
    App(i64),
    Recovery,
}

impl Used {
    pub fn as_str(self) -> &'static str {
        match self {
            Used::App(_) => "app",
            Used::Recovery => "recovery_code",
        }
    }
}

/// Whether `typed` can be a code at all: the message for the field when not.
pub fn code_shape(typed: &str) -> Option<&'static str> {
    if typed.trim().is_empty() {
        Some("error-required")
    } else if tf::parse_code(typed).is_none() && tf::normalise_recovery(typed).is_none() {
        Some("error-two-factor-code-shape")
    } else {
        None
    }
}

/// Takes `typed`, an app code or a recovery code of the user's confirmed second factor, as used
/// in `tx`; `None` when it is not right (or was used already).
pub async fn take_code(state: &AppState, tx: &Tx, user: UserId, typed: &str) -> AppResult<Option<Used>> {
    if tf::parse_code(typed).is_some() {
        let Some(totp) = state.store.totp(user).await?.filter(|t| t.confirmed) else { return Ok(None) };
        let secret = open_totp(&state.keys.fields, user, &totp.sealed)?;
        let Some(step) = tf::verify(&secret, typed, state.clock.timestamp(), Some(totp.last_step)) else {
            return Ok(None);
        };
        return Ok(tx.use_totp_step(user, step).await?.then_some(Used::App(step)));
    }
    let Some(code) = tf::normalise_recovery(typed) else { return Ok(None) };
    Ok(tx.use_recovery_code(user, &recovery_hash(state, user, &code)).await?.then_some(Used::Recovery))
}

/// The app's secret waiting to be confirmed, as it is shown for setting up.
pub struct Setup {
    pub secret: String,
    pub qr: String,
}

/// The waiting secret of `user` as the setup page shows it; `None` when there is none.
pub async fn pending_setup(state: &AppState, c: &Chrome, user: &UserRecord) -> AppResult<Option<Setup>> {
    let Some(sealed) = state.store.pending_totp(user.id).await? else { return Ok(None) };
    let secret = tf::base32(&open_totp(&state.keys.fields, user.id, &sealed)?);
    let uri = tf::otpauth_uri(&c.t.get("app-name"), &user.username, &secret);
    let qr = qrcode::QrCode::new(uri.as_bytes()).map_err(|e| AppError::Internal(anyhow::anyhow!("QR code: {e}")))?;
    let svg = qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
    // Inline in the page: the secret never sits in an address a proxy or history could keep.
    let qr = svg.find("<svg").map_or(svg.clone(), |i| svg[i..].to_owned());
    Ok(Some(Setup { secret: tf::grouped(&secret), qr }))
}

/// Checks a code against the waiting secret of `user`: its step when right.
pub async fn setup_step(state: &AppState, user: UserId, typed: &str) -> AppResult<Option<i64>> {
    let Some(sealed) = state.store.pending_totp(user).await? else { return Ok(None) };
    let secret = open_totp(&state.keys.fields, user, &sealed)?;
    Ok(tf::verify(&secret, typed, state.clock.timestamp(), None))
}

#[derive(Template, WebTemplate)]
#[template(path = "two_factor/code.html")]
pub struct CodePage {
    c: Chrome,
    errors: FieldErrors,
    /// A message for the whole page (wait before trying again), in the person's language.
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "two_factor/setup.html")]
pub struct SetupPage {
    pub c: Chrome,
    pub errors: FieldErrors,
    pub setup: Setup,
    /// Where the code goes: the sign-in's step or the account page's.
    pub action: &'static str,
    /// Set up while signing in, because admins must.
    pub required: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "two_factor/codes.html")]
pub struct CodesPage {
    pub c: Chrome,
    pub codes: Vec<String>,
    pub next: String,
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn code_form(State(state): State<AppState>, c: Chrome, jar: CookieJar) -> AppResult<Response> {
    if challenge(&state, &jar, ChallengeKind::Code).await?.is_none() {
        return Ok(start_again());
    }
    Ok(CodePage { c, errors: FieldErrors::default(), error: None }.into_response())
}

pub async fn code_submit(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    jar: CookieJar,
    Form(f): Form<CodeForm>,
) -> AppResult<Response> {
    let Some(ch) = challenge(&state, &jar, ChallengeKind::Code).await? else { return Ok(start_again()) };
    if let Some(msg) = code_shape(&f.code) {
        let mut errors = FieldErrors::default();
        errors.add("code", msg);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, CodePage { c, errors, error: None }).into_response());
    }
    let attempt_id = match count_attempt(&state, &ch.user.username, Some(ch.user.unit_id), &ip).await? {
        Ok(id) => id,
        Err(wait) => {
            let error = Some(throttled(&c, wait));
            let mut res =
                (StatusCode::TOO_MANY_REQUESTS, CodePage { c, errors: FieldErrors::default(), error }).into_response();
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, wait.into());
            return Ok(res);
        }
    };
    let tx = state.store.begin().await?;
    let used = take_code(&state, &tx, ch.user.id, &f.code).await?;
    let Some(used) = used else {
        drop(tx);
        return wrong_code(&state, c, &ip, &ch, |c, errors| CodePage { c, errors, error: None }.into_response()).await;
    };
    if !tx.end_challenge(&ch.token_hash).await? {
        return Ok(start_again());
    }
    // The attempt counted above is forgotten with the account's other failures once signed in.
    let _ = attempt_id;
    // Counted outside the transaction, which has not yet committed the code just used.
    let left = match used {
        Used::Recovery => Some(state.store.recovery_codes_left(ch.user.id).await?.saturating_sub(1)),
        Used::App(_) => None,
    };
    // A recovery code used: the account page says how many are left and offers new ones.
    let next = if used == Used::Recovery { "/account/two-factor?done=recovery" } else { ch.next.as_str() };
    let detail = json!({ "second_factor": used.as_str(), "recovery_codes_left": left });
    let mut res = start_session(&state, tx, &ch.user, &ip, next, detail).await?;
    end_cookie(&mut res, &state.settings);
    Ok(res)
}

/// A wrong code at a second step: audited, counted, and after five the sign-in starts over.
async fn wrong_code(
    state: &AppState,
    c: Chrome,
    ip: &ClientIp,
    ch: &ChallengeRecord,
    page: impl FnOnce(Chrome, FieldErrors) -> Response,
) -> AppResult<Response> {
    let failures = state.store.challenge_failed(&ch.token_hash).await?;
    state.store.audit(failure(&ch.user, ip, "wrong code")).await?;
    if failures >= MAX_FAILURES {
        state.store.drop_challenge(&ch.token_hash).await?;
        let mut res = again(c, StatusCode::UNAUTHORIZED, "login-error-code-attempts");
        end_cookie(&mut res, &state.settings);
        return Ok(res);
    }
    let mut errors = FieldErrors::default();
    errors.add("code", "error-two-factor-code-wrong");
    let mut res = page(c, errors);
    *res.status_mut() = StatusCode::UNAUTHORIZED;
    Ok(res)
}

pub async fn enrol_form(State(state): State<AppState>, c: Chrome, jar: CookieJar) -> AppResult<Response> {
    let Some(ch) = challenge(&state, &jar, ChallengeKind::Enrol).await? else { return Ok(start_again()) };
    let Some(setup) = pending_setup(&state, &c, &ch.user).await? else { return Ok(start_again()) };
    Ok(SetupPage { c, errors: FieldErrors::default(), setup, action: "/login/enrol", required: true }.into_response())
}

pub async fn enrol_submit(
    State(state): State<AppState>,
    c: Chrome,
    ip: ClientIp,
    jar: CookieJar,
    Form(f): Form<CodeForm>,
) -> AppResult<Response> {
    let Some(ch) = challenge(&state, &jar, ChallengeKind::Enrol).await? else { return Ok(start_again()) };
    let Some(setup) = pending_setup(&state, &c, &ch.user).await? else { return Ok(start_again()) };
    let page = |c: Chrome, errors: FieldErrors, setup: Setup| {
        SetupPage { c, errors, setup, action: "/login/enrol", required: true }.into_response()
    };
    if tf::parse_code(&f.code).is_none() {
        let mut errors = FieldErrors::default();
        errors.add("code", if f.code.trim().is_empty() { "error-required" } else { "error-two-factor-app-code-shape" });
        let mut res = page(c, errors, setup);
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(res);
    }
    let Some(step) = setup_step(&state, ch.user.id, &f.code).await? else {
        return wrong_code(&state, c, &ip, &ch, |c, errors| page(c, errors, setup)).await;
    };
    let scoped = state.store.unit_user(ch.user.unit_id, ch.user.id).await?;
    let (codes, hashes) = recovery_codes(&state, ch.user.id);
    let tx = state.store.begin().await?;
    if !tx.end_challenge(&ch.token_hash).await? || !tx.confirm_totp(&scoped, step, &hashes).await?.0 {
        return Ok(start_again());
    }
    tx.audit(lotsen_store::NewAudit {
        actor_id: Some(ch.user.id),
        actor_name: ch.user.username.clone(),
        unit_id: Some(ch.user.unit_id),
        action: AuditAction::UserTwoFactorOn,
        record_type: "user",
        record_id: ch.user.id.to_string(),
        detail: json!({ "while_signing_in": true }),
        ip: ip.0.clone(),
    })
    .await?;
    let signed_in = start_session(&state, tx, &ch.user, &ip, &ch.next, json!({ "second_factor": "set_up" })).await?;
    // The codes are shown once, on this answer; the session cookie comes with it.
    let mut res = CodesPage { c, codes, next: ch.next.clone() }.into_response();
    for v in signed_in.headers().get_all(SET_COOKIE) {
        res.headers_mut().append(SET_COOKIE, v.clone());
    }
    end_cookie(&mut res, &state.settings);
    Ok(res)
}
