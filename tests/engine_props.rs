//! Property tests of the progression engine: on random people, equipment and histories built by
//! following the engine, it never prescribes equipment the person lacks, never raises load on a
//! gate that is not green, never moves more than one rung at a time (a flare may go two down), and
//! gives the same plan for the same data.

use chrono::{Duration, NaiveDate, NaiveTime};
use proptest::prelude::*;

use durable::domain::catalog::{self, Exercise, Implement};
use durable::domain::checkin::CheckIn;
use durable::domain::data::AppData;
use durable::domain::engine::{self, Decision, Plan};
use durable::domain::equipment::{Inventory, Preset};
use durable::domain::ladder::{self, LADDERS};
use durable::domain::log::{ExerciseLog, Session, SetLog};
use durable::domain::profile::{Experience, Profile, ScreenRecord};
use durable::domain::program::{Load, Program, ProgramDay, Scheme, Slot};
use durable::domain::rules;
use durable::domain::units::{Mass, Unit};

/// Every equipment preset.
const PRESETS: [Preset; 6] = [
    Preset::Nothing,
    Preset::Bands,
    Preset::FewDumbbells,
    Preset::Kettlebells,
    Preset::HomeGymBarbell,
    Preset::CommercialGym,
];

/// One generated session: how it went, and the mornings around it.
#[derive(Clone, Debug)]
struct Day {
    /// Days since the previous session (1–4).
    gap: i64,
    /// Where each set lands in the range: 0 = short, 1..=3 inside, 4 = top or above.
    effort: u8,
    /// Pain during, if rated.
    during: Option<u8>,
    /// The next morning's pain above usual pain (0–3), if checked in; other mornings are usual.
    morning: Option<u8>,
    /// The person tapped "I'm having a flare" that morning.
    tapped: bool,
    /// The person lowered the load themselves.
    adjusted: bool,
}

fn day_strategy() -> impl Strategy<Value = Day> {
    (
        1i64..=4,
        prop_oneof![5 => Just(4u8), 1 => 0u8..=3],
        prop::option::weighted(0.9, prop_oneof![5 => 0u8..=3, 1 => 4u8..=7]),
        prop::option::weighted(0.85, prop_oneof![6 => Just(0u8), 1 => 1u8..=3]),
        prop::bool::weighted(0.03),
        prop::bool::weighted(0.05),
    )
        .prop_map(|(gap, effort, during, morning, tapped, adjusted)| Day {
            gap,
            effort,
            during,
            morning,
            tapped,
            adjusted,
        })
}

/// A person with a preset, a usual pain, and a program day of up to three slots picked by
/// (ladder, rung) indices.
fn start_data(preset: usize, baseline: u8, slots: &[(usize, usize)], start: NaiveDate) -> AppData {
    let inventory = PRESETS[preset % PRESETS.len()].inventory();
    let slots = slots
        .iter()
        .filter_map(|(ladder_index, rung_index)| {
            let ladder = &LADDERS[ladder_index % LADDERS.len()];
            let exercise = catalog::exercise(ladder.rungs[rung_index % ladder.rungs.len()])?;
            let load = inventory
                .loads_for(exercise)
                .first()
                .cloned()
                .unwrap_or(Load::Bodyweight);
            Some(Slot {
                pattern: exercise.pattern,
                ladder: ladder.id.to_string(),
                exercise: exercise.id.to_string(),
                scheme: Scheme {
                    sets: rules::PHASE1_SETS,
                    max_sets: None,
                    low: rules::PHASE1_LOW,
                    high: rules::PHASE1_HIGH,
                    target_rir: rules::TARGET_RIR,
                },
                load,
                implement: None,
            })
        })
        .collect();
    AppData {
        profile: Some(Profile {
            unit: Unit::Kg,
            inventory,
            days_per_week: 3,
            minutes_per_session: 45,
            experience: Experience::Some,
            baseline_pain: baseline,
            bodyweight: Some(Mass::from_kg(70.0)),
            goals: Vec::new(),
            walk_minutes_per_week: None,
            screens: vec![ScreenRecord {
                date: start,
                yes: Vec::new(),
                cleared: None,
            }],
            created: start,
        }),
        program: Some(Program {
            name: "Props".into(),
            author: String::new(),
            notes: String::new(),
            weeks: 12,
            phases: Vec::new(),
            start,
            days: vec![ProgramDay {
                name: "Day A".into(),
                slots,
            }],
        }),
        ..AppData::default()
    }
}

/// The mass of a load in this inventory (zero for body weight).
fn mass(load: &Load, inventory: &Inventory) -> Mass {
    load.mass(inventory).unwrap_or(Mass::ZERO)
}

/// True when no rung of the exercise's ladder can be done with this equipment.
fn ladder_impossible(exercise: &Exercise, inventory: &Inventory) -> bool {
    ladder::ladder(exercise.ladder).is_some_and(|ladder| {
        ladder
            .rungs
            .iter()
            .filter_map(|id| catalog::exercise(id))
            .all(|rung| !inventory.can_do(rung))
    })
}

/// How many rungs the person can do lie between two rungs of one ladder, counting the far end.
fn doable_rungs_moved(from: &str, to: &str, inventory: &Inventory) -> Option<usize> {
    let (ladder, from_position) = ladder::rung_of(from)?;
    let (to_ladder, to_position) = ladder::rung_of(to)?;
    if ladder.id != to_ladder.id {
        return None;
    }
    let (low, high) = if from_position <= to_position {
        (from_position, to_position)
    } else {
        (to_position, from_position)
    };
    Some(
        ladder.rungs[low + 1..=high]
            .iter()
            .filter_map(|id| catalog::exercise(id))
            .filter(|rung| inventory.can_do(rung))
            .count(),
    )
}

