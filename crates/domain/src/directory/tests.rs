//! Tests of the service form: what is required, every problem named by its field, hours, place,
//! languages and translations.
use super::*;

fn draft() -> ServiceDraft<'static> {
    ServiceDraft {
        name: "Budgetrådgivning",
        new_organization: "Skuldrådgivning Syd",
        status: "active",
        visibility: "public",
        ..Default::default()
    }
}

#[test]
fn a_short_entry_is_enough_and_everything_else_is_optional() {
    let s = ServiceEntry::parse(&draft()).unwrap();
    assert_eq!(s.organization, Err("Skuldrådgivning Syd".into()));
    assert!(s.public && s.place.is_none() && s.hours.iter().all(Option::is_none) && s.languages.is_empty());
}

#[test]
fn every_problem_is_named_by_its_field() {
    let days = vec!["MO".to_owned(), "XX".to_owned()];
    let langs = vec!["sv".to_owned()];
    let d = ServiceDraft {
        name: "",
        new_organization: "",
        status: "open",
        visibility: "",
        minimum_age: "18",
        maximum_age: "12",
        phone: "ring oss",
        email: "a@b",
        url: "www.example.se",
        address: "Storgatan 1",
        postal_code: "2222",
        hours: [
            HoursDraft { days: &days, opens_at: "9", closes_at: "12:00" },
            HoursDraft::default(),
            HoursDraft::default(),
        ],
        languages: &langs,
        other_languages: "somaliska",
        ..Default::default()
    };
    let fields: Vec<&str> = ServiceEntry::parse(&d).unwrap_err().iter().map(|(f, _)| *f).collect();
    for f in [
        "name",
        "organization",
        "status",
        "visibility",
        "maximum_age",
        "phone",
        "email",
        "url",
        "city",
        "county",
        "postal_code",
        "days",
        "opens_at",
        "other_languages",
    ] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
}

#[test]
fn hours_place_languages_and_translations() {
    let days = vec!["TU".to_owned(), "MO".to_owned()];
    let langs = vec!["ar".to_owned(), "sv".to_owned()];
    let d = ServiceDraft {
        organization: "cac14274-c975-49e5-8379-533af66cbe50",
        new_organization: "",
        hours: [
            HoursDraft { days: &days, opens_at: "09:00", closes_at: "12:30" },
            HoursDraft::default(),
            HoursDraft::default(),
        ],
        address: "Stortorget 1",
        postal_code: "252 25",
        city: "Lund",
        county: "Skåne län",
        languages: &langs,
        other_languages: "so, fa",
        name_en: "Budget advice",
        description_ar: "مساعدة في الميزانية",
        ..draft()
    };
    let s = ServiceEntry::parse(&d).unwrap();
    assert_eq!(s.organization, Ok("cac14274-c975-49e5-8379-533af66cbe50".into()));
    assert_eq!(s.hours[0].as_ref().unwrap().days, vec!["MO", "TU"]);
    assert_eq!(s.place.unwrap().name, "Stortorget 1");
    assert_eq!(s.languages, vec!["ar", "fa", "so", "sv"]);
    assert_eq!(
        s.translations,
        vec![("name", "en", "Budget advice".into()), ("description", "ar", "مساعدة في الميزانية".into())]
    );
    let bad = ServiceDraft {
        hours: [HoursDraft { opens_at: "12:00", closes_at: "09:00", ..d.hours[0] }, d.hours[1], d.hours[2]],
        ..d
    };
    assert_eq!(ServiceEntry::parse(&bad).unwrap_err()[0].0, "closes_at");
    let access = ServiceDraft { accessibility: "  Ramp vid entrén.\r\nHörslinga i receptionen.  ", ..d };
    let place = ServiceEntry::parse(&access).unwrap().place.unwrap();
    assert_eq!(place.accessibility.as_deref(), Some("Ramp vid entrén.\nHörslinga i receptionen."));
}

#[test]
fn hours_lines_are_checked_each_by_their_own_fields() {
    let (mon, thu, bad) = (vec!["MO".to_owned()], vec!["TH".to_owned()], vec!["XX".to_owned()]);
    let two = ServiceDraft {
        hours: [
            HoursDraft { days: &mon, opens_at: "09:00", closes_at: "12:00" },
            HoursDraft::default(),
            HoursDraft { days: &thu, opens_at: "13:00", closes_at: "16:00" },
        ],
        ..draft()
    };
    let s = ServiceEntry::parse(&two).unwrap();
    assert!(s.hours[1].is_none(), "an empty line stays empty, in its place");
    let thursday = s.hours[2].as_ref().unwrap();
    assert_eq!((thursday.days.clone(), thursday.opens_at.as_str()), (vec!["TH"], "13:00"));
    let wrong = ServiceDraft {
        hours: [
            HoursDraft { days: &mon, opens_at: "09:00", closes_at: "12:00" },
            HoursDraft { days: &[], opens_at: "13:00", closes_at: "12:00" },
            HoursDraft { days: &bad, opens_at: "", closes_at: "" },
        ],
        ..draft()
    };
    let fields: Vec<&str> = ServiceEntry::parse(&wrong).unwrap_err().iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, ["days_2", "closes_at_2", "days_3"]);
}

#[test]
fn accessibility_needs_a_place_to_belong_to() {
    let d = ServiceDraft { accessibility: "Hiss till plan 2", ..draft() };
    let errors = ServiceEntry::parse(&d).unwrap_err();
    assert_eq!(errors.iter().map(|(f, _)| *f).collect::<Vec<_>>(), vec!["accessibility"]);
    let named = ServiceDraft { place: "Stadsbiblioteket", ..d };
    let place = ServiceEntry::parse(&named).unwrap().place.unwrap();
    assert_eq!((place.name.as_str(), place.address.is_none()), ("Stadsbiblioteket", true));
    assert_eq!(place.accessibility.as_deref(), Some("Hiss till plan 2"));
}
