//! Synthetic history: a made-up person who starts in pain and trains by the engine for years, for
//! benchmarks, demos and tests. Deterministic from the seed.
//!
//! The person starts at about 6/10 usual pain, trains three times a week following the engine's
//! prescriptions with realistic ups and downs (missed sessions and check-ins, bad weeks, a flare
//! every few months, now and then choosing a lighter load themselves), and slowly gets better.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::catalog;
use super::checkin::{CheckIn, Outcome, PsfsItem};
use super::data::AppData;
use super::engine::{self, Decision, Status};
use super::equipment::{Inventory, Preset};
use super::log::{ExerciseLog, Session, SetLog};
use super::profile::{Experience, Profile, ScreenRecord};
use super::program::{Load, Program, ProgramDay, Scheme, Slot, Tempo};
use super::rules;
use super::units::{Mass, Unit};

/// Usual pain the person starts with.
const START_PAIN: f32 = 6.0;
/// Usual pain the person settles toward after a year or so of training.
const SETTLED_PAIN: f32 = 2.0;
/// Fraction of the gap to the settled pain closed each day.
const DAILY_RECOVERY: f32 = 0.006;
/// Chance a flare starts on a given day (about one every five months).
const FLARE_CHANCE: f64 = 1.0 / 150.0;
/// Chance a bad week starts on a Monday.
const BAD_WEEK_CHANCE: f64 = 0.08;
/// Chance a planned session is missed.
const MISS_SESSION_CHANCE: f64 = 0.1;
/// Chance a morning check-in is skipped.
const MISS_CHECKIN_CHANCE: f64 = 0.08;
/// Chance the person lowers the load themselves in a session.
const ADJUST_CHANCE: f64 = 0.005;
/// The PSFS activities the person names.
const GOALS: [&str; 3] = [
    "lift my toddler",
    "garden for an hour",
    "sit through a film",
];

/// The hidden state of the synthetic person.
struct Person {
    /// Their random numbers.
    rng: fastrand::Rng,
    /// Underlying usual pain, 0–10.
    pain: f32,
    /// Days left in a flare (0 when none).
    flare_days: u32,
    /// Extra pain of the current flare.
    flare_extra: f32,
    /// Extra pain of the current bad week.
    bad_week_extra: f32,
    /// True on the first day of a flare.
    flare_began: bool,
}

impl Person {
    /// Advances one day: slow recovery, bad weeks and flares.
    fn next_day(&mut self, day: NaiveDate) {
        self.pain -= (self.pain - SETTLED_PAIN) * DAILY_RECOVERY;
        if day.weekday() == Weekday::Mon {
            self.bad_week_extra = if self.rng.f64() < BAD_WEEK_CHANCE {
                0.5 + self.rng.f32()
            } else {
                0.0
            };
        }
        self.flare_began = false;
        if self.flare_days > 0 {
            self.flare_days -= 1;
        } else if self.rng.f64() < FLARE_CHANCE {
            self.flare_days = 4 + self.rng.u32(0..9);
            self.flare_extra = 2.5 + self.rng.f32() * 2.0;
            self.flare_began = true;
        }
    }

    /// Today's felt pain, before rating noise.
    fn felt(&self) -> f32 {
        let flare = if self.flare_days > 0 {
            self.flare_extra
        } else {
            0.0
        };
        self.pain + self.bad_week_extra + flare
    }

    /// A 0–10 rating of `level` with a little noise.
    fn rate(&mut self, level: f32) -> u8 {
        let noisy = level + (self.rng.f32() - 0.5) * 0.9;
        noisy.round().clamp(0.0, 10.0) as u8
    }
}

/// A synthetic backup of `years` years of training from `start`, deterministic from `seed`.
pub fn backup(years: u32, seed: u64, start: NaiveDate) -> AppData {
    let mut inventory = Preset::HomeGymBarbell.inventory();
    inventory.kettlebells = [8.0, 12.0, 16.0, 16.0, 24.0]
        .into_iter()
        .map(Mass::from_kg)
        .collect();
    let mut data = AppData {
        profile: Some(profile(start, inventory)),
        program: Some(program(start)),
        ..AppData::default()
    };
    let mut person = Person {
        rng: fastrand::Rng::with_seed(seed),
        pain: START_PAIN,
        flare_days: 0,
        flare_extra: 0.0,
        bad_week_extra: 0.0,
        flare_began: false,
    };
    let days = i64::from(years) * 365;
    let mut next_program_day = 0;
    for offset in 0..days {
        let day = start + Duration::days(offset);
        person.next_day(day);
        checkin(&mut data, &mut person, day);
        if day.weekday() == Weekday::Sun {
            outcome(&mut data, &mut person, day);
        }
        let training_day = matches!(day.weekday(), Weekday::Mon | Weekday::Wed | Weekday::Fri);
        if training_day && person.rng.f64() >= MISS_SESSION_CHANCE {
            answer_screen_when_asked(&mut data, day);
            if let Some(session) = train(&data, &mut person, day, next_program_day) {
                data.sessions.push(session);
                next_program_day = (next_program_day + 1) % 2;
            }
        }
    }
    data
}

