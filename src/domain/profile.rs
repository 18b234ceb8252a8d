//! The person: units, equipment, schedule, usual pain, goals and safety-screen answers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::equipment::Inventory;
use super::units::{Mass, Unit};

/// Training experience, as the person describes it at onboarding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Experience {
    /// Never trained with weights, or not for years.
    #[default]
    New,
    /// Some training before.
    Some,
    /// Trained regularly with free weights.
    Experienced,
}

/// One pass through the safety screen (CLINICAL.md §5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenRecord {
    /// The day it was answered.
    pub date: NaiveDate,
    /// Ids of the questions answered "yes".
    #[serde(default)]
    pub yes: Vec<String>,
    /// The day the person confirmed a clinician has cleared them to train, if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared: Option<NaiveDate>,
}

/// Everything the app knows about the person training.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The unit loads are shown in.
    pub unit: Unit,
    /// What they can train with.
    pub inventory: Inventory,
    /// Training days per week (2–3 recommended).
    pub days_per_week: u8,
    /// Minutes available per session.
    pub minutes_per_session: u16,
    /// Training experience.
    pub experience: Experience,
    /// Usual back pain over the past week, 0–10, asked at onboarding and refreshed weekly.
    pub baseline_pain: u8,
    /// Body weight, if given (used by the barbell gate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bodyweight: Option<Mass>,
    /// Everyday activities that are hard now (PSFS activities), in the person's words.
    #[serde(default)]
    pub goals: Vec<String>,
    /// Minutes walked in a usual week now (starting point of the walking track).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub walk_minutes_per_week: Option<u16>,
    /// Safety screens, oldest first.
    #[serde(default)]
    pub screens: Vec<ScreenRecord>,
    /// The day the profile was made.
    pub created: NaiveDate,
    /// Light or dark screens, or as the device is set.
    #[serde(default, skip_serializing_if = "Theme::is_system")]
    pub theme: Theme,
}

/// How the app looks: as the device is set, or always light, or always dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// As the device is set (light or dark).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The three choices, in the order offered.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// True for the default (not written into stored data).
    pub fn is_system(&self) -> bool {
        *self == Theme::System
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "As my device is set",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}
