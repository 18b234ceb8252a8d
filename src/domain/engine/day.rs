//! Stage 2 of the engine: the day status. From the facts alone: the safety screen and its open
//! re-asks (the brakes), a flare, re-entry after one, a light week, escalation, and how each past
//! session was run (CLINICAL.md §5–§6).

use chrono::{Duration, NaiveDate};

use super::facts::{Episode, Facts, DAYS_PER_WEEK};
use super::rule::{PainWhen, Rule};
use super::Status;
use crate::domain::not_today::DayChoice;
use crate::domain::program::week_of;
use crate::domain::rules;
use crate::domain::screen::{self, ScreenStatus};

/// How a past session was run: the status on its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Normal progression.
    Normal,
    /// A flare session.
    Flare,
    /// A re-entry session after the flare with this index.
    ReEntry(usize),
    /// A light-week session.
    Light,
    /// A smaller or gentle session the person chose that day ("not today"): their choice, read
    /// neither as a step to progress from nor as holding them back.
    Chosen,
}

impl Kind {
    /// True for sessions that show the working state (normal and re-entry).
    pub(super) fn is_working(self) -> bool {
        matches!(self, Kind::Normal | Kind::ReEntry(_))
    }
}

/// Everything the day says, before any slot is looked at.
pub(super) struct Day {
    /// The state of training as a whole.
    pub(super) status: Status,
    /// Why (flare, re-entry, light week, screen), main cause first.
    pub(super) reasons: Vec<Rule>,
    /// The safety screen as answered.
    pub(super) screen: ScreenStatus,
    /// Why the safety screen is asked again; while any is open nothing goes up.
    pub(super) asks: Vec<Rule>,
    /// The flare going on today.
    pub(super) flare: Option<Episode>,
    /// The flare whose re-entry is going on today, by index.
    pub(super) reentry: Option<usize>,
    /// Why today falls in a light week.
    pub(super) light: Option<Rule>,
    /// A long flare or repeated flares.
    pub(super) escalation: Option<Rule>,
    /// How each session of [`Facts::sessions`] was run.
    pub(super) kinds: Vec<Kind>,
}

impl Day {
    /// True while a brake is on: an open re-ask allows no increase [§5, design].
    pub(super) fn braked(&self) -> bool {
        !self.asks.is_empty()
    }
}

/// Reads the day status.
pub(super) fn read(facts: &Facts) -> Day {
    let today = facts.today;
    let screen = screen::status(facts.profile, today);
    let flare = facts
        .episodes
        .iter()
        .rev()
        .find(|episode| episode.covers(today))
        .copied();
    let (kinds, light_today) = classify(facts);
    let reentry = reentry_today(facts, &kinds);
    let escalation = escalation(facts, flare.as_ref());
    let asks = asks(facts, &screen, flare.as_ref());
    let mut reasons = Vec::new();
    let status = match &screen {
        ScreenStatus::Blocked { level, .. } => {
            reasons.push(Rule::ScreenBlocked { level: *level });
            Status::Blocked
        }
        _ => {
            match &screen {
                ScreenStatus::SeeGpSoon { .. } => reasons.push(Rule::ScreenSeeGp),
                ScreenStatus::NeedsAnswer => reasons.push(Rule::ScreenNotAnswered),
                _ => {}
            }
            if let Some(episode) = flare {
                reasons.push(Rule::Flare {
                    since: episode.start,
                    tapped: episode.tapped,
                });
                reasons.push(Rule::FlareDose);
                Status::Flare
            } else if facts.mornings.choice(today) == Some(DayChoice::Gentle) {
                reasons.push(Rule::ChoseGentle);
                Status::Flare
            } else if reentry.is_some() {
                Status::ReEntry
            } else if let Some(why) = &light_today {
                reasons.push(why.clone());
                Status::LightWeek
            } else {
                Status::Normal
            }
        }
    };
    if let Some(rule) = &escalation {
        reasons.push(rule.clone());
    }
    Day {
        status,
        reasons,
        screen,
        asks,
        flare,
        reentry,
        light: light_today.filter(|_| status == Status::LightWeek),
        escalation,
        kinds,
    }
}

/// The flare whose re-entry is going on today: the latest, recovered, with fewer than
/// [`rules::REENTRY_MAX_SESSIONS`] sessions since it settled.
fn reentry_today(facts: &Facts, kinds: &[Kind]) -> Option<usize> {
    let index = reentry_episode(&facts.episodes, facts.today)?;
    let done = kinds
        .iter()
        .filter(|kind| **kind == Kind::ReEntry(index))
        .count();
    (done < rules::REENTRY_MAX_SESSIONS as usize).then_some(index)
}

