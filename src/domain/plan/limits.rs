//! The limits of a `durable-plan` file: the one place the reader, the editor's inputs, the JSON
//! Schema test and `docs/plan-format.md` take them from. They keep plans within what a person can
//! do in one session; none of them is a clinical threshold (those live in `rules.rs`).

use crate::domain::catalog::DoseKind;

/// Largest plan file accepted, in bytes (a plan of 14 full days is about 60 KB).
pub const MAX_BYTES: usize = 1024 * 1024;
/// Most training days in a plan.
pub const MAX_DAYS: usize = 14;
/// Most exercises in one day.
pub const MAX_SLOTS: usize = 12;
/// Most weeks a plan may run.
pub const MAX_WEEKS: u8 = 52;
/// Most phases in a plan.
pub const MAX_PHASES: usize = 12;
/// Most schemes in one phase.
pub const MAX_PHASE_SCHEMES: usize = 60;
/// Most alternatives one exercise may name.
pub const MAX_ALTERNATIVES: usize = 4;
/// Most work sets of one exercise.
pub const MAX_SETS: u8 = 10;
/// Longest rest between sets, in seconds.
pub const MAX_REST_SECONDS: u16 = 600;
/// Longest plan, day or phase name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest author, in characters.
pub const MAX_AUTHOR_CHARS: usize = 120;
/// Longest notes of a plan or a phase, in characters.
pub const MAX_NOTES_CHARS: usize = 2_000;
/// Heaviest load, in grams (300 kg).
pub const MAX_LOAD_G: i64 = 300_000;
/// Longest band colour, in characters.
pub const MAX_BAND_CHARS: usize = 30;
/// Most reps at the top of a range.
pub const MAX_REPS: u16 = 30;
/// Most seconds held at the top of a range.
pub const MAX_SECONDS: u16 = 300;
/// Most metres carried at the top of a range.
pub const MAX_METRES: u16 = 400;

/// The top of a range allowed for a dose kind: 30 reps, 300 seconds or 400 metres.
pub fn max_range(kind: DoseKind) -> u16 {
    match kind {
        DoseKind::Reps => MAX_REPS,
        DoseKind::Seconds => MAX_SECONDS,
        DoseKind::Metres => MAX_METRES,
    }
}
