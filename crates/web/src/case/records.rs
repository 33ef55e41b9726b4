//! A resident's records request ("begäran om att ta del av handlingar", GDPR art. 15), answered by
//! a manager: the record opens only on a POST (the views go to the audit log), the manager ticks
//! passages about third parties and lists words to mask, and the PDF is made with the masked text
//! taken out before typesetting, so it is not in the document at all. Producing it is audited with
//! what was masked: the passages' keys and how many times each listed phrase was found, never the
//! masked words themselves.
use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use lotsen_app::records_request::{Record, RecordsError, gather};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::ids::CaseId;
use lotsen_domain::locale::Locale;
use lotsen_domain::records::masking::Masking;
use lotsen_store::{Lists, UserRecord};
use serde::Deserialize;
use serde_json::json;

use crate::audit_log::caller;
use crate::auth::{Actor, ManagerOf};
use crate::client::ClientIp;
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Opt, label};
use crate::i18n::Tr;
use crate::id::Id;
use crate::pages::Chrome;
use crate::state::AppState;
use crate::views::labels::user_name as name_of;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MaskForm {
    mask: Vec<String>,
    phrases: String,
    lang: String,
}

/// A passage the manager may mask, as the review page lists it.
pub struct PassageView {
    key: String,
    heading: String,
    text: String,
    ticked: bool,
}

pub struct CaseView {
    id: CaseId,
    first_contact_on: String,
    passages: Vec<PassageView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "case/records.html")]
pub struct RecordsPage {
    c: Chrome,
    case_id: CaseId,
    /// The record, once opened for review (and the views logged).
    review: Option<Review>,
    has_person: bool,
    f: MaskForm,
    errors: FieldErrors,
    /// The languages the document can be made in.
    languages: Vec<Opt>,
}

pub struct Review {
    name: String,
    number: String,
    cases: Vec<CaseView>,
}

fn internal(e: RecordsError) -> AppError {
    match e {
        RecordsError::NoPerson => AppError::NotFound,
        RecordsError::Store(e) => e.into(),
        RecordsError::Seal(e) => e.into(),
    }
}

/// `GET /cases/{id}/records`: what a records request is, and the button that opens the record.
pub async fn show(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    Id(id): Id<CaseId>,
) -> AppResult<RecordsPage> {
    let case = state.store.case(actor.unit_id, id).await?;
    let f = MaskForm { lang: c.locale().code().to_owned(), ..Default::default() };
    let languages = languages(&f);
    let has_person = case.person_id.is_some();
    Ok(RecordsPage { c, case_id: id, review: None, has_person, languages, f, errors: FieldErrors::default() })
}

async fn open_record(state: &AppState, actor: &Actor, ip: &ClientIp, id: CaseId) -> AppResult<Record> {
    let case = state.store.case(actor.unit_id, id).await?;
    gather(&state.store, &caller(actor, ip), &state.keys.fields, &case).await.map_err(internal)
}

fn review(record: &Record, users: &[UserRecord], f: &MaskForm, t: &Tr) -> Review {
    let cases = record
        .cases
        .iter()
        .map(|rc| {
            let mut passages: Vec<PassageView> = rc
                .detail
                .contacts
                .iter()
                .filter(|ct| !ct.note.trim().is_empty())
                .map(|ct| PassageView {
                    key: format!("contact-{}", ct.id),
                    heading: format!("{} · {}", ct.on, t.get("records-contact")),
                    text: ct.note.clone(),
                    ticked: false,
                })
                .collect();
            passages.extend(rc.notes.iter().map(|n| PassageView {
                key: format!("note-{}", n.id),
                heading: format!("{} · {} · {}", n.written_on, t.get("records-note"), name_of(users, n.author_id)),
                text: n.text.clone(),
                ticked: false,
            }));
            for p in &mut passages {
                p.ticked = f.mask.contains(&p.key);
            }
            CaseView { id: rc.detail.case.id, first_contact_on: rc.detail.case.first_contact_on.to_string(), passages }
        })
        .collect();
    Review { name: record.person.person.name.clone(), number: record.person.person.number.clone(), cases }
}

