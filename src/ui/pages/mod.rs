//! One module per page of the app.

mod exercises;
mod home;
mod learn;
mod not_found;

pub use exercises::{ExerciseDetail, Exercises};
pub use home::Home;
pub use learn::Learn;
pub use not_found::NotFound;
