//! Each unit's own service in the directory: "Råd och stöd" itself, offered at its drop-in venues,
//! with each drop-in series as an HSDS schedule. Made from the drop-in plan when the directory is
//! read, so it is never out of step with it; drop-in changes raise the directory's version. HSDS
//! schedules cannot say that one session is cancelled or moved, so each links the venue's `.ics`
//! feed, which can.
use lotsen_domain::ids::UnitId;
use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime, TimeZone, Timelike};
use chrono_tz::Europe::Stockholm;
use lotsen_hsds::{Row, spec::object};
use lotsen_store::{SeriesRecord, Store, StoreError, VenueRecord, derived_id, translation_term_id};
use serde_json::Value;

fn row(obj: &str, fields: Vec<(&str, Value)>) -> Row {
    let mut r = Row::new(object(obj).expect("an HSDS object"));
    for (k, v) in fields {
        if !v.is_null() && v != Value::String(String::new()) {
            r.fields.insert(k.to_owned(), v);
        }
    }
    r
}

/// The service id of a unit's own service.
pub fn service_id(unit_id: UnitId) -> String {
    derived_id(&format!("unit/{unit_id}/service"))
}

fn translation(of: &str, field: &str, lang: &str, text: &str) -> Row {
    row(
        "attribute",
        vec![
            ("id", derived_id(&format!("{of}/{field}/{lang}")).into()),
            ("link_id", of.into()),
            ("link_entity", "service".into()),
            ("link_type", "translation".into()),
            ("taxonomy_term_id", translation_term_id(lang, field).into()),
            ("value", text.into()),
        ],
    )
}

