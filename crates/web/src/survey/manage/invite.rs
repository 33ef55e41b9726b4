//! One-time invitations to a survey: a coordinator makes a link for a resident, shown once with
//! its QR code and stored only as a hash.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::CaseId;
use lotsen_domain::locale::Locale;
use lotsen_domain::outbox::{Channel, Content, Purpose, Recipient};
use lotsen_store::{Scoped, SurveyRecord};
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::own_survey;
use crate::audit_log::by;
use crate::auth::session::random_token;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::survey::answer::INVITATION_DAYS;
use crate::survey::survey_name;

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    survey: String,
    #[serde(default)]
    case: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "survey/invitation.html")]
pub struct InvitationPage {
    c: Chrome,
    name: String,
    link: String,
    qr_svg: String,
    days: i64,
    case: Option<CaseId>,
    survey: i64,
    /// The link's token, for sending it on (it is in the link anyway).
    token: String,
    /// The link can be sent by e-mail, and by SMS, from this installation.
    can_email: bool,
    can_sms: bool,
    errors: FieldErrors,
    /// The address typed, kept when it was refused.
    to: String,
    lang: &'static str,
    /// The languages a message can be written in.
    locales: &'static [Locale],
    sent: bool,
}

/// The unit's survey named in a form, while it takes answers; another unit's or a closed one is
/// not found.
async fn active_survey(state: &AppState, actor: &Actor, field: &str) -> AppResult<Scoped<SurveyRecord>> {
    let id: i64 = field.trim().parse().map_err(|_| AppError::NotFound)?;
    let s = own_survey(state, actor, id).await?;
    if s.active { Ok(s) } else { Err(AppError::NotFound) }
}

/// The case a link is given after, when the form names one of the unit's cases.
async fn given_case(state: &AppState, actor: &Actor, field: Option<&str>) -> AppResult<Option<CaseId>> {
    match field.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => {
            let case_id: CaseId = v.parse().map_err(|_| AppError::NotFound)?;
            state.store.case(actor.unit_id, case_id).await?;
            Ok(Some(case_id))
        }
    }
}

/// What the audit row is about: the case the link was given after, else the survey.
fn audit_record(case: Option<CaseId>, s: &SurveyRecord) -> (&'static str, i64) {
    match case {
        Some(c) => ("case", c.get()),
        None => ("survey", s.id),
    }
}

