//! The state of training as a whole (CLINICAL.md §5–§6): safety screen, flare, re-entry, light week
//! and escalation, and how each shapes every slot's prescription.

use chrono::{Duration, NaiveDate};

use super::gate::{self, Gate};
use super::history::{self, Baselines, Entry, Episode, Kind, LightWeeks, LightWhy, Mornings};
use super::ladder_moves as moves;
use super::progression::{self, Draft};
use super::reason::{self, Reason, Rule};
use super::{DayPrescription, Decision, Plan, Prescription, Status};
use crate::domain::catalog::Implement;
use crate::domain::data::AppData;
use crate::domain::equipment::Inventory;
use crate::domain::log::Session;
use crate::domain::profile::Profile;
use crate::domain::program::{Program, Scheme, Slot};
use crate::domain::rules;
use crate::domain::screen::{self, ScreenStatus};
use crate::domain::units::Unit;

/// Everything the engine reads, prepared once per plan.
pub(super) struct Ctx<'a> {
    /// The day the plan is for.
    pub(super) today: NaiveDate,
    /// The unit loads are shown in.
    pub(super) unit: Unit,
    /// The person.
    pub(super) profile: &'a Profile,
    /// Their equipment.
    pub(super) inventory: &'a Inventory,
    /// Their program.
    pub(super) program: &'a Program,
    /// Morning check-ins by day.
    pub(super) mornings: Mornings,
    /// Usual pain over time.
    pub(super) baselines: Baselines,
    /// Flares, oldest first.
    pub(super) episodes: Vec<Episode>,
    /// Light weeks of the program.
    pub(super) light: LightWeeks,
    /// Past sessions, oldest first, with how each was run.
    pub(super) classified: Vec<(&'a Session, Kind)>,
}

/// Builds the plan for `today` (see [`super::prescribe`]).
pub(super) fn plan(data: &AppData, today: NaiveDate) -> Plan {
    let empty = |screen: ScreenStatus| Plan {
        date: today,
        status: Status::Normal,
        status_reasons: Vec::new(),
        screen,
        ask_safety_screen: Vec::new(),
        days: Vec::new(),
    };
    let Some(profile) = data.profile.as_ref() else {
        return empty(ScreenStatus::NeedsAnswer);
    };
    let screen_status = screen::status(profile, today);
    let Some(program) = data.program.as_ref() else {
        return empty(screen_status);
    };
    let mornings = Mornings::new(&data.checkins, today);
    let baselines = Baselines::new(profile.baseline_pain, &data.outcomes);
    let episodes = history::episodes(&mornings, &baselines);
    let light = LightWeeks::new(program, &mornings, &episodes, today);
    let classified = history::classify(&data.sessions, today, &episodes, &light);
    let ctx = Ctx {
        today,
        unit: profile.unit,
        profile,
        inventory: &profile.inventory,
        program,
        mornings,
        baselines,
        episodes,
        light,
        classified,
    };
    let (status, mut status_reasons) = overall(&ctx, &screen_status);
    let escalation = escalation(&ctx);
    if let Some(rule) = &escalation {
        status_reasons.push(Reason::new(rule.clone(), ctx.unit));
    }
    let entries = history::slot_entries(&ctx.classified, program);
    let days = program
        .days
        .iter()
        .enumerate()
        .map(|(day_index, day)| DayPrescription {
            day: day_index,
            name: day.name.clone(),
            slots: day
                .slots
                .iter()
                .enumerate()
                .map(|(slot_index, slot)| {
                    let slot_entries = &entries[day_index][slot_index];
                    let draft = draft(&ctx, status, slot, slot_entries, escalation.as_ref());
                    finish(&ctx, slot_index, slot, draft)
                })
                .collect(),
        })
        .collect();
    Plan {
        date: today,
        status,
        status_reasons,
        ask_safety_screen: ask_screen(&ctx, &screen_status),
        screen: screen_status,
        days,
    }
}

