//! Property tests of the progression engine: random people, equipment, programs and histories,
//! built by following the engine's own prescriptions, held to rules written from CLINICAL.md (not
//! from the engine's output). Each property can fail:
//!
//! - `no_increase_while_a_brake_is_on`: while a re-ask is open, in a flare, or after a last
//!   session with pain during or right after above 3, next-morning pain above usual or no
//!   next-morning rating, nothing goes up against that last session: load, sets, tempo, range
//!   top, rung, or a decision that steps up load, a set, the tempo or the rung. (Pain right after
//!   of 4–5 brakes like pain during of 4–5; `check::AFTER_BRAKE_ABOVE` holds that reading.)
//! - `progress_when_every_condition_is_met`: two top sessions ≥ 48 h apart with ≥ 1 rep in
//!   reserve, green pain, mornings at usual, no re-ask, no step in 7 days and a next step the plan
//!   and the equipment allow → a step-up decision and something higher.
//! - `more_pain_never_gives_more`: the same history with one recent pain number raised never gets
//!   a higher rung, or on the same rung a heavier load, more sets or a harder tempo.
//! - `load_changes_stay_in_their_bands`: flare 50–70% of the pre-flare load (half the sets, RIR
//!   3), re-entry and long break ≤ 80% on the first session (body weight: more reps in reserve),
//!   red 80–90%, light week 75–85% and a third fewer sets; rounding per §6.
//! - `sets_never_exceed_the_plan`: sets ≤ the written scheme's top sets on that day.
//! - `shifting_every_date_changes_nothing_else`: moving every date by whole weeks changes no
//!   status, decision, rung, implement, sets, range, RIR, load or tempo.
//! - `only_equipment_the_person_has`, `one_rung_at_a_time`, `the_screen_is_asked_again_when_due`.
//!
//! `the_lowered_double_kb_front_squat_is_not_raised_without_a_morning_rating` keeps the case that
//! once failed a fresh clone's `make test` (issue 9), built by hand.
//!
//! ## Running, replaying, widening
//!
//! - `cargo test --test engine_props`: what `make test` runs. A fixed seed ([`DEFAULT_SEED`]) and
//!   a fixed case count ([`DEFAULT_CASES`]) give the same answer on every run of a commit, whatever
//!   `PROPTEST_*` variables the caller has set. Failures found before are replayed first from
//!   `tests/engine_props/regressions/<property>.txt` (checked in; proptest appends new ones).
//! - `make fuzz`: the same properties in release with many more cases (`DURABLE_PROP_CASES`,
//!   20 000 by default) and a random seed, printed by every property before it runs.
//! - Replay a failure: its message names the seed and the case count; run
//!   `DURABLE_PROP_SEED=<seed> DURABLE_PROP_CASES=<cases> cargo test --test engine_props
//!   <property>` (or put the two variables before `make fuzz`). Keep it: proptest has already
//!   written its seed to the property's regression file; commit that file.
//! - Hunt one kind of failure: `DURABLE_PROP_MATCH='load raised&double-kb'` counts only failures
//!   whose message contains every `&`-separated part (the found seed is persisted all the same).
//! - Widen the search: `DURABLE_PROP_CASES=100000 DURABLE_PROP_RANDOM=1 cargo test --release
//!   --test engine_props -- --nocapture`, or change the generators in `tests/engine_props/story.rs`
//!   (visits, gaps, kits, screens) and `green.rs`; `DURABLE_PROP_SEED` picks a seed by hand.
//!   `cargo test --test engine_props generator_coverage -- --ignored --nocapture` counts the
//!   decisions, statuses and brakes the generators reach, to check a change still reaches them.

use std::collections::hash_map::RandomState;
use std::fmt::Debug;
use std::hash::{BuildHasher, Hasher};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use proptest::test_runner::{
    Config, FileFailurePersistence, RngAlgorithm, RngSeed, TestCaseError, TestCaseResult,
    TestRunner,
};

use durable::domain::catalog::{self, Implement};
use durable::domain::checkin::CheckIn;
use durable::domain::data::AppData;
use durable::domain::engine::{self, Plan, Prescription};
use durable::domain::equipment::{LoadSource, Preset};
use durable::domain::ladder;
use durable::domain::log::{ExerciseLog, Session, SetLog};
use durable::domain::profile::{Experience, Profile, ScreenRecord};
use durable::domain::program::{Load, Program, ProgramDay, Scheme, Slot};
use durable::domain::rules;
use durable::domain::units::{Mass, Unit};

#[path = "engine_props/check.rs"]
mod check;
#[path = "engine_props/green.rs"]
mod green;
#[path = "engine_props/story.rs"]
mod story;

