//! Family coordination ("samverkande koordinatorer"), in a unit that runs it: the families a
//! coordinator's pair holds, the waiting list, each pair's caseload, and consents about to expire.
//! The list names families by number only; who they are shows on the family's page, where every
//! opening is audited.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use lotsen_app::family::{self, FamilyError, caseloads, may_coordinate, may_open};
use lotsen_domain::ids::{FamilyId, PairId, UserId};
use lotsen_domain::records::family::{Actor, Status, parse_capacity};
use lotsen_store::{FamilyRecord, PairRecord, Scoped, UserRecord};
use serde::Deserialize;

use crate::audit_log::caller;
use crate::auth::{Actor as Staff, CaseWorker};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt};
use crate::i18n::Tr;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

pub mod new;
pub mod plan;
pub mod plan_pdf;
pub mod show;

/// Family coordination pages exist only in a unit that runs it.
pub(crate) fn programme(actor: &Staff) -> AppResult<()> {
    if actor.programmes.family_coordination { Ok(()) } else { Err(AppError::NotFound) }
}

/// Family `id` of the actor's unit with the pair that holds it, for someone who may see who the
/// family is; forbidden to other staff of the unit, not found in another unit.
pub(crate) async fn family_for(
    state: &AppState,
    actor: &Staff,
    id: FamilyId,
) -> AppResult<(Scoped<FamilyRecord>, Option<Scoped<PairRecord>>)> {
    programme(actor)?;
    let f = state.store.family(actor.unit_id, id).await?;
    let pair = match f.pair_id {
        Some(p) => Some(state.store.pair(actor.unit_id, p).await?),
        None => None,
    };
    if may_open(actor.role, actor.user_id, &f, pair.as_deref()) { Ok((f, pair)) } else { Err(AppError::Forbidden) }
}

/// The two coordinators' names, "Anna & Bo".
pub(crate) fn pair_name(p: &PairRecord, users: &[UserRecord]) -> String {
    let name =
        |id: UserId| users.iter().find(|u| u.id == id).map_or_else(|| id.to_string(), |u| u.display_name.clone());
    format!("{} & {}", name(p.first_id), name(p.second_id))
}

/// An actor's name: a fixed kind in the reader's language, or the directory organisation's name.
pub(crate) fn actor_label(t: &Tr, a: &Actor, orgs: &[(String, String)]) -> String {
    match (a.as_kind(), a.organization_id()) {
        (Some(k), _) => t.of("family-actor", k.as_str()),
        (None, Some(id)) => orgs
            .iter()
            .find(|(oid, _)| oid == id)
            .map_or_else(|| t.arg("family-actor-org-gone", "id", id), |(_, n)| n.clone()),
        (None, None) => a.as_str().to_owned(),
    }
}

