//! What a person owns, concretely, and the loads that equipment can actually make.
//!
//! This module is the one place that answers "which loads can I make, and what is the next step":
//! [`Inventory::weighed_loads`] lists them; [`Inventory::round`], [`Inventory::within`] and
//! [`Inventory::step_up`] (in `equipment/steps.rs`) choose among them; [`Inventory::problems`]
//! (in `equipment/problems.rs`) names equipment that makes no sense.

use serde::{Deserialize, Serialize};

use super::catalog::{Exercise, Implement, Need};
use super::program::Load;
use super::units::Mass;

pub mod items;
mod plates;
mod preset;
mod problems;
mod steps;

pub use preset::Preset;
pub use problems::{
    MAX_BANDS, MAX_DUMBBELL_PAIRS, MAX_ITEM_MASS, MAX_KETTLEBELLS, MAX_PLATES, MAX_PLATE_SIZES,
};
pub use steps::{barbell_steps, Fit, Rounded, Scaled, StepUp, SAME_LOAD_TOLERANCE};

/// One resistance band, by colour, with its approximate resistance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    /// The colour printed on the band, e.g. "red"; also its id in loads.
    pub colour: String,
    /// Approximate resistance at full stretch; orders bands from light to heavy.
    pub resistance: Mass,
}

/// Dumbbells: fixed pairs, or an adjustable set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Dumbbells {
    /// None owned.
    #[default]
    None,
    /// Fixed pairs: the weight of one dumbbell of each pair owned.
    Pairs {
        /// Weight of one dumbbell per pair.
        weights: Vec<Mass>,
    },
    /// An adjustable set: from `min` to `max` in steps of `step` (weight of one dumbbell).
    Adjustable {
        /// Lightest setting.
        min: Mass,
        /// Heaviest setting.
        max: Mass,
        /// Increment between settings.
        step: Mass,
    },
}

/// A bar (barbell or trap bar) and the plates that go on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    /// The empty bar's weight.
    pub weight: Mass,
}

/// A plate size and how many of it are owned (in total, not per side).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plates {
    /// Weight of one plate.
    pub weight: Mass,
    /// How many are owned.
    pub count: u32,
}

/// Everything a person can train with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inventory {
    /// Resistance bands owned.
    #[serde(default)]
    pub bands: Vec<Band>,
    /// Dumbbells owned.
    #[serde(default)]
    pub dumbbells: Dumbbells,
    /// Kettlebells owned: one entry per bell (two 16 kg bells appear twice).
    #[serde(default)]
    pub kettlebells: Vec<Mass>,
    /// A barbell, if owned.
    #[serde(default)]
    pub barbell: Option<Bar>,
    /// A trap bar, if owned.
    #[serde(default)]
    pub trap_bar: Option<Bar>,
    /// Plates for the barbell and trap bar.
    #[serde(default)]
    pub plates: Vec<Plates>,
    /// A flat bench.
    #[serde(default)]
    pub bench: bool,
    /// A box or a sturdy step.
    #[serde(default)]
    pub box_or_step: bool,
    /// A squat rack or stands.
    #[serde(default)]
    pub rack: bool,
    /// A pull-up bar or another bar to row under.
    #[serde(default)]
    pub bar_to_row_under: bool,
    /// Somewhere to anchor a band.
    #[serde(default)]
    pub anchor: bool,
}

/// At most this many settings are listed for an adjustable dumbbell (guards odd inventories).
const MAX_ADJUSTABLE_SETTINGS: i64 = 500;

/// What loads are made with: an implement, or an exercise, which may narrow the implement down
/// (an exercise that needs a kettlebell pair can only use sizes owned twice).
///
/// Load functions take `impl Into<LoadSource>`, so pass an [`Implement`] or an `&Exercise`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LoadSource {
    /// The implement carrying the load.
    pub implement: Implement,
    /// True when two kettlebells of the same size are needed.
    pub kettlebell_pair: bool,
}

impl From<Implement> for LoadSource {
    fn from(implement: Implement) -> LoadSource {
        LoadSource {
            implement,
            kettlebell_pair: false,
        }
    }
}

impl From<&Exercise> for LoadSource {
    fn from(exercise: &Exercise) -> LoadSource {
        LoadSource::of(exercise, exercise.implement)
    }
}

impl LoadSource {
    /// What loads `exercise` when it is done with `implement`.
    pub fn of(exercise: &Exercise, implement: Implement) -> LoadSource {
        LoadSource {
            implement,
            kettlebell_pair: implement == Implement::Kettlebell
                && exercise.needs.contains(&Need::KettlebellPair),
        }
    }
}

