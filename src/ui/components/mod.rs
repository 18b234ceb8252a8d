//! Small components shared by several pages.

mod banner;
mod chart;
mod exercise_picture;
mod rating;
mod screen_form;

pub use banner::Banner;
pub use chart::{round_up, BarChart, LineChart};
pub use exercise_picture::ExercisePicture;
pub use rating::Rating;
pub use screen_form::ScreenForm;
