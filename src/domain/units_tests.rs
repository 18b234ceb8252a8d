//! Tests of masses and their display in kilograms and pounds.

use proptest::prelude::*;

use super::*;

/// Checks how a mass in grams is shown in a unit.
fn check(unit: Unit, grams: i64, expected: &str) {
    assert_eq!(
        unit.show(Mass::from_grams(grams)),
        expected,
        "{grams} g in {unit:?}"
    );
}

#[test]
fn shows_kilograms_to_the_quarter_with_trailing_zeros_dropped() {
    check(Unit::Kg, 12_000, "12 kg");
    check(Unit::Kg, 1_250, "1.25 kg");
    check(Unit::Kg, 62_500, "62.5 kg");
    check(Unit::Kg, 20_100, "20 kg");
    check(Unit::Kg, 20_130, "20.25 kg");
    check(Unit::Kg, 0, "0 kg");
    check(Unit::Kg, 100, "0 kg");
}

#[test]
fn shows_pounds_to_the_half_pound() {
    check(Unit::Lb, 12_000, "26.5 lb");
    check(Unit::Lb, 20_000, "44 lb");
    check(Unit::Lb, 453_592, "1000 lb");
    check(Unit::Lb, 1_250, "3 lb");
    check(Unit::Lb, 2_500, "5.5 lb");
    check(Unit::Lb, Mass::from_lb(45.0).grams(), "45 lb");
}

#[test]
fn labels_are_short_unit_names() {
    assert_eq!(Unit::Kg.label(), "kg");
    assert_eq!(Unit::Lb.label(), "lb");
}

#[test]
fn converts_exactly_with_the_international_pound() {
    assert_eq!(Mass::from_lb(1.0).grams(), 454);
    assert_eq!(Mass::from_lb(100.0).grams(), 45_359);
    assert_eq!(Mass::from_kg(2.5), Mass::from_grams(2_500));
    assert_eq!(Mass::from_unit(45.0, Unit::Lb).grams(), 20_412);
    assert_eq!(Mass::from_unit(12.5, Unit::Kg).grams(), 12_500);
    assert!((Mass::from_grams(20_000).in_unit(Unit::Lb) - 44.092_452).abs() < 1e-6);
    assert_eq!(Mass::from_grams(20_000).in_unit(Unit::Kg), 20.0);
}

#[test]
fn odd_input_becomes_zero_instead_of_panicking() {
    assert_eq!(Mass::from_kg(f64::NAN), Mass::ZERO);
    assert_eq!(Mass::from_lb(f64::INFINITY), Mass::ZERO);
}

#[test]
fn percent_rounds_to_the_nearest_gram() {
    assert_eq!(Mass::from_kg(20.0).percent(80), Mass::from_kg(16.0));
    assert_eq!(Mass::from_grams(1_001).percent(50), Mass::from_grams(501));
    assert_eq!(Mass::from_grams(1_003).percent(10), Mass::from_grams(100));
    assert_eq!(Mass::from_grams(-1_001).percent(50), Mass::from_grams(-501));
    assert_eq!(Mass::from_kg(16.0).percent(0), Mass::ZERO);
    assert_eq!(Mass::from_kg(16.0).percent(100), Mass::from_kg(16.0));
}

#[test]
fn masses_add_and_subtract_without_overflow() {
    assert_eq!(
        Mass::from_kg(20.0) + Mass::from_kg(2.5),
        Mass::from_kg(22.5)
    );
    assert_eq!(
        Mass::from_kg(20.0) - Mass::from_kg(2.5),
        Mass::from_kg(17.5)
    );
    assert_eq!(
        Mass::from_grams(i64::MAX) + Mass::from_grams(1),
        Mass::from_grams(i64::MAX)
    );
}

#[test]
fn serialises_as_plain_grams() {
    let json = serde_json::to_string(&Mass::from_kg(12.5)).expect("mass serialises");
    assert_eq!(json, "12500");
    let unit: Unit = serde_json::from_str("\"lb\"").expect("unit parses");
    assert_eq!(unit, Unit::Lb);
}

proptest! {
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(proptest::test_runner::Config {
        cases: 256,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x0417),
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn grams_survive_a_trip_through_kilograms(grams in -1_000_000_000i64..1_000_000_000) {
        let mass = Mass::from_grams(grams);
        prop_assert_eq!(Mass::from_kg(mass.kg()), mass);
    }

    #[test]
    fn grams_survive_a_trip_through_pounds(grams in -1_000_000_000i64..1_000_000_000) {
        let mass = Mass::from_grams(grams);
        prop_assert_eq!(Mass::from_lb(mass.lb()), mass);
    }

    #[test]
    fn kilograms_come_back_within_half_a_gram(kg in -10_000.0f64..10_000.0) {
        prop_assert!((Mass::from_kg(kg).kg() - kg).abs() <= 0.000_5 + 1e-9);
    }

    #[test]
    fn pounds_come_back_within_half_a_gram(lb in -10_000.0f64..10_000.0) {
        let back = Mass::from_unit(lb, Unit::Lb).in_unit(Unit::Lb);
        prop_assert!((back - lb).abs() <= 0.5 / GRAMS_PER_LB + 1e-9);
    }

    #[test]
    fn display_is_within_half_a_display_step(grams in 0i64..500_000) {
        let mass = Mass::from_grams(grams);
        let kg: f64 = Unit::Kg.show(mass).trim_end_matches(" kg").parse().expect("a number");
        prop_assert!((kg - mass.kg()).abs() <= 0.125 + 1e-9);
        let lb: f64 = Unit::Lb.show(mass).trim_end_matches(" lb").parse().expect("a number");
        prop_assert!((lb - mass.lb()).abs() <= 0.25 + 1e-9);
    }
}
