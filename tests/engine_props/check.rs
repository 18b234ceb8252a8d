//! What the property tests read from the data (the last session of a slot, its next morning, the
//! brakes that are on) and the rules they hold each prescription to, written from CLINICAL.md and
//! the rules module, never from the engine's output.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use durable::domain::catalog::{self, DoseKind, Implement};
use durable::domain::data::AppData;
use durable::domain::engine::{Plan, Prescription};
use durable::domain::equipment::{Inventory, LoadSource};
use durable::domain::ladder;
use durable::domain::log::{ExerciseLog, Session};
use durable::domain::profile::Profile;
use durable::domain::program::{Load, Program, Scheme};
use durable::domain::rules;
use durable::domain::units::{Mass, Unit};

/// Decisions that step something up (load, a set, the tempo, the range or the rung).
pub const STEPS_UP: [&str; 5] = [
    "progress-load",
    "progress-reps",
    "add-set",
    "tempo-up",
    "rung-up",
];

/// Two loads closer than this are the same load (the engine's own tolerance is 50 g).
pub const SAME_LOAD: Mass = Mass::from_grams(50);

/// Pain right after a session above this is a brake: CLINICAL.md §2, "up to 5/10 is acceptable if
/// it settles by the next morning; above 5 is red" (when pain during was not rated, pain right
/// after stands in for it and its 4–5 holds, like pain during).
pub const AFTER_BRAKE_ABOVE: u8 = rules::AMBER_MAX_PAIN_DURING;

/// The kebab-case name a value serialises to (decisions and statuses), so the tests compile
/// whatever variants the engine has.
pub fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(error) => format!("<{error}>"),
    }
}

/// The data as the engine saw it on `today`: only the first `sessions` sessions were logged.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// Everything, including what came later (filtered by date where it matters).
    pub data: &'a AppData,
    /// The sessions logged when the plan was made.
    pub sessions: &'a [Session],
    /// The day of the plan.
    pub today: NaiveDate,
}

impl<'a> View<'a> {
    /// A view of all the data on `today`.
    pub fn all(data: &'a AppData, today: NaiveDate) -> View<'a> {
        View {
            data,
            sessions: &data.sessions,
            today,
        }
    }

    /// The profile.
    pub fn profile(&self) -> &'a Profile {
        self.data.profile.as_ref().expect("a profile")
    }