/// Makes a one-time link to a survey for a resident. The link is shown once and stored only as a
/// hash; the invitation holds no case, and the audit row says which case it was given after.
pub async fn invite(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<InviteForm>,
) -> AppResult<InvitationPage> {
    let s = active_survey(&state, &actor, &f.survey).await?;
    let case = given_case(&state, &actor, f.case.as_deref()).await?;
    let token = random_token();
    let hash = hex::encode(Sha256::digest(token.as_bytes()));
    let expires = state.clock.timestamp() + INVITATION_DAYS * 86_400;
    let tx = state.store.begin().await?;
    tx.create_invitation(&s, &hash, expires).await?;
    let (record_type, record_id) = audit_record(case, &s);
    tx.audit(by(&actor, &ip, AuditAction::SurveyInvitationCreate, record_type, record_id, json!({ "survey": s.id })))
        .await?;
    tx.commit().await?;
    let lang = c.locale().code();
    page(&state, c, &s, token, case, FieldErrors::default(), String::new(), lang, false)
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &AppState,
    c: Chrome,
    s: &SurveyRecord,
    token: String,
    case: Option<CaseId>,
    errors: FieldErrors,
    to: String,
    lang: &'static str,
    sent: bool,
) -> AppResult<InvitationPage> {
    let link = format!("{}/s/i/{token}", state.settings.base_url);
    let qr_svg = QrCode::new(link.as_bytes())
        .map(|q| q.render::<svg::Color<'_>>().min_dimensions(180, 180).quiet_zone(true).build())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("QR code: {e}")))?;
    // The renderer writes an XML declaration first; inside a page only the <svg> element belongs.
    let qr_svg = qr_svg.find("<svg").map_or(qr_svg.clone(), |i| qr_svg[i..].to_owned());
    Ok(InvitationPage {
        name: survey_name(s, c.locale()),
        link,
        qr_svg,
        days: INVITATION_DAYS,
        case,
        survey: s.id,
        token,
        can_email: crate::outbox::can_send(state, Channel::Email),
        can_sms: crate::outbox::can_send(state, Channel::Sms),
        errors,
        to,
        lang,
        locales: &Locale::ALL,
        sent,
        c,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct SendForm {
    #[serde(default)]
    survey: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    case: Option<String>,
    #[serde(default)]
    recipient: String,
    #[serde(default)]
    lang: String,
}

/// Sends a survey link just made to the resident (or a school's staff) by e-mail, in the language
/// chosen: the message waits sealed in the outbox and the audit log records only that it was sent.
pub async fn send(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<SendForm>,
) -> AppResult<Response> {
    let s = active_survey(&state, &actor, &f.survey).await?;
    let token: String = f.token.trim().chars().take(100).collect();
    let hash = hex::encode(Sha256::digest(token.as_bytes()));
    let invitation = state.store.invitation(&hash).await?.filter(|i| i.survey_id == s.id).ok_or(AppError::NotFound)?;
    let case = given_case(&state, &actor, f.case.as_deref()).await?;
    let locale = Locale::parse(&f.lang).unwrap_or(c.locale());
    let to_typed: String = f.recipient.chars().take(300).collect();
    let mut errors = FieldErrors::default();
    // An address the mail library would refuse later is refused now, where a person sees it.
    let to = errors
        .check("recipient", Recipient::parse(&to_typed))
        .filter(|r| !matches!(r, Recipient::Email(a) if a.parse::<lettre::Address>().is_err()));
    if to.is_none() && errors.is_empty() {
        errors.add("recipient", "error-recipient");
    }
    if to.is_none()
        && errors.get("recipient") == Some("error-recipient")
        && crate::outbox::can_send(&state, Channel::Sms)
    {
        errors = FieldErrors::default();
        errors.add("recipient", "error-recipient-any");
    }
    if let Some(r) = &to
        && !crate::outbox::can_send(&state, r.channel())
    {
        errors.add("recipient", "error-recipient-channel-off");
    }
    if !invitation.usable {
        errors.add("recipient", "error-invitation-spent");
    }
    let Some(to) = to.filter(|_| errors.is_empty()) else {
        let p = page(&state, c, &s, token, case, errors, to_typed, locale.code(), false)?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    };
    let link = format!("{}/s/i/{token}", state.settings.base_url);
    let t = Tr::new(locale);
    let body = match to.channel() {
        Channel::Email => [
            t.get("outbox-survey-greeting"),
            t.get("outbox-survey-ask"),
            t.arg_text("outbox-survey-link", "link", &link),
            t.count("outbox-survey-valid", INVITATION_DAYS),
            actor.unit_name.clone(),
        ]
        .join("\n\n"),
        Channel::Sms => t.args(
            "outbox-survey-sms",
            &[("unit", actor.unit_name.clone()), ("link", link.clone()), ("days", INVITATION_DAYS.to_string())],
        ),
    }
    // Fluent's invisible isolation marks stay out of an e-mail: they would break the link.
    .replace(['\u{2068}', '\u{2069}'], "");
    let content = Content { to, subject: t.get("outbox-survey-subject"), body };
    let message = crate::outbox::queue(&state, Some(actor.unit_id), Purpose::SurveyInvitation, &content)?;
    let channel = content.to.channel();
    let tx = state.store.begin().await?;
    crate::outbox::enqueue(&tx, message).await?;
    let (record_type, record_id) = audit_record(case, &s);
    let detail = json!({ "survey": s.id, "channel": channel.as_str(), "language": locale.code() });
    tx.audit(by(&actor, &ip, AuditAction::SurveyInvitationSend, record_type, record_id, detail)).await?;
    tx.commit().await?;
    Ok(page(&state, c, &s, token, case, FieldErrors::default(), String::new(), locale.code(), true)?.into_response())
}
