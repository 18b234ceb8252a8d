//! The safety screen (CLINICAL.md §5): red-flag questions in plain words, and whether training may go on.
//!
//! The screen never reads as a diagnosis: it says which answers need a clinician to look, and how soon.

use chrono::NaiveDate;
use serde::Serialize;

use super::profile::{Profile, ScreenRecord};
use super::rules;

/// How soon a "yes" needs a clinician.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// See a GP soon; gentle activity is fine.
    GpSoon,
    /// See a doctor within 1–2 days; training is paused.
    Urgent,
    /// Stop and seek emergency care now; training is paused.
    Emergency,
}

impl Level {
    /// The group's heading on the safety screen.
    pub fn heading(self) -> &'static str {
        match self {
            Level::Emergency => "Signs that need care today",
            Level::Urgent => "Signs that need a doctor soon",
            Level::GpSoon => "Worth mentioning to your GP",
        }
    }

    /// The group's signs in one line, so that "none of these" is one glance; the questions
    /// themselves say each exactly.
    pub fn summary(self) -> &'static str {
        match self {
            Level::Emergency => {
                "Numbness around the genitals or back passage; new trouble with bladder, bowels or sexual function; pain or pins and needles in both legs; a leg getting weaker; back pain that began with a major accident."
            }
            Level::Urgent => {
                "A fever or feeling unwell; a recent infection or a weakened immune system; a past cancer with new back pain; weight loss you cannot explain; constant severe pain or pain at night; sudden pain after a small fall with osteoporosis."
            }
            Level::GpSoon => {
                "A first back pain at a young or older age; no improvement at all after some weeks; long morning stiffness; pain and numbness down one leg."
            }
        }
    }
}

/// One question of the safety screen, answered yes or no.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Stable id, stored in [`ScreenRecord::yes`].
    pub id: &'static str,
    /// How soon a "yes" needs a clinician.
    pub level: Level,
    /// The question; `{young}`, `{old}` and `{weeks}` are filled from [`rules`] by [`Question::text`].
    template: &'static str,
}

impl Question {
    /// The question as shown to the person.
    pub fn text(&self) -> String {
        self.template
            .replace("{young}", &rules::SCREEN_YOUNG_AGE.to_string())
            .replace("{old}", &rules::SCREEN_OLD_AGE.to_string())
            .replace("{weeks}", &rules::SCREEN_NO_IMPROVEMENT_WEEKS.to_string())
    }
}

/// Shorthand for the table below.
const fn question(id: &'static str, level: Level, template: &'static str) -> Question {
    Question {
        id,
        level,
        template,
    }
}

/// Every question of the screen, most urgent first [S24, S45–S50].
pub const QUESTIONS: &[Question] = &[
    question(
        "saddle-numbness",
        Level::Emergency,
        "Numbness or tingling around your genitals, back passage or inner thighs (the \"saddle\" area)?",
    ),
    question(
        "bladder",
        Level::Emergency,
        "New difficulty passing urine or controlling it, or leaking?",
    ),
    question("bowel", Level::Emergency, "Loss of control of your bowels?"),
    question(
        "sexual-function",
        Level::Emergency,
        "A new change in sexual function or in feeling around your genitals?",
    ),
    question(
        "both-legs",
        Level::Emergency,
        "Pain, numbness or pins and needles in both legs?",
    ),
    question(
        "leg-weakness",
        Level::Emergency,
        "Severe or worsening weakness in a leg, such as a foot that drops or a knee that gives way?",
    ),
    question(
        "major-trauma",
        Level::Emergency,
        "Did this back pain start after a major accident, such as a car crash or a fall from a height?",
    ),
    question(
        "fever-unwell",
        Level::Urgent,
        "A fever, or feeling generally unwell?",
    ),
    question(
        "infection-immunity",
        Level::Urgent,
        "A recent infection, injected drug use, or a weakened immune system (for example long-term steroids, a transplant or HIV)?",
    ),
    question(
        "cancer-history",
        Level::Urgent,
        "Have you had cancer in the past, and is this back pain new?",
    ),
    question(
        "weight-loss",
        Level::Urgent,
        "Weight loss you cannot explain?",
    ),
    question(
        "constant-night-pain",
        Level::Urgent,
        "Constant, severe pain that does not ease when you lie down, or pain that wakes you at night?",
    ),
    question(
        "fall-osteoporosis",
        Level::Urgent,
        "Sudden pain after a minor fall or lift, when you have osteoporosis or take long-term steroids?",
    ),
    question(
        "first-episode-age",
        Level::GpSoon,
        "Is this your first back pain, and are you younger than {young} or older than {old}?",
    ),
    question(
        "no-improvement",
        Level::GpSoon,
        "Has this episode not improved at all after {weeks} weeks?",
    ),
    question(
        "long-morning-stiffness",
        Level::GpSoon,
        "Long morning stiffness that eases once you get moving?",
    ),
    question(
        "one-sided-sciatica-numbness",
        Level::GpSoon,
        "Pain down one leg together with numbness in that leg?",
    ),
];

