//! The iCalendar feed (RFC 5545) per unit and per venue, written with the `icalendar` crate.
//!
//! One VEVENT per series with its RRULE; a cancelled occurrence is an EXDATE with the same TZID and
//! value type as DTSTART; a moved one is an override VEVENT with RECURRENCE-ID. In a venue's feed,
//! a session moved to another venue is an EXDATE there and a standalone event at the new venue.
//! The body is deterministic (DTSTAMP is the series' last change), so its hash is a stable ETag.
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};
use lotsen_domain::dropin::{Change, Plan, TZID};
use lotsen_domain::ids::UnitId;
use lotsen_domain::locale::Locale;
use lotsen_store::{SeriesRecord, VenueRecord};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::{Schedule, description};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::id::Id;
use crate::state::AppState;

/// Europe/Stockholm as the EU has kept it since 1996: last Sunday of March and of October.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Stockholm\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

#[derive(Debug, Default, Deserialize)]
pub struct FeedQuery {
    #[serde(default)]
    lang: Option<String>,
}

impl FeedQuery {
    fn tr(&self) -> Tr {
        Tr::new(self.lang.as_deref().and_then(Locale::parse).unwrap_or_default())
    }
}

pub async fn unit(
    State(state): State<AppState>,
    Id(id): Id<UnitId>,
    Query(q): Query<FeedQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let unit = state.store.unit(id).await?;
    let s = Schedule::load(&state.store, Some(id)).await?;
    // The unit's name is the calendar's name: renaming it is a change too.
    let changed = state.store.dropin_changed_at(Some(id)).await?.max(unit.updated_at);
    let t = q.tr();
    let name = plain(&t.arg_text("dropin-feed-name", "name", &unit.name));
    let body = calendar(&state.settings.base_url, &t, &name, &s, None);
    Ok(respond(body, changed, &headers))
}

pub async fn venue(
    State(state): State<AppState>,
    Id(id): Id,
    Query(q): Query<FeedQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let v = state.store.venue(id).await?;
    let s = Schedule::load(&state.store, Some(v.unit_id)).await?;
    let changed = state.store.dropin_changed_at(Some(v.unit_id)).await?;
    let t = q.tr();
    let name = plain(&t.arg_text("dropin-feed-name", "name", &v.name));
    let body = calendar(&state.settings.base_url, &t, &name, &s, Some(id));
    Ok(respond(body, changed, &headers))
}

/// `ETag` from the body, `Last-Modified` from the newest change; a matching conditional request
/// gets 304 with no body.
fn respond(body: String, changed: i64, headers: &HeaderMap) -> Response {
    let etag = format!("\"{}\"", &hex::encode(Sha256::digest(body.as_bytes()))[..32]);
    let modified = DateTime::<Utc>::from_timestamp(changed, 0).unwrap_or_default();
    let http_date = modified.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let matches_etag = headers
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let not_modified_since = headers.get(IF_NONE_MATCH).is_none()
        && headers
            .get(IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| DateTime::parse_from_rfc2822(v).ok())
            .is_some_and(|since| modified.timestamp() <= since.timestamp());
    let mut res = if matches_etag || not_modified_since {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response()
    };
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&http_date) {
        h.insert(LAST_MODIFIED, v);
    }
    h.insert(CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    res
}

fn local(dt: NaiveDateTime) -> String {
    dt.format("%Y%m%dT%H%M%S").to_string()
}

fn utc(ts: i64) -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(ts, 0).unwrap_or_default()
}

fn with_tz(key: &str, dt: NaiveDateTime) -> Property {
    Property::new(key, local(dt)).add_parameter("TZID", TZID).done()
}

/// Fluent wraps arguments in Unicode isolation marks for pages; calendar apps show them as boxes.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

struct Ctx<'a> {
    base: &'a str,
    host: String,
    t: &'a Tr,
    s: &'a Schedule,
    texts: Texts,
}

/// Text values (names, addresses, descriptions) stand in the crate's output as short markers and
/// are put in, escaped, before the lines are folded here: the crate's folding of a long line can
/// loop forever on text with emoji and spaces (and may leave a line of 76 octets).
#[derive(Default)]
struct Texts(std::cell::RefCell<Vec<String>>);

impl Texts {
    /// A marker for `s`: a number between two U+0001, which no stored text holds.
    fn mark(&self, s: &str) -> String {
        let mut texts = self.0.borrow_mut();
        texts.push(s.replace('\u{1}', ""));
        format!("\u{1}{}\u{1}", texts.len() - 1)
    }

