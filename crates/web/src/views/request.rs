//! A contact-form request as staff pages show it: a row of what the form's choices say, and the
//! request opened. The intake list and the quick registration made from a request show these.
use lotsen_app::inquiry::Opened;
use lotsen_domain::ids::{CaseId, ListEntryId};
use lotsen_domain::inquiry::{Request, Status};
use lotsen_store::{InquiryRecord, Lists};

use lotsen_app::Caller;
use lotsen_domain::locale::Locale;

use crate::error::AppResult;
use crate::state::AppState;

/// An inquiry as a row in a list: nothing identifying, only what the form's choices say.
pub struct Row {
    pub id: i64,
    pub received: String,
    pub language: &'static str,
    pub about: String,
    pub age_group: String,
    pub on_behalf: bool,
    pub status: Status,
    pub case_id: Option<CaseId>,
    /// Who has taken it (filled in by the intake list), and whether that is the reader.
    pub claimed_by: Option<lotsen_domain::ids::UserId>,
    pub claimant: String,
    pub mine: bool,
    /// The unit that referred the resident, for a referral from another unit of the installation.
    pub from_unit: String,
}

fn label(lists: &Lists, id: Option<ListEntryId>, locale: Locale) -> String {
    id.and_then(|id| lists.get(id)).map(|e| e.label(locale).to_owned()).unwrap_or_default()
}

pub fn row(r: &InquiryRecord, lists: &Lists, locale: Locale) -> Row {
    Row {
        id: r.id,
        received: crate::i18n::local_datetime(r.received_at),
        language: r.locale.endonym(),
        about: label(lists, r.category_id, locale),
        age_group: label(lists, r.age_group_id, locale),
        on_behalf: r.on_behalf,
        status: r.status,
        case_id: r.case_id,
        claimed_by: r.claimed_by,
        claimant: String::new(),
        mine: false,
        from_unit: String::new(),
    }
}

/// What a request says, opened for a coordinator.
pub struct Details {
    pub row: Row,
    pub record: InquiryRecord,
    /// The day it arrived, in Stockholm.
    pub received_on: chrono::NaiveDate,
    pub request: Request,
}

impl Details {
    fn of(o: Opened, lists: &Lists, locale: Locale) -> Self {
        Details { row: row(&o.record, lists, locale), record: o.record, received_on: o.received_on, request: o.request }
    }

    /// Opens request `id` of the caller's unit (the view is audited); `None` once it is handled.
    pub async fn open(state: &AppState, who: &Caller, locale: Locale, id: i64) -> AppResult<Option<Self>> {
        let opened = lotsen_app::inquiry::open_request(&state.store, &state.keys.fields, who, id).await?;
        let Some(o) = opened else { return Ok(None) };
        let lists = state.store.lists(who.unit_id).await?;
        Ok(Some(Self::of(o, &lists, locale)))
    }
}
