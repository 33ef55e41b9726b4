//! The unit's own settings: its name and its look (colour, font size, logo).
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UnitId;
use lotsen_domain::records::{Decision, Mode, Programmes};
use lotsen_domain::unit::{Privacy, Theme, UnitName};
use lotsen_store::UnitRecord;
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::AdminOf;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

/// Logos are small pictures for a page header.
pub const MAX_LOGO_BYTES: usize = 256 * 1024;

#[derive(Debug, Default, Deserialize)]
pub struct UnitForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    primary_color: String,
    #[serde(default)]
    font_scale: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/unit.html")]
pub struct UnitPage {
    c: Chrome,
    form: UnitForm,
    errors: FieldErrors,
    has_logo: bool,
    notice: Option<&'static str>,
    /// The mode the unit keeps its record in now.
    mode: &'static str,
    /// The committee's decision is missing for the anonymity the unit uses.
    decision_missing: bool,
    records: RecordsForm,
    privacy: PrivacyForm,
    /// The unit takes referrals from the installation's other units.
    takes_referrals: bool,
}

impl UnitPage {
    /// The page as the unit stands, with `errors` to show; callers put back what was submitted.
    fn of(c: Chrome, unit: UnitRecord, errors: FieldErrors, notice: Option<&'static str>) -> Self {
        UnitPage {
            c,
            form: UnitForm {
                name: unit.name,
                primary_color: unit.theme_primary,
                font_scale: unit.font_scale.to_string(),
            },
            errors,
            has_logo: unit.has_logo,
            notice,
            mode: unit.records.mode.as_str(),
            decision_missing: unit.records.anonymous_case(true)
                && (unit.records.reference.is_none() || unit.records.decided_on.is_none()),
            records: RecordsForm {
                mode: unit.records.mode.as_str().to_owned(),
                anonymous_walk_ins: unit.records.anonymous_walk_ins.then(|| "1".to_owned()),
                decision_ref: unit.records.reference.clone().unwrap_or_default(),
                decided_on: unit.records.decided_on.map(|d| d.to_string()).unwrap_or_default(),
                family_coordination: unit.programmes.family_coordination.then(|| "1".to_owned()),
                housing_first: unit.programmes.housing_first.then(|| "1".to_owned()),
            },
            privacy: PrivacyForm {
                suppression_threshold: unit.suppression_threshold.to_string(),
                survey_text_days: unit.survey_text_days.to_string(),
                inquiry_days: unit.inquiry_days.to_string(),
            },
            takes_referrals: unit.takes_referrals,
        }
    }

    fn refused(self) -> Response {
        (StatusCode::UNPROCESSABLE_ENTITY, self).into_response()
    }
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Query(d): Query<Done>,
) -> AppResult<UnitPage> {
    let unit = state.store.unit(admin.unit_id).await?;
    let notice = match d.done.as_deref() {
        Some("saved") => Some("admin-unit-saved"),
        Some("logo") => Some("admin-unit-logo-saved"),
        Some("records") => Some("admin-unit-records-saved"),
        Some("privacy") => Some("admin-unit-privacy-saved"),
        Some("referrals") => Some("admin-unit-referrals-saved"),
        _ => None,
    };
    Ok(UnitPage::of(c, unit, FieldErrors::default(), notice))
}

pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(form): Form<UnitForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let name = errors.check("name", UnitName::parse(&form.name));
    let theme = Theme::parse(&form.primary_color, &form.font_scale).map_err(|es| {
        for (field, e) in es {
            errors.add(field, e.message_id);
        }
    });
    let (Some(name), Ok(theme)) = (name, theme) else {
        let unit = state.store.unit(admin.unit_id).await?;
        return Ok(UnitPage { form, ..UnitPage::of(c, unit, errors, None) }.refused());
    };
    let tx = state.store.begin().await?;
    tx.update_unit(admin.unit_id, &name, &theme).await?;
    tx.audit(by(
        &admin,
        &ip,
        AuditAction::UnitUpdate,
        "unit",
        admin.unit_id,
        json!({ "name": name.as_str(), "primary_color": theme.primary.as_str(), "font_scale": theme.font_scale.percent() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit?done=saved").into_response())
}

/// Accepts PNG, JPEG or WebP, recognised by their first bytes rather than by what the browser says.
/// SVG is refused: it can carry scripts.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if bytes.len() > 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

pub async fn upload_logo(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut logo: Option<Vec<u8>> = None;
    let mut remove = false;
    let mut too_big = false;
    while let Ok(Some(mut field)) = multipart.next_field().await {
        match field.name() {
            Some("logo") => {
                let mut buf = Vec::new();
                while let Ok(Some(chunk)) = field.chunk().await {
                    if buf.len() + chunk.len() > MAX_LOGO_BYTES {
                        too_big = true;
                        break;
                    }
                    buf.extend_from_slice(&chunk);
                }
                if !buf.is_empty() {
                    logo = Some(buf);
                }
            }
            Some("remove") => remove = true,
            _ => {}
        }
    }
    let mut errors = FieldErrors::default();
    let new_logo = match (logo, remove) {
        (_, true) => None,
        (Some(bytes), false) if !too_big => match image_type(&bytes) {
            Some(kind) => Some((bytes, kind.to_owned())),
            None => {
                errors.add("logo", "error-logo-type");
                None
            }
        },
        _ => {
            errors.add("logo", if too_big { "error-logo-size" } else { "error-required" });
            None
        }
    };
    if !errors.is_empty() {
        let unit = state.store.unit(admin.unit_id).await?;
        return Ok(UnitPage::of(c, unit, errors, None).refused());
    }
    let detail = json!({ "removed": new_logo.is_none(), "bytes": new_logo.as_ref().map(|l| l.0.len()) });
    let tx = state.store.begin().await?;
    tx.set_unit_logo(admin.unit_id, new_logo).await?;
    tx.audit(by(&admin, &ip, AuditAction::UnitLogo, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit?done=logo").into_response())
}

/// The unit's logo, for its pages' header.
pub async fn logo(State(state): State<AppState>, crate::id::Id(id): crate::id::Id<UnitId>) -> AppResult<Response> {
    let Some((bytes, kind)) = state.store.unit_logo(id).await? else {
        return Err(AppError::NotFound);
    };
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, kind),
            (axum::http::header::CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RecordsForm {
    mode: String,
    anonymous_walk_ins: Option<String>,
    decision_ref: String,
    decided_on: String,
    family_coordination: Option<String>,
    housing_first: Option<String>,
}

impl RecordsForm {
    /// The modes to choose from, the current one marked.
    fn modes(&self, t: &crate::i18n::Tr) -> Vec<crate::forms::Opt> {
        let codes = Mode::ALL.map(Mode::as_str);
        crate::forms::code_options(t, "records-mode", &codes, &self.mode)
    }
}

/// How the unit keeps its record, on the committee's decision ("nämndbeslut"). The change applies
/// to cases registered from now on; the audit row keeps what it was before.
pub async fn save_records(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(f): Form<RecordsForm>,
) -> AppResult<Response> {
    let unit = state.store.unit(admin.unit_id).await?;
    let checked =
        Decision::parse(&f.mode, f.anonymous_walk_ins.is_some(), &f.decision_ref, &f.decided_on, state.clock.today());
    let mode = checked.as_ref().map(|d| d.mode).ok().or_else(|| Mode::parse(&f.mode).ok());
    let programmes = Programmes::parse(f.family_coordination.is_some(), f.housing_first.is_some(), mode);
    let (decision, programmes) = match (checked, programmes) {
        (Ok(d), Ok(p)) => (d, p),
        (checked, programmes) => {
            let mut errors = FieldErrors::default();
            for (field, e) in checked.err().unwrap_or_default() {
                errors.add(field, e.message_id);
            }
            if let Err(e) = programmes {
                errors.add("family_coordination", e.message_id);
            }
            return Ok(UnitPage { records: f, ..UnitPage::of(c, unit, errors, None) }.refused());
        }
    };
    let detail = json!({
        "from": decision_json(&unit.records, unit.programmes),
        "to": decision_json(&decision, programmes),
    });
    let tx = state.store.begin().await?;
    tx.set_records(admin.unit_id, &decision).await?;
    tx.set_programmes(admin.unit_id, programmes).await?;
    tx.audit(by(&admin, &ip, AuditAction::UnitRecords, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit?done=records#records").into_response())
}

fn decision_json(d: &Decision, p: Programmes) -> serde_json::Value {
    json!({
        "mode": d.mode.as_str(),
        "anonymous_walk_ins": d.anonymous_walk_ins,
        "decision_ref": d.reference,
        "decided_on": d.decided_on,
        "family_coordination": p.family_coordination,
        "housing_first": p.housing_first,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PrivacyForm {
    suppression_threshold: String,
    survey_text_days: String,
    inquiry_days: String,
}

/// The unit's privacy settings: the suppression threshold and how long free text and unanswered
/// contact requests are kept.
pub async fn save_privacy(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(f): Form<PrivacyForm>,
) -> AppResult<Response> {
    let p = match Privacy::parse(&f.suppression_threshold, &f.survey_text_days, &f.inquiry_days) {
        Ok(p) => p,
        Err(errs) => {
            let unit = state.store.unit(admin.unit_id).await?;
            let mut errors = FieldErrors::default();
            for (field, e) in errs {
                errors.add(field, e.message_id);
            }
            return Ok(UnitPage { privacy: f, ..UnitPage::of(c, unit, errors, None) }.refused());
        }
    };
    let tx = state.store.begin().await?;
    tx.set_unit_privacy(admin.unit_id, &p).await?;
    let detail = json!({
        "suppression_threshold": p.threshold,
        "survey_text_days": p.text_days,
        "inquiry_days": p.inquiry_days,
    });
    tx.audit(by(&admin, &ip, AuditAction::UnitPrivacy, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit?done=privacy#privacy").into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReferralsForm {
    takes_referrals: Option<String>,
}

/// Whether the unit takes referrals from the installation's other units into its intake list
/// (with the resident's consent) and their anonymous heads-ups.
pub async fn save_referrals(
    State(state): State<AppState>,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Form(f): Form<ReferralsForm>,
) -> AppResult<Response> {
    let unit = state.store.unit(admin.unit_id).await?;
    let takes = f.takes_referrals.is_some();
    let tx = state.store.begin().await?;
    tx.set_takes_referrals(admin.unit_id, takes).await?;
    let detail = json!({ "from": unit.takes_referrals, "to": takes });
    tx.audit(by(&admin, &ip, AuditAction::UnitReferrals, "unit", admin.unit_id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/unit?done=referrals#referrals").into_response())
}
