//! Starter programs: the first 12-week block and the profile, built from the onboarding answers.
//!
//! [`program`] picks a starting rung on every ladder (from usual pain, experience and equipment, see
//! [`rungs`]), a light load the equipment can make, the week-1 scheme of [`super::phase`], and lays
//! the exercises out over two or three full-body days. It is deterministic: the same answers and start
//! date always give the same program.

pub mod goals;
pub mod rungs;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::catalog::{Exercise, Implement, Pattern};
use super::equipment::Inventory;
use super::ladder::{self, Ladder};
use super::phase;
use super::profile::{Experience, Profile};
use super::program::{Load, Program, ProgramDay, Slot};
use super::rules;
use super::units::{Mass, Unit};

pub use rungs::{start_load, startable, starting_implement, starting_rung, StartLevel};

/// Lower-body ladders, in the order their main lifts rotate through the days.
const LOWER_LADDERS: [&str; 3] = ["hinge", "squat", "lunge"];
/// Trunk ladders, in the order they rotate through the days.
const TRUNK_LADDERS: [&str; 5] = ["dead-bug", "side-plank", "bird-dog", "pallof", "curl-up"];
/// Day names, in order.
const DAY_NAMES: [&str; 3] = ["Day A", "Day B", "Day C"];
/// The author of every starter program.
pub const AUTHOR: &str = "Durable";

/// What onboarding asks, as the starter program needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// Usual back pain over the past week, 0–10.
    pub usual_pain: u8,
    /// What the person can train with.
    pub inventory: Inventory,
    /// Training days a week they would like (clamped to 2–3, see [`training_days`]).
    pub days_per_week: u8,
    /// Minutes they have for a session.
    pub minutes_per_session: u16,
    /// Training experience.
    pub experience: Experience,
    /// Everyday activities that are hard now, in their words (PSFS activities).
    pub goals: Vec<String>,
    /// Body weight, if they gave it.
    pub bodyweight: Option<Mass>,
    /// Minutes walked in a usual week now, if they said (the walking track's starting point).
    pub walk_minutes_per_week: Option<u16>,
}

/// Training days a week: the request clamped to [`rules::SESSIONS_PER_WEEK_MIN`]–
/// [`rules::SESSIONS_PER_WEEK_MAX`] full-body sessions [S26].
pub fn training_days(requested: u8) -> u8 {
    requested.clamp(rules::SESSIONS_PER_WEEK_MIN, rules::SESSIONS_PER_WEEK_MAX)
}

/// Exercises a day for the minutes available: one per [`rules::STARTER_MINUTES_PER_EXERCISE`]
/// minutes, at least [`rules::STARTER_MIN_SLOTS`] (a lower-body, push, pull and trunk exercise, even
/// on a short day) and at most [`rules::STARTER_MAX_SLOTS`].
pub fn slots_per_day(minutes_per_session: u16) -> usize {
    usize::from(minutes_per_session / rules::STARTER_MINUTES_PER_EXERCISE)
        .clamp(rules::STARTER_MIN_SLOTS, rules::STARTER_MAX_SLOTS)
}

/// Goals as kept: trimmed, empty ones and repeats (ignoring case) dropped, at most
/// [`rules::PSFS_MAX_ITEMS`].
pub fn clean_goals(goals: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for goal in goals {
        let goal = goal.trim();
        let seen = kept
            .iter()
            .any(|other| other.to_lowercase() == goal.to_lowercase());
        if !goal.is_empty() && !seen && kept.len() < rules::PSFS_MAX_ITEMS {
            kept.push(goal.to_string());
        }
    }
    kept
}

/// The profile made at onboarding: the answers, the unit, usual pain as the baseline (capped at 10),
/// training days clamped as in [`training_days`], goals cleaned as in [`clean_goals`], no safety
/// screen yet, created `today`.
pub fn profile(answers: &Answers, unit: Unit, today: NaiveDate) -> Profile {
    Profile {
        unit,
        inventory: answers.inventory.clone(),
        days_per_week: training_days(answers.days_per_week),
        minutes_per_session: answers.minutes_per_session,
        experience: answers.experience,
        baseline_pain: answers.usual_pain.min(10),
        bodyweight: answers.bodyweight,
        goals: clean_goals(&answers.goals),
        walk_minutes_per_week: answers.walk_minutes_per_week,
        screens: Vec::new(),
        created: today,
        theme: Default::default(),
    }
}

/// A ladder chosen for the program, with its first rung and load.
struct Choice {
    /// The ladder.
    ladder: &'static Ladder,
    /// The first rung.
    exercise: &'static Exercise,
    /// The implement it is done with (one the person owns).
    implement: Implement,
    /// The first load.
    load: Load,
}