/// The episode whose re-entry could include `day`: the latest that started on or before it, once
/// recovered.
fn reentry_episode(episodes: &[Episode], day: NaiveDate) -> Option<usize> {
    episodes
        .iter()
        .enumerate()
        .rev()
        .find(|(_, episode)| episode.start <= day)
        .filter(|(_, episode)| episode.recovered.is_some_and(|recovered| recovered <= day))
        .map(|(index, _)| index)
}

/// The program week of a day, from 0.
fn week(facts: &Facts, day: NaiveDate) -> u32 {
    week_of(facts.program.start, day).saturating_sub(1)
}

/// Counts weeks of training for the light week [S25, S85, design].
struct LightCount {
    /// Weeks with a session since the last light week, flare or start.
    trained: u32,
    /// The program week last counted.
    last_week: Option<u32>,
    /// The last day of the light week going on (7 days from its first session).
    until: Option<NaiveDate>,
}

impl LightCount {
    /// Why a session on `day` (program week `week`) starts a light week, if it does.
    fn due(&self, facts: &Facts, day: NaiveDate, week: u32) -> Option<Rule> {
        if self.last_week == Some(week) {
            return None;
        }
        let planned = rules::LIGHT_WEEK_PLANNED_INTERVAL_WEEKS.clamp(
            rules::LIGHT_WEEK_MIN_INTERVAL_WEEKS,
            rules::LIGHT_WEEK_MAX_INTERVAL_WEEKS,
        );
        if self.trained >= planned {
            let missed = self
                .last_week
                .is_some_and(|last| week > last.saturating_add(1));
            return Some(if missed {
                Rule::LightWeekOverdue {
                    weeks: self.trained,
                }
            } else {
                Rule::LightWeekPlanned {
                    weeks: self.trained,
                }
            });
        }
        if self.trained >= rules::LIGHT_WEEK_MIN_INTERVAL_WEEKS {
            let (rises, averages) = facts.mornings.rising_weeks(
                day - Duration::days(1),
                rules::LIGHT_WEEK_EARLY_TRIGGER_WEEKS,
            );
            if rises >= rules::LIGHT_WEEK_EARLY_TRIGGER_WEEKS {
                return Some(Rule::LightWeekEarly { averages });
            }
        }
        None
    }
}

/// How each past session was run, and why today is light (if it is).
///
/// Light weeks count weeks of training (program weeks with at least one session), not calendar
/// weeks: a week without training neither counts nor loses a light week that fell due, which is
/// given at the next session and lasts 7 days from it. A flare is a rest of its own, so it restarts
/// the count.
fn classify(facts: &Facts) -> (Vec<Kind>, Option<Rule>) {
    let mut kinds = Vec::with_capacity(facts.sessions.len());
    let mut reentry_counts = vec![0u32; facts.episodes.len()];
    let mut count = LightCount {
        trained: 0,
        last_week: None,
        until: None,
    };
    let mut light_reason: Option<Rule> = None;
    let mut previous: Option<NaiveDate> = None;
    let flare_between = |from: Option<NaiveDate>, to: NaiveDate| {
        facts
            .episodes
            .iter()
            .any(|episode| episode.start <= to && from.is_none_or(|from| episode.start > from))
    };
    for session in &facts.sessions {
        let day = session.started.date();
        if flare_between(previous, day) {
            count.trained = 0;
            count.until = None;
        }
        let session_week = week(facts, day);
        let kind = if facts.episodes.iter().any(|episode| episode.covers(day)) {
            Kind::Flare
        } else if facts.mornings.choice(day).is_some_and(DayChoice::trains) {
            Kind::Chosen
        } else if let Some(index) = reentry_episode(&facts.episodes, day)
            .filter(|index| reentry_counts[*index] < rules::REENTRY_MAX_SESSIONS)
        {
            reentry_counts[index] += 1;
            Kind::ReEntry(index)
        } else if count.until.is_some_and(|until| day <= until) {
            Kind::Light
        } else if let Some(why) = count.due(facts, day, session_week) {
            count.until = Some(day + Duration::days(DAYS_PER_WEEK - 1));
            count.trained = 0;
            light_reason = Some(why);
            Kind::Light
        } else {
            Kind::Normal
        };
        if kind.is_working() && count.last_week != Some(session_week) {
            count.trained += 1;
        }
        count.last_week = Some(session_week);
        previous = Some(day);
        kinds.push(kind);
    }
    if flare_between(previous, facts.today) {
        return (kinds, None);
    }
    let light_today = if count.until.is_some_and(|until| facts.today <= until) {
        light_reason
    } else {
        count.due(facts, facts.today, week(facts, facts.today))
    };
    (kinds, light_today)
}

