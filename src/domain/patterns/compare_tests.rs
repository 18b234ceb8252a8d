//! Tests of the pattern statistics: too few days, a planted 2-point effect is found, shuffled data
//! finds none, and the t quantile against the table.

use proptest::prelude::*;
use proptest::strategy::ValueTree;

use super::*;

fn fixed_seed(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: prop::test_runner::RngAlgorithm::ChaCha,
        rng_seed: prop::test_runner::RngSeed::Fixed(0x9a77_e2a5),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Days of two kinds, a lower (`x` = 3) and a higher (`x` = 8) one, and pain that is `effect`
/// points higher on the higher days, with noise from `noise` (each −1.5 to +1.5).
fn planted(highs: &[bool], noise: &[f64], effect: f64) -> Vec<(f64, f64)> {
    highs
        .iter()
        .zip(noise)
        .map(|(high, noise)| {
            let (x, bump) = if *high { (8.0, effect) } else { (3.0, 0.0) };
            (x, (3.0 + bump + noise).clamp(0.0, 10.0))
        })
        .collect()
}

/// `n` days, each a higher day or not, with at least a third of the days on each side.
fn kinds(n: usize) -> impl Strategy<Value = Vec<bool>> {
    prop::collection::vec(prop::bool::ANY, n).prop_map(|picks| {
        picks
            .into_iter()
            .enumerate()
            .map(|(index, high)| match index % 3 {
                0 => true,
                1 => false,
                _ => high,
            })
            .collect()
    })
}

/// The planted effect's pain, shuffled across the days (Fisher–Yates from `seed`): the link to the
/// kind of day is gone.
fn shuffled(highs: &[bool], noise: &[f64], seed: u64) -> Vec<(f64, f64)> {
    let with_effect = planted(highs, noise, 2.0);
    let mut pains: Vec<f64> = with_effect.iter().map(|(_, pain)| *pain).collect();
    fastrand::Rng::with_seed(seed).shuffle(&mut pains);
    with_effect
        .iter()
        .zip(pains)
        .map(|((x, _), pain)| (*x, pain))
        .collect()
}

proptest! {
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(fixed_seed(256))]

    #[test]
    fn a_planted_two_point_effect_is_found(
        (highs, noise) in (30usize..=84).prop_flat_map(|n| (
            kinds(n),
            prop::collection::vec(-1.5f64..1.5, n),
        )),
    ) {
        let comparison = compare(&planted(&highs, &noise, 2.0)).expect("enough days");
        prop_assert!(comparison.clear, "{comparison:?}");
        prop_assert!((comparison.difference - 2.0).abs() < 1.0, "{comparison:?}");
        prop_assert!(comparison.interval.0 > 0.0);
        prop_assert_eq!(comparison.high.days + comparison.low.days, highs.len());
    }

    #[test]
    fn shuffled_data_finds_no_pattern(
        (highs, noise, order) in (56usize..=84).prop_flat_map(|n| (
            kinds(n),
            prop::collection::vec(-1.5f64..1.5, n),
            any::<u64>(),
        )),
    ) {
        let comparison = compare(&shuffled(&highs, &noise, order)).expect("enough days");
        prop_assert!(!comparison.clear, "{comparison:?}");
    }
}

/// With only 21–30 days a chance difference of a point can happen; it must stay rare (a 95%
/// interval and the 1-point floor together keep it under 5% of shuffles).
#[test]
fn with_few_days_chance_patterns_stay_rare() {
    let mut runner = proptest::test_runner::TestRunner::new(fixed_seed(1));
    let strategy = (21usize..=30).prop_flat_map(|n| {
        (
            kinds(n),
            prop::collection::vec(-1.5f64..1.5, n),
            any::<u64>(),
        )
    });
    let n_runs = 1_000;
    let mut n_clear = 0;
    for _ in 0..n_runs {
        let (highs, noise, order) = strategy.new_tree(&mut runner).unwrap().current();
        if compare(&shuffled(&highs, &noise, order)).is_ok_and(|found| found.clear) {
            n_clear += 1;
        }
    }
    assert!(
        n_clear * 20 < n_runs,
        "{n_clear} of {n_runs} shuffles read as a pattern"
    );
}

#[test]
fn too_few_days_or_too_few_on_a_side_gives_no_comparison() {
    let twenty: Vec<(f64, f64)> = (0..20).map(|i| (f64::from(i % 2), 3.0)).collect();
    assert_eq!(
        compare(&twenty),
        Err(TooFew {
            days: 20,
            high_days: 10,
            low_days: 10
        })
    );
    // 21 days but only 6 on the high side.
    let lopsided: Vec<(f64, f64)> = (0..21)
        .map(|i| (if i < 6 { 8.0 } else { 2.0 }, 3.0))
        .collect();
    assert_eq!(
        compare(&lopsided),
        Err(TooFew {
            days: 21,
            high_days: 6,
            low_days: 15
        })
    );
    assert!(compare(&[]).is_err());
}

#[test]
fn ties_at_the_middle_go_to_the_more_even_side() {
    // 0/1 values, 12 ones and 10 zeros: the middle is 1; "above 1" would leave no days.
    let pairs: Vec<(f64, f64)> = (0..22)
        .map(|i| if i < 12 { (1.0, 5.0) } else { (0.0, 3.0) })
        .collect();
    let comparison = compare(&pairs).unwrap();
    assert_eq!((comparison.high.days, comparison.low.days), (12, 10));
    assert_eq!(comparison.difference, 2.0);
    assert!(
        comparison.clear,
        "no spread: the interval is the difference itself"
    );
}

#[test]
fn a_difference_under_one_point_is_no_clear_pattern_even_when_certain() {
    let pairs: Vec<(f64, f64)> = (0..40)
        .map(|i| if i % 2 == 0 { (8.0, 3.5) } else { (2.0, 3.0) })
        .collect();
    let comparison = compare(&pairs).unwrap();
    assert_eq!(comparison.difference, 0.5);
    assert!(comparison.interval.0 > 0.0);
    assert!(!comparison.clear);
}

#[test]
fn the_t_quantile_is_close_to_the_table() {
    for (df, table) in [
        (5.0, 2.571),
        (6.0, 2.447),
        (10.0, 2.228),
        (30.0, 2.042),
        (1e9, 1.960),
    ] {
        let t = t_quantile(df);
        assert!((t - table).abs() < 0.03, "df {df}: {t} against {table}");
    }
}
