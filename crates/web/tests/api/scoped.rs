//! A case, a venue, a drop-in series, a survey, a list entry and a user account are written to only
//! as read for their unit: another unit's cannot be read for the caller's, and a referral or follow-up of one case cannot be changed
//! through another.
use lotsen_domain::case::{FollowUpOutcome, ReferralStatus};
use lotsen_store::StoreError;

use crate::both_backends;
use crate::helpers::*;

both_backends!(
    another_units_case_cannot_be_read_for_writing,
    a_referral_or_follow_up_is_changed_only_through_its_case,
    another_units_venue_and_series_cannot_be_read_for_writing,
    another_units_survey_cannot_be_read_for_writing,
    another_units_list_entry_and_user_cannot_be_read_for_writing,
);

async fn another_units_case_cannot_be_read_for_writing(b: Backend) {
    let app = spawn_app(b).await;
    let theirs = app.make_case_in(app.unit_b, "coord.b").await;
    let tx = app.store.begin().await.unwrap();
    assert!(matches!(tx.case(app.unit_a, theirs).await, Err(StoreError::NotFound)));
    assert!(matches!(app.store.case(app.unit_a, theirs).await, Err(StoreError::NotFound)));
    let case = tx.case(app.unit_b, theirs).await.unwrap();
    assert_eq!((case.id, case.unit_id()), (theirs, app.unit_b));
}

async fn a_referral_or_follow_up_is_changed_only_through_its_case(b: Backend) {
    let app = spawn_app(b).await;
    let first = app.make_case("coord.a").await;
    let second = app.make_case("coord.a").await;
    let (referral, follow_up) = app.add_referral_and_follow_up(first).await;
    let today = app.store.clock().today();
    let tx = app.store.begin().await.unwrap();
    let other = tx.case(app.unit_a, second).await.unwrap();
    let change = lotsen_store::NewReferral {
        destination_id: app.entry(lotsen_domain::lists::ListKind::ReferralDestination, "social_services").await,
        kind_id: app.entry(lotsen_domain::lists::ListKind::ReferralKind, "aid_application").await,
        on: today,
        consent: true,
        info_shared: false,
        status: ReferralStatus::ContactMade,
        established_on: None,
    };
    assert!(matches!(tx.update_referral(&other, referral, change.clone()).await, Err(StoreError::NotFound)));
    assert!(matches!(
        tx.complete_follow_up(&other, follow_up, FollowUpOutcome::Yes, today).await,
        Err(StoreError::NotFound)
    ));
    // Through its own case the same changes are made.
    let own = tx.case(app.unit_a, first).await.unwrap();
    assert_eq!(tx.update_referral(&own, referral, change).await.unwrap().status, ReferralStatus::ContactMade);
    tx.complete_follow_up(&own, follow_up, FollowUpOutcome::Yes, today).await.unwrap();
    tx.commit().await.unwrap();
    let d = app.store.case_detail(app.unit_a, first).await.unwrap();
    assert_eq!(d.follow_ups.iter().find(|f| f.id == follow_up).and_then(|f| f.outcome), Some(FollowUpOutcome::Yes));
}

async fn another_units_venue_and_series_cannot_be_read_for_writing(b: Backend) {
    let app = spawn_app(b).await;
    let (venue, series) = app.make_series("2024-03-04", "weekly", "MO").await;
    assert!(matches!(app.store.unit_venue(app.unit_b, venue).await, Err(StoreError::NotFound)));
    assert!(matches!(app.store.unit_series(app.unit_b, series).await, Err(StoreError::NotFound)));
    let own = app.store.unit_series(app.unit_a, series).await.unwrap();
    assert_eq!((own.id, own.unit_id(), own.venue_id), (series, app.unit_a, venue));
    assert_eq!(app.store.unit_venue(app.unit_a, venue).await.unwrap().unit_id(), app.unit_a);
}

async fn another_units_survey_cannot_be_read_for_writing(b: Backend) {
    let app = spawn_app(b).await;
    let theirs = app.store.surveys(app.unit_b).await.unwrap();
    let theirs = theirs.first().expect("every unit has its seeded surveys");
    assert!(matches!(app.store.unit_survey(app.unit_a, theirs.id).await, Err(StoreError::NotFound)));
    let own = app.store.unit_survey(app.unit_b, theirs.id).await.unwrap();
    assert_eq!((own.id, own.unit_id(), own.unit_id), (theirs.id, app.unit_b, app.unit_b));
}

async fn another_units_list_entry_and_user_cannot_be_read_for_writing(b: Backend) {
    let app = spawn_app(b).await;
    let economy = app.entry(lotsen_domain::lists::ListKind::Category, "economy").await;
    assert!(matches!(app.store.unit_list_entry(app.unit_b, economy).await, Err(StoreError::NotFound)));
    assert_eq!(app.store.unit_list_entry(app.unit_a, economy).await.unwrap().unit_id(), app.unit_a);
    let coordinator = app.id("coord.a");
    assert!(matches!(app.store.unit_user(app.unit_b, coordinator).await, Err(StoreError::NotFound)));
    let own = app.store.unit_user(app.unit_a, coordinator).await.unwrap();
    assert_eq!((own.id, own.unit_id()), (coordinator, app.unit_a));
}
