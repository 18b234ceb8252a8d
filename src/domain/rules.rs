//! Every clinical threshold the app uses, in one place, each citing its source in CLINICAL.md.
//!
//! A clinician reviewing Durable reads this file. Tags in brackets (`[S1]`) are the sources listed at
//! the end of CLINICAL.md; `[design]` marks our own choice built on those sources. Pain ratings are
//! 0–10 (NPRS). Percentages are whole numbers.

// ---------------------------------------------------------------------------------------------
// §1 Pain numbers
// ---------------------------------------------------------------------------------------------

/// Smallest change in a 0–10 pain rating that matters to a person: 2 points [S8].
pub const MEANINGFUL_PAIN_CHANGE_POINTS: u8 = 2;
/// ...or a 30% change from the starting value, whichever is reached [S8].
pub const MEANINGFUL_PAIN_CHANGE_PERCENT: u8 = 30;
/// A flare is pain at least this many points above usual [S7].
pub const FLARE_POINTS_ABOVE_USUAL: u8 = 2;

// ---------------------------------------------------------------------------------------------
// §2 Pain gate (traffic light)
// ---------------------------------------------------------------------------------------------

/// Green: highest pain during the exercise at most 3/10 [S1–S5].
pub const GREEN_MAX_PAIN_DURING: u8 = 3;
/// Amber: pain during of 4–5/10 is acceptable if it settles; above this is red [S1–S5].
pub const AMBER_MAX_PAIN_DURING: u8 = 5;
/// Amber: next-morning pain up to this many points above baseline, settled within 24 h [S1–S5].
pub const AMBER_MORNING_POINTS_ABOVE_BASELINE: u8 = 1;
/// Red: next-morning pain at least this many points above baseline [S1–S5, S7].
pub const RED_MORNING_POINTS_ABOVE_BASELINE: u8 = 2;
/// Window of the rolling morning-pain average that must not rise, in days [S1–S5].
pub const MORNING_AVERAGE_WINDOW_DAYS: i64 = 7;
/// Red: weekly morning-pain average rising this many weeks running [S1–S5].
pub const RED_RISING_WEEKS: u32 = 2;
/// Pain of this much or more (during, right after, or on waking) gets a caring line and the flare
/// path: that exercise gets a flare session's dose [S7, S24, design].
pub const SEVERE_PAIN: u8 = 7;
/// Amber: after this many holds in a row, a micro-regression [design, S1–S5].
pub const HOLDS_BEFORE_MICRO_REGRESSION: u32 = 2;

// ---------------------------------------------------------------------------------------------
// §3 Double progression
// ---------------------------------------------------------------------------------------------

