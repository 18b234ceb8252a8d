//! How long a session takes, estimated: each exercise is its sets × (the time of one set + the
//! rest after it), the last rest standing for the move to the next exercise. One set is its reps ×
//! [`rules::ESTIMATE_SECONDS_PER_REP`] (plus the slower lowering or pause of the tempo), its
//! seconds held, or its metres × [`rules::ESTIMATE_SECONDS_PER_METRE`]; twice that when done per
//! side. The count is the top of the range, so the estimate errs long.

use super::catalog::{Dose, DoseKind};
use super::program::Tempo;
use super::rules;

/// Seconds of one set of `count` (reps, seconds or metres, per `dose`) at `tempo`.
pub fn set_seconds(dose: Dose, count: u16, tempo: Tempo) -> u32 {
    let count = u32::from(count);
    let per_rep = u32::from(rules::ESTIMATE_SECONDS_PER_REP)
        + match tempo {
            Tempo::Steady => 0,
            Tempo::SlowLowering => u32::from(rules::SLOW_LOWERING_SECONDS),
            Tempo::Paused => {
                u32::from(rules::SLOW_LOWERING_SECONDS) + u32::from(rules::PAUSE_SECONDS)
            }
        };
    let one_side = match dose.kind {
        DoseKind::Reps => count * per_rep,
        DoseKind::Seconds => count,
        DoseKind::Metres => count * u32::from(rules::ESTIMATE_SECONDS_PER_METRE),
    };
    if dose.per_side {
        one_side * 2
    } else {
        one_side
    }
}

/// Seconds of an exercise: `sets` × (`set` seconds + `rest` seconds).
pub fn exercise_seconds(sets: u8, set: u32, rest: u16) -> u32 {
    u32::from(sets) * (set + u32::from(rest))
}

/// How many of `exercises` (each one's estimated seconds, in order) make a session of about
/// `minutes` and at most `most` exercises: the first ones whose time adds up to no more than that,
/// and always the first one.
pub fn fitting(exercises: &[u32], minutes: u16, most: usize) -> usize {
    let budget = u32::from(minutes) * 60;
    let mut total = 0;
    let mut kept = 0;
    for &seconds in exercises.iter().take(most) {
        if kept > 0 && total + seconds > budget {
            break;
        }
        total += seconds;
        kept += 1;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPS: Dose = Dose {
        kind: DoseKind::Reps,
        per_side: false,
    };

    #[test]
    fn a_set_is_its_reps_at_the_tempo_its_hold_or_its_carry_and_twice_per_side() {
        let per_rep = u32::from(rules::ESTIMATE_SECONDS_PER_REP);
        assert_eq!(set_seconds(REPS, 15, Tempo::Steady), 15 * per_rep);
        assert_eq!(
            set_seconds(REPS, 10, Tempo::SlowLowering),
            10 * (per_rep + u32::from(rules::SLOW_LOWERING_SECONDS))
        );
        assert!(set_seconds(REPS, 10, Tempo::Paused) > set_seconds(REPS, 10, Tempo::SlowLowering));
        let held = Dose {
            kind: DoseKind::Seconds,
            per_side: true,
        };
        assert_eq!(set_seconds(held, 30, Tempo::Steady), 60);
        let carried = Dose {
            kind: DoseKind::Metres,
            per_side: false,
        };
        assert_eq!(
            set_seconds(carried, 20, Tempo::Steady),
            20 * u32::from(rules::ESTIMATE_SECONDS_PER_METRE)
        );
    }

    #[test]
    fn an_exercise_is_its_sets_each_with_its_rest() {
        assert_eq!(exercise_seconds(1, 60, 60), 120);
        assert_eq!(exercise_seconds(2, 60, 90), 300);
        assert_eq!(exercise_seconds(0, 60, 90), 0);
    }

    #[test]
    fn a_short_session_keeps_the_first_exercises_that_fit_and_always_one() {
        // 10 minutes = 600 s.
        assert_eq!(fitting(&[120, 150, 180, 120, 60], 10, 4), 4);
        assert_eq!(
            fitting(&[200, 200, 250, 60], 10, 4),
            2,
            "the third would pass 10 minutes"
        );
        assert_eq!(fitting(&[100; 8], 10, 4), 4, "at most four");
        assert_eq!(
            fitting(&[900, 60], 10, 4),
            1,
            "the first is kept even when long"
        );
        assert_eq!(fitting(&[], 10, 4), 0);
    }
}
