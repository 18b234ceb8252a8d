//! The training schedule: which program day comes next and from when, read from the sessions
//! logged and the day's choice ("not today"). It sits apart from the program type (which holds no
//! log) so that neither imports the other.

use chrono::{Duration, NaiveDate};

use super::checkin::CheckIn;
use super::log::Session;
use super::not_today;
use super::program::Program;
use super::rules;

/// When the next session is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    /// The program day to train next.
    pub day: usize,
    /// The first day it is due: [`rules::HOURS_BETWEEN_HEAVY_SESSIONS`] after the latest session,
    /// and not on a day the person chose a walk or a rest instead.
    pub from: NaiveDate,
}

impl Due {
    /// True when the session is due on `today`.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        today >= self.from
    }

    /// When, in words, as of `today`: "today", "tomorrow", "from Wednesday" (within a week), or
    /// "from Monday 12 January".
    pub fn when(&self, today: NaiveDate) -> String {
        match (self.from - today).num_days() {
            ..=0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            2..=6 => format!("from {}", self.from.format("%A")),
            _ => format!("from {}", self.from.format("%A %-d %B")),
        }
    }
}

/// The next session and the day it is due, as of `today` [S26]: the next program day, from
/// [`rules::HOURS_BETWEEN_HEAVY_SESSIONS`] hours (counted in whole days) after the day of the
/// latest finished session; a walk or rest chosen for today moves it to tomorrow. Sessions still
/// open and sessions after `today` are not counted. `None` without days.
pub fn next_due(
    program: &Program,
    sessions: &[Session],
    checkins: &[CheckIn],
    today: NaiveDate,
) -> Option<Due> {
    let done: Vec<&Session> = sessions
        .iter()
        .filter(|session| session.finished && session.started.date() <= today)
        .collect();
    let day = next_day_of(program, done.iter().copied())?;
    let rest_days = rules::HOURS_BETWEEN_HEAVY_SESSIONS.div_euclid(24);
    let mut from = done
        .iter()
        .map(|session| session.started.date())
        .max()
        .map_or(today, |latest| latest + Duration::days(rest_days));
    if not_today::choice_on(checkins, today).is_some_and(|choice| !choice.trains()) {
        from = from.max(today + Duration::days(1));
    }
    Some(Due { day, from })
}

/// The program day to train next: the one after the day of the latest logged session (days rotate
/// A, B, C, A…), or the first day when nothing is logged yet. `None` without days.
pub fn next_day(program: &Program, sessions: &[Session]) -> Option<usize> {
    next_day_of(program, sessions.iter())
}

/// [`next_day`] over any sessions.
fn next_day_of<'s>(
    program: &Program,
    sessions: impl Iterator<Item = &'s Session>,
) -> Option<usize> {
    if program.days.is_empty() {
        return None;
    }
    let latest = sessions
        .filter(|session| session.day < program.days.len())
        .max_by_key(|session| session.started);
    Some(latest.map_or(0, |session| (session.day + 1) % program.days.len()))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::log::Session;
    use crate::domain::not_today::DayChoice;
    use crate::domain::program::{Program, ProgramDay};

    fn program(days: usize) -> Program {
        Program {
            name: "Test".into(),
            author: String::new(),
            notes: String::new(),
            weeks: 12,
            start: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            phases: Vec::new(),
            days: (0..days)
                .map(|index| ProgramDay {
                    name: format!("Day {index}"),
                    slots: Vec::new(),
                })
                .collect(),
        }
    }

    fn session(day: usize, date: u32) -> Session {
        Session {
            id: format!("s{date}"),
            started: NaiveDate::from_ymd_opt(2026, 1, date)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            day,
            exercises: Vec::new(),
            pain_during: None,
            pain_after: None,
            notes: String::new(),
            finished: true,
        }
    }

    #[test]
    fn next_day_rotates_after_the_latest_session() {
        let three = program(3);
        assert_eq!(next_day(&three, &[]), Some(0));
        assert_eq!(next_day(&three, &[session(0, 5)]), Some(1));
        assert_eq!(next_day(&three, &[session(2, 7), session(0, 5)]), Some(0));
        assert_eq!(next_day(&three, &[session(1, 9), session(2, 7)]), Some(2));
        assert_eq!(next_day(&program(0), &[session(0, 5)]), None);
        // A session of a day the program no longer has is ignored.
        assert_eq!(
            next_day(&program(2), &[session(2, 9), session(0, 5)]),
            Some(1)
        );
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap()
    }

    #[test]
    fn the_next_session_is_due_two_days_after_the_latest() {
        let two = program(2);
        assert_eq!(
            next_due(&two, &[], &[], date(5)),
            Some(Due {
                day: 0,
                from: date(5)
            }),
            "the first session is due at once"
        );
        // Day A done on Monday the 5th: Day B from Wednesday the 7th, or train today.
        let due = next_due(&two, &[session(0, 5)], &[], date(5)).unwrap();
        assert_eq!(
            due,
            Due {
                day: 1,
                from: date(7)
            }
        );
        assert!(!due.is_due(date(5)) && !due.is_due(date(6)));
        assert!(due.is_due(date(7)) && due.is_due(date(12)));
        assert_eq!(due.when(date(5)), "from Wednesday");
        assert_eq!(due.when(date(6)), "tomorrow");
        assert_eq!(due.when(date(7)), "today");
        assert_eq!(due.when(date(9)), "today");
        let later = Due {
            day: 1,
            from: date(14),
        };
        assert_eq!(later.when(date(1)), "from Wednesday 14 January");
        // A session still open, or dated later, does not count.
        let mut open = session(1, 7);
        open.finished = false;
        let due = next_due(&two, &[session(0, 5), open, session(1, 9)], &[], date(8));
        assert_eq!(
            due,
            Some(Due {
                day: 1,
                from: date(7)
            })
        );
        assert_eq!(next_due(&program(0), &[], &[], date(5)), None);
    }

    #[test]
    fn a_walk_or_rest_chosen_today_moves_the_session_to_tomorrow() {
        let two = program(2);
        let choose = |choice| vec![not_today::choose(&[], date(9), Some(choice))];
        for choice in [DayChoice::Walk, DayChoice::Rest] {
            let due = next_due(&two, &[session(0, 5)], &choose(choice), date(9)).unwrap();
            assert_eq!(
                due,
                Due {
                    day: 1,
                    from: date(10)
                },
                "{choice:?}"
            );
        }
        for choice in [DayChoice::Easier, DayChoice::Gentle] {
            let due = next_due(&two, &[session(0, 5)], &choose(choice), date(9)).unwrap();
            assert_eq!(due.from, date(7), "{choice:?} still trains today");
        }
    }
}