/// Target reps in reserve at the end of a work set [S28, S29].
pub const TARGET_RIR: u8 = 2;
/// The reps-in-reserve choices offered when logging a set run from 0 to this; the last one reads
/// "this many or more" (estimates are good to about 1 rep when 0–5 reps remain) [S28, S29].
pub const RIR_CHOICES_MAX: u8 = 5;
/// A set counts toward progression when it ends with at most this many reps in reserve [S25, S27].
pub const PROGRESS_MAX_RIR: u8 = 2;
/// Sessions in a row at the top of the range before load goes up ("2-for-2") [S25, S27].
pub const PROGRESS_CONSECUTIVE_SESSIONS: u32 = 2;
/// A session at the top counts only with at least this many reps in reserve in every set: a set
/// ground out to failure is not an easy top (a missing rating is accepted) [S25, S27, S28].
pub const PROGRESS_MIN_RIR: u8 = 1;
/// At most one step up (load, set, tempo, range or rung) per slot in this many days, whatever the
/// training frequency [design].
pub const STEP_MIN_DAYS: i64 = 7;
/// Sessions in a row short of the bottom of the range before a reduction [design].
pub const SHORTFALL_SESSIONS_BEFORE_REDUCTION: u32 = 2;
/// Load reduction after repeated shortfalls, percent [design].
pub const SHORTFALL_REDUCTION_PERCENT: u8 = 10;
/// Largest barbell step for lower-body lifts, in grams (+2.5–5 kg) [S26, S27].
pub const BARBELL_LOWER_STEP_MAX_G: i64 = 5_000;
/// Smallest barbell step for lower-body lifts, in grams [S26, S27].
pub const BARBELL_LOWER_STEP_MIN_G: i64 = 2_500;
/// Largest barbell step for upper-body lifts, in grams (+1–2.5 kg) [S26, S27].
pub const BARBELL_UPPER_STEP_MAX_G: i64 = 2_500;
/// Smallest barbell step for upper-body lifts, in grams [S26, S27].
pub const BARBELL_UPPER_STEP_MIN_G: i64 = 1_000;
/// A barbell step never exceeds this percentage of the current load [S26, S27].
pub const BARBELL_STEP_MAX_PERCENT: u8 = 5;
/// Kettlebell "reps bridge" before the next bell: sets [S26, S27].
pub const KETTLEBELL_BRIDGE_SETS: u8 = 3;
/// Kettlebell reps bridge: bottom of the range [S26, S27].
pub const KETTLEBELL_BRIDGE_LOW: u16 = 15;
/// Kettlebell reps bridge: top of the range; reaching it earns the next bell [S26, S27].
pub const KETTLEBELL_BRIDGE_HIGH: u16 = 20;
/// Seconds added to a hold when it progresses [design].
pub const HOLD_STEP_SECONDS: u16 = 5;
/// Metres added to a carry when it progresses [design].
pub const CARRY_STEP_METRES: u16 = 5;
/// Carries: 2–3 sets of 10–20 m [S37, S38].
pub const CARRY_MIN_METRES: u16 = 10;
/// Carries: the top of the distance range [S37, S38].
pub const CARRY_MAX_METRES: u16 = 20;
/// Carries: sets to start with ("2–3 sets of 10–20 m") [S37, S38].
pub const CARRY_SETS: u8 = 2;
/// Carries: the most sets [S37, S38].
pub const CARRY_MAX_SETS: u8 = 3;
/// Timed holds (side plank and other held rungs): sets, each side when one-sided [S39–S41, design].
pub const HOLD_SETS: u8 = 2;
/// Timed holds: the most sets [S39–S41, design].
pub const HOLD_MAX_SETS: u8 = 3;
/// Timed holds: bottom of the range, in seconds ("2 × 20–30 s") [S39–S41, design].
pub const HOLD_MIN_SECONDS: u16 = 20;
/// Timed holds: top of the range, in seconds [S39–S41, design].
pub const HOLD_MAX_SECONDS: u16 = 30;

/// Body-weight rungs: the slower lowering of the tempo step, in seconds ("e.g. 3 s lowering") [S26, S27].
pub const SLOW_LOWERING_SECONDS: u8 = 3;
/// Body-weight rungs: the pause at the bottom of the pause step, in seconds [S26, S27, design].
pub const PAUSE_SECONDS: u8 = 2;

/// Phase 1 (weeks 1–4): sets [S25].
pub const PHASE1_SETS: u8 = 2;
/// Phase 1: bottom of the rep range [S25].
pub const PHASE1_LOW: u16 = 12;
/// Phase 1: top of the rep range [S25].
pub const PHASE1_HIGH: u16 = 15;
/// Phase 1 lasts this many weeks [S25].
pub const PHASE1_WEEKS: u32 = 4;
/// Phase 2 (from week 5): sets to start with; a set is added before load [S25].
pub const PHASE2_SETS: u8 = 2;
/// Phase 2: the most sets ("2–3 × 6–10") [S25].
pub const PHASE2_MAX_SETS: u8 = 3;
/// Phase 2: bottom of the rep range [S25].
pub const PHASE2_LOW: u16 = 6;
/// Phase 2: top of the rep range [S25].
pub const PHASE2_HIGH: u16 = 10;
/// Barbell lifts: sets, lowest ("3–4 × 5–8") [S25].
pub const BARBELL_SETS: u8 = 3;
/// Barbell lifts: most sets [S25].
pub const BARBELL_MAX_SETS: u8 = 4;
/// Barbell lifts: bottom of the rep range [S25].
pub const BARBELL_LOW: u16 = 5;
/// Barbell lifts: top of the rep range [S25].
pub const BARBELL_HIGH: u16 = 8;

