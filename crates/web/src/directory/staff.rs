//! The directory for staff (`/directory`): find services, add and edit them, mark them checked
//! ("last verified", HSDS `assured_date`), retire them, and see which have not been checked in
//! twelve months. Internal entries (the referral destinations until someone completes them) are
//! shown here and nowhere public. Every change commits with its audit row.
use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::{Days, NaiveDate};
use lotsen_domain::directory::{Cost, DAYS, STATUSES, ServiceDraft, ServiceEntry};
use lotsen_domain::lists::{DestinationGroup, ListKind};
use lotsen_domain::search;
use lotsen_hsds::{Index, Row, spec::object};
use lotsen_store::{Visibility, derived_id, translation_term_id};
use serde::Deserialize;
use serde_json::{Value, json};

use super::cache::{Snapshot, searchable};
use crate::audit_log::by;
use crate::auth::{Actor, KeepsDirectory};
use crate::case::{Opt, today};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::pages::Chrome;
use crate::state::AppState;

/// Rows a page of the staff list.
const PER_PAGE: usize = 50;

/// Not checked for this long is "not verified".
const VERIFY_DAYS: u64 = 365;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    show: String,
    page: String,
    done: String,
}

pub struct Line {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub status: String,
    pub internal: bool,
    pub retired: bool,
    pub verified: String,
    pub stale: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/list.html")]
pub struct ListPage {
    c: Chrome,
    q: String,
    shows: Vec<Opt>,
    lines: Vec<Line>,
    total: usize,
    stale: usize,
    page: usize,
    pages: usize,
    prev_query: String,
    next_query: String,
    notice: Option<String>,
}

/// Not checked in twelve months (or never), and not retired.
fn is_stale(s: &Row, retired: bool, today: NaiveDate) -> bool {
    let limit = today - Days::new(VERIFY_DAYS);
    !retired
        && s.text("assured_date")
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok())
            .is_none_or(|d| d < limit)
}

fn status_label(c: &Chrome, status: &str) -> String {
    c.t.get(format!("directory-status-{}", status.replace(' ', "-")))
}

/// `GET /directory`
pub async fn list(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(_): KeepsDirectory,
    Query(q): Query<ListQuery>,
) -> AppResult<ListPage> {
    let snap = state.snapshot().await?;
    let ix = &snap.all;
    let today = today();
    let show = match q.show.as_str() {
        "unverified" | "internal" | "retired" => q.show.clone(),
        _ => "current".to_owned(),
    };
    let query = search::Query::parse(&q.q);
    let mut found: Vec<&Row> = ix
        .all("service")
        .filter(|s| {
            let retired = snap.flags.retired.contains(s.id());
            match show.as_str() {
                "unverified" => is_stale(s, retired, today),
                "internal" => !retired && snap.flags.internal.contains(s.id()),
                "retired" => retired,
                _ => !retired,
            }
        })
        .filter(|s| query.is_empty() || query.matches(&search::index(&searchable(ix, s))))
        .collect();
    found.sort_by_cached_key(|s| (search::fold(s.text("name").unwrap_or_default()), s.id().to_owned()));
    let stale = ix.all("service").filter(|s| is_stale(s, snap.flags.retired.contains(s.id()), today)).count();
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = q.page.trim().parse::<usize>().unwrap_or(1).clamp(1, pages);
    let lines = found
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|s| {
            let retired = snap.flags.retired.contains(s.id());
            Line {
                id: s.id().to_owned(),
                name: s.text("name").unwrap_or_default().to_owned(),
                organization: organization_name(ix, s),
                status: status_label(&c, s.text("status").unwrap_or("active")),
                internal: snap.flags.internal.contains(s.id()),
                retired,
                verified: s.text("assured_date").unwrap_or_default().to_owned(),
                stale: is_stale(s, retired, today),
            }
        })
        .collect();
    let shows = ["current", "unverified", "internal", "retired"]
        .iter()
        .map(|x| Opt { value: (*x).to_owned(), label: c.t.get(format!("directory-show-{x}")), selected: *x == show })
        .collect();
    let base = format!("q={}&show={show}", crate::pages::encode_component(&q.q));
    let notice = ["created", "saved", "retired", "restored", "verified"]
        .contains(&q.done.as_str())
        .then(|| format!("directory-done-{}", q.done));
    Ok(ListPage {
        q: q.q,
        shows,
        lines,
        total,
        stale,
        page,
        pages,
        prev_query: format!("{base}&page={}", page.saturating_sub(1).max(1)),
        next_query: format!("{base}&page={}", (page + 1).min(pages)),
        notice,
        c,
    })
}

