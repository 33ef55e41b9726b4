//! Telling one's story once: the case's intake note (a summary the resident agrees to, written at
//! the first contact), and a referral sent on to another unit of the installation with the
//! resident's consent, or only an anonymous heads-up without it.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_app::transfer::Sender;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::CaseStatus;
use lotsen_domain::ids::{CaseId, UnitId};
use lotsen_domain::transfer::{Send, SendDraft, Sharable, TransferKind, parse_intake_note};
use lotsen_store::{CaseRecord, ReferralRecord, Scoped, SendRefused, UserRecord};
use serde::Deserialize;
use serde_json::json;

use super::access::may_see_identity;
use super::correct::SubPath;
use super::show::{Forms, render};
use crate::audit_log::{by, caller};
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt, label};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name;

/// The intake note as the case page shows it.
pub struct NoteLine {
    pub text: String,
    pub agreed_on: String,
    pub author: String,
}

/// A referral sent on, as its case page shows where it stands.
pub struct SentLine {
    pub referral_id: i64,
    pub unit: String,
    pub heads_up: bool,
    pub state: &'static str,
    pub sent_on: String,
    pub answered_on: String,
    pub reason: Option<&'static str>,
    pub consent_on: String,
    pub contact: bool,
    pub note: bool,
}

/// The case page's part about the resident's story and referrals to other units.
#[derive(Default)]
pub struct StoryView {
    pub note: Option<NoteLine>,
    /// There is a note, which this reader may not read.
    pub note_hidden: bool,
    /// The reader may write the note.
    pub may_write: bool,
    /// Another unit takes referrals, so a referral can be sent on.
    pub may_send: bool,
    pub sent: Vec<SentLine>,
}

impl StoryView {
    pub fn sent_for(&self, referral: &i64) -> Vec<&SentLine> {
        self.sent.iter().filter(|s| s.referral_id == *referral).collect()
    }

    /// The referral waits at another unit or was taken on there.
    pub fn in_force(&self, referral: &i64) -> bool {
        self.sent_for(referral).iter().any(|s| s.state == "sent" || s.state == "accepted")
    }
}

fn day(ts: i64) -> String {
    crate::i18n::local_datetime(ts).chars().take(10).collect()
}

/// Who reads and writes a case's intake note: as for its resident's details, the responsible
/// coordinator and the unit's managers, and the contact person of the resident's running
/// continued contact.
pub(super) async fn may_read_note(state: &AppState, actor: &Actor, case: &Scoped<CaseRecord>) -> AppResult<bool> {
    Ok(may_see_identity(actor, case.coordinator_id)
        || (case.person_id.is_some() && state.store.keeps_contact(case, actor.user_id).await?))
}