use check::View;
use story::{Story, Trace};

/// The seed of `make test`'s run (each property mixes its own name in).
const DEFAULT_SEED: u64 = 0x00D0_2AB1_E5EE_D009;
/// Cases per property in `make test`: the whole file runs in about 5 s in debug on 2 cores.
const DEFAULT_CASES: u32 = 256;
/// Most visits in a random story.
const MAX_VISITS: usize = 24;

/// The seed and case count of this run, from `DURABLE_PROP_SEED`, `DURABLE_PROP_RANDOM` and
/// `DURABLE_PROP_CASES`, else the fixed defaults.
fn search() -> (u64, u32) {
    let cases = std::env::var("DURABLE_PROP_CASES")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let fixed = std::env::var("DURABLE_PROP_SEED")
        .ok()
        .and_then(|text| text.trim().parse().ok());
    let random = std::env::var("DURABLE_PROP_RANDOM").is_ok_and(|text| text.trim() == "1");
    let seed = match fixed {
        Some(seed) => seed,
        None if random => {
            let mut hasher = RandomState::new().build_hasher();
            hasher.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|elapsed| elapsed.as_nanos())
                    .unwrap_or_default(),
            );
            hasher.finish()
        }
        None => DEFAULT_SEED,
    };
    (seed, cases)
}

/// A stable 64-bit hash of a name (FNV-1a), so each property draws its own cases from one seed.
fn name_hash(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Runs one property: persisted failures first, then the cases of this run's seed.
fn check_property<S>(
    name: &'static str,
    regressions: &'static str,
    strategy: S,
    test: impl Fn(S::Value) -> TestCaseResult,
) where
    S: Strategy,
    S::Value: Debug,
{
    let (seed, cases) = search();
    eprintln!("engine_props {name}: seed {seed}, {cases} cases");
    let config = Config {
        cases,
        max_local_rejects: 65_536,
        max_global_rejects: 65_536,
        max_shrink_iters: 4_096,
        max_shrink_time: 0,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed ^ name_hash(name)),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(regressions))),
        source_file: Some(file!()),
        test_name: Some(name),
        verbose: 0,
        fork: false,
        timeout: 0,
        ..Config::default()
    };
    // Hunting one kind of failure: only failures whose message has every `&`-separated part count.
    let hunted: Vec<String> = std::env::var("DURABLE_PROP_MATCH")
        .map(|text| text.split('&').map(str::to_string).collect())
        .unwrap_or_default();
    let test = move |value| match test(value) {
        Err(TestCaseError::Fail(reason))
            if !hunted
                .iter()
                .all(|part| reason.message().contains(part.as_str())) =>
        {
            Ok(())
        }
        other => other,
    };
    let mut runner = TestRunner::new(config);
    if let Err(error) = runner.run(&strategy, test) {
        panic!(
            "{name} failed: {error}\n\nseed {seed}, {cases} cases; replay with\n  \
             DURABLE_PROP_SEED={seed} DURABLE_PROP_CASES={cases} cargo test --test engine_props \
             {name}\n(or put the same two variables before `make fuzz`)\n"
        );
    }
}

/// A failure with a message.
fn fail(message: String) -> TestCaseError {
    TestCaseError::fail(message)
}

/// The unit of the person.
fn unit(data: &AppData) -> Unit {
    data.profile
        .as_ref()
        .map_or(Unit::Kg, |profile| profile.unit)
}

/// Every plan of a trace with the view of the data it was made from.
fn plans(trace: &Trace) -> Vec<(View<'_>, &Plan)> {
    trace
        .steps
        .iter()
        .map(|step| {
            (
                View {
                    data: &trace.data,
                    sessions: &trace.data.sessions[..step.sessions],
                    today: step.date,
                },
                &step.plan,
            )
        })
        .chain(std::iter::once((
            View::all(&trace.data, trace.today),
            &trace.last,
        )))
        .collect()
}

/// Every prescription of a plan with its day.
fn prescriptions(plan: &Plan) -> impl Iterator<Item = (usize, &Prescription)> {
    plan.days
        .iter()
        .flat_map(|day| day.slots.iter().map(move |slot| (day.day, slot)))
}

// ---------------------------------------------------------------------------------------------
// Brakes
// ---------------------------------------------------------------------------------------------