fn organization_name(ix: &Index, s: &Row) -> String {
    s.text("organization_id")
        .and_then(|id| ix.get("organization", id))
        .and_then(|o| o.text("name"))
        .unwrap_or_default()
        .to_owned()
}

/// The service form as typed (every field kept when something is wrong).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    pub s_name: String,
    pub s_organization: String,
    pub s_new_organization: String,
    pub s_group: String,
    pub s_status: String,
    pub s_visibility: String,
    pub s_description: String,
    pub s_application_process: String,
    pub s_eligibility_description: String,
    pub s_alert: String,
    pub s_minimum_age: String,
    pub s_maximum_age: String,
    pub s_cost: String,
    pub s_fees_description: String,
    pub s_languages: Vec<String>,
    pub s_other_languages: String,
    pub s_phone: String,
    pub s_email: String,
    pub s_url: String,
    pub s_place: String,
    pub s_address: String,
    pub s_postal_code: String,
    pub s_city: String,
    pub s_county: String,
    pub s_days: Vec<String>,
    pub s_opens_at: String,
    pub s_closes_at: String,
    pub s_categories: Vec<String>,
    pub s_verified: Option<String>,
    pub s_name_en: String,
    pub s_name_ar: String,
    pub s_description_en: String,
    pub s_description_ar: String,
    pub s_application_process_en: String,
    pub s_application_process_ar: String,
}

impl ServiceForm {
    fn draft(&self) -> ServiceDraft<'_> {
        ServiceDraft {
            name: &self.s_name,
            organization: &self.s_organization,
            new_organization: &self.s_new_organization,
            status: &self.s_status,
            visibility: &self.s_visibility,
            description: &self.s_description,
            application_process: &self.s_application_process,
            eligibility_description: &self.s_eligibility_description,
            alert: &self.s_alert,
            minimum_age: &self.s_minimum_age,
            maximum_age: &self.s_maximum_age,
            cost: &self.s_cost,
            fees_description: &self.s_fees_description,
            languages: &self.s_languages,
            other_languages: &self.s_other_languages,
            phone: &self.s_phone,
            email: &self.s_email,
            url: &self.s_url,
            place: &self.s_place,
            address: &self.s_address,
            postal_code: &self.s_postal_code,
            city: &self.s_city,
            county: &self.s_county,
            days: &self.s_days,
            opens_at: &self.s_opens_at,
            closes_at: &self.s_closes_at,
            name_en: &self.s_name_en,
            name_ar: &self.s_name_ar,
            description_en: &self.s_description_en,
            description_ar: &self.s_description_ar,
            application_process_en: &self.s_application_process_en,
            application_process_ar: &self.s_application_process_ar,
        }
    }
}

/// What a service already has that the form edits: its own rows, found by what they are.
#[derive(Default)]
struct Parts<'a> {
    service: Option<&'a Row>,
    phone: Option<&'a Row>,
    sal: Option<&'a Row>,
    location: Option<&'a Row>,
    address: Option<&'a Row>,
    schedule: Option<&'a Row>,
    cost: Option<&'a Row>,
    languages: Vec<&'a Row>,
    /// Attributes tagging the service with one of the unit's categories.
    categories: Vec<&'a Row>,
    /// Attributes carrying its English and Arabic text: ((field, lang), row).
    translations: Vec<((String, String), &'a Row)>,
}

