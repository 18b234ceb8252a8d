//! Stage 4 of the engine: the load. Turns a slot decision's load plan into a load the person's
//! equipment makes (through [`super::kit`], which asks `domain::equipment`), with honest reasons:
//! a written load that cannot be made is rounded and said so; a percentage becomes the nearest load
//! in its band, else a heavier one with reps cut; every change states its real percentage
//! (CLINICAL.md §6, rounding).

use super::decision::{LoadPlan, SlotDecision};
use super::kit::{Kit, Share};
use super::rule::Rule;
use crate::domain::program::{Load, Scheme};

/// A slot decision with its load made.
#[derive(Clone, Debug)]
pub(super) struct Loaded {
    /// The decision (its scheme may have fewer reps when no lighter load fits).
    pub(super) decision: SlotDecision,
    /// The load.
    pub(super) load: Load,
}

/// Makes the load of a decision.
pub(super) fn make(kit: Kit, decision: SlotDecision) -> Loaded {
    let mut decision = decision;
    let exercise = decision.exercise;
    let implement = decision.implement;
    let (load, extra) = match decision.load.clone() {
        LoadPlan::Keep(done) => {
            let made = kit
                .at_most(exercise, implement, &done)
                .unwrap_or_else(|| kit.lightest(exercise, implement));
            (made, Vec::new())
        }
        LoadPlan::Written(wanted) => {
            let (made, exact) = kit.round(exercise, implement, &wanted);
            let rules = if exact || wanted == Load::Bodyweight {
                Vec::new()
            } else {
                vec![Rule::LoadRounded {
                    written: wanted,
                    made: made.clone(),
                }]
            };
            (made, rules)
        }
        LoadPlan::Lightest => (kit.lightest(exercise, implement), Vec::new()),
        LoadPlan::Up { from, to } => {
            let percent = kit.percent(&from, &to);
            (to.clone(), vec![Rule::LoadChange { from, to, percent }])
        }
        LoadPlan::Share { from, min, max } => share(kit, &mut decision, from, min, max),
    };
    decision.rules.extend(extra);
    Loaded { decision, load }
}

/// A share of `from` between `min` and `max` percent; when no load fits, the nearest heavier one not
/// above `from` with the range cut by the difference, else the nearest lighter one.
fn share(
    kit: Kit,
    decision: &mut SlotDecision,
    from: Load,
    min: u32,
    max: u32,
) -> (Load, Vec<Rule>) {
    let exercise = decision.exercise;
    let implement = decision.implement;
    let Some(share) = kit.share(exercise, implement, &from, min, max) else {
        let (made, _) = kit.round(exercise, implement, &from);
        return (made, Vec::new());
    };
    let load = share.load().clone();
    let percent = kit.percent(&from, &load);
    let mut rules = Vec::new();
    if load != from {
        rules.push(Rule::LoadChange {
            from: from.clone(),
            to: load.clone(),
            percent,
        });
    }
    if let Share::Above(_) = share {
        let wanted = min.midpoint(max);
        if percent > wanted {
            let scheme = decision.scheme;
            let cut = |value: u16| {
                let kept = u32::from(value) * wanted / percent.max(1);
                u16::try_from(kept).unwrap_or(value).max(1)
            };
            let low = cut(scheme.low);
            let high = cut(scheme.high).max(low);
            decision.scheme = Scheme {
                low,
                high,
                ..scheme
            };
            rules.push(Rule::FewerReps {
                load: load.clone(),
                low,
                high,
                dose: exercise.dose.kind,
            });
        }
    }
    (load, rules)
}
