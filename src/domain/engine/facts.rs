//! Stage 1 of the engine: the facts. What the log and the check-ins say, per day and per slot, read
//! once: morning pain by day, usual pain over time, flare episodes, the sessions up to today, and
//! each slot's logged exercises, newest first. Nothing here decides anything.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use crate::domain::catalog::{self, Exercise, Implement};
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::log::{ExerciseLog, Session};
use crate::domain::not_today::DayChoice;
use crate::domain::profile::Profile;
use crate::domain::program::{Load, Program, Tempo};
use crate::domain::rules;

/// Days in a week.
pub(super) const DAYS_PER_WEEK: i64 = 7;
/// Check-ins older than this many days before today are not indexed (guards odd dates).
const MAX_INDEXED_DAYS: i64 = 20 * 366;
/// At most this many logged exercises are kept per slot, newest first (enough for every rule).
const MAX_ENTRIES: usize = 32;

/// Everything the later stages read.
pub(super) struct Facts<'a> {
    /// The day the plan is for.
    pub(super) today: NaiveDate,
    /// The person.
    pub(super) profile: &'a Profile,
    /// Their program.
    pub(super) program: &'a Program,
    /// Morning check-ins by day.
    pub(super) mornings: Mornings,
    /// Usual pain over time.
    pub(super) baselines: Baselines,
    /// Flares, oldest first.
    pub(super) episodes: Vec<Episode>,
    /// Sessions dated on or before today, oldest first.
    pub(super) sessions: Vec<&'a Session>,
    /// `slots[day][slot]`: the logged exercises of each slot, newest first.
    pub(super) slots: Vec<Vec<Vec<Entry<'a>>>>,
}

impl<'a> Facts<'a> {
    /// Reads the facts of `data` as of `today`; `None` without a profile or a program.
    pub(super) fn read(data: &'a AppData, today: NaiveDate) -> Option<Facts<'a>> {
        let profile = data.profile.as_ref()?;
        let program = data.program.as_ref()?;
        let mornings = Mornings::new(&data.checkins, today);
        let baselines = Baselines::new(profile.baseline_pain, &data.outcomes);
        let episodes = episodes(&mornings, &baselines);
        let mut sessions: Vec<&Session> = data
            .sessions
            .iter()
            .filter(|session| session.started.date() <= today)
            .collect();
        if !sessions.is_sorted_by_key(|session| session.started) {
            sessions.sort_by_key(|session| session.started);
        }
        let slots = slot_entries(&sessions, program);
        Some(Facts {
            today,
            profile,
            program,
            mornings,
            baselines,
            episodes,
            sessions,
            slots,
        })
    }

    /// The logged exercises of a slot, newest first (empty for a slot that does not exist).
    pub(super) fn entries(&self, day: usize, slot: usize) -> &[Entry<'a>] {
        self.slots
            .get(day)
            .and_then(|slots| slots.get(slot))
            .map_or(&[], Vec::as_slice)
    }

    /// Usual pain today.
    pub(super) fn usual_today(&self) -> u8 {
        self.baselines.at(self.today)
    }
}

/// One logged exercise of a slot, with the session's pain.
#[derive(Clone, Copy, Debug)]
pub(super) struct Entry<'a> {
    /// When the session started.
    pub(super) at: NaiveDateTime,
    /// Index of the session in [`Facts::sessions`].
    pub(super) session: usize,
    /// The exercise as logged.
    pub(super) log: &'a ExerciseLog,
    /// The rung done, when the library knows it.
    pub(super) exercise: Option<&'static Exercise>,
    /// The implement used (the rung's usual one when not recorded).
    pub(super) implement: Implement,
    /// The tempo done.
    pub(super) tempo: Tempo,
    /// Highest pain during the exercise (or the session when not rated per exercise).
    pub(super) pain_during: Option<u8>,
    /// Pain right after the session.
    pub(super) pain_after: Option<u8>,
}

impl Entry<'_> {
    /// The day it was done.
    pub(super) fn date(&self) -> NaiveDate {
        self.at.date()
    }

    /// The load it was done with: the first set's, or the lightest set's when the person adjusted
    /// it themselves (so a lowered load is kept), compared by `mass`.
    pub(super) fn load(&self, mass: impl Fn(&Load) -> i64) -> Load {
        let first = self
            .log
            .sets
            .first()
            .map(|set| set.load.clone())
            .unwrap_or_default();
        if !self.log.user_adjusted {
            return first;
        }
        self.log
            .sets
            .iter()
            .map(|set| &set.load)
            .min_by_key(|load| mass(load))
            .cloned()
            .unwrap_or(first)
    }

    /// Sets done.
    pub(super) fn sets(&self) -> u8 {
        u8::try_from(self.log.sets.len()).unwrap_or(u8::MAX)
    }

    /// The fewest reps, seconds or metres of any set.
    pub(super) fn lowest(&self) -> u16 {
        self.log.sets.iter().map(|set| set.value).min().unwrap_or(0)
    }

    /// The pain that stands for "during": the rating during, else the one right after [§2].
    pub(super) fn during_or_after(&self) -> Option<u8> {
        self.pain_during.or(self.pain_after)
    }
}