/// Planned light week: at least this many weeks after the last [S25, S85].
pub const LIGHT_WEEK_MIN_INTERVAL_WEEKS: u32 = 6;
/// Planned light week: at most this many weeks after the last [S25, S85].
pub const LIGHT_WEEK_MAX_INTERVAL_WEEKS: u32 = 10;
/// Light week load, percent of the working load [S25, S85].
pub const LIGHT_WEEK_LOAD_PERCENT: u8 = 80;
/// Light week load: the equipment may round to this many percentage points either side of
/// [`LIGHT_WEEK_LOAD_PERCENT`] ("80%, the nearest load the equipment makes") [S25, S85, design].
pub const LIGHT_WEEK_LOAD_TOLERANCE_PERCENT: u8 = 5;
/// Light week volume cut, percent ("about a third less") [S25, S85].
pub const LIGHT_WEEK_VOLUME_CUT_PERCENT: u8 = 33;
/// Weeks of rising weekly pain or falling performance that bring a light week forward [S85, design].
pub const LIGHT_WEEK_EARLY_TRIGGER_WEEKS: u32 = 2;

/// Full-body sessions a week: at least [S26].
pub const SESSIONS_PER_WEEK_MIN: u8 = 2;
/// Full-body sessions a week: at most [S26].
pub const SESSIONS_PER_WEEK_MAX: u8 = 3;
/// Hours between heavy sessions of the same lift [S26].
pub const HOURS_BETWEEN_HEAVY_SESSIONS: i64 = 48;
/// A starter block lasts this many weeks (12–16 beat 6–8) [S13].
pub const BLOCK_WEEKS: u8 = 12;
/// Starter program: usual pain at or above this starts every ladder on floor and supported rungs
/// (supported before free, bodyweight before load) [S30–S33, design].
pub const STARTER_GENTLE_MIN_USUAL_PAIN: u8 = 6;
/// Starter program: usual pain at or below this, with some training experience, may start on
/// loaded rungs the equipment allows (never a barbell rung: the barbell gate needs history) [S16, design].
pub const STARTER_LOADED_MAX_USUAL_PAIN: u8 = 3;
/// Starter program: minutes one exercise takes with its sets, rests and set-up ("about 5–8") [design].
pub const STARTER_MINUTES_PER_EXERCISE: u16 = 6;
/// Starter program: fewest exercises a day: one lower-body, a push, a pull and a trunk rung [S26, design].
pub const STARTER_MIN_SLOTS: usize = 4;
/// Starter program: most exercises a day, however long the session [design].
pub const STARTER_MAX_SLOTS: usize = 7;
/// Starter program: first load of a loaded lower-body or carry rung, percent of body weight for one
/// dumbbell or kettlebell (or the whole bar); the lightest owned load when lighter is not possible [design].
pub const STARTER_LOWER_LOAD_PERCENT_BODYWEIGHT: u8 = 10;
/// Starter program: first load of a loaded upper-body rung, percent of body weight per dumbbell [design].
pub const STARTER_UPPER_LOAD_PERCENT_BODYWEIGHT: u8 = 5;

// ---------------------------------------------------------------------------------------------
// §4 Ladders
// ---------------------------------------------------------------------------------------------

/// Move up a rung once the top criterion has held this many days (2 weeks) [S9, design].
pub const RUNG_UP_HOLD_DAYS: i64 = 14;
/// A new rung starts this many reps further from failure than the plan's target [S9, design].
pub const NEW_RUNG_EXTRA_RIR: u8 = 1;
/// A new rung starts at this percentage of the equivalent effort, lowest [S9, design].
pub const NEW_RUNG_EFFORT_MIN_PERCENT: u8 = 70;
/// A new rung starts at this percentage of the equivalent effort, highest [S9, design].
pub const NEW_RUNG_EFFORT_MAX_PERCENT: u8 = 80;
/// Barbell gate: no flare in this many days (3 weeks) [S16, design].
pub const BARBELL_GATE_FLARE_FREE_DAYS: i64 = 21;
/// Barbell gate: usual pain at most this [S16, design].
pub const BARBELL_GATE_MAX_USUAL_PAIN: u8 = 4;
/// Barbell gate: kettlebell or trap-bar deadlift sets [S16, design].
pub const BARBELL_GATE_SETS: u8 = 3;
/// Barbell gate: reps per set [S16, design].
pub const BARBELL_GATE_REPS: u16 = 8;
/// Barbell gate: the qualifying deadlift must be this recent, in days (8 weeks) [S16, design].
pub const BARBELL_GATE_RECENT_DAYS: i64 = 56;
/// Barbell gate: load at least this fraction of body weight, in percent (0.5–0.75 ×) [S16, design].
pub const BARBELL_GATE_MIN_BODYWEIGHT_PERCENT: u8 = 50;

