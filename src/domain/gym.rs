//! The gym screen's small rules: the effort chips and the reps in reserve they stand for, the rest
//! between sets, what to pick up for a load (plates per side, which dumbbell or bell), numbers typed
//! with a comma or a point, and this device's gym settings (the rest alert, the screen kept awake,
//! the rest timer running). The session as a whole lives in [`super::session`].

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::catalog::{DoseKind, Exercise, Implement};
use super::equipment::{Inventory, LoadSource};
use super::program::{Load, Program, SlotClass};
use super::rules;
use super::units::{Mass, Unit};

// The chips log values inside the reps-in-reserve choices that sets were logged with before them.
const _: () = assert!(rules::EFFORT_EASY_RIR <= rules::RIR_CHOICES_MAX);

/// How hard a set felt, as three chips instead of a reps-in-reserve number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effort {
    /// Three or more reps left.
    Easy,
    /// About two reps left: the usual target.
    AboutRight,
    /// Nothing or one rep left.
    Hard,
}

impl Effort {
    /// The three chips, easiest first.
    pub const ALL: [Effort; 3] = [Effort::Easy, Effort::AboutRight, Effort::Hard];

    /// The reps in reserve logged for the chip.
    pub fn rir(self) -> u8 {
        match self {
            Effort::Easy => rules::EFFORT_EASY_RIR,
            Effort::AboutRight => rules::EFFORT_ABOUT_RIGHT_RIR,
            Effort::Hard => rules::EFFORT_HARD_RIR,
        }
    }

    /// The chip a logged reps in reserve reads as.
    pub fn of_rir(rir: u8) -> Effort {
        if rir >= rules::EFFORT_EASY_RIR {
            Effort::Easy
        } else if rir >= rules::EFFORT_ABOUT_RIGHT_RIR {
            Effort::AboutRight
        } else {
            Effort::Hard
        }
    }

    /// The chip's words.
    pub fn label(self) -> &'static str {
        match self {
            Effort::Easy => "Easy",
            Effort::AboutRight => "About right",
            Effort::Hard => "Hard",
        }
    }

    /// What the chip means in reps left.
    pub fn hint(self) -> String {
        match self {
            Effort::Easy => format!("{}+ left", rules::EFFORT_EASY_RIR),
            Effort::AboutRight => format!("~{} left", rules::EFFORT_ABOUT_RIGHT_RIR),
            Effort::Hard => format!("{}–1 left", rules::EFFORT_HARD_RIR),
        }
    }
}

/// True when effort (reps in reserve) means something for the exercise: not for timed holds or
/// carries.
pub fn asks_effort(exercise: &Exercise) -> bool {
    exercise.dose.kind == DoseKind::Reps
}

/// The rest between sets of one exercise of a session, in seconds: the plan's own when it writes
/// one for that place of the day, else the rest for its kind of exercise ([`rest_seconds`]).
pub fn rest_in_plan(
    program: Option<&Program>,
    day: usize,
    slot: usize,
    exercise: &Exercise,
    implement: Implement,
) -> u16 {
    program
        .and_then(|program| program.days.get(day))
        .and_then(|day| day.slots.get(slot))
        .and_then(|slot| slot.rest_seconds)
        .unwrap_or_else(|| rest_seconds(exercise, implement))
}

/// The rest between sets of an exercise done with `implement`, in seconds.
pub fn rest_seconds(exercise: &Exercise, implement: Implement) -> u16 {
    match SlotClass::of(exercise, implement) {
        SlotClass::Unloaded => rules::REST_SECONDS_UNLOADED,
        SlotClass::Loaded => rules::REST_SECONDS_LOADED,
        SlotClass::Barbell => rules::REST_SECONDS_BARBELL,
        SlotClass::Held => rules::REST_SECONDS_HELD,
        SlotClass::Carried => rules::REST_SECONDS_CARRIED,
    }
}

