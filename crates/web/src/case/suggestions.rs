//! Services of the support directory suggested on a case's page for its referral: those that
//! match the case's categories, the resident's age and language, with when they are open.
use lotsen_app::directory::suggest::{Needs, language_code, suggest};
use lotsen_store::{CaseDetail, Lists};

use super::show::Forms;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::forms::Opt;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::{language_name, open_when};

/// A suggested service as the coordinator reads it.
pub struct Suggestion {
    pub id: String,
    pub name: String,
    pub organization: String,
    /// "Öppet nu, till 12:00", "Öppnar torsdag 09:00", or nothing known.
    pub when: String,
    pub languages: Vec<String>,
    pub internal: bool,
}

/// The directory's services for the case, and the languages to choose the resident's from.
pub(super) async fn suggestions(
    state: &AppState,
    actor: &Actor,
    d: &CaseDetail,
    lists: &Lists,
    f: &Forms,
    c: &Chrome,
) -> AppResult<(Vec<Suggestion>, Vec<Opt>)> {
    let snap = state.snapshot().await?;
    let terms = state.store.category_terms(actor.unit_id).await?;
    let case = &d.case;
    let chosen = f.referral.language.trim();
    let needs = Needs {
        unit_id: actor.unit_id,
        main: terms.get(&case.main_category_id).cloned(),
        secondary: case.secondary.iter().filter_map(|s| terms.get(s).cloned()).collect(),
        age: lists.get(case.age_group_id).and_then(|e| e.age_min.map(|m| (m, e.age_max))),
        language: (!chosen.is_empty()).then(|| chosen.to_owned()),
    };
    let now = state.clock.local_now();
    let suggestions = suggest(&snap, &needs, now, c.t.locale.code())
        .into_iter()
        .map(|s| Suggestion {
            when: open_when(&c.t, s.open, now),
            languages: s.languages.iter().map(|(code, name)| language_name(&c.t, code, name)).collect(),
            id: s.id,
            name: s.name,
            organization: s.organization,
            internal: s.internal,
        })
        .collect();
    let mut codes: Vec<(String, String)> =
        ["sv", "en", "ar"].iter().map(|c| ((*c).to_owned(), String::new())).collect();
    codes.extend(
        snap.all
            .all("language")
            .filter_map(|l| Some((language_code(l.text("code")?), l.text("name").unwrap_or_default().to_owned()))),
    );
    codes.sort();
    codes.dedup_by(|a, b| a.0 == b.0);
    let mut languages: Vec<Opt> = codes
        .iter()
        .map(|(code, name)| Opt {
            value: code.clone(),
            label: language_name(&c.t, code, name),
            selected: code == chosen,
        })
        .collect();
    languages.sort_by(|a, b| a.label.cmp(&b.label));
    Ok((suggestions, languages))
}
