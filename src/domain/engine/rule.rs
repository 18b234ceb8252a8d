//! The rules that fire, as data with the numbers they read. Every stage adds rules; the last stage
//! ([`super::words`]) turns them into sentences. This module imports no other stage.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::catalog::{DoseKind, Implement};
use crate::domain::program::{Load, Tempo};
use crate::domain::screen::Level;
use crate::domain::units::Mass;

/// The traffic light of the pain-monitoring model [S1–S5].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gate {
    /// Progression allowed.
    Green,
    /// Hold: the same again.
    Amber,
    /// Regress.
    Red,
}

/// When a pain rating was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PainWhen {
    /// During the exercise or session.
    During,
    /// Right after the session.
    After,
    /// On waking.
    Morning,
}

/// A rule that fired, with the numbers it read.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "rule")]
pub enum Rule {
    /// Every part of the pain check was fine.
    GateGreen {
        /// Pain during (or right after), 0–10.
        during: u8,
        /// Next-morning pain, 0–10.
        morning: u8,
        /// Usual pain, 0–10.
        usual: u8,
    },
    /// Pain during the exercise was 4–5 (hold) or above 5 (step back).
    PainDuring {
        /// Pain during, 0–10.
        during: u8,
        /// The light it gave.
        gate: Gate,
    },
    /// Pain right after the session was 4–5 (hold) or above 5 (step back).
    PainAfter {
        /// Pain right after, 0–10.
        after: u8,
        /// The light it gave.
        gate: Gate,
    },
    /// Neither pain during nor right after was rated: at most a hold.
    PainDuringMissing,
    /// Next-morning pain above usual.
    MorningAboveUsual {
        /// Next-morning pain.
        morning: u8,
        /// Usual pain.
        usual: u8,
        /// The light it gave.
        gate: Gate,
    },
    /// No morning check-in after the session: at most a hold, not counted as a real one.
    MorningMissing {
        /// The morning that has no rating.
        date: NaiveDate,
    },
    /// The 7-day morning average rose.
    MorningAverageRising {
        /// The week before.
        before: f32,
        /// The last 7 days.
        after: f32,
    },
    /// The weekly morning average rose two weeks running.
    WeeklyAverageRising {
        /// The weekly averages read, oldest first.
        averages: Vec<f32>,
    },
    /// Pain of 7/10 or more: a caring line and the flare path.
    SeverePain {
        /// The rating.
        pain: u8,
        /// When it was given.
        when: PainWhen,
    },
    /// No session of this slot yet.
    FirstSession,
    /// The person changed the rung or load themselves last time.
    UserAdjusted,
    /// The implement chosen for a rung that can be done with several.
    ImplementChosen {
        /// The implement.
        implement: Implement,
    },
    /// The written load is not one the equipment makes; the nearest one is used.
    LoadRounded {
        /// The load as written.
        written: Load,
        /// The nearest load the equipment makes.
        made: Load,
    },
    /// Every set reached the top with reps to spare, this many sessions in a row.
    TopOfRange {
        /// Top of the range.
        high: u16,
        /// Sessions in a row.
        sessions: u32,
        /// What the range counts.
        dose: DoseKind,
    },
    /// The top was reached with nothing left in reserve, so it does not count yet.
    TopAtLimit {
        /// Top of the range.
        high: u16,
        /// What the range counts.
        dose: DoseKind,
    },
    /// The last top session came less than 48 hours after the one before.
    TopTooSoon {
        /// Hours between them.
        hours: i64,
        /// Hours needed.
        needed: i64,
    },
    /// Inside the range.
    WithinRange {
        /// Bottom of the range.
        low: u16,
        /// Top of the range.
        high: u16,
        /// What the range counts.
        dose: DoseKind,
    },
    /// A set fell short of the bottom, this many sessions in a row.
    ShortOfRange {
        /// Bottom of the range.
        low: u16,
        /// Sessions in a row.
        sessions: u32,
        /// What the range counts.
        dose: DoseKind,
    },
    /// The same as last time (a hold repeats the last prescription exactly).
    RepeatLast,
    /// Holds in a row that count toward a small step back.
    HoldsInARow {
        /// Holds in a row.
        holds: u32,
    },
    /// A set given back after it was cut.
    SetsRestored {
        /// Sets before.
        from: u8,
        /// Sets next time.
        to: u8,
    },
    /// The plan allows more sets: one comes before more load.
    SetBeforeLoad {
        /// Sets next time.
        sets: u8,
    },
    /// Kettlebells jump in big steps: a reps bridge with this bell first.
    KettlebellBridge {
        /// Bottom of the bridge range.
        low: u16,
        /// Top.
        high: u16,
    },
    /// No smaller load step: the range grows first.
    RangeExtended {
        /// Bottom of the longer range.
        low: u16,
        /// Top.
        high: u16,
        /// What the range counts.
        dose: DoseKind,
    },
    /// The next body-weight step: a slower lowering, then a pause.
    TempoStep {
        /// The new tempo.
        tempo: Tempo,
    },
    /// The load changed.
    LoadChange {
        /// Load before.
        from: Load,
        /// Load next time.
        to: Load,
        /// The new load as a percentage of the old one, from the real masses.
        percent: u32,
    },
    /// No lighter load fits, so reps are cut instead.
    FewerReps {
        /// The load kept.
        load: Load,
        /// Bottom of the shorter range.
        low: u16,
        /// Top.
        high: u16,
        /// What the range counts.
        dose: DoseKind,
    },
    /// Extra reps in reserve instead of a lighter load (body-weight rungs).
    MoreInReserve {
        /// Target reps in reserve.
        rir: u8,
    },
    /// The exercise changed.
    RungChange {
        /// Exercise id before.
        from: String,
        /// Exercise id next time.
        to: String,
    },
    /// A new exercise starts easier.
    NewRungEasier {
        /// Bottom of its range.
        low: u16,
        /// Target reps in reserve.
        rir: u8,
    },
    /// The top has held this many days; the next exercise needs more.
    TopHeldDays {
        /// Days held.
        days: i64,
        /// Days needed.
        needed: i64,
    },
    /// A step up came less than 7 days ago: one step a week at most.
    StepTooSoon {
        /// Days since the last step.
        days: i64,
        /// Days needed.
        needed: i64,
    },
    /// The plan's range for this exercise changed (a new phase or an edit).
    SchemeChanged {
        /// The phase now in force, if any.
        phase: Option<String>,
    },
    /// The top exercise of its ladder.
    TopOfLadder,
    /// The heaviest load the equipment makes.
    EquipmentRunsOut {
        /// The heaviest load owned.
        load: Load,
    },
    /// The next load is a bigger jump than the step cap; reps build first.
    StepTooBig {
        /// The next load the equipment makes.
        next: Load,
        /// The size of that step.
        step: Mass,
    },
    /// The load done is lighter than anything the equipment makes for this exercise.
    LighterThanOwned {
        /// The load done.
        load: Load,
    },
    /// The exercise needs equipment the person does not have.
    NotOwned {
        /// Exercise id.
        exercise: String,
    },
    /// There is no easier exercise on this ladder.
    NoEasierRung,
    /// The barbell gate [S16, design], and which parts were met.
    BarbellGate {
        /// Every part met.
        met: bool,
        /// No flare in the last 3 weeks.
        flare_free: bool,
        /// Usual pain low enough.
        usual_pain_ok: bool,
        /// A qualifying deadlift in the last 8 weeks.
        deadlift_ok: bool,
        /// Body weight is known.
        bodyweight_known: bool,
    },
    /// A flare is going on.
    Flare {
        /// The morning it was recognised.
        since: NaiveDate,
        /// True when the person tapped "I'm having a flare".
        tapped: bool,
    },
    /// How a flare session is made.
    FlareDose,
    /// The person chose a smaller session today ("not today").
    ChoseEasier,
    /// The person chose a short gentle session today ("not today"): the flare-day dose.
    ChoseGentle,
    /// Left out of today's short gentle session, which is kept to about this long.
    LeftOutOfGentle {
        /// The gentle session's length, in minutes.
        minutes: u16,
    },
    /// No new exercise starts during a flare.
    NotStartedInFlare,
    /// Coming back after a flare.
    ReEntry {
        /// Planned percentage of the pre-flare load.
        percent: u32,
    },
    /// Coming back after a long break from this exercise.
    LongBreak {
        /// Days since it was last trained.
        days: i64,
        /// Planned percentage of the last load.
        percent: u32,
    },
    /// Planned light week.
    LightWeekPlanned {
        /// Weeks of training since the last light week, flare or start.
        weeks: u32,
    },
    /// A light week that fell due in a week without training.
    LightWeekOverdue {
        /// Weeks of training since the last light week, flare or start.
        weeks: u32,
    },
    /// Light week brought forward by rising weekly pain.
    LightWeekEarly {
        /// The weekly averages read, oldest first.
        averages: Vec<f32>,
    },
    /// A long flare or repeated flares: fewer sets and a clinician's view.
    Escalation {
        /// Days the current flare has lasted, if one is going on and is long.
        flare_days: Option<i64>,
        /// Flares that started in the last 4 weeks.
        recent_flares: u32,
        /// Percent of sets taken off.
        cut_percent: u8,
    },
    /// While the safety questions are open again, nothing goes up.
    ReAskOpen,
    /// Until pain has settled (or the safety questions are answered), no part of the session is
    /// more than last time.
    NoMoreThanLastTime,
    /// The safety screen pauses training.
    ScreenBlocked {
        /// The most urgent level answered.
        level: Level,
    },
    /// A safety answer suggests seeing a GP soon; gentle training goes on.
    ScreenSeeGp,
    /// The safety screen has not been answered.
    ScreenNotAnswered,
    /// Ask again: a flare started after the last screen.
    AskAfterFlare {
        /// The morning the flare began.
        since: NaiveDate,
    },
    /// Ask again: new leg symptoms.
    AskNewLegSymptoms {
        /// The day they were reported.
        date: NaiveDate,
    },
    /// Ask again: pain 3 or more points above usual.
    AskPainJump {
        /// The rating.
        pain: u8,
        /// Usual pain then.
        usual: u8,
        /// The day.
        date: NaiveDate,
        /// When it was given.
        when: PainWhen,
    },
}