/// Nothing goes up against the slot's last session while a brake is on.
/// `trace`, when there is one, gives the range of the prescription a session followed.
fn brakes_hold(view: &View<'_>, plan: &Plan, trace: Option<&Trace>) -> Result<(), String> {
    let inventory = view.inventory();
    let unit = view.profile().unit;
    for (day, prescription) in prescriptions(plan) {
        let Some((index, session, log)) = view.last(day, prescription.slot) else {
            continue;
        };
        let brakes = view.brakes(plan, day, prescription.slot);
        if brakes.is_empty() {
            continue;
        }
        let followed_top = trace
            .and_then(|trace| followed(trace, index, day, prescription.slot))
            .map(|(_, followed)| followed.high);
        let raised = check::raises(view, day, prescription, (session, log), followed_top);
        if !raised.is_empty() {
            return Err(format!(
                "{} while a brake is on: {} after {} ({}) on {}, day {} slot {}\n  brakes: {}",
                raised.join(", "),
                check::line(prescription, unit),
                log.exercise,
                check::logged_line(log, session, inventory, unit),
                view.today,
                day,
                prescription.slot,
                brakes.join("; ")
            ));
        }
    }
    Ok(())
}

#[test]
fn no_increase_while_a_brake_is_on() {
    check_property(
        "no_increase_while_a_brake_is_on",
        "tests/engine_props/regressions/no_increase_while_a_brake_is_on.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            for (view, plan) in plans(&trace) {
                brakes_hold(&view, plan, Some(&trace)).map_err(fail)?;
            }
            Ok(())
        },
    );
}

/// The case from issue 9 that failed a fresh clone's `make test`: a person with kettlebells of 8,
/// 12, 16, 16 and 24 kg lowers a double-kettlebell front squat from 16 to 12 kg themselves, rates
/// no pain and no next morning; the next day the engine gave 16 kg ("re-entry"). Without a
/// next-morning rating the gate is at most amber (CLINICAL.md §2), so nothing may go up against
/// the 12 kg logged.
#[test]
fn the_lowered_double_kb_front_squat_is_not_raised_without_a_morning_rating() {
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).expect("a date");
    let inventory = Preset::Kettlebells.inventory();
    let exercise = catalog::exercise("double-kb-front-squat").expect("in the catalog");
    let data = AppData {
        profile: Some(Profile {
            unit: Unit::Kg,
            inventory: inventory.clone(),
            days_per_week: 3,
            minutes_per_session: 45,
            experience: Experience::Some,
            baseline_pain: 1,
            bodyweight: Some(Mass::from_kg(70.0)),
            goals: Vec::new(),
            walk_minutes_per_week: None,
            screens: vec![ScreenRecord {
                date: start,
                yes: Vec::new(),
                cleared: None,
            }],
            created: start,
            theme: Default::default(),
        }),
        program: Some(Program {
            name: "Props".into(),
            author: String::new(),
            notes: String::new(),
            weeks: 12,
            start,
            phases: Vec::new(),
            days: vec![ProgramDay {
                name: "Day A".into(),
                slots: vec![Slot {
                    pattern: exercise.pattern,
                    ladder: "squat".into(),
                    exercise: exercise.id.into(),
                    scheme: Scheme {
                        sets: 2,
                        max_sets: None,
                        low: 12,
                        high: 15,
                        target_rir: 2,
                    },
                    load: Load::Mass(Mass::from_kg(16.0)),
                    implement: None,
                    rest_seconds: None,
                    alternatives: Vec::new(),
                }],
            }],
        }),
        sessions: vec![Session {
            id: "p0".into(),
            started: NaiveDateTime::new(start, story::evening()),
            day: 0,
            exercises: vec![ExerciseLog {
                slot: 0,
                exercise: exercise.id.into(),
                sets: (0..2)
                    .map(|_| SetLog {
                        value: 15,
                        load: Load::Mass(Mass::from_kg(12.0)),
                        rir: Some(2),
                    })
                    .collect(),
                pain_during: None,
                user_adjusted: true,
                today_only: false,
                implement: None,
                range: Some((12, 15)),
                tempo: None,
            }],
            pain_during: None,
            pain_after: None,
            notes: String::new(),
            finished: true,
        }],
        checkins: vec![CheckIn {
            date: start + Duration::days(1),
            ..CheckIn::default()
        }],
        outcomes: Vec::new(),
    };
    let today = start + Duration::days(1);
    let plan = engine::prescribe(&data, today);
    let prescription = &plan.days[0].slots[0];
    let view = View::all(&data, today);
    assert!(
        view.brakes(&plan, 0, 0)
            .iter()
            .any(|brake| brake.contains("no rating")),
        "the missing morning is a brake"
    );
    if prescription.exercise == exercise.id {
        assert!(
            check::mass(&prescription.load, &inventory) <= Mass::from_kg(12.0),
            "load raised without a next-morning rating: {}",
            check::line(prescription, Unit::Kg)
        );
    } else {
        assert!(
            !check::rung_higher(&prescription.exercise, exercise.id),
            "rung raised: {}",
            check::line(prescription, Unit::Kg)
        );
    }
    brakes_hold(&view, &plan, None).unwrap_or_else(|message| panic!("{message}"));
    assert!(
        inventory.can_do_with(
            catalog::exercise(&prescription.exercise).expect("known"),
            prescription.implement
        ),
        "prescribed without its equipment: {}",
        check::line(prescription, Unit::Kg)
    );
}

