use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::results::{AnswerCount, Figure, Measure, Period, ResponseCount, Results, Slice, Split};
use super::*;

fn texts(pairs: &[(Locale, &str)]) -> BTreeMap<Locale, String> {
    pairs.iter().map(|(l, s)| (*l, (*s).to_owned())).collect()
}

fn draft() -> DraftDefinition {
    DraftDefinition {
        locales: vec!["sv".into(), "ar".into()],
        title: texts(&[(Locale::Sv, "Utcheckning"), (Locale::Ar, "استبيان")]),
        questions: vec![
            ("q1".into(), texts(&[(Locale::Sv, "Hur  enkelt var det?"), (Locale::Ar, "ما مدى السهولة؟")])),
            (String::new(), texts(&[(Locale::Sv, "Fick du rätt stöd?"), (Locale::Ar, "هل حصلت على الدعم؟")])),
            (String::new(), texts(&[(Locale::Sv, "  "), (Locale::Ar, "")])),
        ],
        free_text: false,
        free_text_prompt: BTreeMap::new(),
    }
}

#[test]
fn a_definition_keeps_keys_gives_new_questions_free_ones_and_drops_empty_rows() {
    let d = Definition::parse(&draft()).unwrap();
    assert_eq!(d.locales, vec![Locale::Sv, Locale::Ar]);
    let keys: Vec<&str> = d.questions.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(keys, ["q1", "q2"]);
    assert_eq!(d.questions[0].text[&Locale::Sv], "Hur enkelt var det?");
    assert_eq!(d.free_text, None);
}

#[test]
fn a_definition_needs_every_text_in_every_offered_language() {
    let mut d = draft();
    d.locales.push("en".into());
    d.questions[1].1.insert(Locale::Ar, String::new());
    let errs = Definition::parse(&d).unwrap_err();
    let fields: Vec<&str> = errs.iter().map(|(f, _)| f.as_str()).collect();
    assert!(fields.contains(&"title_en"), "{fields:?}");
    assert!(fields.contains(&"q_0_en"));
    assert!(fields.contains(&"q_1_ar"));
    let mut d = draft();
    d.locales = vec!["xx".into()];
    assert_eq!(Definition::parse(&d).unwrap_err()[0], ("locales".into(), Invalid::new("error-choose")));
    let mut d = draft();
    d.locales.clear();
    assert!(Definition::parse(&d).unwrap_err().contains(&("locales".into(), Invalid::new("survey-error-locales"))));
    let mut d = draft();
    d.questions.truncate(0);
    assert!(
        Definition::parse(&d).unwrap_err().contains(&("questions".into(), Invalid::new("survey-error-no-questions")))
    );
    let mut d = draft();
    d.free_text = true;
    let errs = Definition::parse(&d).unwrap_err();
    assert!(errs.contains(&("free_text_sv".into(), Invalid::new("error-required"))));
}

#[test]
fn answers_need_a_colour_for_every_question() {
    let d = Definition::parse(&draft()).unwrap();
    let mut given = BTreeMap::new();
    given.insert("q1".to_owned(), "green".to_owned());
    let errs = Answers::parse(&d, &given, "").unwrap_err();
    assert_eq!(errs, vec![("q_q2".to_owned(), Invalid::new("survey-error-choose"))]);
    given.insert("q2".to_owned(), "purple".to_owned());
    assert_eq!(Answers::parse(&d, &given, "").unwrap_err(), vec![("q_q2".to_owned(), Invalid::new("error-choose"))]);
    given.insert("q2".to_owned(), "red".to_owned());
    let a = Answers::parse(&d, &given, "ignored: this survey asks for no free text").unwrap();
    assert_eq!(a.colours, vec![("q1".to_owned(), Colour::Green), ("q2".to_owned(), Colour::Red)]);
    assert_eq!(a.free_text, None);
}

#[test]
fn free_text_is_bounded() {
    let mut dr = draft();
    dr.free_text = true;
    dr.free_text_prompt = texts(&[(Locale::Sv, "Något mer?"), (Locale::Ar, "هل هناك شيء آخر؟")]);
    let d = Definition::parse(&dr).unwrap();
    let given: BTreeMap<String, String> =
        [("q1", "green"), ("q2", "yellow")].iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
    assert_eq!(Answers::parse(&d, &given, " Tack!\r\nBra. ").unwrap().free_text.as_deref(), Some("Tack!\nBra."));
    let long = "a".repeat(MAX_FREE_TEXT + 1);
    assert_eq!(Answers::parse(&d, &given, &long).unwrap_err()[0].0, "free_text");
}

#[test]
fn an_answer_keeps_only_its_week_and_the_week_counts_in_its_thursdays_month() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    assert_eq!(week_of(d(2026, 11, 27)), d(2026, 11, 23));
    assert_eq!(week_of(d(2026, 11, 23)), d(2026, 11, 23));
    // 2026-12-28 is a Monday; its Thursday is 31 December. 2024-12-30's Thursday is 2 January 2025.
    assert_eq!(month_of_week(d(2026, 12, 28)), (2026, 12));
    assert_eq!(month_of_week(d(2024, 12, 30)), (2025, 1));
    assert_eq!(Period::Year(2025).weeks(), Some((d(2024, 12, 29), d(2025, 12, 29))));
}

#[test]
fn goals_are_whole_percentages() {
    assert_eq!(parse_goal(" 70 % "), Ok(Some(70)));
    assert_eq!(parse_goal(""), Ok(None));
    assert!(parse_goal("101").is_err());
    assert!(parse_goal("sjuttio").is_err());
}