    /// `text` with each marker replaced by its value, escaped as RFC 5545 TEXT.
    fn fill(&self, text: &str) -> String {
        let texts = self.0.borrow();
        let mut out = String::with_capacity(text.len() + texts.iter().map(String::len).sum::<usize>());
        for (i, part) in text.split('\u{1}').enumerate() {
            match (i % 2, part.parse::<usize>().ok().and_then(|n| texts.get(n))) {
                (1, Some(value)) => out.push_str(&escape_text(value)),
                _ => out.push_str(part),
            }
        }
        out
    }
}

/// TEXT escaping (RFC 5545, 3.3.11).
fn escape_text(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

impl Ctx<'_> {
    fn uid(&self, series: i64) -> String {
        format!("dropin-{series}@{}", self.host)
    }

    /// The parts every event of a series shares; `venue` is where this one takes place.
    fn event(&self, series: &SeriesRecord, uid: &str, venue_id: i64) -> Event {
        let mut e = Event::new();
        e.uid(uid)
            .timestamp(utc(series.updated_at))
            .last_modified(utc(series.updated_at))
            .sequence(u32::try_from(series.sequence).unwrap_or(0));
        if let Some(v) = self.s.venue(venue_id) {
            self.place(&mut e, v);
        }
        e.done()
    }

    fn place(&self, e: &mut Event, v: &VenueRecord) {
        e.summary(&self.texts.mark(&plain(&self.t.arg_text("dropin-feed-summary", "venue", &v.name))));
        let location: Vec<&str> = [v.name.as_str(), v.room.as_str(), v.address.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        e.location(&self.texts.mark(&location.join(", ")));
        let mut text = vec![description(v, self.t.locale).trim().to_owned()];
        if !v.partners.trim().is_empty() {
            text.push(format!("{}: {}", self.t.get("field-partners"), v.partners.trim()));
        }
        if !v.accessibility.trim().is_empty() {
            text.push(format!("{}: {}", self.t.get("field-accessibility"), v.accessibility.trim()));
        }
        text.retain(|s| !s.is_empty());
        if !text.is_empty() {
            e.description(&self.texts.mark(&text.join("\n\n")));
        }
        e.url(&format!("{}/dropin/venues/{}", self.base, v.id));
        if let Some((lat, lon)) =
            v.coordinates.as_deref().and_then(|c| lotsen_domain::dropin::parse_coordinates(c).ok().flatten())
        {
            e.add_property("GEO", format!("{lat};{lon}"));
        }
    }

    /// The events of one series in a feed for all venues (`only` = None) or for one venue.
    fn series_events(&self, series: &SeriesRecord, plan: &Plan, only: Option<i64>) -> Vec<Event> {
        let uid = self.uid(series.id);
        let here = |venue: i64| only.is_none_or(|o| o == venue);
        let length = TimeDelta::minutes(plan.schedule.minutes);
        let mut out = Vec::new();
        let Some(rule) = plan.schedule.rrule() else {
            // A one-off session: no rule, so no exceptions; it is simply where and when it is now.
            match plan.exceptions.iter().find(|x| x.on == plan.schedule.start.date()).map(|x| &x.change) {
                Some(Change::Cancelled { .. }) => {}
                Some(Change::Moved { start, end, venue_id, .. }) if here(*venue_id) => {
                    let mut e = self.event(series, &uid, *venue_id);
                    e.append_property(with_tz("DTSTART", *start)).append_property(with_tz("DTEND", *end));
                    out.push(e.done());
                }
                Some(Change::Moved { .. }) => {}
                None if here(series.venue_id) => {
                    let mut e = self.event(series, &uid, series.venue_id);
                    e.append_property(with_tz("DTSTART", plan.schedule.start))
                        .append_property(with_tz("DTEND", plan.schedule.start + length));
                    out.push(e.done());
                }
                None => {}
            }
            return out;
        };
        let master_here = here(series.venue_id);
        let mut master = self.event(series, &uid, series.venue_id);
        master
            .append_property(with_tz("DTSTART", plan.schedule.start))
            .append_property(with_tz("DTEND", plan.schedule.start + length))
            .add_property("RRULE", rule);
        for x in &plan.exceptions {
            let Some(original) = plan.original(x.on) else { continue };
            match &x.change {
                Change::Cancelled { .. } => {
                    master.append_multi_property(with_tz("EXDATE", original));
                }
                Change::Moved { start, end, venue_id, .. } => {
                    if master_here && here(*venue_id) {
                        let mut e = self.event(series, &uid, *venue_id);
                        e.append_property(with_tz("RECURRENCE-ID", original))
                            .append_property(with_tz("DTSTART", *start))
                            .append_property(with_tz("DTEND", *end));
                        out.push(e.done());
                    } else if master_here {
                        master.append_multi_property(with_tz("EXDATE", original));
                    } else if here(*venue_id) {
                        // Moved here from another venue's series: an event of its own.
                        let mut e =
                            self.event(series, &format!("dropin-{}-{}@{}", series.id, x.on, self.host), *venue_id);
                        e.append_property(with_tz("DTSTART", *start)).append_property(with_tz("DTEND", *end));
                        out.push(e.done());
                    }
                }
            }
        }
        if master_here {
            out.insert(0, master.done());
        }
        out
    }
}

/// The whole feed as text.
pub fn calendar(base: &str, t: &Tr, name: &str, s: &Schedule, only: Option<i64>) -> String {
    let host = base.split("://").nth(1).unwrap_or(base).split(['/', ':']).next().unwrap_or("lotsen").to_owned();
    let ctx = Ctx { base, host, t, s, texts: Texts::default() };
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Lotsen//Drop-in//SV"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .append_property(("X-WR-CALNAME", ctx.texts.mark(name).as_str()))
        .append_property(("X-WR-TIMEZONE", TZID))
        .append_property(Property::new("REFRESH-INTERVAL", "PT1H").add_parameter("VALUE", "DURATION").done())
        .append_property(("X-PUBLISHED-TTL", "PT1H"));
    for series in &s.series {
        let Some(plan) = s.plan(series.id) else { continue };
        for e in ctx.series_events(series, plan, only) {
            cal.push(e);
        }
    }
    // The crate stamps every component it writes with DTSTAMP and UID, which a VTIMEZONE must not
    // have (and a fresh UID each time would break the ETag), so the time zone goes in as text.
    let mut text = fold(&ctx.texts.fill(&cal.done().to_string().replace("\r\n ", "")));
    let at = text.find("BEGIN:VEVENT").or_else(|| text.find("END:VCALENDAR")).unwrap_or(text.len());
    text.insert_str(at, VTIMEZONE);
    text
}

/// Folds every content line to at most 75 octets, leading space included (RFC 5545, 3.1), never
/// inside a character. Folds already there are undone first (values never hold a raw line break:
/// text is escaped).
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for line in text.replace("\r\n ", "").split_terminator("\r\n") {
        let (mut rest, mut room) = (line, 75);
        while rest.len() > room {
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            room = 74;
        }
        out.push_str(rest);
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_folded_to_75_octets() {
        // 150 octets: the crate's fold left a last line of 75 octets after its leading space.
        for len in [74, 75, 76, 149, 150, 151, 223, 224, 225, 400] {
            let line = format!("SUMMARY:{}", "x".repeat(len - 8));
            let folded = fold(&format!("BEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\n"));
            assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{len}: {folded:?}");
            assert_eq!(folded.replace("\r\n ", ""), format!("BEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\n"));
        }
        let emoji = format!("LOCATION:{}", "👩‍👩‍👧‍👦".repeat(20));
        let folded = fold(&format!("{emoji}\r\n"));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded:?}");
        assert_eq!(folded.replace("\r\n ", ""), format!("{emoji}\r\n"));
    }

    #[test]
    fn text_with_emoji_and_spaces_is_written_and_escaped() {
        // The crate's own folding never ended on this text.
        let texts = Texts::default();
        let long = "♿ 🛗 ".repeat(200) + "a,b;c\\d\ne";
        let line = format!("DESCRIPTION:{}\r\n", texts.mark(&long));
        let filled = texts.fill(&line);
        assert_eq!(filled, format!("DESCRIPTION:{}\r\n", escape_text(&long)));
        assert!(filled.ends_with("a\\,b\\;c\\\\d\\ne\r\n"));
        assert!(fold(&filled).split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn a_name_that_reads_as_a_number_is_kept() {
        let t = Tr::new(Locale::Sv);
        for name in ["007", "1e3", "Nan", "inf", "2026"] {
            assert_eq!(plain(&t.arg_text("dropin-feed-summary", "venue", name)), format!("Drop-in: {name}"));
        }
    }
}
