//! The case page: what was registered, the figures, and the forms for the work on it.
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::case::{CaseFigures, CaseStatus, FollowUpOutcome, ReferralStatus};
use lotsen_domain::ids::CaseId;
use lotsen_domain::lists::ListKind;
use lotsen_store::{CaseDetail, Lists, UserRecord};
use serde::Deserialize;

use super::access::may_see_identity;
use super::page_forms::{CloseForm, ContactForm, FollowUpForm, ReferralForm, ReferralUpdateForm};
use super::suggestions::{Suggestion, suggestions};
use crate::auth::{Actor, CaseWorker};

use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::forms::{Opt, code_options, label, options};
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name as name_of;

pub struct ContactView {
    pub id: i64,
    pub on: String,
    pub mode: String,
    pub minutes: i32,
    pub note: String,
    pub author: String,
}

pub struct ReferralView {
    pub id: i64,
    pub destination: String,
    pub kind: String,
    pub on: String,
    pub consent: bool,
    pub info_shared: bool,
    pub status: &'static str,
    pub established_on: String,
    pub statuses: Vec<Opt>,
}

pub struct FollowUpView {
    pub id: i64,
    pub due_on: String,
    pub overdue: bool,
    pub outcome: Option<&'static str>,
    pub cancelled: Option<&'static str>,
    pub done_on: String,
    pub assignee: String,
}

pub struct CaseView {
    pub id: CaseId,
    pub closed: bool,
    pub channel: String,
    pub first_contact_on: String,
    pub age_group: String,
    pub category: String,
    pub secondary: Vec<String>,
    pub returning: bool,
    pub returning_reason: Option<&'static str>,
    pub previous_case_id: Option<CaseId>,
    pub residency: &'static str,
    pub referring_org: String,
    pub coordinator: String,
    pub closed_on: String,
    pub outcome: String,
    pub figures: CaseFigures,
    pub contacts: Vec<ContactView>,
    pub referrals: Vec<ReferralView>,
    pub follow_ups: Vec<FollowUpView>,
    pub has_identity: bool,
    pub may_see_identity: bool,
    /// The case's resident is recorded (a documented case).
    pub has_person: bool,
    pub keep: super::keep::KeepView,
}

/// The forms on the page, with what was submitted and what was wrong, if anything.
#[derive(Default)]
pub struct Forms {
    pub contact: ContactForm,
    pub contact_errors: FieldErrors,
    pub referral: ReferralForm,
    pub referral_errors: FieldErrors,
    pub follow_up: FollowUpForm,
    pub follow_up_errors: FieldErrors,
    pub close: CloseForm,
    pub close_errors: FieldErrors,
    /// The referral whose update failed, with its errors.
    pub referral_update: Option<(i64, ReferralUpdateForm, FieldErrors)>,
    /// The follow-up whose outcome failed, with its errors.
    pub follow_up_done: Option<(i64, FieldErrors)>,
    pub note: super::transfer::NoteForm,
    pub note_errors: FieldErrors,
}

impl Forms {
    pub fn update_for(&self, referral: &i64) -> Option<&(i64, ReferralUpdateForm, FieldErrors)> {
        self.referral_update.as_ref().filter(|u| u.0 == *referral)
    }

    pub fn done_error_for(&self, follow_up: &i64) -> Option<&(i64, FieldErrors)> {
        self.follow_up_done.as_ref().filter(|d| d.0 == *follow_up)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "case/show.html")]
pub struct CasePage {
    c: Chrome,
    v: CaseView,
    /// The unit keeps a documented record, so the case's resident can be recorded.
    unit_documents: bool,
    f: Forms,
    notice: Option<String>,
    modes: Vec<Opt>,
    destinations: Vec<Opt>,
    kinds: Vec<Opt>,
    kind_hints: Vec<(String, String)>,
    outcomes: Vec<Opt>,
    outcome_hints: Vec<(String, String)>,
    fu_outcomes: Vec<Opt>,
    /// Open surveys a resident can be given a one-time link to once the case is closed.
    surveys: Vec<Opt>,
    /// Services of the directory for this case, best first.
    suggestions: Vec<Suggestion>,
    /// The languages services are offered in, to suggest in the resident's.
    languages: Vec<Opt>,
    /// Codes handed to the resident to follow the case, and their messages.
    follow: super::follow::FollowView,
    /// The intake note and the referrals sent on to other units.
    story: super::transfer::StoryView,
}

