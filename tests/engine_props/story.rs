//! Random people, equipment, programs and histories for the engine's property tests, and the
//! simulation that turns one into `AppData` by following the engine's own prescriptions most of
//! the time (so progression paths are really walked), with pain, missed check-ins, screens, long
//! breaks and people who lower the load themselves mixed in.

use chrono::{Duration, NaiveDate, NaiveTime};
use proptest::prelude::*;

use durable::domain::catalog::{self, DoseKind, Exercise, Implement};
use durable::domain::checkin::{CheckIn, Outcome};
use durable::domain::data::AppData;
use durable::domain::engine::{self, Plan, Prescription};
use durable::domain::equipment::{Bar, Dumbbells, Inventory, LoadSource, Plates, Preset};
use durable::domain::ladder::LADDERS;
use durable::domain::log::{ExerciseLog, Session, SetLog};
use durable::domain::phase;
use durable::domain::profile::{Experience, Profile, ScreenRecord};
use durable::domain::program::{Load, Program, ProgramDay, Scheme, Slot, Tempo};
use durable::domain::schedule;
use durable::domain::screen::{self, Level};
use durable::domain::units::{Mass, Unit};

/// The day every generated program starts (a Monday); the date-shift property moves it.
pub fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 6).expect("a valid date")
}

/// Sessions are logged in the evening, so "48 hours apart" is whole days apart.
pub fn evening() -> NaiveTime {
    NaiveTime::from_hms_opt(18, 0, 0).expect("a valid time")
}

/// What a person trains with, and the unit they read loads in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kit {
    /// An onboarding preset (kilograms).
    Preset(Preset),
    /// Three single kettlebells (8, 12, 20 kg): no pair, nothing else.
    KettlebellsOnly,
    /// Pairs of dumbbells (5–15 kg): nothing else.
    DumbbellsOnly,
    /// A 45 lb barbell with pound plates, pound dumbbells, a bench, a rack and a box.
    LbGarage,
    /// Pound dumbbell pairs (10–35 lb) and a box.
    LbDumbbells,
    /// Kettlebells in pounds (18, 26, 35, 35, 44 lb).
    LbKettlebells,
}

impl Kit {
    /// Every kit, for generators.
    pub const ALL: [Kit; 11] = [
        Kit::Preset(Preset::Nothing),
        Kit::Preset(Preset::Bands),
        Kit::Preset(Preset::FewDumbbells),
        Kit::Preset(Preset::Kettlebells),
        Kit::Preset(Preset::HomeGymBarbell),
        Kit::Preset(Preset::CommercialGym),
        Kit::KettlebellsOnly,
        Kit::DumbbellsOnly,
        Kit::LbGarage,
        Kit::LbDumbbells,
        Kit::LbKettlebells,
    ];

    /// The inventory.
    pub fn inventory(self) -> Inventory {
        let lb = |pounds: &[f64]| {
            pounds
                .iter()
                .map(|lb| Mass::from_lb(*lb))
                .collect::<Vec<_>>()
        };
        let kg = |kgs: &[f64]| kgs.iter().map(|kg| Mass::from_kg(*kg)).collect::<Vec<_>>();
        match self {
            Kit::Preset(preset) => preset.inventory(),
            Kit::KettlebellsOnly => Inventory {
                kettlebells: kg(&[8.0, 12.0, 20.0]),
                ..Inventory::default()
            },
            Kit::DumbbellsOnly => Inventory {
                dumbbells: Dumbbells::Pairs {
                    weights: kg(&[5.0, 7.5, 10.0, 12.5, 15.0]),
                },
                ..Inventory::default()
            },
            Kit::LbGarage => Inventory {
                dumbbells: Dumbbells::Pairs {
                    weights: lb(&[10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0]),
                },
                barbell: Some(Bar {
                    weight: Mass::from_lb(45.0),
                }),
                plates: [(2.5, 2), (5.0, 4), (10.0, 4), (25.0, 4), (45.0, 4)]
                    .iter()
                    .map(|(pounds, count)| Plates {
                        weight: Mass::from_lb(*pounds),
                        count: *count,
                    })
                    .collect(),
                bench: true,
                box_or_step: true,
                rack: true,
                bar_to_row_under: true,
                ..Inventory::default()
            },
            Kit::LbDumbbells => Inventory {
                dumbbells: Dumbbells::Pairs {
                    weights: lb(&[10.0, 15.0, 20.0, 25.0, 30.0, 35.0]),
                },
                box_or_step: true,
                ..Inventory::default()
            },
            Kit::LbKettlebells => Inventory {
                kettlebells: lb(&[18.0, 26.0, 35.0, 35.0, 44.0]),
                ..Inventory::default()
            },
        }
    }

