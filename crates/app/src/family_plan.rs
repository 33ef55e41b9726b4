//! A family's mapping and plan: each mapping records the areas' current and desired states on a
//! day; the plan's goals and actions are sealed, and every change and every opening of them is
//! audited.
use chrono::NaiveDate;
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::ListEntryId;
use lotsen_domain::records::family::Status;
use lotsen_domain::records::family_plan::{ActionStatus, AreaScore, Responsible};
use lotsen_store::{ActionRecord, FamilyRecord, GoalRecord, Scoped, Store, StoreError};
use serde_json::json;

use crate::Caller;
use crate::family::FamilyError;
use crate::privacy::{open_family_text, seal_family_text};

fn open_for_change(f: &FamilyRecord) -> Result<(), FamilyError> {
    if f.status == Status::Closed { Err(FamilyError::WrongState) } else { Ok(()) }
}

/// Records a mapping of the family: the areas' current and desired states on `made_on`.
#[tracing::instrument(skip_all, fields(unit = %who.unit_id, user = %who.user_id, family = %f.id))]
pub async fn map(
    store: &Store,
    who: &Caller,
    f: &Scoped<FamilyRecord>,
    made_on: NaiveDate,
    scores: &[AreaScore],
) -> Result<i64, FamilyError> {
    open_for_change(f)?;
    let tx = store.begin().await?;
    let id = tx.add_mapping(f, made_on, scores, who.user_id).await?;
    let detail = json!({ "mapping": id, "on": made_on, "areas": scores.len() });
    tx.audit(who.audit(AuditAction::FamilyMap, "family", f.id, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// Sets a goal in an area of the plan; its words are sealed.
pub async fn add_goal(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    f: &Scoped<FamilyRecord>,
    area: ListEntryId,
    text: &str,
) -> Result<i64, FamilyError> {
    open_for_change(f)?;
    let sealed = seal_family_text(key, f.id, text)?;
    let tx = store.begin().await?;
    let id = tx.add_goal(f, area, sealed, who.user_id).await?;
    tx.audit(who.audit(AuditAction::FamilyPlan, "family", f.id, json!({ "goal": id, "area": area }))).await?;
    tx.commit().await?;
    Ok(id)
}

/// An action towards a goal: what, who is responsible, by when.
#[derive(Debug, Clone)]
pub struct NewAction {
    pub goal: i64,
    pub text: String,
    pub responsible: Responsible,
    pub due_on: NaiveDate,
}

/// Adds an action towards a goal of the family, with who is responsible and by when.
pub async fn add_action(
    store: &Store,
    who: &Caller,
    key: &[u8; 32],
    f: &Scoped<FamilyRecord>,
    a: &NewAction,
) -> Result<i64, FamilyError> {
    open_for_change(f)?;
    let (goal, responsible, due_on) = (a.goal, &a.responsible, a.due_on);
    let sealed = seal_family_text(key, f.id, &a.text)?;
    let tx = store.begin().await?;
    let id = tx.add_action(f, goal, sealed, responsible, due_on, who.user_id).await.map_err(|e| match e {
        StoreError::NotFound => FamilyError::WrongState,
        e => e.into(),
    })?;
    let detail = json!({ "goal": goal, "action": id, "responsible": responsible.as_str(), "due_on": due_on, "status": "planned" });
    tx.audit(who.audit(AuditAction::FamilyPlan, "family", f.id, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// Sets where an action of the family stands.
pub async fn set_action(
    store: &Store,
    who: &Caller,
    f: &Scoped<FamilyRecord>,
    action: i64,
    status: ActionStatus,
) -> Result<(), FamilyError> {
    open_for_change(f)?;
    let tx = store.begin().await?;
    tx.set_action_status(f, action, status).await.map_err(|e| match e {
        StoreError::NotFound => FamilyError::WrongState,
        e => e.into(),
    })?;
    tx.audit(who.audit(
        AuditAction::FamilyPlan,
        "family",
        f.id,
        json!({ "action": action, "status": status.as_str() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A goal as opened, with its actions.
#[derive(Debug, Clone)]
pub struct OpenGoal {
    pub goal: GoalRecord,
    pub text: String,
    pub actions: Vec<(ActionRecord, String)>,
}

/// The plan's goals and actions, opened. The caller has audited the opening of the family.
pub async fn open_plan(store: &Store, key: &[u8; 32], f: &Scoped<FamilyRecord>) -> Result<Vec<OpenGoal>, FamilyError> {
    let goals = store.family_goals(f).await?;
    let actions = store.family_actions(f).await?;
    let mut out = Vec::new();
    for g in goals {
        let text = open_family_text(key, f.id, &g.sealed)?;
        let mut mine = Vec::new();
        for a in actions.iter().filter(|a| a.goal_id == g.id) {
            mine.push((a.clone(), open_family_text(key, f.id, &a.sealed)?));
        }
        out.push(OpenGoal { goal: g, text, actions: mine });
    }
    Ok(out)
}
