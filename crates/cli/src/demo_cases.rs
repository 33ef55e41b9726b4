//! A year of realistic cases for the demo unit, shaped after one unit's first effect report
//! (DOMAIN.md): the same channel mix, the largest categories, the age groups, mostly one or two
//! contacts, referrals within the municipality, the region and NGOs. Seeded, so every demo is alike.
use chrono::{Days, NaiveDate};
use lotsen_domain::audit_action::AuditAction;
use lotsen_domain::case::{FollowUpOutcome, ReferralStatus, Residency, ReturningReason};
use lotsen_domain::ids::{ListEntryId, UnitId, UserId};
use lotsen_domain::lists::ListKind as K;
use lotsen_store::{CaseRecord, Lists, NewAudit, NewCase, NewContact, NewReferral, Scoped, Tx};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

/// Picks a code by weight.
fn weighted<'a>(rng: &mut StdRng, table: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = table.iter().map(|t| t.1).sum();
    let mut n = rng.random_range(0..total);
    for (code, w) in table {
        if n < *w {
            return code;
        }
        n -= w;
    }
    table[0].0
}

const CHANNELS: &[(&str, u32)] = &[
    ("phone", 111),
    ("city_official", 56),
    ("contact_form", 42),
    ("drop_in", 28),
    ("sms", 3),
    ("relative", 10),
    ("event", 9),
    ("school", 14),
];
const CATEGORIES: &[(&str, u32)] = &[
    ("economy", 48),
    ("mental_health", 41),
    ("family_relations", 36),
    ("own_behaviour", 14),
    ("parenting", 13),
    ("housing", 12),
    ("substance_use", 6),
    ("violence", 5),
    ("work_income", 10),
    ("school", 8),
    ("loneliness", 7),
    ("physical_health", 4),
    ("authorities", 9),
];
const AGES: &[(&str, u32)] = &[("0-12", 40), ("13-18", 38), ("19-65", 170), ("66+", 20)];
const DESTINATIONS: &[(&str, u32)] = &[
    ("social_services", 20),
    ("labour_market", 18),
    ("care_welfare", 12),
    ("bup", 10),
    ("adult_psychiatry", 8),
    ("primary_care", 8),
    ("church", 4),
    ("save_the_children", 4),
    ("user_organisation", 5),
];

fn id(lists: &Lists, kind: K, code: &str) -> anyhow::Result<ListEntryId> {
    lists.by_code(kind, code).map(|e| e.id).ok_or_else(|| anyhow::anyhow!("list entry {code} missing"))
}

fn mode_for(channel: &str) -> &'static str {
    match channel {
        "phone" | "city_official" | "relative" => "phone",
        "drop_in" => "drop_in",
        "sms" => "sms",
        "contact_form" => "email",
        _ => "meeting",
    }
}

/// Creates `count` cases over the year before `today` for the given coordinators; cases met at
/// drop-in have their first contact at one of `venues`.
pub async fn fill(
    tx: &Tx,
    unit_id: UnitId,
    lists: &Lists,
    coordinators: &[UserId],
    venues: &[i64],
    today: NaiveDate,
    count: u32,
) -> anyhow::Result<u32> {
    let mut rng = StdRng::seed_from_u64(2026);
    for n in 0..count {
        let days_ago = u64::from(365 * (count - n) / count);
        let first = today - Days::new(days_ago);
        let channel = weighted(&mut rng, CHANNELS);
        let coordinator = coordinators[rng.random_range(0..coordinators.len())];
        let category = weighted(&mut rng, CATEGORIES);
        let mut secondary = Vec::new();
        if rng.random_bool(0.25) {
            let s = weighted(&mut rng, CATEGORIES);
            if s != category {
                secondary.push(id(lists, K::Category, s)?);
            }
        }
        let returning = rng.random_bool(0.08);
        let case = tx
            .create_case(NewCase {
                unit_id,
                channel_id: id(lists, K::Channel, channel)?,
                first_contact_on: first,
                age_group_id: id(lists, K::AgeGroup, weighted(&mut rng, AGES))?,
                main_category_id: id(lists, K::Category, category)?,
                secondary,
                returning,
                returning_reason: returning
                    .then(|| ReturningReason::ALL[rng.random_range(0..ReturningReason::ALL.len())]),
                previous_case_id: None,
                residency: if rng.random_bool(0.95) { Residency::Yes } else { Residency::NotApplicable },
                referring_org: (channel == "school").then(|| "Centrumskolan".to_owned()),
                coordinator_id: coordinator,
                external_id: None,
                documented: false,
            })
            .await?;
        tx.audit(NewAudit {
            actor_id: Some(coordinator),
            actor_name: "cli".into(),
            unit_id: Some(unit_id),
            action: AuditAction::CaseCreate,
            record_type: "case",
            record_id: case.id.to_string(),
            detail: json!({ "demo": true }),
            ip: "cli".into(),
        })
        .await?;

        let d = Demo { tx, lists, venues, today };
        d.contacts(&mut rng, &case, first, channel, coordinator, n).await?;
        let (referred, established) = d.referral(&mut rng, &case, first).await?;
        d.close(&mut rng, &case, first, coordinator, referred, established).await?;
    }
    Ok(count)
}

