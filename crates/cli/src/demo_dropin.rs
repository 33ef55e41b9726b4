//! The demo's drop-in times: the venues and rhythms of DOMAIN.md, a year back, with a snowy
//! cancellation, a moved session, one cancelled next week, and visit logs for past sessions.
use chrono::{Datelike, NaiveDate, TimeDelta};
use lotsen_domain::dropin::{Schedule, ScheduleInput};
use lotsen_domain::ids::{UnitId, UserId};
use lotsen_store::{ExceptionRecord, SeriesInput, Store, VenueInput, VisitRecord};

struct DemoVenue {
    name: &'static str,
    room: &'static str,
    address: &'static str,
    coordinates: &'static str,
    accessibility: &'static str,
    partners: &'static str,
    sv: &'static str,
    en: &'static str,
    ar: &'static str,
    repeat: &'static str,
    day: &'static str,
    from: &'static str,
    to: &'static str,
}

const VENUES: &[DemoVenue] = &[
    DemoVenue {
        name: "Stadsbiblioteket",
        room: "Gröna rummet",
        address: "Biblioteksgatan 1, 111 46 Stockholm",
        coordinates: "59.3434, 18.0545",
        accessibility: "Entré utan trappsteg, hiss, hörslinga i rummet.",
        partners: "",
        sv: "Träffa en råd- och stödkoordinator i Gröna rummet på bibliotekets entréplan.",
        en: "Meet an advice and support coordinator in the Green Room on the library's ground floor.",
        ar: "قابل منسق النصح والدعم في الغرفة الخضراء في الطابق الأرضي للمكتبة.",
        repeat: "weekly",
        day: "MO",
        from: "12:30",
        to: "14:30",
    },
    DemoVenue {
        name: "Kulturhuset",
        room: "Mötesrum 2",
        address: "Kulturtorget 3, 111 52 Stockholm",
        coordinates: "59.3326, 18.0649",
        accessibility: "Entré utan trappsteg.",
        partners: "",
        sv: "Drop-in för alla som bor i kommunen. Ingen tidsbokning.",
        en: "Drop-in for everyone living in the municipality. No appointment needed.",
        ar: "استقبال مفتوح لجميع سكان البلدية. لا حاجة لحجز موعد.",
        repeat: "biweekly",
        day: "TU",
        from: "10:00",
        to: "12:00",
    },
    DemoVenue {
        name: "Bostadsbolagets områdeskontor",
        room: "",
        address: "Centrumvägen 12, 163 60 Spånga",
        coordinates: "",
        accessibility: "Två trappsteg vid entrén, ramp finns.",
        partners: "Hyresgästföreningen, arbetsmarknadsförvaltningen",
        sv: "Tillsammans med bostadsbolaget, Hyresgästföreningen och arbetsmarknadsförvaltningen.",
        en: "Together with the housing company, the Tenants' Association and the labour market department.",
        ar: "بالتعاون مع شركة السكن وجمعية المستأجرين وإدارة سوق العمل.",
        repeat: "biweekly",
        day: "TU",
        from: "13:00",
        to: "15:00",
    },
    DemoVenue {
        name: "Brukarföreningen",
        room: "Caféet",
        address: "Föreningsgatan 8, 118 20 Stockholm",
        coordinates: "",
        accessibility: "",
        partners: "Brukarföreningen",
        sv: "Fika och samtal. Vi hjälper dig vidare till rätt stöd.",
        en: "Coffee and a talk. We help you find the right support.",
        ar: "قهوة وحديث. نساعدك في الوصول إلى الدعم المناسب.",
        repeat: "weekly",
        day: "TH",
        from: "10:00",
        to: "12:00",
    },
];

