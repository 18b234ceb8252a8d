//! Tests of ladder lookups and rung navigation.

use proptest::prelude::*;

use super::*;

/// Every rung id of every ladder, in order.
fn all_rungs() -> Vec<&'static str> {
    LADDERS
        .iter()
        .flat_map(|ladder| ladder.rungs.iter().copied())
        .collect()
}

/// Checks the rungs on either side of an exercise.
fn check(exercise_id: &str, expected_prev: Option<&str>, expected_next: Option<&str>) {
    assert_eq!(prev_rung(exercise_id), expected_prev, "below {exercise_id}");
    assert_eq!(next_rung(exercise_id), expected_next, "above {exercise_id}");
}

#[test]
fn finds_neighbouring_rungs() {
    check("glute-bridge", None, Some("hip-hinge-drill"));
    check(
        "kb-deadlift",
        Some("kb-deadlift-block"),
        Some("db-romanian-deadlift"),
    );
    check("barbell-deadlift", Some("barbell-block-deadlift"), None);
    check("curl-up", None, Some("curl-up-elbows-up"));
    check("curl-up-elbows-up", Some("curl-up"), None);
    check("no-such-exercise", None, None);
}

#[test]
fn finds_ladders_and_positions() {
    assert_eq!(
        ladder("squat").map(|found| found.pattern),
        Some(Pattern::Squat)
    );
    assert_eq!(ladder("nope"), None);
    let (found, position) = rung_of("goblet-squat").expect("goblet squat is a rung");
    assert_eq!((found.id, position), ("squat", 5));
    assert_eq!(
        rung_of("pallof-step-out").map(|(found, at)| (found.id, at)),
        Some(("pallof", 4))
    );
}

#[test]
fn rung_ids_are_unique_across_ladders() {
    let mut rungs = all_rungs();
    let total = rungs.len();
    rungs.sort_unstable();
    rungs.dedup();
    assert_eq!(rungs.len(), total);
    assert_eq!(total, 72);
}

#[test]
fn ladder_ids_are_unique_and_every_ladder_has_two_rungs_or_more() {
    for (index, ladder) in LADDERS.iter().enumerate() {
        assert!(ladder.rungs.len() >= 2, "{} is too short", ladder.id);
        assert!(LADDERS[index + 1..]
            .iter()
            .all(|other| other.id != ladder.id));
    }
}

proptest! {
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(proptest::test_runner::Config {
        cases: 256,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x1add),
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn ladders_are_linked_both_ways(index in 0usize..72) {
        let rungs = all_rungs();
        let rung = rungs[index % rungs.len()];
        if let Some(below) = prev_rung(rung) {
            prop_assert_eq!(next_rung(below), Some(rung));
        }
        if let Some(above) = next_rung(rung) {
            prop_assert_eq!(prev_rung(above), Some(rung));
        }
        let (found, position) = rung_of(rung).expect("every rung is on a ladder");
        prop_assert_eq!(found.rungs[position], rung);
        prop_assert_eq!(prev_rung(rung).is_none(), position == 0);
        prop_assert_eq!(next_rung(rung).is_none(), position + 1 == found.rungs.len());
    }
}