/// RRULE parts as an HSDS schedule's fields: `FREQ`, `INTERVAL`, `BYDAY`, `COUNT`, and `UNTIL` as
/// the local date it ends on.
fn rule_fields(rrule: &str) -> Vec<(&'static str, Value)> {
    let mut out = Vec::new();
    for part in rrule.split(';') {
        let Some((k, v)) = part.split_once('=') else { continue };
        match k {
            "FREQ" if v == "WEEKLY" || v == "MONTHLY" => out.push(("freq", v.into())),
            "INTERVAL" => out.extend(v.parse::<u32>().ok().map(|i| ("interval", Value::from(i)))),
            "BYDAY" => out.push(("byday", v.into())),
            "COUNT" => out.extend(v.parse::<u32>().ok().map(|c| ("count", Value::from(c)))),
            "WKST" => out.push(("wkst", v.into())),
            "UNTIL" => {
                let utc = NaiveDateTime::parse_from_str(v.trim_end_matches('Z'), "%Y%m%dT%H%M%S").ok();
                if let Some(u) = utc {
                    out.push((
                        "until",
                        chrono::Utc.from_utc_datetime(&u).with_timezone(&Stockholm).date_naive().to_string().into(),
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

fn schedule(s: &SeriesRecord, sal: &str, service: &str, base_url: &str, offset: i32) -> Row {
    let hhmm = |t: NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
    let end = s.dtstart + Duration::minutes(s.minutes);
    let mut fields: Vec<(&str, Value)> = vec![
        ("id", derived_id(&format!("series/{}", s.id)).into()),
        ("service_id", service.into()),
        ("service_at_location_id", sal.into()),
        ("dtstart", s.dtstart.date().to_string().into()),
        ("opens_at", hhmm(s.dtstart).into()),
        ("closes_at", hhmm(end).into()),
        ("timezone", Value::from(offset)),
        ("schedule_link", format!("{}/dropin/venues/{}/calendar.ics", base_url.trim_end_matches('/'), s.venue_id).into()),
        ("attending_type", "På plats, utan bokning.".into()),
        (
            "notes",
            "Drop-in utan bokning. Tider i svensk tid (Europe/Stockholm); inställda och flyttade tillfällen finns i kalenderflödet (schedule_link).".into(),
        ),
    ];
    match &s.rrule {
        Some(rule) => fields.extend(rule_fields(rule)),
        None => {
            let day = s.dtstart.date().to_string();
            fields.push(("valid_from", day.clone().into()));
            fields.push(("valid_to", day.into()));
        }
    }
    row("schedule", fields)
}

/// Every unit's own organisation and service, its venues as locations and its drop-in series as
/// schedules; with the unit each row is made for, by id.
pub async fn rows(store: &Store, base_url: &str) -> Result<(Vec<Row>, HashMap<String, UnitId>), StoreError> {
    let units = store.units().await?;
    let venues: Vec<VenueRecord> = store.venues(None).await?;
    let series: Vec<SeriesRecord> = store.series_list(None).await?;
    let mut out = Vec::new();
    let mut owners = HashMap::new();
    for u in &units {
        let from = out.len();
        let org = derived_id(&format!("unit/{}/organization", u.id));
        let service = service_id(u.id);
        out.push(row(
            "organization",
            vec![
                ("id", org.clone().into()),
                ("name", u.name.clone().into()),
                (
                    "description",
                    "Kommunens råd och stöd: rådgivning och lotsning till rätt hjälp, utan krav på ärende.".into(),
                ),
            ],
        ));
        out.push(row(
            "service",
            vec![
                ("id", service.clone().into()),
                ("organization_id", org.into()),
                ("name", u.name.clone().into()),
                ("status", "active".into()),
                (
                    "description",
                    "Råd och stöd i vardagsfrågor: ekonomi, boende, myndighetskontakter, familj och mycket mer. Vi lyssnar, ger råd och lotsar dig till rätt stöd.".into(),
                ),
                ("application_process", "Kom till en drop-in-tid utan att boka, eller kontakta oss.".into()),
                ("eligibility_description", "Alla som bor eller vistas i kommunen.".into()),
                ("url", format!("{}/dropin/units/{}", base_url.trim_end_matches('/'), u.id).into()),
            ],
        ));
        for (field, lang, text) in [
            (
                "description",
                "en",
                "Advice and support with everyday matters: money, housing, dealing with authorities, family and more. We listen, advise and guide you to the right support.",
            ),
            ("application_process", "en", "Come to a drop-in session without booking, or contact us."),
            (
                "description",
                "ar",
                "نصائح ودعم في أمور الحياة اليومية: المال والسكن والتعامل مع الجهات الرسمية والأسرة وغيرها. نستمع إليك وننصحك ونرشدك إلى الدعم المناسب.",
            ),
            ("application_process", "ar", "تعال في أحد أوقات الاستقبال المفتوح دون حجز، أو تواصل معنا."),
        ] {
            out.push(translation(&service, field, lang, text));
        }
        out.push(row(
            "cost_option",
            vec![
                ("id", derived_id(&format!("unit/{}/cost", u.id)).into()),
                ("service_id", service.clone().into()),
                ("amount", Value::from(0)),
                ("currency", "SEK".into()),
                ("option", "Kostnadsfritt".into()),
            ],
        ));
        let offset = store.clock().stockholm_offset_hours();
        for v in venues.iter().filter(|v| v.unit_id == u.id) {
            let sal = venue_rows(&mut out, v, &service);
            for s in series.iter().filter(|s| s.venue_id == v.id) {
                out.push(schedule(s, &sal, &service, base_url, offset));
            }
        }
        owners.extend(out[from..].iter().map(|r: &Row| (r.id().to_owned(), u.id)));
    }
    Ok((out, owners))
}

/// A venue as a location where the unit's service is given, with its accessibility; answers the
/// service-at-location's id.
fn venue_rows(out: &mut Vec<Row>, v: &VenueRecord, service: &str) -> String {
    let location = derived_id(&format!("venue/{}", v.id));
    let sal = derived_id(&format!("venue/{}/sal", v.id));
    let description = [v.address.trim(), v.room.trim(), v.description_sv.trim()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(". ");
    let (lat, lon) = v
        .coordinates
        .as_deref()
        .and_then(|c| c.split_once(','))
        .and_then(|(a, b)| Some((a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?)))
        .map_or((Value::Null, Value::Null), |(a, b)| (Value::from(a), Value::from(b)));
    out.push(row(
        "location",
        vec![
            ("id", location.clone().into()),
            ("location_type", "physical".into()),
            ("name", v.name.clone().into()),
            ("description", description.into()),
            ("latitude", lat),
            ("longitude", lon),
        ],
    ));
    if !v.accessibility.trim().is_empty() {
        out.push(row(
            "accessibility",
            vec![
                ("id", derived_id(&format!("venue/{}/accessibility", v.id)).into()),
                ("location_id", location.clone().into()),
                ("description", v.accessibility.clone().into()),
            ],
        ));
    }
    out.push(row(
        "service_at_location",
        vec![("id", sal.clone().into()), ("service_id", service.into()), ("location_id", location.into())],
    ));
    sal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drop_in_rules_become_hsds_schedule_fields() {
        let f = rule_fields("FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU;UNTIL=20261231T225959Z");
        let get = |k: &str| f.iter().find(|(x, _)| *x == k).map(|(_, v)| v.clone());
        assert_eq!(get("freq"), Some("WEEKLY".into()));
        assert_eq!(get("interval"), Some(2.into()));
        assert_eq!(get("byday"), Some("TU".into()));
        // 22:59:59 UTC on New Year's Eve is 23:59:59 in Stockholm, the same day.
        assert_eq!(get("until"), Some("2026-12-31".into()));
        let m = rule_fields("FREQ=MONTHLY;INTERVAL=1;WKST=MO;BYDAY=-1FR;COUNT=6");
        assert!(m.contains(&("byday", "-1FR".into())) && m.contains(&("count", 6.into())));
        assert!(rule_fields("FREQ=DAILY").is_empty(), "HSDS has no daily schedules");
    }
}