    /// True for the kits bought in pounds.
    pub fn in_pounds(self) -> bool {
        matches!(self, Kit::LbGarage | Kit::LbDumbbells | Kit::LbKettlebells)
    }
}

/// The first safety screen, answered on the program's first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstScreen {
    /// Every answer "no".
    Clear,
    /// A "see a GP soon" answer: training goes on.
    SeeGp,
    /// An emergency answer that a clinician has cleared.
    EmergencyCleared,
    /// An urgent answer, cleared this many days later (or never).
    Blocked(Option<u8>),
}

/// One slot of a generated program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotSpec {
    /// Which ladder (modulo the number of ladders).
    pub ladder: u8,
    /// Which rung (modulo the ladder's length).
    pub rung: u8,
    /// Keep the rung even when the person cannot do it (else the nearest rung they can do).
    pub keep_rung: bool,
    /// Which of the owned implements (modulo), and whether to write it down.
    pub implement: u8,
    /// Which makeable load (modulo).
    pub load: u8,
    /// A written load the equipment may not make, in grams (loaded rungs only).
    pub odd_load: Option<u16>,
    /// Which scheme of the rung's dose kind (modulo).
    pub scheme: u8,
    /// The written target reps in reserve.
    pub rir: u8,
}

/// Where pain during a session is rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    /// On each exercise.
    PerExercise,
    /// Once for the session.
    Session,
    /// Not rated.
    Unrated,
}

/// One visit: a day the person opens the app to train, and the mornings before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visit {
    /// Days since the previous visit (the first visit: since the program started).
    pub gap: i64,
    /// Train this program day (modulo) instead of the next one in turn.
    pub off_day: Option<u8>,
    /// Where each set lands: 0 short of the range, 1–3 inside, 4 at the top, 5 above it.
    pub effort: u8,
    /// Reps in reserve logged on every set.
    pub rir: Option<u8>,
    /// Where pain during is rated.
    pub rating: Rating,
    /// Pain during, 0–10.
    pub pain: u8,
    /// Pain right after the session, if rated.
    pub after: Option<u8>,
    /// The next morning's pain against usual pain (None: no rating that morning).
    pub morning: Option<i8>,
    /// Other mornings' pain above usual pain.
    pub drift: u8,
    /// Which other mornings are rated: bit k for the k-th morning after the one after a session.
    pub fill: u16,
    /// "I'm having a flare" tapped the next morning.
    pub tapped: bool,
    /// New leg symptoms reported the next morning.
    pub legs: bool,
    /// The person lowers the first exercise's load themselves.
    pub adjusted: bool,
    /// The person answers the safety screen again when the plan asks for it.
    pub rescreen: bool,
    /// A weekly outcome is recorded that day.
    pub outcome: bool,
    /// The prescribed range is written into the log.
    pub log_range: bool,
}

/// Everything a random case is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// Equipment.
    pub kit: Kit,
    /// Read loads in pounds although the kit is metric.
    pub reads_pounds: bool,
    /// Usual pain, 0–10.
    pub usual: u8,
    /// Body weight in kg, if given.
    pub bodyweight: Option<u8>,
    /// The first safety screen.
    pub screen: FirstScreen,
    /// The program carries the starter's phases.
    pub phases: bool,
    /// Program days, each a list of slots.
    pub days: Vec<Vec<SlotSpec>>,
    /// Visits, in order.
    pub visits: Vec<Visit>,
    /// Days from the last visit to the day of the final plan.
    pub today_gap: i64,
    /// For the more-pain property: which pain number to raise (modulo) and by how much.
    pub raise: (u8, u8),
    /// For the date-shift property: weeks to move every date by (never 0).
    pub shift_weeks: i64,
}

/// A pain rating: mostly low, sometimes in the amber band, now and then severe.
pub fn pain() -> impl Strategy<Value = u8> {
    prop_oneof![12 => 0u8..=3, 3 => 4u8..=6, 1 => 7u8..=10]
}

