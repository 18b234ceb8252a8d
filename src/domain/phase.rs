//! The starter program's phases (CLINICAL.md §3), written into the program it makes: a Foundation
//! phase of lighter, longer sets, then a Strength phase of heavier, shorter sets for loaded rungs
//! [S25]. Once written they are part of the plan, editable like any scheme; the engine reads the
//! program's phases, never these functions.
//!
//! Everything here is pure: it builds [`ProgramPhase`] values from the constants of [`super::rules`].

use super::catalog::{Exercise, Implement};
use super::program::{PhaseScheme, ProgramPhase, Scheme, SchemeTarget, SlotClass};
use super::rules;

/// The name of the first phase.
pub const FOUNDATION: &str = "Foundation";
/// The name of the second phase.
pub const STRENGTH: &str = "Strength";

/// The phases the starter program writes: Foundation from week 1, Strength from the week after
/// [`rules::PHASE1_WEEKS`].
///
/// - **Body-weight and band rungs**: [`rules::PHASE1_SETS`] × [`rules::PHASE1_LOW`]–
///   [`rules::PHASE1_HIGH`] in both phases; they get harder by reps, tempo and the next rung, not
///   by shorter sets [design].
/// - **Dumbbell, kettlebell and trap-bar rungs**: the Foundation range, then
///   [`rules::PHASE2_SETS`]–[`rules::PHASE2_MAX_SETS`] × [`rules::PHASE2_LOW`]–[`rules::PHASE2_HIGH`]
///   (a set is added before load) [S25].
/// - **Barbell lifts**: [`rules::BARBELL_SETS`]–[`rules::BARBELL_MAX_SETS`] × [`rules::BARBELL_LOW`]–
///   [`rules::BARBELL_HIGH`] in both phases, reached only past the barbell gate [S25, S16].
/// - **Held rungs**: [`rules::HOLD_SETS`]–[`rules::HOLD_MAX_SETS`] × [`rules::HOLD_MIN_SECONDS`]–
///   [`rules::HOLD_MAX_SECONDS`] s [S39–S41, design].
/// - **Carries**: [`rules::CARRY_SETS`]–[`rules::CARRY_MAX_SETS`] × [`rules::CARRY_MIN_METRES`]–
///   [`rules::CARRY_MAX_METRES`] m [S37, S38].
pub fn starter_phases() -> Vec<ProgramPhase> {
    let foundation = scheme(
        rules::PHASE1_SETS,
        None,
        rules::PHASE1_LOW,
        rules::PHASE1_HIGH,
    );
    let strength = scheme(
        rules::PHASE2_SETS,
        Some(rules::PHASE2_MAX_SETS),
        rules::PHASE2_LOW,
        rules::PHASE2_HIGH,
    );
    let barbell = scheme(
        rules::BARBELL_SETS,
        Some(rules::BARBELL_MAX_SETS),
        rules::BARBELL_LOW,
        rules::BARBELL_HIGH,
    );
    let held = scheme(
        rules::HOLD_SETS,
        Some(rules::HOLD_MAX_SETS),
        rules::HOLD_MIN_SECONDS,
        rules::HOLD_MAX_SECONDS,
    );
    let carried = scheme(
        rules::CARRY_SETS,
        Some(rules::CARRY_MAX_SETS),
        rules::CARRY_MIN_METRES,
        rules::CARRY_MAX_METRES,
    );
    let phase = |name: &str, from_week: u32, note: &str, loaded: Scheme| ProgramPhase {
        name: name.to_string(),
        from_week,
        note: note.to_string(),
        schemes: vec![
            for_class(SlotClass::Unloaded, foundation),
            for_class(SlotClass::Loaded, loaded),
            for_class(SlotClass::Barbell, barbell),
            for_class(SlotClass::Held, held),
            for_class(SlotClass::Carried, carried),
        ],
    };
    vec![
        phase(
            FOUNDATION,
            1,
            "Lighter sets of 12 to 15 to learn each movement and let your body get used to training.",
            foundation,
        ),
        phase(
            STRENGTH,
            rules::PHASE1_WEEKS + 1,
            "Shorter sets of 6 to 10 with a little more load on dumbbells and kettlebells; a set is added before the load goes up.",
            strength,
        ),
    ]
}

/// The scheme the starter writes into a slot for its first rung: the Foundation phase's scheme for
/// the rung's class.
pub fn first_scheme(exercise: &Exercise, implement: Implement) -> Scheme {
    let class = SlotClass::of(exercise, implement);
    starter_phases()
        .first()
        .and_then(|phase| {
            phase
                .schemes
                .iter()
                .find(|entry| entry.target == SchemeTarget::Class(class))
                .map(|entry| entry.scheme)
        })
        .unwrap_or_else(|| {
            scheme(
                rules::PHASE1_SETS,
                None,
                rules::PHASE1_LOW,
                rules::PHASE1_HIGH,
            )
        })
}

/// A phase scheme for every slot of a class.
fn for_class(class: SlotClass, scheme: Scheme) -> PhaseScheme {
    PhaseScheme {
        target: SchemeTarget::Class(class),
        scheme,
    }
}

/// A scheme at the target reps in reserve.
fn scheme(sets: u8, max_sets: Option<u8>, low: u16, high: u16) -> Scheme {
    Scheme {
        sets,
        max_sets,
        low,
        high,
        target_rir: rules::TARGET_RIR,
    }
}

#[cfg(test)]
#[path = "phase_tests.rs"]
mod tests;