// ---------------------------------------------------------------------------------------------
// §6 Flares
// ---------------------------------------------------------------------------------------------

/// Flare trigger: mornings in a row at baseline + 2 or more [S7, design].
pub const FLARE_TRIGGER_MORNINGS: u32 = 2;
/// Flare sessions: percentage of the usual sets kept ("half the sets") [S9, S24, design].
pub const FLARE_SET_PERCENT: u8 = 50;
/// Flare sessions: load cut, lowest (−30%) [S9, S24, design].
pub const FLARE_LOAD_CUT_MIN_PERCENT: u8 = 30;
/// Flare sessions: load cut, highest (−50%) [S9, S24, design].
pub const FLARE_LOAD_CUT_MAX_PERCENT: u8 = 50;
/// Flare sessions: rungs down, at most [S9, S24, design].
pub const FLARE_RUNGS_DOWN_MAX: u8 = 2;
/// Flare sessions: stop this many reps short of failure [S9, design].
pub const FLARE_TARGET_RIR: u8 = 3;
/// "Not today": a gentle session the person chooses on a bad day is the flare-day dose of the
/// first exercises of the day that fit in about this many minutes, estimated by
/// [`crate::domain::duration`] [S7, S9, S24, design].
pub const GENTLE_SESSION_MINUTES: u16 = 10;
/// "Not today": a gentle session has at most this many exercises [S9, S24, design].
pub const GENTLE_SESSION_MAX_EXERCISES: usize = 4;
/// A session's length estimate: seconds per rep at a steady pace (a slower lowering or a pause
/// adds its own seconds) [design].
pub const ESTIMATE_SECONDS_PER_REP: u16 = 4;
/// A session's length estimate: seconds per metre carried, at a slow walk [design].
pub const ESTIMATE_SECONDS_PER_METRE: u16 = 1;
/// Re-entry: morning pain within this many points of the pre-flare baseline [design].
pub const REENTRY_POINTS_WITHIN_BASELINE: u8 = 1;
/// Re-entry: for this many mornings in a row [design].
pub const REENTRY_MORNINGS: u32 = 2;
/// Re-entry: first session at this percentage of the pre-flare load, lowest [S9, design].
pub const REENTRY_START_MIN_PERCENT: u8 = 70;
/// Re-entry: first session at this percentage of the pre-flare load, highest [S9, design].
pub const REENTRY_START_MAX_PERCENT: u8 = 80;
/// Re-entry on body-weight rungs: this many more reps in reserve instead of a lighter load ("1–2
/// more reps in reserve"), one fewer after each session without trouble [S9, design].
pub const REENTRY_EXTRA_RIR: u8 = 2;
/// Long break: this many days or more without training a slot reads like a re-entry [S9, design].
pub const LONG_BREAK_DAYS: i64 = 14;
/// Re-entry: load added each green session, percent [S9, design].
pub const REENTRY_STEP_PERCENT: u8 = 10;
/// Re-entry: back to the pre-flare load within this many sessions, at most [S9, design].
pub const REENTRY_MAX_SESSIONS: u32 = 4;
/// Escalation: a flare longer than this many days [S24, design].
pub const ESCALATE_FLARE_DAYS: i64 = 14;
/// Escalation: this many flares... [S24, design].
pub const ESCALATE_FLARE_COUNT: u32 = 2;
/// ...within this many days [S24, design].
pub const ESCALATE_WINDOW_DAYS: i64 = 28;
/// Escalation: weekly volume cut, lowest percent [S24, design].
pub const ESCALATE_VOLUME_CUT_MIN_PERCENT: u8 = 20;
/// Escalation: weekly volume cut, highest percent [S24, design].
pub const ESCALATE_VOLUME_CUT_MAX_PERCENT: u8 = 30;

// ---------------------------------------------------------------------------------------------
// §5 Safety screen
// ---------------------------------------------------------------------------------------------

/// A jump in pain of at least this many points re-asks the safety screen [S24, S45–S50].
pub const SCREEN_REASK_PAIN_JUMP: u8 = 3;
/// First back pain before this age: see a GP soon [S24, S45–S50].
pub const SCREEN_YOUNG_AGE: u8 = 20;
/// First back pain after this age: see a GP soon [S24, S45–S50].
pub const SCREEN_OLD_AGE: u8 = 55;
/// No improvement after this many weeks: see a GP soon (4–6 weeks) [S24, S45–S50].
pub const SCREEN_NO_IMPROVEMENT_WEEKS: u8 = 6;