/// What the case page shows of the intake note and the referrals sent on.
pub async fn view(
    state: &AppState,
    actor: &Actor,
    case: &Scoped<CaseRecord>,
    users: &[UserRecord],
) -> AppResult<StoryView> {
    let stored = state.store.intake_note(case).await?;
    let may_read = may_read_note(state, actor, case).await?;
    let note_hidden = stored.is_some() && !may_read;
    let note = match stored.filter(|_| may_read) {
        Some(n) => Some(NoteLine {
            text: lotsen_app::privacy::open_intake_note(&state.keys.fields, case.id, &n.sealed)?,
            agreed_on: n.agreed_on.to_string(),
            author: user_name(users, n.written_by),
        }),
        None => None,
    };
    let transfers = state.store.case_transfers(case).await?;
    let units = if transfers.is_empty() { Vec::new() } else { state.store.units().await? };
    let mut sent = Vec::new();
    for t in transfers {
        sent.push(SentLine {
            referral_id: t.referral_id,
            unit: units.iter().find(|u| u.id == t.to_unit_id).map(|u| u.name.clone()).unwrap_or_default(),
            heads_up: t.kind == TransferKind::HeadsUp,
            state: t.state.as_str(),
            sent_on: day(t.sent_at),
            answered_on: t.answered_at.map(day).unwrap_or_default(),
            reason: t.return_reason.map(lotsen_domain::transfer::ReturnReason::as_str),
            consent_on: t.consent.map(|c| c.on.to_string()).unwrap_or_default(),
            contact: t.consent.is_some_and(|c| c.contact),
            note: t.consent.is_some_and(|c| c.note),
        });
    }
    let may_send =
        case.status != CaseStatus::Closed && state.store.referral_takers().await?.iter().any(|u| u.id != actor.unit_id);
    Ok(StoryView { note, note_hidden, may_write: may_read, may_send, sent })
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NoteForm {
    #[serde(rename = "intake-note")]
    pub text: String,
    #[serde(rename = "intake-note-agreed")]
    pub agreed: Option<String>,
}

/// `POST /cases/{id}/intake-note`: writes or rewrites the intake note; the resident agreed to it
/// today. The audit row keeps its length, never its words.
pub async fn save_note(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<NoteForm>,
) -> AppResult<Response> {
    let case = state.store.case(actor.unit_id, id).await?;
    if !may_read_note(&state, &actor, &case).await? {
        return Err(AppError::Forbidden);
    }
    let mut e = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        e.add("intake-note", "error-case-closed");
    }
    let text = match parse_intake_note(&f.text, f.agreed.is_some()) {
        Ok(t) if e.is_empty() => t,
        Ok(_) => String::new(),
        Err(list) => {
            for (field, err) in list {
                e.add(field, err.message_id);
            }
            String::new()
        }
    };
    if !e.is_empty() {
        let forms = Forms { note: f, note_errors: e, ..Default::default() };
        return render(&state, c, &actor, id, forms, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let replaced = state.store.intake_note(&case).await?.is_some();
    let sealed = lotsen_app::privacy::seal_intake_note(&state.keys.fields, case.id, &text)?;
    let tx = state.store.begin().await?;
    tx.set_intake_note(&case, sealed, state.clock.today(), actor.user_id).await?;
    let detail = json!({ "chars": text.chars().count(), "replaced": replaced });
    tx.audit(by(&actor, &ip, AuditAction::IntakeNoteSave, "case", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/cases/{id}?done=intake-note#story")).into_response())
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SendForm {
    pub to_unit: String,
    pub transfer_kind: String,
    pub consent_on: String,
    pub share_contact: Option<String>,
    pub share_note: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/send.html")]
pub struct SendPage {
    c: Chrome,
    case_id: CaseId,
    referral_id: i64,
    /// The referral as the case page names it.
    destination: String,
    on: String,
    units: Vec<Opt>,
    has: Sharable,
    f: SendForm,
    errors: FieldErrors,
}

/// The case and its referral `rid`; not found when the referral is not the case's.
pub(super) async fn case_referral(
    state: &AppState,
    actor: &Actor,
    id: CaseId,
    rid: i64,
) -> AppResult<(Scoped<CaseRecord>, ReferralRecord)> {
    let d = state.store.case_detail(actor.unit_id, id).await?;
    let r = d.referrals.into_iter().find(|r| r.id == rid).ok_or(AppError::NotFound)?;
    Ok((d.case, r))
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    case: &Scoped<CaseRecord>,
    rid: i64,
    f: SendForm,
    errors: FieldErrors,
) -> AppResult<SendPage> {
    let d = state.store.case_detail(actor.unit_id, case.id).await?;
    let r = d.referrals.iter().find(|r| r.id == rid).ok_or(AppError::NotFound)?;
    let lists = state.store.lists(actor.unit_id).await?;
    let units = state
        .store
        .referral_takers()
        .await?
        .into_iter()
        .filter(|u| u.id != actor.unit_id)
        .map(|u| Opt { selected: u.id.to_string() == f.to_unit, value: u.id.to_string(), label: u.name })
        .collect();
    let has = sharable(state, actor, case).await?;
    Ok(SendPage {
        destination: label(&lists, r.destination_id, c.locale()),
        on: r.on.to_string(),
        case_id: case.id,
        referral_id: rid,
        units,
        has,
        f,
        errors,
        c,
    })
}

/// What the sender may share: contact details and the intake note when the case has them and
/// the sender may read them.
pub(super) async fn sharable(state: &AppState, actor: &Actor, case: &Scoped<CaseRecord>) -> AppResult<Sharable> {
    let contact = may_see_identity(actor, case.coordinator_id) && state.store.identity(case.id).await?.is_some();
    let note = state.store.intake_note(case).await?.is_some() && may_read_note(state, actor, case).await?;
    Ok(Sharable { contact, note })
}

/// `GET /cases/{id}/referrals/{rid}/send`: the form to send a referral on to another unit.
pub async fn send_form(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Path(p): Path<SubPath>,
) -> AppResult<Response> {
    let (id, rid) = p.ids()?;
    let (case, _) = case_referral(&state, &actor, id, rid).await?;
    let f = SendForm { consent_on: state.clock.today().to_string(), ..Default::default() };
    Ok(page(&state, c, &actor, &case, rid, f, FieldErrors::default()).await?.into_response())
}

/// `POST /cases/{id}/referrals/{rid}/send`: sends it, or refuses with a message per field and
/// nothing saved.
pub async fn send(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<SubPath>,
    Form(f): Form<SendForm>,
) -> AppResult<Response> {
    let (id, rid) = p.ids()?;
    let (case, _) = case_referral(&state, &actor, id, rid).await?;
    let takers: Vec<UnitId> = state.store.referral_takers().await?.iter().map(|u| u.id).collect();
    let has = sharable(&state, &actor, &case).await?;
    let draft = SendDraft {
        to_unit: &f.to_unit,
        kind: &f.transfer_kind,
        consent_on: &f.consent_on,
        share_contact: f.share_contact.is_some(),
        share_note: f.share_note.is_some(),
    };
    let mut errors = FieldErrors::default();
    if case.status == CaseStatus::Closed {
        errors.add("to_unit", "error-case-closed");
    }
    let checked = Send::parse(&draft, actor.unit_id, &takers, has, state.clock.today());
    let s = match checked {
        Ok(s) if errors.is_empty() => s,
        Ok(_) => return refused(&state, c, &actor, &case, rid, f, errors).await,
        Err(list) => {
            for (field, e) in list {
                errors.add(field, e.message_id);
            }
            return refused(&state, c, &actor, &case, rid, f, errors).await;
        }
    };
    let users = state.store.users(Some(actor.unit_id)).await?;
    let from = Sender { unit_name: &actor.unit_name, user_name: &user_name(&users, actor.user_id) };
    let who = caller(&actor, &ip);
    match lotsen_app::transfer::send(&state.store, &state.keys.fields, &who, &case, rid, s, from).await? {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}?done=referral-sent#referral-{rid}")).into_response()),
        Err(r) => {
            let mut errors = FieldErrors::default();
            match r {
                SendRefused::AlreadySent => errors.add("to_unit", "error-referral-sent"),
                SendRefused::NotTaking => errors.add("to_unit", "error-referral-unit"),
            }
            refused(&state, c, &actor, &case, rid, f, errors).await
        }
    }
}

async fn refused(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    case: &Scoped<CaseRecord>,
    rid: i64,
    f: SendForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let p = page(state, c, actor, case, rid, f, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
}
