//! The case form as submitted, and its checks: one message per field, nothing saved unless all hold.
use chrono::NaiveDate;
use lotsen_domain::case::{
    Minutes, ReferralStatus, Residency, ReturningReason, parse_due_date, parse_org, parse_past_date,
};
use lotsen_domain::ids::{CaseId, ListEntryId, UnitId, UserId};
use lotsen_domain::lists::ListKind;
use lotsen_store::{CaseRecord, Lists, NewCase, NewContact, NewReferral};
use serde::Deserialize;

use lotsen_app::case::default_mode;
use lotsen_app::case::edit::CaseEdit;
use lotsen_app::case::register::Registration;

use crate::forms::{FieldErrors, pick, pick_keep};

/// Quick registration: a case with its first contact and, if given, a referral and a follow-up.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CaseForm {
    pub channel: String,
    pub age_group: String,
    pub category: String,
    pub secondary: Vec<String>,
    pub minutes: String,
    pub mode: String,
    pub residency: String,
    pub returning: Option<String>,
    /// Why the resident came back (`ReturningReason`); given, it marks the case returning.
    pub returning_reason: String,
    pub previous_case: String,
    pub first_contact_on: String,
    pub referring_org: String,
    pub ref_destination: String,
    pub ref_kind: String,
    pub ref_consent: Option<String>,
    pub follow_up: Option<String>,
    pub follow_up_on: String,
    /// Only on the edit form: who is responsible.
    pub coordinator: String,
    /// Only on quick registration: the drop-in venue where the resident was met.
    pub venue: String,
    /// Only on quick registration: the contact-form request this case is made from.
    pub inquiry: String,
    /// Only on quick registration in a documenting unit whose decision allows it: a walk-in who
    /// only gets advice, registered anonymously ("Endast råd, anonym").
    pub advice_only: Option<String>,
}

/// Channel, age group and main category, as checked.
type Chosen = (Option<ListEntryId>, Option<ListEntryId>, Option<ListEntryId>);

/// The fields a new case and an edited one share, as checked.
struct CaseFields {
    channel: Option<ListEntryId>,
    age_group: Option<ListEntryId>,
    category: Option<ListEntryId>,
    residency: Option<Residency>,
    on: Option<NaiveDate>,
    secondary: Vec<ListEntryId>,
    referring_org: Option<String>,
    previous_case_id: Option<CaseId>,
    returning_reason: Option<ReturningReason>,
}

impl CaseFields {
    /// The case, when every field holds.
    fn case(self, unit_id: UnitId, coordinator_id: UserId, returning: bool) -> Option<NewCase> {
        let (Some(channel), Some(age_group), Some(category), Some(residency), Some(on)) =
            (self.channel, self.age_group, self.category, self.residency, self.on)
        else {
            return None;
        };
        Some(NewCase {
            unit_id,
            channel_id: channel,
            first_contact_on: on,
            age_group_id: age_group,
            main_category_id: category,
            secondary: self.secondary,
            returning: returning || self.previous_case_id.is_some() || self.returning_reason.is_some(),
            returning_reason: self.returning_reason,
            previous_case_id: self.previous_case_id,
            residency,
            referring_org: self.referring_org,
            coordinator_id,
            external_id: None,
            documented: false,
        })
    }
}

