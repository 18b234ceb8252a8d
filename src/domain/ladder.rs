//! Ladders: each a list of rungs (exercise ids) from easiest to hardest, per CLINICAL.md §4.

use serde::Serialize;

use super::catalog::Pattern;

/// One ladder: a family of exercises a person climbs one rung at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Ladder {
    /// Stable id (slug), e.g. `"hinge"`.
    pub id: &'static str,
    /// Name shown to people.
    pub name: &'static str,
    /// The movement pattern every rung trains.
    pub pattern: Pattern,
    /// Exercise ids, easiest first.
    pub rungs: &'static [&'static str],
}

/// Every ladder of CLINICAL.md §4 [S30–S33, S37–S42].
pub const LADDERS: &[Ladder] = &[
    Ladder {
        id: "hinge",
        name: "Hinge",
        pattern: Pattern::Hinge,
        rungs: &[
            "glute-bridge",
            "hip-hinge-drill",
            "glute-bridge-march",
            "single-leg-bridge-supported",
            "single-leg-bridge-long-lever",
            "band-pull-through",
            "kb-deadlift-block",
            "kb-deadlift",
            "db-romanian-deadlift",
            "supported-single-leg-rdl",
            "trap-bar-deadlift-high",
            "trap-bar-deadlift-low",
            "barbell-rdl",
            "barbell-block-deadlift",
            "barbell-deadlift",
        ],
    },
    Ladder {
        id: "squat",
        name: "Squat",
        pattern: Pattern::Squat,
        rungs: &[
            "sit-to-stand-high",
            "box-squat-high",
            "box-squat-low",
            "bodyweight-squat",
            "goblet-box-squat",
            "goblet-squat",
            "double-kb-front-squat",
            "barbell-box-squat",
            "barbell-back-squat",
            "barbell-front-squat",
        ],
    },
    Ladder {
        id: "lunge",
        name: "Lunge and single leg",
        pattern: Pattern::Lunge,
        rungs: &[
            "low-step-up",
            "supported-split-squat",
            "split-squat",
            "reverse-lunge",
            "db-split-squat",
            "db-reverse-lunge",
            "db-step-up-high",
            "rear-foot-elevated-split-squat",
            "walking-lunge-weighted",
        ],
    },
    Ladder {
        id: "push",
        name: "Push",
        pattern: Pattern::Push,
        rungs: &[
            "wall-push-up",
            "incline-push-up",
            "knee-push-up",
            "push-up",
            "db-floor-press",
            "db-bench-press",
            "barbell-bench-press",
        ],
    },
    Ladder {
        id: "pull",
        name: "Pull",
        pattern: Pattern::Pull,
        rungs: &[
            "doorway-row",
            "band-row",
            "inverted-row-high",
            "inverted-row-low",
            "one-arm-db-row",
            "chest-supported-db-row",
            "barbell-row",
        ],
    },
    Ladder {
        id: "carry",
        name: "Carry",
        pattern: Pattern::Carry,
        rungs: &[
            "farmer-carry-light",
            "farmer-carry",
            "suitcase-carry",
            "offset-carry",
            "front-rack-kb-carry",
            "trap-bar-carry",
        ],
    },
    Ladder {
        id: "dead-bug",
        name: "Dead bug",
        pattern: Pattern::Trunk,
        rungs: &[
            "dead-bug-arms",
            "dead-bug-legs",
            "dead-bug",
            "dead-bug-band",
        ],
    },
    Ladder {
        id: "bird-dog",
        name: "Bird dog",
        pattern: Pattern::Trunk,
        rungs: &[
            "bird-dog-legs",
            "bird-dog-low",
            "bird-dog",
            "bird-dog-shift",
        ],
    },
    Ladder {
        id: "side-plank",
        name: "Side plank",
        pattern: Pattern::Trunk,
        rungs: &["side-plank-knees", "side-plank", "side-plank-hip-dips"],
    },
    Ladder {
        id: "pallof",
        name: "Pallof press",
        pattern: Pattern::Trunk,
        rungs: &[
            "pallof-half-kneeling",
            "pallof-tall-kneeling",
            "pallof-split-stance",
            "pallof-standing",
            "pallof-step-out",
        ],
    },
    Ladder {
        id: "curl-up",
        name: "Curl-up",
        pattern: Pattern::Trunk,
        rungs: &["curl-up", "curl-up-elbows-up"],
    },
];

/// The ladder with this id, if there is one.
pub fn ladder(id: &str) -> Option<&'static Ladder> {
    LADDERS.iter().find(|ladder| ladder.id == id)
}

/// The ladder an exercise is a rung of, and its position on it (0 is the easiest rung).
pub fn rung_of(exercise_id: &str) -> Option<(&'static Ladder, usize)> {
    LADDERS.iter().find_map(|ladder| {
        ladder
            .rungs
            .iter()
            .position(|rung| *rung == exercise_id)
            .map(|position| (ladder, position))
    })
}

/// The next (harder) rung above this exercise, or `None` at the top of its ladder.
pub fn next_rung(exercise_id: &str) -> Option<&'static str> {
    let (ladder, position) = rung_of(exercise_id)?;
    ladder.rungs.get(position + 1).copied()
}

/// The previous (easier) rung below this exercise, or `None` at the bottom of its ladder.
pub fn prev_rung(exercise_id: &str) -> Option<&'static str> {
    let (ladder, position) = rung_of(exercise_id)?;
    position
        .checked_sub(1)
        .and_then(|below| ladder.rungs.get(below).copied())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "ladder_tests.rs"]
mod tests;
