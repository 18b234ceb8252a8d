//! Choosing loads the equipment makes: the nearest one to a written load, one within a percentage
//! band (re-entry, light weeks, new rungs), and the next step up (CLINICAL.md §3, §6).
//!
//! Every answer is a load the person can make, and says how it relates to what was asked: exact or
//! rounded, inside the band or the nearest lighter fallback, a step up or a step too big to take.

use super::{Inventory, LoadSource};
use crate::domain::catalog::Implement;
use crate::domain::program::Load;
use crate::domain::rules;
use crate::domain::units::{Mass, Unit};

/// Two masses this close are the same load. Masses are whole grams, so loads built from pound
/// plates (each rounded to the gram) do not add up to exactly `Mass::from_lb` of their total; no
/// real equipment makes two loads less than 100 g apart, so 50 g separates rounding from a real
/// difference.
pub const SAME_LOAD_TOLERANCE: Mass = Mass::from_grams(50);

/// A written load turned into one the equipment makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rounded {
    /// The nearest makeable load (ties go to the lighter one).
    pub load: Load,
    /// True when it is the written load itself (to within [`SAME_LOAD_TOLERANCE`]).
    pub exact: bool,
}

/// Where a scaled load falls against the band that was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fit {
    /// Inside the band.
    InBand,
    /// Nothing makeable falls in the band: this is the nearest load below it. The caller keeps
    /// it and cuts reps or sets instead (CLINICAL.md §6, rounding).
    BelowBand,
    /// Nothing makeable falls in or below the band: this is the lightest load there is, above
    /// the band but no heavier than the load it was scaled from. The caller cuts reps or sets.
    AboveBand,
}

/// A load chosen as a percentage of another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scaled {
    /// The load chosen, always makeable and never heavier than the one it was scaled from.
    pub load: Load,
    /// Its real percentage of the load it was scaled from, to the nearest whole percent
    /// (100 when both are body weight).
    pub percent: u8,
    /// Whether it is inside the band or a fallback.
    pub fit: Fit,
}

/// The next load up from the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepUp {
    /// Take this load next: a step the rules allow.
    Next(Load),
    /// The equipment makes heavier loads, but the smallest step it makes is bigger than the rules
    /// allow (over the largest step, or over 5% of the load): build reps before load.
    TooBig {
        /// The nearest heavier load the equipment makes.
        next: Load,
        /// How much heavier it is.
        step: Mass,
    },
    /// Nothing heavier can be made (body weight, the heaviest bell, pair or band owned).
    RunsOut,
}

impl Inventory {
    /// The lightest load this person can make with the source; `None` when it is not owned.
    pub fn lightest(&self, source: impl Into<LoadSource>) -> Option<Load> {
        self.weighed_loads(source)
            .into_iter()
            .next()
            .map(|(_, load)| load)
    }

    /// The heaviest load this person can make with the source; `None` when it is not owned.
    pub fn heaviest(&self, source: impl Into<LoadSource>) -> Option<Load> {
        self.weighed_loads(source)
            .into_iter()
            .next_back()
            .map(|(_, load)| load)
    }

    /// The heaviest makeable load no heavier than `target` (to within [`SAME_LOAD_TOLERANCE`]);
    /// `None` when even the lightest is heavier.
    pub fn at_most(&self, source: impl Into<LoadSource>, target: Mass) -> Option<Load> {
        self.weighed_loads(source)
            .into_iter()
            .rev()
            .find(|(mass, _)| *mass <= target + SAME_LOAD_TOLERANCE)
            .map(|(_, load)| load)
    }

    /// The makeable load nearest to `load` by mass, ties going to the lighter one, and whether it
    /// is `load` itself; `None` when the source is not owned.
    ///
    /// A load without a mass (body weight, or a band colour not owned) counts as zero, so it
    /// rounds to the lightest load.
    pub fn round(&self, source: impl Into<LoadSource>, load: &Load) -> Option<Rounded> {
        let target = self.mass_or_zero(load);
        let (mass, nearest) = self
            .weighed_loads(source)
            .into_iter()
            .min_by_key(|(mass, _)| (distance(*mass, target), *mass))?;
        let exact = nearest == *load
            || (load.mass(self).is_some() && distance(mass, target) <= SAME_LOAD_TOLERANCE.grams());
        Some(Rounded {
            load: nearest,
            exact,
        })
    }

    /// A makeable load between `min_percent` and `max_percent` of `from` (CLINICAL.md §6,
    /// rounding), the one nearest the middle of the band, ties going to the lighter one.
    ///
    /// When no load falls in the band, the nearest load below it ([`Fit::BelowBand`]); when none
    /// is below either, the lightest load, if it is no heavier than `from` ([`Fit::AboveBand`]).
    /// `None` only when every makeable load is heavier than `from` (or the source is not owned).
    /// Percentages are of the real masses, to the nearest whole percent; a band given upside down
    /// is read the right way up.
    pub fn within(
        &self,
        source: impl Into<LoadSource>,
        from: &Load,
        min_percent: u8,
        max_percent: u8,
    ) -> Option<Scaled> {
        let (low, high) = (min_percent.min(max_percent), min_percent.max(max_percent));
        let from_mass = self.mass_or_zero(from);
        let middle = scale(from_mass, u32::from(low) + u32::from(high), 200);
        let candidates: Vec<(Mass, Load, u8)> = self
            .weighed_loads(source)
            .into_iter()
            .filter(|(mass, _)| *mass <= from_mass)
            .map(|(mass, load)| {
                let percent = percent_of(mass, from_mass);
                (mass, load, percent)
            })
            .collect();
        let in_band = candidates
            .iter()
            .filter(|(_, _, percent)| (low..=high).contains(percent))
            .min_by_key(|(mass, _, _)| (distance(*mass, middle), *mass))
            .map(|candidate| (candidate, Fit::InBand));
        let below = || {
            candidates
                .iter()
                .rev()
                .find(|(_, _, percent)| *percent < low)
                .map(|candidate| (candidate, Fit::BelowBand))
        };
        let above = || {
            candidates
                .first()
                .map(|candidate| (candidate, Fit::AboveBand))
        };
        in_band
            .or_else(below)
            .or_else(above)
            .map(|((_, load, percent), fit)| Scaled {
                load: load.clone(),
                percent: *percent,
                fit,
            })
    }

