//! What the engine reads from the past: morning pain by day, usual pain over time, flare episodes,
//! light weeks, and each slot's logged exercises, newest first.

use chrono::{Duration, NaiveDate};

use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::log::{ExerciseLog, Session};
use crate::domain::program::Program;
use crate::domain::rules;

/// Days in a week.
const DAYS_PER_WEEK: i64 = 7;
/// Check-ins older than this many days before today are not indexed (guards odd dates).
const MAX_INDEXED_DAYS: i64 = 20 * 366;
/// At most this many logged exercises are kept per slot, newest first (enough for every rule).
pub(super) const MAX_ENTRIES: usize = 32;

/// Morning check-ins indexed by day, with running sums for fast averages.
pub(super) struct Mornings {
    /// The first indexed day.
    first: NaiveDate,
    /// Morning pain per day, if rated.
    pain: Vec<Option<u8>>,
    /// "I'm having a flare" per day.
    tapped: Vec<bool>,
    /// New leg symptoms per day.
    leg: Vec<bool>,
    /// `sum[i]` is the total pain of days `0..i`.
    sum: Vec<u32>,
    /// `count[i]` is the number of rated days in `0..i`.
    count: Vec<u32>,
}

impl Mornings {
    /// Indexes the check-ins dated on or before `today`.
    pub(super) fn new(checkins: &[CheckIn], today: NaiveDate) -> Mornings {
        let floor = today - Duration::days(MAX_INDEXED_DAYS);
        let first = checkins
            .iter()
            .map(|checkin| checkin.date)
            .filter(|date| *date >= floor && *date <= today)
            .min()
            .unwrap_or(today);
        let days = usize::try_from((today - first).num_days() + 1).unwrap_or(1);
        let mut mornings = Mornings {
            first,
            pain: vec![None; days],
            tapped: vec![false; days],
            leg: vec![false; days],
            sum: vec![0; days + 1],
            count: vec![0; days + 1],
        };
        for checkin in checkins {
            if let Some(index) = mornings.index(checkin.date) {
                if checkin.pain.is_some() {
                    mornings.pain[index] = checkin.pain.map(|pain| pain.min(10));
                }
                mornings.tapped[index] |= checkin.flare;
                mornings.leg[index] |= checkin.new_leg_symptoms;
            }
        }
        for index in 0..days {
            let pain = mornings.pain[index];
            mornings.sum[index + 1] = mornings.sum[index] + pain.map_or(0, u32::from);
            mornings.count[index + 1] = mornings.count[index] + u32::from(pain.is_some());
        }
        mornings
    }

    /// The index of a day, if it is indexed.
    fn index(&self, day: NaiveDate) -> Option<usize> {
        let offset = (day - self.first).num_days();
        usize::try_from(offset)
            .ok()
            .filter(|index| *index < self.pain.len())
    }

    /// The first indexed day.
    pub(super) fn first(&self) -> NaiveDate {
        self.first
    }

    /// The last indexed day (today).
    pub(super) fn last(&self) -> NaiveDate {
        self.first + Duration::days(self.pain.len() as i64 - 1)
    }

    /// Morning pain on `day`, if rated.
    pub(super) fn pain(&self, day: NaiveDate) -> Option<u8> {
        self.index(day).and_then(|index| self.pain[index])
    }

    /// True when the person tapped "I'm having a flare" on `day`.
    pub(super) fn tapped(&self, day: NaiveDate) -> bool {
        self.index(day).is_some_and(|index| self.tapped[index])
    }

    /// True when new leg symptoms were reported on `day`.
    pub(super) fn leg_symptoms(&self, day: NaiveDate) -> bool {
        self.index(day).is_some_and(|index| self.leg[index])
    }