/// Escalation today: a flare longer than 2 weeks, or 2 flares in 4 weeks [S24, design].
fn escalation(facts: &Facts, flare: Option<&Episode>) -> Option<Rule> {
    let cut_percent =
        rules::ESCALATE_VOLUME_CUT_MIN_PERCENT.midpoint(rules::ESCALATE_VOLUME_CUT_MAX_PERCENT);
    let window_start = facts.today - Duration::days(rules::ESCALATE_WINDOW_DAYS);
    let recent_flares = facts
        .episodes
        .iter()
        .filter(|episode| episode.start > window_start && episode.start <= facts.today)
        .count() as u32;
    let flare_days = flare
        .map(|episode| (facts.today - episode.start).num_days())
        .filter(|days| *days > rules::ESCALATE_FLARE_DAYS);
    (flare_days.is_some() || recent_flares >= rules::ESCALATE_FLARE_COUNT).then_some(
        Rule::Escalation {
            flare_days,
            recent_flares,
            cut_percent,
        },
    )
}

/// Why the safety screen should be asked again [S24, S45–S50]: never answered; a flare since the
/// last screen; or, since the last screen and within [`rules::SCREEN_REASK_LOOKBACK_DAYS`], new leg
/// symptoms or pain [`rules::SCREEN_REASK_PAIN_JUMP`] or more points above usual (on waking,
/// during or right after a session).
fn asks(facts: &Facts, screen: &ScreenStatus, flare: Option<&Episode>) -> Vec<Rule> {
    let today = facts.today;
    let answered = screen::latest(facts.profile, today).map(|record| record.date);
    let mut asks = Vec::new();
    if *screen == ScreenStatus::NeedsAnswer {
        asks.push(Rule::ScreenNotAnswered);
    }
    // A flare since the last screen keeps the question open until it is answered, also once the
    // flare has settled.
    let latest_flare = flare.copied().or_else(|| {
        facts
            .episodes
            .iter()
            .rev()
            .find(|episode| episode.start <= today)
            .copied()
    });
    // A tap on "I'm having a flare" after the last screen asks again too, even within a flare.
    let mut tapped_since: Option<NaiveDate> = None;
    let mut tap_day = answered.map_or(facts.mornings.first(), |date| date + Duration::days(1));
    while tap_day <= today {
        if facts.mornings.tapped(tap_day) {
            tapped_since = Some(tap_day);
        }
        tap_day += Duration::days(1);
    }
    let flare_since = latest_flare
        .map(|episode| episode.start)
        .filter(|start| answered.is_none_or(|date| date < *start));
    if let Some(since) = flare_since.into_iter().chain(tapped_since).max() {
        asks.push(Rule::AskAfterFlare { since });
    }
    let lookback = today - Duration::days(rules::SCREEN_REASK_LOOKBACK_DAYS);
    let from = answered.map_or(lookback, |date| (date + Duration::days(1)).max(lookback));
    let jump =
        |pain: u8, day: NaiveDate| pain >= facts.baselines.at(day) + rules::SCREEN_REASK_PAIN_JUMP;
    let mut day = from;
    while day <= today {
        if facts.mornings.leg_symptoms(day) {
            asks.push(Rule::AskNewLegSymptoms { date: day });
        }
        if let Some(pain) = facts.mornings.pain(day).filter(|pain| jump(*pain, day)) {
            asks.push(Rule::AskPainJump {
                pain,
                usual: facts.baselines.at(day),
                date: day,
                when: PainWhen::Morning,
            });
        }
        day += Duration::days(1);
    }
    for session in facts
        .sessions
        .iter()
        .rev()
        .take_while(|session| session.started.date() >= from)
    {
        let day = session.started.date();
        let during = session
            .exercises
            .iter()
            .filter_map(|log| log.pain_during)
            .chain(session.pain_during)
            .max();
        let candidates = [
            (during, PainWhen::During),
            (session.pain_after, PainWhen::After),
        ];
        if let Some((pain, when)) = candidates
            .into_iter()
            .filter_map(|(pain, when)| pain.map(|pain| (pain.min(10), when)))
            .filter(|(pain, _)| jump(*pain, day))
            .max_by_key(|(pain, _)| *pain)
        {
            asks.push(Rule::AskPainJump {
                pain,
                usual: facts.baselines.at(day),
                date: day,
                when,
            });
        }
    }
    asks
}