fn parts<'a>(ix: &'a Index, id: &str, category_terms: &[String]) -> Parts<'a> {
    let service = ix.get("service", id);
    let sal = ix.referring("service_at_location", "service_id", id).into_iter().next();
    let location = sal.and_then(|x| x.text("location_id")).and_then(|l| ix.get("location", l));
    let address = location.and_then(|l| ix.referring("address", "location_id", l.id()).into_iter().next());
    let attributes = ix.referring("attribute", "link_id", id);
    let mut translations = Vec::new();
    for a in &attributes {
        for lang in ["en", "ar"] {
            for field in lotsen_store::TRANSLATED {
                if a.text("taxonomy_term_id") == Some(translation_term_id(lang, field).as_str()) {
                    translations.push(((field.to_owned(), lang.to_owned()), *a));
                }
            }
        }
    }
    Parts {
        service,
        phone: ix.referring("phone", "service_id", id).into_iter().next(),
        sal,
        location,
        address,
        schedule: ix.referring("schedule", "service_id", id).into_iter().next(),
        cost: ix.referring("cost_option", "service_id", id).into_iter().next(),
        languages: ix.referring("language", "service_id", id),
        categories: attributes
            .iter()
            .copied()
            .filter(|a| a.text("taxonomy_term_id").is_some_and(|t| category_terms.iter().any(|c| c == t)))
            .collect(),
        translations,
    }
}

fn t(r: Option<&Row>, k: &str) -> String {
    r.and_then(|r| r.text(k)).unwrap_or_default().to_owned()
}

fn n(r: Option<&Row>, k: &str) -> String {
    r.and_then(|r| r.fields.get(k)).and_then(Value::as_f64).map(|x| format!("{x}")).unwrap_or_default()
}

