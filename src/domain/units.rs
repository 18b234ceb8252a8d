//! Masses and the units people see them in: one internal unit (whole grams), shown as kg or lb.

use serde::{Deserialize, Serialize};

/// Grams in one pound, exactly (international avoirdupois pound, 1959).
pub const GRAMS_PER_LB: f64 = 453.592_37;

/// A mass in whole grams. Integer grams make comparisons exact and every rounding explicit.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
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

/// Display rounding for kilograms, in grams: loads are shown to the nearest 0.25 kg.
const KG_DISPLAY_STEP_G: f64 = 250.0;
/// Display rounding for pounds, in pounds: loads are shown to the nearest 0.5 lb.
const LB_DISPLAY_STEP: f64 = 0.5;

impl Mass {
    /// Zero grams.
    pub const ZERO: Mass = Mass(0);

    /// A mass of this many whole grams.
    pub const fn from_grams(grams: i64) -> Mass {
        Mass(grams)
    }

    /// The mass in whole grams.
    pub const fn grams(self) -> i64 {
        self.0
    }

    /// A mass from kilograms, rounded to the nearest gram (non-finite input gives zero).
    pub fn from_kg(kg: f64) -> Mass {
        Mass(round_to_grams(kg * 1000.0))
    }

    /// The mass in kilograms.
    pub fn kg(self) -> f64 {
        self.0 as f64 / 1000.0
    }

    /// A mass from pounds, rounded to the nearest gram (non-finite input gives zero).
    pub fn from_lb(lb: f64) -> Mass {
        Mass(round_to_grams(lb * GRAMS_PER_LB))
    }

    /// The mass in pounds.
    pub fn lb(self) -> f64 {
        self.0 as f64 / GRAMS_PER_LB
    }

    /// A mass from a number in `unit`, rounded to the nearest gram.
    pub fn from_unit(value: f64, unit: Unit) -> Mass {
        match unit {
            Unit::Kg => Mass::from_kg(value),
            Unit::Lb => Mass::from_lb(value),
        }
    }

    /// The mass as a number in `unit`, unrounded.
    pub fn in_unit(self, unit: Unit) -> f64 {
        match unit {
            Unit::Kg => self.kg(),
            Unit::Lb => self.lb(),
        }
    }

    /// `pct` percent of this mass, rounded to the nearest gram (halves away from zero).
    pub fn percent(self, pct: u32) -> Mass {
        let scaled = i128::from(self.0) * i128::from(pct);
        let rounded = if scaled >= 0 {
            (scaled + 50) / 100
        } else {
            (scaled - 50) / 100
        };
        Mass(rounded.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
    }
}

impl std::ops::Add for Mass {
    type Output = Mass;

    fn add(self, other: Mass) -> Mass {
        Mass(self.0.saturating_add(other.0))
    }
}

impl std::ops::Sub for Mass {
    type Output = Mass;

    fn sub(self, other: Mass) -> Mass {
        Mass(self.0.saturating_sub(other.0))
    }
}

impl Unit {
    /// Both units, kilograms first.
    pub const ALL: [Unit; 2] = [Unit::Kg, Unit::Lb];

    /// The short label shown after a number: "kg" or "lb".
    pub fn label(self) -> &'static str {
        match self {
            Unit::Kg => "kg",
            Unit::Lb => "lb",
        }
    }

    /// The mass as people read it, e.g. "12 kg", "1.25 kg" or "26.5 lb".
    ///
    /// Kilograms are rounded to the nearest 0.25 kg and pounds to the nearest 0.5 lb, which is finer
    /// than any real equipment step; trailing zeros are dropped.
    pub fn show(self, mass: Mass) -> String {
        format!("{} {}", self.number(mass), self.label())
    }

    /// The number of [`Unit::show`] without its label ("12", "26.5"), to put in a field.
    pub fn number(self, mass: Mass) -> String {
        let rounded = match self {
            Unit::Kg => (mass.0 as f64 / KG_DISPLAY_STEP_G).round() * KG_DISPLAY_STEP_G / 1000.0,
            Unit::Lb => (mass.lb() / LB_DISPLAY_STEP).round() * LB_DISPLAY_STEP,
        };
        trim_number(rounded)
    }
}

/// Rounds a finite number of grams to the nearest whole gram; anything else becomes zero.
fn round_to_grams(grams: f64) -> i64 {
    if grams.is_finite() {
        // `as` saturates at the i64 range, which is far beyond any real load.
        grams.round() as i64
    } else {
        0
    }
}

/// Formats a number with at most two decimals and no trailing zeros ("12", "26.5", "1.25").
fn trim_number(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "units_tests.rs"]
mod tests;