/// The directory's organisations as (id, name), by name.
pub(crate) async fn organizations(state: &AppState) -> AppResult<Vec<(String, String)>> {
    let snap = state.snapshot().await?;
    let mut out: Vec<(String, String)> = snap
        .all
        .all("organization")
        .filter_map(|r| {
            let id = r.fields.get("id")?.as_str()?.to_owned();
            let name = r.fields.get("name")?.as_str()?.to_owned();
            Actor::organization(&id).ok().map(|_| (id, name))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

/// The pairs that can take a family now, as options, `current` chosen.
pub(crate) fn pair_options(
    pairs: &[Scoped<PairRecord>],
    families: &[Scoped<FamilyRecord>],
    users: &[UserRecord],
    t: &Tr,
    current: &str,
) -> Vec<Opt> {
    let loads = caseloads(pairs, families);
    pairs
        .iter()
        .filter(|p| !p.retired && loads.get(&p.id).is_some_and(|l| !l.full()))
        .map(|p| {
            let l = loads[&p.id];
            Opt {
                value: p.id.to_string(),
                label: t.args(
                    "family-pair-option",
                    &[
                        ("pair", pair_name(p, users)),
                        ("active", l.active.to_string()),
                        ("capacity", l.capacity.to_string()),
                    ],
                ),
                selected: p.id.to_string() == current,
            }
        })
        .collect()
}

pub(crate) fn failed(e: FamilyError) -> AppError {
    match e {
        FamilyError::Store(e) => e.into(),
        FamilyError::Seal(e) => AppError::Internal(e),
        e => AppError::Internal(anyhow::anyhow!("{e}")),
    }
}

/// A family on the list.
pub struct FamilyRow {
    pub id: FamilyId,
    pub status: &'static str,
    pub listed_on: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub waited_days: i64,
    pub pair: String,
}

pub struct PairView {
    pub id: PairId,
    pub name: String,
    pub active: u32,
    pub capacity: u32,
    pub full: bool,
    pub retired: bool,
}

pub struct ExpiringView {
    pub family: FamilyId,
    pub expires_on: NaiveDate,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PairForm {
    pub pair_first: String,
    pub pair_second: String,
    pub pair_capacity: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "family/list.html")]
pub struct ListPage {
    c: Chrome,
    manager: bool,
    pairs: Vec<PairView>,
    waiting: Vec<FamilyRow>,
    /// Families waiting that this coordinator cannot open.
    waiting_others: usize,
    active: Vec<FamilyRow>,
    closed: Vec<FamilyRow>,
    expiring: Vec<ExpiringView>,
    coordinators: Vec<Opt>,
    coordinators2: Vec<Opt>,
    f: PairForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

async fn list_page(
    state: &AppState,
    c: Chrome,
    actor: &Staff,
    f: PairForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<ListPage> {
    programme(actor)?;
    let today = state.clock.today();
    let users = state.store.users(Some(actor.unit_id)).await?;
    let pairs = state.store.coordinator_pairs(actor.unit_id).await?;
    let families = state.store.families(actor.unit_id).await?;
    let loads = caseloads(&pairs, &families);
    let pair_of = |f: &FamilyRecord| f.pair_id.and_then(|id| pairs.iter().find(|p| p.id == id));
    let (visible, hidden): (Vec<&Scoped<FamilyRecord>>, Vec<_>) =
        families.iter().partition(|f| may_open(actor.role, actor.user_id, f, pair_of(f).map(|p| &**p)));
    let row = |f: &Scoped<FamilyRecord>| FamilyRow {
        id: f.id,
        status: f.status.as_str(),
        listed_on: f.listed_on,
        started_on: f.started_on,
        waited_days: (f.started_on.unwrap_or(today) - f.listed_on).num_days(),
        pair: pair_of(f).map(|p| pair_name(p, &users)).unwrap_or_default(),
    };
    let mut waiting: Vec<FamilyRow> = visible.iter().filter(|f| f.status == Status::Waiting).map(|f| row(f)).collect();
    // The waiting list is served first come, first served.
    waiting.sort_by_key(|r| (r.listed_on, r.id));
    let active = visible.iter().filter(|f| f.status == Status::Active).map(|f| row(f)).collect();
    let closed = visible.iter().filter(|f| f.status == Status::Closed).take(50).map(|f| row(f)).collect();
    let ids: Vec<FamilyId> = visible.iter().filter(|f| f.status != Status::Closed).map(|f| f.id).collect();
    let expiring = family::expiring(&state.store, actor.unit_id, &ids, today)
        .await?
        .into_iter()
        .map(|c| ExpiringView { family: c.family_id, expires_on: c.consent.terms.expires_on })
        .collect();
    let pair_views = pairs
        .iter()
        .map(|p| {
            let l = loads[&p.id];
            PairView {
                id: p.id,
                name: pair_name(p, &users),
                active: l.active,
                capacity: l.capacity,
                full: l.full(),
                retired: p.retired,
            }
        })
        .collect();
    let opts = |current: &str| {
        users
            .iter()
            .filter(|u| may_coordinate(u, actor.unit_id))
            .map(|u| Opt {
                value: u.id.to_string(),
                label: u.display_name.clone(),
                selected: u.id.to_string() == current,
            })
            .collect()
    };
    Ok(ListPage {
        c,
        manager: actor.role.reviews_audit_log(),
        pairs: pair_views,
        waiting,
        waiting_others: hidden.iter().filter(|f| f.status == Status::Waiting).count(),
        active,
        closed,
        expiring,
        coordinators: opts(&f.pair_first),
        coordinators2: opts(&f.pair_second),
        f,
        errors,
        notice,
    })
}

/// `GET /families`
pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Query(q): Query<Done>,
) -> AppResult<ListPage> {
    let notice = match q.done.as_deref() {
        Some("pair") => Some("family-pair-saved"),
        Some("closed") => Some("family-closed"),
        _ => None,
    };
    list_page(
        &state,
        c,
        &actor,
        PairForm { pair_capacity: "20".into(), ..Default::default() },
        FieldErrors::default(),
        notice,
    )
    .await
}

/// `POST /families/pairs`: a manager pairs two coordinators.
pub async fn create_pair(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Form(f): Form<PairForm>,
) -> AppResult<Response> {
    programme(&actor)?;
    if !actor.role.reviews_audit_log() {
        return Err(AppError::Forbidden);
    }
    let users = state.store.users(Some(actor.unit_id)).await?;
    let mut e = FieldErrors::default();
    let pick = |raw: &str| {
        raw.trim()
            .parse::<UserId>()
            .ok()
            .and_then(|id| users.iter().find(|u| u.id == id && may_coordinate(u, actor.unit_id)))
    };
    let first = pick(&f.pair_first);
    if first.is_none() {
        e.add("pair_first", "error-choose");
    }
    let second = pick(&f.pair_second);
    if second.is_none() {
        e.add("pair_second", "error-choose");
    } else if second.map(|u| u.id) == first.map(|u| u.id) {
        e.add("pair_second", "error-family-pair-same");
    }
    let capacity = e.check("pair_capacity", parse_capacity(&f.pair_capacity));
    match (first, second, capacity) {
        (Some(a), Some(b), Some(n)) if e.is_empty() => {
            family::create_pair(&state.store, &caller(&actor, &ip), a, b, n).await.map_err(failed)?;
            Ok(Redirect::to("/families?done=pair").into_response())
        }
        _ => Ok((StatusCode::UNPROCESSABLE_ENTITY, list_page(&state, c, &actor, f, e, None).await?).into_response()),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PairChange {
    pub capacity: String,
    pub retire: Option<String>,
}

/// `POST /families/pairs/{id}`: a manager changes a pair's capacity or retires it.
pub async fn update_pair(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Id(id): Id<PairId>,
    Form(f): Form<PairChange>,
) -> AppResult<Response> {
    programme(&actor)?;
    if !actor.role.reviews_audit_log() {
        return Err(AppError::Forbidden);
    }
    let p = state.store.pair(actor.unit_id, id).await?;
    let mut e = FieldErrors::default();
    let capacity = e.check("pair_capacity", parse_capacity(&f.capacity));
    if let Some(n) = capacity {
        match family::set_pair(&state.store, &caller(&actor, &ip), &p, n, f.retire.is_some()).await {
            Ok(()) => return Ok(Redirect::to("/families?done=pair").into_response()),
            Err(FamilyError::WrongState) => e.add("pair_capacity", "error-family-pair-holds"),
            Err(err) => return Err(failed(err)),
        }
    }
    let page =
        list_page(&state, c, &actor, PairForm { pair_capacity: "20".into(), ..Default::default() }, e, None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