/// The person's profile.
fn profile(start: NaiveDate, inventory: Inventory) -> Profile {
    Profile {
        unit: Unit::Kg,
        inventory,
        days_per_week: 3,
        minutes_per_session: 45,
        experience: Experience::New,
        baseline_pain: START_PAIN as u8,
        bodyweight: Some(Mass::from_kg(78.0)),
        goals: GOALS.iter().map(|goal| goal.to_string()).collect(),
        walk_minutes_per_week: Some(60),
        screens: vec![ScreenRecord {
            date: start,
            yes: Vec::new(),
            cleared: None,
        }],
        created: start,
        theme: Default::default(),
    }
}

/// Two full-body days of six slots each, starting on the gentlest rungs.
fn program(start: NaiveDate) -> Program {
    let day = |name: &str, rungs: [(&str, Load); 6]| ProgramDay {
        name: name.to_string(),
        slots: rungs
            .into_iter()
            .filter_map(|(id, load)| {
                let exercise = catalog::exercise(id)?;
                Some(Slot {
                    pattern: exercise.pattern,
                    ladder: exercise.ladder.to_string(),
                    exercise: id.to_string(),
                    scheme: Scheme {
                        sets: rules::PHASE1_SETS,
                        max_sets: None,
                        low: rules::PHASE1_LOW,
                        high: rules::PHASE1_HIGH,
                        target_rir: rules::TARGET_RIR,
                    },
                    load,
                    implement: None,
                    rest_seconds: None,
                    alternatives: Vec::new(),
                })
            })
            .collect(),
    };
    let light = || Load::Mass(Mass::from_kg(5.0));
    Program {
        name: "Synthetic full body".into(),
        author: "Durable".into(),
        notes: String::new(),
        weeks: rules::BLOCK_WEEKS,
        start,
        phases: super::phase::starter_phases(),
        days: vec![
            day(
                "Day A",
                [
                    ("glute-bridge", Load::Bodyweight),
                    ("sit-to-stand-high", Load::Bodyweight),
                    ("wall-push-up", Load::Bodyweight),
                    ("band-row", Load::Band("yellow".into())),
                    ("farmer-carry-light", light()),
                    ("dead-bug-arms", Load::Bodyweight),
                ],
            ),
            day(
                "Day B",
                [
                    ("glute-bridge", Load::Bodyweight),
                    ("low-step-up", Load::Bodyweight),
                    ("wall-push-up", Load::Bodyweight),
                    ("band-row", Load::Band("yellow".into())),
                    ("side-plank-knees", Load::Bodyweight),
                    ("bird-dog-legs", Load::Bodyweight),
                ],
            ),
        ],
    }
}

/// The morning check-in (sometimes skipped).
fn checkin(data: &mut AppData, person: &mut Person, day: NaiveDate) {
    if person.rng.f64() < MISS_CHECKIN_CHANCE {
        return;
    }
    let felt = person.felt();
    let pain = person.rate(felt);
    let stiffness = person.rate(felt * 0.8);
    let sleep_quality = person.rate(7.5 - felt * 0.4);
    let stress = person.rate(4.0);
    let mood = person.rate(7.0 - felt * 0.3);
    let walk = 15 + person.rng.u16(0..30);
    data.checkins.push(CheckIn {
        date: day,
        pain: Some(pain),
        stiffness: Some(stiffness),
        sleep_hours: Some(6.0 + person.rng.f32() * 2.5),
        sleep_quality: Some(sleep_quality),
        stress: Some(stress),
        mood: Some(mood),
        walk_minutes: Some(walk),
        new_leg_symptoms: false,
        flare: person.flare_began && person.rng.bool(),
        choice: None,
    });
}

