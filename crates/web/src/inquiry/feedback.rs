//! Anonymous feedback through the contact form: no contact details, no cookie, dated to the day
//! only, sealed at once; the same spam protection as a request.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::ids::UnitId;
use lotsen_domain::inquiry::{Kind, parse_message};
use lotsen_domain::locale::Locale;
use lotsen_store::{NewInquiry, UnitRecord};
use serde::Deserialize;

use super::public::{
    LangQuery, MIN_SECS, languages, locale_of, new_reference, notice_for, purpose, thanks_url, token, unit,
};
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::id::Id;
use crate::pages::Chrome;
use crate::pages::{LangLink, public_chrome};
use crate::public_form;
use crate::state::AppState;
use lotsen_app::privacy::seal_inquiry;

#[derive(Template, WebTemplate)]
#[template(path = "inquiry/feedback.html")]
pub struct FeedbackPage {
    c: Chrome,
    unit_id: UnitId,
    unit_name: String,
    languages: Vec<LangLink>,
    message: String,
    token: String,
    errors: FieldErrors,
    notice: &'static str,
    days: i64,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    pub message: String,
    pub website: String,
    pub token: String,
    pub lang: String,
}

fn feedback_page(
    u: &UnitRecord,
    locale: Locale,
    message: String,
    token: String,
    errors: FieldErrors,
    notice: &'static str,
) -> FeedbackPage {
    let path = format!("/contact/{}/feedback", u.id);
    FeedbackPage {
        c: public_chrome(locale, format!("{path}?lang={}", locale.code())),
        unit_id: u.id,
        unit_name: u.name.clone(),
        languages: languages(locale, &path),
        message,
        token,
        errors,
        notice,
        days: u.survey_text_days,
    }
}

/// `/contact/{unit}/feedback`: anonymous feedback, no contact details.
pub async fn show(
    State(state): State<AppState>,
    Id(unit_id): Id<UnitId>,
    Query(q): Query<LangQuery>,
) -> AppResult<FeedbackPage> {
    let u = unit(&state, unit_id).await?;
    let locale = locale_of(q.lang.as_deref());
    let token = token(&state, Kind::Feedback, u.id);
    Ok(feedback_page(&u, locale, String::new(), token, FieldErrors::default(), ""))
}

pub async fn submit(
    State(state): State<AppState>,
    Id(unit_id): Id<UnitId>,
    ip: ClientIp,
    Form(f): Form<FeedbackForm>,
) -> AppResult<Response> {
    let now = state.clock.timestamp();
    let u = unit(&state, unit_id).await?;
    let locale = locale_of(Some(&f.lang));
    if !state.limit.allow("contact", &ip.0, now) {
        let page = feedback_page(&u, locale, f.message, f.token, FieldErrors::default(), "inquiry-error-busy");
        return Ok((StatusCode::TOO_MANY_REQUESTS, page).into_response());
    }
    if !f.website.trim().is_empty() {
        return Ok(Redirect::to(&thanks_url(u.id, locale, Kind::Feedback)).into_response());
    }
    let spent = match public_form::check(&state.keys.forms, &purpose(Kind::Feedback, u.id), &f.token, now, MIN_SECS) {
        Ok(spent) => spent,
        Err(why) => {
            let token = token(&state, Kind::Feedback, u.id);
            let page = feedback_page(&u, locale, f.message, token, FieldErrors::default(), notice_for(why));
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let message = match parse_message(&f.message, true) {
        Ok(m) => m,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("message", e.message_id);
            let page = feedback_page(&u, locale, f.message, f.token, errors, "");
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let reference = new_reference();
    let sealed = seal_inquiry(&state.keys.fields, &reference, &message)?;
    state
        .store
        .receive_inquiry(NewInquiry {
            reference,
            unit_id: u.id,
            kind: Kind::Feedback,
            locale,
            on_behalf: false,
            category_id: None,
            age_group_id: None,
            sealed,
            nonce: spent.nonce_hash,
            nonce_expires_at: spent.issued_at + public_form::MAX_AGE_SECS,
        })
        .await?;
    Ok(Redirect::to(&thanks_url(u.id, locale, Kind::Feedback)).into_response())
}
