//! The unit's lists, editable by its admins. An entry is never deleted: retiring it hides it from
//! new input while old cases and the statistics keep it.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::ListEntryId;
use lotsen_domain::lists::{AgeBounds, DestinationGroup, Label, ListKind};
use lotsen_store::{EntryInput, ListEntry, Scoped};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::{Actor, AdminOf};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::forms::{Opt, code_options};
use crate::pages::Chrome;
use crate::state::AppState;

pub struct KindSummary {
    pub kind: &'static str,
    pub active: usize,
    pub retired: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/lists.html")]
pub struct ListsPage {
    c: Chrome,
    kinds: Vec<KindSummary>,
}

pub async fn overview(State(state): State<AppState>, c: Chrome, AdminOf(admin): AdminOf) -> AppResult<ListsPage> {
    let lists = state.store.lists(admin.unit_id).await?;
    let kinds = ListKind::ALL
        .iter()
        .map(|k| {
            let all = lists.all(*k);
            let retired = all.iter().filter(|e| e.retired).count();
            KindSummary { kind: k.as_str(), active: all.len() - retired, retired }
        })
        .collect();
    Ok(ListsPage { c, kinds })
}

fn kind_of(raw: &str) -> AppResult<ListKind> {
    ListKind::parse(raw).ok_or(AppError::NotFound)
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EntryForm {
    pub label_sv: String,
    pub label_en: String,
    pub label_ar: String,
    pub group: String,
    pub age_min: String,
    pub age_max: String,
    pub meeting: Option<String>,
    pub ksi_code: String,
    pub hint_sv: String,
    pub hint_en: String,
    pub hint_ar: String,
}

/// The longest hint, in characters.
const HINT_MAX: usize = 300;

/// A hint as typed: plain text on one line, at most `HINT_MAX` characters; empty is none.
fn hint(raw: &str) -> Result<Option<String>, lotsen_domain::Invalid> {
    let s = raw.trim();
    if s.chars().count() > HINT_MAX {
        return Err(lotsen_domain::Invalid::new("error-hint-long"));
    }
    if s.chars().any(char::is_control) {
        return Err(lotsen_domain::Invalid::new("error-text"));
    }
    Ok((!s.is_empty()).then(|| s.to_owned()))
}

impl EntryForm {
    fn from_entry(e: &ListEntry) -> Self {
        Self {
            label_sv: e.label_sv.clone(),
            label_en: e.label_en.clone().unwrap_or_default(),
            label_ar: e.label_ar.clone().unwrap_or_default(),
            group: e.group.map(|g| g.as_str().to_owned()).unwrap_or_default(),
            age_min: e.age_min.map(|a| a.to_string()).unwrap_or_default(),
            age_max: e.age_max.map(|a| a.to_string()).unwrap_or_default(),
            meeting: e.meeting.then(|| "1".into()),
            ksi_code: e.ksi_code.clone().unwrap_or_default(),
            hint_sv: e.hint_sv.clone().unwrap_or_default(),
            hint_en: e.hint_en.clone().unwrap_or_default(),
            hint_ar: e.hint_ar.clone().unwrap_or_default(),
        }
    }

    /// Checks the fields that apply to this kind of list, each with its own message.
    fn check(&self, kind: ListKind) -> Result<EntryInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let sv = e.check("label_sv", Label::parse(&self.label_sv));
        let en = e.check("label_en", Label::parse_optional(&self.label_en));
        let ar = e.check("label_ar", Label::parse_optional(&self.label_ar));
        let group = if kind == ListKind::ReferralDestination {
            e.check("group", DestinationGroup::parse(&self.group))
        } else {
            None
        };
        let ages = if kind == ListKind::AgeGroup {
            e.check("age_min", AgeBounds::parse(&self.age_min, &self.age_max))
        } else {
            None
        };
        let ksi = match self.ksi_code.trim() {
            "" => None,
            k if k.len() <= 20 && k.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c)) => {
                Some(k.to_owned())
            }
            _ => {
                e.add("ksi_code", "error-ksi");
                None
            }
        };
        let hint_sv = e.check("hint_sv", hint(&self.hint_sv));
        let hint_en = e.check("hint_en", hint(&self.hint_en));
        let hint_ar = e.check("hint_ar", hint(&self.hint_ar));
        let (Some(sv), Some(en), Some(ar)) = (sv, en, ar) else { return Err(e) };
        if !e.is_empty() {
            return Err(e);
        }
        Ok(EntryInput {
            label_sv: sv.as_str().to_owned(),
            label_en: en.map(|l| l.as_str().to_owned()),
            label_ar: ar.map(|l| l.as_str().to_owned()),
            group,
            age_min: ages.map(|a| i32::from(a.min)),
            age_max: ages.and_then(|a| a.max.map(i32::from)),
            meeting: kind == ListKind::ContactMode && self.meeting.is_some(),
            ksi_code: ksi,
            hint_sv: hint_sv.flatten(),
            hint_en: hint_en.flatten(),
            hint_ar: hint_ar.flatten(),
        })
    }
}