    /// Average morning pain over `from..=to`, when it has enough check-ins to be read.
    pub(super) fn average(&self, from: NaiveDate, to: NaiveDate) -> Option<f32> {
        let clamp = |day: NaiveDate| {
            (day - self.first)
                .num_days()
                .clamp(0, self.pain.len() as i64)
        };
        let start = clamp(from) as usize;
        let end = clamp(to + Duration::days(1)) as usize;
        if end <= start {
            return None;
        }
        let count = self.count[end] - self.count[start];
        if count < rules::AVERAGE_MIN_CHECKINS {
            return None;
        }
        Some((self.sum[end] - self.sum[start]) as f32 / count as f32)
    }

    /// Weekly averages of the three weeks ending on `last_day`, oldest first.
    pub(super) fn three_weeks(&self, last_day: NaiveDate) -> [Option<f32>; 3] {
        let week = |back: i64| {
            let to = last_day - Duration::days(back * DAYS_PER_WEEK);
            self.average(to - Duration::days(DAYS_PER_WEEK - 1), to)
        };
        [week(2), week(1), week(0)]
    }
}

/// True when `later` is a meaningful rise over `earlier` (both readable).
pub(super) fn rising(earlier: Option<f32>, later: Option<f32>) -> bool {
    matches!((earlier, later), (Some(before), Some(after)) if after - before >= rules::AVERAGE_RISE_MIN_POINTS)
}

/// Usual pain over time: the profile's value, refreshed by weekly outcomes.
pub(super) struct Baselines {
    /// The profile's usual pain, used before any weekly refresh.
    profile: u8,
    /// Weekly refreshes, oldest first.
    refreshed: Vec<(NaiveDate, u8)>,
}

impl Baselines {
    /// Collects the weekly refreshes.
    pub(super) fn new(profile_baseline: u8, outcomes: &[Outcome]) -> Baselines {
        let mut refreshed: Vec<(NaiveDate, u8)> = outcomes
            .iter()
            .filter_map(|outcome| outcome.usual_pain.map(|pain| (outcome.date, pain.min(10))))
            .collect();
        refreshed.sort_by_key(|(date, _)| *date);
        Baselines {
            profile: profile_baseline.min(10),
            refreshed,
        }
    }

    /// Usual pain as known on `day`.
    pub(super) fn at(&self, day: NaiveDate) -> u8 {
        let known = self.refreshed.partition_point(|(date, _)| *date <= day);
        match known {
            0 => self.profile,
            _ => self.refreshed[known - 1].1,
        }
    }
}

/// One flare, from its trigger to the morning re-entry may begin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Episode {
    /// The morning the flare was recognised.
    pub(super) start: NaiveDate,
    /// The second settled morning, from which re-entry begins; `None` while the flare goes on.
    pub(super) recovered: Option<NaiveDate>,
    /// Usual pain just before the flare.
    pub(super) baseline: u8,
    /// True when the person tapped "I'm having a flare" (rather than two high mornings).
    pub(super) tapped: bool,
}

impl Episode {
    /// True when `day` falls within the flare (from its start, before re-entry).
    pub(super) fn covers(&self, day: NaiveDate) -> bool {
        day >= self.start && self.recovered.is_none_or(|recovered| day < recovered)
    }
}

