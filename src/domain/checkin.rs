//! Daily check-ins and weekly outcomes: pain, stiffness, sleep, stress, mood, confidence, walking, PSFS.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::not_today::DayChoice;
use super::rules;

/// A daily check-in, usually done on waking. Every rating is 0–10 and optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The day it describes.
    pub date: NaiveDate,
    /// Back pain on waking, 0–10 (NPRS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<u8>,
    /// Morning stiffness, 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stiffness: Option<u8>,
    /// Hours slept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_hours: Option<f32>,
    /// Sleep quality, 0–10 (10 = slept very well).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_quality: Option<u8>,
    /// Stress, 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress: Option<u8>,
    /// Mood, 0–10 (10 = very good).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    /// Minutes walked that day (never counted as missing pain data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub walk_minutes: Option<u16>,
    /// New leg symptoms reported (re-asks the safety screen).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub new_leg_symptoms: bool,
    /// The person tapped "I'm having a flare".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub flare: bool,
    /// What the person chose for the day's training when their back felt off ("not today").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<DayChoice>,
}

impl CheckIn {
    /// Whether it answers anything of the morning check-in: a rating, sleep, a flare or leg
    /// symptoms. A check-in that only records walking (logged from Today) does not.
    pub fn has_morning_answers(&self) -> bool {
        self.pain.is_some()
            || self.stiffness.is_some()
            || self.sleep_hours.is_some()
            || self.sleep_quality.is_some()
            || self.stress.is_some()
            || self.mood.is_some()
            || self.new_leg_symptoms
            || self.flare
    }
}

/// The check-in of `date` as saved, or an empty one for that day.
pub fn of_day(checkins: &[CheckIn], date: NaiveDate) -> CheckIn {
    checkins
        .iter()
        .find(|checkin| checkin.date == date)
        .cloned()
        .unwrap_or(CheckIn {
            date,
            ..CheckIn::default()
        })
}

/// The check-in of `date` with back pain `pain` on waking (the one-tap row on Today); every other
/// answer of that day is kept. `pain` above 10 is read as 10.
pub fn with_pain(checkins: &[CheckIn], date: NaiveDate, pain: u8) -> CheckIn {
    let mut checkin = of_day(checkins, date);
    checkin.pain = Some(pain.min(10));
    checkin
}

/// The check-in of `date` with "I'm having a flare" set to `flare` (the one tap on Today, and its
/// undo the same day); every other answer of that day, pain included, is kept.
pub fn with_flare(checkins: &[CheckIn], date: NaiveDate, flare: bool) -> CheckIn {
    let mut checkin = of_day(checkins, date);
    checkin.flare = flare;
    checkin
}

/// True when the person said "I'm having a flare" on `date`.
pub fn flare_on(checkins: &[CheckIn], date: NaiveDate) -> bool {
    checkins
        .iter()
        .any(|checkin| checkin.date == date && checkin.flare)
}

/// One activity of the Patient-Specific Functional Scale and how able the person is, 0–10.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PsfsItem {
    /// The activity in the person's words, e.g. "lift my toddler".
    pub activity: String,
    /// 0 = unable, 10 = able as before the problem.
    pub score: u8,
}

/// A weekly outcome record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The day it was recorded.
    pub date: NaiveDate,
    /// Usual back pain over the past week, 0–10 (refreshes the baseline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_pain: Option<u8>,
    /// PSFS activities and scores.
    #[serde(default)]
    pub psfs: Vec<PsfsItem>,
    /// "How sure are you that you can do your usual activities despite the pain?", 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<u8>,
}

/// Whether the weekly outcome is due `today`: the latest is at least
/// [`rules::OUTCOME_INTERVAL_DAYS`] old, or, before the first one, as long has passed since
/// `started` (the day training started: onboarding already asked the same questions). Outcomes
/// dated after `today` are ignored.
pub fn outcome_due(outcomes: &[Outcome], started: NaiveDate, today: NaiveDate) -> bool {
    let latest = outcomes
        .iter()
        .filter(|outcome| outcome.date <= today)
        .map(|outcome| outcome.date)
        .max()
        .unwrap_or(started);
    (today - latest).num_days() >= rules::OUTCOME_INTERVAL_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn outcome(date: &str) -> Outcome {
        Outcome {
            date: day(date),
            ..Outcome::default()
        }
    }

    #[test]
    fn one_tap_pain_keeps_the_days_other_answers() {
        let walked = CheckIn {
            date: day("2026-11-26"),
            walk_minutes: Some(20),
            ..CheckIn::default()
        };
        let checkin = with_pain(&[walked], day("2026-11-26"), 4);
        assert_eq!((checkin.pain, checkin.walk_minutes), (Some(4), Some(20)));
        assert!(checkin.has_morning_answers());
        let fresh = with_pain(&[], day("2026-11-27"), 12);
        assert_eq!((fresh.date, fresh.pain), (day("2026-11-27"), Some(10)));
    }

    #[test]
    fn one_tap_flare_keeps_the_pain_given_and_can_be_taken_back() {
        let morning = CheckIn {
            date: day("2026-11-26"),
            pain: Some(6),
            ..CheckIn::default()
        };
        let flare = with_flare(std::slice::from_ref(&morning), day("2026-11-26"), true);
        assert!(flare.flare);
        assert_eq!(flare.pain, Some(6));
        assert!(flare_on(std::slice::from_ref(&flare), day("2026-11-26")));
        assert!(!flare_on(std::slice::from_ref(&flare), day("2026-11-27")));
        let back = with_flare(&[flare], day("2026-11-26"), false);
        assert_eq!(back, morning);
        let fresh = with_flare(&[], day("2026-11-27"), true);
        assert_eq!(
            (fresh.date, fresh.pain, fresh.flare),
            (day("2026-11-27"), None, true)
        );
        assert!(fresh.has_morning_answers());
    }

    #[test]
    fn the_weekly_outcome_is_due_after_seven_days() {
        let started = day("2026-11-01");
        assert!(
            !outcome_due(&[], day("2026-11-26"), day("2026-11-20")),
            "not on the first days after onboarding"
        );
        assert!(
            outcome_due(&[], day("2026-11-19"), day("2026-11-26")),
            "7 days after starting"
        );
        let outcomes = [outcome("2026-11-12"), outcome("2026-11-20")];
        assert!(
            !outcome_due(&outcomes, started, day("2026-11-26")),
            "6 days after the latest"
        );
        assert!(
            outcome_due(&outcomes, started, day("2026-11-27")),
            "7 days after the latest"
        );
        assert!(
            outcome_due(&[outcome("2026-12-01")], started, day("2026-11-26")),
            "a future date is ignored"
        );
    }
}
