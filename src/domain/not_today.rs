//! "Not today / my back feels off": what a person can choose instead of the planned session, and
//! the day's check-in that records the choice.
//!
//! The choice is the person's, logged as such and never counted as a missed day. The engine reads
//! it: on a day the person chose an easier or a gentle session, that session is read as their
//! choice (it neither holds them back nor counts as a step to progress from), and today's
//! prescription is shrunk ([`DayChoice::Easier`]: one set fewer and the easier version of each
//! exercise) or swapped for a short gentle session: the flare-day dose of the first exercises, about
//! ten minutes in all ([`DayChoice::Gentle`]). The schedule reads it too: a
//! walk or a rest day moves the next session to tomorrow.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::engine::Prescription;
use super::log::{ExerciseLog, Session};

/// What the person chose for today's training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayChoice {
    /// Today's session, shorter and easier: one set fewer and the easier version of each exercise.
    Easier,
    /// A short gentle session instead: the flare-day dose of the first exercises of the day, about
    /// [`crate::domain::rules::GENTLE_SESSION_MINUTES`] minutes in all.
    Gentle,
    /// A walk instead of the session.
    Walk,
    /// A rest day.
    Rest,
}

impl DayChoice {
    /// Every choice, in the order offered.
    pub const ALL: [DayChoice; 4] = [
        DayChoice::Easier,
        DayChoice::Gentle,
        DayChoice::Walk,
        DayChoice::Rest,
    ];

    /// The button's words.
    pub fn label(self) -> &'static str {
        match self {
            DayChoice::Easier => "Make today's session smaller",
            DayChoice::Gentle => "Swap it for a gentle 10-minute session",
            DayChoice::Walk => "Go for a walk instead",
            DayChoice::Rest => "Take a rest day",
        }
    }

    /// What the choice does, in one sentence.
    pub fn detail(self) -> &'static str {
        match self {
            DayChoice::Easier => {
                "One set fewer and the easier version of each exercise. Your next session carries on as planned."
            }
            DayChoice::Gentle => {
                "About 10 minutes: the first few exercises, each with half the sets, lighter and well within what you can do. Your next session carries on as planned."
            }
            DayChoice::Walk => {
                "An easy walk at a pace you can talk at. Your session moves to tomorrow."
            }
            DayChoice::Rest => "Rest is part of training. Your session moves to tomorrow.",
        }
    }

    /// What Today says once the choice is made.
    pub fn chosen(self) -> &'static str {
        match self {
            DayChoice::Easier => "You chose a smaller session today. It is shown below.",
            DayChoice::Gentle => {
                "You chose a short gentle session today, about 10 minutes. It is shown below."
            }
            DayChoice::Walk => {
                "You chose a walk today. Nothing is missed: your next session waits for tomorrow."
            }
            DayChoice::Rest => {
                "You chose a rest day. Nothing is missed: your next session waits for tomorrow."
            }
        }
    }

    /// True when the choice still trains today (a smaller or a gentle session).
    pub fn trains(self) -> bool {
        matches!(self, DayChoice::Easier | DayChoice::Gentle)
    }
}

/// The choice made for `date`, if any.
pub fn choice_on(checkins: &[CheckIn], date: NaiveDate) -> Option<DayChoice> {
    checkins
        .iter()
        .filter(|checkin| checkin.date == date)
        .find_map(|checkin| checkin.choice)
}

/// The check-in of `date` with `choice` recorded (`None` takes a choice back); every other answer
/// of that day is kept.
pub fn choose(checkins: &[CheckIn], date: NaiveDate, choice: Option<DayChoice>) -> CheckIn {
    let mut checkin = super::checkin::of_day(checkins, date);
    checkin.choice = choice;
    checkin
}

