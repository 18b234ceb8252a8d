//! The engine's questions to the person's equipment, asked of [`crate::domain::equipment`] (the one
//! place that knows which loads can be made and what the next step is), phrased for a rung done
//! with an implement.

use crate::domain::catalog::{Exercise, Implement};
use crate::domain::equipment::{Fit, Inventory, LoadSource, StepUp};
use crate::domain::program::Load;
use crate::domain::units::{Mass, Unit};

/// The person's equipment and unit.
#[derive(Clone, Copy)]
pub(super) struct Kit<'a> {
    /// What they own.
    pub(super) inventory: &'a Inventory,
    /// The unit they step in.
    pub(super) unit: Unit,
}

/// Where a share of a load landed.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Share {
    /// A load inside the band.
    InBand(Load),
    /// No load inside the band: the nearest heavier one, never above the load it came from; reps
    /// are cut to make up the rest.
    Above(Load),
    /// No load inside the band or above it: the nearest lighter one.
    Below(Load),
}

impl Share {
    /// The load chosen.
    pub(super) fn load(&self) -> &Load {
        match self {
            Share::InBand(load) | Share::Above(load) | Share::Below(load) => load,
        }
    }
}

impl Kit<'_> {
    /// The mass of a load (zero for body weight or an unknown band).
    pub(super) fn mass(&self, load: &Load) -> Mass {
        load.mass(self.inventory).unwrap_or(Mass::ZERO)
    }

    /// The nearest load the equipment makes for the rung, and whether it is the load itself.
    pub(super) fn round(
        &self,
        exercise: &Exercise,
        implement: Implement,
        load: &Load,
    ) -> (Load, bool) {
        if implement == Implement::Bodyweight {
            return (Load::Bodyweight, *load == Load::Bodyweight);
        }
        let rounded = self
            .inventory
            .round(LoadSource::of(exercise, implement), load);
        match rounded {
            Some(rounded) => (rounded.load, rounded.exact),
            None => (Load::Bodyweight, false),
        }
    }

    /// The heaviest load the equipment makes for the rung that is not heavier than `load`; `None`
    /// when every load it makes is heavier (body weight is always itself).
    pub(super) fn at_most(
        &self,
        exercise: &Exercise,
        implement: Implement,
        load: &Load,
    ) -> Option<Load> {
        if implement == Implement::Bodyweight {
            return Some(Load::Bodyweight);
        }
        self.inventory
            .at_most(LoadSource::of(exercise, implement), self.mass(load))
    }

    /// The lightest load the equipment makes for the rung (body weight when it makes none).
    pub(super) fn lightest(&self, exercise: &Exercise, implement: Implement) -> Load {
        if implement == Implement::Bodyweight {
            return Load::Bodyweight;
        }
        self.inventory
            .lightest(LoadSource::of(exercise, implement))
            .unwrap_or(Load::Bodyweight)
    }

    /// The next step up from `load` [S26, S27].
    pub(super) fn step_up(&self, exercise: &Exercise, implement: Implement, load: &Load) -> StepUp {
        if implement == Implement::Bodyweight {
            return StepUp::RunsOut;
        }
        self.inventory.step_up(
            LoadSource::of(exercise, implement),
            load,
            exercise.pattern.is_lower_body(),
            self.unit,
        )
    }

    /// A share of `from` between `min_percent` and `max_percent` [§6 rounding]: the nearest load
    /// inside the band; else the nearest heavier one not above `from` (reps are cut instead); else
    /// the nearest lighter one. `None` for body weight or when nothing can be made.
    pub(super) fn share(
        &self,
        exercise: &Exercise,
        implement: Implement,
        from: &Load,
        min_percent: u32,
        max_percent: u32,
    ) -> Option<Share> {
        if implement == Implement::Bodyweight {
            return None;
        }
        let source = LoadSource::of(exercise, implement);
        let min_percent = u8::try_from(min_percent.min(100)).unwrap_or(100);
        let max_percent = u8::try_from(max_percent.min(100)).unwrap_or(100);
        let scaled = self
            .inventory
            .within(source, from, min_percent, max_percent)?;
        if scaled.fit == Fit::InBand {
            return Some(Share::InBand(scaled.load));
        }
        let from_mass = self.mass(from);
        let top = from_mass.percent(u32::from(max_percent));
        let above = self
            .inventory
            .weighed_loads(source)
            .into_iter()
            .find(|(mass, _)| *mass > top && *mass <= from_mass)
            .map(|(_, load)| load);
        Some(match above {
            Some(load) => Share::Above(load),
            None => Share::Below(scaled.load),
        })
    }

    /// The new load as a whole percentage of the old one, from the real masses (100 when the old
    /// one has no mass).
    pub(super) fn percent(&self, from: &Load, to: &Load) -> u32 {
        let from = self.mass(from).grams();
        let to = self.mass(to).grams();
        if from <= 0 {
            return 100;
        }
        u32::try_from((to * 100 + from / 2) / from).unwrap_or(0)
    }
}