/// The weekly outcome: usual pain, PSFS and confidence.
fn outcome(data: &mut AppData, person: &mut Person, day: NaiveDate) {
    let usual = person.rate(person.pain + person.bad_week_extra);
    let ability = 10.0 - person.pain * 1.2;
    let psfs = GOALS
        .iter()
        .map(|goal| PsfsItem {
            activity: goal.to_string(),
            score: person.rate(ability),
        })
        .collect();
    let confidence = person.rate(ability + 0.5);
    data.outcomes.push(Outcome {
        date: day,
        usual_pain: Some(usual),
        psfs,
        confidence: Some(confidence),
    });
}

/// The session page asks the safety questions again before a session when the engine says so (a
/// flare, new leg symptoms, a jump in pain); the synthetic person answers them, all "no".
fn answer_screen_when_asked(data: &mut AppData, day: NaiveDate) {
    if engine::prescribe(data, day).ask_safety_screen.is_empty() {
        return;
    }
    if let Some(profile) = data.profile.as_mut() {
        profile.screens.push(ScreenRecord {
            date: day,
            yes: Vec::new(),
            cleared: None,
        });
    }
}

/// One session that follows the engine's prescription for the program day, as the person managed it.
fn train(
    data: &AppData,
    person: &mut Person,
    day: NaiveDate,
    program_day: usize,
) -> Option<Session> {
    let plan = engine::prescribe(data, day);
    if plan.status == Status::Blocked {
        return None;
    }
    let prescriptions = &plan.days.get(program_day)?.slots;
    let inventory = &data.profile.as_ref()?.inventory;
    let felt = person.felt();
    let mut exercises = Vec::new();
    for prescription in prescriptions {
        let exercise = catalog::exercise(&prescription.exercise)?;
        let tries = same_state_sessions(
            data,
            program_day,
            prescription.slot,
            &prescription.exercise,
            &prescription.load,
        );
        let mut load = prescription.load.clone();
        let mut user_adjusted = false;
        if person.rng.f64() < ADJUST_CHANCE {
            if let Some(lighter) = inventory.next_load_down(exercise.implement, &load) {
                load = lighter;
                user_adjusted = true;
            }
        }
        let top_chance = (0.25 + 0.2 * tries as f64 - f64::from(felt) * 0.03).clamp(0.05, 0.92);
        let span = prescription.high.saturating_sub(prescription.low);
        let sets = (0..prescription.sets)
            .map(|_| {
                let roll = person.rng.f64();
                let value = if roll < top_chance {
                    prescription.high
                } else if roll > 0.97 {
                    prescription.low.saturating_sub(1)
                } else {
                    prescription.low + person.rng.u16(0..span.max(1))
                };
                SetLog {
                    value,
                    load: load.clone(),
                    rir: Some(person.rng.u8(1..4)),
                }
            })
            .collect();
        let during = person.rate(
            felt - 1.5
                + if prescription.decision == Decision::FlareSession {
                    0.5
                } else {
                    0.0
                },
        );
        exercises.push(ExerciseLog {
            slot: prescription.slot,
            exercise: prescription.exercise.clone(),
            sets,
            pain_during: Some(during),
            user_adjusted,
            today_only: false,
            implement: Some(prescription.implement),
            range: Some((prescription.low, prescription.high)),
            tempo: (prescription.tempo != Tempo::Steady).then_some(prescription.tempo),
        });
    }
    Some(Session {
        id: format!("{day}-{program_day}"),
        started: day.and_time(NaiveTime::from_hms_opt(18, 0, 0)?),
        day: program_day,
        exercises,
        pain_during: None,
        pain_after: Some(person.rate(felt - 0.5)),
        notes: String::new(),
        finished: true,
    })
}

/// Sessions in a row (newest first) of this slot done on the same exercise and load: practice
/// makes the top of the range more likely.
fn same_state_sessions(
    data: &AppData,
    program_day: usize,
    slot: usize,
    exercise: &str,
    load: &Load,
) -> u32 {
    let mut count = 0;
    for session in data
        .sessions
        .iter()
        .rev()
        .filter(|session| session.day == program_day)
    {
        let same = session.exercises.iter().any(|log| {
            log.slot == slot
                && log.exercise == exercise
                && log.sets.first().is_some_and(|set| set.load == *load)
        });
        if !same {
            break;
        }
        count += 1;
    }
    count
}

#[cfg(test)]
#[path = "synth_tests.rs"]
mod tests;