    /// The program.
    pub fn program(&self) -> &'a Program {
        self.data.program.as_ref().expect("a program")
    }

    /// The equipment.
    pub fn inventory(&self) -> &'a Inventory {
        &self.profile().inventory
    }

    /// Usual pain (the generators never change it).
    pub fn usual(&self) -> u8 {
        self.profile().baseline_pain
    }

    /// Every logged exercise of one slot, oldest first, with its session and index.
    pub fn logs(&self, day: usize, slot: usize) -> Vec<(usize, &'a Session, &'a ExerciseLog)> {
        let mut logs: Vec<(usize, &Session, &ExerciseLog)> = self
            .sessions
            .iter()
            .enumerate()
            .filter(|(_, session)| session.day == day && session.started.date() <= self.today)
            .filter_map(|(index, session)| {
                session
                    .exercises
                    .iter()
                    .find(|log| log.slot == slot)
                    .map(|log| (index, session, log))
            })
            .collect();
        logs.sort_by_key(|(index, session, _)| (session.started, *index));
        logs
    }

    /// The last logged exercise of one slot.
    pub fn last(&self, day: usize, slot: usize) -> Option<(usize, &'a Session, &'a ExerciseLog)> {
        self.logs(day, slot).pop()
    }

    /// Morning pain rated on `date`, if that morning has come and was rated.
    pub fn morning(&self, date: NaiveDate) -> Option<u8> {
        if date > self.today {
            return None;
        }
        self.data
            .checkins
            .iter()
            .filter(|checkin| checkin.date == date)
            .find_map(|checkin| checkin.pain)
    }

    /// The latest safety screen answered by today.
    pub fn last_screen(&self) -> Option<NaiveDate> {
        self.profile()
            .screens
            .iter()
            .map(|screen| screen.date)
            .filter(|date| *date <= self.today)
            .max()
    }

    /// The written scheme of a slot on a date for the exercise and implement prescribed.
    pub fn scheme(
        &self,
        day: usize,
        slot: usize,
        exercise: &str,
        implement: Implement,
        date: NaiveDate,
    ) -> Option<Scheme> {
        let exercise = catalog::exercise(exercise)?;
        self.program()
            .scheme_on(day, slot, exercise, implement, date)
    }

    /// Reasons the safety screen must be open again today, from the data (CLINICAL.md §5 and the
    /// engine design): since the latest screen, a flare (a tap, or two mornings in a row at usual
    /// pain plus 2 or more), and in the last days new leg symptoms or pain 3 or more above usual.
    /// Kept strictly inside the rule's windows, so a reason here is one the engine must see too.
    pub fn reask_due(&self) -> Vec<String> {
        let screened = self.last_screen();
        let after_screen = |date: NaiveDate| screened.is_none_or(|screen| date > screen);
        let recent = |date: NaiveDate| {
            after_screen(date)
                && date <= self.today
                && (self.today - date).num_days() < rules::SCREEN_REASK_LOOKBACK_DAYS
        };
        let jump = self.usual().saturating_add(rules::SCREEN_REASK_PAIN_JUMP);
        let mut reasons = Vec::new();
        for checkin in self.data.checkins.iter().filter(|c| c.date <= self.today) {
            if checkin.flare && after_screen(checkin.date) {
                reasons.push(format!("a flare tapped on {}", checkin.date));
            }
            if checkin.new_leg_symptoms && recent(checkin.date) {
                reasons.push(format!("new leg symptoms on {}", checkin.date));
            }
            if checkin.pain.is_some_and(|pain| pain >= jump) && recent(checkin.date) {
                reasons.push(format!(
                    "morning pain {:?} on {}",
                    checkin.pain, checkin.date
                ));
            }
            let flare_line = self.usual().saturating_add(rules::FLARE_POINTS_ABOVE_USUAL);
            let yesterday = checkin.date - Duration::days(1);
            // The run of high mornings must begin after the screen: a flare that was already going
            // on when the person answered is not a new one.
            let mut run_start = yesterday;
            while self
                .morning(run_start - Duration::days(1))
                .is_some_and(|pain| pain >= flare_line)
            {
                run_start -= Duration::days(1);
            }
            // ...and a flare before it must have settled: two calm mornings right before the run,
            // and no high or tapped morning in the four weeks before it.
            let settled_before = |day: NaiveDate| {
                self.morning(day)
                    .is_some_and(|pain| pain <= self.usual().saturating_add(1))
            };
            let calm_weeks = self.data.checkins.iter().all(|earlier| {
                earlier.date >= run_start
                    || earlier.date < run_start - Duration::days(28)
                    || (!earlier.flare && earlier.pain.is_none_or(|pain| pain < flare_line))
            });
            if checkin.pain.is_some_and(|pain| pain >= flare_line)
                && self
                    .morning(yesterday)
                    .is_some_and(|pain| pain >= flare_line)
                && after_screen(run_start)
                && settled_before(run_start - Duration::days(1))
                && settled_before(run_start - Duration::days(2))
                && calm_weeks
            {
                reasons.push(format!("flare mornings up to {}", checkin.date));
            }
        }
        for session in self.sessions {
            let date = session.started.date();
            if !recent(date) {
                continue;
            }
            let ratings = session
                .exercises
                .iter()
                .filter_map(|log| log.pain_during)
                .chain(session.pain_during)
                .chain(session.pain_after);
            if let Some(pain) = ratings.filter(|pain| *pain >= jump).max() {
                reasons.push(format!("session pain {pain} on {date}"));
            }
        }
        reasons
    }

    /// Every brake on for one slot today (CLINICAL.md §2, §5, §6): an open re-ask, a flare, and
    /// from the slot's last session pain during above 3, pain right after above 3, no next-morning
    /// rating, or next-morning pain above usual.
    pub fn brakes(&self, plan: &Plan, day: usize, slot: usize) -> Vec<String> {
        let mut brakes = Vec::new();
        if !plan.ask_safety_screen.is_empty() {
            brakes.push("the plan re-asks the safety screen".to_string());
        }
        brakes.extend(
            self.reask_due()
                .into_iter()
                .map(|reason| format!("re-ask due: {reason}")),
        );
        if name(&plan.status) == "flare" {
            brakes.push("status flare".to_string());
        }
        let Some((_, session, log)) = self.last(day, slot) else {
            return brakes;
        };
        let date = session.started.date();
        if let Some(during) = log.pain_during.or(session.pain_during) {
            if during > rules::GREEN_MAX_PAIN_DURING {
                brakes.push(format!("pain during {during} on {date}"));
            }
        }
        if let Some(after) = session.pain_after {
            if after > AFTER_BRAKE_ABOVE {
                brakes.push(format!("pain right after {after} on {date}"));
            }
        }
        let next_morning = date + Duration::days(1);
        match self.morning(next_morning) {
            None => brakes.push(format!("no rating on the morning of {next_morning}")),
            Some(pain) if pain > self.usual() => {
                brakes.push(format!("morning pain {pain} on {next_morning}"));
            }
            Some(_) => {}
        }
        brakes
    }
}

