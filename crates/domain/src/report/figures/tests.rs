//! Tests of the case figures: counts by every dimension, hiding of small counts in both periods,
//! referral tables, row keys and percentiles.
use super::*;
use crate::case::FollowUpOutcome;
use crate::ids::ListEntryId;

fn id(n: i64) -> ListEntryId {
    ListEntryId::new(n)
}

fn entry(n: i64, code: &str) -> Entry {
    Entry { id: id(n), code: code.into(), group: None, retired: false }
}

fn entries() -> Entries {
    let dest = |n, code: &str, g: &str| Entry { id: id(n), code: code.into(), group: Some(g.into()), retired: false };
    Entries {
        channels: vec![entry(1, "phone"), entry(2, "drop_in"), entry(3, "school")],
        age_groups: vec![entry(10, "0-12"), entry(11, "19-65")],
        categories: vec![entry(20, "economy"), entry(21, "housing"), entry(22, "other")],
        destinations: vec![dest(30, "social_services", "municipal"), dest(31, "bup", "region")],
        kinds: vec![entry(40, "no_aid_decision"), entry(41, "aid_application")],
        outcomes: vec![entry(50, "advice_only"), entry(51, "referred_established")],
    }
}

fn cell(channel: i64, age: i64, cat: i64, closed: Option<i64>, count: i64) -> CaseCell {
    CaseCell {
        channel: id(channel),
        age_group: id(age),
        category: id(cat),
        returning: false,
        returning_reason: None,
        closed: closed.map(id),
        contacts: 0,
        time: 0,
        count,
    }
}

#[test]
fn counts_add_up_by_every_dimension_and_categories_come_largest_first() {
    let e = entries();
    let facts = Facts {
        cells: vec![
            cell(1, 11, 20, Some(50), 12),
            cell(1, 11, 21, None, 20),
            CaseCell { returning: true, contacts: 2, time: 2, ..cell(2, 10, 21, Some(51), 8) },
        ],
        secondary: vec![(id(22), 9)],
        ..Default::default()
    };
    let f = CaseFigures::build(&e, &facts, None, 5);
    let c = |k: RowKey| f.count(&k).unwrap();
    assert_eq!(c(RowKey::Handled).value, 40);
    assert_eq!(c(RowKey::Closed).value, 20);
    assert_eq!(c(RowKey::Returning).value, 8);
    assert_eq!(c(RowKey::AdviceOnly).value, 12);
    assert_eq!(c(RowKey::Channel(id(1))).value, 32);
    assert_eq!(c(RowKey::Contacts(0)).value, 12);
    assert_eq!(c(RowKey::Contacts(2)).value, 8);
    assert_eq!(c(RowKey::Time(2)).value, 8);
    assert_eq!(c(RowKey::Secondary(id(22))).value, 9);
    let cats: Vec<&RowKey> = f.table("categories").unwrap().rows.iter().map(|r| &r.key).collect();
    assert_eq!(
        cats,
        vec![&RowKey::Category(id(21)), &RowKey::Category(id(20)), &RowKey::Category(id(22)), &RowKey::Handled]
    );
    // Zero is shown, never hidden; a channel nobody used is listed with 0.
    assert_eq!(c(RowKey::Channel(id(3))), Count { value: 0, hidden: false });
    assert!(f.table("channels").unwrap().rows.iter().all(|r| !r.now.hidden));
}

#[test]
fn returning_residents_are_counted_by_reason_and_a_small_reason_is_hidden_with_another() {
    use crate::case::ReturningReason as R;
    let e = entries();
    let back =
        |reason: Option<R>, n: i64| CaseCell { returning: true, returning_reason: reason, ..cell(1, 11, 20, None, n) };
    let facts = Facts {
        cells: vec![
            back(Some(R::NotSatisfied), 7),
            back(Some(R::NewProblem), 2),
            back(None, 6),
            cell(1, 11, 20, None, 30),
        ],
        ..Default::default()
    };
    let f = CaseFigures::build(&e, &facts, None, 5);
    let t = f.table("returning").unwrap();
    let keys: Vec<&RowKey> = t.rows.iter().map(|r| &r.key).collect();
    assert_eq!(
        keys,
        vec![
            &RowKey::ReturnedFor(Some(R::NotSatisfied)),
            &RowKey::ReturnedFor(Some(R::SomethingElse)),
            &RowKey::ReturnedFor(Some(R::NewProblem)),
            &RowKey::ReturnedFor(None),
            &RowKey::Returning,
        ]
    );
    let row = |k: RowKey| t.row(&k).unwrap().now;
    assert_eq!(row(RowKey::Returning), Count { value: 15, hidden: false });
    assert_eq!(row(RowKey::ReturnedFor(Some(R::SomethingElse))), Count { value: 0, hidden: false });
    assert!(row(RowKey::ReturnedFor(Some(R::NewProblem))).hidden, "2 is below 5");
    // 15 - 7 - 0 would give the 2 away: the next smallest (6 not given) is hidden with it.
    assert!(row(RowKey::ReturnedFor(None)).hidden, "the complement");
    assert!(!row(RowKey::ReturnedFor(Some(R::NotSatisfied))).hidden);
    // The keys read back from their codes, for the case list behind each figure.
    for k in [RowKey::ReturnedFor(Some(R::NewProblem)), RowKey::ReturnedFor(None)] {
        assert_eq!(RowKey::parse(&k.code()), Some(k));
    }
}

