//! Green histories for the "it does progress" property: a clear screen, every morning at usual
//! pain, low pain during and after, the person doing exactly what is prescribed, mostly at the top
//! of the range, a few days apart. Whenever the last two sessions of a slot meet every condition of
//! CLINICAL.md §3, the engine must step something up.

use chrono::Duration;
use proptest::prelude::*;

use durable::domain::catalog::{self, Implement};
use durable::domain::checkin::CheckIn;
use durable::domain::engine::{self, Plan, Prescription};
use durable::domain::program::Tempo;
use durable::domain::schedule;
use durable::domain::units::{Mass, Unit};

use super::check::{self, View, SAME_LOAD, STEPS_UP};
use super::story::{self, FirstScreen, Kit, Rating, SlotSpec, Step, Story, Trace, Visit};

/// A slot's last session this many days or more before today reads as a long break (§6).
const LONG_BREAK_DAYS: i64 = 14;
/// At most one step up per slot in this many days (§3).
const STEP_DAYS: i64 = 7;
/// Top sessions count as two only this many days (48 h, sessions in the evening) apart (§3).
const TOP_SESSIONS_DAYS: i64 = 2;

/// One green visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GreenVisit {
    /// Days since the previous visit.
    pub gap: i64,
    /// Every set at the top of the range (else inside it).
    pub top: bool,
    /// Reps in reserve logged (0 now and then: a set ground out does not count).
    pub rir: Option<u8>,
    /// Pain during, at most 3 and less than 3 above usual.
    pub pain: u8,
    /// Pain right after, likewise.
    pub after: Option<u8>,
    /// Pain during rated on each exercise (else once for the session).
    pub per_exercise: bool,
}

/// A green history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GreenStory {
    /// Equipment.
    pub kit: Kit,
    /// Usual pain.
    pub usual: u8,
    /// The program carries the starter's phases.
    pub phases: bool,
    /// Program days and slots.
    pub days: Vec<Vec<SlotSpec>>,
    /// Visits.
    pub visits: Vec<GreenVisit>,
    /// Days from the last visit to the final plan.
    pub today_gap: i64,
}

fn green_visit() -> impl Strategy<Value = GreenVisit> {
    (
        1i64..=4,
        prop::bool::weighted(0.8),
        prop_oneof![1 => Just(None), 6 => (1u8..=4).prop_map(Some), 1 => Just(Some(0u8))],
        0u8..=3,
        prop::option::weighted(0.6, 0u8..=3),
        any::<bool>(),
    )
        .prop_map(|(gap, top, rir, pain, after, per_exercise)| GreenVisit {
            gap,
            top,
            rir,
            pain,
            after,
            per_exercise,
        })
}

/// A green history of up to ten visits (at most 44 days, so no light week falls due).
pub fn green_story() -> impl Strategy<Value = GreenStory> {
    let spec = (
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        1u8..=3,
    )
        .prop_map(|(ladder, rung, implement, load, scheme, rir)| SlotSpec {
            ladder,
            rung,
            keep_rung: false,
            implement,
            load,
            odd_load: None,
            scheme,
            rir,
        });
    (
        prop::sample::select(Kit::ALL.to_vec()),
        0u8..=5,
        any::<bool>(),
        prop::collection::vec(prop::collection::vec(spec, 1..=3), 1..=2),
        prop::collection::vec(green_visit(), 2..=10),
        1i64..=4,
    )
        .prop_map(|(kit, usual, phases, days, visits, today_gap)| GreenStory {
            kit,
            usual,
            phases,
            days,
            visits,
            today_gap,
        })
}

/// Plays a green history: every morning rated at usual pain, every prescription followed exactly.
pub fn simulate(green: &GreenStory) -> Trace {
    let quiet_cap = green.usual.saturating_add(2).min(3);
    let as_story = Story {
        kit: green.kit,
        reads_pounds: false,
        usual: green.usual,
        bodyweight: Some(80),
        screen: FirstScreen::Clear,
        phases: green.phases,
        days: green.days.clone(),
        visits: Vec::new(),
        today_gap: green.today_gap,
        raise: (0, 0),
        shift_weeks: 1,
    };
    let mut data = story::start_data(&as_story);
    let inventory = green.kit.inventory();
    let start = story::start();
    let total: i64 = green.visits.iter().map(|visit| visit.gap).sum::<i64>() + green.today_gap;
    data.checkins = (1..=total)
        .map(|offset| CheckIn {
            date: start + Duration::days(offset),
            pain: Some(green.usual),
            ..CheckIn::default()
        })
        .collect();
    let mut steps = Vec::new();
    let mut followed = Vec::new();
    let mut date = start;
    for visit in &green.visits {
        date += Duration::days(visit.gap);
        let plan = engine::prescribe(&data, date);
        steps.push(Step {
            date,
            sessions: data.sessions.len(),
            plan: plan.clone(),
        });
        let program = data.program.as_ref().expect("a program");
        let day = schedule::next_day(program, &data.sessions).unwrap_or(0);
        let Some(prescribed) = plan.days.iter().find(|prescribed| prescribed.day == day) else {
            continue;
        };
        let as_visit = Visit {
            gap: visit.gap,
            off_day: None,
            effort: if visit.top { 4 } else { 2 },
            rir: visit.rir,
            rating: if visit.per_exercise {
                Rating::PerExercise
            } else {
                Rating::Session
            },
            pain: visit.pain.min(quiet_cap),
            after: visit.after.map(|after| after.min(quiet_cap)),
            morning: Some(0),
            drift: 0,
            fill: 3,
            tapped: false,
            legs: false,
            adjusted: false,
            rescreen: false,
            outcome: false,
            log_range: true,
        };
        if prescribed.slots.iter().any(|slot| slot.sets > 0) {
            let session = story::follow(
                data.sessions.len(),
                day,
                &prescribed.slots,
                &inventory,
                date,
                &as_visit,
            );
            data.sessions.push(session);
            followed.push(plan);
        }
    }
    let today = date + Duration::days(green.today_gap);
    let last = engine::prescribe(&data, today);
    Trace {
        data,
        steps,
        followed,
        today,
        last,
    }
}

