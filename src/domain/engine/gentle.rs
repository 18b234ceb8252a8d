//! "Not today": the short gentle session the person chose. Every exercise already has the
//! flare-day dose; this keeps the first ones of the day whose estimated time
//! ([`crate::domain::duration`]) adds up to about [`rules::GENTLE_SESSION_MINUTES`], at most
//! [`rules::GENTLE_SESSION_MAX_EXERCISES`], and leaves the others out today, saying why.

use super::facts::Facts;
use super::rule::Rule;
use super::words::{self, Reason};
use super::{Decision, Prescription};
use crate::domain::units::Unit;
use crate::domain::{catalog, duration, gym, rules};

/// Day `day`'s prescriptions made a short gentle session.
pub(super) fn shorten(facts: &Facts, day: usize, slots: &mut [Prescription], unit: Unit) {
    let training: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].sets > 0).collect();
    let seconds: Vec<u32> = training
        .iter()
        .map(|&i| estimate(facts, day, &slots[i]))
        .collect();
    let kept = duration::fitting(
        &seconds,
        rules::GENTLE_SESSION_MINUTES,
        rules::GENTLE_SESSION_MAX_EXERCISES,
    );
    let rule = Rule::LeftOutOfGentle {
        minutes: rules::GENTLE_SESSION_MINUTES,
    };
    for &index in &training[kept..] {
        let prescription = &mut slots[index];
        prescription.sets = 0;
        prescription.targets.clear();
        prescription.decision = Decision::FlareSession;
        prescription.summary = words::summary(prescription, std::slice::from_ref(&rule), unit);
        prescription.reasons = vec![Reason::new(rule.clone(), unit)];
    }
}

/// The estimated seconds of one prescription, with the rest the plan gives it.
fn estimate(facts: &Facts, day: usize, prescription: &Prescription) -> u32 {
    let Some(exercise) = catalog::exercise(&prescription.exercise) else {
        return 0;
    };
    let rest = gym::rest_in_plan(
        Some(facts.program),
        day,
        prescription.slot,
        exercise,
        prescription.implement,
    );
    let set = duration::set_seconds(exercise.dose, prescription.high, prescription.tempo);
    duration::exercise_seconds(prescription.sets, set, rest)
}
