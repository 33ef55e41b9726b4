//! Receiving an answer: the form's token is spent once, the answers are checked against the
//! version the person saw, and the response is stored with nothing about the person.
use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::survey::{Answers, week_of};
use lotsen_store::{NewResponse, Recorded};

use super::{Form_, Way, gone, page, token_hash, venue_of, wanted};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::public_form::{self, Refused};
use crate::state::AppState;

/// A survey asks for no minimum time: a double tap counts once through the nonce, and flooding
/// meets the rate limit. (The contact form, with free text, also asks for a minimum.)
const MIN_SECS: i64 = 0;

/// Receives an answer. Bad input comes back with every answer kept and a message per question;
/// a second submit of the same form (double tap, back and send again) counts once.
pub async fn submit(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ip: ClientIp,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let now = state.clock.timestamp();
    if !state.limit.allow("survey", &ip.0, now) {
        return Err(AppError::TooMany);
    }
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let s = state.store.survey_by_code(&code).await?;
    let lang = field("lang");
    if !s.active {
        return gone(&state, &s, wanted(Some(&lang)).unwrap_or_default(), "survey-closed").await;
    }
    // Answers belong to the version the person saw, even if the wording changed meanwhile.
    // A form without a version (not one of ours) is answered against the current wording.
    let v = match field("version").trim().parse::<i64>() {
        Err(_) => s.current.clone(),
        Ok(id) if id == s.current.id => s.current.clone(),
        Ok(id) => {
            state.store.survey_versions(s.id).await?.into_iter().find(|v| v.id == id).ok_or(AppError::NotFound)?
        }
    };
    let def = &v.definition;
    let locale = def.locale_for(wanted(Some(&lang)));
    let venue = field("venue");
    let way = Way {
        venue: venue_of(&state, &s, Some(&venue)).await?,
        kiosk: field("kiosk") == "1",
        invitation: field("invitation").trim().to_owned(),
    };
    let given: BTreeMap<String, String> =
        fields.iter().filter_map(|(k, v)| k.strip_prefix("q_").map(|q| (q.to_owned(), v.clone()))).collect();
    let free_text = field("free_text");
    let token = field("token");
    let again = |errors: FieldErrors, notice: &'static str, token: Option<String>| Form_ {
        given: given.clone(),
        free_text: free_text.clone(),
        errors,
        notice,
        token,
    };

    let spent = match public_form::check(&state.keys.forms, &format!("survey:{}", s.id), &token, now, MIN_SECS) {
        Ok(spent) => spent,
        Err(why) => {
            // A fresh token and everything the person chose, with a word on what happened.
            let notice = match why {
                Refused::Expired => "survey-error-expired",
                Refused::TooQuick | Refused::Invalid => "survey-error-resend",
            };
            let p = page(&state, &s, &v, locale, &way, again(FieldErrors::default(), notice, None)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    let answers = match Answers::parse(def, &given, &free_text) {
        Ok(a) => a,
        Err(errs) => {
            let mut errors = FieldErrors::default();
            for (f, e) in errs {
                errors.add_owned(f, e.message_id);
            }
            let p = page(&state, &s, &v, locale, &way, again(errors, "", Some(token))).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    let recorded = state
        .store
        .record_response(NewResponse {
            survey_id: s.id,
            version_id: v.id,
            unit_id: s.unit_id,
            venue_id: way.venue,
            locale,
            week: week_of(state.clock.today()),
            day: state.clock.today(),
            answers: answers.colours,
            free_text: answers.free_text,
            nonce: spent.nonce_hash,
            nonce_expires_at: spent.issued_at + public_form::MAX_AGE_SECS,
            invitation: (!way.invitation.is_empty()).then(|| token_hash(&way.invitation)),
        })
        .await?;
    match recorded {
        Recorded::InvitationSpent => return gone(&state, &s, locale, "survey-invitation-used").await,
        Recorded::Full => {
            let mut r = gone(&state, &s, locale, "survey-full-today").await?;
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            return Ok(r);
        }
        Recorded::Saved | Recorded::Duplicate => {}
    }
    let kiosk = if way.kiosk { "&kiosk=1" } else { "" };
    Ok(Redirect::to(&format!("/s/{}/thanks{}{kiosk}", s.code, way.query(locale))).into_response())
}
