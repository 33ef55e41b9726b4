//! The survey form as typed: its fields are named per question row and language, so it is read
//! from the posted pairs, and checked into a definition, goals and a daily cap.
use std::collections::BTreeMap;

use lotsen_domain::locale::Locale;
use lotsen_domain::survey::{Definition, DraftDefinition, parse_goal};
use lotsen_store::SurveyRecord;

use crate::forms::FieldErrors;

/// Goals by question key, in percent.
type Goals = BTreeMap<String, u8>;

/// The most answers a day a manager may allow a survey.
const MAX_DAILY_CAP: i32 = 100_000;
/// A refused form: errors per field, and (field, message) for the summary in form order.
type Refusal = (FieldErrors, Vec<(String, String)>);

/// Rows for new questions shown under the existing ones.
const NEW_ROWS: usize = 2;

/// One question row of the edit form.
#[derive(Debug, Clone, Default)]
pub struct QuestionRow {
    pub n: usize,
    pub key: String,
    pub text: BTreeMap<Locale, String>,
    pub goal: String,
}

impl QuestionRow {
    pub fn text_in(&self, l: &Locale) -> &str {
        self.text.get(l).map_or("", String::as_str)
    }
}

/// The edit form as submitted: field names are made per row and language.
#[derive(Debug, Clone, Default)]
pub struct EditForm {
    pub locales: Vec<String>,
    pub title: BTreeMap<Locale, String>,
    pub rows: Vec<QuestionRow>,
    pub free_text: bool,
    pub free_text_prompt: BTreeMap<Locale, String>,
    pub active: bool,
    /// At most this many answers a day, as typed.
    pub daily_cap: String,
}

impl EditForm {
    pub(super) fn of(s: &SurveyRecord) -> Self {
        let d = &s.current.definition;
        let mut rows: Vec<QuestionRow> = d
            .questions
            .iter()
            .enumerate()
            .map(|(n, q)| QuestionRow {
                n,
                key: q.key.clone(),
                text: q.text.clone(),
                goal: s.goals.get(&q.key).map(|g| g.to_string()).unwrap_or_default(),
            })
            .collect();
        let len = rows.len();
        rows.extend((len..len + NEW_ROWS).map(|n| QuestionRow { n, ..Default::default() }));
        Self {
            locales: d.locales.iter().map(|l| l.code().to_owned()).collect(),
            title: d.title.clone(),
            rows,
            free_text: d.free_text.is_some(),
            free_text_prompt: d.free_text.clone().unwrap_or_default(),
            active: s.active,
            daily_cap: s.daily_cap.to_string(),
        }
    }

    pub(super) fn blank() -> Self {
        Self {
            locales: vec!["sv".into()],
            rows: (0..3).map(|n| QuestionRow { n, ..Default::default() }).collect(),
            active: true,
            daily_cap: lotsen_store::DEFAULT_DAILY_CAP.to_string(),
            ..Default::default()
        }
    }

    pub(super) fn from_fields(fields: &[(String, String)]) -> Self {
        let mut f = Self::default();
        let mut rows: BTreeMap<usize, QuestionRow> = BTreeMap::new();
        for (k, v) in fields {
            let v = v.clone();
            match k.as_str() {
                "locales" => f.locales.push(v.clone()),
                "free_text" => f.free_text = v == "1",
                "active" => f.active = v == "1",
                "daily_cap" => f.daily_cap = v.clone(),
                _ => {}
            }
            if let Some(rest) = k.strip_prefix("title_") {
                if let Some(l) = Locale::parse(rest) {
                    f.title.insert(l, v);
                }
            } else if let Some(rest) = k.strip_prefix("prompt_") {
                if let Some(l) = Locale::parse(rest) {
                    f.free_text_prompt.insert(l, v);
                }
            } else if let Some(rest) = k.strip_prefix("q_") {
                // q_{n}_{lang}, q_{n}_key, q_{n}_goal
                if let Some((n, what)) = rest.split_once('_')
                    && let Ok(n) = n.parse::<usize>()
                    && n < 50
                {
                    let row = rows.entry(n).or_insert_with(|| QuestionRow { n, ..Default::default() });
                    match what {
                        "key" => row.key = v,
                        "goal" => row.goal = v,
                        lang => {
                            if let Some(l) = Locale::parse(lang) {
                                row.text.insert(l, v);
                            }
                        }
                    }
                }
            }
        }
        f.rows = rows.into_values().collect();
        f
    }

    pub(super) fn offers(&self, l: &Locale) -> bool {
        self.locales.iter().any(|c| c == l.code())
    }

    pub(super) fn title_in(&self, l: &Locale) -> &str {
        self.title.get(l).map_or("", String::as_str)
    }

    pub(super) fn prompt_in(&self, l: &Locale) -> &str {
        self.free_text_prompt.get(l).map_or("", String::as_str)
    }

    /// The definition, the goals by question key and the daily cap, or a message per field.
    pub(super) fn check(&self) -> Result<(Definition, Goals, i32), Refusal> {
        let draft = DraftDefinition {
            locales: self.locales.clone(),
            title: self.title.clone(),
            questions: self.rows.iter().map(|r| (r.key.clone(), r.text.clone())).collect(),
            free_text: self.free_text,
            free_text_prompt: self.free_text_prompt.clone(),
        };
        let mut errors = FieldErrors::default();
        let mut summary = Vec::new();
        let cap = self.daily_cap.trim().parse::<i32>().ok().filter(|n| (1..=MAX_DAILY_CAP).contains(n));
        if cap.is_none() {
            summary.push(("daily_cap".to_owned(), "error-survey-daily-cap".to_owned()));
            errors.add("daily_cap", "error-survey-daily-cap");
        }
        let mut goals_by_row = Vec::new();
        for r in &self.rows {
            match parse_goal(&r.goal) {
                Ok(g) => goals_by_row.push((r, g)),
                Err(e) => {
                    let field = format!("q_{}_goal", r.n);
                    summary.push((field.clone(), e.message_id.to_owned()));
                    errors.add_owned(field, e.message_id);
                }
            }
        }
        match Definition::parse(&draft) {
            Ok(def) if errors.is_empty() => {
                // Kept rows are those with text, in order: the same order the definition has.
                let kept = goals_by_row.iter().filter(|(r, _)| r.text.values().any(|s| !s.trim().is_empty()));
                let goals = kept.zip(&def.questions).filter_map(|((_, g), q)| g.map(|g| (q.key.clone(), g))).collect();
                Ok((def, goals, cap.unwrap_or(lotsen_store::DEFAULT_DAILY_CAP)))
            }
            Ok(_) => Err((errors, summary)),
            Err(errs) => {
                for (f, e) in errs {
                    summary.push((f.clone(), e.message_id.to_owned()));
                    errors.add_owned(f, e.message_id);
                }
                Err((errors, summary))
            }
        }
    }
}
