//! An organisation on a page of its own (`/directory/organizations/{id}`): its name, description,
//! how to reach it, its group for the statistics and whether the public sees it, with the services
//! it gives. Edited once here instead of through each service; audited.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::directory::{OrganizationDraft, OrganizationEntry};
use lotsen_domain::ids::UnitId;
use lotsen_domain::lists::DestinationGroup;
use lotsen_domain::search;
use lotsen_hsds::Row;
use lotsen_store::Visibility;
use serde::Deserialize;
use serde_json::{Value, json};

use super::form::entry_id;
use super::parts::t;
use super::rows::row;
use super::status_label;
use crate::audit_log::by;
use crate::auth::KeepsDirectory;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::pages::Chrome;
use crate::state::AppState;

/// The organisation form as typed.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct OrganizationForm {
    pub o_name: String,
    pub o_description: String,
    pub o_email: String,
    pub o_website: String,
    pub o_phone: String,
    pub o_group: String,
    pub o_visibility: String,
}

impl OrganizationForm {
    fn draft(&self) -> OrganizationDraft<'_> {
        OrganizationDraft {
            name: &self.o_name,
            description: &self.o_description,
            email: &self.o_email,
            website: &self.o_website,
            phone: &self.o_phone,
            group: &self.o_group,
            visibility: &self.o_visibility,
        }
    }
}

/// One of the organisation's services, as listed on its page.
pub struct OwnService {
    pub id: String,
    pub name: String,
    pub status: String,
    pub internal: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/organization.html")]
pub struct OrganizationPage {
    c: Chrome,
    id: String,
    f: OrganizationForm,
    errors: FieldErrors,
    groups: Vec<Opt>,
    visibilities: Vec<Opt>,
    services: Vec<OwnService>,
    saved: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    done: String,
}

/// The organisation's own phone (not a service's or a location's).
fn own_phone<'a>(ix: &'a lotsen_hsds::Index, id: &str) -> Option<&'a Row> {
    ix.referring("phone", "organization_id", id)
        .into_iter()
        .find(|p| p.text("service_id").is_none() && p.text("location_id").is_none())
}

async fn page(
    state: &AppState,
    c: Chrome,
    unit_id: UnitId,
    id: String,
    f: OrganizationForm,
    errors: FieldErrors,
    saved: bool,
) -> AppResult<OrganizationPage> {
    let snap = state.snapshot().await?;
    let opts = |codes: &[&str], prefix: &str, current: &str| -> Vec<Opt> {
        codes
            .iter()
            .map(|x| Opt { value: (*x).to_owned(), label: c.t.get(format!("{prefix}-{x}")), selected: *x == current })
            .collect()
    };
    let groups = opts(&DestinationGroup::ALL.map(|g| g.as_str()), "group", &f.o_group);
    let visibilities = opts(&["public", "internal"], "directory-visibility", &f.o_visibility);
    let mut services: Vec<OwnService> = snap
        .all
        .referring("service", "organization_id", &id)
        .into_iter()
        .filter(|s| snap.flags.seen_by(unit_id, s.id()))
        .map(|s| OwnService {
            id: s.id().to_owned(),
            name: s.text("name").unwrap_or_default().to_owned(),
            status: if snap.flags.retired.contains(s.id()) {
                c.t.get("directory-retired")
            } else {
                status_label(&c, s.text("status").unwrap_or("active"))
            },
            internal: snap.flags.internal.contains(s.id()),
        })
        .collect();
    services.sort_by_cached_key(|s| search::fold(&s.name));
    Ok(OrganizationPage { c, id, f, errors, groups, visibilities, services, saved })
}

/// `GET /directory/organizations/{id}`
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> AppResult<OrganizationPage> {
    let id = entry_id(&id)?;
    let snap = state.snapshot().await?;
    crate::directory::may_change(&snap, &actor, "organization", &id)?;
    let o = snap.all.get("organization", &id).ok_or(AppError::NotFound)?;
    let f = OrganizationForm {
        o_name: t(Some(o), "name"),
        o_description: t(Some(o), "description"),
        o_email: t(Some(o), "email"),
        o_website: t(Some(o), "website"),
        o_phone: t(own_phone(&snap.all, &id), "number"),
        o_group: snap.flags.groups.get(&id).cloned().unwrap_or_default(),
        o_visibility: if snap.flags.internal.contains(&id) { "internal" } else { "public" }.to_owned(),
    };
    page(&state, c, actor.unit_id, id, f, FieldErrors::default(), q.done == "saved").await
}

/// `POST /directory/organizations/{id}`: all or nothing, with its audit row.
pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
    ip: ClientIp,
    Path(id): Path<String>,
    Form(f): Form<OrganizationForm>,
) -> AppResult<Response> {
    let id = entry_id(&id)?;
    let snap = state.snapshot().await?;
    crate::directory::may_change(&snap, &actor, "organization", &id)?;
    let stored = snap.all.get("organization", &id).ok_or(AppError::NotFound)?;
    let entry = match OrganizationEntry::parse(&f.draft()) {
        Ok(e) => e,
        Err(list) => {
            let mut errors = FieldErrors::default();
            errors.add_prefixed("o_", list);
            let p = page(&state, c, actor.unit_id, id, f, errors, false).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    // What the form does not show (imported fields) is kept.
    let mut o = stored.clone();
    for (k, v) in [
        ("name", Some(&entry.name)),
        ("description", entry.description.as_ref().or(Some(&entry.name))),
        ("email", entry.email.as_ref()),
        ("website", entry.website.as_ref()),
    ] {
        match v {
            Some(v) => o.fields.insert(k.to_owned(), Value::String(v.clone())),
            None => o.fields.remove(k),
        };
    }
    let phone = own_phone(&snap.all, &id);
    let tx = state.store.begin().await?;
    let owned = tx.owned(actor.unit_id, "organization", &id).await?.ok_or(AppError::NotFound)?;
    let mut rows = vec![o];
    match &entry.phone {
        Some(number) => {
            let pid = phone
                .map_or_else(|| lotsen_store::derived_id(&format!("organization/{id}/phone")), |p| p.id().to_owned());
            rows.push(row(
                "phone",
                vec![("id", pid.into()), ("organization_id", id.clone().into()), ("number", number.clone().into())],
            ));
        }
        None => {
            if let (Some(p), Some(obj)) = (phone, lotsen_hsds::spec::object("phone")) {
                tx.remove_directory_rows(&owned, obj, &[p.id().to_owned()]).await?;
            }
        }
    }
    tx.put_directory_rows(actor.unit_id, &rows).await?;
    tx.set_organization_group(&owned, entry.group).await?;
    let visibility = if entry.public { Visibility::Public } else { Visibility::Internal };
    tx.set_directory_visibility(&owned, visibility).await?;
    tx.audit(by(
        &actor,
        &ip,
        AuditAction::DirectoryOrganizationUpdate,
        "directory_organization",
        &id,
        json!({ "name": entry.name, "public": entry.public, "group": entry.group.map(|g| g.as_str()) }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/directory/organizations/{id}?done=saved")).into_response())
}