/// The mass of a load with this equipment (zero for body weight).
pub fn mass(load: &Load, inventory: &Inventory) -> Mass {
    load.mass(inventory).unwrap_or(Mass::ZERO)
}

/// The heaviest load of a logged exercise.
pub fn logged_mass(log: &ExerciseLog, inventory: &Inventory) -> Mass {
    log.sets
        .iter()
        .map(|set| mass(&set.load, inventory))
        .max()
        .unwrap_or(Mass::ZERO)
}

/// The load of a logged exercise's heaviest set.
pub fn logged_load(log: &ExerciseLog, inventory: &Inventory) -> Load {
    log.sets
        .iter()
        .max_by_key(|set| mass(&set.load, inventory))
        .map(|set| set.load.clone())
        .unwrap_or_default()
}

/// The ladder and position of an exercise.
pub fn rung(exercise: &str) -> Option<(&'static str, usize)> {
    ladder::rung_of(exercise).map(|(ladder, position)| (ladder.id, position))
}

/// True when `to` is a higher rung than `from` on the same ladder.
pub fn rung_higher(to: &str, from: &str) -> bool {
    matches!((rung(to), rung(from)), (Some((a, i)), Some((b, j))) if a == b && i > j)
}

/// A load as a person reads it.
pub fn show(load: &Load, unit: Unit) -> String {
    match load {
        Load::Bodyweight => "body weight".to_string(),
        Load::Band(colour) => format!("{colour} band"),
        Load::Mass(mass) => unit.show(*mass),
    }
}

/// One prescription in a line, for failure messages.
pub fn line(prescription: &Prescription, unit: Unit) -> String {
    format!(
        "{} {} ({}) {} × {}–{} RIR {} {:?} [{}]",
        prescription.exercise,
        show(&prescription.load, unit),
        prescription.implement.label(),
        prescription.sets,
        prescription.low,
        prescription.high,
        prescription.target_rir,
        prescription.tempo,
        name(&prescription.decision)
    )
}

/// One logged exercise in a line, for failure messages.
pub fn logged_line(
    log: &ExerciseLog,
    session: &Session,
    inventory: &Inventory,
    unit: Unit,
) -> String {
    format!(
        "{} {} × {} sets on {} (range {:?}, tempo {:?}, RIR {:?}, during {:?}/{:?}, after {:?}{})",
        log.exercise,
        show(&logged_load(log, inventory), unit),
        log.sets.len(),
        session.started.date(),
        log.range,
        log.tempo,
        log.sets.first().and_then(|set| set.rir),
        log.pain_during,
        session.pain_during,
        session.pain_after,
        if log.user_adjusted {
            ", lowered by the person"
        } else {
            ""
        }
    )
}

