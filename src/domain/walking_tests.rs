//! Tests of the walking track: the start, the growth step, holds on unsettled weeks, the flare
//! wording, one-tap logging, and a synthetic year.

use chrono::{Days, NaiveDate};

use super::*;
use crate::domain::checkin::Outcome;
use crate::domain::profile::Profile;
use crate::domain::{starter, synth};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

/// A person with usual pain 4 who walks `now` minutes a week, set up on Monday 2 Nov 2026.
fn person(now: Option<u16>) -> AppData {
    let answers = starter::Answers {
        usual_pain: 4,
        inventory: Default::default(),
        days_per_week: 3,
        minutes_per_session: 30,
        experience: Default::default(),
        goals: Vec::new(),
        bodyweight: None,
        walk_minutes_per_week: now,
    };
    let profile: Profile = starter::profile(&answers, Default::default(), day("2026-11-02"));
    AppData {
        profile: Some(profile),
        ..AppData::default()
    }
}

/// Seven mornings from `monday`, each rated `pain`, each with `walk` minutes.
fn week(data: &mut AppData, monday: &str, pain: [Option<u8>; 7], walk: u16) {
    for (offset, pain) in pain.into_iter().enumerate() {
        data.checkins.push(CheckIn {
            date: day(monday) + Days::new(offset as u64),
            pain,
            walk_minutes: Some(walk),
            ..CheckIn::default()
        });
    }
}

const SETTLED: [Option<u8>; 7] = [
    Some(3),
    Some(4),
    Some(3),
    Some(4),
    Some(3),
    Some(4),
    Some(3),
];

#[test]
fn the_start_is_what_the_person_walks_now_within_the_floor_and_the_goal() {
    assert_eq!(start_target(Some(60)), 60);
    assert_eq!(start_target(Some(0)), 25, "5 walks of 5 minutes");
    assert_eq!(start_target(None), 25);
    assert_eq!(start_target(Some(400)), 150, "never above the goal");
    assert_eq!(goal_minutes(), 150);
}

#[test]
fn the_target_grows_about_ten_percent_at_most_five_minutes_a_walk() {
    let check = |before: u32, after: u32| assert_eq!(grown_target(before), after, "from {before}");
    check(25, 28); // 2.5 rounded up
    check(60, 66);
    check(100, 110);
    check(140, 150); // +14, capped at the goal
    check(150, 150);
    check(9, 10); // never less than a minute
                  // 10% of 300 would be 30 minutes; at most 5 minutes a walk over 5 walks is 25, but the goal caps first.
    assert!(grown_target(1_000) <= 150);
    assert_eq!(per_walk(66), 14);
    assert_eq!(per_walk(150), 30);
}

#[test]
fn a_settled_week_with_the_target_walked_grows_the_next_target() {
    let mut data = person(Some(60));
    week(&mut data, "2026-11-02", SETTLED, 10); // 70 minutes ≥ 60
    data.checkins
        .push(add_walk(&data.checkins, day("2026-11-09"), 8));
    data.checkins
        .push(add_walk(&data.checkins, day("2026-11-10"), 12));
    let track = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!(track.target, 66);
    assert_eq!(track.mode, Mode::Building);
    assert_eq!(track.weeks.len(), 2);
    assert_eq!(track.weeks[0].pain, WeekPain::Settled);
    assert_eq!(track.walked, 20, "Monday and Tuesday of this week");
    assert_eq!(track.walks, 2);
    assert!(track.sentence.contains("66 minutes"), "{}", track.sentence);
    assert!(track.sentence.contains("grew"), "{}", track.sentence);
}

#[test]
fn the_first_week_starts_from_what_the_person_walks_now() {
    let data = person(Some(60));
    let track = track(&data, day("2026-11-04"), false).unwrap();
    assert_eq!(
        (track.target, track.per_walk, track.mode),
        (60, 12, Mode::Starting)
    );
    assert_eq!(
        track.sentence,
        "This week's walking target is 60 minutes: about 5 walks of 12 minutes, at a pace that \
         feels comfortable. It starts from what you walk now."
    );
}

#[test]
fn an_unsettled_week_holds_the_target() {
    let mut data = person(Some(60));
    // Mornings averaging above usual pain 4: amber, the target holds.
    let above = [
        Some(5),
        Some(5),
        Some(4),
        Some(5),
        Some(5),
        Some(4),
        Some(5),
    ];
    week(&mut data, "2026-11-02", above, 10);
    let track = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!(track.weeks[0].pain, WeekPain::Unsettled);
    assert_eq!((track.target, track.mode), (60, Mode::Holding));
    assert!(
        track.sentence.contains("stays the same"),
        "{}",
        track.sentence
    );
    assert!(
        track.sentence.contains("not quite settled"),
        "{}",
        track.sentence
    );
}

#[test]
fn one_morning_at_usual_plus_two_holds_even_when_the_average_is_settled() {
    let mut data = person(Some(60));
    let one_high = [
        Some(2),
        Some(6),
        Some(2),
        Some(3),
        Some(3),
        Some(3),
        Some(3),
    ];
    week(&mut data, "2026-11-02", one_high, 10);
    let track = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!(track.weeks[0].pain, WeekPain::Unsettled);
    assert_eq!(track.target, 60);
}

#[test]
fn a_rising_average_holds() {
    let mut data = person(Some(60));
    let low = [Some(2); 7];
    let higher = [Some(3); 7]; // +1 over last week, still under usual 4
    week(&mut data, "2026-11-02", low, 10);
    week(&mut data, "2026-11-09", higher, 10);
    let track = track(&data, day("2026-11-17"), false).unwrap();
    assert_eq!(track.weeks[0].pain, WeekPain::Settled);
    assert_eq!(track.weeks[1].pain, WeekPain::Unsettled);
    assert_eq!(track.weeks[1].target, 66);
    assert_eq!(track.target, 66, "held after the rise");
}