// ---------------------------------------------------------------------------------------------
// §7 Outcomes
// ---------------------------------------------------------------------------------------------

/// PSFS: a change of the mean score that matters, in points [S56–S58].
pub const PSFS_MEAN_MEANINGFUL_CHANGE: f32 = 2.0;
/// PSFS: a change of one activity's score that matters, in points [S56–S58].
pub const PSFS_ITEM_MEANINGFUL_CHANGE: u8 = 3;
/// The weekly outcome (usual pain, PSFS, confidence) is asked again after this many days [S56–S58, design].
pub const OUTCOME_INTERVAL_DAYS: i64 = 7;
/// PSFS: at most this many activities [S56–S58].
pub const PSFS_MAX_ITEMS: usize = 5;
/// Estimated one-rep max is not computed from sets above this many reps [S26, design].
pub const E1RM_MAX_REPS: u16 = 12;
/// A logged set counts as a hard set in weekly volume when it ended with at most this many reps in
/// reserve, or when no RIR was given [S28, design].
pub const HARD_SET_MAX_RIR: u8 = 4;

// ---------------------------------------------------------------------------------------------
// §8 Insights
// ---------------------------------------------------------------------------------------------

/// A comparison of pain (first weeks against the latest, or the two sides of a personal pattern)
/// needs at least this many rated days on each side [design, S73–S76].
pub const INSIGHT_MIN_DAYS_PER_SIDE: usize = 7;
/// A personal pattern is looked at only with at least this many logged days [S73–S76, design].
pub const PATTERN_MIN_DAYS: usize = 21;
/// A personal pattern reads "no clear pattern yet" when the two sides differ by less than this
/// many points [S73–S76, design].
pub const PATTERN_MIN_DIFFERENCE_POINTS: f64 = 1.0;
/// Personal patterns look at this many recent days, so an old habit does not speak for today
/// [S73–S76, design].
pub const PATTERN_WINDOW_DAYS: i64 = 84;
/// The interval around a pattern's difference is a 95% one: this normal quantile, widened for few
/// days (Student's t) [S73–S76, design].
pub const PATTERN_INTERVAL_Z: f64 = 1.96;
/// The progress page's charts cover this many ISO weeks, ending with the current week [design].
pub const PROGRESS_CHART_WEEKS: usize = 12;
/// The progress page shows its charts once pain check-ins fall in this many ISO weeks [design, S73–S76].
pub const PROGRESS_MIN_CHECKIN_WEEKS: usize = 2;
/// Morning pain "at the start" and "lately" are each averaged over this many days, and compared only
/// when the two windows do not overlap and each has [`INSIGHT_MIN_DAYS_PER_SIDE`] rated days [S8, design].
pub const PAIN_COMPARISON_WINDOW_DAYS: i64 = 14;
/// Confidence (0–10): a change of at least this many points is shown as one that matters, read like
/// a pain rating's 2 points [S8, design].
pub const CONFIDENCE_MEANINGFUL_CHANGE: u8 = 2;

// ---------------------------------------------------------------------------------------------
// §9 Walking
// ---------------------------------------------------------------------------------------------

/// Walking goal: walks a week [S90].
pub const WALK_GOAL_WALKS_PER_WEEK: u8 = 5;
/// Walking goal: minutes per walk [S90].
pub const WALK_GOAL_MINUTES_PER_WALK: u16 = 30;
/// Walking target: it grows by about this percentage of the weekly minutes after each week the pain
/// stayed settled and the week's target was walked (performance drives progress, as in §2)
/// [S90, design].
pub const WALK_TARGET_GROWTH_PERCENT: u32 = 10;
/// Walking target: a week's growth is at most this many minutes per walk (of
/// [`WALK_GOAL_WALKS_PER_WEEK`] walks) [S90, design].
pub const WALK_TARGET_MAX_STEP_MINUTES_PER_WALK: u16 = 5;
/// Walking target: the first week's target is at least this many minutes per walk (of
/// [`WALK_GOAL_WALKS_PER_WEEK`] walks), so a person who walks little now has somewhere to start
/// [S90, S24, design].
pub const WALK_START_MIN_MINUTES_PER_WALK: u16 = 5;

// ---------------------------------------------------------------------------------------------
// Engine details (progression engine, CLINICAL.md §2–§6)
// ---------------------------------------------------------------------------------------------