/// The overall status and its reasons: blocked, flare, re-entry, light week or normal.
fn overall(ctx: &Ctx, screen_status: &ScreenStatus) -> (Status, Vec<Reason>) {
    let mut reasons = Vec::new();
    match screen_status {
        ScreenStatus::Blocked { level, .. } => {
            reasons.push(Reason::new(Rule::ScreenBlocked { level: *level }, ctx.unit));
            return (Status::Blocked, reasons);
        }
        ScreenStatus::SeeGpSoon { .. } => reasons.push(Reason::new(Rule::ScreenSeeGp, ctx.unit)),
        ScreenStatus::NeedsAnswer => reasons.push(Reason::new(Rule::ScreenNotAnswered, ctx.unit)),
        ScreenStatus::Clear => {}
    }
    let status = if let Some(episode) = current_flare(ctx) {
        reasons.push(Reason::new(
            Rule::Flare {
                since: episode.start,
                tapped: episode.tapped,
            },
            ctx.unit,
        ));
        reasons.push(Reason::new(Rule::FlareDose, ctx.unit));
        Status::Flare
    } else if current_reentry(ctx).is_some() {
        Status::ReEntry
    } else if let Some(why) = ctx.light.on(ctx.today) {
        reasons.push(Reason::new(light_rule(why), ctx.unit));
        Status::LightWeek
    } else {
        Status::Normal
    };
    (status, reasons)
}

/// The flare going on today, if any.
fn current_flare<'c>(ctx: &'c Ctx) -> Option<&'c Episode> {
    ctx.episodes
        .iter()
        .rev()
        .find(|episode| episode.covers(ctx.today))
}

/// The episode whose re-entry is going on today: recovered, with fewer than
/// [`rules::REENTRY_MAX_SESSIONS`] sessions since.
fn current_reentry(ctx: &Ctx) -> Option<usize> {
    let index = history::reentry_episode(&ctx.episodes, ctx.today)?;
    let done = ctx
        .classified
        .iter()
        .filter(|(_, kind)| *kind == Kind::ReEntry(index))
        .count();
    (done < rules::REENTRY_MAX_SESSIONS as usize).then_some(index)
}

/// The rule for a light week.
fn light_rule(why: LightWhy) -> Rule {
    match why {
        LightWhy::Planned { weeks } => Rule::LightWeekPlanned { weeks },
        LightWhy::Early { averages } => Rule::LightWeekEarly { averages },
    }
}

/// Escalation today: a flare longer than 2 weeks, or 2 flares in 4 weeks [S24, design].
fn escalation(ctx: &Ctx) -> Option<Rule> {
    let cut_percent =
        rules::ESCALATE_VOLUME_CUT_MIN_PERCENT.midpoint(rules::ESCALATE_VOLUME_CUT_MAX_PERCENT);
    let window_start = ctx.today - Duration::days(rules::ESCALATE_WINDOW_DAYS);
    let recent_flares = ctx
        .episodes
        .iter()
        .filter(|episode| episode.start > window_start && episode.start <= ctx.today)
        .count() as u32;
    let flare_days = current_flare(ctx)
        .map(|episode| (ctx.today - episode.start).num_days())
        .filter(|days| *days > rules::ESCALATE_FLARE_DAYS);
    (flare_days.is_some() || recent_flares >= rules::ESCALATE_FLARE_COUNT).then_some(
        Rule::Escalation {
            flare_days,
            recent_flares,
            cut_percent,
        },
    )
}

/// Why the safety screen should be asked again, if it should [S24, S45–S50]: a flare since the
/// last screen, or new leg symptoms or a jump of 3 points in the last days.
fn ask_screen(ctx: &Ctx, screen_status: &ScreenStatus) -> Vec<Reason> {
    let answered = screen::latest(ctx.profile, ctx.today).map(|record| record.date);
    let mut asks = Vec::new();
    if *screen_status == ScreenStatus::NeedsAnswer {
        asks.push(Rule::ScreenNotAnswered);
    }
    if let Some(episode) = current_flare(ctx) {
        if answered.is_none_or(|date| date < episode.start) {
            asks.push(Rule::AskAfterFlare {
                since: episode.start,
            });
        }
    }
    let lookback = ctx.today - Duration::days(rules::SCREEN_REASK_LOOKBACK_DAYS);
    let from = answered.map_or(lookback, |date| (date + Duration::days(1)).max(lookback));
    let mut day = from;
    while day <= ctx.today {
        if ctx.mornings.leg_symptoms(day) {
            asks.push(Rule::AskNewLegSymptoms { date: day });
        }
        if let Some(pain) = ctx.mornings.pain(day) {
            let before = ctx
                .mornings
                .pain(day - Duration::days(1))
                .unwrap_or_else(|| ctx.baselines.at(day));
            if pain >= before + rules::SCREEN_REASK_PAIN_JUMP {
                asks.push(Rule::AskPainJump {
                    from: before,
                    to: pain,
                    date: day,
                });
            }
        }
        day += Duration::days(1);
    }
    asks.into_iter()
        .map(|rule| Reason::new(rule, ctx.unit))
        .collect()
}

