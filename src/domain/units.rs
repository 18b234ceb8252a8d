//! Masses and the units people see them in: one internal unit (whole grams), shown as kg or lb.

use serde::{Deserialize, Serialize};

/// Grams in one pound, exactly (international avoirdupois pound, 1959).
pub const GRAMS_PER_LB: f64 = 453.592_37;

/// A mass in whole grams. Integer grams make comparisons exact and every rounding explicit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mass(pub i64);

/// The unit a person reads and types loads in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Kilograms.
    #[default]
    Kg,
    /// Pounds.
    Lb,
}