/// A rolling or weekly morning-pain average counts as "rising" only when it is at least this many
/// points above the one before, so day-to-day noise does not stop progress [S1–S5, design].
pub const AVERAGE_RISE_MIN_POINTS: f32 = 0.5;
/// A 7-day morning-pain average is only read when it has at least this many check-ins [design].
pub const AVERAGE_MIN_CHECKINS: u32 = 4;
/// Red gate: load cut, lowest percent ("−10 to −20%") [S1–S5, design].
pub const RED_LOAD_CUT_MIN_PERCENT: u8 = 10;
/// Red gate: load cut, highest percent [S1–S5, design].
pub const RED_LOAD_CUT_MAX_PERCENT: u8 = 20;
/// Planned light week: the usual interval, within 6–10 weeks [S25, S85, design].
pub const LIGHT_WEEK_PLANNED_INTERVAL_WEEKS: u32 = 8;
/// Body-weight rungs (and loads the equipment cannot raise): reps added on top of the range before
/// the next rung ("more reps, then the next rung") [S26, S27, design].
pub const EXTENSION_REPS: u16 = 5;
/// Held rungs that cannot be loaded: seconds added on top of the range before the next rung
/// (two hold steps) [design].
pub const EXTENSION_SECONDS: u16 = 2 * HOLD_STEP_SECONDS;
/// Carries whose load cannot go up: metres added on top of the range before the next rung
/// (two carry steps) [design].
pub const EXTENSION_METRES: u16 = 2 * CARRY_STEP_METRES;
/// The safety screen is re-asked for new leg symptoms or a pain jump seen in this many recent
/// days, unless it was answered since [S24, S45–S50, design].
pub const SCREEN_REASK_LOOKBACK_DAYS: i64 = 7;

// ---------------------------------------------------------------------------------------------
// Equipment (CLINICAL.md §3, §6)
// ---------------------------------------------------------------------------------------------

/// Smallest barbell step for lower-body lifts for a person who uses pounds, in pounds (+5–10 lb,
/// the pound plates' version of +2.5–5 kg) [S26, S27].
pub const BARBELL_LOWER_STEP_MIN_LB: f64 = 5.0;
/// Largest barbell step for lower-body lifts for a person who uses pounds, in pounds [S26, S27].
pub const BARBELL_LOWER_STEP_MAX_LB: f64 = 10.0;
/// Smallest barbell step for upper-body lifts for a person who uses pounds, in pounds (+2.5–5 lb,
/// the pound plates' version of +1–2.5 kg) [S26, S27].
pub const BARBELL_UPPER_STEP_MIN_LB: f64 = 2.5;
/// Largest barbell step for upper-body lifts for a person who uses pounds, in pounds [S26, S27].
pub const BARBELL_UPPER_STEP_MAX_LB: f64 = 5.0;

// ---------------------------------------------------------------------------------------------
// The gym screen (logging a session, CLINICAL.md §2–§3)
// ---------------------------------------------------------------------------------------------

/// Effort chip "easy": logged as this many reps in reserve ("3 or more left") [S28, S29].
pub const EFFORT_EASY_RIR: u8 = 3;
/// Effort chip "about right": logged as the target reps in reserve ("about 2 left") [S28, S29].
pub const EFFORT_ABOUT_RIGHT_RIR: u8 = TARGET_RIR;
/// Effort chip "hard": logged as this many reps in reserve ("0–1 left"), the low end, so a set
/// ground out is never read as an easy top [S25, S27, S28].
pub const EFFORT_HARD_RIR: u8 = 0;
/// A set's target goes up by this much from last time's set at the same load, up to the top of
/// the range (double progression, one rep or step at a time) [S25, S27].
pub const TARGET_STEP_REPS: u16 = 1;
/// Rest between sets of body-weight and band exercises, in seconds [S25, design].
pub const REST_SECONDS_UNLOADED: u16 = 60;
/// Rest between sets of dumbbell, kettlebell and trap-bar exercises, in seconds [S25, design].
pub const REST_SECONDS_LOADED: u16 = 90;
/// Rest between sets of barbell lifts, in seconds [S25, design].
pub const REST_SECONDS_BARBELL: u16 = 120;
/// Rest between timed holds, in seconds [S39–S41, design].
pub const REST_SECONDS_HELD: u16 = 45;
/// Rest between carries, in seconds [S37, S38, design].
pub const REST_SECONDS_CARRIED: u16 = 60;