/// The prescription a logged session followed for one slot.
fn followed_for(trace: &Trace, index: usize, day: usize, slot: usize) -> Option<&Prescription> {
    trace
        .followed
        .get(index)?
        .days
        .iter()
        .find(|prescribed| prescribed.day == day)?
        .slots
        .iter()
        .find(|prescription| prescription.slot == slot)
}

/// True when `now` steps up anything against `before`: a higher rung, or on the same rung a
/// heavier load, more sets, a harder tempo or a higher range top.
pub fn stepped_up(
    now: &Prescription,
    before: &Prescription,
    inventory_masses: (Mass, Mass),
) -> bool {
    let (now_mass, before_mass) = inventory_masses;
    check::rung_higher(&now.exercise, &before.exercise)
        || (now.exercise == before.exercise
            && (now_mass > before_mass + SAME_LOAD
                || now.sets > before.sets
                || now.tempo > before.tempo
                || now.high > before.high))
}

/// The smallest and largest barbell step (§3: +2.5–5 kg lower body, +1–2.5 kg upper body; the
/// pound plates' +5–10 lb and +2.5–5 lb), and never more than 5% of the load unless that is
/// below the smallest step.
fn barbell_limit(from: Mass, lower_body: bool, unit: Unit) -> Mass {
    let (min, max) = match (unit, lower_body) {
        (Unit::Kg, true) => (Mass::from_kg(2.5), Mass::from_kg(5.0)),
        (Unit::Kg, false) => (Mass::from_kg(1.0), Mass::from_kg(2.5)),
        (Unit::Lb, true) => (Mass::from_lb(5.0), Mass::from_lb(10.0)),
        (Unit::Lb, false) => (Mass::from_lb(2.5), Mass::from_lb(5.0)),
    };
    max.min(min.max(from.percent(5)))
}