/// The starter program: a [`rules::BLOCK_WEEKS`]-week block of 2–3 full-body days starting on
/// `start`, authored by [`AUTHOR`].
///
/// - **Rungs**: on each ladder the rung of [`starting_rung`] for the person's [`StartLevel`]; only
///   rungs the inventory can do and never a barbell rung.
/// - **Loads**: [`start_load`], always one the inventory makes.
/// - **Schemes**: [`phase::first_scheme`], and the phases of [`phase::starter_phases`].
/// - **Days**: every day has a main lower-body lift (hinge, squat and lunge take turns, so the same
///   lower-body lift is never the main lift two sessions running), a push, a pull and a trunk
///   exercise; the time left goes first to the ladders the person's goals point to (see [`goals`]),
///   then to patterns not yet trained that week (the other lower-body patterns, carries), then to
///   more lower-body and trunk work. Every pattern appears each week when time and equipment allow.
///   A pattern with no rung the equipment can do is left out and the notes say so.
pub fn program(answers: &Answers, start: NaiveDate) -> Program {
    let level = StartLevel::of(answers.usual_pain, answers.experience);
    let goals = clean_goals(&answers.goals);
    let goal_ladders = goals::ladders_for_all(&goals);
    let choices: Vec<Choice> = ladder::LADDERS
        .iter()
        .filter_map(|ladder| {
            let exercise = starting_rung(ladder, level, &answers.inventory)?;
            let implement = starting_implement(exercise, &answers.inventory)?;
            let load = start_load(exercise, implement, &answers.inventory, answers.bodyweight)?;
            Some(Choice {
                implement,
                ladder,
                exercise,
                load,
            })
        })
        .collect();
    let n_days = usize::from(training_days(answers.days_per_week));
    let layout = lay_out(
        &choices,
        n_days,
        slots_per_day(answers.minutes_per_session),
        &goal_ladders,
    );
    let days = layout
        .into_iter()
        .zip(DAY_NAMES)
        .map(|(ladder_ids, name)| ProgramDay {
            name: name.to_string(),
            slots: ladder_ids
                .into_iter()
                .filter_map(|ladder_id| choice(&choices, ladder_id))
                .map(|chosen| Slot {
                    pattern: chosen.ladder.pattern,
                    ladder: chosen.ladder.id.to_string(),
                    exercise: chosen.exercise.id.to_string(),
                    scheme: phase::first_scheme(chosen.exercise, chosen.implement),
                    load: chosen.load.clone(),
                    implement: (chosen.implement != chosen.exercise.implement)
                        .then_some(chosen.implement),
                    rest_seconds: None,
                    alternatives: Vec::new(),
                })
                .collect(),
        })
        .collect();
    Program {
        name: format!("Your first {} weeks", rules::BLOCK_WEEKS),
        author: AUTHOR.to_string(),
        notes: notes(answers, level, &choices, &goals),
        weeks: rules::BLOCK_WEEKS,
        start,
        days,
        phases: phase::starter_phases(),
    }
}

/// The chosen ladder with this id, if one was chosen.
fn choice<'a>(choices: &'a [Choice], ladder_id: &str) -> Option<&'a Choice> {
    choices.iter().find(|chosen| chosen.ladder.id == ladder_id)
}

