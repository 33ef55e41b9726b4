//! The journal of a documented case ("journalanteckningar"): the notes in time order, a new note,
//! changing and signing one's own note until it is signed, correcting a signed one, and a
//! printable journal. Who may see the resident may read and write the journal; every reading is
//! in the audit log.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_app::journal::{JournalError, Note, edit, read, sign, write};
use lotsen_domain::case::parse_past_date;
use lotsen_domain::ids::{CaseId, NoteId};
use lotsen_domain::records::journal::NoteText;
use lotsen_store::{CaseRecord, Scoped, UserRecord};
use serde::Deserialize;

use super::access::contact_case as guard;
use crate::audit_log::caller;
use crate::auth::{Actor, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::id::{Id, Key};
use crate::pages::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NoteForm {
    pub on: String,
    pub text: String,
    /// The signed note this one corrects.
    pub corrects: String,
}

/// A note as the page shows it.
pub struct NoteView {
    pub id: NoteId,
    pub on: String,
    pub author: String,
    pub text: String,
    pub signed: bool,
    /// The reader wrote it and it is not signed: they may change or sign it.
    pub own_open: bool,
    pub corrects: Option<NoteId>,
    pub corrected_by: Vec<NoteId>,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/journal.html")]
pub struct JournalPage {
    c: Chrome,
    case_id: CaseId,
    documented: bool,
    notes: Vec<NoteView>,
    f: NoteForm,
    errors: FieldErrors,
    /// The note whose form `f` and `errors` belong to, when it is not a new note.
    note_form: Option<NoteId>,
    notice: Option<&'static str>,
    /// For the new-note form while another note's form holds the errors.
    no_errors: FieldErrors,
    today: String,
}

impl JournalPage {
    /// Whether the submitted form (and its errors) is note `id`'s.
    fn here(&self, id: &NoteId) -> bool {
        self.note_form == Some(*id)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "case/journal_print.html")]
pub struct JournalPrint {
    c: Chrome,
    case_id: CaseId,
    unit: String,
    notes: Vec<NoteView>,
}

fn views(notes: Vec<Note>, users: &[UserRecord], actor: &Actor) -> Vec<NoteView> {
    notes
        .into_iter()
        .map(|n| NoteView {
            id: n.id,
            on: n.written_on.to_string(),
            author: users.iter().find(|u| u.id == n.author_id).map_or_else(String::new, |u| u.display_name.clone()),
            own_open: !n.signed && n.author_id == actor.user_id,
            signed: n.signed,
            text: n.text,
            corrects: n.corrects,
            corrected_by: n.corrected_by,
        })
        .collect()
}

fn failed(e: JournalError) -> AppError {
    match e {
        JournalError::Store(e) => e.into(),
        JournalError::Seal(e) => AppError::Internal(e),
        JournalError::NotAuthor => AppError::Forbidden,
        e => AppError::Internal(anyhow::anyhow!("{e}")),
    }
}

/// The journal page, its notes read (and the reading logged) unless the case is not documented.
async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    ip: &ClientIp,
    case: &Scoped<CaseRecord>,
) -> AppResult<JournalPage> {
    let notes = if case.documented {
        let users = state.store.users(Some(actor.unit_id)).await?;
        let notes = read(&state.store, &caller(actor, ip), &state.keys.fields, case).await.map_err(failed)?;
        views(notes, &users, actor)
    } else {
        Vec::new()
    };
    Ok(JournalPage {
        c,
        case_id: case.id,
        documented: case.documented,
        notes,
        f: NoteForm { on: state.clock.today().to_string(), ..Default::default() },
        errors: FieldErrors::default(),
        note_form: None,
        notice: None,
        no_errors: FieldErrors::default(),
        today: state.clock.today().to_string(),
    })
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /cases/{id}/journal`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    axum::extract::Query(q): axum::extract::Query<Done>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let notice = match q.done.as_deref() {
        Some("written") => Some("journal-written"),
        Some("changed") => Some("journal-changed"),
        Some("signed") => Some("journal-signed"),
        _ => None,
    };
    Ok(JournalPage { notice, ..page(&state, c, &actor, &ip, &case).await? }.into_response())
}

/// `GET /cases/{id}/journal/print`: the journal to print, without forms.
pub async fn print(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let p = page(&state, c, &actor, &ip, &case).await?;
    let unit = state.store.unit(actor.unit_id).await?.name;
    Ok(JournalPrint { c: p.c, case_id: id, unit, notes: p.notes }.into_response())
}

/// Checks a note's day and text; errors under the form's own names.
fn check(f: &NoteForm, today: chrono::NaiveDate, e: &mut FieldErrors) -> Option<(chrono::NaiveDate, NoteText)> {
    let on = e.check("on", parse_past_date(&f.on, today));
    let text = e.check("text", NoteText::parse(&f.text));
    on.zip(text)
}

/// Who is asking about which case.
struct Asking<'a> {
    state: &'a AppState,
    actor: &'a Actor,
    ip: &'a ClientIp,
    case: &'a Scoped<CaseRecord>,
}

async fn refused(
    a: Asking<'_>,
    c: Chrome,
    f: NoteForm,
    errors: FieldErrors,
    note_form: Option<NoteId>,
) -> AppResult<Response> {
    let p = page(a.state, c, a.actor, a.ip, a.case).await?;
    // A note of another case (or none): the errors go with the form at the foot of the page.
    let note_form = note_form.filter(|id| p.notes.iter().any(|n| n.id == *id));
    Ok((StatusCode::UNPROCESSABLE_ENTITY, JournalPage { f, errors, note_form, ..p }).into_response())
}

/// `POST /cases/{id}/journal`: a new note, or the correction of a signed one.
pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<NoteForm>,
) -> AppResult<Response> {
    let case = guard(&state, &actor, id).await?;
    let mut e = FieldErrors::default();
    if !case.documented {
        e.add("text", "error-journal-not-documented");
    }
    let corrects = match f.corrects.trim() {
        "" => None,
        raw => match NoteId::parse_key(raw) {
            Some(n) => Some(n),
            None => {
                e.add("text", "error-journal-correct");
                None
            }
        },
    };
    let checked = check(&f, state.clock.today(), &mut e);
    let (Some((on, text)), true) = (checked, e.is_empty()) else {
        return refused(Asking { state: &state, actor: &actor, ip: &ip, case: &case }, c, f, e, corrects).await;
    };
    match write(&state.store, &caller(&actor, &ip), &state.keys.fields, &case, on, &text, corrects).await {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}/journal?done=written#journal")).into_response()),
        Err(JournalError::Store(lotsen_store::StoreError::NotFound) | JournalError::NotSigned) => {
            e.add("text", "error-journal-correct");
            refused(Asking { state: &state, actor: &actor, ip: &ip, case: &case }, c, f, e, corrects).await
        }
        Err(err) => Err(failed(err)),
    }
}

/// The case and the note named by the path.
#[derive(Debug, Deserialize)]
pub struct NotePath {
    id: String,
    note: String,
}

impl NotePath {
    fn ids(&self) -> AppResult<(CaseId, NoteId)> {
        CaseId::parse_key(&self.id).zip(NoteId::parse_key(&self.note)).ok_or(AppError::NotFound)
    }
}

/// `POST /cases/{id}/journal/{note}`: changes one's own note before it is signed.
pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<NotePath>,
    Form(f): Form<NoteForm>,
) -> AppResult<Response> {
    let (id, note) = p.ids()?;
    let case = guard(&state, &actor, id).await?;
    let mut e = FieldErrors::default();
    let Some((on, text)) = check(&f, state.clock.today(), &mut e) else {
        return refused(Asking { state: &state, actor: &actor, ip: &ip, case: &case }, c, f, e, Some(note)).await;
    };
    match edit(&state.store, &caller(&actor, &ip), &state.keys.fields, &case, note, on, &text).await {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{id}/journal?done=changed#note-{note}")).into_response()),
        Err(JournalError::Signed) => {
            e.add("text", "error-journal-signed");
            refused(Asking { state: &state, actor: &actor, ip: &ip, case: &case }, c, f, e, Some(note)).await
        }
        Err(JournalError::NotDocumented) => Err(AppError::NotFound),
        Err(err) => Err(failed(err)),
    }
}

/// `POST /cases/{id}/journal/{note}/sign`
pub async fn sign_note(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(p): Path<NotePath>,
) -> AppResult<Response> {
    let (id, note) = p.ids()?;
    let case = guard(&state, &actor, id).await?;
    match sign(&state.store, &caller(&actor, &ip), &case, note).await {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{id}/journal?done=signed#note-{note}")).into_response()),
        Err(JournalError::NotDocumented) => Err(AppError::NotFound),
        Err(err) => Err(failed(err)),
    }
}