/// What to pick up for `load`: the plates on each side of the bar, or which dumbbell, bell or
/// band; says plainly when the person's equipment cannot make it. `None` for body weight.
pub fn pick_up(
    inventory: &Inventory,
    exercise: &Exercise,
    implement: Implement,
    load: &Load,
    unit: Unit,
) -> Option<String> {
    let made = inventory
        .loads(LoadSource::of(exercise, implement))
        .contains(load);
    let mass = match load {
        Load::Bodyweight => return None,
        Load::Band(colour) => {
            return Some(if made {
                format!("Use the {colour} band.")
            } else {
                format!("You have no {colour} band listed: use the nearest band you have.")
            })
        }
        Load::Mass(mass) => *mass,
    };
    let cannot = format!(
        "{} cannot be made with your equipment: use the nearest load you can make and log what you did.",
        unit.show(mass)
    );
    match implement {
        Implement::Barbell | Implement::TrapBar => {
            let bar = if implement == Implement::Barbell {
                inventory.barbell.as_ref()
            } else {
                inventory.trap_bar.as_ref()
            }?;
            match inventory.plates_per_side(implement, mass) {
                Some(plates) if plates.is_empty() => Some(format!(
                    "The empty {} ({}), no plates.",
                    implement.label(),
                    unit.show(bar.weight)
                )),
                Some(plates) => Some(format!(
                    "Each side: {} on the {} {}.",
                    plates
                        .iter()
                        .map(|plate| unit.show(*plate))
                        .collect::<Vec<_>>()
                        .join(" + "),
                    unit.show(bar.weight),
                    implement.label()
                )),
                None => Some(cannot),
            }
        }
        Implement::Dumbbell if made => Some(format!("Pick up the {} dumbbell.", unit.show(mass))),
        Implement::Kettlebell if made && LoadSource::of(exercise, implement).kettlebell_pair => {
            Some(format!("Pick up two {} kettlebells.", unit.show(mass)))
        }
        Implement::Kettlebell if made => {
            Some(format!("Pick up the {} kettlebell.", unit.show(mass)))
        }
        Implement::Dumbbell | Implement::Kettlebell | Implement::Band | Implement::Bodyweight => {
            Some(cannot)
        }
    }
}

/// A number as a person types it: "12,5" or "12.5", spaces allowed; `None` when it is not a
/// finite, non-negative number.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned = text.trim().replace(',', ".");
    let value: f64 = cleaned.parse().ok()?;
    (value.is_finite() && value >= 0.0).then_some(value)
}

/// A load typed in the person's unit ("12,5"); `None` when it is not a number or is zero.
pub fn parse_mass(text: &str, unit: Unit) -> Option<Mass> {
    parse_number(text)
        .map(|value| Mass::from_unit(value, unit))
        .filter(|mass| mass.grams() > 0)
}

/// What the phone does when a rest ends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Alert {
    /// A short sound.
    #[default]
    Sound,
    /// A vibration, where the phone can.
    Vibration,
    /// Nothing: the screen only.
    Silence,
}

impl Alert {
    /// The three choices.
    pub const ALL: [Alert; 3] = [Alert::Sound, Alert::Vibration, Alert::Silence];

    /// The choice in words.
    pub fn label(self) -> &'static str {
        match self {
            Alert::Sound => "Sound",
            Alert::Vibration => "Vibration",
            Alert::Silence => "Silence",
        }
    }
}

/// A rest running: when it ends and how long it was set for. Kept as an end time, so it stays
/// right through a reload, a locked screen or a closed tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rest {
    /// When the rest ends (local time).
    pub until: NaiveDateTime,
    /// How long it was set for, in seconds (changed by −15 / +15).
    pub seconds: u16,
}

impl Rest {
    /// A rest of `seconds` starting at `now`.
    pub fn start(now: NaiveDateTime, seconds: u16) -> Rest {
        Rest {
            until: now + chrono::Duration::seconds(i64::from(seconds)),
            seconds,
        }
    }

    /// Whole seconds left at `now` (rounded up; zero once over).
    pub fn left(&self, now: NaiveDateTime) -> u32 {
        let millis = (self.until - now).num_milliseconds();
        u32::try_from((millis.max(0) + 999) / 1000).unwrap_or(u32::MAX)
    }

    /// The rest moved by `delta` seconds (never ending before `now`).
    pub fn shifted(&self, now: NaiveDateTime, delta: i64) -> Rest {
        let until = (self.until + chrono::Duration::seconds(delta)).max(now);
        let seconds = i64::from(self.seconds) + delta;
        Rest {
            until,
            seconds: u16::try_from(seconds.max(0)).unwrap_or(u16::MAX),
        }
    }
}

/// Seconds as a clock: "1:05".
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// This device's gym settings and the rest running. Kept on the device, not in backups: a phone
/// that cannot vibrate has its own answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GymDevice {
    /// What happens when a rest ends.
    #[serde(default)]
    pub alert: Alert,
    /// Keep the screen on while a session is open.
    #[serde(default = "yes")]
    pub wake_lock: bool,
    /// The rest running, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest: Option<Rest>,
    /// The reps-in-reserve explanation was shown once.
    #[serde(default)]
    pub effort_explained: bool,
}

/// `true`, for serde's default.
fn yes() -> bool {
    true
}

impl Default for GymDevice {
    fn default() -> GymDevice {
        GymDevice {
            alert: Alert::default(),
            wake_lock: true,
            rest: None,
            effort_explained: false,
        }
    }
}

#[cfg(test)]
#[path = "gym_tests.rs"]
mod tests;