#[test]
fn missing_ratings_are_never_read_as_settled() {
    let mut data = person(Some(60));
    let sparse = [Some(3), None, None, Some(3), None, None, Some(3)];
    week(&mut data, "2026-11-02", sparse, 10);
    let track = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!(track.weeks[0].pain, WeekPain::TooFewRatings);
    assert_eq!(track.target, 60);
    assert!(
        track.sentence.contains("too few morning check-ins"),
        "{}",
        track.sentence
    );
}

#[test]
fn a_settled_week_under_the_target_holds() {
    let mut data = person(Some(60));
    week(&mut data, "2026-11-02", SETTLED, 5); // 35 of 60 minutes
    let track = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!((track.target, track.mode), (60, Mode::Holding));
    assert!(
        track.sentence.contains("under the target"),
        "{}",
        track.sentence
    );
}

#[test]
fn a_flare_week_holds_and_a_flare_today_says_shorter_and_more_often() {
    let mut data = person(Some(60));
    let flare = [
        Some(3),
        Some(6),
        Some(7),
        Some(4),
        Some(3),
        Some(3),
        Some(3),
    ];
    week(&mut data, "2026-11-02", flare, 10);
    let calm = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!(calm.weeks[0].pain, WeekPain::Flare);
    assert_eq!(calm.target, 60);
    let in_flare = track(&data, day("2026-11-10"), true).unwrap();
    assert_eq!(in_flare.mode, Mode::Flare);
    assert_eq!(
        in_flare.target, 60,
        "the flare changes the words, not the target"
    );
    assert!(
        in_flare.sentence.contains("shorter and more often"),
        "{}",
        in_flare.sentence
    );
    assert!(!in_flare.sentence.contains("avoid"));
}

#[test]
fn usual_pain_follows_the_weekly_check() {
    let mut data = person(Some(60));
    data.outcomes.push(Outcome {
        date: day("2026-11-01"),
        usual_pain: Some(6),
        ..Outcome::default()
    });
    let fives = [Some(5); 7]; // above usual 4, under the refreshed usual 6
    week(&mut data, "2026-11-02", fives, 10);
    let track = track(&data, day("2026-11-10"), false).unwrap();
    assert_eq!(track.weeks[0].pain, WeekPain::Settled);
}

#[test]
fn one_tap_adds_to_today_and_undo_takes_it_back() {
    let today = day("2026-11-10");
    let morning = CheckIn {
        date: today,
        pain: Some(3),
        ..CheckIn::default()
    };
    let first = add_walk(std::slice::from_ref(&morning), today, 12);
    assert_eq!(
        (first.pain, first.walk_minutes),
        (Some(3), Some(12)),
        "keeps the morning"
    );
    let second = add_walk(std::slice::from_ref(&first), today, 20);
    assert_eq!(second.walk_minutes, Some(32));
    let fresh = add_walk(&[], today, 10);
    assert_eq!(
        (fresh.date, fresh.pain, fresh.walk_minutes),
        (today, None, Some(10))
    );
    assert!(
        !fresh.has_morning_answers(),
        "a walk alone is not a morning check-in"
    );
    let undone = remove_walk(std::slice::from_ref(&second), today, 20).unwrap();
    assert_eq!(undone.walk_minutes, Some(12));
    let gone = remove_walk(std::slice::from_ref(&fresh), today, 10).unwrap();
    assert_eq!(gone.walk_minutes, None);
    assert_eq!(remove_walk(&[], today, 10), None);
    assert_eq!(add_walk(&[], today, u16::MAX).walk_minutes, Some(1440));
}

#[test]
fn before_onboarding_there_is_no_track() {
    assert_eq!(track(&AppData::default(), day("2026-11-10"), false), None);
}

#[test]
fn over_a_synthetic_year_the_target_grows_only_after_settled_weeks_and_reaches_the_goal() {
    let data = synth::backup(1, 7, day("2025-12-01"));
    let today = day("2026-11-30");
    let track = track(&data, today, false).unwrap();
    assert_eq!(track.weeks.len(), 53);
    let mut grew = 0;
    let mut held_unsettled = 0;
    for pair in track.weeks.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        if after.target > before.target {
            grew += 1;
            assert_eq!(
                before.pain,
                WeekPain::Settled,
                "grew after {}",
                before.monday
            );
            assert!(before.walked >= before.target);
            assert_eq!(after.target, grown_target(before.target));
        } else {
            assert_eq!(after.target, before.target, "never falls");
            if before.pain != WeekPain::Settled && before.target < goal_minutes() {
                held_unsettled += 1;
            }
        }
    }
    assert!(grew >= 5, "grew {grew} times");
    assert!(
        held_unsettled >= 1,
        "held on an unsettled week at least once"
    );
    assert!(track.weeks.iter().any(|week| week.pain == WeekPain::Flare));
    assert!(track.weeks.iter().all(|week| week.target <= goal_minutes()));
    assert_eq!(track.weeks[0].target, 60);
}

#[test]
fn the_progress_page_shows_each_weeks_target() {
    let mut data = person(Some(60));
    week(&mut data, "2026-11-02", SETTLED, 10);
    let summary = crate::domain::progress::summary(&data, day("2026-11-10"));
    let targets: Vec<Option<u32>> = summary.weeks.iter().map(|row| row.walk_target).collect();
    assert_eq!(targets[targets.len() - 2..], [Some(60), Some(66)]);
    assert_eq!(targets[0], None, "before the track started");
    assert!(
        summary
            .walking_sentence
            .contains("This week's target is 66 minutes, about 5 walks of 14 minutes"),
        "{}",
        summary.walking_sentence
    );
}