impl ServiceForm {
    /// The form filled from what is stored.
    fn of(p: &Parts, snap: &Snapshot) -> Self {
        let s = p.service;
        let translation = |field: &str, lang: &str| {
            p.translations
                .iter()
                .find(|((f, l), _)| f == field && l == lang)
                .and_then(|(_, a)| a.text("value"))
                .unwrap_or_default()
                .to_owned()
        };
        let codes: Vec<String> =
            p.languages.iter().filter_map(|l| l.text("code")).map(super::suggest::language_code).collect();
        let cost = match p.cost {
            Some(c) if c.fields.get("amount").and_then(Value::as_f64) == Some(0.0) => "free",
            Some(_) => "fee",
            None => "unknown",
        };
        let id = s.map(Row::id).unwrap_or_default();
        ServiceForm {
            s_name: t(s, "name"),
            s_organization: t(s, "organization_id"),
            s_group: String::new(),
            s_status: s.and_then(|s| s.text("status")).filter(|x| STATUSES.contains(x)).unwrap_or("active").to_owned(),
            s_visibility: if snap.flags.internal.contains(id) { "internal" } else { "public" }.to_owned(),
            s_description: t(s, "description"),
            s_application_process: t(s, "application_process"),
            s_eligibility_description: t(s, "eligibility_description"),
            s_alert: t(s, "alert"),
            s_minimum_age: n(s, "minimum_age"),
            s_maximum_age: n(s, "maximum_age"),
            s_cost: cost.to_owned(),
            s_fees_description: t(s, "fees_description"),
            s_languages: codes.iter().filter(|c| ["sv", "en", "ar"].contains(&c.as_str())).cloned().collect(),
            s_other_languages: codes
                .iter()
                .filter(|c| !["sv", "en", "ar"].contains(&c.as_str()))
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            s_phone: t(p.phone, "number"),
            s_email: t(s, "email"),
            s_url: t(s, "url"),
            s_place: t(p.location, "name"),
            s_address: t(p.address, "address_1"),
            s_postal_code: t(p.address, "postal_code"),
            s_city: t(p.address, "city"),
            s_county: t(p.address, "state_province"),
            s_days: t(p.schedule, "byday")
                .split(',')
                .map(str::trim)
                .filter(|d| DAYS.contains(d))
                .map(str::to_owned)
                .collect(),
            s_opens_at: t(p.schedule, "opens_at").chars().take(5).collect(),
            s_closes_at: t(p.schedule, "closes_at").chars().take(5).collect(),
            s_categories: p.categories.iter().filter_map(|a| a.text("taxonomy_term_id")).map(str::to_owned).collect(),
            s_verified: None,
            s_name_en: translation("name", "en"),
            s_name_ar: translation("name", "ar"),
            s_description_en: translation("description", "en"),
            s_description_ar: translation("description", "ar"),
            s_application_process_en: translation("application_process", "en"),
            s_application_process_ar: translation("application_process", "ar"),
            s_new_organization: String::new(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "directory/service.html")]
pub struct ServicePage {
    c: Chrome,
    /// None for a new service.
    id: Option<String>,
    f: ServiceForm,
    errors: FieldErrors,
    organizations: Vec<Opt>,
    groups: Vec<Opt>,
    statuses: Vec<Opt>,
    visibilities: Vec<Opt>,
    costs: Vec<Opt>,
    languages: Vec<Opt>,
    days: Vec<Opt>,
    categories: Vec<Opt>,
    verified: String,
    retired: bool,
    internal: bool,
}

/// The unit's problem areas as taxonomy terms: (term id, label), active entries only.
async fn category_options(state: &AppState, actor: &Actor, c: &Chrome) -> AppResult<Vec<(String, String)>> {
    let terms = state.store.category_terms(actor.unit_id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    Ok(lists
        .active(ListKind::Category)
        .filter_map(|e| terms.get(&e.id).map(|t| (t.clone(), e.label(c.locale()).to_owned())))
        .collect())
}

async fn page(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    id: Option<String>,
    f: ServiceForm,
    errors: FieldErrors,
) -> AppResult<ServicePage> {
    let snap = state.snapshot().await?;
    let mut organizations: Vec<Opt> = snap
        .all
        .all("organization")
        .map(|o| Opt {
            value: o.id().to_owned(),
            label: o.text("name").unwrap_or_default().to_owned(),
            selected: o.id() == f.s_organization,
        })
        .collect();
    organizations.sort_by_cached_key(|o| search::fold(&o.label));
    let opts = |codes: &[&str], prefix: &str, current: &str| -> Vec<Opt> {
        codes
            .iter()
            .map(|x| Opt {
                value: (*x).to_owned(),
                label: c.t.get(format!("{prefix}-{}", x.replace(' ', "-"))),
                selected: *x == current,
            })
            .collect()
    };
    let groups = opts(&DestinationGroup::ALL.map(|g| g.as_str()), "group", &f.s_group);
    let statuses = opts(&STATUSES, "directory-status", &f.s_status);
    let visibilities = opts(&["public", "internal"], "directory-visibility", &f.s_visibility);
    let costs = opts(&["free", "fee", "unknown"], "directory-cost", &f.s_cost);
    let many = |codes: &[&str], prefix: &str, chosen: &[String]| -> Vec<Opt> {
        codes
            .iter()
            .map(|x| Opt {
                value: (*x).to_owned(),
                label: c.t.get(format!("{prefix}-{x}")),
                selected: chosen.iter().any(|y| y == x),
            })
            .collect()
    };
    let languages = many(&["sv", "en", "ar"], "directory-language", &f.s_languages);
    let days: Vec<Opt> = DAYS
        .iter()
        .enumerate()
        .map(|(i, d)| Opt {
            value: (*d).to_owned(),
            label: c.t.get(format!("weekday-{}", i + 1)),
            selected: f.s_days.iter().any(|y| y == d),
        })
        .collect();
    let categories = category_options(state, actor, &c)
        .await?
        .into_iter()
        .map(|(term, label)| Opt { selected: f.s_categories.contains(&term), value: term, label })
        .collect();
    let service = id.as_deref().and_then(|i| snap.all.get("service", i));
    let verified = t(service, "assured_date");
    let retired = id.as_deref().is_some_and(|i| snap.flags.retired.contains(i));
    let internal = id.as_deref().is_some_and(|i| snap.flags.internal.contains(i));
    Ok(ServicePage {
        c,
        id,
        f,
        errors,
        organizations,
        groups,
        statuses,
        visibilities,
        costs,
        languages,
        days,
        categories,
        verified,
        retired,
        internal,
    })
}

/// `GET /directory/services/new`
pub async fn new(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
) -> AppResult<ServicePage> {
    let f = ServiceForm {
        s_status: "active".into(),
        s_visibility: "public".into(),
        s_cost: "unknown".into(),
        ..Default::default()
    };
    page(&state, c, &actor, None, f, FieldErrors::default()).await
}

fn service_id(raw: &str) -> AppResult<String> {
    let id = raw.trim().to_lowercase();
    if lotsen_hsds::flat::is_uuid(&id) { Ok(id) } else { Err(AppError::NotFound) }
}

/// `GET /directory/services/{id}`
pub async fn edit(
    State(state): State<AppState>,
    c: Chrome,
    KeepsDirectory(actor): KeepsDirectory,
    Path(id): Path<String>,
) -> AppResult<ServicePage> {
    let id = service_id(&id)?;
    let snap = state.snapshot().await?;
    let terms: Vec<String> = state.store.category_terms(actor.unit_id).await?.into_values().collect();
    let p = parts(&snap.all, &id, &terms);
    if p.service.is_none() {
        return Err(AppError::NotFound);
    }
    let f = ServiceForm::of(&p, &snap);
    page(&state, c, &actor, Some(id), f, FieldErrors::default()).await
}

/// Swedish names of the languages a service form offers by code.
fn language_row_name(code: &str) -> &str {
    match code {
        "sv" => "svenska",
        "en" => "engelska",
        "ar" => "arabiska",
        other => other,
    }
}

fn row(obj: &str, fields: Vec<(&str, Value)>) -> Row {
    let mut r = Row::new(object(obj).expect("an HSDS object"));
    for (k, v) in fields {
        if !v.is_null() {
            r.fields.insert(k.to_owned(), v);
        }
    }
    r
}

fn opt(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| Value::String(s.clone()))
}

/// The rows the form makes, and the ids of rows it took away.
fn rows_of(
    e: &ServiceEntry,
    id: &str,
    organization_id: &str,
    p: &Parts,
    verified_today: Option<NaiveDate>,
) -> (Vec<Row>, Vec<(&'static str, String)>) {
    let mut rows = Vec::new();
    let mut removed = Vec::new();
    let keep = |r: Option<&Row>, name: &str| {
        r.map_or_else(|| derived_id(&format!("service/{id}/{name}")), |r| r.id().to_owned())
    };
    // The service itself, keeping what the form does not edit (imported fields).
    let mut s = p.service.cloned().unwrap_or_else(|| Row::new(object("service").expect("service")));
    for k in [
        "name",
        "organization_id",
        "status",
        "description",
        "application_process",
        "eligibility_description",
        "alert",
        "minimum_age",
        "maximum_age",
        "fees_description",
        "email",
        "url",
    ] {
        s.fields.remove(k);
    }
    let fresh = row(
        "service",
        vec![
            ("id", id.into()),
            ("name", e.name.clone().into()),
            ("organization_id", organization_id.into()),
            ("status", e.status.into()),
            ("description", opt(&e.description)),
            ("application_process", opt(&e.application_process)),
            ("eligibility_description", opt(&e.eligibility_description)),
            ("alert", opt(&e.alert)),
            ("minimum_age", e.minimum_age.map_or(Value::Null, Value::from)),
            ("maximum_age", e.maximum_age.map_or(Value::Null, Value::from)),
            ("fees_description", opt(&e.fees_description)),
            ("email", opt(&e.email)),
            ("url", opt(&e.url)),
            ("last_modified", chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true).into()),
        ],
    );
    s.fields.extend(fresh.fields);
    if let Some(d) = verified_today {
        s.fields.insert("assured_date".into(), d.to_string().into());
    }
    rows.push(s);
    match &e.phone {
        Some(number) => rows.push(row(
            "phone",
            vec![("id", keep(p.phone, "phone").into()), ("service_id", id.into()), ("number", number.clone().into())],
        )),
        None => removed.extend(p.phone.map(|x| ("phone", x.id().to_owned()))),
    }
    match &e.place {
        Some(place) => {
            let location = keep(p.location, "location");
            let mut l = p.location.cloned().unwrap_or_else(|| {
                row("location", vec![("id", location.clone().into()), ("location_type", "physical".into())])
            });
            l.fields.insert("name".into(), place.name.clone().into());
            rows.push(l);
            rows.push(row(
                "service_at_location",
                vec![
                    ("id", keep(p.sal, "sal").into()),
                    ("service_id", id.into()),
                    ("location_id", location.clone().into()),
                ],
            ));
            if let Some((street, postal, city, county)) = &place.address {
                let mut a = p.address.cloned().unwrap_or_else(|| {
                    row(
                        "address",
                        vec![
                            ("id", keep(None, "address").into()),
                            ("country", "SE".into()),
                            ("address_type", "physical".into()),
                        ],
                    )
                });
                for (k, v) in [
                    ("location_id", &location),
                    ("address_1", street),
                    ("postal_code", postal),
                    ("city", city),
                    ("state_province", county),
                ] {
                    a.fields.insert(k.into(), v.clone().into());
                }
                rows.push(a);
            }
        }
        None => removed.extend(p.sal.map(|x| ("service_at_location", x.id().to_owned()))),
    }
    match &e.hours {
        Some(h) => {
            let mut s =
                p.schedule.cloned().unwrap_or_else(|| row("schedule", vec![("id", keep(None, "schedule").into())]));
            for k in [
                "interval",
                "count",
                "until",
                "dtstart",
                "bymonthday",
                "byweekno",
                "byyearday",
                "valid_from",
                "valid_to",
            ] {
                s.fields.remove(k);
            }
            for (k, v) in [
                ("service_id", id.to_owned()),
                ("freq", "WEEKLY".to_owned()),
                ("byday", h.days.join(",")),
                ("opens_at", h.opens_at.clone()),
                ("closes_at", h.closes_at.clone()),
            ] {
                s.fields.insert(k.into(), v.into());
            }
            rows.push(s);
        }
        None => removed.extend(p.schedule.map(|x| ("schedule", x.id().to_owned()))),
    }
    match e.cost {
        Some(cost) => {
            let mut fields = vec![("id", keep(p.cost, "cost").into()), ("service_id", id.into())];
            match cost {
                Cost::Free => {
                    fields.extend([("amount", Value::from(0)), ("currency", "SEK".into()), ("option", "Gratis".into())])
                }
                Cost::Fee => {
                    fields.extend([("option", "Avgift".into()), ("amount_description", opt(&e.fees_description))])
                }
            }
            rows.push(row("cost_option", fields));
        }
        None => removed.extend(p.cost.map(|x| ("cost_option", x.id().to_owned()))),
    }
    let code_of = |l: &Row| l.text("code").map(super::suggest::language_code).unwrap_or_default();
    for code in &e.languages {
        let existing = p.languages.iter().find(|l| code_of(l) == *code);
        let mut l = existing.map(|l| (*l).clone()).unwrap_or_else(|| {
            row(
                "language",
                vec![
                    ("id", derived_id(&format!("service/{id}/language/{code}")).into()),
                    ("name", language_row_name(code).into()),
                    ("code", code.clone().into()),
                ],
            )
        });
        l.fields.insert("service_id".into(), id.into());
        rows.push(l);
    }
    removed.extend(
        p.languages.iter().filter(|l| !e.languages.contains(&code_of(l))).map(|l| ("language", l.id().to_owned())),
    );
    (rows, removed)
}

/// The attributes for the chosen categories and the translations, and those taken away.
fn attributes_of(
    e: &ServiceEntry,
    id: &str,
    chosen: &[String],
    allowed: &[(String, String)],
    p: &Parts,
) -> (Vec<Row>, Vec<(&'static str, String)>) {
    let mut rows = Vec::new();
    let mut removed = Vec::new();
    let chosen: Vec<&String> = chosen.iter().filter(|c| allowed.iter().any(|(t, _)| t == *c)).collect();
    for term in &chosen {
        let existing = p.categories.iter().find(|a| a.text("taxonomy_term_id") == Some(term.as_str()));
        rows.push(existing.map(|a| (*a).clone()).unwrap_or_else(|| {
            row(
                "attribute",
                vec![
                    ("id", derived_id(&format!("service/{id}/category/{term}")).into()),
                    ("link_id", id.into()),
                    ("link_entity", "service".into()),
                    ("link_type", "category".into()),
                    ("taxonomy_term_id", (*term).clone().into()),
                ],
            )
        }));
    }
    removed.extend(
        p.categories
            .iter()
            .filter(|a| !chosen.iter().any(|c| a.text("taxonomy_term_id") == Some(c.as_str())))
            .map(|a| ("attribute", a.id().to_owned())),
    );
    for (field, lang, value) in &e.translations {
        rows.push(row(
            "attribute",
            vec![
                ("id", derived_id(&format!("{id}/{field}/{lang}")).into()),
                ("link_id", id.into()),
                ("link_entity", "service".into()),
                ("link_type", "translation".into()),
                ("taxonomy_term_id", translation_term_id(lang, field).into()),
                ("value", value.clone().into()),
            ],
        ));
    }
    for ((field, lang), a) in &p.translations {
        let kept = ["name", "description", "application_process"].contains(&field.as_str())
            && e.translations.iter().any(|(f, l, _)| f == field && l == lang);
        if ["name", "description", "application_process"].contains(&field.as_str()) && !kept {
            removed.push(("attribute", a.id().to_owned()));
        }
    }
    (rows, removed)
}

/// `POST /directory/services` and `POST /directory/services/{id}`
async fn save(
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
            let p = parts(&snap.all, i, &terms);
            if p.service.is_none() {
                return Err(AppError::NotFound);
            }
            p
        }
        None => Parts::default(),
    };
    let mut errors = FieldErrors::default();
    let entry = match ServiceEntry::parse(&f.draft()) {
        Ok(e) => Some(e),
        Err(list) => {
            for (field, e) in list {
                errors.add_owned(format!("s_{field}"), e.message_id);
            }
            None
        }
    };
    if let Some(Ok(org)) = entry.as_ref().map(|e| &e.organization)
        && snap.all.get("organization", org).is_none()
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
    let (Some(entry), true) = (entry, errors.is_empty()) else {
        let p = page(&state, c, &actor, id, f, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    };
    let service = id.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let tx = state.store.begin().await?;
    let organization = match &entry.organization {
        Ok(existing) => existing.clone(),
        Err(name) => {
            let org = uuid::Uuid::new_v4().to_string();
            let r = row(
                "organization",
                vec![("id", org.clone().into()), ("name", name.clone().into()), ("description", name.clone().into())],
            );
            tx.put_directory_rows(Some(actor.unit_id), &[r]).await?;
            tx.set_organization_group(&org, group).await?;
            org
        }
    };
    let verified = f.s_verified.is_some().then(today);
    let (mut rows, mut removed) = rows_of(&entry, &service, &organization, &p, verified);
    let (attrs, gone) = attributes_of(&entry, &service, &f.s_categories, &allowed, &p);
    rows.extend(attrs);
    removed.extend(gone);
    let counts = tx.put_directory_rows(Some(actor.unit_id), &rows).await?;
    let mut by_object: HashMap<&'static str, Vec<String>> = HashMap::new();
    for (obj, rid) in removed {
        by_object.entry(obj).or_default().push(rid);
    }
    for (obj, ids) in &by_object {
        tx.remove_directory_rows(object(obj).expect("an HSDS object"), ids).await?;
    }
    let visibility = if entry.public { Visibility::Public } else { Visibility::Internal };
    tx.set_directory_visibility("service", &service, visibility).await?;
    if entry.public {
        // A published service shows its organisation and place too.
        tx.set_directory_visibility("organization", &organization, Visibility::Public).await?;
    }
    let action = if id.is_some() { "directory.service.update" } else { "directory.service.create" };
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
    let id = service_id(&id)?;
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
    let id = service_id(&id)?;
    let retired = match what.as_str() {
        "retire" => true,
        "restore" => false,
        "verified" => return verified(state, actor, ip, id).await,
        _ => return Err(AppError::NotFound),
    };
    if state.store.directory_row(object("service").expect("service"), &id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let tx = state.store.begin().await?;
    tx.set_service_retired(&id, retired).await?;
    let action = if retired { "directory.service.retire" } else { "directory.service.restore" };
    tx.audit(by(&actor, &ip, action, "directory_service", &id, json!({}))).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/directory?done={}", if retired { "retired" } else { "restored" })).into_response())
}

/// Marks a service checked today, without editing it.
async fn verified(state: AppState, actor: Actor, ip: ClientIp, id: String) -> AppResult<Response> {
    let Some(mut s) = state.store.directory_row(object("service").expect("service"), &id).await? else {
        return Err(AppError::NotFound);
    };
    let day = today();
    s.fields.insert("assured_date".into(), day.to_string().into());
    let tx = state.store.begin().await?;
    tx.put_directory_rows(Some(actor.unit_id), &[s]).await?;
    tx.audit(by(&actor, &ip, "directory.service.verify", "directory_service", &id, json!({ "on": day }))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/directory?show=unverified&done=verified").into_response())
}