#[test]
fn a_small_count_hides_a_second_one_in_every_table_it_sums_into() {
    let e = entries();
    // 3 cases by drop-in among 23: drop-in is hidden, and so is a second channel.
    let facts = Facts {
        cells: vec![cell(1, 11, 20, None, 13), cell(2, 11, 20, None, 3), cell(3, 11, 21, None, 7)],
        ..Default::default()
    };
    let f = CaseFigures::build(&e, &facts, None, 5);
    let ch = f.table("channels").unwrap();
    assert!(ch.row(&RowKey::Channel(id(2))).unwrap().now.hidden);
    assert!(ch.row(&RowKey::Channel(id(3))).unwrap().now.hidden, "the complement");
    assert!(!ch.row(&RowKey::Channel(id(1))).unwrap().now.hidden);
    assert!(!ch.row(&RowKey::Handled).unwrap().now.hidden);
}

#[test]
fn the_previous_period_is_protected_on_its_own_and_the_change_needs_both() {
    let e = entries();
    let now = Facts { cells: vec![cell(1, 11, 20, None, 30), cell(2, 11, 20, None, 10)], ..Default::default() };
    let before = Facts { cells: vec![cell(1, 11, 20, None, 18), cell(2, 11, 20, None, 2)], ..Default::default() };
    let f = CaseFigures::build(&e, &now, Some(&before), 5);
    let ch = f.table("channels").unwrap();
    let phone = ch.row(&RowKey::Channel(id(1))).unwrap();
    assert_eq!(phone.change(), None, "18 is hidden beside the hidden 2");
    let total = ch.row(&RowKey::Handled).unwrap();
    assert_eq!(total.change(), Some(20));
    assert_eq!(total.before, Some(Count { value: 20, hidden: false }));
}

#[test]
fn referrals_count_by_group_destination_kind_state_and_department() {
    let e = entries();
    let r =
        |destination, kind, state, count| ReferralCell { destination: id(destination), kind: id(kind), state, count };
    let facts = Facts {
        cells: vec![cell(1, 11, 20, None, 40)],
        referrals: vec![
            r(30, 40, RefState::Established, 10),
            r(30, 41, RefState::Pending, 6),
            r(31, 40, RefState::Pending, 7),
        ],
        ..Default::default()
    };
    let f = CaseFigures::build(&e, &facts, None, 5);
    let c = |k: RowKey| f.count(&k).unwrap().value;
    assert_eq!(c(RowKey::Referrals), 23);
    assert_eq!(c(RowKey::Group("municipal".into())), 16);
    assert_eq!(c(RowKey::Group("region".into())), 7);
    assert_eq!(c(RowKey::Kind(id(41))), 6);
    assert_eq!(c(RowKey::Application(id(30))), 6);
    assert_eq!(c(RowKey::State(RefState::Pending)), 13);
    let dest = f.table("referral_destinations").unwrap();
    let order: Vec<&RowKey> = dest.rows.iter().map(|r| &r.key).collect();
    assert_eq!(
        order,
        vec![
            &RowKey::Group("municipal".into()),
            &RowKey::Destination(id(30)),
            &RowKey::Group("region".into()),
            &RowKey::Destination(id(31))
        ]
    );
}

#[test]
fn row_keys_read_back_from_their_codes() {
    let keys = [
        RowKey::Handled,
        RowKey::AdviceOnly,
        RowKey::Channel(id(12)),
        RowKey::Contacts(2),
        RowKey::Time(0),
        RowKey::Group("region".into()),
        RowKey::State(RefState::Ended),
        RowKey::Application(id(4)),
        RowKey::FollowUp(FollowUpOutcome::NotReached),
    ];
    for k in keys {
        assert_eq!(RowKey::parse(&k.code()), Some(k.clone()), "{}", k.code());
    }
    for bad in ["", "channel-", "channel-x", "group-mars", "contacts-9", "nothing-1", "follow_up-maybe"] {
        assert_eq!(RowKey::parse(bad), None, "{bad}");
    }
}

#[test]
fn percentiles_by_nearest_rank() {
    // 10 cases: waits 0,0,1,1,2,3,5,8,13,30 days.
    let hist = [(0, 2), (1, 2), (2, 1), (3, 1), (5, 1), (8, 1), (13, 1), (30, 1)];
    assert_eq!(nearest_rank(&hist, 50), Some(2));
    assert_eq!(nearest_rank(&hist, 90), Some(13));
    assert_eq!(nearest_rank(&[], 50), None);
    let d = days(&[(4, 3)], 5);
    assert!(d.hidden);
    assert_eq!(days(&[(4, 6)], 5).median, Some(4));
}
