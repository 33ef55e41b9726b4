//! A manager's inputs to the effect report: the unit's cost per period, the average cost of an
//! investigation, the estimated shares and the goals. Added with a date, never edited in place;
//! a mistaken one is removed, and both are audited, so every figure can be traced to its inputs.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::UserId;
use lotsen_domain::locale::Locale;
use lotsen_domain::report_input::{Input, InputDraft, InputKind};
use lotsen_store::{InputRecord, UserRecord};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::by;
use crate::auth::ManagerOf;
use crate::client::ClientIp;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::Opt;
use crate::i18n::{amount, percent};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;

pub fn value_text(locale: Locale, kind: InputKind, value: i64) -> String {
    if kind.is_amount() { amount(locale, value) } else { percent(locale, value) }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InputForm {
    pub kind: String,
    pub value: String,
    pub valid_from: String,
    pub valid_to: String,
    pub note: String,
}

pub struct Row {
    pub id: i64,
    pub period: String,
    pub value: String,
    pub note: String,
    pub by: String,
    pub added: String,
    pub current: bool,
    pub removed: bool,
}

pub struct KindSection {
    pub code: &'static str,
    pub title: String,
    pub help: String,
    pub rows: Vec<Row>,
}

#[derive(Template, WebTemplate)]
#[template(path = "report/inputs.html")]
pub struct InputsPage {
    c: Chrome,
    f: InputForm,
    kinds: Vec<Opt>,
    sections: Vec<KindSection>,
    errors: FieldErrors,
    done: &'static str,
}

fn page(
    c: Chrome,
    f: InputForm,
    all: &[InputRecord],
    users: &[UserRecord],
    errors: FieldErrors,
    today: chrono::NaiveDate,
) -> InputsPage {
    let l = c.locale();
    let name = |id: UserId| crate::views::labels::user_name(users, id);
    let sections = InputKind::ALL
        .into_iter()
        .map(|k| {
            let of_kind: Vec<&InputRecord> = all.iter().filter(|r| r.kind == k).collect();
            // What holds today: for a share or goal the latest that has started; a cost is per period.
            let current = of_kind.iter().find(|r| r.removed.is_none() && r.from <= today).map(|r| r.id);
            KindSection {
                code: k.code(),
                title: c.t.of("input-kind", k.code()),
                help: c.t.help(&format!("input-kind-{}", k.code())),
                rows: of_kind
                    .iter()
                    .map(|r| Row {
                        id: r.id,
                        period: match r.to {
                            Some(to) => format!("{} – {}", r.from, to),
                            None => c.t.arg("input-from", "date", r.from),
                        },
                        value: value_text(l, k, r.value),
                        note: r.note.clone(),
                        by: name(r.created_by),
                        added: crate::i18n::local_date(r.created_at),
                        current: !k.has_end() && current == Some(r.id),
                        removed: r.removed.is_some(),
                    })
                    .collect(),
            }
        })
        .collect();
    let kinds = InputKind::ALL
        .into_iter()
        .map(|k| Opt {
            value: k.code().to_owned(),
            label: c.t.of("input-kind", k.code()),
            selected: f.kind == k.code(),
        })
        .collect();
    InputsPage { c, f, kinds, sections, errors, done: "" }
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `/report-inputs`: every input, by kind, with what holds today.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    Query(d): Query<Done>,
) -> AppResult<InputsPage> {
    let all = state.store.report_inputs(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let f = InputForm { valid_from: state.clock.today().to_string(), ..Default::default() };
    let mut p = page(c, f, &all, &users, FieldErrors::default(), state.clock.today());
    p.done = match d.done.as_deref() {
        Some("added") => "input-added",
        Some("removed") => "input-removed",
        _ => "",
    };
    Ok(p)
}

pub async fn add(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Form(f): Form<InputForm>,
) -> AppResult<Response> {
    let draft = InputDraft { kind: &f.kind, value: &f.value, from: &f.valid_from, to: &f.valid_to, note: &f.note };
    let all = state.store.report_inputs(actor.unit_id).await?;
    let mut errors = FieldErrors::default();
    let input = match Input::parse(&draft) {
        Ok(i) => Some(i),
        Err(errs) => {
            for (field, e) in errs {
                errors.add(field, e.message_id);
            }
            None
        }
    };
    // Two costs for the same days would be counted twice: the older must be removed first.
    if let Some(i) = input.as_ref().filter(|i| i.kind == InputKind::UnitCost) {
        let to = i.to.unwrap_or(i.from);
        let overlaps = all.iter().any(|r| {
            r.kind == InputKind::UnitCost && r.removed.is_none() && r.from <= to && r.to.unwrap_or(r.from) >= i.from
        });
        if overlaps {
            errors.add("valid_from", "error-input-overlap");
        }
    }
    let Some(input) = input.filter(|_| errors.is_empty()) else {
        let users = state.store.users(Some(actor.unit_id)).await?;
        return Ok(
            (StatusCode::UNPROCESSABLE_ENTITY, page(c, f, &all, &users, errors, state.clock.today())).into_response()
        );
    };
    let tx = state.store.begin().await?;
    let id = tx.add_report_input(actor.unit_id, actor.user_id, &input).await?;
    let detail = json!({
        "kind": input.kind.code(),
        "value": input.value,
        "valid_from": input.from,
        "valid_to": input.to,
    });
    tx.audit(by(&actor, &ip, AuditAction::ReportInputCreate, "report_input", id, detail)).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/report-inputs?done=added#{}", input.kind.code())).into_response())
}

/// Marks an input a mistake; it stays listed, struck out, and counts for nothing.
pub async fn remove(
    State(state): State<AppState>,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Id(id): Id,
) -> AppResult<Response> {
    let tx = state.store.begin().await?;
    if !tx.remove_report_input(actor.unit_id, id, actor.user_id).await? {
        return Err(crate::error::AppError::NotFound);
    }
    tx.audit(by(&actor, &ip, AuditAction::ReportInputRemove, "report_input", id, json!({}))).await?;
    tx.commit().await?;
    Ok(Redirect::to("/report-inputs?done=removed").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_percentages_read_as_each_language_writes_them() {
        assert_eq!(amount(Locale::Sv, 800_000), "800\u{a0}000\u{a0}kr");
        assert_eq!(amount(Locale::En, 20_000), "SEK\u{a0}20,000");
        assert_eq!(amount(Locale::Sv, 950), "950\u{a0}kr");
        assert_eq!(percent(Locale::Sv, 500), "50\u{a0}%");
        assert_eq!(percent(Locale::Sv, 125), "12,5\u{a0}%");
        assert_eq!(percent(Locale::En, 125), "12.5\u{a0}%");
    }
}
