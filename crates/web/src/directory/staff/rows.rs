//! A filled-in service form as HSDS rows: what it makes, and what it takes away.

use chrono::NaiveDate;
use lotsen_domain::directory::{Cost, ServiceEntry};
use lotsen_hsds::{Row, spec::object};
use lotsen_store::{derived_id, translation_term_id};
use serde_json::Value;

use super::parts::Parts;

/// Swedish names of the languages a service form offers by code.
pub(super) fn language_row_name(code: &str) -> &str {
    match code {
        "sv" => "svenska",
        "en" => "engelska",
        "ar" => "arabiska",
        other => other,
    }
}

pub(super) fn row(obj: &str, fields: Vec<(&str, Value)>) -> Row {
    let mut r = Row::new(object(obj).expect("an HSDS object"));
    for (k, v) in fields {
        if !v.is_null() {
            r.fields.insert(k.to_owned(), v);
        }
    }
    r
}

pub(super) fn opt(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| Value::String(s.clone()))
}

/// What the form makes: the rows to store, and the (object, id) of rows it takes away.
struct Made<'a> {
    /// The service's id.
    id: &'a str,
    rows: Vec<Row>,
    removed: Vec<(&'static str, String)>,
}

impl Made<'_> {
    /// The id of an existing row, or the one derived for the service's row of that name.
    fn keep(&self, r: Option<&Row>, name: &str) -> String {
        r.map_or_else(|| derived_id(&format!("service/{}/{name}", self.id)), |r| r.id().to_owned())
    }

    fn remove(&mut self, object: &'static str, r: Option<&Row>) {
        self.removed.extend(r.map(|x| (object, x.id().to_owned())));
    }
}

/// The rows the form makes, and the ids of rows it took away.
pub(super) fn rows_of(
    e: &ServiceEntry,
    id: &str,
    organization_id: &str,
    p: &Parts,
    verified_today: Option<NaiveDate>,
    now: chrono::DateTime<chrono::Utc>,
) -> (Vec<Row>, Vec<(&'static str, String)>) {
    let mut m = Made { id, rows: Vec::new(), removed: Vec::new() };
    m.rows.push(service_row(e, id, organization_id, p, verified_today, now));
    match &e.phone {
        Some(number) => m.rows.push(row(
            "phone",
            vec![("id", m.keep(p.phone, "phone").into()), ("service_id", id.into()), ("number", number.clone().into())],
        )),
        None => m.remove("phone", p.phone),
    }
    match &e.place {
        Some(place) => place_rows(&mut m, place, p),
        None => m.remove("service_at_location", p.sal),
    }
    schedule_rows(&mut m, e, p);
    match e.cost {
        Some(cost) => {
            let mut fields = vec![("id", m.keep(p.cost, "cost").into()), ("service_id", id.into())];
            match cost {
                Cost::Free => {
                    fields.extend([("amount", Value::from(0)), ("currency", "SEK".into()), ("option", "Gratis".into())])
                }
                Cost::Fee => {
                    fields.extend([("option", "Avgift".into()), ("amount_description", opt(&e.fees_description))])
                }
            }
            m.rows.push(row("cost_option", fields));
        }
        None => m.remove("cost_option", p.cost),
    }
    language_rows(&mut m, e, p);
    (m.rows, m.removed)
}

/// The service itself, keeping what the form does not edit (imported fields).
fn service_row(
    e: &ServiceEntry,
    id: &str,
    organization_id: &str,
    p: &Parts,
    verified_today: Option<NaiveDate>,
    now: chrono::DateTime<chrono::Utc>,
) -> Row {
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
            ("last_modified", now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true).into()),
        ],
    );
    s.fields.extend(fresh.fields);
    if let Some(d) = verified_today {
        s.fields.insert("assured_date".into(), d.to_string().into());
    }
    s
}

/// Where the service is given: its location, the service at it, the address and accessibility.
fn place_rows(m: &mut Made, place: &lotsen_domain::directory::Place, p: &Parts) {
    let location = m.keep(p.location, "location");
    let mut l = p.location.cloned().unwrap_or_else(|| {
        row("location", vec![("id", location.clone().into()), ("location_type", "physical".into())])
    });
    l.fields.insert("name".into(), place.name.clone().into());
    m.rows.push(l);
    let sal = row(
        "service_at_location",
        vec![
            ("id", m.keep(p.sal, "sal").into()),
            ("service_id", m.id.into()),
            ("location_id", location.clone().into()),
        ],
    );
    m.rows.push(sal);
    if let Some((street, postal, city, county)) = &place.address {
        let mut a = p.address.cloned().unwrap_or_else(|| {
            row(
                "address",
                vec![
                    ("id", m.keep(None, "address").into()),
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
        m.rows.push(a);
    }
    match &place.accessibility {
        Some(text) => {
            let mut a = p
                .accessibility
                .cloned()
                .unwrap_or_else(|| row("accessibility", vec![("id", m.keep(None, "accessibility").into())]));
            a.fields.insert("location_id".into(), location.clone().into());
            a.fields.insert("description".into(), text.clone().into());
            m.rows.push(a);
        }
        None => m.remove("accessibility", p.accessibility),
    }
}

/// One weekly schedule per line of opening hours; a line left empty takes its schedule away.
fn schedule_rows(m: &mut Made, e: &ServiceEntry, p: &Parts) {
    for (line, hours) in e.hours.iter().enumerate() {
        let existing = p.schedules.get(line).copied();
        let Some(h) = hours else {
            m.remove("schedule", existing);
            continue;
        };
        let name = if line == 0 { "schedule".to_owned() } else { format!("schedule/{}", line + 1) };
        let mut s = existing.cloned().unwrap_or_else(|| row("schedule", vec![("id", m.keep(None, &name).into())]));
        // A line of the form is weekly hours: what a richer imported rule said is replaced.
        for k in
            ["interval", "count", "until", "dtstart", "bymonthday", "byweekno", "byyearday", "valid_from", "valid_to"]
        {
            s.fields.remove(k);
        }
        for (k, v) in [
            ("service_id", m.id.to_owned()),
            ("freq", "WEEKLY".to_owned()),
            ("byday", h.days.join(",")),
            ("opens_at", h.opens_at.clone()),
            ("closes_at", h.closes_at.clone()),
        ] {
            s.fields.insert(k.into(), v.into());
        }
        m.rows.push(s);
    }
}

/// The languages chosen, keeping the rows of those already there; the others are taken away.
fn language_rows(m: &mut Made, e: &ServiceEntry, p: &Parts) {
    let code_of = |l: &Row| l.text("code").map(super::super::suggest::language_code).unwrap_or_default();
    for code in &e.languages {
        let existing = p.languages.iter().find(|l| code_of(l) == *code);
        let mut l = existing.map(|l| (*l).clone()).unwrap_or_else(|| {
            row(
                "language",
                vec![
                    ("id", derived_id(&format!("service/{}/language/{code}", m.id)).into()),
                    ("name", language_row_name(code).into()),
                    ("code", code.clone().into()),
                ],
            )
        });
        l.fields.insert("service_id".into(), m.id.into());
        m.rows.push(l);
    }
    m.removed.extend(
        p.languages.iter().filter(|l| !e.languages.contains(&code_of(l))).map(|l| ("language", l.id().to_owned())),
    );
}

/// The attributes for the chosen categories and the translations, and those taken away.
pub(super) fn attributes_of(
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
