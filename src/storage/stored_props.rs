//! Property tests of the typed stored form: any records write the same JSON as the generic codec
//! and read back, packed or not (a fixed seed and case count, so every run gives the same answer).

use proptest::prelude::*;

use super::tests::{check, date, IMPLEMENTS, TEMPOS};
use super::Part;
use crate::domain::checkin::{CheckIn, Outcome, PsfsItem};
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::not_today::DayChoice;
use crate::domain::program::Load;
use crate::domain::units::Mass;

fn any_load() -> impl Strategy<Value = Load> {
    prop_oneof![
        Just(Load::Bodyweight),
        "[a-z ~\"\\\\]{0,8}".prop_map(Load::Band),
        any::<i64>().prop_map(|grams| Load::Mass(Mass(grams))),
    ]
}

fn any_session() -> impl Strategy<Value = Session> {
    let set = (any::<u16>(), any_load(), any::<Option<u8>>())
        .prop_map(|(value, load, rir)| SetLog { value, load, rir });
    let exercise = (
        any::<usize>(),
        "\\PC{0,12}",
        prop::collection::vec(set, 0..4),
        any::<Option<u8>>(),
        any::<bool>(),
        prop::sample::select(&IMPLEMENTS[..]),
        prop::sample::select(&TEMPOS[..]),
    )
        .prop_map(
            |(slot, exercise, sets, pain_during, user_adjusted, implement, tempo)| ExerciseLog {
                slot,
                exercise,
                sets,
                pain_during,
                user_adjusted,
                today_only: false,
                implement,
                range: None,
                tempo,
            },
        );
    (
        "\\PC{0,12}",
        0i64..4_000_000_000,
        any::<usize>(),
        prop::collection::vec(exercise, 0..3),
        any::<Option<u8>>(),
        any::<Option<u8>>(),
        "\\PC{0,12}",
        any::<bool>(),
    )
        .prop_map(
            |(id, seconds, day, exercises, pain_during, pain_after, notes, finished)| Session {
                id,
                started: chrono::DateTime::from_timestamp(seconds, 0)
                    .unwrap()
                    .naive_utc(),
                day,
                exercises,
                pain_during,
                pain_after,
                notes,
                finished,
            },
        )
}

fn any_checkin() -> impl Strategy<Value = CheckIn> {
    (
        0i32..100_000,
        any::<[Option<u8>; 5]>(),
        prop::option::of(0.0f32..24.0),
        any::<Option<u16>>(),
        any::<(bool, bool)>(),
        prop::option::of(prop::sample::select(DayChoice::ALL.to_vec())),
    )
        .prop_map(
            |(days, ratings, sleep_hours, walk_minutes, flags, choice)| CheckIn {
                date: date("1990-01-01") + chrono::Duration::days(i64::from(days)),
                pain: ratings[0],
                stiffness: ratings[1],
                sleep_hours,
                sleep_quality: ratings[2],
                stress: ratings[3],
                mood: ratings[4],
                walk_minutes,
                new_leg_symptoms: flags.0,
                flare: flags.1,
                choice,
            },
        )
}

fn any_outcome() -> impl Strategy<Value = Outcome> {
    let item =
        ("\\PC{0,12}", any::<u8>()).prop_map(|(activity, score)| PsfsItem { activity, score });
    (
        0i32..100_000,
        any::<Option<u8>>(),
        prop::collection::vec(item, 0..4),
        any::<Option<u8>>(),
    )
        .prop_map(|(days, usual_pain, psfs, confidence)| Outcome {
            date: date("1990-01-01") + chrono::Duration::days(i64::from(days)),
            usual_pain,
            psfs,
            confidence,
        })
}

proptest! {
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(proptest::test_runner::Config {
        cases: 256,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5701),
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn any_records_match_the_generic_codec(
        sessions in prop::collection::vec(any_session(), 0..4),
        checkins in prop::collection::vec(any_checkin(), 0..4),
        outcomes in prop::collection::vec(any_outcome(), 0..4),
    ) {
        check(&Part {
            sessions: Some(&sessions),
            checkins: Some(&checkins),
            outcomes: Some(&outcomes),
            ..Part::default()
        });
    }
}
