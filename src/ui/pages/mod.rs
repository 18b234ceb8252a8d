//! One module per page of the app.

mod checkin;
mod exercises;
mod history;
mod home;
mod learn;
mod not_found;
mod onboarding;
mod program;
mod progress;
mod report;
mod safety;
mod session;
mod settings;
mod today;
mod walk_card;
mod weekly;

pub use checkin::CheckInPage;
pub use exercises::{ExerciseDetail, Exercises};
pub use history::{History, HistoryCheckIn, HistorySession};
pub use home::Home;
pub use learn::Learn;
pub use not_found::NotFound;
pub use onboarding::Onboarding;
pub use program::ProgramPage;
pub use progress::Progress;
pub use report::ReportPage;
pub use safety::Safety;
pub use session::SessionPage;
pub use settings::{apply_theme, Settings};
pub use weekly::Weekly;
