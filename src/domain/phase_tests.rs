//! Tests of training phases and schemes.

use chrono::NaiveDate;

use super::*;
use crate::domain::catalog::{Dose, Pattern};

/// A made-up exercise with this dose kind and implement.
fn exercise(kind: DoseKind, implement: Implement) -> Exercise {
    Exercise {
        id: "test-exercise",
        name: "Test exercise",
        pattern: Pattern::Hinge,
        ladder: "hinge",
        implement,
        needs: &[],
        dose: Dose {
            kind,
            per_side: false,
        },
        cues: &[],
        builds: "",
        carries_over: &[],
    }
}

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

#[test]
fn weeks_one_to_four_are_foundation_then_strength() {
    let check = |week: u32, expected: Phase| {
        assert_eq!(Phase::for_week(week), expected, "week {week}");
    };
    check(0, Phase::Foundation);
    check(1, Phase::Foundation);
    check(4, Phase::Foundation);
    check(5, Phase::Strength);
    check(12, Phase::Strength);
    check(u32::MAX, Phase::Strength);
}

#[test]
fn week_of_block_counts_from_the_start_day() {
    let start = day("2025-03-03");
    let check = |date: &str, expected: u32| {
        assert_eq!(week_of_block(start, day(date)), expected, "{date}");
    };
    check("2025-03-01", 1);
    check("2025-03-03", 1);
    check("2025-03-09", 1);
    check("2025-03-10", 2);
    check("2025-03-30", 4);
    check("2025-03-31", 5);
    assert_eq!(Phase::on(start, day("2025-03-30")), Phase::Foundation);
    assert_eq!(Phase::on(start, day("2025-03-31")), Phase::Strength);
}

#[test]
fn schemes_follow_dose_kind_implement_and_phase() {
    let check = |phase: Phase, kind: DoseKind, implement: Implement, expected: (u8, u16, u16)| {
        let got = scheme_for(phase, &exercise(kind, implement));
        assert_eq!(
            (got.sets, got.low, got.high),
            expected,
            "{phase:?} {kind:?} {implement:?}"
        );
        assert_eq!(got.target_rir, 2);
    };
    use DoseKind::*;
    use Implement::*;
    use Phase::*;
    check(Foundation, Reps, Bodyweight, (2, 12, 15));
    check(Strength, Reps, Bodyweight, (2, 12, 15));
    check(Strength, Reps, Band, (2, 12, 15));
    check(Foundation, Reps, Dumbbell, (2, 12, 15));
    check(Strength, Reps, Dumbbell, (2, 6, 10));
    check(Foundation, Reps, Kettlebell, (2, 12, 15));
    check(Strength, Reps, Kettlebell, (2, 6, 10));
    check(Strength, Reps, TrapBar, (2, 6, 10));
    check(Foundation, Reps, Barbell, (3, 5, 8));
    check(Strength, Reps, Barbell, (3, 5, 8));
    check(Foundation, Seconds, Bodyweight, (2, 20, 30));
    check(Strength, Seconds, Bodyweight, (2, 20, 30));
    check(Foundation, Metres, Kettlebell, (2, 10, 20));
    check(Strength, Metres, Dumbbell, (2, 10, 20));
}

#[test]
fn sets_may_grow_only_where_the_phase_allows() {
    let check = |phase: Phase, kind: DoseKind, implement: Implement, expected: u8| {
        assert_eq!(
            max_sets(phase, &exercise(kind, implement)),
            expected,
            "{phase:?} {kind:?} {implement:?}"
        );
    };
    check(Phase::Foundation, DoseKind::Reps, Implement::Dumbbell, 2);
    check(Phase::Strength, DoseKind::Reps, Implement::Dumbbell, 3);
    check(Phase::Strength, DoseKind::Reps, Implement::Bodyweight, 2);
    check(Phase::Foundation, DoseKind::Reps, Implement::Barbell, 4);
    check(
        Phase::Foundation,
        DoseKind::Metres,
        Implement::Kettlebell,
        3,
    );
    check(Phase::Strength, DoseKind::Seconds, Implement::Bodyweight, 3);
}

#[test]
fn kettlebell_bridge_is_three_by_fifteen_to_twenty() {
    let bridge = kettlebell_bridge();
    assert_eq!(
        (bridge.sets, bridge.low, bridge.high, bridge.target_rir),
        (3, 15, 20, 2)
    );
}

#[test]
fn phases_have_labels_and_descriptions() {
    for phase in [Phase::Foundation, Phase::Strength] {
        assert!(!phase.label().is_empty());
        assert!(phase.description().ends_with('.'));
    }
    assert_ne!(Phase::Foundation.label(), Phase::Strength.label());
}