fn build(
    d: &CaseDetail,
    lists: &Lists,
    users: &[UserRecord],
    actor: &Actor,
    c: &Chrome,
    today: chrono::NaiveDate,
) -> CaseView {
    let l = c.locale();
    let case = &d.case;
    CaseView {
        id: case.id,
        closed: case.status == CaseStatus::Closed,
        channel: label(lists, case.channel_id, l),
        first_contact_on: case.first_contact_on.to_string(),
        age_group: label(lists, case.age_group_id, l),
        category: label(lists, case.main_category_id, l),
        secondary: case.secondary.iter().map(|s| label(lists, *s, l)).collect(),
        returning: case.returning,
        returning_reason: case.returning_reason.map(lotsen_domain::case::ReturningReason::as_str),
        previous_case_id: case.previous_case_id,
        residency: case.residency.as_str(),
        referring_org: case.referring_org.clone().unwrap_or_default(),
        coordinator: name_of(users, case.coordinator_id),
        closed_on: case.closed_on.map(|d| d.to_string()).unwrap_or_default(),
        outcome: case.closing_outcome_id.map(|o| label(lists, o, l)).unwrap_or_default(),
        figures: lotsen_app::case::figures_of(d, lists),
        contacts: d
            .contacts
            .iter()
            .map(|ct| ContactView {
                id: ct.id,
                on: ct.on.to_string(),
                mode: label(lists, ct.mode_id, l),
                minutes: ct.minutes,
                note: ct.note.clone(),
                author: name_of(users, ct.author_id),
            })
            .collect(),
        referrals: d
            .referrals
            .iter()
            .map(|r| ReferralView {
                id: r.id,
                destination: label(lists, r.destination_id, l),
                kind: label(lists, r.kind_id, l),
                on: r.on.to_string(),
                consent: r.consent,
                info_shared: r.info_shared,
                status: r.status.as_str(),
                established_on: r.established_on.map(|d| d.to_string()).unwrap_or_default(),
                statuses: code_options(&c.t, "referral-status", &codes(ReferralStatus::ALL), r.status.as_str()),
            })
            .collect(),
        follow_ups: d
            .follow_ups
            .iter()
            .map(|fu| FollowUpView {
                id: fu.id,
                due_on: fu.due_on.to_string(),
                overdue: fu.done_on.is_none() && fu.due_on < today,
                outcome: fu.outcome.map(FollowUpOutcome::as_str),
                cancelled: fu.cancelled.map(lotsen_domain::case::FollowUpCancel::as_str),
                done_on: fu.done_on.map(|d| d.to_string()).unwrap_or_default(),
                assignee: name_of(users, fu.assigned_to),
            })
            .collect(),
        has_identity: d.has_identity,
        may_see_identity: may_see_identity(actor, case.coordinator_id),
        has_person: case.person_id.is_some(),
        keep: super::keep::KeepView::of(case, actor),
    }
}

/// The codes of a domain enum, for a list of choices.
fn codes<T: Copy + Coded>(all: &[T]) -> Vec<&'static str> {
    all.iter().map(|v| v.code()).collect()
}

/// A domain value with a stable code.
pub trait Coded {
    fn code(self) -> &'static str;
}

impl Coded for ReferralStatus {
    fn code(self) -> &'static str {
        self.as_str()
    }
}

impl Coded for FollowUpOutcome {
    fn code(self) -> &'static str {
        self.as_str()
    }
}

