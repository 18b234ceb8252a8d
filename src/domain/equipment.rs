//! What a person owns, concretely, and the loads that equipment can actually make.

use serde::{Deserialize, Serialize};

use super::units::Mass;

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