/// Days between visits: mostly a few, sometimes one or two weeks, sometimes 2–8 weeks.
pub fn gap() -> impl Strategy<Value = i64> {
    prop_oneof![24 => 1i64..=4, 4 => 5i64..=13, 1 => 14i64..=15, 1 => 16i64..=60]
}

fn slot_spec() -> impl Strategy<Value = SlotSpec> {
    (
        any::<u8>(),
        any::<u8>(),
        prop::bool::weighted(0.08),
        any::<u8>(),
        any::<u8>(),
        prop::option::weighted(0.08, 1_000u16..=60_000),
        any::<u8>(),
        1u8..=3,
    )
        .prop_map(
            |(ladder, rung, keep_rung, implement, load, odd_load, scheme, rir)| SlotSpec {
                ladder,
                rung,
                keep_rung,
                implement,
                load,
                odd_load,
                scheme,
                rir,
            },
        )
}

fn visit() -> impl Strategy<Value = Visit> {
    (
        (
            gap(),
            prop::option::weighted(0.1, any::<u8>()),
            prop_oneof![2 => 1u8..=3, 5 => Just(4u8), 1 => Just(0u8), 1 => Just(5u8)],
            prop::option::weighted(
                0.8,
                prop_oneof![1 => Just(0u8), 6 => 1u8..=3, 1 => Just(4u8)],
            ),
            prop_oneof![
                5 => Just(Rating::PerExercise),
                2 => Just(Rating::Session),
                2 => Just(Rating::Unrated)
            ],
            pain(),
            prop::option::weighted(0.5, pain()),
        ),
        (
            prop::option::weighted(
                0.9,
                prop_oneof![16 => Just(0i8), 2 => Just(1i8), 1 => 2i8..=4, 1 => Just(-1i8)],
            ),
            prop_oneof![14 => Just(0u8), 2 => Just(1u8), 1 => 2u8..=3],
            any::<u16>(),
            prop::bool::weighted(0.02),
            prop::bool::weighted(0.02),
            prop::bool::weighted(0.05),
            prop::bool::weighted(0.5),
            prop::bool::weighted(0.2),
            prop::bool::weighted(0.9),
        ),
    )
        .prop_map(
            |(
                (gap, off_day, effort, rir, rating, pain, after),
                (morning, drift, fill, tapped, legs, adjusted, rescreen, outcome, log_range),
            )| Visit {
                gap,
                off_day,
                effort,
                rir,
                rating,
                pain,
                after,
                morning,
                drift,
                fill,
                tapped,
                legs,
                adjusted,
                rescreen,
                outcome,
                log_range,
            },
        )
}

fn first_screen() -> impl Strategy<Value = FirstScreen> {
    prop_oneof![
        12 => Just(FirstScreen::Clear),
        2 => Just(FirstScreen::SeeGp),
        2 => Just(FirstScreen::EmergencyCleared),
        1 => prop::option::of(0u8..=40).prop_map(FirstScreen::Blocked),
    ]
}

/// A whole random case with up to `max_visits` visits.
pub fn story(max_visits: usize) -> impl Strategy<Value = Story> {
    (
        (
            prop::sample::select(Kit::ALL.to_vec()),
            prop::bool::weighted(0.1),
            prop_oneof![6 => 0u8..=4, 2 => 5u8..=6, 1 => 7u8..=9],
            prop::option::weighted(0.8, 45u8..=120),
            first_screen(),
            any::<bool>(),
        ),
        (
            prop::collection::vec(prop::collection::vec(slot_spec(), 1..=3), 1..=3),
            prop::collection::vec(visit(), 0..=max_visits),
            prop_oneof![8 => 0i64..=3, 2 => 12i64..=15, 1 => 16i64..=60],
            (any::<u8>(), 1u8..=4),
            prop_oneof![4 => -8i64..=8, 1 => 48i64..=60, 1 => -60i64..=-48].prop_map(|weeks| {
                if weeks == 0 {
                    1
                } else {
                    weeks
                }
            }),
        ),
    )
        .prop_map(
            |(
                (kit, reads_pounds, usual, bodyweight, screen, phases),
                (days, visits, today_gap, raise, shift_weeks),
            )| Story {
                kit,
                reads_pounds: reads_pounds && !kit.in_pounds(),
                usual,
                bodyweight,
                screen,
                phases,
                days,
                visits,
                today_gap,
                raise,
                shift_weeks,
            },
        )
}