fn languages(f: &MaskForm) -> Vec<Opt> {
    Locale::ALL
        .iter()
        .map(|l| Opt { value: l.code().to_owned(), label: l.endonym().to_owned(), selected: l.code() == f.lang })
        .collect()
}

/// `POST /cases/{id}/records/review`: the whole record to mask, after the views are logged.
pub async fn open(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Id(id): Id<CaseId>,
) -> AppResult<RecordsPage> {
    let record = open_record(&state, &actor, &ip, id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let f = MaskForm { lang: c.locale().code().to_owned(), ..Default::default() };
    let review = Some(review(&record, &users, &f, &c.t));
    let languages = languages(&f);
    Ok(RecordsPage { c, case_id: id, review, has_person: true, languages, f, errors: FieldErrors::default() })
}

/// `POST /cases/{id}/records/pdf`: the masked record as a PDF in the language chosen.
pub async fn pdf(
    State(state): State<AppState>,
    c: Chrome,
    ManagerOf(actor): ManagerOf,
    ip: ClientIp,
    Id(id): Id<CaseId>,
    Form(f): Form<MaskForm>,
) -> AppResult<Response> {
    let record = open_record(&state, &actor, &ip, id).await?;
    let users = state.store.users(Some(actor.unit_id)).await?;
    let locale = Locale::parse(&f.lang);
    let masking = Masking::parse(&f.mask, &record.passage_keys(), &f.phrases);
    let (masking, locale) = match (masking, locale) {
        (Ok(m), Some(l)) => (m, l),
        (masking, locale) => {
            let mut errors = FieldErrors::default();
            for (field, e) in masking.err().unwrap_or_default() {
                errors.add(field, e.message_id);
            }
            if locale.is_none() {
                errors.add("lang", "error-choose");
            }
            let review = Some(review(&record, &users, &f, &c.t));
            let languages = languages(&f);
            let page = RecordsPage { c, case_id: id, review, has_person: true, languages, f, errors };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let lists = state.store.lists(actor.unit_id).await?;
    let unit = state.store.unit(actor.unit_id).await?;
    let t = Tr::new(locale);
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    let doc = document(&record, &lists, &users, &unit.name, &t, &masking, &mut found, state.clock.today(), &actor);
    let bytes =
        lotsen_pdf::records(&doc).map_err(|e| AppError::Internal(anyhow::anyhow!("typesetting the record: {e}")))?;
    let who = caller(&actor, &ip);
    let detail = json!({
        "person": record.person.record.id,
        "cases": record.cases.iter().map(|c| c.detail.case.id).collect::<Vec<_>>(),
        "lang": locale.code(),
        "masked_passages": masking.passages().collect::<Vec<_>>(),
        "masked_phrases": masking.phrase_count(),
        "phrase_occurrences": found,
        "bytes": bytes.len(),
    });
    let tx = state.store.begin().await?;
    tx.audit(who.audit(AuditAction::RecordsRequest, "person", record.person.record.id, detail)).await?;
    tx.commit().await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"journal-{id}.pdf\"")),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// The record as printed, in `t`'s language, every text masked as asked. `found` counts the
/// phrases masked per passage.
#[allow(clippy::too_many_arguments)]
fn document(
    record: &Record,
    lists: &Lists,
    users: &[UserRecord],
    unit: &str,
    t: &Tr,
    masking: &Masking,
    found: &mut BTreeMap<String, usize>,
    today: chrono::NaiveDate,
    actor: &Actor,
) -> lotsen_pdf::Records {
    let mask = t.get("records-masked");
    let l = t.locale;
    let mut text = |key: &str, s: &str| {
        let m = masking.apply(key, s, &mask);
        if m.occurrences > 0 {
            *found.entry(key.to_owned()).or_default() += m.occurrences;
        }
        m.text
    };
    let p = &record.person.person;
    let mut facts =
        vec![(t.get("field-person-name"), text("person", &p.name)), (t.get("field-person-number"), p.number.clone())];
    for (label_id, value) in [
        ("field-phone", &p.phone),
        ("field-email", &p.email),
        ("field-address", &p.address),
        ("field-language", &p.language),
    ] {
        if !value.is_empty() {
            facts.push((t.get(label_id), text("person", value)));
        }
    }
    if p.interpreter {
        facts.push((t.get("field-interpreter"), t.get("yes")));
    }
    if let Some(s) = &p.support {
        let who = [s.name.as_str(), s.relation.as_str(), s.reach.as_str()]
            .iter()
            .filter(|v| !v.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        facts.push((t.get("person-support"), text("support", &who)));
    }
    facts.push((t.get("records-made"), format!("{today}, {}", actor.display_name)));
    let cases = record
        .cases
        .iter()
        .map(|rc| {
            let c = &rc.detail.case;
            let mut case_facts = vec![
                (t.get("field-first-contact-on"), c.first_contact_on.to_string()),
                (t.get("field-category"), label(lists, c.main_category_id, l)),
                (t.get("field-coordinator"), name_of(users, c.coordinator_id)),
            ];
            if let Some(d) = c.closed_on {
                case_facts.push((t.get("records-closed"), d.to_string()));
            }
            let mut entries: Vec<(chrono::NaiveDate, lotsen_pdf::Entry)> = Vec::new();
            for ct in &rc.detail.contacts {
                let mut lines = vec![format!("{}, {} min", label(lists, ct.mode_id, l), ct.minutes)];
                if !ct.note.trim().is_empty() {
                    lines.extend(text(&format!("contact-{}", ct.id), &ct.note).lines().map(str::to_owned));
                }
                let heading = format!("{} · {}", ct.on, t.get("records-contact"));
                entries.push((ct.on, lotsen_pdf::Entry { heading, lines }));
            }
            for r in &rc.detail.referrals {
                let heading = format!("{} · {}", r.on, t.get("records-referral"));
                let consent = if r.consent { t.get("records-consent-yes") } else { t.get("records-consent-no") };
                let lines = vec![
                    format!("{} ({})", label(lists, r.destination_id, l), label(lists, r.kind_id, l)),
                    t.of("referral-status", r.status.as_str()),
                    consent,
                ];
                entries.push((r.on, lotsen_pdf::Entry { heading, lines }));
            }
            for fu in &rc.detail.follow_ups {
                let heading = format!("{} · {}", fu.due_on, t.get("records-follow-up"));
                let line = match (fu.done_on, fu.outcome) {
                    (Some(d), Some(o)) => format!("{d}: {}", t.of("follow-up-outcome", o.as_str())),
                    _ => t.get("records-follow-up-open"),
                };
                entries.push((fu.due_on, lotsen_pdf::Entry { heading, lines: vec![line] }));
            }
            for n in &rc.notes {
                let heading = format!("{} · {} · {}", n.written_on, t.get("records-note"), name_of(users, n.author_id));
                let mut lines: Vec<String> =
                    text(&format!("note-{}", n.id), &n.text).lines().map(str::to_owned).collect();
                if !n.corrected_by.is_empty() {
                    lines.push(t.get("records-corrected"));
                }
                lines.push(if n.signed { t.get("journal-signed-label") } else { t.get("records-unsigned") });
                entries.push((n.written_on, lotsen_pdf::Entry { heading, lines }));
            }
            entries.sort_by_key(|(d, _)| *d);
            lotsen_pdf::RecordCase {
                title: t.arg("records-case", "id", c.id),
                facts: case_facts,
                entries: entries.into_iter().map(|(_, e)| e).collect(),
            }
        })
        .collect();
    lotsen_pdf::Records {
        title: t.get("records-title"),
        unit: unit.to_owned(),
        facts,
        masking_note: t.get("records-masking-note"),
        lang: l.code().to_owned(),
        rtl: l.dir() == "rtl",
        cases,
    }
}