/// The logged exercises (with at least one set) of every slot of every day, newest first.
fn slot_entries<'a>(sessions: &[&'a Session], program: &Program) -> Vec<Vec<Vec<Entry<'a>>>> {
    let mut slots: Vec<Vec<Vec<Entry<'a>>>> = program
        .days
        .iter()
        .map(|day| vec![Vec::new(); day.slots.len()])
        .collect();
    let mut open: usize = slots.iter().map(Vec::len).sum();
    for (index, session) in sessions.iter().enumerate().rev() {
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
            let exercise = catalog::exercise(&log.exercise);
            let implement = log
                .implement
                .filter(|implement| exercise.is_none_or(|exercise| exercise.allows(*implement)))
                .or(exercise.map(|exercise| exercise.implement))
                .unwrap_or(Implement::Bodyweight);
            entries.push(Entry {
                at: session.started,
                session: index,
                log,
                exercise,
                implement,
                tempo: log.tempo.unwrap_or_default(),
                pain_during: log
                    .pain_during
                    .or(session.pain_during)
                    .map(|pain| pain.min(10)),
                pain_after: session.pain_after.map(|pain| pain.min(10)),
            });
            if entries.len() == MAX_ENTRIES {
                open -= 1;
            }
        }
    }
    slots
}

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
    /// What the person chose for the day's training ("not today"), per day.
    choice: Vec<Option<DayChoice>>,
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
            choice: vec![None; days],
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
                mornings.choice[index] = mornings.choice[index].or(checkin.choice);
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

    /// What the person chose for `day`'s training, if they chose.
    pub(super) fn choice(&self, day: NaiveDate) -> Option<DayChoice> {
        self.index(day).and_then(|index| self.choice[index])
    }

    /// Average morning pain over `from..=to`, when it has at least
    /// [`rules::AVERAGE_MIN_CHECKINS`] ratings.
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

    /// Averages of the `count` windows of [`rules::MORNING_AVERAGE_WINDOW_DAYS`] days ending on
    /// `last_day`, oldest first.
    pub(super) fn weeks(&self, last_day: NaiveDate, count: usize) -> Vec<Option<f32>> {
        let window = rules::MORNING_AVERAGE_WINDOW_DAYS;
        (0..count as i64)
            .rev()
            .map(|back| {
                let to = last_day - Duration::days(back * window);
                self.average(to - Duration::days(window - 1), to)
            })
            .collect()
    }

    /// How many weeks running, up to the one ending on `last_day`, the weekly morning-pain average
    /// rose (looking back at most `most` weeks), with the averages read, oldest first.
    pub(super) fn rising_weeks(&self, last_day: NaiveDate, most: u32) -> (u32, Vec<f32>) {
        let averages = self.weeks(last_day, most as usize + 1);
        let rises = averages
            .windows(2)
            .rev()
            .take_while(|pair| rising(pair[0], pair[1]))
            .count() as u32;
        let read = averages
            .iter()
            .map(|average| average.unwrap_or_default())
            .collect();
        (rises, read)
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
    /// The last settled morning, from which re-entry begins; `None` while the flare goes on.
    pub(super) recovered: Option<NaiveDate>,
    /// Usual pain just before the flare.
    pub(super) baseline: u8,
    /// True when the person tapped "I'm having a flare" (rather than high mornings).
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
/// A flare starts on the last of [`rules::FLARE_TRIGGER_MORNINGS`] mornings in a row at
/// [`rules::FLARE_POINTS_ABOVE_USUAL`] or more points above usual pain, or on a day the person
/// tapped "I'm having a flare".
/// It ends once [`rules::REENTRY_MORNINGS`] mornings in a row after its start are within
/// [`rules::REENTRY_POINTS_WITHIN_BASELINE`] point of the pre-flare usual pain; a tap on one of those
/// days keeps it going.
fn episodes(mornings: &Mornings, baselines: &Baselines) -> Vec<Episode> {
    let mut found: Vec<Episode> = Vec::new();
    let mut current: Option<Episode> = None;
    let mut high_run: u32 = 0;
    let mut settled_run: u32 = 0;
    let mut day = mornings.first();
    let last = mornings.last();
    while day <= last {
        match current.as_mut() {
            None => {
                let high = mornings.pain(day).is_some_and(|pain| {
                    pain >= baselines.at(day) + rules::FLARE_POINTS_ABOVE_USUAL
                });
                high_run = if high { high_run + 1 } else { 0 };
                let tapped = mornings.tapped(day);
                if tapped || high_run >= rules::FLARE_TRIGGER_MORNINGS {
                    let back = if tapped { 1 } else { i64::from(high_run) };
                    current = Some(Episode {
                        start: day,
                        recovered: None,
                        baseline: baselines.at(day - Duration::days(back)),
                        tapped,
                    });
                    high_run = 0;
                    settled_run = 0;
                }
            }
            Some(episode) => {
                let settled = day > episode.start
                    && !mornings.tapped(day)
                    && mornings.pain(day).is_some_and(|pain| {
                        pain <= episode.baseline + rules::REENTRY_POINTS_WITHIN_BASELINE
                    });
                settled_run = if settled { settled_run + 1 } else { 0 };
                if settled_run >= rules::REENTRY_MORNINGS {
                    episode.recovered = Some(day);
                    found.push(*episode);
                    current = None;
                    settled_run = 0;
                }
            }
        }
        day += Duration::days(1);
    }
    found.extend(current);
    found
}