/// The unit the person reads loads in.
pub fn unit_of(kit: Kit, reads_pounds: bool) -> Unit {
    if kit.in_pounds() || reads_pounds {
        Unit::Lb
    } else {
        Unit::Kg
    }
}

/// The first question of the screen at this level.
fn question_at(level: Level) -> String {
    screen::QUESTIONS
        .iter()
        .find(|question| question.level == level)
        .map(|question| question.id.to_string())
        .expect("the screen has a question at every level")
}

/// The rung of a ladder the person can do nearest to `index`: at or below it, else above it.
fn doable_rung(ladder: &[&str], index: usize, inventory: &Inventory) -> usize {
    let doable = |position: &usize| {
        catalog::exercise(ladder[*position]).is_some_and(|exercise| inventory.can_do(exercise))
    };
    (0..=index)
        .rev()
        .find(doable)
        .or_else(|| (index..ladder.len()).find(doable))
        .unwrap_or(index)
}

/// Schemes a plan might write, by dose kind: (sets, max sets, low, high).
fn schemes(kind: DoseKind) -> &'static [(u8, Option<u8>, u16, u16)] {
    match kind {
        DoseKind::Reps => &[
            (2, None, 12, 15),
            (3, None, 8, 12),
            (2, Some(3), 6, 10),
            (3, Some(4), 5, 8),
            (1, None, 10, 15),
            (2, Some(4), 8, 12),
        ],
        DoseKind::Seconds => &[(2, Some(3), 20, 30), (3, None, 15, 30), (1, None, 20, 40)],
        DoseKind::Metres => &[(2, Some(3), 10, 20), (3, None, 20, 30)],
    }
}

/// The written slot for a spec.
pub fn slot(spec: &SlotSpec, inventory: &Inventory) -> Slot {
    let ladder = &LADDERS[usize::from(spec.ladder) % LADDERS.len()];
    let mut index = usize::from(spec.rung) % ladder.rungs.len();
    if !spec.keep_rung {
        index = doable_rung(ladder.rungs, index, inventory);
    }
    let exercise = catalog::exercise(ladder.rungs[index]).expect("every rung is in the catalog");
    let owned: Vec<Implement> = exercise
        .implements()
        .filter(|implement| inventory.can_do_with(exercise, *implement))
        .collect();
    let chosen = (!owned.is_empty()).then(|| owned[usize::from(spec.implement) % owned.len()]);
    let written = chosen
        .filter(|implement| *implement != exercise.implement || spec.implement.is_multiple_of(3));
    let used = chosen.unwrap_or(exercise.implement);
    let loads = inventory.loads(LoadSource::of(exercise, used));
    let load = match spec.odd_load {
        Some(grams) if !matches!(used, Implement::Bodyweight | Implement::Band) => {
            Load::Mass(Mass::from_grams(i64::from(grams)))
        }
        _ if loads.is_empty() => Load::Bodyweight,
        _ => loads[usize::from(spec.load) % loads.len()].clone(),
    };
    let options = schemes(exercise.dose.kind);
    let (sets, max_sets, low, high) = options[usize::from(spec.scheme) % options.len()];
    Slot {
        pattern: exercise.pattern,
        ladder: ladder.id.to_string(),
        exercise: exercise.id.to_string(),
        scheme: Scheme {
            sets,
            max_sets,
            low,
            high,
            target_rir: spec.rir,
        },
        load,
        implement: written,
        rest_seconds: None,
        alternatives: Vec::new(),
    }
}

/// The data before anything is logged: profile, first screen and program.
pub fn start_data(story: &Story) -> AppData {
    let inventory = story.kit.inventory();
    let start = start();
    let screen = match story.screen {
        FirstScreen::Clear => ScreenRecord {
            date: start,
            yes: Vec::new(),
            cleared: None,
        },
        FirstScreen::SeeGp => ScreenRecord {
            date: start,
            yes: vec![question_at(Level::GpSoon)],
            cleared: None,
        },
        FirstScreen::EmergencyCleared => ScreenRecord {
            date: start,
            yes: vec![question_at(Level::Emergency)],
            cleared: Some(start),
        },
        FirstScreen::Blocked(cleared) => ScreenRecord {
            date: start,
            yes: vec![question_at(Level::Urgent)],
            cleared: cleared.map(|days| start + Duration::days(i64::from(days))),
        },
    };
    let days = story
        .days
        .iter()
        .enumerate()
        .map(|(index, slots)| ProgramDay {
            name: format!("Day {}", index + 1),
            slots: slots.iter().map(|spec| slot(spec, &inventory)).collect(),
        })
        .collect();
    AppData {
        profile: Some(Profile {
            unit: unit_of(story.kit, story.reads_pounds),
            inventory,
            days_per_week: 3,
            minutes_per_session: 45,
            experience: Experience::Some,
            baseline_pain: story.usual,
            bodyweight: story.bodyweight.map(|kg| Mass::from_kg(f64::from(kg))),
            goals: Vec::new(),
            walk_minutes_per_week: None,
            screens: vec![screen],
            created: start,
            theme: Default::default(),
        }),
        program: Some(Program {
            name: "Props".into(),
            author: "A clinic".into(),
            notes: String::new(),
            weeks: 12,
            start,
            days,
            phases: if story.phases {
                phase::starter_phases()
            } else {
                Vec::new()
            },
        }),
        ..AppData::default()
    }
}