/// Checks one plan against the last logged session.
fn check_plan(
    data: &AppData,
    plan: &Plan,
    last: Option<(&Session, &Day)>,
) -> Result<(), TestCaseError> {
    let profile = data.profile.as_ref().expect("profile");
    let inventory = &profile.inventory;
    for prescription in plan.days.iter().flat_map(|day| &day.slots) {
        let exercise = catalog::exercise(&prescription.exercise).expect("known exercise");
        if ladder_impossible(exercise, inventory) {
            continue;
        }
        prop_assert!(
            inventory.can_do(exercise),
            "prescribed {} without its equipment",
            exercise.id
        );
        if exercise.implement == Implement::Bodyweight {
            prop_assert_eq!(&prescription.load, &Load::Bodyweight);
        } else {
            prop_assert!(
                inventory.loads_for(exercise).contains(&prescription.load),
                "{:?} is not a load the person can make for {}",
                prescription.load,
                exercise.id
            );
        }
        let Some((session, day)) = last else { continue };
        let Some(log) = session
            .exercises
            .iter()
            .find(|log| log.slot == prescription.slot)
        else {
            continue;
        };
        let not_green = day
            .during
            .is_none_or(|during| during > rules::GREEN_MAX_PAIN_DURING)
            || day.morning.is_none_or(|above| above > 0);
        let logged = log
            .sets
            .iter()
            .map(|set| mass(&set.load, inventory))
            .min()
            .unwrap_or_default();
        if not_green && log.exercise == prescription.exercise {
            prop_assert!(
                mass(&prescription.load, inventory) <= logged,
                "load raised on a non-green gate: {} {:?} after {:?} ({:?})",
                prescription.exercise,
                prescription.load,
                log.sets.first().map(|set| &set.load),
                prescription.decision
            );
        }
        if not_green {
            prop_assert!(!matches!(
                prescription.decision,
                Decision::ProgressLoad | Decision::RungUp
            ));
        }
        if let Some(moved) = doable_rungs_moved(&log.exercise, &prescription.exercise, inventory) {
            let allowed = if prescription.decision == Decision::FlareSession {
                usize::from(rules::FLARE_RUNGS_DOWN_MAX)
            } else {
                1
            };
            prop_assert!(
                moved <= allowed,
                "moved {} rungs: {} → {} ({:?})",
                moved,
                log.exercise,
                prescription.exercise,
                prescription.decision
            );
        }
    }
    Ok(())
}

/// The session the person does from the plan.
fn follow(plan: &Plan, data: &AppData, date: NaiveDate, day: &Day, index: usize) -> Session {
    let inventory = &data.profile.as_ref().expect("profile").inventory;
    let exercises = plan.days[0]
        .slots
        .iter()
        .map(|prescription| {
            let exercise = catalog::exercise(&prescription.exercise).expect("known exercise");
            let mut load = prescription.load.clone();
            let mut adjusted = false;
            if day.adjusted {
                if let Some(lower) = inventory.next_load_down(exercise.implement, &load) {
                    load = lower;
                    adjusted = true;
                }
            }
            let span = prescription.high.saturating_sub(prescription.low);
            let value = match day.effort {
                0 => prescription.low.saturating_sub(1),
                4 => prescription.high,
                inside => prescription.low + span * u16::from(inside) / 4,
            };
            ExerciseLog {
                slot: prescription.slot,
                exercise: prescription.exercise.clone(),
                sets: (0..prescription.sets.max(1))
                    .map(|_| SetLog {
                        value,
                        load: load.clone(),
                        rir: Some(2),
                    })
                    .collect(),
                pain_during: day.during,
                user_adjusted: adjusted,
                implement: None,
                tempo: None,
            }
        })
        .collect();
    Session {
        id: format!("p{index}"),
        started: date.and_time(NaiveTime::from_hms_opt(18, 0, 0).expect("time")),
        day: 0,
        exercises,
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished: true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn engine_keeps_its_promises(
        preset in 0usize..6,
        baseline in 1u8..=7,
        slots in prop::collection::vec((0usize..20, 0usize..20), 1..=3),
        days in prop::collection::vec(day_strategy(), 0..30),
    ) {
        let start = NaiveDate::from_ymd_opt(2025, 1, 6).expect("valid date");
        let mut data = start_data(preset, baseline, &slots, start);
        let mut date = start;
        let mut last: Option<(Session, Day)> = None;
        for (index, day) in days.iter().enumerate() {
            let plan = engine::prescribe(&data, date);
            check_plan(&data, &plan, last.as_ref().map(|(session, day)| (session, day)))?;
            prop_assert_eq!(&plan, &engine::prescribe(&data, date), "same data, same plan");
            let session = follow(&plan, &data, date, day, index);
            data.sessions.push(session.clone());
            let next_morning = date + Duration::days(1);
            data.checkins.push(CheckIn {
                date: next_morning,
                pain: day.morning.map(|above| (baseline + above).min(10)),
                flare: day.tapped,
                ..CheckIn::default()
            });
            for extra in 2..=day.gap {
                data.checkins.push(CheckIn {
                    date: date + Duration::days(extra),
                    pain: Some(baseline),
                    ..CheckIn::default()
                });
            }
            last = Some((session, day.clone()));
            date += Duration::days(day.gap.max(1));
        }
        let plan = engine::prescribe(&data, date);
        check_plan(&data, &plan, last.as_ref().map(|(session, day)| (session, day)))?;
    }
}
