//! The Program editor's changes, each a pure function from a program to the next one: days and
//! exercises added, removed and moved (phase schemes written for one exercise follow it), an
//! exercise swapped along its ladder or for another of its movement, phases added and removed. The
//! page keeps the programs before each change for undo.

use crate::domain::catalog::{self, Exercise, Implement, Pattern};
use crate::domain::ladder;
use crate::domain::phase;
use crate::domain::program::{Load, Program, ProgramDay, ProgramPhase, SchemeTarget, Slot};

use super::limits;

/// Why an exercise is offered as a swap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwapKind {
    /// The rung below on the same ladder.
    Easier,
    /// The rung above on the same ladder.
    Harder,
    /// Another exercise training the same movement.
    SameMovement,
}

impl SwapKind {
    /// The reason in words.
    pub fn label(self) -> &'static str {
        match self {
            SwapKind::Easier => "an easier step",
            SwapKind::Harder => "a harder step",
            SwapKind::SameMovement => "the same movement",
        }
    }
}

/// One exercise the editor offers in place of another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwapCandidate {
    /// The exercise.
    pub exercise: &'static Exercise,
    /// Why it is offered.
    pub kind: SwapKind,
}

/// What can replace `exercise_id`: the rungs just below and above on its ladder, then the other
/// exercises of its movement pattern in library order.
pub fn swap_candidates(exercise_id: &str) -> Vec<SwapCandidate> {
    let Some(exercise) = catalog::exercise(exercise_id) else {
        return Vec::new();
    };
    let mut candidates: Vec<SwapCandidate> = [
        (ladder::prev_rung(exercise_id), SwapKind::Easier),
        (ladder::next_rung(exercise_id), SwapKind::Harder),
    ]
    .into_iter()
    .filter_map(|(id, kind)| {
        Some(SwapCandidate {
            exercise: catalog::exercise(id?)?,
            kind,
        })
    })
    .collect();
    for other in catalog::EXERCISES
        .iter()
        .filter(|other| other.pattern == exercise.pattern && other.id != exercise.id)
    {
        if !candidates
            .iter()
            .any(|candidate| candidate.exercise.id == other.id)
        {
            candidates.push(SwapCandidate {
                exercise: other,
                kind: SwapKind::SameMovement,
            });
        }
    }
    candidates
}

/// A new slot for an exercise, with the scheme Durable's own plans start it on.
pub fn new_slot(exercise: &Exercise) -> Slot {
    Slot {
        pattern: exercise.pattern,
        ladder: exercise.ladder.to_string(),
        exercise: exercise.id.to_string(),
        scheme: phase::first_scheme(exercise, exercise.implement),
        load: Load::Bodyweight,
        implement: None,
        rest_seconds: None,
        alternatives: Vec::new(),
    }
}

/// The first exercise of the library for a pattern (the easiest rung of its first ladder).
pub fn first_of(pattern: Pattern) -> Option<&'static Exercise> {
    ladder::LADDERS
        .iter()
        .find(|ladder| ladder.pattern == pattern)
        .and_then(|ladder| catalog::exercise(ladder.rungs.first()?))
}

/// Moves every phase scheme written for one slot along with it; `map` gives a slot's new place,
/// or `None` when it is gone (its schemes go too).
fn remap(program: &mut Program, map: impl Fn(usize, usize) -> Option<(usize, usize)>) {
    for phase in &mut program.phases {
        phase.schemes.retain_mut(|entry| match entry.target {
            SchemeTarget::Slot { day, slot } => match map(day, slot) {
                Some((day, slot)) => {
                    entry.target = SchemeTarget::Slot { day, slot };
                    true
                }
                None => false,
            },
            SchemeTarget::Class(_) => true,
        });
    }
}

/// Adds a day at the end, with one exercise (a day needs at least one); `None` at the limit.
pub fn add_day(program: &Program) -> Option<Program> {
    if program.days.len() >= limits::MAX_DAYS {
        return None;
    }
    let first = first_of(Pattern::Hinge)?;
    let mut next = program.clone();
    let letter = char::from(b'A' + (next.days.len() % 26) as u8);
    next.days.push(ProgramDay {
        name: format!("Day {letter}"),
        slots: vec![new_slot(first)],
    });
    Some(next)
}

/// Removes a day (never the last one).
pub fn remove_day(program: &Program, day: usize) -> Option<Program> {
    if program.days.len() <= 1 || day >= program.days.len() {
        return None;
    }
    let mut next = program.clone();
    next.days.remove(day);
    remap(&mut next, |at, slot| match at.cmp(&day) {
        std::cmp::Ordering::Less => Some((at, slot)),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some((at - 1, slot)),
    });
    Some(next)
}