/// One plan the simulation asked for on a visit, with how many sessions were logged before it.
#[derive(Clone, Debug)]
pub struct Step {
    /// The visit's date.
    pub date: NaiveDate,
    /// Sessions logged before the plan was made (the plan read `data.sessions[..sessions]`).
    pub sessions: usize,
    /// The plan.
    pub plan: Plan,
}

/// What a simulation produced.
#[derive(Clone, Debug)]
pub struct Trace {
    /// All the data at the end.
    pub data: AppData,
    /// The plan of every visit.
    pub steps: Vec<Step>,
    /// For each logged session (by index), the plan it followed.
    pub followed: Vec<Plan>,
    /// The day of the final plan.
    pub today: NaiveDate,
    /// The final plan, made on `today` from all the data.
    pub last: Plan,
}

/// Clamps a pain rating to 0–10.
fn rating(value: i16) -> u8 {
    u8::try_from(value.clamp(0, 10)).expect("0–10 fits")
}

/// Adds the mornings after `from` up to and including `to`. The first of them is the morning after
/// a session when `after_session` is given (its rating, flare tap and leg symptoms come from that
/// visit); the others are rated when `mornings`' fill bit says so, at usual pain plus its drift.
fn add_mornings(
    data: &mut AppData,
    usual: u8,
    from: NaiveDate,
    to: NaiveDate,
    after_session: Option<&Visit>,
    mornings: &Visit,
) {
    let mut date = from + Duration::days(1);
    let mut index = 0u32;
    while date <= to {
        let checkin = match (index, after_session) {
            (0, Some(visit)) => {
                let pain = visit
                    .morning
                    .map(|delta| rating(i16::from(usual) + i16::from(delta)));
                (pain.is_some() || visit.tapped || visit.legs).then(|| CheckIn {
                    date,
                    pain,
                    flare: visit.tapped,
                    new_leg_symptoms: visit.legs,
                    ..CheckIn::default()
                })
            }
            _ => (mornings.fill & (1 << (index % 16)) != 0).then(|| CheckIn {
                date,
                pain: Some(rating(i16::from(usual) + i16::from(mornings.drift))),
                ..CheckIn::default()
            }),
        };
        data.checkins.extend(checkin);
        date += Duration::days(1);
        index += 1;
    }
}

/// The value logged on each set for an effort.
fn value_for(effort: u8, prescription: &Prescription) -> u16 {
    let (low, high) = (prescription.low, prescription.high);
    match effort {
        0 => low.saturating_sub(1 + low / 4),
        1..=3 => low + high.saturating_sub(low) * u16::from(effort) / 4,
        4 => high,
        _ => high + 1,
    }
}