/// The draft of one slot under today's status, with escalation applied.
fn draft(
    ctx: &Ctx,
    status: Status,
    slot: &Slot,
    entries: &[Entry],
    escalation: Option<&Rule>,
) -> Option<Draft> {
    let mut draft = match status {
        Status::Flare => current_flare(ctx).and_then(|episode| flare(ctx, slot, entries, episode)),
        Status::ReEntry => {
            current_reentry(ctx).and_then(|index| reentry(ctx, slot, entries, index))
        }
        Status::LightWeek => light_week(ctx, slot, entries),
        Status::Normal | Status::Blocked => progression::normal(ctx, slot, entries),
    }?;
    cap_after_non_green(ctx, status, entries, &mut draft);
    if let Some(rule) = escalation {
        let cut = u32::from(draft.scheme.sets)
            * u32::from(
                rules::ESCALATE_VOLUME_CUT_MIN_PERCENT
                    .midpoint(rules::ESCALATE_VOLUME_CUT_MAX_PERCENT),
            );
        let fewer = u8::try_from((cut + 50) / 100).unwrap_or(0);
        draft.scheme.sets = draft.scheme.sets.saturating_sub(fewer).max(1);
        draft.rules.push(rule.clone());
    }
    if status == Status::Blocked {
        draft.decision = Decision::BlockedBySafetyScreen;
        draft.scheme.sets = 0;
        draft.rules.insert(0, blocked_rule(ctx));
    }
    Some(draft)
}

/// Never more load than last time on the same rung after a session whose gate was not green
/// (re-entry reads the session alone, as the flare lifts the weekly averages) [S1–S5].
fn cap_after_non_green(ctx: &Ctx, status: Status, entries: &[Entry], draft: &mut Draft) {
    let Some(latest) = entries.first() else {
        return;
    };
    if latest.log.exercise != draft.exercise.id || draft.decision == Decision::Start {
        return;
    }
    let read = if status == Status::ReEntry {
        gate::read_session(latest, &ctx.mornings, &ctx.baselines)
    } else {
        gate::read(latest, &ctx.mornings, &ctx.baselines)
    };
    if read.gate == Gate::Green {
        return;
    }
    let done = progression::logged_load(latest.log, ctx);
    let done_mass = moves::mass_of(&done, ctx.inventory);
    if moves::mass_of(&draft.load, ctx.inventory) > done_mass {
        if let Some(capped) = moves::at_most(draft.exercise, ctx.inventory, done_mass) {
            draft.load = capped;
        }
    }
}

/// The screen rule behind a block.
fn blocked_rule(ctx: &Ctx) -> Rule {
    match screen::status(ctx.profile, ctx.today) {
        ScreenStatus::Blocked { level, .. } => Rule::ScreenBlocked { level },
        _ => Rule::ScreenNotAnswered,
    }
}

/// A flare session [S9, S24, design]: from the last working state before the flare, half the sets,
/// at most 70% of the load (else one rung down), further from failure, no increases.
fn flare(ctx: &Ctx, slot: &Slot, entries: &[Entry], episode: &Episode) -> Option<Draft> {
    let pre = progression::working(ctx, slot, entries, |entry| {
        progression::is_working(entry) && entry.date < episode.start
    })?;
    let base = progression::base_today(ctx, pre.exercise);
    let halved = (u32::from(pre.sets) * u32::from(rules::FLARE_SET_PERCENT)).div_ceil(100);
    let sets = u8::try_from(halved).unwrap_or(1).max(1);
    let mut cause = vec![
        Rule::Flare {
            since: episode.start,
            tapped: episode.tapped,
        },
        Rule::FlareDose,
    ];
    cause.extend(pre.rules.iter().cloned());
    let flare_scheme = |base: Scheme| Scheme {
        sets,
        target_rir: rules::FLARE_TARGET_RIR,
        ..base
    };
    if pre.exercise.implement != Implement::Bodyweight {
        let kept = 100 - rules::FLARE_LOAD_CUT_MIN_PERCENT;
        if let Some(load) = moves::lighter(pre.exercise, &pre.load, ctx.inventory, kept) {
            cause.push(Rule::LoadChange {
                from: pre.load.clone(),
                to: load.clone(),
            });
            return Some(Draft {
                exercise: pre.exercise,
                scheme: flare_scheme(base),
                load,
                decision: Decision::FlareSession,
                rules: cause,
            });
        }
    }
    match moves::rung_below(pre.exercise, ctx.inventory) {
        Some(below) => {
            cause.push(Rule::RungChange {
                from: pre.exercise.id.to_string(),
                to: below.id.to_string(),
            });
            let load = moves::start_load_down(pre.exercise, &pre.load, below, ctx.inventory);
            let load = if below.implement == Implement::Bodyweight {
                load
            } else {
                moves::lighter(
                    below,
                    &load,
                    ctx.inventory,
                    100 - rules::FLARE_LOAD_CUT_MIN_PERCENT,
                )
                .unwrap_or(load)
            };
            Some(Draft {
                exercise: below,
                scheme: flare_scheme(progression::base_today(ctx, below)),
                load,
                decision: Decision::FlareSession,
                rules: cause,
            })
        }
        None => {
            cause.push(Rule::NoEasierRung);
            Some(Draft {
                exercise: pre.exercise,
                scheme: flare_scheme(base),
                load: pre.load,
                decision: Decision::FlareSession,
                rules: cause,
            })
        }
    }
}