#[test]
fn periods_round_trip_through_their_codes() {
    for p in [Period::All, Period::Year(2026), Period::Half(2026, 2), Period::Quarter(2026, 3), Period::Month(2026, 5)]
    {
        assert_eq!(Period::parse(&p.code()), Some(p));
    }
    assert_eq!(Period::parse("2026-q5"), None);
    assert_eq!(Period::parse("1999"), None);
    assert_eq!(Period::parse("2026-13"), None);
    assert_eq!(Split::Quarter.periods(2026).len(), 4);
}

/// `n` responses in the week of `week`, all answering `colour` to q1, at `venue` in `locale`.
fn some(week: NaiveDate, venue: Option<i64>, locale: Locale, colour: Colour, n: i64) -> (ResponseCount, AnswerCount) {
    (
        ResponseCount { week, venue, locale, version: 1, count: n },
        AnswerCount { week, venue, locale, version: 1, question: "q1".into(), colour, count: n },
    )
}

fn build(rows: &[(ResponseCount, AnswerCount)]) -> Results {
    let r: Vec<ResponseCount> = rows.iter().map(|x| x.0.clone()).collect();
    let a: Vec<AnswerCount> = rows.iter().map(|x| x.1.clone()).collect();
    Results::build(&r, &a, &["q1".to_owned()], &[], 5)
}

fn mon(y: i32, m: u32, d: u32) -> NaiveDate {
    week_of(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

#[test]
fn four_responses_in_a_period_are_hidden() {
    let r = build(&[some(mon(2026, 2, 10), None, Locale::Sv, Colour::Green, 4)]);
    assert_eq!(r.responses(Period::Quarter(2026, 1), Slice::All), Figure::Hidden);
    assert_eq!(r.responses(Period::Year(2026), Slice::All), Figure::Hidden);
    assert!(!r.free_text_allowed(Period::Year(2026)));
    assert_eq!(r.green_share(Period::Year(2026), Slice::All, "q1"), None);
    assert_eq!(r.responses(Period::Quarter(2026, 2), Slice::All), Figure::Shown(0));
}

#[test]
fn a_small_quarter_cannot_be_had_by_subtracting_quarters_from_the_year() {
    // Q1 12 green, Q2 10 green, Q3 3 red: the year shows 25, so Q3 alone must not be the only gap.
    let r = build(&[
        some(mon(2026, 2, 10), None, Locale::Sv, Colour::Green, 12),
        some(mon(2026, 5, 12), None, Locale::Sv, Colour::Green, 10),
        some(mon(2026, 8, 12), None, Locale::Sv, Colour::Red, 3),
    ]);
    let year = r.responses(Period::Year(2026), Slice::All);
    let quarters: Vec<Figure> = Split::Quarter.periods(2026).into_iter().map(|p| r.responses(p, Slice::All)).collect();
    assert_eq!(quarters[2], Figure::Hidden);
    // Either the year is hidden or a second quarter is: no sum has one unknown.
    let hidden = quarters.iter().filter(|f| **f == Figure::Hidden).count();
    assert!(year == Figure::Hidden || hidden >= 2, "{year:?} {quarters:?}");
    // The halves must not give Q3 away either: H2 = Q3 + Q4.
    let h2 = r.responses(Period::Half(2026, 2), Slice::All);
    assert!(h2 == Figure::Hidden || quarters[3] == Figure::Hidden);
    // Reds in the year are only the Q3 ones: hidden.
    assert_eq!(
        r.figure(Period::Year(2026), Slice::All, &Measure::Answers("q1".into(), Some(Colour::Red))),
        Figure::Hidden
    );
}

#[test]
fn a_small_venue_cannot_be_had_by_subtracting_the_others_from_all() {
    let r = build(&[
        some(mon(2026, 3, 3), Some(1), Locale::Sv, Colour::Green, 20),
        some(mon(2026, 3, 3), Some(2), Locale::Ar, Colour::Yellow, 2),
    ]);
    let p = Period::Quarter(2026, 1);
    assert_eq!(r.responses(p, Slice::Venue(Some(2))), Figure::Hidden);
    assert!(r.responses(p, Slice::All) == Figure::Hidden || r.responses(p, Slice::Venue(Some(1))) == Figure::Hidden);
    assert_eq!(r.responses(p, Slice::Locale(Locale::Ar)), Figure::Hidden);
    assert!(
        r.responses(p, Slice::All) == Figure::Hidden || r.responses(p, Slice::Locale(Locale::Sv)) == Figure::Hidden
    );
}

#[test]
fn enough_answers_are_shown_with_their_share_of_green() {
    let r = build(&[
        some(mon(2026, 1, 13), None, Locale::Sv, Colour::Green, 8),
        some(mon(2026, 1, 20), None, Locale::Sv, Colour::Yellow, 6),
        some(mon(2026, 1, 27), None, Locale::En, Colour::Green, 6),
    ]);
    let p = Period::Month(2026, 1);
    assert_eq!(r.responses(p, Slice::All), Figure::Shown(20));
    assert_eq!(r.figure(p, Slice::All, &Measure::Answers("q1".into(), Some(Colour::Green))), Figure::Shown(14));
    assert_eq!(r.figure(p, Slice::All, &Measure::Answers("q1".into(), Some(Colour::Red))), Figure::Shown(0));
    assert_eq!(r.green_share(p, Slice::All, "q1"), Some(70.0));
    assert!(r.free_text_allowed(p));
    assert_eq!(r.responses(Period::All, Slice::All), Figure::Shown(20));
}
