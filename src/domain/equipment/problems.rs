//! Equipment that makes no sense: a weight of zero or less, an adjustable step of 0, a lightest
//! setting above the heaviest, thousands of items. Each problem is a calm sentence naming the item,
//! so a backup (or a form) can be refused with a message a person can act on.

use super::{Dumbbells, Inventory, MAX_ADJUSTABLE_SETTINGS};
use crate::domain::units::{Mass, Unit};

/// Most bands accepted (a generous home collection is under 10).
pub const MAX_BANDS: usize = 50;
/// Most fixed dumbbell pairs accepted (a large gym rack has about 25).
pub const MAX_DUMBBELL_PAIRS: usize = 100;
/// Most kettlebells accepted (a well-stocked gym has about 15).
pub const MAX_KETTLEBELLS: usize = 100;
/// Most plate sizes listed (a full set has under 15).
pub const MAX_PLATE_SIZES: usize = 50;
/// Most plates accepted, all sizes together (a full Olympic set is about 30).
pub const MAX_PLATES: u64 = 500;
/// Heaviest single item accepted: a band, dumbbell, kettlebell, bar or plate (500 kg).
pub const MAX_ITEM_MASS: Mass = Mass::from_grams(500_000);

impl Inventory {
    /// Every problem with this equipment, one plain sentence each naming the item, with masses in
    /// `unit`; empty when all is well. A list longer than its limit is reported once, without
    /// checking its items one by one.
    pub fn problems(&self, unit: Unit) -> Vec<String> {
        let mut problems = Vec::new();
        if too_many(&mut problems, "bands", self.bands.len(), MAX_BANDS) {
            for (index, band) in self.bands.iter().enumerate() {
                let name = format!("Band {} ({})", index + 1, band.colour);
                check_mass(
                    &mut problems,
                    unit,
                    &name,
                    "has a resistance of",
                    band.resistance,
                );
            }
        }
        match &self.dumbbells {
            Dumbbells::None => {}
            Dumbbells::Pairs { weights } => {
                if too_many(
                    &mut problems,
                    "dumbbell pairs",
                    weights.len(),
                    MAX_DUMBBELL_PAIRS,
                ) {
                    for (index, weight) in weights.iter().enumerate() {
                        let name = format!("Dumbbell pair {}", index + 1);
                        check_mass(&mut problems, unit, &name, "weighs", *weight);
                    }
                }
            }
            Dumbbells::Adjustable { min, max, step } => {
                check_adjustable(&mut problems, unit, *min, *max, *step);
            }
        }
        if too_many(
            &mut problems,
            "kettlebells",
            self.kettlebells.len(),
            MAX_KETTLEBELLS,
        ) {
            for (index, bell) in self.kettlebells.iter().enumerate() {
                let name = format!("Kettlebell {}", index + 1);
                check_mass(&mut problems, unit, &name, "weighs", *bell);
            }
        }
        for (name, bar) in [
            ("The barbell", &self.barbell),
            ("The trap bar", &self.trap_bar),
        ] {
            if let Some(bar) = bar {
                check_mass(&mut problems, unit, name, "weighs", bar.weight);
            }
        }
        let plates: u64 = self.plates.iter().map(|plate| u64::from(plate.count)).sum();
        let sizes_ok = too_many(
            &mut problems,
            "plate sizes listed",
            self.plates.len(),
            MAX_PLATE_SIZES,
        );
        let count_ok = too_many(
            &mut problems,
            "plates",
            usize::try_from(plates).unwrap_or(usize::MAX),
            usize::try_from(MAX_PLATES).unwrap_or(usize::MAX),
        );
        if sizes_ok && count_ok {
            for (index, plate) in self.plates.iter().enumerate() {
                let name = format!("Plate size {}", index + 1);
                check_mass(&mut problems, unit, &name, "weighs", plate.weight);
            }
        }
        problems
    }
}

/// Adds a problem when a list is longer than its limit; true when the list is within it.
fn too_many(problems: &mut Vec<String>, what: &str, count: usize, max: usize) -> bool {
    if count > max {
        problems.push(format!(
            "There are {} {what}; Durable accepts up to {}.",
            thousands(count),
            thousands(max)
        ));
        false
    } else {
        true
    }
}

/// Adds a problem when a mass is zero or less, or heavier than [`MAX_ITEM_MASS`].
fn check_mass(problems: &mut Vec<String>, unit: Unit, name: &str, verb: &str, mass: Mass) {
    if mass <= Mass::ZERO {
        problems.push(format!(
            "{name} {verb} {}; it must be more than 0.",
            show(unit, mass)
        ));
    } else if mass > MAX_ITEM_MASS {
        problems.push(format!(
            "{name} {verb} {}; Durable accepts up to {}.",
            show(unit, mass),
            show(unit, MAX_ITEM_MASS)
        ));
    }
}

/// Checks an adjustable dumbbell: positive settings and step, lightest no heavier than heaviest,
/// and no more settings than the app lists.
fn check_adjustable(problems: &mut Vec<String>, unit: Unit, min: Mass, max: Mass, step: Mass) {
    let name = "The adjustable dumbbells";
    check_mass(
        problems,
        unit,
        &format!("{name}' lightest setting"),
        "is",
        min,
    );
    check_mass(
        problems,
        unit,
        &format!("{name}' heaviest setting"),
        "is",
        max,
    );
    if step <= Mass::ZERO {
        problems.push(format!(
            "{name} have a step of {}; the step must be more than 0.",
            show(unit, step)
        ));
    }
    if min > max {
        problems.push(format!(
            "{name} go from {} to {}: the lightest setting is above the heaviest.",
            show(unit, min),
            show(unit, max)
        ));
    }
    if step > Mass::ZERO && min > Mass::ZERO && min <= max {
        let settings = (max.grams() - min.grams()) / step.grams() + 1;
        if settings > MAX_ADJUSTABLE_SETTINGS {
            problems.push(format!(
                "{name} go from {} to {} in steps of {}: that is {} settings; Durable accepts up to {}.",
                show(unit, min),
                show(unit, max),
                show(unit, step),
                thousands(usize::try_from(settings).unwrap_or(usize::MAX)),
                MAX_ADJUSTABLE_SETTINGS
            ));
        }
    }
}

/// A mass as the person reads it; a small one the display would round to 0 is shown in grams.
fn show(unit: Unit, mass: Mass) -> String {
    let shown = unit.show(mass);
    let rounds_to_zero = shown == unit.show(Mass::ZERO);
    if mass != Mass::ZERO && rounds_to_zero {
        format!("{} g", mass.grams())
    } else {
        shown
    }
}

/// A whole number with commas between thousands: "5,000".
fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