/// The session a person logs from a day's prescriptions.
pub fn follow(
    index: usize,
    day: usize,
    prescriptions: &[Prescription],
    inventory: &Inventory,
    date: NaiveDate,
    visit: &Visit,
) -> Session {
    let exercises = prescriptions
        .iter()
        .filter(|prescription| prescription.sets > 0)
        .enumerate()
        .filter_map(|(position, prescription)| {
            let exercise: &Exercise = catalog::exercise(&prescription.exercise)?;
            let mut load = prescription.load.clone();
            let mut adjusted = false;
            if visit.adjusted && position == 0 {
                // What a person types when the back feels off: the next load down of the
                // implement, whether or not it makes a pair.
                if let Some(lower) = inventory.next_load_down(prescription.implement, &load) {
                    load = lower;
                    adjusted = true;
                }
            }
            let value = value_for(visit.effort, prescription);
            let pain_during = (visit.rating == Rating::PerExercise).then(|| {
                visit
                    .pain
                    .saturating_sub(u8::try_from(position % 2).unwrap_or(0))
            });
            Some(ExerciseLog {
                slot: prescription.slot,
                exercise: prescription.exercise.clone(),
                sets: (0..prescription.sets)
                    .map(|_| SetLog {
                        value,
                        load: load.clone(),
                        rir: visit.rir,
                    })
                    .collect(),
                pain_during,
                user_adjusted: adjusted,
                today_only: false,
                implement: (prescription.implement != exercise.implement || visit.fill & 1 == 1)
                    .then_some(prescription.implement),
                range: visit
                    .log_range
                    .then_some((prescription.low, prescription.high)),
                tempo: (prescription.tempo != Tempo::Steady || visit.fill & 2 == 2)
                    .then_some(prescription.tempo),
            })
        })
        .collect();
    Session {
        id: format!("s{index}"),
        started: date.and_time(evening()),
        day,
        exercises,
        pain_during: (visit.rating == Rating::Session).then_some(visit.pain),
        pain_after: visit.after,
        notes: String::new(),
        finished: true,
    }
}

/// The status of a plan in the words the engine serialises it with.
pub fn status_name(plan: &Plan) -> String {
    super::check::name(&plan.status)
}

/// Plays a story: on each visit, the mornings since the last one are rated (or not), the plan is
/// asked for, the screen is answered again when asked and the visit says so, and the person logs
/// the next program day as prescribed (their own lower load when the visit says so).
pub fn simulate(story: &Story) -> Trace {
    let mut data = start_data(story);
    let inventory = story.kit.inventory();
    let usual = story.usual;
    let mut steps = Vec::new();
    let mut followed = Vec::new();
    let mut date = start();
    let mut previous: Option<Visit> = None;
    for visit in &story.visits {
        let next = date + Duration::days(visit.gap.max(1));
        add_mornings(&mut data, usual, date, next, previous.as_ref(), visit);
        date = next;
        let mut plan = engine::prescribe(&data, date);
        if visit.rescreen && !plan.ask_safety_screen.is_empty() {
            if let Some(profile) = data.profile.as_mut() {
                profile.screens.push(ScreenRecord {
                    date,
                    yes: Vec::new(),
                    cleared: None,
                });
            }
            plan = engine::prescribe(&data, date);
        }
        steps.push(Step {
            date,
            sessions: data.sessions.len(),
            plan: plan.clone(),
        });
        if visit.outcome {
            data.outcomes.push(Outcome {
                date,
                usual_pain: Some(usual),
                psfs: Vec::new(),
                confidence: Some(6),
            });
        }
        let program = data.program.as_ref().expect("a program");
        let day = match visit.off_day {
            Some(pick) => usize::from(pick) % program.days.len(),
            None => schedule::next_day(program, &data.sessions).unwrap_or(0),
        };
        let trains = status_name(&plan) != "blocked" && !plan.screen.blocks_training();
        let prescriptions = plan
            .days
            .iter()
            .find(|prescribed| prescribed.day == day)
            .map(|prescribed| prescribed.slots.as_slice())
            .unwrap_or_default();
        if trains
            && prescriptions
                .iter()
                .any(|prescription| prescription.sets > 0)
        {
            let session = follow(
                data.sessions.len(),
                day,
                prescriptions,
                &inventory,
                date,
                visit,
            );
            data.sessions.push(session);
            followed.push(plan);
            previous = Some(*visit);
        } else {
            previous = None;
        }
    }
    let today = date + Duration::days(story.today_gap);
    let mornings = story.visits.last().copied().unwrap_or(QUIET);
    add_mornings(&mut data, usual, date, today, previous.as_ref(), &mornings);
    let last = engine::prescribe(&data, today);
    Trace {
        data,
        steps,
        followed,
        today,
        last,
    }
}

/// A visit whose mornings are all rated at usual pain (for stories without visits).
const QUIET: Visit = Visit {
    gap: 1,
    off_day: None,
    effort: 4,
    rir: Some(2),
    rating: Rating::PerExercise,
    pain: 0,
    after: None,
    morning: Some(0),
    drift: 0,
    fill: u16::MAX,
    tapped: false,
    legs: false,
    adjusted: false,
    rescreen: false,
    outcome: false,
    log_range: true,
};
