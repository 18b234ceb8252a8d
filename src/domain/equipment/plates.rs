//! Plate maths: which per-side totals a plate inventory can make, and with which plates.

use std::collections::BTreeMap;

use super::Plates;
use crate::domain::units::Mass;

/// At most this many plate pairs of one size are considered (guards odd inventories).
const MAX_PAIRS_PER_SIZE: u32 = 100;
/// At most this many per-side totals are tracked (guards odd inventories).
const MAX_PLATE_TOTALS: usize = 4096;

/// Plate sizes with the number of pairs owned (a pair is one plate per side), heaviest first.
/// Sizes listed twice are merged before pairing, and non-positive weights are ignored.
pub(super) fn pairs_by_size(plates: &[Plates]) -> Vec<(Mass, u32)> {
    let mut counts: BTreeMap<Mass, u32> = BTreeMap::new();
    for plate in plates.iter().filter(|plate| plate.weight.grams() > 0) {
        let count = counts.entry(plate.weight).or_default();
        *count = count.saturating_add(plate.count);
    }
    counts
        .into_iter()
        .rev()
        .map(|(size, count)| (size, (count / 2).min(MAX_PAIRS_PER_SIZE)))
        .filter(|(_, pairs)| *pairs > 0)
        .collect()
}

/// Every per-side total the pairs can make, in grams, ascending, zero included.
///
/// Real plate sets share a common step (often 1.25 kg), so the totals fit a small table indexed by
/// that step; odd inventories fall back to the slower search of [`side_plates`].
pub(super) fn side_totals(pairs: &[(Mass, u32)]) -> Vec<i64> {
    let step = pairs
        .iter()
        .fold(0, |common, (size, _)| gcd(common, size.grams()));
    if step == 0 {
        return vec![0];
    }
    let mut n_units: usize = 0;
    for (size, n_pairs) in pairs {
        let units = usize::try_from(size.grams() / step).unwrap_or(usize::MAX);
        n_units = n_units.saturating_add(units.saturating_mul(*n_pairs as usize));
    }
    if n_units >= MAX_PLATE_TOTALS {
        return side_plates(pairs).into_keys().collect();
    }
    let mut reachable = vec![false; n_units + 1];
    reachable[0] = true;
    let mut highest = 0;
    for (size, n_pairs) in pairs {
        let units = (size.grams() / step) as usize;
        for _ in 0..*n_pairs {
            for total in (0..=highest).rev() {
                if reachable[total] {
                    reachable[total + units] = true;
                }
            }
            highest += units;
        }
    }
    reachable
        .iter()
        .enumerate()
        .filter(|(_, reached)| **reached)
        .map(|(units, _)| units as i64 * step)
        .collect()
}

/// Every per-side total the pairs can make (in grams, zero included), each with the fewest plates
/// that make it, heaviest first. Keeps the lightest [`MAX_PLATE_TOTALS`] totals.
pub(super) fn side_plates(pairs: &[(Mass, u32)]) -> BTreeMap<i64, Vec<Mass>> {
    let mut sides: BTreeMap<i64, Vec<Mass>> = BTreeMap::from([(0, Vec::new())]);
    for (size, n_pairs) in pairs {
        let before: Vec<(i64, Vec<Mass>)> = sides
            .iter()
            .map(|(total, plates)| (*total, plates.clone()))
            .collect();
        for (total, plates) in before {
            let mut with_more = plates;
            let mut bigger = total;
            for _ in 0..*n_pairs {
                with_more.push(*size);
                bigger = bigger.saturating_add(size.grams());
                let fewer = sides
                    .get(&bigger)
                    .is_none_or(|existing| existing.len() > with_more.len());
                if fewer {
                    sides.insert(bigger, with_more.clone());
                }
            }
        }
        while sides.len() > MAX_PLATE_TOTALS {
            sides.pop_last();
        }
    }
    sides
}

/// Greatest common divisor of two non-negative numbers (gcd(0, n) = n).
fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