/// The question with this id, if the screen has it.
pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// Whether training may go on, from the latest safety screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum ScreenStatus {
    /// The screen has not been answered yet.
    NeedsAnswer,
    /// Every answer was "no", or a clinician has cleared the person.
    Clear,
    /// A "see a GP soon" answer: gentle training is fine.
    SeeGpSoon {
        /// Ids of the questions answered yes.
        ids: Vec<String>,
    },
    /// An emergency or urgent answer, not yet cleared by a clinician: training is paused.
    Blocked {
        /// The most urgent level among the answers.
        level: Level,
        /// Ids of the emergency or urgent questions answered yes.
        ids: Vec<String>,
    },
}

impl ScreenStatus {
    /// True when training sessions are paused.
    pub fn blocks_training(&self) -> bool {
        matches!(self, ScreenStatus::Blocked { .. })
    }

    /// A calm sentence for the person: what to do now. Never a diagnosis.
    pub fn message(&self) -> &'static str {
        match self {
            ScreenStatus::NeedsAnswer => {
                "Please answer the short safety questions before training. They take a minute."
            }
            ScreenStatus::Clear => "Your safety answers are clear. Training can go ahead.",
            ScreenStatus::SeeGpSoon { .. } => {
                "Gentle activity is fine. One of your answers is worth talking through with your GP, so please book a visit soon."
            }
            ScreenStatus::Blocked {
                level: Level::Emergency,
                ..
            } => {
                "Please stop and get emergency care now (your local emergency number or A&E). These signs are rare, but they need checking today. Training stays paused until a clinician has seen you."
            }
            ScreenStatus::Blocked { .. } => {
                "Please see a doctor within the next day or two. Training stays paused until a clinician has checked you; then tell the app they cleared you."
            }
        }
    }
}

/// The latest screen answered on or before `today`, if any.
pub fn latest(profile: &Profile, today: NaiveDate) -> Option<&ScreenRecord> {
    profile
        .screens
        .iter()
        .filter(|record| record.date <= today)
        .max_by_key(|record| record.date)
}

/// The status of the latest screen answered on or before `today`.
///
/// An emergency or urgent "yes" blocks training until the person confirms a clinician has cleared
/// them (`cleared` on or before `today`). Unknown ids are ignored.
pub fn status(profile: &Profile, today: NaiveDate) -> ScreenStatus {
    let Some(record) = latest(profile, today) else {
        return ScreenStatus::NeedsAnswer;
    };
    let answered: Vec<&Question> = record.yes.iter().filter_map(|id| find(id)).collect();
    let cleared = record.cleared.is_some_and(|day| day <= today);
    let serious: Vec<&Question> = answered
        .iter()
        .copied()
        .filter(|question| question.level > Level::GpSoon)
        .collect();
    if !serious.is_empty() && !cleared {
        let level = serious
            .iter()
            .map(|question| question.level)
            .max()
            .unwrap_or(Level::Urgent);
        return ScreenStatus::Blocked {
            level,
            ids: serious
                .iter()
                .map(|question| question.id.to_string())
                .collect(),
        };
    }
    let gp_soon: Vec<String> = answered
        .iter()
        .filter(|question| question.level == Level::GpSoon)
        .map(|question| question.id.to_string())
        .collect();
    if gp_soon.is_empty() {
        ScreenStatus::Clear
    } else {
        ScreenStatus::SeeGpSoon { ids: gp_soon }
    }
}

/// The profile with the safety screen answered again on `today` (`yes`: the ids ticked).
pub fn answer(profile: &Profile, yes: Vec<String>, today: NaiveDate) -> Profile {
    let mut answered = profile.clone();
    answered.screens.push(ScreenRecord {
        date: today,
        yes,
        cleared: None,
    });
    answered
}

/// The profile with the latest screen (the one [`status`] reads) marked as cleared by a clinician
/// on `today`; `None` when there is no screen to clear. The clearance path: once cleared, an
/// emergency or urgent answer no longer pauses training.
pub fn clear(profile: &Profile, today: NaiveDate) -> Option<Profile> {
    let latest = latest(profile, today)?.clone();
    let mut cleared = profile.clone();
    let record = cleared
        .screens
        .iter_mut()
        .rev()
        .find(|record| **record == latest)?;
    record.cleared = Some(today);
    Some(cleared)
}

#[cfg(test)]
#[path = "screen_tests.rs"]
mod tests;