impl Inventory {
    /// True when the person owns what this need asks for.
    pub fn has(&self, need: Need) -> bool {
        match need {
            Need::Band => !self.bands.is_empty(),
            Need::Anchor => self.anchor,
            Need::Dumbbell => !self.dumbbell_weights().is_empty(),
            Need::Kettlebell => !self.kettlebell_sizes().is_empty(),
            Need::KettlebellPair => !self.kettlebell_pair_sizes().is_empty(),
            Need::Barbell => self.barbell.is_some(),
            Need::TrapBar => self.trap_bar.is_some(),
            Need::Bench => self.bench,
            Need::Box => self.box_or_step,
            Need::Rack => self.rack,
            Need::Bar => self.bar_to_row_under,
        }
    }

    /// True when the person owns the implement (body weight is always owned).
    pub fn owns(&self, implement: Implement) -> bool {
        match implement {
            Implement::Bodyweight => true,
            Implement::Band => self.has(Need::Band),
            Implement::Dumbbell => self.has(Need::Dumbbell),
            Implement::Kettlebell => self.has(Need::Kettlebell),
            Implement::Barbell => self.has(Need::Barbell),
            Implement::TrapBar => self.has(Need::TrapBar),
        }
    }

    /// True when every need of the exercise is met and one of its implements is owned.
    pub fn can_do(&self, exercise: &Exercise) -> bool {
        self.implement_for(exercise, None).is_some()
    }

    /// True when the exercise can be done with this implement: the rung allows it, it is owned,
    /// and every other need is met.
    pub fn can_do_with(&self, exercise: &Exercise, implement: Implement) -> bool {
        exercise.allows(implement)
            && self.owns(implement)
            && exercise.needs.iter().all(|need| self.has(*need))
    }

    /// The implement to do the exercise with: `preferred` when the person can use it, else the
    /// rung's usual one, else the first other one they own; `None` when they can do it with none.
    pub fn implement_for(
        &self,
        exercise: &Exercise,
        preferred: Option<Implement>,
    ) -> Option<Implement> {
        preferred
            .into_iter()
            .chain(exercise.implements())
            .find(|implement| self.can_do_with(exercise, *implement))
    }

    /// Every load this person can make with the implement, lightest first.
    ///
    /// Bands by resistance; dumbbells as one dumbbell of each pair or each adjustable setting;
    /// kettlebells as each distinct bell size; a barbell or trap bar as the bar plus every symmetric
    /// set of plates; body weight as the one load [`Load::Bodyweight`]. Empty when nothing is owned.
    ///
    /// Takes an [`Implement`] or an `&Exercise` (see [`LoadSource`]).
    pub fn loads(&self, source: impl Into<LoadSource>) -> Vec<Load> {
        self.weighed_loads(source)
            .into_iter()
            .map(|(_, load)| load)
            .collect()
    }

    /// Like [`Inventory::loads`], for one exercise: an exercise that needs a kettlebell pair only
    /// gets the sizes owned twice.
    pub fn loads_for(&self, exercise: &Exercise) -> Vec<Load> {
        self.loads(exercise)
    }

    /// The lightest makeable load at least `min_increase` heavier than `current`, and always strictly
    /// heavier; `None` when the equipment runs out (e.g. the heaviest bell owned).
    ///
    /// A load without a mass (body weight, or a band colour not in the inventory) counts as zero.
    pub fn next_load_up(
        &self,
        source: impl Into<LoadSource>,
        current: &Load,
        min_increase: Mass,
    ) -> Option<Load> {
        let from = self.mass_or_zero(current);
        let at_least = from + min_increase;
        self.weighed_loads(source)
            .into_iter()
            .find(|(mass, _)| *mass > from && *mass >= at_least)
            .map(|(_, load)| load)
    }

    /// The heaviest makeable load strictly lighter than `current`; `None` when there is none.
    pub fn next_load_down(&self, source: impl Into<LoadSource>, current: &Load) -> Option<Load> {
        let from = self.mass_or_zero(current);
        self.weighed_loads(source)
            .into_iter()
            .rev()
            .find(|(mass, _)| *mass < from)
            .map(|(_, load)| load)
    }

    /// The heaviest makeable load no heavier than `target` (to within
    /// [`SAME_LOAD_TOLERANCE`]); `None` when even the lightest is heavier. The same as
    /// [`Inventory::at_most`], kept for its callers.
    pub fn load_at_most(&self, source: impl Into<LoadSource>, target: Mass) -> Option<Load> {
        self.at_most(source, target)
    }

    /// The plates on each side that make `total` on this bar, heaviest first, using as few plates
    /// as the plate inventory allows; `None` when the bar is not owned or the total cannot be made.
    pub fn plates_per_side(&self, bar_kind: Implement, total: Mass) -> Option<Vec<Mass>> {
        let bar = self.bar(bar_kind)?;
        let on_plates = total.grams().saturating_sub(bar.grams());
        if on_plates < 0 || on_plates % 2 != 0 {
            return None;
        }
        plates::side_plates(&plates::pairs_by_size(&self.plates)).remove(&(on_plates / 2))
    }

