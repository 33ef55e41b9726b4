//! A family's plan printed for the family to keep: the mapping's figures per area and each goal
//! with its actions, typeset as a PDF in the family's language (Swedish, English or Arabic).
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use lotsen_app::family;
use lotsen_app::family_plan as plan;
use lotsen_domain::ids::{FamilyId, ListEntryId};
use lotsen_domain::lists::ListKind;
use lotsen_domain::records::family::Role as MemberRole;
use lotsen_domain::records::family_plan::progress;

use super::plan::responsible_label;
use super::{failed, family_for, organizations};
use crate::audit_log::caller;
use crate::auth::CaseWorker;
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
/// `GET /families/{id}/plan.pdf`: the plan for the family to keep, in the family's language.
pub async fn pdf(
    State(state): State<AppState>,
    CaseWorker(actor): CaseWorker,
    ip: ClientIp,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id: FamilyId = id.strip_suffix(".pdf").unwrap_or(&id).parse().map_err(|_| AppError::NotFound)?;
    let (f, pair) = family_for(&state, &actor, id).await?;
    let key = &state.keys.fields;
    let members = family::open(&state.store, &caller(&actor, &ip), key, &f).await.map_err(failed)?;
    let t = Tr::new(f.language);
    let locale = f.language;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let unit = state.store.unit(actor.unit_id).await?;
    let orgs = organizations(&state).await?;
    let names = |role: MemberRole| {
        members.iter().filter(|m| m.member.role == role).map(|m| m.person.name.clone()).collect::<Vec<_>>().join(", ")
    };
    let mut facts = vec![
        (t.get("family-guardian"), names(MemberRole::Guardian)),
        (t.get("family-child"), names(MemberRole::Child)),
    ];
    if let Some(p) = pair.as_ref() {
        facts.push((t.get("family-col-pair"), super::pair_name(p, &users)));
    }
    facts.push((t.get("family-pdf-printed"), state.clock.today().to_string()));
    let mappings = state.store.family_mappings(&f).await?;
    let all_areas: Vec<ListEntryId> = lists.all(ListKind::FamilyArea).iter().map(|e| e.id).collect();
    let by_day: Vec<(NaiveDate, Vec<_>)> = mappings.iter().map(|m| (m.made_on, m.scores.clone())).collect();
    let areas = progress(&all_areas, &by_day)
        .iter()
        .map(|p| {
            let word = |s: Option<lotsen_domain::records::family_plan::Score>| {
                s.map_or_else(String::new, |s| format!("{} – {}", s.get(), t.get(format!("family-score-{}", s.get()))))
            };
            vec![crate::forms::label(&lists, p.area, locale), word(p.first()), word(p.latest()), word(p.desired())]
        })
        .collect();
    let opened = plan::open_plan(&state.store, key, &f).await.map_err(failed)?;
    let goals = opened
        .iter()
        .map(|g| lotsen_pdf::PlanGoal {
            title: format!("{}: {}", crate::forms::label(&lists, g.goal.area_id, locale), g.text),
            actions: g
                .actions
                .iter()
                .map(|(a, text)| {
                    vec![
                        text.clone(),
                        responsible_label(&t, &a.responsible, &orgs),
                        a.due_on.to_string(),
                        t.of("family-action", a.status.as_str()),
                    ]
                })
                .collect(),
        })
        .collect();
    let doc = lotsen_pdf::Plan {
        title: t.arg("family-pdf-title", "id", f.id),
        unit: unit.name,
        facts,
        lang: locale.code().into(),
        rtl: locale.dir() == "rtl",
        areas_title: t.get("family-progress"),
        area_columns: vec![
            t.get("family-col-area"),
            t.get("family-col-first"),
            t.get("family-col-latest"),
            t.get("family-col-desired"),
        ],
        areas,
        goals_title: t.get("family-plan"),
        action_columns: vec![
            t.get("field-action-text"),
            t.get("field-action-responsible"),
            t.get("field-action-due-on"),
            t.get("field-action-status"),
        ],
        goals,
        empty: t.get("family-no-goals"),
        note: t.get("family-pdf-note"),
    };
    let bytes = lotsen_pdf::plan(&doc).map_err(|e| AppError::Internal(anyhow::anyhow!("typesetting the plan: {e}")))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/pdf".to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, format!("inline; filename=\"plan-{id}.pdf\"")),
            (axum::http::header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
