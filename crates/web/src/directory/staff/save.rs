//! Saving, retiring and checking a service: each change in one transaction with its audit row.
use lotsen_domain::audit_action::AuditAction;
use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::directory::ServiceEntry;
use lotsen_domain::lists::DestinationGroup;
use lotsen_hsds::spec::object;
use lotsen_store::Visibility;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::{Actor, KeepsDirectory};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

use super::form::{ServiceForm, category_options, entry_id, page};
use super::parts::{Parts, parts};
use super::rows::{attributes_of, row, rows_of};
use crate::directory::cache::Snapshot;

/// The form as a service entry and its organisation's group, or the errors per field.
fn check(
    f: &ServiceForm,
    snap: &Snapshot,
    actor: &Actor,
    allowed: &[(String, String)],
) -> Result<(ServiceEntry, Option<DestinationGroup>), FieldErrors> {
    let mut errors = FieldErrors::default();
    let entry = match ServiceEntry::parse(&f.draft()) {
        Ok(e) => Some(e),
        Err(list) => {
            errors.add_prefixed("s_", list);
            None
        }
    };
    if let Some(Ok(org)) = entry.as_ref().map(|e| &e.organization)
        && (snap.all.get("organization", org).is_none() || !snap.flags.seen_by(actor.unit_id, org))
    {
        errors.add("s_organization", "error-choose");
    }
    let group = match f.s_group.trim() {
        "" => None,
        g => errors.check("s_group", DestinationGroup::parse(g)),
    };
    if f.s_categories.iter().any(|c| !allowed.iter().any(|(t, _)| t == c)) {
        errors.add("s_categories", "error-choose");
    }
    match entry {
        Some(entry) if errors.is_empty() => Ok((entry, group)),
        _ => Err(errors),
    }
}