impl CaseForm {
    /// Checks a quick registration: the case with its first contact (minutes and mode required),
    /// and the referral and follow-up if asked for.
    pub fn check_registration(
        &self,
        lists: &Lists,
        today: NaiveDate,
        unit_id: UnitId,
        coordinator_id: UserId,
    ) -> Result<Registration, FieldErrors> {
        let mut e = FieldErrors::default();
        let chosen = self.chosen(&mut e, lists, None);
        let minutes = e.check("minutes", Minutes::parse(&self.minutes));
        let mode = match (self.mode.trim(), chosen.0) {
            // Left to the channel: a phone call is a phone contact, a drop-in visit a drop-in, …
            ("", Some(ch)) => default_mode(lists, ch).or_else(|| {
                e.add("mode", "error-choose");
                None
            }),
            // No channel yet: its own message says so; the mode waits for it.
            ("", None) => None,
            _ => e.check("mode", pick(lists, ListKind::ContactMode, &self.mode)),
        };
        let fields = self.case_fields(&mut e, chosen, lists, today, None);
        let wants_referral = !self.ref_destination.trim().is_empty() || !self.ref_kind.trim().is_empty();
        let (destination, kind) = if wants_referral {
            (
                e.check("ref_destination", pick(lists, ListKind::ReferralDestination, &self.ref_destination)),
                e.check("ref_kind", pick(lists, ListKind::ReferralKind, &self.ref_kind)),
            )
        } else {
            (None, None)
        };
        // A follow-up goes with a referral, or is the call-back of a contact-form request.
        let wants_follow_up = wants_referral || !self.inquiry.trim().is_empty();
        let follow_up_on = if wants_follow_up && self.follow_up.is_some() {
            e.check("follow_up_on", parse_due_date(&self.follow_up_on, today))
        } else {
            None
        };
        if !e.is_empty() {
            return Err(e);
        }
        let on = fields.on;
        let Some(case) = fields.case(unit_id, coordinator_id, self.returning.is_some()) else { return Err(e) };
        let contact = match (minutes, mode, on) {
            (Some(m), Some(mode), Some(on)) => Some(NewContact {
                on,
                mode_id: mode,
                minutes: i32::from(m.get()),
                venue_id: None,
                note: String::new(),
                author_id: coordinator_id,
            }),
            _ => None,
        };
        let referral = match (destination, kind, on) {
            (Some(d), Some(k), Some(on)) => Some(NewReferral {
                destination_id: d,
                kind_id: k,
                on,
                consent: self.ref_consent.is_some(),
                info_shared: false,
                status: ReferralStatus::Suggested,
                established_on: None,
            }),
            _ => None,
        };
        Ok(Registration { case, contact, referral, follow_up_on })
    }

    /// Checks an edit of what was registered about `keep` (minutes, mode, referral and follow-up
    /// are not on the edit form). Entries retired since stay valid where the case has them.
    pub fn check_edit(
        &self,
        lists: &Lists,
        today: NaiveDate,
        unit_id: UnitId,
        coordinator_id: UserId,
        keep: &CaseRecord,
    ) -> Result<CaseEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let chosen = self.chosen(&mut e, lists, Some(keep));
        let fields = self.case_fields(&mut e, chosen, lists, today, Some(keep));
        if !e.is_empty() {
            return Err(e);
        }
        fields.case(unit_id, coordinator_id, self.returning.is_some()).map(|case| CaseEdit { case }).ok_or(e)
    }

    /// The channel, age group and main category chosen; `keep` is the case being edited.
    fn chosen(&self, e: &mut FieldErrors, lists: &Lists, keep: Option<&CaseRecord>) -> Chosen {
        let channel =
            e.check("channel", pick_keep(lists, ListKind::Channel, &self.channel, keep.map(|k| k.channel_id)));
        let age_group =
            e.check("age_group", pick_keep(lists, ListKind::AgeGroup, &self.age_group, keep.map(|k| k.age_group_id)));
        let category =
            e.check("category", pick_keep(lists, ListKind::Category, &self.category, keep.map(|k| k.main_category_id)));
        (channel, age_group, category)
    }

    /// The case's own fields after the first three; `keep` is the case being edited, `None` for a
    /// new one (an empty date is today then).
    fn case_fields(
        &self,
        e: &mut FieldErrors,
        (channel, age_group, category): Chosen,
        lists: &Lists,
        today: NaiveDate,
        keep: Option<&CaseRecord>,
    ) -> CaseFields {
        let residency = e.check("residency", Residency::parse(&self.residency));
        let on = if self.first_contact_on.trim().is_empty() && keep.is_none() {
            Some(today)
        } else {
            e.check("first_contact_on", parse_past_date(&self.first_contact_on, today))
        };
        let kept: Vec<ListEntryId> = keep.map(|k| k.secondary.clone()).unwrap_or_default();
        let mut secondary = Vec::new();
        for s in &self.secondary {
            match s.trim().parse::<ListEntryId>() {
                Ok(id) if kept.contains(&id) => secondary.push(id),
                _ => {
                    if let Some(id) = e.check("secondary", pick(lists, ListKind::Category, s)) {
                        secondary.push(id);
                    }
                }
            }
        }
        if let Some(c) = category {
            secondary.retain(|s| *s != c);
        }
        let referring_org = e.check("referring_org", parse_org(&self.referring_org)).flatten();
        let previous_case_id = match self.previous_case.trim().trim_start_matches('#') {
            "" => None,
            p => e.check(
                "previous_case",
                p.parse::<CaseId>().map_err(|_| lotsen_domain::Invalid::new("error-case-number")),
            ),
        };
        let returning_reason = match self.returning_reason.trim() {
            "" => None,
            r => e.check("returning_reason", ReturningReason::parse(r)),
        };
        CaseFields {
            channel,
            age_group,
            category,
            residency,
            on,
            secondary,
            referring_org,
            previous_case_id,
            returning_reason,
        }
    }
}