/// The ladder ids of each day, in the order they are trained.
fn lay_out(
    choices: &[Choice],
    n_days: usize,
    n_slots: usize,
    goal_ladders: &[&'static str],
) -> Vec<Vec<&'static str>> {
    let available = |ladder_id: &&str| choice(choices, ladder_id).is_some();
    // Ladders the goals point to come first in each rotation.
    let prioritised = |ladders: &[&'static str]| -> Vec<&'static str> {
        let mut ordered: Vec<&'static str> = goal_ladders
            .iter()
            .copied()
            .filter(|id| ladders.contains(id))
            .collect();
        for ladder_id in ladders {
            if !ordered.contains(ladder_id) {
                ordered.push(ladder_id);
            }
        }
        ordered.into_iter().filter(available).collect()
    };
    let lower = prioritised(&LOWER_LADDERS);
    let trunk = prioritised(&TRUNK_LADDERS);
    let main_lifts: Vec<Option<&'static str>> = (0..n_days)
        .map(|day_idx| lower.get(day_idx % lower.len().max(1)).copied())
        .collect();

    let mut week: Vec<&'static str> = Vec::new();
    let mut days = Vec::with_capacity(n_days);
    for day_idx in 0..n_days {
        let mut day: Vec<&'static str> = Vec::new();
        let add = |day: &mut Vec<&'static str>, ladder_id: &'static str| {
            if day.len() < n_slots && available(&ladder_id) && !day.contains(&ladder_id) {
                day.push(ladder_id);
            }
        };
        let day_trunk = trunk.get(day_idx % trunk.len().max(1)).copied();
        for essential in [main_lifts[day_idx], Some("push"), Some("pull"), day_trunk]
            .into_iter()
            .flatten()
        {
            add(&mut day, essential);
        }
        for goal_ladder in goal_ladders {
            add(&mut day, goal_ladder);
        }
        // Patterns nobody trains this week yet: lower-body patterns that are no day's main lift, and
        // carries.
        for uncovered in lower.iter().chain(["carry"].iter()) {
            if !week.contains(uncovered) && !main_lifts.contains(&Some(uncovered)) {
                add(&mut day, uncovered);
            }
        }
        add(&mut day, "carry");
        // More lower-body work: the next session's main lift last, so it comes to that session
        // fresh.
        let next_main = main_lifts[(day_idx + 1) % n_days];
        let mut other_lower = lower.clone();
        other_lower.sort_by_key(|ladder_id| Some(*ladder_id) == next_main);
        for ladder_id in other_lower {
            add(&mut day, ladder_id);
        }
        for offset in 1..trunk.len() {
            add(&mut day, trunk[(day_idx + offset) % trunk.len()]);
        }
        day.sort_by_key(|ladder_id| display_rank(ladder_id, main_lifts[day_idx]));
        week.extend(day.iter().copied());
        days.push(day);
    }
    days
}

/// Where a ladder goes in a day: the main lift first, then other lower-body work, push, pull,
/// carries, and trunk last.
fn display_rank(ladder_id: &str, main_lift: Option<&str>) -> u8 {
    if Some(ladder_id) == main_lift {
        return 0;
    }
    match ladder::ladder(ladder_id).map(|found| found.pattern) {
        Some(Pattern::Hinge | Pattern::Squat | Pattern::Lunge) => 1,
        Some(Pattern::Push) => 2,
        Some(Pattern::Pull) => 3,
        Some(Pattern::Carry) => 4,
        Some(Pattern::Trunk) | None => 5,
    }
}

/// The program notes: calm, concrete sentences on how the plan was made and how to use it.
fn notes(answers: &Answers, level: StartLevel, choices: &[Choice], goals: &[String]) -> String {
    let n_days = training_days(answers.days_per_week);
    let mut lines: Vec<String> = Vec::new();
    lines.push(format!(
        "{} full-body sessions a week. Leave a rest day between sessions, so each lift gets {} hours \
         to recover.",
        if n_days == 2 { "Two" } else { "Three" },
        rules::HOURS_BETWEEN_HEAVY_SESSIONS
    ));
    if n_days != answers.days_per_week {
        lines.push(format!(
            "You asked for {} days; this plan uses {} because {} to {} full-body sessions a week is \
             what builds strength while leaving time to recover.",
            answers.days_per_week,
            n_days,
            rules::SESSIONS_PER_WEEK_MIN,
            rules::SESSIONS_PER_WEEK_MAX
        ));
    }
    lines.push(match level {
        StartLevel::Gentle => {
            "Your back has been sore lately, so every exercise starts on the floor \
                               or with support. You move up a rung when your body is ready."
                .to_string()
        }
        StartLevel::Moderate => "Exercises start a step or two up their ladders, with little or \
                                 no added weight. You move up a rung as sessions go well."
            .to_string(),
        StartLevel::Loaded => "Exercises with weights start light and below the barbell. Barbell \
                               lifts open later, once the barbell gate is met."
            .to_string(),
    });
    lines.push(format!(
        "Weeks 1 to {} build a foundation: {} sets of {} to {}, stopping with about {} reps left in \
         the tank. After that, sets get shorter and a little heavier.",
        rules::PHASE1_WEEKS,
        rules::PHASE1_SETS,
        rules::PHASE1_LOW,
        rules::PHASE1_HIGH,
        rules::TARGET_RIR
    ));
    let steered: Vec<&String> = goals
        .iter()
        .filter(|goal| !goals::ladders_for(goal).is_empty())
        .collect();
    if !steered.is_empty() {
        let listed: Vec<&str> = steered.iter().map(|goal| goal.as_str()).collect();
        lines.push(format!(
            "Exercises were chosen with your goals in mind: {}.",
            listed.join("; ")
        ));
    }
    for (pattern, missing) in [(
        Pattern::Carry,
        "Carries are left out for now: they need a dumbbell or a kettlebell. Add one to your \
             equipment when you have it.",
    )] {
        if !choices
            .iter()
            .any(|chosen| chosen.ladder.pattern == pattern)
        {
            lines.push(missing.to_string());
        }
    }
    lines.join("\n")
}
