//! The lessons of the Learn page where they read the rules (so the page always says what the
//! engine does), and which lesson to offer on Today at the moment it matters: "hurt is not harm"
//! after the first session that hurt at the top of what is acceptable, "flares" during a flare and
//! the way back from it.

use chrono::{Duration, NaiveDate};

use super::data::AppData;
use super::engine::Status;
use super::log::Session;
use super::rules;

/// A lesson offered on Today for this many days after what made it matter.
const OFFER_DAYS: i64 = 7;

/// A lesson of the Learn page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    /// "Hurt is not the same as harm".
    HurtIsNotHarm,
    /// "Flares".
    Flares,
}

impl Lesson {
    /// The lesson's place on the Learn page.
    pub fn anchor(self) -> &'static str {
        match self {
            Lesson::HurtIsNotHarm => "hurt",
            Lesson::Flares => "flares",
        }
    }

    /// The offer's heading on Today.
    pub fn title(self) -> &'static str {
        match self {
            Lesson::HurtIsNotHarm => "It hurt. That is not harm.",
            Lesson::Flares => "About flares",
        }
    }

    /// Why it is offered now, in one or two sentences.
    pub fn invite(self) -> &'static str {
        match self {
            Lesson::HurtIsNotHarm => {
                "Your last session hurt more than before. A sensitive back can hurt while it gets stronger; two minutes of reading explain why, and what the app does about it."
            }
            Lesson::Flares => {
                "Flares are common and they are not damage. Read how sessions get easier for a while and then build back up."
            }
        }
    }
}

/// The highest pain rated in a session: during any exercise, during it, or right after.
fn top_pain(session: &Session) -> Option<u8> {
    session
        .exercises
        .iter()
        .filter_map(|log| log.pain_during)
        .chain(session.pain_during)
        .chain(session.pain_after)
        .max()
}

/// The lesson to offer on Today, if one matters now: flares while `status` is a flare or the way
/// back; "hurt is not harm" within [`OFFER_DAYS`] of the first session whose pain reached
/// [`rules::AMBER_MAX_PAIN_DURING`] (the top of what is acceptable [S6]).
pub fn offer(data: &AppData, status: Status, today: NaiveDate) -> Option<Lesson> {
    if matches!(status, Status::Flare | Status::ReEntry) {
        return Some(Lesson::Flares);
    }
    let first_hurt = data
        .sessions
        .iter()
        .filter(|session| session.started.date() <= today)
        .filter(|session| {
            top_pain(session).is_some_and(|pain| pain >= rules::AMBER_MAX_PAIN_DURING)
        })
        .min_by_key(|session| session.started)?;
    (today - first_hurt.started.date() < Duration::days(OFFER_DAYS))
        .then_some(Lesson::HurtIsNotHarm)
}

/// The traffic light in words, green, amber and red, with the numbers the engine uses.
pub fn traffic_light() -> [String; 3] {
    [
        format!(
            " — up to {} out of 10 during, and the next morning no worse than usual. You can step up.",
            rules::GREEN_MAX_PAIN_DURING
        ),
        format!(
            " — {} to {} during, or up to {} point worse than usual the next morning. Hold the same work.",
            rules::GREEN_MAX_PAIN_DURING + 1,
            rules::AMBER_MAX_PAIN_DURING,
            rules::AMBER_MORNING_POINTS_ABOVE_BASELINE
        ),
        format!(
            " — above {} during, or {} or more points worse than usual the next morning. Ease off for now.",
            rules::AMBER_MAX_PAIN_DURING,
            rules::RED_MORNING_POINTS_ABOVE_BASELINE
        ),
    ]
}

/// How the ladders are climbed, with the engine's number of weeks.
pub fn ladder_steps() -> String {
    format!(
        "You move one rung at a time, after {} good weeks on the rung below, and you can always step back down.",
        rules::RUNG_UP_HOLD_DAYS / 7
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::synth;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn hurt_is_not_harm_is_offered_for_a_week_after_the_first_session_that_hurt() {
        let mut data = synth::backup(1, 5, day("2025-01-06"));
        for session in &mut data.sessions {
            session.pain_during = None;
            session.pain_after = Some(2);
            for log in &mut session.exercises {
                log.pain_during = Some(1);
            }
        }
        let hurt = data.sessions[10].started.date();
        assert_eq!(offer(&data, Status::Normal, hurt), None);
        data.sessions[10].pain_after = Some(rules::AMBER_MAX_PAIN_DURING);
        data.sessions[20].exercises[0].pain_during = Some(7);
        assert_eq!(
            offer(&data, Status::Normal, hurt),
            Some(Lesson::HurtIsNotHarm)
        );
        assert_eq!(
            offer(&data, Status::Normal, hurt + Duration::days(6)),
            Some(Lesson::HurtIsNotHarm)
        );
        assert_eq!(
            offer(&data, Status::Normal, hurt + Duration::days(7)),
            None,
            "a week later"
        );
        let later = data.sessions[20].started.date();
        assert_eq!(
            offer(&data, Status::Normal, later),
            None,
            "only the first time"
        );
        assert_eq!(offer(&data, Status::Flare, later), Some(Lesson::Flares));
        assert_eq!(offer(&data, Status::ReEntry, later), Some(Lesson::Flares));
        assert_eq!(offer(&data, Status::LightWeek, later), None);
    }

    #[test]
    fn the_lessons_read_the_rules() {
        let [green, amber, red] = traffic_light();
        assert!(green.contains(&format!("up to {}", rules::GREEN_MAX_PAIN_DURING)));
        assert!(amber.contains(&format!("to {} during", rules::AMBER_MAX_PAIN_DURING)));
        assert!(red.contains(&format!("above {}", rules::AMBER_MAX_PAIN_DURING)));
        assert!(ladder_steps().contains(&format!(
            "after {} good weeks",
            rules::RUNG_UP_HOLD_DAYS / 7
        )));
        for lesson in [Lesson::HurtIsNotHarm, Lesson::Flares] {
            assert!(
                !lesson.anchor().is_empty()
                    && !lesson.title().is_empty()
                    && !lesson.invite().is_empty()
            );
        }
    }
}