/// When every condition of §3 is met for one slot today, a sentence saying so; else `None`.
///
/// The conditions: the slot's last two sessions followed the same prescription (rung, implement,
/// load, tempo, sets, range) and reached its top in every set with at least 1 rep in reserve (or
/// none given), at least 48 h apart; the written scheme is the same today as on both days; pain
/// during and right after ≤ 3 and next mornings at most usual (the green generator guarantees
/// it, and it is checked); fewer than 14 days since the last session; no step up on this slot in
/// the last 7 days; and a next step exists (see below).
pub fn progress_due(
    trace: &Trace,
    view: &View<'_>,
    day: usize,
    slot: usize,
) -> Option<(String, Prescription)> {
    let inventory = view.inventory();
    let unit = view.profile().unit;
    let logs = view.logs(day, slot);
    let [.., (first, first_session, first_log), (second, second_session, second_log)] =
        logs.as_slice()
    else {
        return None;
    };
    let before = followed_for(trace, *first, day, slot)?;
    let last = followed_for(trace, *second, day, slot)?;
    let same = |a: &Prescription, b: &Prescription| {
        a.exercise == b.exercise
            && a.implement == b.implement
            && a.load == b.load
            && a.tempo == b.tempo
            && a.sets == b.sets
            && a.low == b.low
            && a.high == b.high
    };
    if !same(before, last) || last.sets == 0 {
        return None;
    }
    let at_top = |log: &durable::domain::log::ExerciseLog| {
        !log.sets.is_empty()
            && log.exercise == last.exercise
            && log
                .sets
                .iter()
                .all(|set| set.value >= last.high && set.rir.is_none_or(|rir| rir >= 1))
    };
    let (first_date, second_date) = (first_session.started.date(), second_session.started.date());
    if !at_top(first_log)
        || !at_top(second_log)
        || (second_date - first_date).num_days() < TOP_SESSIONS_DAYS
        || (view.today - second_date).num_days() >= LONG_BREAK_DAYS
    {
        return None;
    }
    for (session, log) in [(first_session, first_log), (second_session, second_log)] {
        let date = session.started.date();
        let during = log.pain_during.or(session.pain_during).unwrap_or(0);
        let after = session.pain_after.unwrap_or(0);
        let morning = view.morning(date + Duration::days(1))?;
        if during > 3 || after > 3 || morning > view.usual() {
            return None;
        }
    }
    let scheme_on = |date| view.scheme(day, slot, &last.exercise, last.implement, date);
    let written = scheme_on(view.today)?;
    if scheme_on(first_date) != Some(written) || scheme_on(second_date) != Some(written) {
        return None;
    }
    // No step up on this slot in the last 7 days: compare each followed prescription with the one
    // before it.
    let followed: Vec<(chrono::NaiveDate, &Prescription)> = logs
        .iter()
        .filter_map(|(index, session, _)| {
            followed_for(trace, *index, day, slot).map(|p| (session.started.date(), p))
        })
        .collect();
    let mass_of = |p: &Prescription| check::mass(&p.load, inventory);
    let last_step = followed
        .windows(2)
        .filter(|pair| {
            stepped_up(
                pair[1].1,
                pair[0].1,
                (mass_of(pair[1].1), mass_of(pair[0].1)),
            )
        })
        .map(|pair| pair[1].0)
        .max();
    if last_step.is_some_and(|date| (view.today - date).num_days() < STEP_DAYS) {
        return None;
    }
    let exercise = catalog::exercise(&last.exercise)?;
    let from = mass_of(last);
    let heavier: Vec<Mass> = check::makeable(inventory, &last.exercise, last.implement)
        .into_iter()
        .filter(|mass| *mass > from + SAME_LOAD)
        .collect();
    // The next step, in the design's order: a set the plan allows, the next load (for a barbell
    // within the step limits), else a longer range when the equipment runs out; for body-weight
    // reps a harder tempo. Once the range has been lengthened (a reps bridge, a longer hold), only
    // a heavier load is a step: the next rung waits for the top to hold 14 days.
    let lengthened = last.high > written.high;
    let loaded = last.implement != Implement::Bodyweight;
    let next_step = if !lengthened && last.sets < written.top_sets() {
        "a set the plan allows"
    } else if loaded && !heavier.is_empty() {
        if matches!(last.implement, Implement::Barbell | Implement::TrapBar) {
            let limit = barbell_limit(from, exercise.pattern.is_lower_body(), unit);
            if heavier.iter().any(|mass| *mass <= from + limit + SAME_LOAD) {
                "a heavier load within the barbell step"
            } else if !lengthened {
                "a longer range before a barbell step too big to take"
            } else {
                return None;
            }
        } else {
            "a heavier load the equipment makes"
        }
    } else if loaded && !lengthened {
        "a longer range: the equipment runs out"
    } else if check::bodyweight_reps(&last.exercise, last.implement) {
        if last.tempo < Tempo::Paused {
            "a harder tempo"
        } else {
            return None;
        }
    } else {
        // Held body-weight rungs: more seconds or the next rung after 14 days; the rules leave
        // the order open, so no step is claimed.
        return None;
    };
    Some((
        format!(
            "top of the range on {first_date} and {second_date}, green, {} days since the last \
             step, next step: {next_step}",
            last_step.map_or("no".to_string(), |date| (view.today - date)
                .num_days()
                .to_string())
        ),
        last.clone(),
    ))
}

/// Checks one plan of a green history: every slot that is due to progress does.
pub fn check_progress(trace: &Trace, view: &View<'_>, plan: &Plan) -> Result<(), String> {
    let inventory = view.inventory();
    let unit = view.profile().unit;
    for prescribed in &plan.days {
        for prescription in &prescribed.slots {
            let Some((why, last)) = progress_due(trace, view, prescribed.day, prescription.slot)
            else {
                continue;
            };
            let decision = check::name(&prescription.decision);
            let masses = (
                check::mass(&prescription.load, inventory),
                check::mass(&last.load, inventory),
            );
            let problems: Vec<&str> = [
                (
                    check::name(&plan.status) != "normal",
                    "the status is not normal",
                ),
                (
                    !plan.ask_safety_screen.is_empty(),
                    "the safety screen is re-asked",
                ),
                (
                    !STEPS_UP.contains(&decision.as_str()),
                    "the decision is not a step up",
                ),
                (!stepped_up(prescription, &last, masses), "nothing went up"),
            ]
            .into_iter()
            .filter_map(|(failed, problem)| failed.then_some(problem))
            .collect();
            if !problems.is_empty() {
                return Err(format!(
                    "no progress on {} (day {} slot {}): {}\n  every condition met: {why}\n  \
                     followed: {}\n  prescribed: {} (status {}, re-ask {:?})",
                    view.today,
                    prescribed.day,
                    prescription.slot,
                    problems.join(", "),
                    check::line(&last, unit),
                    check::line(prescription, unit),
                    check::name(&plan.status),
                    plan.ask_safety_screen
                        .iter()
                        .map(|reason| reason.text.clone())
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    Ok(())
}