pub struct EntryRow {
    pub id: ListEntryId,
    pub label_sv: String,
    pub label_en: String,
    pub label_ar: String,
    pub extra: String,
    pub retired: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/list.html")]
pub struct ListPage {
    c: Chrome,
    kind: &'static str,
    rows: Vec<EntryRow>,
    f: EntryForm,
    errors: FieldErrors,
    groups: Vec<Opt>,
    notice: Option<&'static str>,
}

fn extra(c: &Chrome, e: &ListEntry) -> String {
    match e.kind {
        ListKind::AgeGroup => match (e.age_min, e.age_max) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("{a}+"),
            _ => String::new(),
        },
        ListKind::ReferralDestination => e.group.map(|g| c.t.of("group", g.as_str())).unwrap_or_default(),
        ListKind::ContactMode if e.meeting => c.t.get("list-counts-as-meeting"),
        _ => String::new(),
    }
}

const GROUPS: [&str; 4] = ["municipal", "region", "ngo", "other"];

async fn page(
    state: &AppState,
    c: Chrome,
    admin: &Actor,
    kind: ListKind,
    f: EntryForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<ListPage> {
    let lists = state.store.lists(admin.unit_id).await?;
    let rows = lists
        .all(kind)
        .iter()
        .map(|e| EntryRow {
            id: e.id,
            label_sv: e.label_sv.clone(),
            label_en: e.label_en.clone().unwrap_or_default(),
            label_ar: e.label_ar.clone().unwrap_or_default(),
            extra: extra(&c, e),
            retired: e.retired,
        })
        .collect();
    let groups = code_options(&c.t, "group", &GROUPS, &f.group);
    Ok(ListPage { c, kind: kind.as_str(), rows, f, errors, groups, notice })
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Path(kind): Path<String>,
    axum::extract::Query(d): axum::extract::Query<Done>,
) -> AppResult<ListPage> {
    let kind = kind_of(&kind)?;
    let notice = match d.done.as_deref() {
        Some("added") => Some("list-done-added"),
        Some("saved") => Some("list-done-saved"),
        Some("retired") => Some("list-done-retired"),
        Some("restored") => Some("list-done-restored"),
        _ => None,
    };
    page(&state, c, &admin, kind, EntryForm::default(), FieldErrors::default(), notice).await
}

pub async fn add(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Path(kind): Path<String>,
    Form(f): Form<EntryForm>,
) -> AppResult<Response> {
    let kind = kind_of(&kind)?;
    let input = match f.check(kind) {
        Ok(i) => i,
        Err(errors) => {
            let p = page(&state, c, &admin, kind, f, errors, None).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let e = tx.add_list_entry(admin.unit_id, kind, input).await?;
    // A new category is a term services can be tagged with; a new destination a service.
    tx.sync_directory_lists(admin.unit_id).await?;
    tx.audit(by(
        &admin,
        &ip,
        AuditAction::ListCreate,
        "list_entry",
        e.id,
        json!({ "kind": kind.as_str(), "label": e.label_sv }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/admin/lists/{}?done=added", kind.as_str())).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/list_entry.html")]
pub struct EntryPage {
    c: Chrome,
    kind: &'static str,
    id: ListEntryId,
    retired: bool,
    f: EntryForm,
    errors: FieldErrors,
    groups: Vec<Opt>,
}

async fn entry_of(state: &AppState, admin: &Actor, kind: &str, id: &str) -> AppResult<(ListKind, Scoped<ListEntry>)> {
    let kind = kind_of(kind)?;
    let id = id.parse::<ListEntryId>().map_err(|_| AppError::NotFound)?;
    let e = state.store.unit_list_entry(admin.unit_id, id).await?;
    if e.kind != kind {
        return Err(AppError::NotFound);
    }
    Ok((kind, e))
}

pub async fn edit(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    Path((kind, id)): Path<(String, String)>,
) -> AppResult<EntryPage> {
    let (kind, e) = entry_of(&state, &admin, &kind, &id).await?;
    let f = EntryForm::from_entry(&e);
    let groups = code_options(&c.t, "group", &GROUPS, &f.group);
    Ok(EntryPage { c, kind: kind.as_str(), id: e.id, retired: e.retired, f, errors: FieldErrors::default(), groups })
}

pub async fn save(
    State(state): State<AppState>,
    c: Chrome,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Path((kind, id)): Path<(String, String)>,
    Form(f): Form<EntryForm>,
) -> AppResult<Response> {
    let (kind, e) = entry_of(&state, &admin, &kind, &id).await?;
    let input = match f.check(kind) {
        Ok(i) => i,
        Err(errors) => {
            let groups = code_options(&c.t, "group", &GROUPS, &f.group);
            let p = EntryPage { c, kind: kind.as_str(), id: e.id, retired: e.retired, f, errors, groups };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    let tx = state.store.begin().await?;
    let after = tx.update_list_entry(&e, input).await?;
    tx.sync_directory_lists(admin.unit_id).await?;
    tx.audit(by(
        &admin,
        &ip,
        AuditAction::ListUpdate,
        "list_entry",
        e.id,
        json!({ "kind": kind.as_str(), "label": after.label_sv, "previous_label": e.label_sv }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/admin/lists/{}?done=saved", kind.as_str())).into_response())
}

pub async fn retire(
    state: State<AppState>,
    admin: AdminOf,
    ip: ClientIp,
    path: Path<(String, String)>,
) -> AppResult<Response> {
    set_retired(state, admin, ip, path, true).await
}

pub async fn restore(
    state: State<AppState>,
    admin: AdminOf,
    ip: ClientIp,
    path: Path<(String, String)>,
) -> AppResult<Response> {
    set_retired(state, admin, ip, path, false).await
}

async fn set_retired(
    State(state): State<AppState>,
    AdminOf(admin): AdminOf,
    ip: ClientIp,
    Path((kind, id)): Path<(String, String)>,
    retired: bool,
) -> AppResult<Response> {
    let (kind, e) = entry_of(&state, &admin, &kind, &id).await?;
    let tx = state.store.begin().await?;
    tx.set_list_entry_retired(&e, retired).await?;
    let action = if retired { AuditAction::ListRetire } else { AuditAction::ListRestore };
    tx.audit(by(&admin, &ip, action, "list_entry", e.id, json!({ "kind": kind.as_str(), "label": e.label_sv })))
        .await?;
    tx.commit().await?;
    let done = if retired { "retired" } else { "restored" };
    Ok(Redirect::to(&format!("/admin/lists/{}?done={done}", kind.as_str())).into_response())
}
