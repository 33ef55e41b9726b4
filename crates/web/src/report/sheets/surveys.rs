//! The survey sheets, one per survey: each question's answers by colour, the share of green and
//! the goal.
use lotsen_domain::survey::Colour;

use super::{Sheet, SheetRow, V};
use crate::i18n::Tr;
use crate::report::Data;

/// One sheet per survey.
pub(super) fn survey_sheets(data: &Data, t: &Tr) -> Vec<Sheet> {
    let l = t.locale;
    let mut out = Vec::new();
    for (i, s) in data.surveys.iter().enumerate() {
        let def = &s.survey.current.definition;
        let rows = s
            .questions
            .iter()
            .map(|q| {
                let text = def.questions.iter().find(|x| x.key == q.question).map(|x| def.text(&x.text, l).to_owned());
                SheetRow {
                    cells: vec![
                        V::Text(text.unwrap_or_else(|| q.question.clone())),
                        V::count(q.colour(Colour::Green)),
                        V::count(q.colour(Colour::Yellow)),
                        V::count(q.colour(Colour::Red)),
                        V::count(q.total),
                        q.green_share.map_or(V::Empty, V::Percent),
                        q.goal.map_or(V::Empty, |g| V::Percent(i64::from(g) * 10)),
                        V::Text(match q.met {
                            Some(true) => t.get("survey-goal-met"),
                            Some(false) => t.get("survey-goal-not-met"),
                            None if q.goal.is_some() => t.get("report-too-few"),
                            None => String::new(),
                        }),
                    ],
                    link: None,
                    total: false,
                    sub: false,
                }
            })
            .collect();
        out.push(Sheet {
            id: format!("survey_{}", i + 1),
            section: "surveys",
            title: t.arg("report-table-survey", "name", def.text(&def.title, l)),
            columns: vec![
                t.get("report-first-col-survey"),
                t.get("survey-answer-green"),
                t.get("survey-answer-yellow"),
                t.get("survey-answer-red"),
                t.get("survey-answers"),
                t.get("survey-share-green"),
                t.get("survey-goal-col"),
                t.get("report-goal-status"),
            ],
            rows,
            chart: None,
            note: t.get("report-note-surveys"),
        });
    }
    out
}