/// `POST /directory/services` and `POST /directory/services/{id}`
pub(super) async fn save(
    state: AppState,
    c: Chrome,
    actor: Actor,
    ip: ClientIp,
    id: Option<String>,
    f: ServiceForm,
) -> AppResult<Response> {
    let snap = state.snapshot().await?;
    let allowed = category_options(&state, &actor, &c).await?;
    let terms: Vec<String> = state.store.category_terms(actor.unit_id).await?.into_values().collect();
    let p = match &id {
        Some(i) => {
            crate::directory::may_change(&snap, &actor, "service", i)?;
            parts(&snap.all, i, &terms)
        }
        None => Parts::default(),
    };
    let (entry, group) = match check(&f, &snap, &actor, &allowed) {
        Ok(checked) => checked,
        Err(errors) => {
            let p = page(&state, c, &actor, id, f, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
        }
    };
    let tx = state.store.begin().await?;
    // The service as the unit's own: read again in the transaction, so nothing of another unit's
    // can be written whatever the form says.
    let owned = match &id {
        Some(i) => tx.owned(actor.unit_id, "service", i).await?,
        None => tx.new_owned(actor.unit_id, "service"),
    }
    .ok_or(AppError::NotFound)?;
    let service = owned.id().to_owned();
    let (organization, new_organization) = match &entry.organization {
        Ok(existing) => (existing.clone(), None),
        Err(name) => {
            let org = tx.new_owned(actor.unit_id, "organization").ok_or(AppError::NotFound)?;
            let r = row(
                "organization",
                vec![("id", org.id().into()), ("name", name.clone().into()), ("description", name.clone().into())],
            );
            tx.put_directory_rows(actor.unit_id, &[r]).await?;
            tx.set_organization_group(&org, group).await?;
            (org.id().to_owned(), Some(org))
        }
    };
    let verified = f.s_verified.is_some().then(|| state.clock.today());
    let (mut rows, mut removed) = rows_of(&entry, &service, &organization, &p, verified, state.clock.now());
    let (attrs, gone) = attributes_of(&entry, &service, &f.s_categories, &allowed, &p);
    rows.extend(attrs);
    removed.extend(gone);
    let counts = tx.put_directory_rows(actor.unit_id, &rows).await?;
    let mut by_object: HashMap<&'static str, Vec<String>> = HashMap::new();
    for (obj, rid) in removed {
        by_object.entry(obj).or_default().push(rid);
    }
    for (obj, ids) in &by_object {
        tx.remove_directory_rows(&owned, object(obj).expect("an HSDS object"), ids).await?;
    }
    let visibility = if entry.public { Visibility::Public } else { Visibility::Internal };
    tx.set_directory_visibility(&owned, visibility).await?;
    if entry.public {
        // A published service shows its organisation too, when the unit maintains it; another
        // unit's organisation is public already (an internal one cannot be chosen).
        let org = match new_organization {
            Some(o) => Some(o),
            None => tx.owned(actor.unit_id, "organization", &organization).await?,
        };
        if let Some(org) = org {
            tx.set_directory_visibility(&org, Visibility::Public).await?;
        }
    }
    let action = if id.is_some() { AuditAction::DirectoryServiceUpdate } else { AuditAction::DirectoryServiceCreate };
    tx.audit(by(
        &actor,
        &ip,
        action,
        "directory_service",
        &service,
        json!({ "name": entry.name, "public": entry.public, "status": entry.status, "verified": verified.is_some(),
                "rows_created": counts.created, "rows_updated": counts.updated,
                "rows_removed": by_object.values().map(Vec::len).sum::<usize>() }),
    ))
    .await?;
    tx.commit().await?;
    let done = if id.is_some() { "saved" } else { "created" };
    Ok(Redirect::to(&format!("/directory?done={done}")).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
    ip: ClientIp,
    Form(f): Form<ServiceForm>,
) -> AppResult<Response> {
    save(state, c, actor, ip, None, f).await
}

pub async fn update(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
    ip: ClientIp,
    Path(id): Path<String>,
    Form(f): Form<ServiceForm>,
) -> AppResult<Response> {
    let id = entry_id(&id)?;
    save(state, c, actor, ip, Some(id), f).await
}

/// `POST /directory/services/{id}/retire` (and `/restore`): hidden from search and suggestions,
/// kept for the referrals made to it.
pub async fn retire(
    State(state): State<AppState>,
    KeepsDirectory(actor): KeepsDirectory,
    ip: ClientIp,
    Path((id, what)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = entry_id(&id)?;
    let retired = match what.as_str() {
        "retire" => true,
        "restore" => false,
        "verified" => return verified(state, actor, ip, id).await,
        _ => return Err(AppError::NotFound),
    };
    crate::directory::may_change(&*state.snapshot().await?, &actor, "service", &id)?;
    let tx = state.store.begin().await?;
    let service = tx.owned(actor.unit_id, "service", &id).await?.ok_or(AppError::NotFound)?;
    tx.set_service_retired(&service, retired).await?;
    let action = if retired { AuditAction::DirectoryServiceRetire } else { AuditAction::DirectoryServiceRestore };
    tx.audit(by(&actor, &ip, action, "directory_service", &id, json!({}))).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/directory?done={}", if retired { "retired" } else { "restored" })).into_response())
}

/// Marks a service checked today, without editing it.
pub(super) async fn verified(state: AppState, actor: Actor, ip: ClientIp, id: String) -> AppResult<Response> {
    crate::directory::may_change(&*state.snapshot().await?, &actor, "service", &id)?;
    let Some(mut s) = state.store.directory_row(object("service").expect("service"), &id).await? else {
        return Err(AppError::NotFound);
    };
    let day = state.clock.today();
    s.fields.insert("assured_date".into(), day.to_string().into());
    let tx = state.store.begin().await?;
    tx.owned(actor.unit_id, "service", &id).await?.ok_or(AppError::NotFound)?;
    tx.put_directory_rows(actor.unit_id, &[s]).await?;
    tx.audit(by(&actor, &ip, AuditAction::DirectoryServiceVerify, "directory_service", &id, json!({ "on": day })))
        .await?;
    tx.commit().await?;
    Ok(Redirect::to("/directory?show=unverified&done=verified").into_response())
}
