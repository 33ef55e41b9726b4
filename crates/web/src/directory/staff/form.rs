//! The service form: what it shows of a service, and the page around it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use lotsen_domain::directory::{DAYS, HoursDraft, STATUSES, ServiceDraft};
use lotsen_domain::lists::{DestinationGroup, ListKind};
use lotsen_domain::search;
use lotsen_hsds::Row;
use serde::Deserialize;
use serde_json::Value;

use super::super::cache::Snapshot;
use super::parts::{Parts, clock_of, days_of, n, parts, t};
use crate::auth::{Actor, KeepsDirectory};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::pages::Chrome;
use crate::state::AppState;

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
    pub s_accessibility: String,
    pub s_days: Vec<String>,
    pub s_opens_at: String,
    pub s_closes_at: String,
    pub s_days_2: Vec<String>,
    pub s_opens_at_2: String,
    pub s_closes_at_2: String,
    pub s_days_3: Vec<String>,
    pub s_opens_at_3: String,
    pub s_closes_at_3: String,
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
    pub(super) fn draft(&self) -> ServiceDraft<'_> {
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
            accessibility: &self.s_accessibility,
            hours: [
                HoursDraft { days: &self.s_days, opens_at: &self.s_opens_at, closes_at: &self.s_closes_at },
                HoursDraft { days: &self.s_days_2, opens_at: &self.s_opens_at_2, closes_at: &self.s_closes_at_2 },
                HoursDraft { days: &self.s_days_3, opens_at: &self.s_opens_at_3, closes_at: &self.s_closes_at_3 },
            ],
            name_en: &self.s_name_en,
            name_ar: &self.s_name_ar,
            description_en: &self.s_description_en,
            description_ar: &self.s_description_ar,
            application_process_en: &self.s_application_process_en,
            application_process_ar: &self.s_application_process_ar,
        }
    }
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
            p.languages.iter().filter_map(|l| l.text("code")).map(super::super::suggest::language_code).collect();
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
            s_accessibility: t(p.accessibility, "description"),
            s_days: days_of(p.schedules.first().copied()),
            s_opens_at: clock_of(p.schedules.first().copied(), "opens_at"),
            s_closes_at: clock_of(p.schedules.first().copied(), "closes_at"),
            s_days_2: days_of(p.schedules.get(1).copied()),
            s_opens_at_2: clock_of(p.schedules.get(1).copied(), "opens_at"),
            s_closes_at_2: clock_of(p.schedules.get(1).copied(), "closes_at"),
            s_days_3: days_of(p.schedules.get(2).copied()),
            s_opens_at_3: clock_of(p.schedules.get(2).copied(), "opens_at"),
            s_closes_at_3: clock_of(p.schedules.get(2).copied(), "closes_at"),
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
    days_2: Vec<Opt>,
    days_3: Vec<Opt>,
    categories: Vec<Opt>,
    verified: String,
    retired: bool,
    internal: bool,
}

/// The unit's problem areas as taxonomy terms: (term id, label), active entries only.
pub(super) async fn category_options(state: &AppState, actor: &Actor, c: &Chrome) -> AppResult<Vec<(String, String)>> {
    let terms = state.store.category_terms(actor.unit_id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    Ok(lists
        .active(ListKind::Category)
        .filter_map(|e| terms.get(&e.id).map(|t| (t.clone(), e.label(c.locale()).to_owned())))
        .collect())
}

pub(super) async fn page(
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
        .filter(|o| snap.flags.seen_by(actor.unit_id, o.id()))
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
    let days = |chosen: &[String]| -> Vec<Opt> {
        DAYS.iter()
            .enumerate()
            .map(|(i, d)| Opt {
                value: (*d).to_owned(),
                label: c.t.get(format!("weekday-{}", i + 1)),
                selected: chosen.iter().any(|y| y == d),
            })
            .collect()
    };
    let (days, days_2, days_3) = (days(&f.s_days), days(&f.s_days_2), days(&f.s_days_3));
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
        days_2,
        days_3,
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

/// A directory entry's id from the path: a UUID, lower case; anything else is not found.
pub(super) fn entry_id(raw: &str) -> AppResult<String> {
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
    let id = entry_id(&id)?;
    let snap = state.snapshot().await?;
    crate::directory::may_change(&snap, &actor, "service", &id)?;
    let terms: Vec<String> = state.store.category_terms(actor.unit_id).await?.into_values().collect();
    let p = parts(&snap.all, &id, &terms);
    let f = ServiceForm::of(&p, &snap);
    page(&state, c, &actor, Some(id), f, FieldErrors::default()).await
}
