//! Conversions between the domain types and their stored mirrors (`super::mirror`).
//!
//! **No field is dropped.** Every conversion destructures without `..` and builds with a full
//! struct literal, so a field added to `Session`, `ExerciseLog`, `SetLog`, `CheckIn`, `Outcome` or
//! `PsfsItem` does not compile until its mirror has the field, and the mirror does not compile
//! until the field has a short name.

use super::mirror::{
    StoredCheckIn, StoredExercise, StoredLoad, StoredOutcome, StoredPsfs, StoredSession, StoredSet,
};
use crate::domain::checkin::{CheckIn, Outcome, PsfsItem};
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::program::Load;

impl From<Session> for StoredSession {
    fn from(session: Session) -> StoredSession {
        let Session {
            id,
            started,
            day,
            exercises,
            pain_during,
            pain_after,
            notes,
            finished,
        } = session;
        StoredSession {
            id,
            started,
            day,
            exercises: exercises.into_iter().map(StoredExercise::from).collect(),
            pain_during,
            pain_after,
            notes,
            finished,
        }
    }
}

impl From<StoredSession> for Session {
    fn from(stored: StoredSession) -> Session {
        let StoredSession {
            id,
            started,
            day,
            exercises,
            pain_during,
            pain_after,
            notes,
            finished,
        } = stored;
        Session {
            id,
            started,
            day,
            exercises: exercises.into_iter().map(ExerciseLog::from).collect(),
            pain_during,
            pain_after,
            notes,
            finished,
        }
    }
}

impl From<ExerciseLog> for StoredExercise {
    fn from(exercise: ExerciseLog) -> StoredExercise {
        let ExerciseLog {
            slot,
            exercise,
            sets,
            pain_during,
            user_adjusted,
            today_only,
            implement,
            range,
            tempo,
        } = exercise;
        StoredExercise {
            slot,
            exercise,
            sets: sets.into_iter().map(StoredSet::from).collect(),
            pain_during,
            user_adjusted,
            today_only,
            implement,
            range,
            tempo,
        }
    }
}

impl From<StoredExercise> for ExerciseLog {
    fn from(stored: StoredExercise) -> ExerciseLog {
        let StoredExercise {
            slot,
            exercise,
            sets,
            pain_during,
            user_adjusted,
            today_only,
            implement,
            range,
            tempo,
        } = stored;
        ExerciseLog {
            slot,
            exercise,
            sets: sets.into_iter().map(SetLog::from).collect(),
            pain_during,
            user_adjusted,
            today_only,
            implement,
            range,
            tempo,
        }
    }
}

impl From<SetLog> for StoredSet {
    fn from(set: SetLog) -> StoredSet {
        let SetLog { value, load, rir } = set;
        StoredSet {
            value,
            load: load.into(),
            rir,
        }
    }
}

impl From<StoredSet> for SetLog {
    fn from(stored: StoredSet) -> SetLog {
        let StoredSet { value, load, rir } = stored;
        SetLog {
            value,
            load: load.into(),
            rir,
        }
    }
}

impl From<Load> for StoredLoad {
    fn from(load: Load) -> StoredLoad {
        match load {
            Load::Bodyweight => StoredLoad::Bodyweight,
            Load::Band(colour) => StoredLoad::Band(colour),
            Load::Mass(mass) => StoredLoad::Mass(mass),
        }
    }
}

impl From<StoredLoad> for Load {
    fn from(stored: StoredLoad) -> Load {
        match stored {
            StoredLoad::Bodyweight => Load::Bodyweight,
            StoredLoad::Band(colour) => Load::Band(colour),
            StoredLoad::Mass(mass) => Load::Mass(mass),
        }
    }
}

impl From<CheckIn> for StoredCheckIn {
    fn from(checkin: CheckIn) -> StoredCheckIn {
        let CheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
            choice,
        } = checkin;
        StoredCheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
            choice,
        }
    }
}

impl From<StoredCheckIn> for CheckIn {
    fn from(stored: StoredCheckIn) -> CheckIn {
        let StoredCheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
            choice,
        } = stored;
        CheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
            choice,
        }
    }
}

impl From<Outcome> for StoredOutcome {
    fn from(outcome: Outcome) -> StoredOutcome {
        let Outcome {
            date,
            usual_pain,
            psfs,
            confidence,
        } = outcome;
        StoredOutcome {
            date,
            usual_pain,
            psfs: psfs.into_iter().map(StoredPsfs::from).collect(),
            confidence,
        }
    }
}

impl From<StoredOutcome> for Outcome {
    fn from(stored: StoredOutcome) -> Outcome {
        let StoredOutcome {
            date,
            usual_pain,
            psfs,
            confidence,
        } = stored;
        Outcome {
            date,
            usual_pain,
            psfs: psfs.into_iter().map(PsfsItem::from).collect(),
            confidence,
        }
    }
}

impl From<PsfsItem> for StoredPsfs {
    fn from(item: PsfsItem) -> StoredPsfs {
        let PsfsItem { activity, score } = item;
        StoredPsfs { activity, score }
    }
}

impl From<StoredPsfs> for PsfsItem {
    fn from(stored: StoredPsfs) -> PsfsItem {
        let StoredPsfs { activity, score } = stored;
        PsfsItem { activity, score }
    }
}
