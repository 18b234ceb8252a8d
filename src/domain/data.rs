//! All of one person's data in one value: what storage loads and saves and a backup file carries.

use serde::{Deserialize, Serialize};

use super::checkin::{CheckIn, Outcome};
use super::log::Session;
use super::profile::Profile;
use super::program::Program;

/// One person's profile, program, training log, check-ins and outcomes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AppData {
    /// The profile, once onboarding is done.
    #[serde(default)]
    pub profile: Option<Profile>,
    /// The current program.
    #[serde(default)]
    pub program: Option<Program>,
    /// Training sessions, oldest first.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Daily check-ins, oldest first, at most one per date.
    #[serde(default)]
    pub checkins: Vec<CheckIn>,
    /// Weekly outcomes, oldest first.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}