// ---------------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------------

#[test]
fn progress_when_every_condition_is_met() {
    check_property(
        "progress_when_every_condition_is_met",
        "tests/engine_props/regressions/progress_when_every_condition_is_met.txt",
        green::green_story(),
        |story: green::GreenStory| {
            let trace = green::simulate(&story);
            for (view, plan) in plans(&trace) {
                green::check_progress(&trace, &view, plan).map_err(fail)?;
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// More pain
// ---------------------------------------------------------------------------------------------

/// Raises one recent pain number (of the last session, or the latest morning) and says which.
fn raise_pain(data: &mut AppData, today: NaiveDate, pick: u8, by: u8) -> Option<String> {
    let last_session = data
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, session)| session.started.date() <= today)
        .max_by_key(|(_, session)| session.started)
        .map(|(index, _)| index);
    let latest_morning = data
        .checkins
        .iter()
        .enumerate()
        .filter(|(_, checkin)| checkin.date <= today && checkin.pain.is_some())
        .max_by_key(|(_, checkin)| checkin.date)
        .map(|(index, _)| index);
    let mut targets: Vec<(String, &mut u8)> = Vec::new();
    if let Some(index) = last_session {
        let session = &mut data.sessions[index];
        let date = session.started.date();
        for log in &mut session.exercises {
            if let Some(pain) = log.pain_during.as_mut() {
                targets.push((format!("pain during {} on {date}", log.exercise), pain));
            }
        }
        if let Some(pain) = session.pain_during.as_mut() {
            targets.push((format!("session pain during on {date}"), pain));
        }
        if let Some(pain) = session.pain_after.as_mut() {
            targets.push((format!("pain right after on {date}"), pain));
        }
    }
    if let Some(index) = latest_morning {
        let checkin = &mut data.checkins[index];
        let date = checkin.date;
        if let Some(pain) = checkin.pain.as_mut() {
            targets.push((format!("morning pain on {date}"), pain));
        }
    }
    if targets.is_empty() {
        return None;
    }
    let index = usize::from(pick) % targets.len();
    let (what, pain) = targets.swap_remove(index);
    let before = *pain;
    *pain = before.saturating_add(by).min(10);
    (*pain > before).then(|| format!("{what} raised from {before} to {}", *pain))
}

#[test]
fn more_pain_never_gives_more() {
    check_property(
        "more_pain_never_gives_more",
        "tests/engine_props/regressions/more_pain_never_gives_more.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            let mut sorer = trace.data.clone();
            let Some(what) = raise_pain(&mut sorer, trace.today, story.raise.0, story.raise.1)
            else {
                return Ok(());
            };
            let base = &trace.last;
            let raised = engine::prescribe(&sorer, trace.today);
            let inventory = &story.kit.inventory();
            let unit = unit(&trace.data);
            for (day, more) in prescriptions(&raised) {
                let Some(less) = base
                    .days
                    .iter()
                    .find(|prescribed| prescribed.day == day)
                    .and_then(|prescribed| prescribed.slots.iter().find(|p| p.slot == more.slot))
                else {
                    continue;
                };
                // A micro-regression (after two ambers) and a regression (red) cut different
                // things (a set or the rung, against the load), so they are not compared.
                if check::name(&less.decision) == "micro-regress"
                    && check::name(&more.decision) != "micro-regress"
                {
                    continue;
                }
                let same = more.exercise == less.exercise;
                let bigger: Vec<&str> = [
                    (
                        check::rung_higher(&more.exercise, &less.exercise),
                        "a higher rung",
                    ),
                    (same && more.sets > less.sets, "more sets"),
                    (
                        same && check::mass(&more.load, inventory)
                            > check::mass(&less.load, inventory) + check::SAME_LOAD,
                        "a heavier load",
                    ),
                    (same && more.tempo > less.tempo, "a harder tempo"),
                ]
                .into_iter()
                .filter_map(|(found, what)| found.then_some(what))
                .collect();
                if !bigger.is_empty() {
                    return Err(fail(format!(
                        "more pain gave {} on {} (day {day} slot {}): {what}\n  before: {} \
                         (status {})\n  after:  {} (status {})",
                        bigger.join(", "),
                        trace.today,
                        more.slot,
                        check::line(less, unit),
                        check::name(&base.status),
                        check::line(more, unit),
                        check::name(&raised.status)
                    )));
                }
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Bands
// ---------------------------------------------------------------------------------------------

/// The prescription a logged session followed for a slot.
fn followed(
    trace: &Trace,
    index: usize,
    day: usize,
    slot: usize,
) -> Option<(&Plan, &Prescription)> {
    let plan = trace.followed.get(index)?;
    let prescription = plan
        .days
        .iter()
        .find(|prescribed| prescribed.day == day)?
        .slots
        .iter()
        .find(|prescription| prescription.slot == slot)?;
    Some((plan, prescription))
}

/// Plan statuses and decisions of a flare.
const FLARE: [&str; 2] = ["flare", "flare-session"];

/// The slot's last logged exercise whose session followed a plan with none of these statuses and
/// none of these decisions for the slot.
fn last_outside<'a>(
    trace: &'a Trace,
    view: &View<'a>,
    day: usize,
    slot: usize,
    avoid: &[&str],
) -> Option<&'a ExerciseLog> {
    view.logs(day, slot)
        .into_iter()
        .rev()
        .find(|(index, _, _)| {
            followed(trace, *index, day, slot).is_some_and(|(plan, followed)| {
                !avoid.contains(&check::name(&plan.status).as_str())
                    && !avoid.contains(&check::name(&followed.decision).as_str())
            })
        })
        .map(|(_, _, log)| log)
}

/// Loads a percentage may be taken of, from the slot's log on the same rung: the last one, the
/// last one outside a flare, the last one outside a light week, and the last one of normal
/// training (outside flares, re-entry and light weeks), each with its number of sets.
fn references(
    trace: &Trace,
    view: &View<'_>,
    day: usize,
    prescription: &Prescription,
) -> Vec<(Mass, usize)> {
    let inventory = view.inventory();
    let slot = prescription.slot;
    let episode = ["flare", "flare-session", "re-entry", "light-week"];
    let picks = [
        view.last(day, slot).map(|(_, _, log)| log),
        last_outside(trace, view, day, slot, &FLARE),
        last_outside(trace, view, day, slot, &["light-week"]),
        last_outside(trace, view, day, slot, &episode),
    ];
    picks
        .into_iter()
        .flatten()
        .filter(|log| log.exercise == prescription.exercise)
        .map(|log| (check::logged_mass(log, inventory), log.sets.len()))
        .collect()
}

/// The load, set and reps-in-reserve bands of flares, re-entry, long breaks, red and light weeks.
fn bands_hold(trace: &Trace, view: &View<'_>, plan: &Plan) -> Result<(), String> {
    if check::name(&plan.status) == "blocked" {
        return Ok(());
    }
    let inventory = view.inventory();
    let unit = view.profile().unit;
    for (day, prescription) in prescriptions(plan) {
        let Some((last_index, session, log)) = view.last(day, prescription.slot) else {
            continue;
        };
        if prescription.sets == 0 || !check::doable(prescription, inventory) {
            continue;
        }
        let decision = check::name(&prescription.decision);
        let same = prescription.exercise == log.exercise;
        let chosen = check::mass(&prescription.load, inventory);
        let makeable = check::makeable(inventory, &prescription.exercise, prescription.implement);
        let refs = references(trace, view, day, prescription);
        let written = view.scheme(
            day,
            prescription.slot,
            &prescription.exercise,
            prescription.implement,
            view.today,
        );
        let long_break = (view.today - session.started.date()).num_days() >= 14;
        // The first session back after a flare: the slot's last session followed a flare plan.
        let first_reentry = decision == "re-entry"
            && followed(trace, last_index, day, prescription.slot).is_some_and(
                |(before_plan, before)| {
                    check::name(&before_plan.status) == "flare"
                        || check::name(&before.decision) == "flare-session"
                },
            );
        let weighted = chosen > Mass::ZERO || refs.iter().any(|(mass, _)| *mass > Mass::ZERO);
        let band = |low: u8, high: u8, cap_only: bool| {
            let percents = (i64::from(low), i64::from(high));
            refs.iter().any(|(from, _)| {
                *from > Mass::ZERO && check::in_band(chosen, *from, percents, cap_only, &makeable)
            })
        };
        let most_sets = refs
            .iter()
            .map(|(_, sets)| *sets)
            .chain(written.map(|scheme| usize::from(scheme.top_sets())))
            .max()
            .unwrap_or(1);
        let mut problems = Vec::new();
        match decision.as_str() {
            "flare-session" => {
                let cut_min = 100 - rules::FLARE_LOAD_CUT_MAX_PERCENT;
                let cut_max = 100 - rules::FLARE_LOAD_CUT_MIN_PERCENT;
                // "No increases" in a flare: never more than the latest session is fine too, when
                // that session was already lighter than the band.
                let at_most_last = chosen <= check::logged_mass(log, inventory) + check::SAME_LOAD;
                if same && weighted && !band(cut_min, cut_max, false) && !at_most_last {
                    problems.push(format!("flare load not {cut_min}–{cut_max}% of before"));
                }
                // Body weight has no load to cut: a flare goes a rung below the one trained
                // before the flare, when the person can do one.
                let before = last_outside(trace, view, day, prescription.slot, &FLARE);
                if let Some(before) =
                    before.filter(|before| !weighted && before.exercise == prescription.exercise)
                {
                    if check::lower_rung_doable(&before.exercise, inventory) {
                        problems
                            .push("flare on the same body-weight rung as before it".to_string());
                    }
                }
                if usize::from(prescription.sets) > most_sets.div_ceil(2) {
                    problems.push(format!("flare sets above half of {most_sets}"));
                }
                if prescription.target_rir < rules::FLARE_TARGET_RIR {
                    problems.push("flare further from failure than the rule".to_string());
                }
            }
            "regress" if same && weighted => {
                let low = 100 - rules::RED_LOAD_CUT_MAX_PERCENT;
                let high = 100 - rules::RED_LOAD_CUT_MIN_PERCENT;
                if !band(low, high, false) {
                    problems.push(format!("regression not {low}–{high}% of before"));
                }
            }
            "light-week" if same => {
                // Capped at the latest session, which was already below the band (the person
                // lowered it): never more than last time.
                let last_mass = check::logged_mass(log, inventory);
                let capped = chosen <= last_mass + check::SAME_LOAD
                    && refs
                        .iter()
                        .any(|(from, _)| check::percent(last_mass, *from) < 75);
                if weighted && !band(75, 85, false) && !capped {
                    problems.push("light week not 75–85% of the working load".to_string());
                }
                if most_sets >= 3 && usize::from(prescription.sets) > (most_sets * 2).div_ceil(3) {
                    problems.push(format!("light week sets not a third below {most_sets}"));
                }
            }
            _ => {}
        }
        if same && (first_reentry || long_break) && decision != "flare-session" {
            let (low, high) = (
                rules::REENTRY_START_MIN_PERCENT,
                rules::REENTRY_START_MAX_PERCENT,
            );
            if weighted && !band(low, high, true) {
                problems.push(format!(
                    "first session back above {high}% ({})",
                    if long_break { "long break" } else { "re-entry" }
                ));
            }
            if !weighted && decision == "re-entry" {
                let target = written.map_or(rules::TARGET_RIR, |scheme| scheme.target_rir);
                if prescription.target_rir <= target {
                    problems.push("body-weight re-entry without more reps in reserve".to_string());
                }
            }
        }
        if !problems.is_empty() {
            return Err(format!(
                "{} on {}, day {day} slot {}: {}\n  last: {}\n  references (mass, sets): {:?}",
                problems.join(", "),
                view.today,
                prescription.slot,
                check::line(prescription, unit),
                check::logged_line(log, session, inventory, unit),
                refs.iter()
                    .map(|(mass, sets)| (unit.show(*mass), *sets))
                    .collect::<Vec<_>>()
            ));
        }
    }
    Ok(())
}

#[test]
fn load_changes_stay_in_their_bands() {
    check_property(
        "load_changes_stay_in_their_bands",
        "tests/engine_props/regressions/load_changes_stay_in_their_bands.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            for (view, plan) in plans(&trace) {
                bands_hold(&trace, &view, plan).map_err(fail)?;
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Sets, equipment, rungs, the screen
// ---------------------------------------------------------------------------------------------

#[test]
fn sets_never_exceed_the_plan() {
    check_property(
        "sets_never_exceed_the_plan",
        "tests/engine_props/regressions/sets_never_exceed_the_plan.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            for (view, plan) in plans(&trace) {
                for (day, prescription) in prescriptions(plan) {
                    if !check::doable(prescription, view.inventory()) {
                        continue;
                    }
                    let written = view.scheme(
                        day,
                        prescription.slot,
                        &prescription.exercise,
                        prescription.implement,
                        view.today,
                    );
                    let top = written.map_or(0, |scheme| scheme.top_sets());
                    if prescription.sets > top {
                        return Err(fail(format!(
                            "{} sets where the plan writes at most {top} ({:?}) on {}, day {day}: {}",
                            prescription.sets,
                            written,
                            view.today,
                            check::line(prescription, view.profile().unit)
                        )));
                    }
                }
            }
            Ok(())
        },
    );
}

#[test]
fn only_equipment_the_person_has() {
    check_property(
        "only_equipment_the_person_has",
        "tests/engine_props/regressions/only_equipment_the_person_has.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            let inventory = story.kit.inventory();
            for (view, plan) in plans(&trace) {
                for (day, prescription) in prescriptions(plan) {
                    let exercise = catalog::exercise(&prescription.exercise).ok_or_else(|| {
                        fail(format!("unknown exercise {}", prescription.exercise))
                    })?;
                    let any_rung = ladder::ladder(exercise.ladder).is_some_and(|ladder| {
                        ladder
                            .rungs
                            .iter()
                            .filter_map(|id| catalog::exercise(id))
                            .any(|rung| inventory.can_do(rung))
                    });
                    if !any_rung {
                        continue;
                    }
                    let line = check::line(prescription, view.profile().unit);
                    if !inventory.can_do_with(exercise, prescription.implement) {
                        return Err(fail(format!(
                            "prescribed without its equipment on {}, day {day}: {line}",
                            view.today
                        )));
                    }
                    let makeable = if prescription.implement == Implement::Bodyweight {
                        prescription.load == Load::Bodyweight
                    } else {
                        inventory
                            .loads(LoadSource::of(exercise, prescription.implement))
                            .contains(&prescription.load)
                    };
                    if !makeable {
                        return Err(fail(format!(
                            "a load the equipment cannot make on {}, day {day}: {line}",
                            view.today
                        )));
                    }
                }
            }
            Ok(())
        },
    );
}

/// How many rungs the person can do lie between two rungs of one ladder, counting the far end.
fn doable_rungs_moved(
    from: &str,
    to: &str,
    inventory: &durable::domain::equipment::Inventory,
) -> usize {
    let (Some((ladder, from)), Some((other, to))) = (ladder::rung_of(from), ladder::rung_of(to))
    else {
        return 0;
    };
    if ladder.id != other.id {
        return 0;
    }
    let (low, high) = (from.min(to), from.max(to));
    ladder.rungs[low + 1..=high]
        .iter()
        .filter_map(|id| catalog::exercise(id))
        .filter(|rung| inventory.can_do(rung))
        .count()
}

#[test]
fn one_rung_at_a_time() {
    check_property(
        "one_rung_at_a_time",
        "tests/engine_props/regressions/one_rung_at_a_time.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            let inventory = story.kit.inventory();
            for (view, plan) in plans(&trace) {
                for (day, prescription) in prescriptions(plan) {
                    let Some((_, session, log)) = view.last(day, prescription.slot) else {
                        continue;
                    };
                    let moved =
                        doable_rungs_moved(&log.exercise, &prescription.exercise, &inventory);
                    // Coming back after a flare or a break returns to the rung done before it
                    // (CLINICAL.md §6: "70–80% of the pre-flare load").
                    let done_before = view.sessions.iter().any(|earlier| {
                        earlier.day == day
                            && earlier.exercises.iter().any(|logged| {
                                logged.slot == prescription.slot
                                    && logged.exercise == prescription.exercise
                                    && !logged.sets.is_empty()
                            })
                    });
                    let allowed = if check::name(&prescription.decision) == "flare-session" {
                        usize::from(rules::FLARE_RUNGS_DOWN_MAX)
                    } else if check::name(&prescription.decision) == "re-entry" && done_before {
                        usize::MAX
                    } else {
                        1
                    };
                    if moved > allowed {
                        return Err(fail(format!(
                            "moved {moved} rungs on {}, day {day}: {} → {}",
                            view.today,
                            check::logged_line(log, session, &inventory, view.profile().unit),
                            check::line(prescription, view.profile().unit)
                        )));
                    }
                }
            }
            Ok(())
        },
    );
}

#[test]
fn the_screen_is_asked_again_when_due() {
    check_property(
        "the_screen_is_asked_again_when_due",
        "tests/engine_props/regressions/the_screen_is_asked_again_when_due.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            for (view, plan) in plans(&trace) {
                let due = view.reask_due();
                if !due.is_empty()
                    && plan.ask_safety_screen.is_empty()
                    && check::name(&plan.status) != "blocked"
                {
                    return Err(fail(format!(
                        "the safety screen is not asked again on {} (last screen {:?}): {}",
                        view.today,
                        view.last_screen(),
                        due.join("; ")
                    )));
                }
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Shifting dates
// ---------------------------------------------------------------------------------------------

/// The same data with every date moved by `days`.
fn shifted(data: &AppData, days: i64) -> AppData {
    let by = Duration::days(days);
    let mut moved = data.clone();
    for session in &mut moved.sessions {
        session.started += by;
    }
    for checkin in &mut moved.checkins {
        checkin.date += by;
    }
    for outcome in &mut moved.outcomes {
        outcome.date += by;
    }
    if let Some(profile) = moved.profile.as_mut() {
        profile.created += by;
        for screen in &mut profile.screens {
            screen.date += by;
            screen.cleared = screen.cleared.map(|date| date + by);
        }
    }
    if let Some(program) = moved.program.as_mut() {
        program.start += by;
    }
    moved
}

/// What a plan prescribes, without its dates and sentences.
fn key(plan: &Plan) -> (String, bool, Vec<String>) {
    (
        check::name(&plan.status),
        plan.ask_safety_screen.is_empty(),
        prescriptions(plan)
            .map(|(day, p)| {
                format!(
                    "day {day} slot {}: {} {:?} {} × {}–{} RIR {} {:?} {:?} [{}]",
                    p.slot,
                    p.exercise,
                    p.implement,
                    p.sets,
                    p.low,
                    p.high,
                    p.target_rir,
                    p.load,
                    p.tempo,
                    check::name(&p.decision)
                )
            })
            .collect(),
    )
}

#[test]
fn shifting_every_date_changes_nothing_else() {
    check_property(
        "shifting_every_date_changes_nothing_else",
        "tests/engine_props/regressions/shifting_every_date_changes_nothing_else.txt",
        story::story(MAX_VISITS),
        |story: Story| {
            let trace = story::simulate(&story);
            let days = story.shift_weeks * 7;
            let moved = shifted(&trace.data, days);
            let mut dates = vec![trace.today];
            let steps = &trace.steps;
            for index in [0, steps.len() / 2, steps.len().saturating_sub(1)] {
                if let Some(step) = steps.get(index) {
                    dates.push(step.date);
                }
            }
            dates.dedup();
            for date in dates {
                let here = key(&engine::prescribe(&trace.data, date));
                let there = key(&engine::prescribe(&moved, date + Duration::days(days)));
                if here != there {
                    return Err(fail(format!(
                        "moving every date by {days} days changed the plan of {date}:\n  \
                         before: {here:?}\n  after:  {there:?}"
                    )));
                }
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// What the generators reach
// ---------------------------------------------------------------------------------------------

/// Prints how often each decision, status and brake shows up in this run's stories, and how often
/// the progress property's conditions are all met, to see what the generators reach after a
/// change: `cargo test --test engine_props generator_coverage -- --ignored --nocapture`.
#[test]
#[ignore = "a report, not a check"]
fn generator_coverage() {
    use proptest::strategy::ValueTree;
    use std::collections::BTreeMap;
    let (seed, cases) = search();
    let mut runner = TestRunner::new(Config {
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    });
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut count = |key: String| *counts.entry(key).or_default() += 1;
    let stories = story::story(MAX_VISITS);
    let greens = green::green_story();
    for _ in 0..cases {
        let story = stories.new_tree(&mut runner).expect("a story").current();
        let trace = story::simulate(&story);
        count(format!("kit {:?}", story.kit));
        for (view, plan) in plans(&trace) {
            count(format!("status {}", check::name(&plan.status)));
            if !view.reask_due().is_empty() {
                count("re-ask due".to_string());
            }
            for (day, prescription) in prescriptions(plan) {
                count(format!("decision {}", check::name(&prescription.decision)));
                if let Some((_, session, _)) = view.last(day, prescription.slot) {
                    let braked = !view.brakes(plan, day, prescription.slot).is_empty();
                    count(format!("slot with history, braked {braked}"));
                    if (view.today - session.started.date()).num_days() >= 14 {
                        count("slot after a long break".to_string());
                    }
                }
            }
        }
        let green = greens
            .new_tree(&mut runner)
            .expect("a green story")
            .current();
        let trace = green::simulate(&green);
        for (view, plan) in plans(&trace) {
            for (day, prescription) in prescriptions(plan) {
                if green::progress_due(&trace, &view, day, prescription.slot).is_some() {
                    count(format!(
                        "green: progress due, decided {}",
                        check::name(&prescription.decision)
                    ));
                }
            }
        }
    }
    for (key, count) in counts {
        println!("{count:7}  {key}");
    }
}