/// What a prescription raises against the slot's last logged exercise: a decision that is a step
/// up in itself (more load, a set, a harder tempo, the next rung), a higher rung, more sets, and on
/// the same rung a heavier load, a harder tempo or a higher range top than the one logged (or, for
/// a log without its range, `followed_top`, the top of the prescription it followed) when the
/// written scheme did not change in between. (`progress-reps` alone is not a raise: it also means
/// "the same prescription, aim for more reps"; a longer range shows in the range top.)
pub fn raises(
    view: &View<'_>,
    day: usize,
    prescription: &Prescription,
    (session, log): (&Session, &ExerciseLog),
    followed_top: Option<u16>,
) -> Vec<String> {
    let inventory = view.inventory();
    let mut raised = Vec::new();
    let decision = name(&prescription.decision);
    if STEPS_UP.contains(&decision.as_str()) && decision != "progress-reps" {
        raised.push(format!("decision {decision}"));
    }
    if rung_higher(&prescription.exercise, &log.exercise) {
        raised.push("rung raised".to_string());
    }
    if usize::from(prescription.sets) > log.sets.len() {
        raised.push("sets raised".to_string());
    }
    if prescription.exercise == log.exercise {
        if mass(&prescription.load, inventory) > logged_mass(log, inventory) + SAME_LOAD {
            raised.push("load raised".to_string());
        }
        if prescription.tempo > log.tempo.unwrap_or_default() {
            raised.push("tempo raised".to_string());
        }
        let scheme_on = |date| {
            view.scheme(
                day,
                prescription.slot,
                &prescription.exercise,
                prescription.implement,
                date,
            )
        };
        // Only a recorded range counts: a log without one (as schema 1 wrote them) cannot tell the
        // engine what range was asked for, so it reads the written one.
        let _ = followed_top;
        let top = log.range.map(|(_, top)| top);
        if let Some(top) = top {
            if scheme_on(session.started.date()) == scheme_on(view.today) && prescription.high > top
            {
                raised.push("range raised".to_string());
            }
        }
    }
    raised
}

/// The masses of every load this equipment makes for an exercise done with an implement.
pub fn makeable(inventory: &Inventory, exercise: &str, implement: Implement) -> Vec<Mass> {
    let Some(exercise) = catalog::exercise(exercise) else {
        return Vec::new();
    };
    let mut masses: Vec<Mass> = inventory
        .loads(LoadSource::of(exercise, implement))
        .iter()
        .map(|load| mass(load, inventory))
        .collect();
    masses.sort();
    masses.dedup();
    masses
}

/// `part` as a whole percentage of `whole` (rounded to the nearest).
pub fn percent(part: Mass, whole: Mass) -> i64 {
    if whole.grams() <= 0 {
        return 100;
    }
    (part.grams() * 200 + whole.grams()) / (2 * whole.grams())
}

/// Whether `chosen` honours a band of `low`–`high` percent of `from` (CLINICAL.md §6, rounding):
/// inside the band when the equipment makes a load there (never heavier than `from`); else never
/// heavier than `from` and either the nearest makeable load below the band or the lightest one
/// above it. With `cap_only`, anything at or under `high` percent passes too (a first session back
/// may be lighter still, when a brake holds it at a flare dose).
pub fn in_band(
    chosen: Mass,
    from: Mass,
    (low, high): (i64, i64),
    cap_only: bool,
    makeable: &[Mass],
) -> bool {
    if cap_only && percent(chosen, from) <= high {
        return true;
    }
    let inside = |mass: Mass| (low..=high).contains(&percent(mass, from)) && mass <= from;
    if makeable.iter().any(|mass| inside(*mass)) {
        return inside(chosen);
    }
    let below = makeable
        .iter()
        .copied()
        .filter(|mass| percent(*mass, from) < low)
        .max();
    let above = makeable
        .iter()
        .copied()
        .filter(|mass| percent(*mass, from) > high && *mass <= from)
        .min();
    chosen <= from + SAME_LOAD && (Some(chosen) == below || Some(chosen) == above)
}

/// True when the exercise is counted in reps and done with body weight only.
pub fn bodyweight_reps(exercise: &str, implement: Implement) -> bool {
    implement == Implement::Bodyweight
        && catalog::exercise(exercise).is_some_and(|exercise| exercise.dose.kind == DoseKind::Reps)
}

/// True when the person can do the prescribed exercise with the prescribed implement (rungs of a
/// ladder the person has no equipment for are checked by `only_equipment_the_person_has`).
pub fn doable(prescription: &Prescription, inventory: &Inventory) -> bool {
    catalog::exercise(&prescription.exercise)
        .is_some_and(|exercise| inventory.can_do_with(exercise, prescription.implement))
}

/// True when some rung below this one can be done with the equipment.
pub fn lower_rung_doable(exercise: &str, inventory: &Inventory) -> bool {
    let Some((ladder, position)) = ladder::rung_of(exercise) else {
        return false;
    };
    ladder.rungs[..position]
        .iter()
        .filter_map(|id| catalog::exercise(id))
        .any(|rung| inventory.can_do(rung))
}