/// Adds the venues and series to the unit; returns the venues' ids.
pub async fn fill(
    store: &Store,
    unit_id: UnitId,
    coordinators: &[UserId],
    today: NaiveDate,
) -> anyhow::Result<Vec<i64>> {
    let &author = coordinators.first().ok_or_else(|| anyhow::anyhow!("the demo unit has no coordinator"))?;
    let start = today - TimeDelta::days(365);
    let start_text = start.to_string();
    let tx = store.begin().await?;
    let mut series = Vec::new();
    for (i, v) in VENUES.iter().enumerate() {
        let venue_id = tx
            .create_venue(
                unit_id,
                &VenueInput {
                    name: v.name.into(),
                    address: v.address.into(),
                    room: v.room.into(),
                    coordinates: (!v.coordinates.is_empty()).then(|| v.coordinates.into()),
                    accessibility: v.accessibility.into(),
                    partners: v.partners.into(),
                    description_sv: v.sv.into(),
                    description_en: v.en.into(),
                    description_ar: v.ar.into(),
                },
            )
            .await?;
        let days = [v.day.to_owned()];
        let rule = Schedule::parse(&ScheduleInput {
            start_date: &start_text,
            start_time: v.from,
            end_time: v.to,
            repeat: v.repeat,
            weekdays: &days,
            ..Default::default()
        })
        .map_err(|e| anyhow::anyhow!("demo series: {e:?}"))?;
        let staff = coordinators.get(i % coordinators.len().max(1)).copied().into_iter().collect();
        let created = tx
            .create_series(
                unit_id,
                &SeriesInput { venue_id, dtstart: rule.start, minutes: rule.minutes, rrule: rule.rrule(), staff },
            )
            .await?;
        series.push((created, venue_id, rule));
    }
    // A snowy Monday last winter, one session next week cancelled, one moved.
    let (library, library_venue, library_rule) = &series[0];
    let winter = NaiveDate::from_ymd_opt(today.year() - i32::from(today.month() < 3), 2, 1).unwrap_or(today);
    if let Some(snow) = library_rule.occurrence_starts(winter, winter + TimeDelta::days(27)).first() {
        tx.put_exception(library, &cancelled(library.id, snow.date(), "Inställt på grund av snöoväder"), author)
            .await?;
    }
    if let Some(next) = library_rule.occurrence_starts(today + TimeDelta::days(7), today + TimeDelta::days(13)).first()
    {
        tx.put_exception(library, &cancelled(library.id, next.date(), "Personalen är på utbildning"), author).await?;
    }
    let (culture, _, culture_rule) = &series[1];
    if let Some(m) = culture_rule.occurrence_starts(today + TimeDelta::days(1), today + TimeDelta::days(30)).first() {
        let new_start = m.date().succ_opt().unwrap_or(m.date()).and_time(m.time());
        tx.put_exception(
            culture,
            &ExceptionRecord {
                series_id: culture.id,
                occurs_on: m.date(),
                status: "moved".into(),
                reason: "Kulturhuset är stängt; vi är på biblioteket".into(),
                new_start: Some(new_start),
                new_end: Some(new_start + TimeDelta::minutes(culture_rule.minutes)),
                new_venue_id: Some(*library_venue),
                updated_at: 0,
            },
            author,
        )
        .await?;
    }
    // Visit logs for the last twelve weeks: a steady pattern, some days nobody comes.
    for (n, (id, venue_id, rule)) in series.iter().enumerate() {
        for (k, s) in rule.occurrence_starts(today - TimeDelta::days(84), today - TimeDelta::days(1)).iter().enumerate()
        {
            if id.id == library.id && s.date() >= winter && s.date() < winter + TimeDelta::days(28) {
                continue;
            }
            let visitors = ((k * 7 + n * 3) % 6) as i32;
            tx.put_visit(
                id,
                &VisitRecord {
                    series_id: id.id,
                    occurs_on: s.date(),
                    venue_id: *venue_id,
                    visitors,
                    staff: coordinators.get(n % coordinators.len().max(1)).copied().into_iter().collect(),
                    recorded_by: author,
                    updated_at: 0,
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(series.iter().map(|(_, venue, _)| *venue).collect())
}

fn cancelled(series_id: i64, on: NaiveDate, reason: &str) -> ExceptionRecord {
    ExceptionRecord {
        series_id,
        occurs_on: on,
        status: "cancelled".into(),
        reason: reason.into(),
        new_start: None,
        new_end: None,
        new_venue_id: None,
        updated_at: 0,
    }
}