/// Finds the flares in the indexed mornings [S7, design].
///
/// A flare starts on the second of two mornings in a row at usual pain + 2 or more, or on a day the
/// person tapped "I'm having a flare". It ends when two mornings in a row after its start are within
/// 1 point of the pre-flare usual pain; a tap on one of those days keeps it going.
pub(super) fn episodes(mornings: &Mornings, baselines: &Baselines) -> Vec<Episode> {
    let mut found: Vec<Episode> = Vec::new();
    let mut current: Option<Episode> = None;
    let mut day = mornings.first();
    let last = mornings.last();
    while day <= last {
        let yesterday = day - Duration::days(1);
        match current.as_mut() {
            None => {
                let high = |date: NaiveDate| {
                    mornings.pain(date).is_some_and(|pain| {
                        pain >= baselines.at(date) + rules::FLARE_POINTS_ABOVE_USUAL
                    })
                };
                let tapped = mornings.tapped(day);
                if tapped || (high(day) && high(yesterday)) {
                    let before = if tapped { day } else { yesterday } - Duration::days(1);
                    current = Some(Episode {
                        start: day,
                        recovered: None,
                        baseline: baselines.at(before),
                        tapped,
                    });
                }
            }
            Some(episode) => {
                let settled = |date: NaiveDate| {
                    date > episode.start
                        && !mornings.tapped(date)
                        && mornings.pain(date).is_some_and(|pain| {
                            pain <= episode.baseline + rules::REENTRY_POINTS_WITHIN_BASELINE
                        })
                };
                if settled(day) && settled(yesterday) {
                    episode.recovered = Some(day);
                    found.push(*episode);
                    current = None;
                }
            }
        }
        day += Duration::days(1);
    }
    found.extend(current);
    found
}

/// How the session on a given day was run: the engine's status then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Normal progression.
    Normal,
    /// A flare session.
    Flare,
    /// A re-entry session after a flare; carries the episode index.
    ReEntry(usize),
    /// A light-week session.
    Light,
}

/// Why a week is light.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum LightWhy {
    /// The planned interval since the last light week (or flare) has passed.
    Planned {
        /// Weeks since the last light week, flare or the program start.
        weeks: u32,
    },
    /// Weekly morning pain rose two weeks running, so it came early.
    Early {
        /// Weekly averages of the three weeks before, oldest first.
        averages: [f32; 3],
    },
}

/// The light weeks of the program, week by week from its start [S25, S85].
pub(super) struct LightWeeks {
    /// The program start.
    start: NaiveDate,
    /// Per program week, why it is light (or `None`).
    weeks: Vec<Option<LightWhy>>,
}

impl LightWeeks {
    /// Lays out the light weeks up to and including the week of `today`.
    ///
    /// A light week falls when [`rules::LIGHT_WEEK_PLANNED_INTERVAL_WEEKS`] have passed since the
    /// last light week, a flare, or the program start; or earlier (but not before
    /// [`rules::LIGHT_WEEK_MIN_INTERVAL_WEEKS`]) after two weeks of rising weekly morning pain. A
    /// flare is a rest of its own, so it restarts the count.
    pub(super) fn new(
        program: &Program,
        mornings: &Mornings,
        episodes: &[Episode],
        today: NaiveDate,
    ) -> LightWeeks {
        let start = program.start;
        let total = week_index(start, today).map_or(0, |week| week + 1);
        let mut weeks = Vec::with_capacity(total);
        let mut since_rest: u32 = 0;
        for week in 0..total {
            let week_start = start + Duration::days(week as i64 * DAYS_PER_WEEK);
            let week_end = week_start + Duration::days(DAYS_PER_WEEK - 1);
            let flared = episodes.iter().any(|episode| {
                episode.start <= week_end
                    && episode
                        .recovered
                        .is_none_or(|recovered| recovered > week_start)
            });
            since_rest += 1;
            let averages = mornings.three_weeks(week_start - Duration::days(1));
            let early = rising(averages[0], averages[1]) && rising(averages[1], averages[2]);
            let why = if flared {
                None
            } else if since_rest > rules::LIGHT_WEEK_PLANNED_INTERVAL_WEEKS {
                Some(LightWhy::Planned {
                    weeks: since_rest - 1,
                })
            } else if early && since_rest > rules::LIGHT_WEEK_MIN_INTERVAL_WEEKS {
                Some(LightWhy::Early {
                    averages: averages.map(|average| average.unwrap_or_default()),
                })
            } else {
                None
            };
            if flared || why.is_some() {
                since_rest = 0;
            }
            weeks.push(why);
        }
        LightWeeks { start, weeks }
    }