/// A session in progress refitted to today's new prescriptions after a choice made during it: one
/// exercise per prescription with sets, in order; an exercise already begun keeps what was logged,
/// one not begun follows the new prescription. Begun exercises the new plan leaves out stay, after
/// the others, so nothing logged is lost.
pub fn refit(session: &Session, prescriptions: &[Prescription]) -> Session {
    let begun = |slot: usize| {
        session
            .exercises
            .iter()
            .find(|log| log.slot == slot && !log.sets.is_empty())
    };
    let mut exercises: Vec<ExerciseLog> = prescriptions
        .iter()
        .filter(|prescription| prescription.sets > 0)
        .map(|prescription| {
            begun(prescription.slot)
                .cloned()
                .unwrap_or_else(|| prescription.empty_log())
        })
        .collect();
    for log in &session.exercises {
        let kept = exercises
            .iter()
            .any(|kept| kept.slot == log.slot && kept.sets == log.sets && !log.sets.is_empty());
        if !log.sets.is_empty() && !kept {
            exercises.push(log.clone());
        }
    }
    Session {
        exercises,
        ..session.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_choice_is_kept_with_the_days_other_answers_and_can_be_taken_back() {
        let morning = CheckIn {
            date: day("2026-03-02"),
            pain: Some(5),
            ..CheckIn::default()
        };
        let checkins = vec![morning.clone()];
        let chosen = choose(&checkins, day("2026-03-02"), Some(DayChoice::Easier));
        assert_eq!(chosen.pain, Some(5));
        assert_eq!(chosen.choice, Some(DayChoice::Easier));
        assert_eq!(
            choice_on(std::slice::from_ref(&chosen), day("2026-03-02")),
            Some(DayChoice::Easier)
        );
        assert_eq!(
            choice_on(std::slice::from_ref(&chosen), day("2026-03-03")),
            None
        );
        let back = choose(&[chosen], day("2026-03-02"), None);
        assert_eq!(back, morning);
        let fresh = choose(&checkins, day("2026-03-04"), Some(DayChoice::Rest));
        assert_eq!(fresh.date, day("2026-03-04"));
        assert_eq!(fresh.pain, None);
        assert!(!fresh.has_morning_answers(), "a choice is not a check-in");
    }

    #[test]
    fn a_session_refitted_keeps_what_was_logged_and_follows_the_new_plan() {
        use crate::domain::data::AppData;
        use crate::domain::log::SetLog;
        use crate::domain::program::Load;
        use crate::domain::{engine, synth};

        let data: AppData = synth::backup(1, 7, day("2025-01-06"));
        let today = data.sessions.last().unwrap().started.date();
        let plan = engine::prescribe(&data, today);
        let day = &plan.days[0];
        let mut session = Session {
            id: "s".into(),
            started: today.and_hms_opt(9, 0, 0).unwrap(),
            day: 0,
            exercises: refit(
                &Session {
                    id: "s".into(),
                    started: today.and_hms_opt(9, 0, 0).unwrap(),
                    day: 0,
                    exercises: Vec::new(),
                    pain_during: None,
                    pain_after: None,
                    notes: String::new(),
                    finished: false,
                },
                &day.slots,
            )
            .exercises,
            pain_during: None,
            pain_after: None,
            notes: String::new(),
            finished: false,
        };
        let planned = day.slots.iter().filter(|slot| slot.sets > 0).count();
        assert_eq!(session.exercises.len(), planned);
        session.exercises[0].sets.push(SetLog {
            value: 10,
            load: Load::Bodyweight,
            rir: None,
        });
        // Fewer prescriptions now (only the second slot): the begun first exercise is kept after it.
        let fewer = vec![day.slots[1].clone()];
        let refitted = refit(&session, &fewer);
        assert_eq!(refitted.exercises.len(), 2);
        assert_eq!(refitted.exercises[0].slot, day.slots[1].slot);
        assert!(refitted.exercises[0].sets.is_empty());
        assert_eq!(refitted.exercises[1], session.exercises[0]);
        // The same prescriptions again: the begun exercise stays in its place, once.
        let again = refit(&session, &day.slots);
        assert_eq!(again.exercises.len(), planned);
        assert_eq!(again.exercises[0], session.exercises[0]);
    }

    #[test]
    fn the_gentle_choice_says_how_long_it_is() {
        let minutes = format!("{}-minute", crate::domain::rules::GENTLE_SESSION_MINUTES);
        assert!(DayChoice::Gentle.label().contains(&minutes));
        let about = format!(
            "about {} minutes",
            crate::domain::rules::GENTLE_SESSION_MINUTES
        );
        assert!(DayChoice::Gentle.detail().to_lowercase().contains(&about));
        assert!(DayChoice::Gentle.chosen().contains(&about));
    }

    #[test]
    fn only_a_smaller_or_gentle_session_trains_and_every_choice_says_what_happens() {
        let training: Vec<DayChoice> = DayChoice::ALL
            .into_iter()
            .filter(|choice| choice.trains())
            .collect();
        assert_eq!(training, vec![DayChoice::Easier, DayChoice::Gentle]);
        for choice in DayChoice::ALL {
            for text in [choice.label(), choice.detail(), choice.chosen()] {
                assert!(!text.is_empty());
                for word in ["gate", "amber", "slot", "rung"] {
                    assert!(!text.to_lowercase().contains(word), "{text}");
                }
            }
        }
    }
}
