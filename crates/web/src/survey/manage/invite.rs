//! One-time invitations to a survey: a coordinator makes a link for a resident, shown once with
//! its QR code and stored only as a hash.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::CaseId;
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::own_survey;
use crate::audit_log::by;
use crate::auth::CaseWorker;
use crate::auth::session::random_token;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
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
    let id: i64 = f.survey.trim().parse().map_err(|_| AppError::NotFound)?;
    let s = own_survey(&state, &actor, id).await?;
    if !s.active {
        return Err(AppError::NotFound);
    }
    let case = match f.case.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => None,
        Some(v) => {
            let case_id: CaseId = v.parse().map_err(|_| AppError::NotFound)?;
            state.store.case(actor.unit_id, case_id).await?;
            Some(case_id)
        }
    };
    let token = random_token();
    let hash = hex::encode(Sha256::digest(token.as_bytes()));
    let expires = state.clock.timestamp() + INVITATION_DAYS * 86_400;
    let tx = state.store.begin().await?;
    tx.create_invitation(&s, &hash, expires).await?;
    let (record_type, record_id) = match case {
        Some(c) => ("case", c.get()),
        None => ("survey", s.id),
    };
    tx.audit(by(&actor, &ip, AuditAction::SurveyInvitationCreate, record_type, record_id, json!({ "survey": s.id })))
        .await?;
    tx.commit().await?;
    let link = format!("{}/s/i/{token}", state.settings.base_url);
    let qr_svg = QrCode::new(link.as_bytes())
        .map(|q| q.render::<svg::Color<'_>>().min_dimensions(180, 180).quiet_zone(true).build())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("QR code: {e}")))?;
    // The renderer writes an XML declaration first; inside a page only the <svg> element belongs.
    let qr_svg = qr_svg.find("<svg").map_or(qr_svg.clone(), |i| qr_svg[i..].to_owned());
    Ok(InvitationPage { name: survey_name(&s, c.locale()), link, qr_svg, days: INVITATION_DAYS, case, c })
}