/// A re-entry session [S9, design]: the pre-flare rung at 75% of the pre-flare load, 10% more for
/// each green re-entry session, never above the pre-flare load.
fn reentry(ctx: &Ctx, slot: &Slot, entries: &[Entry], index: usize) -> Option<Draft> {
    let episode = ctx.episodes.get(index)?;
    let pre = progression::working(ctx, slot, entries, |entry| {
        progression::is_working(entry) && entry.date < episode.start
    })?;
    let green_sessions = entries
        .iter()
        .filter(|entry| entry.kind == Kind::ReEntry(index))
        .filter(|entry| {
            gate::read_session(entry, &ctx.mornings, &ctx.baselines).gate == Gate::Green
        })
        .count() as u32;
    let start =
        u32::from(rules::REENTRY_START_MIN_PERCENT.midpoint(rules::REENTRY_START_MAX_PERCENT));
    let percent = (start + green_sessions * u32::from(rules::REENTRY_STEP_PERCENT)).min(100);
    let load = if percent >= 100 || pre.exercise.implement == Implement::Bodyweight {
        pre.load.clone()
    } else {
        let target = moves::mass_of(&pre.load, ctx.inventory).percent(percent);
        moves::at_most(pre.exercise, ctx.inventory, target)
            .unwrap_or_else(|| moves::lightest(pre.exercise, ctx.inventory))
    };
    let load = if moves::mass_of(&load, ctx.inventory) > moves::mass_of(&pre.load, ctx.inventory) {
        pre.load.clone()
    } else {
        load
    };
    // No step up after a flare or re-entry session that was not green: at most the load last done.
    let latest = entries.first().filter(|entry| {
        matches!(entry.kind, Kind::ReEntry(_) | Kind::Flare)
            && entry.log.exercise == pre.exercise.id
    });
    let load = match latest {
        Some(entry)
            if gate::read_session(entry, &ctx.mornings, &ctx.baselines).gate != Gate::Green =>
        {
            let done = progression::logged_load(entry.log, ctx);
            if moves::mass_of(&done, ctx.inventory) < moves::mass_of(&load, ctx.inventory) {
                moves::makeable(pre.exercise, &done, ctx.inventory)
            } else {
                load
            }
        }
        _ => load,
    };
    let mut cause = vec![Rule::ReEntry {
        percent: percent as u8,
    }];
    if load != pre.load {
        cause.push(Rule::LoadChange {
            from: pre.load.clone(),
            to: load.clone(),
        });
    }
    cause.extend(pre.rules.iter().cloned());
    let base = progression::base_today(ctx, pre.exercise);
    Some(Draft {
        exercise: pre.exercise,
        scheme: Scheme {
            sets: pre.sets.min(base.sets.max(pre.sets)),
            ..base
        },
        load,
        decision: Decision::ReEntry,
        rules: cause,
    })
}

/// A light-week session [S25, S85]: the working rung at 80% of the load and a third fewer sets.
fn light_week(ctx: &Ctx, slot: &Slot, entries: &[Entry]) -> Option<Draft> {
    let why = ctx.light.on(ctx.today)?;
    let working = progression::working(ctx, slot, entries, progression::is_working)?;
    let base = progression::base_today(ctx, working.exercise);
    let fewer =
        (u32::from(working.sets) * u32::from(rules::LIGHT_WEEK_VOLUME_CUT_PERCENT) + 50) / 100;
    let sets = working
        .sets
        .saturating_sub(u8::try_from(fewer).unwrap_or(0))
        .max(1);
    let load = if working.exercise.implement == Implement::Bodyweight {
        working.load.clone()
    } else {
        let target = moves::mass_of(&working.load, ctx.inventory)
            .percent(u32::from(rules::LIGHT_WEEK_LOAD_PERCENT));
        moves::at_most(working.exercise, ctx.inventory, target).unwrap_or(working.load.clone())
    };
    let mut cause = vec![light_rule(why)];
    if load != working.load {
        cause.push(Rule::LoadChange {
            from: working.load.clone(),
            to: load.clone(),
        });
    }
    cause.extend(working.rules.iter().cloned());
    Some(Draft {
        exercise: working.exercise,
        scheme: Scheme { sets, ..base },
        load,
        decision: Decision::LightWeek,
        rules: cause,
    })
}