/// What the demo's cases are filled into.
struct Demo<'a> {
    tx: &'a Tx,
    lists: &'a Lists,
    venues: &'a [i64],
    today: NaiveDate,
}

impl Demo<'_> {
    /// Mostly one or two contacts; the long ones are waiting for psychiatry.
    async fn contacts(
        &self,
        rng: &mut StdRng,
        case: &Scoped<CaseRecord>,
        first: NaiveDate,
        channel: &str,
        coordinator: UserId,
        n: u32,
    ) -> anyhow::Result<()> {
        let contacts = *[1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 6].get(rng.random_range(0..11)).unwrap_or(&1);
        let mut on = first;
        for i in 0..contacts {
            let mode = if i == 0 {
                mode_for(channel)
            } else if rng.random_bool(0.5) {
                "meeting"
            } else {
                "phone"
            };
            self.tx
                .add_contact(
                    case,
                    NewContact {
                        on: on.min(self.today),
                        mode_id: id(self.lists, K::ContactMode, mode)?,
                        minutes: *[15, 20, 30, 30, 45, 60, 90].get(rng.random_range(0..7)).unwrap_or(&30),
                        // Met at drop-in: the first contact was at one of the venues.
                        venue_id: (i == 0 && channel == "drop_in" && !self.venues.is_empty())
                            .then(|| self.venues[n as usize % self.venues.len()]),
                        note: String::new(),
                        author_id: coordinator,
                    },
                )
                .await?;
            on = on + Days::new(rng.random_range(2..15));
        }
        Ok(())
    }

    /// Six cases in ten are referred; answers (referred, support established).
    async fn referral(
        &self,
        rng: &mut StdRng,
        case: &Scoped<CaseRecord>,
        first: NaiveDate,
    ) -> anyhow::Result<(bool, bool)> {
        let referred = rng.random_bool(0.6);
        let mut established = false;
        if referred {
            let dest = weighted(rng, DESTINATIONS);
            let kind = match dest {
                "social_services" | "labour_market" | "care_welfare" if rng.random_bool(0.5) => "aid_application",
                "social_services" | "labour_market" | "care_welfare" => "no_aid_decision",
                "bup" | "adult_psychiatry" | "primary_care" => "health_care",
                _ => "voluntary_organisation",
            };
            let age = (self.today - first).num_days();
            let status = if age > 45 && rng.random_bool(0.75) {
                ReferralStatus::SupportEstablished
            } else if age > 20 {
                ReferralStatus::ContactMade
            } else {
                ReferralStatus::Suggested
            };
            established = status == ReferralStatus::SupportEstablished;
            let consent = rng.random_bool(0.8);
            self.tx
                .add_referral(
                    case,
                    NewReferral {
                        destination_id: id(self.lists, K::ReferralDestination, dest)?,
                        kind_id: id(self.lists, K::ReferralKind, kind)?,
                        on: first,
                        consent,
                        info_shared: consent && rng.random_bool(0.5),
                        status,
                        established_on: established
                            .then(|| (first + Days::new(rng.random_range(7..60))).min(self.today)),
                    },
                )
                .await?;
        }
        Ok((referred, established))
    }

    /// Cases older than a month are mostly closed, with a follow-up; referred open ones get one too.
    async fn close(
        &self,
        rng: &mut StdRng,
        case: &Scoped<CaseRecord>,
        first: NaiveDate,
        coordinator: UserId,
        referred: bool,
        established: bool,
    ) -> anyhow::Result<()> {
        let age = (self.today - first).num_days();
        if age > 30 && rng.random_bool(0.9) {
            let outcome = match (referred, established) {
                (false, _) => "advice_only",
                (true, true) => "referred_established",
                (true, false) if rng.random_bool(0.7) => "referred_pending",
                _ => *["resident_ended", "not_reachable", "moved"]
                    .get(rng.random_range(0..3))
                    .unwrap_or(&"resident_ended"),
            };
            let closed_on = (first + Days::new(rng.random_range(1..30))).min(self.today);
            self.tx.close_case(case, closed_on, id(self.lists, K::ClosingOutcome, outcome)?).await?;
            let due = closed_on + Days::new(14);
            let fu = self.tx.add_follow_up(case, coordinator, due.min(self.today + Days::new(30))).await?;
            if due < self.today - Days::new(7) {
                let o =
                    *[FollowUpOutcome::Yes, FollowUpOutcome::Yes, FollowUpOutcome::Partly, FollowUpOutcome::NotReached]
                        .get(rng.random_range(0..4))
                        .unwrap_or(&FollowUpOutcome::Yes);
                self.tx.complete_follow_up(case, fu.id, o, due).await?;
            }
        } else if referred {
            self.tx
                .add_follow_up(case, coordinator, self.today + Days::new(rng.random_range(0..21)) - Days::new(3))
                .await?;
        }
        Ok(())
    }
}