/// Renders the case page; the work handlers call it again with their form and errors.
pub async fn render(
    state: &AppState,
    c: Chrome,
    actor: &Actor,
    id: CaseId,
    mut f: Forms,
    notice: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let d = state.store.case_detail(actor.unit_id, id).await?;
    let lists = state.store.lists(actor.unit_id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let today = state.clock.today();
    if f.contact.on.is_empty() {
        f.contact.on = today.to_string();
    }
    // A follow-up is offered with each referral and at closing, unless one is already planned.
    let open_follow_up = d.follow_ups.iter().any(|fu| fu.done_on.is_none());
    if f.referral.on.is_empty() {
        f.referral.on = today.to_string();
        f.referral.follow_up = (!open_follow_up).then(|| "1".into());
        f.referral.follow_up_on = (today + chrono::Days::new(14)).to_string();
    }
    if f.close.closed_on.is_empty() {
        f.close.closed_on = today.to_string();
        f.close.follow_up = (!open_follow_up).then(|| "1".into());
        f.close.follow_up_on = (today + chrono::Days::new(14)).to_string();
    }
    if f.follow_up.due_on.is_empty() {
        f.follow_up.due_on = (today + chrono::Days::new(14)).to_string();
    }
    let l = c.locale();
    let surveys = state
        .store
        .surveys(actor.unit_id)
        .await?
        .iter()
        .filter(|s| s.active)
        .map(|s| Opt {
            value: s.id.to_string(),
            label: s.current.definition.text(&s.current.definition.title, l).to_owned(),
            selected: false,
        })
        .collect();
    let (suggestions, languages) = if d.case.status == CaseStatus::Closed {
        Default::default()
    } else {
        suggestions(state, actor, &d, &lists, &f, &c).await?
    };
    let unit_documents =
        state.store.unit(actor.unit_id).await?.records.mode == lotsen_domain::records::Mode::Documented;
    let mut v = build(&d, &lists, &users, actor, &c, state.clock.today());
    // The contact person of the resident's extended contact sees who they keep in touch with.
    if !v.may_see_identity && v.has_person {
        v.may_see_identity = state.store.keeps_contact(&d.case, actor.user_id).await?;
    }
    let follow = super::follow::view(state, &d.case).await?;
    let story = super::transfer::view(state, actor, &d.case, &users).await?;
    if f.note.text.is_empty() && f.note_errors.is_empty() {
        f.note.text = story.note.as_ref().map(|n| n.text.clone()).unwrap_or_default();
    }
    let page = CasePage {
        follow,
        story,
        unit_documents,
        suggestions,
        languages,
        surveys,
        v,
        modes: options(&lists, ListKind::ContactMode, l, &f.contact.mode),
        destinations: options(&lists, ListKind::ReferralDestination, l, &f.referral.destination),
        kinds: options(&lists, ListKind::ReferralKind, l, &f.referral.kind),
        kind_hints: crate::forms::hints(&lists, ListKind::ReferralKind, l),
        outcomes: options(&lists, ListKind::ClosingOutcome, l, &f.close.outcome),
        outcome_hints: crate::forms::hints(&lists, ListKind::ClosingOutcome, l),
        fu_outcomes: code_options(&c.t, "follow-up-outcome", &codes(FollowUpOutcome::ALL), ""),
        c,
        f,
        notice,
    };
    Ok((status, page).into_response())
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
    /// The resident's language, for the suggestions.
    language: Option<String>,
}

/// Notices a redirect may ask for after a change.
const NOTICES: [&str; 17] = [
    "follow-revoked",
    "intake-note",
    "referral-sent",
    "created",
    "saved",
    "contact",
    "contact-saved",
    "contact-removed",
    "follow-up-moved",
    "follow-up-cancelled",
    "referral",
    "referral-updated",
    "follow-up",
    "follow-up-done",
    "closed",
    "reopened",
    "forgotten",
];

pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    CaseWorker(actor): CaseWorker,
    Id(id): Id<CaseId>,
    Query(q): Query<Done>,
) -> AppResult<Response> {
    let notice = q.done.filter(|d| NOTICES.contains(&d.as_str())).map(|d| format!("case-done-{d}"));
    let mut f = Forms::default();
    f.referral.language = q.language.unwrap_or_default().chars().filter(char::is_ascii_alphabetic).take(8).collect();
    render(&state, c, &actor, id, f, notice, StatusCode::OK).await
}
