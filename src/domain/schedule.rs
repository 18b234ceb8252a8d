//! The training schedule: which program day comes next, read from the sessions logged. It sits
//! apart from the program type (which holds no log) so that neither imports the other.

use super::log::Session;
use super::program::Program;

/// The program day to train next: the one after the day of the latest logged session (days rotate
/// A, B, C, A…), or the first day when nothing is logged yet. `None` without days.
pub fn next_day(program: &Program, sessions: &[Session]) -> Option<usize> {
    if program.days.is_empty() {
        return None;
    }
    let latest = sessions
        .iter()
        .filter(|session| session.day < program.days.len())
        .max_by_key(|session| session.started);
    Some(latest.map_or(0, |session| (session.day + 1) % program.days.len()))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::log::Session;
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
}