/// Swaps a day with the one before (`up`) or after it.
pub fn move_day(program: &Program, day: usize, up: bool) -> Option<Program> {
    let other = if up { day.checked_sub(1)? } else { day + 1 };
    if other >= program.days.len() || day >= program.days.len() {
        return None;
    }
    let mut next = program.clone();
    next.days.swap(day, other);
    remap(&mut next, |at, slot| {
        Some((
            if at == day {
                other
            } else if at == other {
                day
            } else {
                at
            },
            slot,
        ))
    });
    Some(next)
}

/// Adds an exercise at the end of a day.
pub fn add_slot(program: &Program, day: usize, exercise: &Exercise) -> Option<Program> {
    let mut next = program.clone();
    let slots = &mut next.days.get_mut(day)?.slots;
    if slots.len() >= limits::MAX_SLOTS {
        return None;
    }
    slots.push(new_slot(exercise));
    Some(next)
}

/// Removes an exercise from a day (never a day's last one).
pub fn remove_slot(program: &Program, day: usize, slot: usize) -> Option<Program> {
    let mut next = program.clone();
    let slots = &mut next.days.get_mut(day)?.slots;
    if slots.len() <= 1 || slot >= slots.len() {
        return None;
    }
    slots.remove(slot);
    remap(&mut next, |at, index| {
        if at != day || index < slot {
            Some((at, index))
        } else if index == slot {
            None
        } else {
            Some((at, index - 1))
        }
    });
    Some(next)
}

/// Swaps an exercise with the one before (`up`) or after it in its day.
pub fn move_slot(program: &Program, day: usize, slot: usize, up: bool) -> Option<Program> {
    let other = if up { slot.checked_sub(1)? } else { slot + 1 };
    let mut next = program.clone();
    let slots = &mut next.days.get_mut(day)?.slots;
    if other >= slots.len() || slot >= slots.len() {
        return None;
    }
    slots.swap(slot, other);
    remap(&mut next, |at, index| {
        if at != day {
            Some((at, index))
        } else if index == slot {
            Some((at, other))
        } else if index == other {
            Some((at, slot))
        } else {
            Some((at, index))
        }
    });
    Some(next)
}

/// Puts another exercise in a slot. The scheme stays when both are counted alike (reps, seconds or
/// metres), else it becomes the one Durable's plans start the new exercise on; a load that the new
/// exercise cannot carry becomes body weight.
pub fn swap(program: &Program, day: usize, slot: usize, exercise: &Exercise) -> Option<Program> {
    let mut next = program.clone();
    let written = next.days.get_mut(day)?.slots.get_mut(slot)?;
    let before = catalog::exercise(&written.exercise);
    if before.is_none_or(|before| before.dose.kind != exercise.dose.kind) {
        written.scheme = phase::first_scheme(exercise, exercise.implement);
    }
    let carries_mass = exercise.implements().any(|implement| {
        matches!(
            implement,
            Implement::Dumbbell | Implement::Kettlebell | Implement::Barbell | Implement::TrapBar
        )
    });
    let carries_band = exercise.allows(Implement::Band);
    written.load = match &written.load {
        Load::Mass(mass) if carries_mass => Load::Mass(*mass),
        Load::Band(colour) if carries_band => Load::Band(colour.clone()),
        _ => Load::Bodyweight,
    };
    written.pattern = exercise.pattern;
    written.ladder = exercise.ladder.to_string();
    written.exercise = exercise.id.to_string();
    written.implement = None;
    written.alternatives.retain(|id| id != exercise.id);
    Some(next)
}

/// Adds a phase after the last one (a week later), with the last phase's schemes to edit.
pub fn add_phase(program: &Program) -> Option<Program> {
    if program.phases.len() >= limits::MAX_PHASES {
        return None;
    }
    let mut next = program.clone();
    let last = next.phases.last();
    let from_week = last.map_or(1, |phase| phase.from_week + 1);
    if from_week > u32::from(next.weeks) {
        return None;
    }
    let schemes = last.map_or_else(
        || phase::starter_phases().remove(0).schemes,
        |phase| phase.schemes.clone(),
    );
    next.phases.push(ProgramPhase {
        name: format!("Phase {}", next.phases.len() + 1),
        from_week,
        note: String::new(),
        schemes,
    });
    Some(next)
}

/// Removes a phase.
pub fn remove_phase(program: &Program, index: usize) -> Option<Program> {
    if index >= program.phases.len() {
        return None;
    }
    let mut next = program.clone();
    next.phases.remove(index);
    Some(next)
}
