//! Tests of the pattern cards: too few days wait with the counts, a planted sleep effect reads as a
//! pattern with something to try, no card says "avoid", and a synthetic year shows cards.

use chrono::{Days, NaiveDate};

use super::*;
use crate::domain::synth;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

const TODAY: &str = "2026-11-30";

/// `n` days up to today: sleep quality alternating poor (3) and good (8), morning pain 2 points higher after a poor night (with a little wobble), stress and mood
/// unrelated to pain.
fn sleep_effect(n: u64) -> AppData {
    let today = day(TODAY);
    let checkins = (0..n)
        .map(|back| {
            let poor = back % 2 == 0;
            let wobble = (back % 3) as u8; // 0, 1, 2: unrelated to sleep and pain
            CheckIn {
                date: today - Days::new(back),
                pain: Some(if poor { 5 } else { 3 } + ((back / 2) % 2) as u8),
                sleep_quality: Some(if poor { 3 } else { 8 }),
                stress: Some(2 + wobble * 2),
                mood: Some(6 + wobble),
                ..CheckIn::default()
            }
        })
        .rev()
        .collect();
    AppData {
        checkins,
        ..AppData::default()
    }
}

#[test]
fn a_planted_sleep_effect_reads_as_a_pattern_with_something_to_try() {
    let cards = cards(&sleep_effect(40), day(TODAY));
    assert_eq!(cards.len(), 4);
    let sleep = &cards[0];
    assert_eq!(sleep.question, Question::Sleep);
    assert!(sleep.ready());
    let found = sleep.forward.as_ref().unwrap();
    assert!(found.clear);
    assert_eq!(found.high.days + found.low.days, 40);
    assert_eq!(found.low.mean - found.high.mean, 2.0);
    assert!(
        sleep.sentence.starts_with("Morning pain averaged 5.5 after a poorer night's sleep (20 days) and 3.5 after a better night (20 days). A pattern, not proof of cause: about 2.0 points more after a poorer night's sleep."),
        "{}",
        sleep.sentence
    );
    assert!(sleep
        .to_try
        .starts_with("Something to try: a wind-down routine"));
    assert!(
        sleep
            .reverse_sentence
            .starts_with("The other way round: after days with more pain ("),
        "{}",
        sleep.reverse_sentence
    );
}

#[test]
fn unrelated_measures_read_no_clear_pattern_and_offer_nothing_to_change() {
    let cards = cards(&sleep_effect(40), day(TODAY));
    let stress = &cards[1];
    assert!(stress.ready());
    assert!(
        stress.sentence.ends_with("No clear pattern yet."),
        "{}",
        stress.sentence
    );
    assert!(stress.to_try.is_empty());
}

#[test]
fn with_too_few_days_a_card_waits_and_shows_the_counts() {
    let cards = cards(&sleep_effect(20), day(TODAY));
    assert!(cards.iter().all(|card| !card.ready()));
    assert_eq!(
        cards[0].sentence,
        "Shown once there are 21 days with both answers and at least 7 on each side. So far: 20 \
         days (10 and 10)."
    );
    assert!(cards[0].reverse_sentence.is_empty());
}

#[test]
fn days_before_the_window_do_not_count() {
    let mut data = sleep_effect(40);
    for checkin in &mut data.checkins {
        checkin.date = checkin.date - Days::new(100);
    }
    assert!(cards(&data, day(TODAY)).iter().all(|card| !card.ready()));
}

#[test]
fn a_synthetic_year_shows_cards_worded_to_try_never_to_avoid() {
    let data = synth::backup(1, 7, day("2025-12-01"));
    let cards = cards(&data, day(TODAY));
    assert!(cards.iter().filter(|card| card.ready()).count() >= 3);
    for card in &cards {
        for text in [&card.sentence, &card.reverse_sentence, &card.to_try] {
            let lower = text.to_lowercase();
            for word in ["avoid", "don't", "stop", "cause of", "because of"] {
                assert!(!lower.contains(word), "{:?}: {text}", card.question);
            }
        }
    }
    let training = &cards[3];
    assert!(training.ready(), "{}", training.sentence);
    assert!(training
        .reverse_sentence
        .starts_with("The other way round: on mornings with more pain you trained on "));
}
