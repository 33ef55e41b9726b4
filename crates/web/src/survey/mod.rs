//! Surveys: the public answering pages (a short link, a kiosk on a tablet, a one-time invitation),
//! the staff's survey pages, and results with small-count suppression.
use lotsen_domain::locale::Locale;
use lotsen_domain::survey::{Colour, Definition};
use lotsen_store::SurveyRecord;

use crate::i18n::Tr;
pub use crate::pages::{LangLink, links, public_chrome};

pub mod answer;
pub mod manage;
pub mod results;

/// The label of an answer: colour is never the only cue.
pub fn colour_label(t: &Tr, c: Colour) -> String {
    t.get(format!("survey-answer-{}", c.code()))
}

/// A survey's name as staff see it: its title in their language, or its first language.
pub fn survey_name(s: &SurveyRecord, locale: Locale) -> String {
    let d = &s.current.definition;
    d.text(&d.title, locale).to_owned()
}

/// The public address of a survey.
pub fn public_url(base: &str, s: &SurveyRecord) -> String {
    format!("{base}/s/{}", s.code)
}

/// Links to the same page in each language the survey is offered in.
pub fn language_links(def: &Definition, current: Locale, href: impl Fn(Locale) -> String) -> Vec<LangLink> {
    links(def.locales.iter().copied(), current, href)
}
