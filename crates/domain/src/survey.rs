//! Surveys: the residents' check-out survey and the partners' own, on a three-point colour scale.
//!
//! A survey's wording lives in a [`Definition`], stored as one version; changing the wording after
//! answers exist makes a new version, and every answer keeps the version it answered. An answer is
//! anonymous by construction: it is kept with the week it was given in, never the moment.
use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::locale::Locale;

pub mod results;

/// At most this many colour questions in one survey.
pub const MAX_QUESTIONS: usize = 10;
/// The longest question, title or prompt, in characters.
pub const MAX_TEXT: usize = 300;
/// The longest free-text answer, in characters.
pub const MAX_FREE_TEXT: usize = 1000;

/// The three answers. Colour is never the only cue: each also has a face and a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    Green,
    Yellow,
    Red,
}

impl Colour {
    pub const ALL: [Colour; 3] = [Colour::Green, Colour::Yellow, Colour::Red];

    pub const fn code(self) -> &'static str {
        match self {
            Colour::Green => "green",
            Colour::Yellow => "yellow",
            Colour::Red => "red",
        }
    }

    /// The stored value: 1 satisfied, 2 less satisfied, 3 dissatisfied.
    pub const fn value(self) -> i16 {
        match self {
            Colour::Green => 1,
            Colour::Yellow => 2,
            Colour::Red => 3,
        }
    }

    pub fn from_value(v: i16) -> Option<Self> {
        Colour::ALL.into_iter().find(|c| c.value() == v)
    }

    pub fn parse(s: &str) -> Option<Self> {
        Colour::ALL.into_iter().find(|c| c.code() == s.trim())
    }
}

/// A text in each language a survey is offered in.
pub type Texts = BTreeMap<Locale, String>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable across versions ("q1", "q2", …): results follow a question through rewordings.
    pub key: String,
    pub text: Texts,
}

/// What a respondent sees: the title, the questions and an optional free-text prompt, in every
/// offered language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Definition {
    pub locales: Vec<Locale>,
    pub title: Texts,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub free_text: Option<Texts>,
}

/// A question row as typed: its key (empty for a new one) and its text per language.
pub type DraftQuestion = (String, BTreeMap<Locale, String>);

/// A definition as typed into the edit form, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct DraftDefinition {
    pub locales: Vec<String>,
    pub title: BTreeMap<Locale, String>,
    /// Existing questions by key, then new ones with an empty key; an all-empty row is dropped.
    pub questions: Vec<DraftQuestion>,
    pub free_text: bool,
    pub free_text_prompt: BTreeMap<Locale, String>,
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_text(field: String, s: &str, errors: &mut Vec<(String, Invalid)>) -> String {
    let s = clean(s);
    if s.is_empty() {
        errors.push((field, Invalid::new("error-required")));
    } else if s.chars().count() > MAX_TEXT || s.chars().any(char::is_control) {
        errors.push((field, Invalid::new("error-text")));
    }
    s
}

impl Definition {
    /// Checks a draft: at least one offered language, every text present in every offered
    /// language, between one and [`MAX_QUESTIONS`] questions. Field names match the form:
    /// `locales`, `title_sv`, `q_{n}_sv` (n from 0), `free_text_sv`.
    pub fn parse(d: &DraftDefinition) -> Result<Self, Vec<(String, Invalid)>> {
        let mut errors = Vec::new();
        let mut locales: Vec<Locale> = Vec::new();
        for code in &d.locales {
            match Locale::parse(code) {
                Some(l) if !locales.contains(&l) => locales.push(l),
                Some(_) => {}
                None => errors.push(("locales".to_owned(), Invalid::new("error-choose"))),
            }
        }
        locales.sort_by_key(|l| Locale::ALL.iter().position(|x| x == l));
        if locales.is_empty() && errors.is_empty() {
            errors.push(("locales".to_owned(), Invalid::new("survey-error-locales")));
        }
        let texts = |prefix: &str, given: &BTreeMap<Locale, String>, errors: &mut Vec<(String, Invalid)>| -> Texts {
            locales
                .iter()
                .map(|l| {
                    let s = given.get(l).map_or("", String::as_str);
                    (*l, check_text(format!("{prefix}_{}", l.code()), s, errors))
                })
                .collect()
        };
        let title = texts("title", &d.title, &mut errors);
        let kept: Vec<(usize, &DraftQuestion)> =
            d.questions.iter().enumerate().filter(|(_, (_, t))| t.values().any(|s| !s.trim().is_empty())).collect();
        if kept.is_empty() {
            errors.push(("questions".to_owned(), Invalid::new("survey-error-no-questions")));
        } else if kept.len() > MAX_QUESTIONS {
            errors.push(("questions".to_owned(), Invalid::new("survey-error-too-many-questions")));
        }
        let mut used: Vec<String> = Vec::new();
        let mut questions = Vec::new();
        for (n, (key, text)) in kept {
            let key = if valid_key(key) && !used.contains(key) {
                key.clone()
            } else {
                // A new question gets the next free key; keys of existing ones never change.
                let taken = |k: &String| used.contains(k) || d.questions.iter().any(|(other, _)| other == k);
                (1..).map(|i| format!("q{i}")).find(|k| !taken(k)).unwrap_or_default()
            };
            used.push(key.clone());
            questions.push(Question { key, text: texts(&format!("q_{n}"), text, &mut errors) });
        }
        let free_text = d.free_text.then(|| texts("free_text", &d.free_text_prompt, &mut errors));
        if errors.is_empty() { Ok(Self { locales, title, questions, free_text }) } else { Err(errors) }
    }