    /// Why the week containing `day` is light, if it is.
    pub(super) fn on(&self, day: NaiveDate) -> Option<LightWhy> {
        week_index(self.start, day).and_then(|week| self.weeks.get(week).copied().flatten())
    }
}

/// The 0-based program week of `day`, `None` before the start.
fn week_index(start: NaiveDate, day: NaiveDate) -> Option<usize> {
    usize::try_from((day - start).num_days() / DAYS_PER_WEEK)
        .ok()
        .filter(|_| day >= start)
}

/// The sessions dated on or before `today`, oldest first, each with how it was run.
pub(super) fn classify<'a>(
    sessions: &'a [Session],
    today: NaiveDate,
    episodes: &[Episode],
    light: &LightWeeks,
) -> Vec<(&'a Session, Kind)> {
    let mut past: Vec<&Session> = sessions
        .iter()
        .filter(|session| session.started.date() <= today)
        .collect();
    if !past.is_sorted_by_key(|session| session.started) {
        past.sort_by_key(|session| session.started);
    }
    let mut reentry_counts = vec![0u32; episodes.len()];
    past.into_iter()
        .map(|session| {
            let day = session.started.date();
            let kind = if episodes.iter().any(|episode| episode.covers(day)) {
                Kind::Flare
            } else if let Some(index) = reentry_episode(episodes, day) {
                if reentry_counts[index] < rules::REENTRY_MAX_SESSIONS {
                    reentry_counts[index] += 1;
                    Kind::ReEntry(index)
                } else if light.on(day).is_some() {
                    Kind::Light
                } else {
                    Kind::Normal
                }
            } else if light.on(day).is_some() {
                Kind::Light
            } else {
                Kind::Normal
            };
            (session, kind)
        })
        .collect()
}

/// The episode whose re-entry could include `day`: the latest recovered on or before it.
pub(super) fn reentry_episode(episodes: &[Episode], day: NaiveDate) -> Option<usize> {
    episodes
        .iter()
        .enumerate()
        .rev()
        .find(|(_, episode)| episode.start <= day)
        .filter(|(_, episode)| episode.recovered.is_some_and(|recovered| recovered <= day))
        .map(|(index, _)| index)
}

/// One logged exercise of a slot.
#[derive(Clone, Copy, Debug)]
pub(super) struct Entry<'a> {
    /// The day it was done.
    pub(super) date: NaiveDate,
    /// How that session was run.
    pub(super) kind: Kind,
    /// The exercise as logged.
    pub(super) log: &'a ExerciseLog,
    /// Highest pain during the exercise (or the session when not rated per exercise).
    pub(super) pain_during: Option<u8>,
}

/// The logged exercises (with at least one set) of every slot of every day, newest first.
///
/// `slots[day][slot]` holds at most [`MAX_ENTRIES`] entries.
pub(super) fn slot_entries<'a>(
    classified: &[(&'a Session, Kind)],
    program: &Program,
) -> Vec<Vec<Vec<Entry<'a>>>> {
    let mut slots: Vec<Vec<Vec<Entry<'a>>>> = program
        .days
        .iter()
        .map(|day| vec![Vec::new(); day.slots.len()])
        .collect();
    let mut open: usize = slots.iter().map(Vec::len).sum();
    for (session, kind) in classified.iter().rev() {
        if open == 0 {
            break;
        }
        let Some(day) = slots.get_mut(session.day) else {
            continue;
        };
        for log in &session.exercises {
            let Some(entries) = day.get_mut(log.slot) else {
                continue;
            };
            if log.sets.is_empty() || entries.len() >= MAX_ENTRIES {
                continue;
            }
            entries.push(Entry {
                date: session.started.date(),
                kind: *kind,
                log,
                pain_during: log
                    .pain_during
                    .or(session.pain_during)
                    .map(|pain| pain.min(10)),
            });
            if entries.len() == MAX_ENTRIES {
                open -= 1;
            }
        }
    }
    slots
}
