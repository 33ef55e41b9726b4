//! The case log's use cases and the rules that read a case together with the unit's lists.
use lotsen_domain::ids::ListEntryId;
pub mod close;
pub mod edit;
pub mod register;

use chrono::NaiveDate;
use lotsen_domain::case::{CaseFigures, ContactFact, figures};
use lotsen_domain::lists::ListKind;
use lotsen_store::{CaseDetail, Lists};

/// The contact mode a first contact through `channel` most likely had: a phone call is a phone
/// contact, a drop-in visit a drop-in, a message an e-mail; anything else a meeting.
pub fn default_mode(lists: &Lists, channel: ListEntryId) -> Option<ListEntryId> {
    let code = lists.get(channel).map(|c| c.code.as_str())?;
    let mode = match code {
        "phone" | "city_official" | "relative" => "phone",
        "drop_in" => "drop_in",
        "sms" => "sms",
        "email" | "contact_form" => "email",
        _ => "meeting",
    };
    lists.by_code(ListKind::ContactMode, mode).filter(|m| !m.retired).map(|m| m.id)
}

/// The derived figures of a case (contacts, minutes, days to first meeting and to support).
pub fn figures_of(d: &CaseDetail, lists: &Lists) -> CaseFigures {
    let facts: Vec<ContactFact> = d
        .contacts
        .iter()
        .map(|ct| ContactFact {
            on: ct.on,
            minutes: ct.minutes.max(0) as u32,
            meeting: lists.get(ct.mode_id).is_some_and(|m| m.meeting),
        })
        .collect();
    let established: Vec<NaiveDate> = d.referrals.iter().filter_map(|r| r.established_on).collect();
    figures(d.case.first_contact_on, &facts, &established)
}