    /// The text in `locale`, or in the first offered language.
    pub fn text<'a>(&self, texts: &'a Texts, locale: Locale) -> &'a str {
        texts.get(&locale).or_else(|| self.locales.first().and_then(|l| texts.get(l))).map_or("", String::as_str)
    }

    /// The language to answer in: the one asked for if offered, else the first offered.
    pub fn locale_for(&self, wanted: Option<Locale>) -> Locale {
        wanted.filter(|l| self.locales.contains(l)).or_else(|| self.locales.first().copied()).unwrap_or_default()
    }

    /// Whether answers to `other` could be counted as answers to this wording: same questions,
    /// same texts. A change of offered languages or of the free-text prompt alone is a new version
    /// too, but keeps question keys, so results still follow each question.
    pub fn same_questions(&self, other: &Definition) -> bool {
        self.questions == other.questions
    }
}

fn valid_key(k: &str) -> bool {
    !k.is_empty() && k.len() <= 20 && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// One person's answers, checked against the version they answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    pub colours: Vec<(String, Colour)>,
    pub free_text: Option<String>,
}

impl Answers {
    /// `given` maps a question key to the submitted value. Every question needs an answer (so a
    /// result's count is the same for every question of a version); free text is optional.
    /// Field names are `q_{key}` and `free_text`.
    pub fn parse(
        def: &Definition,
        given: &BTreeMap<String, String>,
        free_text: &str,
    ) -> Result<Self, Vec<(String, Invalid)>> {
        let mut errors = Vec::new();
        let mut colours = Vec::new();
        for q in &def.questions {
            let field = format!("q_{}", q.key);
            match given.get(&q.key).map(String::as_str).map(str::trim) {
                None | Some("") => errors.push((field, Invalid::new("survey-error-choose"))),
                Some(v) => match Colour::parse(v) {
                    Some(c) => colours.push((q.key.clone(), c)),
                    None => errors.push((field, Invalid::new("error-choose"))),
                },
            }
        }
        let text = free_text.replace("\r\n", "\n").trim().to_owned();
        let free_text = if def.free_text.is_none() || text.is_empty() {
            None
        } else if text.chars().count() > MAX_FREE_TEXT {
            errors.push(("free_text".to_owned(), Invalid::new("survey-error-free-text-long")));
            None
        } else if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            errors.push(("free_text".to_owned(), Invalid::new("error-text")));
            None
        } else {
            Some(text)
        };
        if errors.is_empty() { Ok(Self { colours, free_text }) } else { Err(errors) }
    }
}

/// The Monday of the ISO week `day` falls in: the only time an answer keeps.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The month a week is counted in: the month of its Thursday, as ISO 8601 counts weeks to years.
pub fn month_of_week(monday: NaiveDate) -> (i32, u32) {
    let thursday = monday + Days::new(3);
    (thursday.year(), thursday.month())
}

/// A unit's goal for one question: the share of green answers it aims for, in percent.
pub fn parse_goal(s: &str) -> Result<Option<u8>, Invalid> {
    let s = s.trim().trim_end_matches('%').trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<u8>() {
        Ok(v) if v <= 100 => Ok(Some(v)),
        _ => Err(Invalid::new("survey-error-goal")),
    }
}

#[cfg(test)]
mod tests;