    /// The mass of a load, or zero when it has none.
    fn mass_or_zero(&self, load: &Load) -> Mass {
        load.mass(self).unwrap_or(Mass::ZERO)
    }

    /// Every load this person can make with the source, each with its mass, lightest first (ties
    /// keep inventory order): [`Inventory::loads`] with the masses. Body weight is the one load
    /// [`Load::Bodyweight`] with a mass of zero; bands weigh their resistance.
    pub fn weighed_loads(&self, source: impl Into<LoadSource>) -> Vec<(Mass, Load)> {
        let source = source.into();
        if source.kettlebell_pair {
            return self
                .kettlebell_pair_sizes()
                .into_iter()
                .map(with_mass)
                .collect();
        }
        let implement = source.implement;
        let mut weighed: Vec<(Mass, Load)> = match implement {
            Implement::Bodyweight => vec![(Mass::ZERO, Load::Bodyweight)],
            Implement::Band => {
                let mut seen: Vec<&str> = Vec::new();
                let mut bands = Vec::new();
                for band in &self.bands {
                    if !seen.contains(&band.colour.as_str()) {
                        seen.push(&band.colour);
                        bands.push((band.resistance, Load::Band(band.colour.clone())));
                    }
                }
                bands
            }
            Implement::Dumbbell => self.dumbbell_weights().into_iter().map(with_mass).collect(),
            Implement::Kettlebell => self.kettlebell_sizes().into_iter().map(with_mass).collect(),
            Implement::Barbell | Implement::TrapBar => match self.bar(implement) {
                Some(bar) => plates::side_totals(&plates::pairs_by_size(&self.plates))
                    .iter()
                    .map(|per_side| with_mass(bar + Mass::from_grams(per_side.saturating_mul(2))))
                    .collect(),
                None => Vec::new(),
            },
        };
        weighed.sort_by_key(|(mass, _)| *mass);
        weighed
    }

    /// The weight of one dumbbell at each pair or setting owned, distinct and lightest first.
    fn dumbbell_weights(&self) -> Vec<Mass> {
        let mut weights = match &self.dumbbells {
            Dumbbells::None => Vec::new(),
            Dumbbells::Pairs { weights } => weights.clone(),
            Dumbbells::Adjustable { min, max, step } => adjustable_settings(*min, *max, *step),
        };
        weights.retain(|weight| weight.grams() > 0);
        weights.sort();
        weights.dedup();
        weights
    }

    /// Each kettlebell size owned, distinct and lightest first.
    fn kettlebell_sizes(&self) -> Vec<Mass> {
        let mut sizes: Vec<Mass> = self
            .kettlebells
            .iter()
            .copied()
            .filter(|size| size.grams() > 0)
            .collect();
        sizes.sort();
        sizes.dedup();
        sizes
    }

    /// Each kettlebell size owned at least twice, lightest first.
    fn kettlebell_pair_sizes(&self) -> Vec<Mass> {
        self.kettlebell_sizes()
            .into_iter()
            .filter(|size| self.kettlebells.iter().filter(|bell| *bell == size).count() >= 2)
            .collect()
    }

    /// The empty weight of the barbell or trap bar, if owned (never below zero).
    fn bar(&self, bar_kind: Implement) -> Option<Mass> {
        let bar = match bar_kind {
            Implement::Barbell => self.barbell.as_ref(),
            Implement::TrapBar => self.trap_bar.as_ref(),
            _ => None,
        }?;
        Some(bar.weight.max(Mass::ZERO))
    }
}

impl Load {
    /// The mass this load puts in the hands: a band's resistance, or the external mass; `None` for
    /// body weight and for a band colour the inventory does not have.
    pub fn mass(&self, inventory: &Inventory) -> Option<Mass> {
        match self {
            Load::Bodyweight => None,
            Load::Band(colour) => inventory
                .bands
                .iter()
                .find(|band| band.colour == *colour)
                .map(|band| band.resistance),
            Load::Mass(mass) => Some(*mass),
        }
    }
}

/// A mass as a load with its mass attached.
fn with_mass(mass: Mass) -> (Mass, Load) {
    (mass, Load::Mass(mass))
}

/// Every setting of an adjustable dumbbell from `min` to `max` (both included) in steps of `step`.
fn adjustable_settings(min: Mass, max: Mass, step: Mass) -> Vec<Mass> {
    if min > max {
        return Vec::new();
    }
    let span = max.grams().saturating_sub(min.grams());
    let step = step.grams().max(span / MAX_ADJUSTABLE_SETTINGS).max(1);
    let mut settings: Vec<Mass> = (0..=span / step)
        .map(|index| Mass::from_grams(min.grams().saturating_add(index.saturating_mul(step))))
        .collect();
    if settings.last() != Some(&max) {
        settings.push(max);
    }
    settings
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "equipment_tests.rs"]
mod tests;
