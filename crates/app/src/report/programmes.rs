//! Reading the report's long-term support: continued contact of the unit's documented cases, and
//! family coordination where the unit runs it.
use std::collections::HashMap;

use lotsen_domain::lists::ListKind;
use lotsen_domain::records::extended::PeriodState;
use lotsen_domain::report::period::Period;
use lotsen_domain::report::programmes::{
    AgreementFacts, ContinuedFigures, FamilyFacts, FamilyFigures, continued, families,
};
use lotsen_store::{Lists, Store, StoreError, UnitRecord};

use crate::extended::standing_of;

/// Continued contact in `period`; none when the unit never had an agreement.
pub async fn continued_figures(
    store: &Store,
    unit: &UnitRecord,
    period: &Period,
) -> Result<Option<ContinuedFigures>, StoreError> {
    let agreements = store.unit_agreements(unit.id).await?;
    if agreements.is_empty() {
        return Ok(None);
    }
    let ids: Vec<_> = agreements.iter().map(|a| a.id).collect();
    let check_ins = store.check_ins(unit.id, &ids).await?;
    let persons: Vec<_> = agreements.iter().filter_map(|a| a.person_id).collect();
    let mut starts: HashMap<_, Vec<chrono::NaiveDate>> = HashMap::new();
    for (p, d) in store.case_starts_of(unit.id, &persons).await? {
        starts.entry(p).or_default().push(d);
    }
    // Periods are weighed as they stood on the period's last day (or today, if sooner).
    let upto = period.to.min(store.clock().today());
    let facts: Vec<AgreementFacts> = agreements
        .iter()
        .map(|a| {
            let s = standing_of(a, &check_ins, upto);
            let ended_in = |state: PeriodState| {
                s.periods
                    .iter()
                    .filter(|p| p.state == state && period.from <= p.due_by() && p.due_by() <= period.to)
                    .count() as i64
            };
            let came_back = a
                .person_id
                .and_then(|p| starts.get(&p))
                .is_some_and(|days| days.iter().any(|d| *d > a.starts_on && period.from <= *d && *d <= period.to));
            AgreementFacts {
                starts_on: a.starts_on,
                ended_on: a.ended_on,
                kept: ended_in(PeriodState::Kept),
                missed: ended_in(PeriodState::Missed),
                came_back,
            }
        })
        .collect();
    Ok(Some(continued(&facts, period.from, period.to, unit.suppression_threshold)))
}

/// Family coordination in `period`; none when the unit does not run it.
pub async fn family_figures(
    store: &Store,
    unit: &UnitRecord,
    lists: &Lists,
    period: &Period,
) -> Result<Option<FamilyFigures>, StoreError> {
    if !unit.programmes.family_coordination {
        return Ok(None);
    }
    let facts: Vec<FamilyFacts> = store
        .families(unit.id)
        .await?
        .iter()
        .map(|f| FamilyFacts {
            id: f.id,
            listed_on: f.listed_on,
            started_on: f.started_on,
            closed_on: f.closed_on,
            outcome: f.outcome,
        })
        .collect();
    let mappings = store.unit_family_mappings(unit.id).await?;
    let areas: Vec<_> = lists.all(ListKind::FamilyArea).iter().map(|e| e.id).collect();
    let contacts = store.family_contacts_between(unit.id, period.from, period.to).await?;
    Ok(Some(families(&facts, &mappings, &areas, contacts, period.from, period.to, unit.suppression_threshold)))
}

/// Housing First in `period`; none when the unit does not run it.
pub async fn housing_figures(
    store: &Store,
    unit: &UnitRecord,
    period: &Period,
) -> Result<Option<lotsen_domain::report::programmes::HousingFigures>, StoreError> {
    use lotsen_domain::records::housing::Tenancy;
    use lotsen_store::HousingEvent;
    if !unit.programmes.housing_first {
        return Ok(None);
    }
    let enrolments = store.enrolments(unit.id).await?;
    let enrolled_on: Vec<_> = enrolments.iter().map(|e| e.enrolled_on).collect();
    let tenancies: Vec<Tenancy> = enrolments
        .iter()
        .filter_map(|e| e.tenancy.map(|t| Tenancy { starts_on: t.starts_on, status: t.status, since: t.since }))
        .collect();
    let events = store.housing_events_between(unit.id, period.from, period.to).await?;
    let landlord = events.iter().filter(|e| matches!(e.event, HousingEvent::Landlord(_))).count() as i64;
    let support = events.len() as i64 - landlord;
    Ok(Some(lotsen_domain::report::programmes::housing(
        &enrolled_on,
        &tenancies,
        landlord,
        support,
        period.from,
        period.to,
        unit.suppression_threshold,
    )))
}