    /// The next load up from `current` in an equipment-aware step (CLINICAL.md §3) [S26, S27].
    ///
    /// Bands, dumbbells and kettlebells go to the next one owned (the next colour, the next pair
    /// or adjustable setting, the next bell or pair size). A barbell or trap bar takes the
    /// smallest increase the plates make of at least the minimum step for the person's unit
    /// (+2.5 kg or +5 lb lower body, +1 kg or +2.5 lb upper body); that step must be no more than
    /// the maximum step (+5 kg or +10 lb lower body, +2.5 kg or +5 lb upper body) and no more than
    /// the minimum step or 5% of the load, whichever is more, else it is [`StepUp::TooBig`]. When
    /// the plates only make heavier loads below the minimum step, the heaviest of them is next.
    ///
    /// A `current` load without a mass (body weight, or a band colour not owned) counts as zero.
    pub fn step_up(
        &self,
        source: impl Into<LoadSource>,
        current: &Load,
        lower_body: bool,
        unit: Unit,
    ) -> StepUp {
        let source = source.into();
        let from = self.mass_or_zero(current);
        let heavier: Vec<(Mass, Load)> = self
            .weighed_loads(source)
            .into_iter()
            .filter(|(mass, _)| *mass > from + SAME_LOAD_TOLERANCE)
            .collect();
        let Some((_, next)) = heavier.first() else {
            return StepUp::RunsOut;
        };
        if !matches!(source.implement, Implement::Barbell | Implement::TrapBar) {
            return StepUp::Next(next.clone());
        }
        let (min_step, max_step) = barbell_steps(lower_body, unit);
        let five_percent = from.percent(u32::from(rules::BARBELL_STEP_MAX_PERCENT));
        let limit = max_step.min(min_step.max(five_percent));
        let at_least = from + min_step - SAME_LOAD_TOLERANCE;
        let chosen = heavier
            .iter()
            .find(|(mass, _)| *mass >= at_least)
            .or(heavier.last());
        let Some((mass, next)) = chosen.cloned() else {
            return StepUp::RunsOut;
        };
        let step = mass - from;
        if step <= limit + SAME_LOAD_TOLERANCE {
            StepUp::Next(next)
        } else {
            StepUp::TooBig { next, step }
        }
    }
}

/// The smallest and largest barbell step for the body half and the person's unit [S26, S27].
pub fn barbell_steps(lower_body: bool, unit: Unit) -> (Mass, Mass) {
    match (unit, lower_body) {
        (Unit::Kg, true) => (
            Mass::from_grams(rules::BARBELL_LOWER_STEP_MIN_G),
            Mass::from_grams(rules::BARBELL_LOWER_STEP_MAX_G),
        ),
        (Unit::Kg, false) => (
            Mass::from_grams(rules::BARBELL_UPPER_STEP_MIN_G),
            Mass::from_grams(rules::BARBELL_UPPER_STEP_MAX_G),
        ),
        (Unit::Lb, true) => (
            Mass::from_lb(rules::BARBELL_LOWER_STEP_MIN_LB),
            Mass::from_lb(rules::BARBELL_LOWER_STEP_MAX_LB),
        ),
        (Unit::Lb, false) => (
            Mass::from_lb(rules::BARBELL_UPPER_STEP_MIN_LB),
            Mass::from_lb(rules::BARBELL_UPPER_STEP_MAX_LB),
        ),
    }
}

/// How far apart two masses are, in grams.
fn distance(a: Mass, b: Mass) -> i64 {
    a.grams().abs_diff(b.grams()).try_into().unwrap_or(i64::MAX)
}

/// `mass × numerator / denominator`, rounded to the nearest gram (halves up).
fn scale(mass: Mass, numerator: u32, denominator: u32) -> Mass {
    let scaled = i128::from(mass.grams()) * i128::from(numerator);
    let denominator = i128::from(denominator.max(1));
    let rounded = (2 * scaled + denominator).div_euclid(2 * denominator);
    Mass::from_grams(rounded.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// `mass` as a whole percentage of `of` (halves up), within 0–100 for a mass no heavier than
/// `of`; 100 when `of` is zero or less (body weight against body weight).
fn percent_of(mass: Mass, of: Mass) -> u8 {
    if of.grams() <= 0 {
        return 100;
    }
    let percent = (200 * i128::from(mass.grams()) + i128::from(of.grams()))
        .div_euclid(2 * i128::from(of.grams()));
    percent.clamp(0, 100) as u8
}