/// The prescription of a draft, with its summary and reasons; a slot whose exercise the library
/// does not know is passed on as the program wrote it.
fn finish(ctx: &Ctx, slot_index: usize, slot: &Slot, draft: Option<Draft>) -> Prescription {
    let Some(draft) = draft else {
        return Prescription {
            slot: slot_index,
            exercise: slot.exercise.clone(),
            implement: slot.implement.unwrap_or(crate::domain::catalog::Implement::Bodyweight),
            tempo: crate::domain::program::Tempo::Steady,
            sets: slot.scheme.sets,
            low: slot.scheme.low,
            high: slot.scheme.high,
            target_rir: slot.scheme.target_rir,
            load: slot.load.clone(),
            decision: Decision::Start,
            summary: format!(
                "{} as the program sets it.",
                reason::exercise_name(&slot.exercise)
            ),
            reasons: Vec::new(),
        };
    };
    let mut draft = draft;
    let mut seen: Vec<Rule> = Vec::new();
    draft.rules.retain(|rule| {
        let fresh = !seen.contains(rule);
        if fresh {
            seen.push(rule.clone());
        }
        fresh
    });
    let summary = summary(ctx, &draft);
    Prescription {
        slot: slot_index,
        exercise: draft.exercise.id.to_string(),
        implement: draft.exercise.implement,
        tempo: crate::domain::program::Tempo::Steady,
        sets: draft.scheme.sets,
        low: draft.scheme.low,
        high: draft.scheme.high,
        target_rir: draft.scheme.target_rir,
        load: draft.load,
        decision: draft.decision,
        summary,
        reasons: draft
            .rules
            .into_iter()
            .map(|rule| Reason::new(rule, ctx.unit))
            .collect(),
    }
}

/// One sentence: what to do next time, and the main cause.
fn summary(ctx: &Ctx, draft: &Draft) -> String {
    let unit = ctx.unit;
    let load = reason::show_load(&draft.load, unit);
    let name = draft.exercise.name;
    let scheme = draft.scheme;
    let dose = reason::range(scheme.low, scheme.high, draft.exercise.dose.kind);
    let side = if draft.exercise.dose.per_side {
        " each side"
    } else {
        ""
    };
    let work = format!("{} × {dose}{side}", scheme.sets);
    let cause = draft
        .rules
        .iter()
        .find(|rule| !matches!(rule, Rule::FlareDose | Rule::UserAdjusted))
        .map(|rule| rule.clause(unit))
        .unwrap_or_default();
    let same_what = if draft.load == crate::domain::program::Load::Bodyweight {
        "rung"
    } else {
        "weight"
    };
    match draft.decision {
        Decision::Start => format!("Start {name} with {work} at {load}."),
        Decision::ProgressLoad => format!("Up to {load}: {cause}. Now {work}, from the bottom of the range."),
        Decision::ProgressReps => format!("{work} at {load} again: {cause}."),
        Decision::AddSet => format!("{} sets at {load}: {cause}.", scheme.sets),
        Decision::RungUp => format!("Next rung, {name}: {cause}. Start easy with {work} at {load}."),
        Decision::Hold => format!("Holding at {load}: {cause}. Same {same_what} and reps next time."),
        Decision::MicroRegress => format!("A small step back, {name} {work} at {load}: {cause}."),
        Decision::Regress => format!("Lighter, {load}: {cause}. {work}."),
        Decision::RungDown => format!("One rung easier, {name} at {load}: {cause}. {work}."),
        Decision::FlareSession => format!(
            "Flare session: {name} {work} at {load}, stopping {} or more reps short of your limit. Flares are common and are not damage; gentle movement helps.",
            scheme.target_rir
        ),
        Decision::ReEntry => format!("Coming back after the flare: {name} {work} at {load}. {}", reason::sentence(&cause)),
        Decision::LightWeek => format!("Light week: {name} {work} at {load}, easier on purpose so you recover and keep progressing."),
        Decision::BlockedBySafetyScreen => format!("Training is paused: {cause}."),
    }
}
